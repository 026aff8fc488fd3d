"""PDFs with hostile names, for a few values only (rendering is slow): the longest names the
roster accepts, mixing CJK (with a character outside the BMP), Arabic and Hebrew, a long course
title, and markup. The certificate stays one page; the text is in it, markup as plain text; the
appraisal summary and the privacy record render too."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from tests.training.people.conftest import person, roster_bytes
from training.people.models import StaffProfile
from training.people.services import roster_import

from .conftest import certificate_for

# At the roster's limits: name_zh 100 characters, name_latin 150.
LONG_ZH = ("张三丰𠮷" * 25)[:100]
LONG_LATIN = ("مرحبا שלום WOLFESCHLEGELSTEINHAUSENBERGERDORFF " * 4)[:150].strip()
LONG_TITLE = ("跨文化沟通 Intercultural communication مرحبا " * 8)[:255].strip()
MARKUP = "<script>alert(1)</script>"


def pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", "", text)


@pytest.fixture
def holders(org, template):
    roster_import(
        data=roster_bytes(
            [
                person("P001", name_zh=LONG_ZH, name_latin=LONG_LATIN),
                person("P002", name_zh=MARKUP, name_latin='"><img src=x onerror=alert(1)>'),
            ]
        ),
        actor=org.admin,
    )
    long_name = StaffProfile.objects.select_related("user").get(staff_number="P001")
    markup = StaffProfile.objects.select_related("user").get(staff_number="P002")
    return (
        (long_name, certificate_for(long_name, LONG_TITLE)),
        (markup, certificate_for(markup, '{{ 7*7 }} {% debug %} =HYPERLINK("x")')),
    )


def test_a_certificate_with_the_longest_names_is_one_page(client, holders):
    (person_, certificate), _markup = holders
    client.force_login(person_.user)
    response = client.get(f"/en/me/certificates/{certificate.code}/pdf/")
    assert response.status_code == 200
    pdf = b"".join(response.streaming_content) if response.streaming else response.content
    pages, text = pdf_text(pdf)
    assert pages == 1
    assert "张三丰𠮷" in text
    assert "WOLFESCHLEGELSTEINHAUSENBERGERDORFF" in text


def test_markup_in_a_certificate_is_printed_as_text(client, holders):
    _long, (person_, certificate) = holders
    client.force_login(person_.user)
    response = client.get(f"/en/me/certificates/{certificate.code}/pdf/")
    pdf = b"".join(response.streaming_content) if response.streaming else response.content
    pages, text = pdf_text(pdf)
    assert pages == 1
    assert "<script>alert(1)</script>" in text
    assert "{{7*7}}" in text and "{%debug%}" in text


def test_the_summary_and_the_privacy_record_render(client, holders):
    import datetime as dt

    from django.utils import timezone

    from training.reports.models import AppraisalPeriod

    today = timezone.localdate()
    period = AppraisalPeriod.objects.create(
        name="PDF period", starts_on=dt.date(today.year, 1, 1), ends_on=today
    )
    (person_, _certificate), (markup, _other) = holders
    hr = StaffProfile.objects.get(name_latin="ZHOU Jun").user
    client.force_login(hr)
    for holder, expected in ((person_, "张三丰𠮷"), (markup, "<script>alert(1)</script>")):
        response = client.get(f"/en/hr/summaries/{holder.pk}/{period.pk}/pdf/")
        assert response.status_code == 200, response.content[:300]
        pdf = b"".join(response.streaming_content) if response.streaming else response.content
        _pages, text = pdf_text(pdf)
        assert expected in text
    client.force_login(person_.user)
    response = client.get("/en/me/record/export.pdf")
    assert response.status_code == 200
    pdf = b"".join(response.streaming_content) if response.streaming else response.content
    _pages, text = pdf_text(pdf)
    assert "张三丰𠮷" in text
