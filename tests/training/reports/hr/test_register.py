"""HR's certificate register at /hr/: rows, totals, filters, revocation from the register, the
old list's redirect, who may use the pages, and the query count."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from tests.formatting import short_date
from training.certificates.models import Certificate, CertificateRevocation
from training.people.models import AuditEntry
from training.reports.models import ReportExport

from .conftest import make_certificate


def page_codes(response) -> list[str]:
    """The certificate codes of the register's rows, in the page's order."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [row["data-code"] for row in soup.select("table.table tbody tr[data-code]")]


def row_of(response, certificate: Certificate):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return soup.select_one(f'tr[data-code="{certificate.code}"]')


def main_text(response) -> str:
    return BeautifulSoup(response.content.decode(), "html.parser").select_one("main").text


def newest_first(*certificates: Certificate) -> list[str]:
    ordered = sorted(certificates, key=lambda c: (c.issued_at, c.pk), reverse=True)
    return [certificate.code for certificate in ordered]


# --- the page ---------------------------------------------------------------------------------


def test_the_register_shows_every_certificate_with_its_facts(client, hr_world):
    w = hr_world
    client.force_login(w.org.hr.user)
    response = client.get("/en/hr/")
    assert response.status_code == 200
    everything = [
        w.li_english,
        w.li_intercultural,
        w.sun_ill,
        w.sun_visiting,
        w.zhang_first,
        w.zhang_reissued,
        w.qian_formula,
    ]
    assert page_codes(response) == newest_first(*everything)

    li = row_of(response, w.li_english)
    cells = [cell.get_text(" ", strip=True) for cell in li.select("td")]
    assert "李赟" in cells[0] and "LI Yun" in cells[0]
    assert w.li_english.formatted_code in cells[0]
    assert cells[1:6] == [
        w.org.learner.staff_number,
        "Isss-Desk",
        "English at the service desk",
        "B2",
        "3.5",
    ]
    assert cells[6] == short_date(timezone.localtime(w.li_english.issued_at).date())
    assert cells[7] == short_date(w.li_english.expires_on)
    assert cells[8] == "Valid"  # the status in words, not only a colour
    assert li.select_one("td a")["href"] == reverse("hr-certificate", args=[w.li_english.code])

    # Each status in words; "Revoke" only on valid rows.
    for certificate, label, revocable in [
        (w.sun_ill, "Revoked", False),
        (w.sun_visiting, "Expired", False),
        (w.zhang_first, "Superseded", False),
        (w.zhang_reissued, "Valid", True),
        (w.qian_formula, "Valid", True),
    ]:
        row = row_of(response, certificate)
        assert row.select("td")[8].get_text(strip=True) == label
        revoke = reverse("hr-register-revoke", args=[certificate.code])
        assert bool(row.select(f'a[href^="{revoke}"]')) is revocable
    assert "Does not expire" in row_of(response, w.qian_formula).text

    # Totals: rows and hours of the whole selection.
    totals = BeautifulSoup(response.content, "html.parser").select_one("[data-register-totals]")
    assert " ".join(totals.text.split()) == "7 certificates, 21.0 training hours"
    # The exports of what is shown.
    html = response.content.decode()
    assert reverse("hr-register-csv") in html and reverse("hr-register-xlsx") in html
    assert 'value="register_zip"' in html

    # In Chinese (the default), the course titles are the Chinese ones.
    chinese = client.get("/hr/")
    assert "服务台英语" in row_of(chinese, w.li_english).text
    # Admins see it too.
    client.force_login(w.org.admin)
    assert page_codes(client.get("/en/hr/", {"status": "valid"})) == newest_first(
        w.li_english, w.li_intercultural, w.zhang_reissued, w.qian_formula
    )


def test_filters_narrow_the_rows_and_the_totals(client, hr_world):
    w = hr_world
    client.force_login(w.org.hr.user)
    last_year = client.get("/en/hr/", {"period": w.year.pk})
    assert page_codes(last_year) == newest_first(w.li_intercultural, w.sun_visiting)
    totals = BeautifulSoup(last_year.content, "html.parser").select_one("[data-register-totals]")
    assert " ".join(totals.text.split()) == "2 certificates, 3.5 training hours"
    isss_valid = client.get("/en/hr/", {"org_unit": "isss", "status": "valid"})
    assert page_codes(isss_valid) == newest_first(
        w.li_english, w.li_intercultural, w.zhang_reissued
    )
    desk = client.get("/en/hr/", {"role": w.framework.desk.pk, "period": w.current.pk})
    assert page_codes(desk) == newest_first(w.li_english, w.sun_ill, w.qian_formula)


