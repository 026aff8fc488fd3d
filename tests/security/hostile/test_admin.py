"""The admin forms HR fills in (appraisal periods, webhook endpoints, API tokens) and the admin
listings' search boxes, with every corpus value: a form error and nothing written for what a
field cannot take, the value escaped on the admin pages and intact where it is stored."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from training.reports.models import ApiToken, AppraisalPeriod, WebhookEndpoint

from .conftest import assert_html_safe, assert_never_raw
from .corpus import CORPUS, SAMPLE


def refused(item, max_length: int) -> bool:
    return "\x00" in item.value or len(item.value.strip()) > max_length


@pytest.fixture
def hr(client, org):
    user = org.hr.user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return org


def test_appraisal_periods(client, hr):
    url = reverse("reports_appraisal_periods:add")
    for index, item in enumerate(CORPUS):
        before = list(AppraisalPeriod.objects.values_list("pk", "name", "notes"))
        # Names are unique: a suffix keeps each one new (the value itself stays at the front).
        name = item.value if refused(item, 100) else f"{item.value.strip()[:90]} {index}"
        start = dt.date(2000 + index, 1, 1)
        response = client.post(
            url,
            {
                "name": name,
                "kind": "annual",
                "starts_on": start.isoformat(),
                "ends_on": (start + dt.timedelta(days=30)).isoformat(),
                "notes": item.value,
            },
        )
        if refused(item, 100):
            assert response.status_code == 200, (item.name, response.status_code)
            assert list(AppraisalPeriod.objects.values_list("pk", "name", "notes")) == before
            assert_never_raw(response.content)
            continue
        assert response.status_code == 302, (item.name, response.status_code)
        period = AppraisalPeriod.objects.latest("pk")
        assert period.name == name.strip() and period.notes == item.value.strip(), item.name
        listing = client.get(reverse("reports_appraisal_periods:index"), {"q": item.value})
        assert listing.status_code == 200
        assert_never_raw(listing.content)
        assert_html_safe(listing.content, period.name)
        if item.kind == "markup":
            # The HR summaries page offers the period by name.
            summaries = client.get("/en/hr/summaries/", {"period": period.pk})
            assert summaries.status_code == 200
            assert_never_raw(summaries.content)
            assert_html_safe(summaries.content, period.name)


def test_webhook_endpoints(client, hr, settings):
    settings.MERIDIAN_WEBHOOK_ALLOW_PRIVATE = False
    url = reverse("reports_webhook_endpoints:add")
    for item in CORPUS:
        attempts = [(item.value, "https://eval.example.edu/hooks")]
        if item.name in SAMPLE or item.kind == "markup":
            attempts += [
                ("Evaluation", item.value),
                ("Evaluation", f"https://eval.example.edu/{item.value}"),
            ]
        for name, address in attempts:
            before = WebhookEndpoint.objects.count()
            response = client.post(
                url, {"name": name, "url": address, "events": ["certificate.issued"]}
            )
            assert response.status_code in (200, 302), (item.name, response.status_code)
            assert_never_raw(response.content)
            if response.status_code == 200:
                assert WebhookEndpoint.objects.count() == before, item.name
                continue
            endpoint = WebhookEndpoint.objects.latest("pk")
            assert endpoint.url.startswith("https://"), (item.name, endpoint.url)
            assert endpoint.name == name.strip()
            page = client.get(reverse("reports_webhook_endpoints:index"), {"q": item.value})
            assert page.status_code == 200
            assert_never_raw(page.content)
            assert_html_safe(page.content, endpoint.name)
    # A javascript: or relative address is never an endpoint.
    assert not WebhookEndpoint.objects.exclude(url__startswith="https://").exists()


def test_api_token_names(client, hr):
    url = reverse("reports_api_token_create")
    expires = (timezone.localdate() + dt.timedelta(days=30)).isoformat()
    for item in CORPUS:
        before = ApiToken.objects.count()
        response = client.post(
            url, {"name": item.value, "scopes": ["staff:read"], "expires_on": expires}
        )
        assert response.status_code == 200, (item.name, response.status_code)
        assert_never_raw(response.content)
        if refused(item, 100):
            assert ApiToken.objects.count() == before, item.name
            continue
        token = ApiToken.objects.latest("pk")
        assert token.name == item.value.strip(), item.name
        listing = client.get(reverse("reports_api_tokens"))
        assert_never_raw(listing.content)
        assert_html_safe(listing.content, token.name)


ADMIN_LISTINGS = [
    "people_staff:index",
    "people_audit_log:index",
    "competencies_competencies:index",
    "reports_webhook_deliveries:index",
]


@pytest.mark.parametrize("name", ADMIN_LISTINGS)
def test_admin_search_boxes(client, org, name):
    client.force_login(org.admin)
    url = reverse(name)
    for item in CORPUS:
        if len(item.value) > 100_000:
            continue  # below
        response = client.get(url, {"q": item.value})
        assert response.status_code in (200, 400), (item.name, response.status_code)
        assert_never_raw(response.content)


@pytest.mark.parametrize("name", ["people_staff:index", "people_audit_log:index"])
def test_admin_search_with_a_megabyte(client, org, name):
    client.force_login(org.admin)
    response = client.get(reverse(name), {"q": "x" * 1_000_000})
    # Too long to be a search (home/apps.py limits the term): the listing, unsearched, where
    # SQLite used to refuse the LIKE pattern (a database error, 503).
    assert response.status_code == 200
    if name == "people_staff:index":
        assert org.learner.name_latin in response.content.decode()
