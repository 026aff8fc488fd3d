"""HR's journey in Chromium, in Chinese and in English: the certificate register filtered to an
appraisal period and one department, its XLSX, the ZIP of its PDFs (followed on the progress
page), and a certificate revoked from the register, whose public verification page then says so.

The world is `hr_world` (tests/training/reports/hr/conftest.py): in this year's period,
International Services (ISSS) has four certificates (LI Yun's, SUN Yue's revoked one, and
ZHANG Zhe's first and re-issued ones); last year's and Circulation's certificates are not in the
filter.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from tests.training.reports import conftest as reports
from tests.training.reports.hr import conftest as hr
from training.certificates.models import Certificate, Status
from training.reports.exports import REGISTER_COLUMNS
from training.reports.models import ReportExport

from .axe import assert_accessible
from .helpers import html_lang, sign_in, switch_language

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The worlds of the report tests, used here.
framework, team, hr_world = reports.framework, reports.team, hr.hr_world

LANGUAGES = ["zh-Hans", "en"]
OTHER = {"zh-Hans": "en", "en": "zh-Hans"}


def tr(language: str, message: str) -> str:
    with translation.override(language.lower()):
        return gettext(message)


def url(language: str, name: str, *args) -> str:
    with translation.override(language.lower()):
        return reverse(name, args=args)


def label(language: str, status: Status) -> str:
    with translation.override(language.lower()):
        return str(status.label)


def register_rows(page: Page) -> dict[str, list[str]]:
    """The register's rows on the page: {certificate code: [the cells after the holder]}, a
    date as its machine-readable value (<time datetime>)."""
    return page.locator("table tbody tr[data-code]").evaluate_all(
        """rows => Object.fromEntries(rows.map(row => [row.dataset.code,
            [...row.querySelectorAll("td")].slice(1, 9).map(td => {
                const time = td.querySelector("time");
                return time ? time.getAttribute("datetime") : td.textContent.trim();
            })]))"""
    )


def check_filtered_register(page: Page, language: str, w, codes: set[str]) -> None:
    assert html_lang(page) == language
    expect(page.locator("h1")).to_have_text(tr(language, "Certificate register"))
    assert page.locator("select[name=period]").input_value() == str(w.current.pk)
    assert page.locator("select[name=org_unit]").input_value() == "isss"
    assert set(register_rows(page)) == codes


@pytest.mark.parametrize("language", LANGUAGES)
def test_hr_filters_exports_and_revokes(page, live_server, hr_world, language, screenshots):
    w = hr_world
    other = OTHER[language]
    lang = language.lower()
    sign_in(page, w.org.hr.user, live_server.url)
    page.goto(url(language, "hr-register"))
    expect(page.locator("h1")).to_have_text(tr(language, "Certificate register"))
    assert len(register_rows(page)) == Certificate.objects.count() == 7

    # This year's appraisal period and International Services (with its teams).
    page.locator("select[name=period]").select_option(str(w.current.pk))
    page.locator("select[name=org_unit]").select_option("isss")
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    # Not LI Yun's and SUN Yue's of last year, nor QIAN Sheng's in Circulation.
    codes = {c.code for c in (w.li_english, w.sun_ill, w.zhang_first, w.zhang_reissued)}
    check_filtered_register(page, language, w, codes)
    rows = register_rows(page)
    statuses = {code: cells[-1] for code, cells in rows.items()}
    assert statuses == {
        w.li_english.code: label(language, Status.VALID),
        w.sun_ill.code: label(language, Status.REVOKED),
        w.zhang_first.code: label(language, Status.SUPERSEDED),
        w.zhang_reissued.code: label(language, Status.VALID),
    }
    # Only a valid certificate can be revoked.
    revoke_links = page.locator("table tbody tr[data-code] a[href*='/revoke/']")
    expect(revoke_links).to_have_count(2)
    assert_accessible(page)

    # The other language and back: the same filter and the same certificates.
    query = page.url.partition("?")[2]
    switch_language(page, other)
    check_filtered_register(page, other, w, codes)
    assert {code: cells[-1] for code, cells in register_rows(page).items()} == {
        code: label(other, Status(certificate.status_on()))
        for code, certificate in Certificate.objects.in_bulk(codes, field_name="code").items()
    }
    switch_language(page, language)
    check_filtered_register(page, language, w, codes)
    assert page.url.partition("?")[2] == query

    # Excel: the rows of the register, the headers in the page's language.
    with page.expect_download() as download_info:
        page.locator(".register-exports a", has_text=tr(language, "Excel")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(download.path().read_bytes()), read_only=True).active
    header, *data = list(sheet.iter_rows(values_only=True))
    with translation.override(lang):
        assert list(header) == [str(column) for column in REGISTER_COLUMNS]
        assert sheet.title == gettext("Certificate register")
    certificates = Certificate.objects.in_bulk(codes, field_name="code")
    by_code = {certificate.formatted_code: code for code, certificate in certificates.items()}
    assert sorted(row[0] for row in data) == sorted(by_code)
    for row in data:
        cells = rows[by_code[row[0]]]
        staff_number, unit, course, level, hours, issued, expires, status = cells
        assert list(row[3:6]) == [staff_number, unit, course]
        assert (row[6] or "—") == level
        assert Decimal(str(row[7])) == Decimal(hours)
        assert row[8].date().isoformat() == issued
        assert (row[9].date().isoformat() if row[9] else tr(language, "Does not expire")) == (
            expires
        )
        assert row[10] == status

    # The ZIP of the PDFs: a background job, followed on its progress page until done.
    with page.expect_navigation():
        page.locator(".register-exports button", has_text=tr(language, "ZIP of PDFs")).click()
    export = ReportExport.objects.get(kind=ReportExport.Kind.REGISTER_ZIP)
    expect(page).to_have_url(f"{live_server.url}{url(language, 'hr-export-status', export.pk)}")
    with translation.override(lang):
        done = str(ReportExport.State.DONE.label)
    expect(page.locator("[data-export-state]")).to_have_text(done, timeout=60_000)
    progress = page.locator("progress#export-progress")
    expect(progress).to_have_attribute("max", "4")
    expect(progress).to_have_attribute("value", "4")
    expect(page.locator("#export-progress-text")).to_contain_text("(100%)")
    link = page.locator("[data-export-download-link]")
    expect(link).to_be_visible()
    expect(link).to_have_text(tr(language, "Download the file"))
    assert_accessible(page)
    with page.expect_download() as download_info:
        link.click()
    archive = zipfile.ZipFile(download_info.value.path())
    pdfs = sorted(name for name in archive.namelist() if name.endswith(".pdf"))
    assert len(pdfs) == 4 and set(archive.namelist()) == {*pdfs, "manifest.csv"}
    for code in codes:
        assert sum(code in name for name in pdfs) == 1, (code, pdfs)
    manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
    with translation.override(lang):
        file_, code_, checksum_ = (
            gettext("File"),
            gettext("Verification code"),
            gettext("PDF checksum (SHA-256)"),
        )
    assert sorted(entry[file_] for entry in manifest) == pdfs
    assert sorted(entry[code_] for entry in manifest) == sorted(by_code)
    for entry in manifest:
        pdf = archive.read(entry[file_])
        assert pdf.startswith(b"%PDF-")
        assert hashlib.sha256(pdf).hexdigest() == entry[checksum_]

    # Revoke LI Yun's certificate, with a reason; back on the register with the same filter.
    page.goto(f"{url(language, 'hr-register')}?{query}")
    revoked = w.li_english
    with page.expect_navigation():
        page.locator(f"tr[data-code='{revoked.code}'] a[href*='/revoke/']").click()
    expect(page.locator("h1")).to_have_text(tr(language, "Revoke a certificate"))
    expect(page.locator(".facts")).to_contain_text(revoked.formatted_code)
    assert_accessible(page)
    page.locator("textarea[name=reason]").fill("Issued to the wrong person.")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.url == f"{live_server.url}{url(language, 'hr-register')}?{query}"
    with translation.override(lang):
        message = gettext("Certificate %(code)s is revoked. Its verification page now says so.") % {
            "code": revoked.formatted_code
        }
    expect(page.locator(".messages")).to_have_text(message)
    row = page.locator(f"tr[data-code='{revoked.code}']")
    expect(row.locator(".badge")).to_have_text(label(language, Status.REVOKED))
    expect(row.locator("a[href*='/revoke/']")).to_have_count(0)
    check_filtered_register(page, language, w, codes)
    revoked.refresh_from_db()
    assert revoked.revocation.reason == "Issued to the wrong person."
    assert revoked.revocation.revoked_by == w.org.hr.user

    # Its public verification page says revoked, since today.
    page.context.clear_cookies()
    page.goto(url(language, "certificate-verify", revoked.code))
    badge = page.locator(".verify-badge")
    expect(badge).to_have_attribute("data-status", "revoked")
    expect(badge).to_have_text(label(language, Status.REVOKED))
    with translation.override(lang):
        since = formats.date_format(timezone.localdate(), "DATE_FORMAT")
        says = gettext(
            "This certificate was revoked by the issuing library on %(since)s. It is no "
            "longer valid."
        ) % {"since": since}
    expect(page.locator(".verify-status")).to_contain_text(says)
    expect(page.locator(".verify-status__code code")).to_have_text(revoked.formatted_code)
    assert_accessible(page)
    page.screenshot(path=screenshots / f"journey-hr-{language}.png", full_page=True)
