"""Every search box, filter and query parameter with every corpus value (NUL, a megabyte,
markup, formulas, paths...): a page with the value escaped (or a form error), a 4xx for the API
and the verify page, never a 500 (a NUL must not reach PostgreSQL), never raw markup."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

import pytest
from axes.models import AccessAttempt
from django.test import override_settings
from django.utils import timezone

from training.reports.models import AppraisalPeriod
from training.reports.tokens import api_token_create

from .conftest import assert_never_raw, json_body
from .corpus import CORPUS, sample


@pytest.fixture
def world(org, courses):
    courses.course("desk", lessons=("one",), title_zh="服务台英语", title_en="Desk English")
    today = timezone.localdate()
    period = AppraisalPeriod.objects.create(
        name="Search period", starts_on=dt.date(today.year, 1, 1), ends_on=today
    )
    _token, raw = api_token_create(
        actor=org.hr.user,
        name="feed",
        scopes=("staff:read", "certificates:read", "summaries:read"),
    )
    return org, period, {"Authorization": f"Bearer {raw}"}


# What the filter forms say when a value is refused (the NUL one, or an invalid choice or date).
FORM_ERROR = re.compile(
    "Null characters are not allowed|Select a valid choice|Enter a valid|correct the filter"
)


def _page(response, value: str) -> None:
    assert response.status_code in (200, 400), (response.status_code, response.content[:300])
    assert_never_raw(response.content)


# (who, url, parameter) for the HTML pages with a search box or a free-text filter.
PAGES = [
    ("hr", "/en/hr/", "q"),
    ("hr", "/en/hr/", "course"),
    ("hr", "/en/hr/", "org_unit"),
    ("hr", "/en/hr/", "period"),
    ("hr", "/en/hr/", "issued_from"),
    ("hr", "/en/hr/summaries/", "q"),
    ("hr", "/en/team/directory/", "q"),
    ("hr", "/en/team/directory/", "org_unit"),
    ("isss_manager", "/en/team/", "q"),
    ("learner", "/en/courses/", "q"),
    ("learner", "/en/courses/", "topic"),
]


@pytest.mark.parametrize(("who", "url", "name"), PAGES, ids=[f"{u}?{n}" for _w, u, n in PAGES])
def test_search_boxes_and_filters(client, world, who, url, name):
    org, _period, _headers = world
    client.force_login(getattr(org, who).user)
    # The whole corpus in search boxes; a sample of it in choice, id and date fields.
    for item in CORPUS if name == "q" else sample():
        response = client.get(url, {name: item.value})
        _page(response, item.value)
        if "\x00" in item.value and response.status_code == 200:
            # A NUL cannot be searched for (no database stores it): the form says so.
            page = response.content.decode()
            assert FORM_ERROR.search(page), (url, name)


@pytest.mark.parametrize("url", ["/en/hr/register.csv", "/en/hr/register.xlsx"])
def test_export_filters_refuse_or_export(client, world, url):
    org, _period, _headers = world
    client.force_login(org.hr.user)
    for item in CORPUS:
        response = client.get(url, {"q": item.value})
        # Refused with a message (400, or back to the register) or a (possibly empty) file.
        assert response.status_code in (200, 302, 400), (item.name, response.status_code)
        if response.status_code == 400:
            assert_never_raw(response.content)


API = [
    ("/api/v1/staff", "q"),
    ("/api/v1/staff", "org_unit"),
    ("/api/v1/certificates", "q"),
    ("/api/v1/certificates", "course"),
    ("/api/v1/certificates", "status"),
    ("/api/v1/certificates", "limit"),
    ("/api/v1/periods", "offset"),
    ("/api/v1/periods/{period}/summaries", "q"),
]


@pytest.mark.parametrize(("url", "name"), API, ids=[f"{u}?{n}" for u, n in API])
def test_api_query_parameters(client, world, url, name):
    _org, period, headers = world
    url = url.format(period=period.pk)
    for item in CORPUS if name == "q" else sample():
        response = client.get(url, {name: item.value}, headers=headers)
        body = json_body(response)
        assert response.status_code in (200, 400, 422), (item.name, response.status_code, body)
        if "\x00" in item.value:
            assert response.status_code == 400, (item.name, body)


def test_api_path_parameters(client, world):
    _org, _period, headers = world
    for item in CORPUS:
        for url in ("/api/v1/staff/{}", "/api/v1/certificates/{}", "/api/v1/periods/{}/summaries"):
            response = client.get(url.format(quote(item.value, safe="")), headers=headers)
            body = json_body(response)
            assert 400 <= response.status_code < 500, (item.name, url, response.status_code)
            assert "<script>" not in str(body)


@override_settings(MERIDIAN_VERIFY_RATE_LIMIT=10_000)
def test_the_verify_page_with_hostile_codes(client, world):
    for item in CORPUS:
        code = quote(item.value, safe="")
        page = client.get(f"/en/verify/{code}/")
        assert page.status_code in (301, 302, 404), (item.name, page.status_code)
        assert_never_raw(page.content)
        answer = client.get(f"/en/verify/{code}/", {"format": "json"})
        if "/" in item.value or "\\" in item.value:
            # A slash (decoded from %2F by the server) or a backslash: another address or a
            # code that cannot be one.
            assert answer.status_code in (301, 302, 404), (item.name, answer.status_code)
        elif answer.status_code == 404:
            assert json_body(answer)["error"] == "not_found"
        else:
            assert answer.status_code in (301, 302), (item.name, answer.status_code)
        typed = client.get("/en/verify/", {"code": item.value})
        assert typed.status_code in (200, 302, 400, 404), (item.name, typed.status_code)
        assert_never_raw(typed.content)


def test_the_login_form(client, world):
    for item in CORPUS:
        response = client.post("/en/accounts/login/", {"username": item.value, "password": "x"})
        assert response.status_code in (200, 403, 429), (item.name, response.status_code)
        assert_never_raw(response.content)
        if item.kind == "long":
            # Refused by the form: never handed to django-axes, whose log column holds 255
            # characters (PostgreSQL refused the longer name with a 500).
            assert "at most 150 characters" in response.content.decode(), item.name
    assert not AccessAttempt.objects.filter(username__startswith="xxxx").exists()
    assert not AccessAttempt.objects.filter(username__startswith="長長").exists()
