"""HR's certificate pages: who may use them, the list and its filters, revocation and re-issue,
and ZIP exports through the views."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone, translation

from training.certificates.filters import CertificateFilter, PeriodError, parse_period
from training.certificates.models import Certificate, CertificateExport, Status
from training.people.models import AuditEntry

from .test_export import copies

State = CertificateExport.State


@pytest.fixture
def issued(org, course, complete) -> Certificate:
    return complete(org.learner, course)


def codes_listed(response) -> list[str]:
    page = BeautifulSoup(response.content.decode(), "html.parser")
    links = page.select("table.table tbody td:first-child a")
    return sorted(link["href"].rstrip("/").rsplit("/", 1)[-1] for link in links)


def filtered(**data) -> list[int]:
    certificate_filter = CertificateFilter(data, queryset=Certificate.objects.all())
    if not certificate_filter.is_valid():
        return []
    return sorted(certificate_filter.qs.values_list("pk", flat=True))


def en(name: str, *args) -> str:
    """The English address of a page (whatever language the last request left active)."""
    with translation.override("en"):
        return reverse(name, args=args)


def issued_on(certificate: Certificate, day: dt.date, **fields) -> Certificate:
    moment = dt.datetime.combine(day, dt.time(10), tzinfo=timezone.get_current_timezone())
    return copies(certificate, 1, stored=True, issued_at=moment, **fields)[0]


# --- periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("2026-H1", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        ("2026-h2", dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
        ("2026-Q1", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (" 2026-12 ", dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
        ("2026-01-01..2026-06-30", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        ("2026-03-05..2026-03-05", dt.date(2026, 3, 5), dt.date(2026, 3, 5)),
        ("２０２６－Ｈ１", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),  # typed full-width
    ],
)
def test_periods_are_read(name, first, last):
    assert parse_period(name) == (first, last)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "26",
        "2026-H3",
        "2026-Q0",
        "2026-Q5",
        "2026-13",
        "2026-00",
        "2026-02-30..2026-03-01",
        "2026-06-30..2026-01-01",
        "2026-01-01..",
        "2026/05",
        "last year",
        "1999",
        "2026; DROP TABLE",
        "٢٠٢٦",
    ],
)
def test_unreadable_periods_are_refused_with_a_clear_message(name):
    with translation.override("en"), pytest.raises(PeriodError) as error:
        parse_period(name)
    assert "2026-H1" in str(error.value) or "ends before it starts" in str(error.value)


# --- the filter -------------------------------------------------------------------------------


def test_the_period_filter_takes_whole_local_days(issued):
    june_last = issued_on(issued, dt.date(2025, 6, 30))
    july_first = issued_on(issued, dt.date(2025, 7, 1))
    late = copies(
        issued,
        1,
        stored=True,
        # 23:30 on 30 June in the site's time zone is 15:30 UTC: still the first half
        issued_at=dt.datetime(2025, 6, 30, 15, 30, tzinfo=dt.UTC),
    )[0]
    assert filtered(period="2025-H1") == sorted([june_last.pk, late.pk])
    assert filtered(period="2025-H2") == [july_first.pk]
    assert filtered(period="2025-06-30..2025-07-01") == sorted(
        [june_last.pk, late.pk, july_first.pk]
    )
    assert filtered(issued_from="2025-07-01", issued_to="2025-07-01") == [july_first.pk]
    assert filtered(period="2025", issued_from="2025-07-01") == [july_first.pk]


def test_the_org_unit_filter_takes_the_subtree(org, course, complete, issued):
    visiting = complete(org.visiting, course)
    circ = complete(org.circ_staff, course)
    assert filtered(org_unit="isss") == sorted([issued.pk, visiting.pk])
    assert filtered(org_unit="isss-desk") == [issued.pk]
    assert filtered(org_unit="circ") == [circ.pk]
    assert filtered(org_unit="lib") == sorted([issued.pk, visiting.pk, circ.pk])


def test_the_status_filter(org, issued):
    revoked, replaced, expired = copies(issued, 3, stored=True)
    from training.certificates import services

    services.certificate_revoke(certificate=revoked, reason="mistake", actor=org.hr.user)
    replacement = services.certificate_reissue(
        certificate=replaced, reason="name corrected", actor=org.hr.user
    )
    Certificate.objects.filter(pk=expired.pk).update(expires_on=dt.date(2020, 1, 1))
    assert filtered(status="valid") == sorted([issued.pk, replacement.pk])
    assert filtered(status="revoked") == [revoked.pk]
    assert filtered(status="superseded") == [replaced.pk]
    assert filtered(status="expired") == [expired.pk]


def test_the_course_and_search_filters(org, courses, complete, issued):
    other_course = courses.course("culture", lessons=("a",), title_zh="跨文化沟通")
    other = complete(org.learner, other_course)
    assert filtered(course=str(issued.course_key)) == [issued.pk]
    assert filtered(course=str(other.course_key)) == [other.pk]
    assert filtered(q="李") == sorted([issued.pk, other.pk])
    assert filtered(q="li yun") == sorted([issued.pk, other.pk])
    assert filtered(q=org.learner.staff_number.lower()) == sorted([issued.pk, other.pk])
    assert filtered(q=issued.formatted_code.lower()) == [issued.pk]
    assert filtered(q="nobody") == []


@pytest.mark.parametrize(
    "forged",
    [
        {"status": "everything"},
        {"org_unit": "no-such-unit"},
        {"org_unit": "1 OR 1=1"},
        {"course": "00000000-0000-0000-0000-000000000000"},
        {"course": "not-a-key"},
        {"period": "all"},
        {"issued_from": "yesterday"},
    ],
)
def test_forged_values_are_errors_and_select_nothing(issued, forged):
    certificate_filter = CertificateFilter(forged, queryset=Certificate.objects.all())
    assert not certificate_filter.is_valid()
    assert certificate_filter.form.errors
    assert filtered(**forged) == []


# --- who may use the pages --------------------------------------------------------------------


def hr_urls(certificate: Certificate, export_id: int) -> list[tuple[str, str]]:
    return [
        ("get", reverse("hr-certificates")),
        ("get", reverse("hr-certificate", args=[certificate.code])),
        ("post", reverse("hr-certificate-revoke", args=[certificate.code])),
        ("post", reverse("hr-certificate-reissue", args=[certificate.code])),
        ("post", reverse("hr-certificate-export")),
        ("get", reverse("hr-certificate-export-status", args=[export_id])),
        ("get", reverse("hr-certificate-export-download", args=[export_id])),
    ]


@pytest.mark.parametrize("who", ["learner", "isss_manager", "editor"])
def test_everyone_but_hr_is_refused(client, org, issued, who):
    export = CertificateExport.objects.create(requested_by=org.hr.user, filters={}, total=1)
    client.force_login(getattr(org, who).user)
    for method, url in hr_urls(issued, export.pk):
        response = getattr(client, method)(url, {"reason": "because"})
        assert response.status_code == 403, url
    assert Certificate.objects.get(pk=issued.pk).status_on() == Status.VALID
    assert Certificate.objects.count() == 1
    assert CertificateExport.objects.count() == 1
    assert (
        not AuditEntry.objects.filter(action__startswith="certificate.")
        .exclude(action="certificate.issue")
        .exists()
    )


def test_anonymous_visitors_are_sent_to_sign_in(client, org, issued):
    export = CertificateExport.objects.create(requested_by=org.hr.user, filters={}, total=1)
    for method, url in hr_urls(issued, export.pk):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_hr_and_admins_see_the_list(client, org, issued):
    for user in (org.hr.user, org.admin):
        client.force_login(user)
        assert codes_listed(client.get(reverse("hr-register"))) == [issued.code]


def test_the_old_list_address_leads_to_the_register_with_its_filter(client, org, issued):
    client.force_login(org.hr.user)
    response = client.get(reverse("hr-certificates"), {"org_unit": "isss", "status": "valid"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("hr-register"))
    assert "org_unit=isss" in response["Location"] and "status=valid" in response["Location"]


def test_the_writes_are_post_only(client, org, issued):
    client.force_login(org.hr.user)
    for name in ("hr-certificate-revoke", "hr-certificate-reissue"):
        assert client.get(reverse(name, args=[issued.code])).status_code == 405
    assert client.get(reverse("hr-certificate-export")).status_code == 405
    assert client.post(reverse("hr-certificates")).status_code == 405


# --- the list ---------------------------------------------------------------------------------


def test_the_list_shows_each_certificate(client, org, course, complete, issued):
    complete(org.circ_staff, course)
    client.force_login(org.hr.user)
    response = client.get("/en/hr/")
    html = response.content.decode()
    assert response.status_code == 200
    assert len(codes_listed(response)) == 2
    for text in (
        "李赟",
        "LI Yun",
        org.learner.staff_number,
        "Isss-Desk",  # the holder's org unit, in English
        "English at the service desk",
        "1.0",
        timezone.localtime(issued.issued_at).strftime("%Y-%m-%d"),
        issued.expires_on.isoformat(),
        "Valid",
        "钱昇",
    ):
        assert text in html, text
    assert reverse("hr-certificate", args=[issued.code]) in html


def test_the_list_filters_and_shows_forged_values_as_errors(client, org, course, complete, issued):
    complete(org.circ_staff, course)
    client.force_login(org.hr.user)
    assert codes_listed(client.get(reverse("hr-register"), {"org_unit": "isss"})) == [issued.code]
    forged = client.get("/en/hr/", {"org_unit": "1 OR 1=1", "status": "all"})
    assert forged.status_code == 200
    assert codes_listed(forged) == []
    assert "Select a valid choice" in forged.content.decode()
    assert "Export" not in BeautifulSoup(forged.content, "html.parser").select_one("main").text
    bad_day = client.get("/en/hr/", {"issued_to": "9999-12-31"})
    assert codes_listed(bad_day) == []
    assert "Choose a day from 2000-01-01 to 2100-12-31" in bad_day.content.decode()


def test_the_list_is_paginated_by_fifty(client, org, issued):
    copies(issued, 55, stored=True)
    client.force_login(org.hr.user)
    assert len(codes_listed(client.get(reverse("hr-register")))) == 50
    assert len(codes_listed(client.get(reverse("hr-register"), {"page": 2}))) == 6


@pytest.mark.parametrize("extra", [2, 40])
def test_the_list_query_count_does_not_grow(
    client, org, issued, django_assert_max_num_queries, extra
):
    more = copies(issued, extra, stored=True)
    from training.certificates import services

    services.certificate_revoke(certificate=more[0], reason="mistake", actor=org.hr.user)
    services.certificate_reissue(certificate=more[1], reason="name", actor=org.hr.user)
    client.force_login(org.hr.user)
    with django_assert_max_num_queries(16):
        response = client.get(reverse("hr-register"), {"org_unit": "lib"})
    assert len(codes_listed(response)) == 2 + extra
    html = response.content.decode()
    assert str(Status.REVOKED.label) in html and str(Status.SUPERSEDED.label) in html


# --- one certificate: history, revocation, re-issue ---------------------------------------------


def test_the_detail_page_shows_the_certificate_and_its_history(client, org, issued):
    client.force_login(org.hr.user)
    response = client.get("/en/hr/certificates/" + issued.code + "/")
    html = response.content.decode()
    assert response.status_code == 200
    assert issued.formatted_code in html
    assert "certificate.issue" in html
    assert "Reason for the revocation" in html and "Reason for the re-issue" in html
    for code in ("nope", "0" * 16, "../../etc/passwd"):
        assert client.get(f"/hr/certificates/{code}/").status_code == 404


def test_a_lower_case_code_finds_the_certificate(client, org, issued):
    client.force_login(org.hr.user)
    response = client.get(reverse("hr-certificate", args=[issued.formatted_code.lower()]))
    assert response.status_code == 200


def test_revoking_needs_a_reason(client, org, issued):
    client.force_login(org.hr.user)
    url = reverse("hr-certificate-revoke", args=[issued.code])
    for reason in ("", "   "):
        response = client.post("/en" + url, {"revoke-reason": reason})
        assert response.status_code == 200
        html = response.content.decode()
        assert "give the reason" in html.lower()
        assert "field--error" in html
    assert Certificate.objects.get(pk=issued.pk).status_on() == Status.VALID
    assert not AuditEntry.objects.filter(action="certificate.revoke").exists()


def test_revoking_through_the_page(client, org, issued):
    client.force_login(org.hr.user)
    url = reverse("hr-certificate-revoke", args=[issued.code])
    response = client.post(url, {"revoke-reason": "Issued to the wrong person"})
    assert response.status_code == 302
    assert response["Location"] == reverse("hr-certificate", args=[issued.code])
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["success"]
    certificate = Certificate.objects.get(pk=issued.pk)
    assert certificate.status_on() == Status.REVOKED
    assert certificate.revocation.reason == "Issued to the wrong person"
    entry = AuditEntry.objects.get(action="certificate.revoke")
    assert entry.actor == org.hr.user
    assert entry.data["reason"] == "Issued to the wrong person"
    page = client.get("/en" + response["Location"]).content.decode()
    assert "certificate.revoke" in page and "Issued to the wrong person" in page
    assert "Reason for the revocation" not in page  # no second revocation offered
    again = client.post("/en" + url, {"revoke-reason": "again"})
    assert again.status_code == 200
    assert "already been revoked" in again.content.decode()
    assert AuditEntry.objects.filter(action="certificate.revoke").count() == 1


def test_reissuing_needs_a_reason(client, org, issued):
    client.force_login(org.hr.user)
    response = client.post(en("hr-certificate-reissue", issued.code), {"reissue-reason": ""})
    assert response.status_code == 200
    assert "give the reason" in response.content.decode().lower()
    assert Certificate.objects.count() == 1


def test_reissuing_through_the_page(client, org, issued, django_capture_on_commit_callbacks):
    client.force_login(org.hr.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("hr-certificate-reissue", args=[issued.code]),
            {"reissue-reason": "Name corrected"},
        )
    replacement = Certificate.objects.get(supersedes=issued)
    assert response.status_code == 302
    assert response["Location"] == reverse("hr-certificate", args=[replacement.code])
    assert Certificate.objects.get(pk=issued.pk).status_on() == Status.SUPERSEDED
    entry = AuditEntry.objects.get(action="certificate.reissue")
    assert entry.actor == org.hr.user and entry.data["reason"] == "Name corrected"
    old_page = client.get(en("hr-certificate", issued.code)).content.decode()
    assert "certificate.reissue" in old_page  # the replacement's entry, on the old one's page
    assert replacement.formatted_code in old_page
    assert "Reason for the re-issue" not in old_page
    again = client.post(
        en("hr-certificate-reissue", issued.code),
        {"reissue-reason": "again"},
    )
    assert "already been replaced" in again.content.decode()
    assert Certificate.objects.count() == 2


# --- exports through the views ----------------------------------------------------------------


def test_a_running_export_refreshes_and_cannot_be_downloaded_yet(client, org, issued):
    export = CertificateExport.objects.create(
        requested_by=org.hr.user, filters={}, total=40, done=10, state=State.RUNNING
    )
    client.force_login(org.hr.user)
    html = client.get(en("hr-certificate-export-status", export.pk)).content
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("noscript meta[http-equiv=refresh]")
    assert soup.select_one("script[src$='export-progress.js']")
    assert soup.select_one("#export-progress-text").text.strip() == "10 of 40"
    as_json = client.get(
        reverse("hr-certificate-export-status", args=[export.pk]), {"format": "json"}
    ).json()
    assert as_json == {
        "state": "running",
        "state_label": as_json["state_label"],
        "done": 10,
        "total": 40,
        "percent": 25,
        "text": "10 of 40",
        "download_url": None,
        "error": "",
    }
    assert (
        client.get(reverse("hr-certificate-export-download", args=[export.pk])).status_code == 404
    )


def test_an_invalid_export_request_goes_back_to_the_list_with_the_error(client, org, issued):
    client.force_login(org.hr.user)
    response = client.post(reverse("hr-certificate-export"), {"period": "1990", "status": "valid"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("hr-certificates"))
    assert "status=valid" in response["Location"]
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["error"]
    assert not CertificateExport.objects.exists()
    empty = client.post(reverse("hr-certificate-export"), {"period": "2001"})
    assert empty.status_code == 302
    assert not CertificateExport.objects.exists()


def test_downloads_are_for_the_requester_and_hr(
    client, org, issued, django_capture_on_commit_callbacks
):
    from training.certificates.export import certificate_export_request
    from training.people.roles import HR

    other_hr = org.admin
    with django_capture_on_commit_callbacks(execute=True):
        export = certificate_export_request(actor=org.hr.user, filters={})
    url = reverse("hr-certificate-export-download", args=[export.pk])
    for user in (org.hr.user, other_hr):
        client.force_login(user)
        assert client.get(url).status_code == 200
    for who in ("learner", "isss_manager", "editor"):
        client.force_login(getattr(org, who).user)
        assert client.get(url).status_code == 403
    # The requester keeps access to their own export after leaving HR.
    org.hr.user.groups.remove(org.hr.user.groups.get(name=HR))
    client.force_login(org.hr.user)
    assert client.get(url).status_code == 200
    assert client.get(reverse("hr-certificates")).status_code == 403


def test_a_failed_export_shows_its_error(client, org, issued):
    export = CertificateExport.objects.create(
        requested_by=org.hr.user, filters={}, total=3, state=State.FAILED, error="fonts missing"
    )
    client.force_login(org.hr.user)
    html = client.get(en("hr-certificate-export-status", export.pk)).content
    soup = BeautifulSoup(html, "html.parser")
    error = soup.select_one("[data-export-error]")
    assert not error.has_attr("hidden") and "fonts missing" in error.text
    assert soup.select_one("[data-export-download]").has_attr("hidden")
    assert not soup.select_one("noscript meta")
    assert (
        client.get(reverse("hr-certificate-export-download", args=[export.pk])).status_code == 404
    )
