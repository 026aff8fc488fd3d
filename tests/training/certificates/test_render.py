"""The certificate PDF, read back: one A4 landscape page, the holder's names (rare characters
included) as real text in embedded fonts, a QR code that scans to the verify page, both
layouts, escaped wording, and a clear error when the fonts are not prepared."""

from __future__ import annotations

import io
import re
import socket

import pypdf
import pypdfium2
import pytest
import zxingcpp
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import make_staff
from tests.pdfs import EmbeddedFont, embedded_fonts
from training.certificates import render
from training.certificates.links import verify_url
from training.certificates.models import Certificate

A4_LANDSCAPE = (841.89, 595.28)  # points
RARE_NAME = "王喆堃赟祎昇玥珺琤犇"
EXTENSION_CHARS = "㐀𠀋"  # CJK Extension A (U+3400) and B (U+2000B): only in the full font


def font_for(fonts: list[EmbeddedFont], char: str) -> list[EmbeddedFont]:
    return [font for font in fonts if char in font.cids]


def page_text(pdf: bytes) -> str:
    """The page's text with all white space removed (lines break anywhere)."""
    return re.sub(r"\s+", "", pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text())


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def qr_codes(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=3).to_pil()
    finally:
        document.close()
    return [code.text for code in zxingcpp.read_barcodes(image)]


@pytest.fixture
def certificate(org, course, complete) -> Certificate:
    return complete(org.learner, course)


@pytest.fixture
def rare_certificate(org, course, complete) -> Certificate:
    staff = make_staff(org.isss_desk, name_zh=RARE_NAME, name_latin="WANG Zhekun")
    return complete(staff, course)


def test_one_a4_landscape_page(certificate):
    pdf = render.certificate_pdf(certificate)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_LANDSCAPE, abs=0.5)


def test_prints_names_course_and_code(rare_certificate):
    pdf = render.certificate_pdf(rare_certificate)
    text = page_text(pdf)
    assert RARE_NAME in text
    assert "WANGZhekun" in text
    assert "服务台英语" in text  # as completed (Chinese), with the English title under it
    assert "EnglishattheServiceDesk".lower() in text.lower()
    assert rare_certificate.formatted_code in text
    assert squeeze(verify_url(rare_certificate.code)) in text
    assert "滨江大学图书馆" in text and "BinjiangUniversityLibrary" in text
    assert "钱琤" in text and "UniversityLibrarian" in text


def test_every_font_is_embedded_and_cjk_glyphs_are_real(rare_certificate):
    fonts = embedded_fonts(render.certificate_pdf(rare_certificate))
    assert fonts
    assert all(font.program for font in fonts), [f.name for f in fonts if not f.program]
    assert all("Meridian-Serif" in font.name for font in fonts), [f.name for f in fonts]
    for char in RARE_NAME + "结业证书":
        users = font_for(fonts, char)
        assert users, f"{char} is not in any font's ToUnicode map"
        for font in users:
            assert font.cids[char] != 0, f"{char} is .notdef in {font.name}"
            assert "Full" not in font.name, f"{char} should come from the basic font"
            assert font.glyph_has_outline(char), f"{char} has no outline in {font.name}"


def test_characters_outside_the_basic_block_use_the_full_font(org, course, complete):
    staff = make_staff(org.isss_desk, name_zh="李" + EXTENSION_CHARS, name_latin="LI Qiu")
    certificate = complete(staff, course)
    pdf = render.certificate_pdf(certificate)
    fonts = embedded_fonts(pdf)
    for char in EXTENSION_CHARS:
        users = font_for(fonts, char)
        assert users, f"{char} is not in any font's ToUnicode map"
        for font in users:
            assert "Meridian-Serif-Full" in font.name
            assert font.cids[char] != 0
            assert font.glyph_has_outline(char)
    assert all("Full" not in font.name for font in font_for(fonts, "李"))
    assert "李" + EXTENSION_CHARS in page_text(pdf)


def test_rendering_again_gives_the_same_bytes(certificate):
    """Everything printed is the certificate's snapshot, and the PDF's dates are its issue
    date: a PDF rendered again later is identical (its stored checksum still matches)."""
    assert render.certificate_pdf(certificate) == render.certificate_pdf(certificate)


def test_qr_code_scans_to_the_verify_url(certificate):
    assert qr_codes(render.certificate_pdf(certificate)) == [verify_url(certificate.code)]


