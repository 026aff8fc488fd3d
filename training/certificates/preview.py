"""The live preview of a certificate template in the admin: a sample certificate printed with the
template's wording and look as the editor has them (saved or not).

`CertificateTemplate.serve_preview` calls `template_preview_response` with the template Wagtail
built from the editor's form (an unsaved instance while it is being edited). Mode "" is the PDF
as it will print; mode "html" is the HTML it is made from, with the layout stylesheet linked so a
browser can show it (with the browser's own fonts).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html as html_lib
import re
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone

from .models import Certificate, CertificateTemplate
from .services import expiry_date

STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')


def style_hash(value: str) -> str:
    """A CSP source allowing the style attribute `value` (as written in the HTML)."""
    digest = hashlib.sha256(html_lib.unescape(value).encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


SAMPLE_CODE = "SAMP2345EXAM6789"  # never issued: the verify page answers "not found"


def sample_certificate(template: CertificateTemplate) -> Certificate:
    """An unsaved certificate with sample holder and course, printed with `template`'s design."""
    issued = timezone.now().replace(microsecond=0)
    return Certificate(
        code=SAMPLE_CODE,
        locale="zh-hans",
        holder_name_zh="张喆",
        holder_name_latin="ZHANG Zhe",
        staff_number="S0000",
        course_title="英语服务台用语",
        course_title_zh="英语服务台用语",
        course_title_en="English at the service desk",
        level="B1",
        competencies=[
            {
                "code": "EN-SERVICE",
                "name_zh": "英语服务沟通",
                "name_en": "English for service",
                "scale": "cefr",
                "level": 3,
            },
            {
                "code": "INTERCULTURAL",
                "name_zh": "跨文化沟通",
                "name_en": "Intercultural communication",
                "scale": "five",
                "level": 3,
            },
        ],
        hours=Decimal("6.0"),
        score=Decimal("92.50"),
        completed_at=issued - dt.timedelta(hours=2),
        issued_at=issued,
        expires_on=expiry_date(timezone.localdate(issued), 24),
        design=template.design(),
    )


def template_preview_response(template: CertificateTemplate, mode_name: str, request):
    from .render import FontsMissing, certificate_html, certificate_pdf

    certificate = sample_certificate(template)
    if mode_name == "html":
        html = certificate_html(certificate, for_browser=True)
        response = HttpResponse(html, content_type="text/html; charset=utf-8")
        # The sheet's accent colours are a style attribute (validated hex values, render.py);
        # the Content Security Policy refuses inline styles, so it allows exactly these values.
        hashes = sorted({style_hash(value) for value in STYLE_ATTRIBUTE.findall(html)})
        if hashes:
            response._csp_update = {"style-src-attr": ["'unsafe-hashes'", *hashes]}
        return response
    try:
        pdf = certificate_pdf(certificate)
    except FontsMissing as error:
        return HttpResponse(str(error), status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="certificate-preview.pdf"'
    response["Cache-Control"] = "no-store"
    return response
