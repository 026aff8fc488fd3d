"""The live preview of a certificate template: a sample certificate (张喆, ZHANG Zhe) printed
with the wording the editor has in the form, as the PDF ("" mode) or its HTML ("html")."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from training.certificates.links import verify_url
from training.certificates.models import CertificateTemplate
from training.certificates.preview import SAMPLE_CODE, template_preview_response

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 1
    return re.sub(r"\s+", "", reader.pages[0].extract_text())


def test_pdf_mode_prints_the_sample_with_an_unsaved_template():
    template = CertificateTemplate(
        name="Draft",
        layout="modern",
        accent_colour="#1f4e79",
        title_zh="培训证书",
        title_en="Training certificate",
        issuer_zh="滨江大学图书馆",
        issuer_en="Binjiang University Library",
    )
    response = template_preview_response(template, "", RequestFactory().get("/"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    text = pdf_text(response.content)
    for expected in ("培训证书", "张喆", "ZHANGZhe", "英语服务台用语", "Englishattheservicedesk"):
        assert expected in text
    assert "B1" in text and "滨江大学图书馆" in text
    assert "SAMP-2345-EXAM-6789" in text
    assert template.pk is None


def test_html_mode_returns_the_html_with_the_layout_stylesheet(template):
    response = template_preview_response(template, "html", RequestFactory().get("/"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "张喆" in html and "ZHANG Zhe" in html and "英语服务台用语" in html
    assert '<link rel="stylesheet" href="/static/certificates/pdf/certificate.css">' in html
    assert "fonts.css" not in html  # the PDF fonts are not on the web
    assert verify_url(SAMPLE_CODE) in html


@pytest.fixture
def editor_client(client, org):
    client.force_login(org.editor.user)
    return client


def form_data(template: CertificateTemplate, **changes) -> dict:
    fields = {
        "name": template.name,
        "layout": template.layout,
        "accent_colour": template.accent_colour,
        "is_default": "on" if template.is_default else "",
        "title_zh": template.title_zh,
        "title_en": template.title_en,
        "statement_zh": template.statement_zh,
        "statement_en": template.statement_en,
        "issuer_zh": template.issuer_zh,
        "issuer_en": template.issuer_en,
        "footer_zh": template.footer_zh,
        "footer_en": template.footer_en,
        "signatory_name_zh": template.signatory_name_zh,
        "signatory_name_en": template.signatory_name_en,
        "signatory_title_zh": template.signatory_title_zh,
        "signatory_title_en": template.signatory_title_en,
        "logo": "",
        "signature": "",
        "courses": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def test_editor_previews_unsaved_changes_in_the_admin(editor_client, template):
    url = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    data = form_data(template, title_zh="上岗证书", layout="modern", footer_en="Draft footer")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert response.json() == {"is_valid": True, "is_available": True}

    response = editor_client.get(url)  # the default mode: the PDF
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "上岗证书" in text and "Draftfooter" in text and "张喆" in text

    response = editor_client.get(url, {"mode": "html"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "上岗证书" in html and 'class="sheet layout-modern"' in html

    template.refresh_from_db()
    assert template.title_zh == "结业证书"  # previewing saves nothing


def test_editor_previews_a_new_template(editor_client, template):
    url = reverse("wagtailsnippets_certificates_certificatetemplate:preview_on_add")
    draft = CertificateTemplate(name="New one", title_zh="进修证书")
    response = editor_client.post(url, form_data(draft))
    assert response.json() == {"is_valid": True, "is_available": True}
    response = editor_client.get(url, {"mode": "html"})
    assert response.status_code == 200
    assert "进修证书" in response.content.decode()


def test_hostile_wording_in_the_preview_is_escaped(editor_client, template):
    url = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    data = form_data(template, title_en='<img src="http://example.com/x.png">')
    assert editor_client.post(url, data).json()["is_valid"] is True
    html = editor_client.get(url, {"mode": "html"}).content.decode()
    assert '<img src="http://example.com/x.png">' not in html
    assert "&lt;img src=&quot;http://example.com/x.png&quot;&gt;" in html


def test_missing_fonts_show_what_to_do_in_the_preview(template, tmp_path, monkeypatch, settings):
    from training.certificates import render

    monkeypatch.setattr(render, "_renderer", None)
    settings.MERIDIAN_FONT_DIR = tmp_path
    response = template_preview_response(template, "", RequestFactory().get("/"))
    assert response.status_code == 503
    assert "make setup" in response.content.decode()
