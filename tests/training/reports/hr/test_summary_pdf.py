"""Appraisal summary PDFs (training/reports/summary_pdf.py), read back with pypdf: one person, an
org unit's document (cover and one section per person), and the ZIP with its manifest."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal

import pytest
from django.utils import translation
from pypdf import PdfReader

from training.people.models import OrgUnit, StaffProfile
from training.reports import summary_pdf as pdfs
from training.reports.models import ScoreWeights
from training.reports.summaries import summaries_for, summary_staff

pytestmark = pytest.mark.django_db


def read(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def text_of(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def fonts_of(reader: PdfReader) -> dict[str, bytes]:
    """{BaseFont name: embedded font program} of every page's fonts."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            owner = font
            if font.get("/Subtype") == "/Type0":
                owner = font["/DescendantFonts"][0].get_object()
            descriptor = owner["/FontDescriptor"].get_object()
            stream = next(
                descriptor[key]
                for key in ("/FontFile", "/FontFile2", "/FontFile3")
                if key in descriptor
            )
            found[str(font["/BaseFont"])] = stream.get_object().get_data()
    return found


def assert_noto_serif_cjk(reader: PdfReader) -> None:
    """Every font is one of the certificates' fonts (the @font-face families of
    certificates/pdf/fonts.css), embedded, and its program is Noto Serif CJK SC."""
    fonts = fonts_of(reader)
    assert fonts
    for name, program in fonts.items():
        assert "Meridian-Serif" in name, name
        assert b"NotoSerifCJK" in program or b"Noto Serif CJK" in program, name


@pytest.fixture
def summaries(hr_world):
    """The current period's summaries of the ISSS department (LI Yun, SUN Yue, ZHANG Zhe)."""
    staff = summary_staff(StaffProfile.objects.in_units([hr_world.org.isss]))
    return summaries_for(staff, hr_world.current)


def by_name(summaries, name):
    return next(summary for summary in summaries if summary.staff.name_latin == name)


def test_one_person(hr_world, summaries):
    li = by_name(summaries, "LI Yun")
    reader = read(pdfs.summary_pdf(li))
    box = reader.pages[0].mediabox
    # A4 portrait (595 x 842 points).
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = "\n".join(text_of(reader))
    # Chinese first (the default language), English beside it; the names in both scripts.
    assert "李赟" in text and "LI Yun" in text
    assert "培训考核摘要" in text and "Training summary for appraisal" in text
    assert text.index("培训学时") < text.index("Training hours")
    assert hr_world.current.name in text
    assert "服务台英语" in text and hr_world.li_english.code in text
    assert "85.0%" in text and str(li.score) in text
    # The person's numbers in the formula: 3.5 h × 2 + 1 course × 5 + 2 certificates × 3 …
    assert "3.5 × 2 + 1 × 5 + 2 × 3" in text.replace("\n", " ")
    assert_noto_serif_cjk(reader)
    assert reader.metadata.title.startswith("培训考核摘要: 李赟 LI Yun")

    # In English the English label comes first; the record's data is as it is.
    with translation.override("en"):
        text = "\n".join(text_of(read(pdfs.summary_pdf(li))))
    assert text.index("Training hours") < text.index("培训学时")
    assert "李赟" in text


def test_unit_document_has_a_cover_and_a_section_per_person(hr_world, summaries):
    isss = OrgUnit.objects.get(code="isss")
    reader = read(pdfs.unit_summaries_pdf(summaries, title="国际服务部 2026", unit=isss))
    pages = text_of(reader)
    assert len(pages) >= 1 + len(summaries)
    cover = pages[0]
    assert "国际服务部 2026" in cover and isss.name in cover
    assert hr_world.current.name in cover
    for name in ("李赟", "孙玥", "张喆"):
        assert name in cover
    # Each person from a new page: the page starts with their name.
    starts = [page.strip().splitlines()[0] for page in pages[1:]]
    for summary in summaries:
        assert any(line.startswith(summary.staff.name_zh) for line in starts), starts
    assert_noto_serif_cjk(reader)


def test_zip_has_a_pdf_per_person_and_a_manifest(hr_world, summaries):
    calls = []
    buffer = io.BytesIO()
    count = pdfs.write_summaries_zip(
        summaries, buffer, progress=lambda done, total: calls.append((done, total))
    )
    assert count == len(summaries) == 3
    assert calls == [(1, 3), (2, 3), (3, 3)]
    with zipfile.ZipFile(buffer) as archive:
        names = archive.namelist()
        assert names[-1] == "manifest.csv"
        period = hr_world.current.name.replace(" ", "-")
        expected = [
            f"{s.staff.staff_number}_{s.staff.name_latin.replace(' ', '-')}_{period}.pdf"
            for s in summaries
        ]
        assert names[:-1] == expected
        for name, summary in zip(names[:-1], summaries, strict=True):
            assert "/" not in name and ".." not in name
            text = "\n".join(text_of(read(archive.read(name))))
            assert summary.staff.name_zh in text
        raw = archive.read("manifest.csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    manifest = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert manifest[0][0] == "文件 File"
    rows = {row[1]: row for row in manifest[1:]}
    li = rows[hr_world.org.learner.staff_number]
    assert li[0] == expected[[s.staff.name_latin for s in summaries].index("LI Yun")]
    assert li[2:4] == ["李赟", "LI Yun"]
    assert li[9:12] == ["3.5", "1", "2"]
    assert li[13] == "85.0"
    assert li[15] == str(by_name(summaries, "LI Yun").score)


def test_names_are_safe_and_unique(hr_world, summaries):
    li = by_name(summaries, "LI Yun")
    li.staff.name_latin = "../../etc/passwd"
    li.period.name = '=a/b\\c:"HYPERLINK()"'
    names = pdfs.entry_names([li, li])
    assert names[0] == f"{li.staff.staff_number}_etc-passwd_a-b-c-HYPERLINK.pdf"
    assert names[1] == names[0][:-4] + "-2.pdf"
    buffer = io.BytesIO()
    pdfs.write_summaries_zip([li], buffer)
    with zipfile.ZipFile(buffer) as archive:
        manifest = archive.read("manifest.csv").decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(manifest)))[1]
    assert row[6] == "'" + li.period.name  # a formula-looking period name is neutralised


def test_weights_show_in_the_pdf(hr_world, summaries):
    weights = ScoreWeights(per_hour=Decimal("7.5"), maximum=Decimal("300"))
    li = summaries_for([by_name(summaries, "LI Yun").staff], hr_world.current, weights=weights)[0]
    text = " ".join(text_of(read(pdfs.summary_pdf(li, weights=weights)))).replace("\n", " ")
    assert "3.5 × 7.5" in text and "300" in text