@pytest.mark.parametrize(
    "forged",
    [
        {"org_unit": "1 OR 1=1"},
        {"period": "999999"},
        {"period": "<script>alert(1)</script>"},
        {"status": "all"},
        {"role": "desk"},
        {"competency": "no-such-competency"},
        {"issued_from": "2026-13-45"},
        {"course": "00000000-0000-4000-8000-00000000dead"},
    ],
)
def test_an_invalid_filter_shows_its_error_and_no_rows(client, hr_world, forged):
    client.force_login(hr_world.org.hr.user)
    response = client.get("/en/hr/", forged)
    assert response.status_code == 200
    assert page_codes(response) == []
    html = response.content.decode()
    assert "Please correct the filter below." in html
    assert "<script>alert(1)</script>" not in html
    assert "0 certificates" in main_text(response)
    # No export of "everything" is offered.
    assert reverse("hr-register-csv") not in html
    assert "register_zip" not in html


# --- revoking from the register ---------------------------------------------------------------


def test_revoking_from_the_register_comes_back_to_the_same_filter(client, hr_world):
    w = hr_world
    client.force_login(w.org.hr.user)
    register = "/en/hr/?org_unit=isss&status=valid"
    page = client.get(register)
    link = row_of(page, w.li_english).select_one('a[href*="/revoke/"]')["href"]
    confirm = client.get(link)
    assert confirm.status_code == 200
    soup = BeautifulSoup(confirm.content, "html.parser")
    assert w.li_english.formatted_code in soup.select_one("main").text
    assert soup.select_one('input[name="next"]')["value"] == register

    # No reason: refused, nothing written.
    url = reverse("hr-register-revoke", args=[w.li_english.code])
    refused = client.post(url, {"reason": "   ", "next": register})
    assert refused.status_code == 400
    assert "Give the reason." in refused.content.decode()
    assert not CertificateRevocation.objects.filter(certificate=w.li_english).exists()

    done = client.post(url, {"reason": "Completed under another name.", "next": register})
    assert done.status_code == 302 and done["Location"] == register
    revocation = CertificateRevocation.objects.get(certificate=w.li_english)
    assert revocation.reason == "Completed under another name."
    assert revocation.revoked_by == w.org.hr.user
    assert AuditEntry.objects.filter(
        action="certificate.revoke", target_id=str(w.li_english.pk)
    ).exists()
    after = client.get(register)
    assert w.li_english.code not in page_codes(after)
    assert "is revoked" in after.content.decode()

    # Revoking twice is refused (with the message), and changes nothing.
    again = client.post(url, {"reason": "again", "next": register})
    assert again.status_code == 302
    assert [m.level_tag for m in get_messages(again.wsgi_request)] == ["error"]
    assert CertificateRevocation.objects.filter(certificate=w.li_english).count() == 1