@pytest.mark.parametrize("layout", ["classic", "modern"])
def test_both_layouts_render_one_page_with_a_working_qr_code(
    layout, org, course, complete, template
):
    template.layout = layout
    template.accent_colour = "#1f4e79"
    template.save()
    certificate = complete(org.learner, course)
    assert certificate.design["layout"] == layout
    html = render.certificate_html(certificate)
    assert f'class="sheet layout-{layout}"' in html
    assert "--accent: #1f4e79" in html
    pdf = render.certificate_pdf(certificate)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    assert "李赟" in page_text(pdf)
    assert qr_codes(pdf) == [verify_url(certificate.code)]


def test_metadata_names_the_certificate_and_the_issuer(certificate):
    metadata = pypdf.PdfReader(io.BytesIO(render.certificate_pdf(certificate))).metadata
    assert "李赟" in metadata.title and "LI Yun" in metadata.title
    assert "服务台英语" in metadata.title
    assert metadata.author == "滨江大学图书馆 Binjiang University Library"


def test_expiry_or_no_expiry(org, course, complete):
    text = page_text(render.certificate_pdf(complete(org.learner, course)))
    assert "有效期至" in text and "长期有效" not in text
    course.zh.certificate_validity_months = None
    course.zh.save_revision().publish()
    certificate = complete(org.visiting, course)
    assert certificate.expires_on is None
    text = page_text(render.certificate_pdf(certificate))
    assert "长期有效" in text and "Doesnotexpire" in text


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        pytest.fail(f"network access during a certificate render: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_template_text_is_escaped_never_read_as_html(org, course, complete, template, no_network):
    template.title_en = '<img src="http://example.com/x.png">'
    template.footer_en = "<link href=file:///etc/passwd>"
    template.statement_en = "</style><script>alert(1)</script>"
    template.save()
    certificate = complete(org.learner, course)
    html = render.certificate_html(certificate)
    assert '<img src="http://example.com/x.png">' not in html
    assert "&lt;img src=&quot;http://example.com/x.png&quot;&gt;" in html
    assert "<link href=file:///etc/passwd>" not in html
    assert "&lt;link href=file:///etc/passwd&gt;" in html
    assert "<script>" not in html
    text = page_text(render.certificate_pdf(certificate))
    assert (
        squeeze('<IMG SRC="HTTP://EXAMPLE.COM/X.PNG">') in text
    )  # the English title is in capitals
    assert "</style><script>alert(1)</script>" in text
    assert "<linkhref=file:///etc/passwd>" in text


def test_accent_colour_is_validated_again_before_it_reaches_css(certificate):
    certificate.design = {**certificate.design, "accent_colour": "red; } body { display: none"}
    html = render.certificate_html(certificate)
    assert "display: none" not in html
    assert "--accent: #8a1c2b" in html
    assert render.accent_colours("#1F4E79") == ("#1f4e79", "#bccad7")


def test_logo_and_signature_are_printed_from_renditions(org, course, complete, template):
    image_model = get_image_model()
    template.logo = image_model.objects.create(title="Logo", file=get_test_image_file())
    template.signature = image_model.objects.create(
        title="Signature", file=get_test_image_file(filename="signature.png")
    )
    template.save()
    certificate = complete(org.learner, course)
    html = render.certificate_html(certificate)
    assert re.search(r'class="logo" src="/media/images/[^"]+\.max-400x200\.png"', html)
    assert re.search(r'class="signature" src="/media/images/[^"]+\.max-400x200\.png"', html)
    page = pypdf.PdfReader(io.BytesIO(render.certificate_pdf(certificate))).pages[0]
    images = [
        xobject
        for xobject in page["/Resources"]["/XObject"].values()
        if xobject.get_object().get("/Subtype") == "/Image"
    ]
    assert len(images) == 2


def test_a_deleted_logo_is_left_out(certificate):
    certificate.design = {**certificate.design, "logo_id": 987654}
    html = render.certificate_html(certificate)
    assert 'class="logo"' not in html
    assert render.certificate_pdf(certificate).startswith(b"%PDF")


def test_certificates_pdfs_renders_each_in_order(org, course, complete):
    certificates = [complete(staff, course) for staff in (org.learner, org.visiting, org.hr)]
    results = list(render.certificates_pdfs(certificates))
    assert [certificate for certificate, _pdf in results] == certificates
    for certificate, pdf in results:
        assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
        assert certificate.formatted_code in page_text(pdf)
        assert certificate.holder_name_zh in page_text(pdf)


def test_missing_fonts_fail_clearly(certificate, tmp_path, monkeypatch):
    monkeypatch.setattr(render, "_renderer", None)
    with (
        override_settings(MERIDIAN_FONT_DIR=tmp_path),
        pytest.raises(render.FontsMissing, match="make setup"),
    ):
        render.certificate_pdf(certificate)