@pytest.mark.parametrize(
    "hostile",
    ["https://evil.example/", "//evil.example/hr/", "javascript:alert(1)", "\\\\evil.example"],
)
def test_revocation_never_sends_anyone_elsewhere(client, hr_world, hostile):
    w = hr_world
    client.force_login(w.org.hr.user)
    response = client.post(
        reverse("hr-register-revoke", args=[w.qian_formula.code]),
        {"reason": "Wrong course.", "next": hostile},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("hr-register")
    confirm = client.get(reverse("hr-register-revoke", args=[w.li_english.code]), {"next": hostile})
    assert hostile not in confirm.content.decode()


def test_forged_certificate_codes_are_not_found(client, hr_world):
    client.force_login(hr_world.org.hr.user)
    for code in ("nope", "ZZZZ-ZZZZ-ZZZZ-ZZZZ", "1' OR '1'='1"):
        url = reverse("hr-register-revoke", args=[code])
        assert client.get(url).status_code == 404
        assert client.post(url, {"reason": "x"}).status_code == 404
    assert CertificateRevocation.objects.count() == 1  # hr_world's own


# --- the old list -----------------------------------------------------------------------------


def test_the_old_list_redirects_to_the_register_with_the_same_filter(client, hr_world):
    w = hr_world
    client.force_login(w.org.hr.user)
    response = client.get(
        "/en/hr/certificates/",
        {
            "q": "LI",
            "org_unit": "isss",
            "status": "valid",
            "course": "x",
            "period": "2025-H1",
            "page": "3",
            "other": "1",
        },
    )
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == "/en/hr/"
    assert parse_qs(location.query) == {
        "q": ["LI"],
        "org_unit": ["isss"],
        "status": ["valid"],
        "course": ["x"],
        "issued_from": ["2025-01-01"],
        "issued_to": ["2025-06-30"],
    }
    assert client.get("/hr/certificates/")["Location"] == reverse("hr-register")
    # A period the old list could not read stays an error on the register (never everything).
    unreadable = client.get("/en/hr/certificates/", {"period": "2026-Q9"})
    follow = client.get(unreadable["Location"])
    assert (
        page_codes(follow) == [] and "Please correct the filter below." in follow.content.decode()
    )
    assert client.post("/en/hr/certificates/").status_code == 405


# --- who may use the pages --------------------------------------------------------------------


def register_urls(certificate: Certificate, export: ReportExport) -> list[tuple[str, str]]:
    return [
        ("get", reverse("hr-register")),
        ("get", reverse("hr-register-csv")),
        ("get", reverse("hr-register-xlsx")),
        ("get", reverse("hr-register-revoke", args=[certificate.code])),
        ("post", reverse("hr-register-revoke", args=[certificate.code])),
        ("get", reverse("hr-export-create") + "?kind=register_csv"),
        ("post", reverse("hr-export-create")),
        ("get", reverse("hr-export-status", args=[export.pk])),
        ("get", reverse("hr-export-status", args=[export.pk]) + "?format=json"),
        ("get", reverse("hr-export-download", args=[export.pk])),
        ("get", reverse("hr-certificates")),
    ]


@pytest.mark.parametrize("who", ["learner", "isss_manager", "editor"])
def test_everyone_but_hr_is_refused(client, hr_world, who):
    w = hr_world
    export = ReportExport.objects.create(
        kind=ReportExport.Kind.REGISTER_CSV, requested_by=w.org.hr.user, total=1
    )
    audit_before = AuditEntry.objects.count()
    client.force_login(getattr(w.org, who).user)
    for method, url in register_urls(w.li_english, export):
        data = {"reason": "because", "kind": "register_csv", "status": "valid"}
        response = getattr(client, method)(url, data)
        assert response.status_code == 403, url
    assert not CertificateRevocation.objects.filter(certificate=w.li_english).exists()
    assert ReportExport.objects.count() == 1
    assert AuditEntry.objects.count() == audit_before


def test_anonymous_visitors_are_sent_to_sign_in(client, hr_world):
    export = ReportExport.objects.create(kind=ReportExport.Kind.REGISTER_CSV, total=1)
    for method, url in register_urls(hr_world.li_english, export):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


# --- queries ----------------------------------------------------------------------------------


def certificates_for(staff, *, today: dt.date) -> list[Certificate]:
    """A certificate per person (a revoked and a superseded one among them)."""
    made = [
        make_certificate(
            person,
            "desk-english" if i % 2 else "intercultural",
            title_zh="服务台英语",
            title_en="English at the service desk",
            hours="2",
            completed_on=today - dt.timedelta(days=i % 300),
            expires_on=today + dt.timedelta(days=200 - i),
        )
        for i, person in enumerate(staff)
    ]
    CertificateRevocation.objects.create(certificate=made[0], reason="test")
    make_certificate(
        staff[1],
        "desk-english",
        title_zh="服务台英语",
        title_en="English at the service desk",
        hours="2",
        completed_on=today,
        supersedes=made[1],
    )
    return made


@pytest.mark.parametrize("size", [5, 80])
def test_the_register_query_count_does_not_grow(
    client, hr_world, django_assert_max_num_queries, size
):
    from tests.training.reports.conftest import build_team

    team = build_team(staff=size, competencies=4, evidence=(1, 1), prefix=f"r{size}")
    certificates_for(team.staff, today=hr_world.today)
    client.force_login(hr_world.org.hr.user)
    client.get("/en/hr/")  # the session, warmed
    total = Certificate.objects.count()
    with django_assert_max_num_queries(16):
        response = client.get("/en/hr/")
    assert len(page_codes(response)) == min(total, 50)
    html = response.content.decode()
    for label in ("Revoked", "Superseded", "Valid"):
        assert label in html
    with django_assert_max_num_queries(16):
        filtered = client.get("/en/hr/", {"org_unit": f"r{size}-lib", "status": "valid"})
    assert page_codes(filtered)
    if total > 50:
        second = client.get("/en/hr/", {"page": 2})
        assert len(page_codes(second)) == total - 50
    with django_assert_max_num_queries(8):
        csv_response = client.get("/en/hr/register.csv", {"org_unit": f"r{size}-lib"})
    assert csv_response.status_code == 200
    assert csv_response.content.decode("utf-8-sig").count("\n") == size + 2  # header, re-issue
