"""The evaluation system's feed, `/api/v1/`: the same rows as HR's filters, paging, errors as
JSON 4xx, tokens only (no sessions), scopes, expiry, revocation, an audit entry per call, and
query counts pinned at two data sizes."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from tests.training.reports.conftest import build_team
from tests.training.reports.hr.conftest import COURSE_KEYS
from training.certificates.models import Certificate, format_code
from training.people.models import AuditEntry, StaffProfile
from training.progress.models import Enrolment
from training.reports.hr_filters import RegisterFilter, SummaryFilter
from training.reports.models import ApiToken, AppraisalPeriod
from training.reports.summaries import summaries_for, summary_staff
from training.reports.tokens import api_token_create

ALL_SCOPES = ("staff:read", "certificates:read", "summaries:read")


def issue(actor, scopes=ALL_SCOPES, **kwargs) -> tuple[ApiToken, str]:
    return api_token_create(actor=actor, name="Staff evaluation system", scopes=scopes, **kwargs)


def call(client: Client, url: str, raw: str | None, **params):
    headers = {"Authorization": f"Bearer {raw}"} if raw is not None else {}
    response = client.get(url, params, headers=headers)
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response, json.loads(response.content)


@pytest.fixture
def feed(hr_world, client):
    token, raw = issue(hr_world.org.hr.user)
    return hr_world, client, token, raw


def codes(rows) -> set[str]:
    return {row["code"] for row in rows}


# --- the same rows as the register and the summaries ----------------------------------------------


def test_certificates_are_the_rows_the_register_filter_selects(feed):
    world, client, _token, raw = feed
    f = world.framework
    combos = [
        {},
        {"period": world.year.pk},
        {"period": world.current.pk},
        {"org_unit": "isss"},
        {"org_unit": "isss-desk"},
        {"role": f.desk.pk},
        {"competency": "english"},
        {"status": "valid"},
        {"status": "revoked"},
        {"status": "expired"},
        {"status": "superseded"},
        {"course": str(COURSE_KEYS["desk-english"])},
        {"q": "LI Yun"},
        {"period": world.current.pk, "org_unit": "isss", "status": "valid"},
        {"competency": "english", "role": f.librarian.pk},
    ]
    for params in combos:
        response, body = call(client, "/api/v1/certificates", raw, limit=500, **params)
        assert response.status_code == 200, (params, body)
        expected = RegisterFilter(
            {key: str(value) for key, value in params.items()},
            queryset=Certificate.objects.all(),
            today=timezone.localdate(),
        ).qs
        assert codes(body["items"]) == set(expected.values_list("code", flat=True)), params
        assert body["count"] == len(body["items"]) == expected.count()

    # A few by name, so that "the same" is not "both empty".
    _, body = call(client, "/api/v1/certificates", raw, status="revoked")
    assert codes(body["items"]) == {world.sun_ill.code}
    _, body = call(client, "/api/v1/certificates", raw, status="superseded")
    assert codes(body["items"]) == {world.zhang_first.code}
    _, body = call(client, "/api/v1/certificates", raw, period=world.year.pk)
    assert codes(body["items"]) == {world.li_intercultural.code, world.sun_visiting.code}
    _, body = call(client, "/api/v1/certificates", raw, org_unit="isss-desk")
    assert codes(body["items"]) == {world.li_english.code, world.li_intercultural.code}


def test_a_certificate_reads_as_issued(feed):
    world, client, _token, raw = feed
    code = world.li_english.code
    response, body = call(client, f"/api/v1/certificates/{format_code(code).lower()}", raw)
    assert response.status_code == 200
    assert body["code"] == code
    assert body["verify_url"].endswith(f"/verify/{format_code(code)}/")
    assert body["holder_name_zh"] == "李赟"
    assert body["holder_name_latin"] == "LI Yun"
    assert body["staff_number"] == world.org.learner.staff_number
    assert body["org_unit"]["code"] == "isss-desk"
    assert body["course_key"] == str(COURSE_KEYS["desk-english"])
    assert (body["course_title_zh"], body["course_title_en"]) == (
        "服务台英语",
        "English at the service desk",
    )
    assert (body["level"], body["hours"], body["score"]) == ("B2", "3.5", "92.00")
    assert body["status"] == "valid"
    assert body["expires_on"] == (world.today + dt.timedelta(days=700)).isoformat()
    assert dt.datetime.fromisoformat(body["issued_at"]) == world.li_english.issued_at
    assert body["revoked_at"] is None and body["supersedes"] is None

    _, revoked = call(client, f"/api/v1/certificates/{world.sun_ill.code}", raw)
    assert revoked["status"] == "revoked" and revoked["revoked_at"]
    _, reissued = call(client, f"/api/v1/certificates/{world.zhang_reissued.code}", raw)
    assert reissued["supersedes"] == world.zhang_first.code
    _, first = call(client, f"/api/v1/certificates/{world.zhang_first.code}", raw)
    assert (first["status"], first["superseded_by"]) == ("superseded", world.zhang_reissued.code)
    _, expired = call(client, f"/api/v1/certificates/{world.sun_visiting.code}", raw)
    assert expired["status"] == "expired"

    response, body = call(client, "/api/v1/certificates/ABCD-EFGH-JKMN-PQRS", raw)
    assert response.status_code == 404 and body["detail"]
    response, body = call(client, "/api/v1/certificates/not-a-code", raw)
    assert response.status_code == 404


def test_staff_list_filters_like_the_summaries(feed):
    world, client, _token, raw = feed
    org = world.org
    _, body = call(client, "/api/v1/staff", raw, limit=500)
    everyone = {row["staff_number"] for row in body["items"]}
    assert everyone == set(
        StaffProfile.objects.filter(is_active=True).values_list("staff_number", flat=True)
    )
    _, body = call(client, "/api/v1/staff", raw, org_unit="isss")
    assert {row["staff_number"] for row in body["items"]} == {
        org.isss_manager.staff_number,
        org.learner.staff_number,
        org.visiting.staff_number,
    }
    _, body = call(client, "/api/v1/staff", raw, role=world.framework.desk.pk, q="QIAN")
    assert [row["staff_number"] for row in body["items"]] == [org.circ_staff.staff_number]

    StaffProfile.objects.filter(pk=org.visiting.pk).update(
        is_active=False, left_on=world.today - dt.timedelta(days=3)
    )
    _, body = call(client, "/api/v1/staff", raw, staff_status="left")
    assert [row["staff_number"] for row in body["items"]] == [org.visiting.staff_number]
    assert body["items"][0]["left_on"] == (world.today - dt.timedelta(days=3)).isoformat()
    assert body["items"][0]["active"] is False
    _, body = call(client, "/api/v1/staff", raw)
    assert org.visiting.staff_number not in {row["staff_number"] for row in body["items"]}

    response, person = call(client, f"/api/v1/staff/{org.learner.staff_number}", raw)
    assert response.status_code == 200
    assert person["name_zh"] == "李赟" and person["name_latin"] == "LI Yun"
    assert person["email"] == org.learner.user.email
    assert person["org_unit"] == {
        "code": "isss-desk",
        "name_zh": org.isss_desk.name_zh,
        "name_en": org.isss_desk.name_en,
    }
    assert person["role"]["code"] == "desk" and person["role"]["id"] == world.framework.desk.pk
    response, body = call(client, "/api/v1/staff/NOBODY-1", raw)
    assert response.status_code == 404 and body["detail"]


def test_summaries_are_summaries_for_the_filtered_staff(feed):
    world, client, _token, raw = feed
    org = world.org
    url = f"/api/v1/periods/{world.current.pk}/summaries"
    response, body = call(client, url, raw, limit=500)
    assert response.status_code == 200
    assert body["period"]["id"] == world.current.pk and body["period"]["kind"] == "probation"
    assert "×" in body["score_formula"]
    staff = summary_staff(SummaryFilter({"period": str(world.current.pk)}).qs)
    expected = summaries_for(staff, world.current)
    assert [item["staff_number"] for item in body["items"]] == [
        summary.staff.staff_number for summary in expected
    ]
    for item, summary in zip(body["items"], expected, strict=True):
        assert Decimal(item["score"]) == summary.score
        assert Decimal(item["hours"]) == summary.hours
        assert item["valid_certificates"] == summary.valid_certificates
        assert item["levels_gained"] == summary.levels_gained
        assert item["overdue_mandatory"] == summary.overdue_mandatory

    li = next(i for i in body["items"] if i["staff_number"] == org.learner.staff_number)
    assert (li["hours"], li["courses_completed"], li["mean_quiz_score"]) == ("3.5", 1, "85.0")
    assert li["quiz_attempts"] == 2
    assert [c["code"] for c in li["completions"]] == [world.li_english.code]
    english = next(level for level in li["levels"] if level["competency_code"] == "english")
    assert english["end"] == "B2"
    sun = next(i for i in body["items"] if i["staff_number"] == org.visiting.staff_number)
    assert sun["courses_completed"] == 0  # the revoked completion does not count
    assert sun["overdue"][0]["kind"] == "assignment"
    assert sun["overdue"][0]["due_on"] == (world.today - dt.timedelta(days=20)).isoformat()
    zhang = next(i for i in body["items"] if i["staff_number"] == org.isss_manager.staff_number)
    assert zhang["courses_completed"] == 1  # re-issued: one completion

    # Filters: the summaries page's, with the period from the path (a ?period= is ignored).
    _, body = call(client, url, raw, org_unit="isss", period=world.year.pk)
    assert body["period"]["id"] == world.current.pk
    assert {item["staff_number"] for item in body["items"]} == {
        org.isss_manager.staff_number,
        org.learner.staff_number,
        org.visiting.staff_number,
    }
    _, body = call(client, url, raw, role=world.framework.desk.pk, q="SUN")
    assert [item["staff_number"] for item in body["items"]] == [org.visiting.staff_number]
    # Interlibrary loan: required of ZHANG's role (SUN's evidence went with the revocation).
    _, body = call(client, url, raw, competency="intl-ill")
    assert [item["staff_number"] for item in body["items"]] == [org.isss_manager.staff_number]

    # Paged: the staff are paged first; the pages put together are the whole list.
    seen, offset = [], 0
    while True:
        _, page = call(client, url, raw, limit=2, offset=offset)
        seen += [item["staff_number"] for item in page["items"]]
        if page["next"] is None:
            break
        assert "limit=2" in page["next"] and f"offset={offset + 2}" in page["next"]
        offset += 2
    assert seen == [summary.staff.staff_number for summary in expected]

    response, body = call(client, "/api/v1/periods/999999/summaries", raw)
    assert response.status_code == 404 and body["detail"]


def test_periods(feed):
    world, client, _token, raw = feed
    response, body = call(client, "/api/v1/periods", raw)
    assert response.status_code == 200
    assert body["count"] == AppraisalPeriod.objects.count() == 2
    assert [item["id"] for item in body["items"]] == [world.current.pk, world.year.pk]
    assert body["items"][1] == {
        "id": world.year.pk,
        "name": world.year.name,
        "kind": "annual",
        "starts_on": world.year.starts_on.isoformat(),
        "ends_on": world.year.ends_on.isoformat(),
    }


def test_paging(feed):
    world, client, _token, raw = feed
    _, whole = call(client, "/api/v1/certificates", raw)
    assert whole["limit"] == 100 and whole["offset"] == 0
    assert whole["next"] is None and whole["previous"] is None
    _, first = call(client, "/api/v1/certificates", raw, limit=2, status="valid")
    assert first["count"] == whole_valid(whole) and len(first["items"]) == 2
    assert first["previous"] is None
    second_response = Client().get(first["next"], headers={"Authorization": f"Bearer {raw}"})
    second = json.loads(second_response.content)
    assert "status=valid" in first["next"]
    assert second["offset"] == 2 and second["previous"]
    assert codes(first["items"]) | codes(second["items"]) == {
        row["code"] for row in whole["items"] if row["status"] == "valid"
    }
    _, beyond = call(client, "/api/v1/certificates", raw, offset=1000)
    assert beyond["items"] == [] and beyond["count"] == whole["count"]


def whole_valid(page) -> int:
    return sum(1 for row in page["items"] if row["status"] == "valid")


# --- bad input: 4xx JSON, never 5xx, never everything ------------------------------------------


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        ("/api/v1/certificates", {"org_unit": "no-such-unit"}, "org_unit"),
        ("/api/v1/certificates", {"period": "999999"}, "period"),
        ("/api/v1/certificates", {"period": "last year"}, "period"),
        ("/api/v1/certificates", {"role": "desk"}, "role"),
        ("/api/v1/certificates", {"course": "not-a-course"}, "course"),
        ("/api/v1/certificates", {"competency": "<script>"}, "competency"),
        ("/api/v1/certificates", {"issued_from": "2026-02-30"}, "issued_from"),
        ("/api/v1/certificates", {"issued_from": "0001-01-01"}, "issued_from"),
        ("/api/v1/certificates", {"issued_to": "9999-12-31"}, "issued_to"),
        ("/api/v1/certificates", {"role": "9" * 30}, "role"),
        ("/api/v1/certificates", {"period": "-1"}, "period"),
        ("/api/v1/certificates", {"status": "lost"}, "status"),
        ("/api/v1/certificates", {"q": "x" * 300}, "q"),
        ("/api/v1/certificates", {"q": "a\x00b"}, "q"),
        ("/api/v1/certificates", {"limit": "501"}, "limit"),
        ("/api/v1/certificates", {"limit": "0"}, "limit"),
        ("/api/v1/certificates", {"limit": "ten"}, "limit"),
        ("/api/v1/certificates", {"offset": "-1"}, "offset"),
        ("/api/v1/staff", {"org_unit": "' OR 1=1 --"}, "org_unit"),
        ("/api/v1/staff", {"staff_status": "gone"}, "staff_status"),
        ("/api/v1/periods", {"limit": "1e9"}, "limit"),
        ("SUMMARIES", {"org_unit": "nowhere"}, "org_unit"),
        ("SUMMARIES", {"competency": "nothing"}, "competency"),
    ],
)
def test_bad_filters_are_400_with_the_errors(feed, url, params, field):
    world, client, _token, raw = feed
    url = f"/api/v1/periods/{world.current.pk}/summaries" if url == "SUMMARIES" else url
    response, body = call(client, url, raw, **params)
    assert response.status_code == 400, body
    assert body["detail"]
    assert field in body["errors"], body
    assert "items" not in body


def test_unknown_paths_and_methods_are_json(feed):
    world, client, _token, raw = feed
    response, body = call(client, "/api/v1/nothing/here", raw)
    assert response.status_code == 404 and body["detail"]
    response, body = call(client, "/api/v1/periods/0/summaries", raw)
    assert response.status_code == 400
    response = client.post("/api/v1/staff", {}, headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 405


# --- tokens only: sessions, scopes, expiry, revocation --------------------------------------------


def test_a_session_is_not_a_token(feed):
    world, client, _token, _raw = feed
    org = world.org
    for user in (org.hr.user, org.learner.user, org.isss_manager.user, org.admin):
        client.force_login(user)
        for url in ("/api/v1/staff", "/api/v1/certificates", "/api/v1/periods"):
            response, body = call(client, url, None)
            assert response.status_code == 401, (user, url)
            assert response["WWW-Authenticate"].startswith("Bearer")
            assert body["detail"]
    client.logout()
    for header in ("", "Bearer", "Bearer nonsense", "Basic aHI6cHc=", "Token mrd_x"):
        response = client.get("/api/v1/staff", headers={"Authorization": header})
        assert response.status_code == 401, header
    # A well-formed token that does not exist (and a real prefix with a wrong secret).
    real = ApiToken.objects.get()
    for forged in (
        "mrd_abcdefgh_" + "A" * 43,
        f"mrd_{real.prefix}_" + "B" * 43,
    ):
        response, _ = call(client, "/api/v1/staff", forged)
        assert response.status_code == 401
    # Unrecognisable tokens leave no trace.
    assert not AuditEntry.objects.filter(action="api.call").exists()


def test_scopes_are_enforced_with_403(hr_world, client):
    hr = hr_world.org.hr.user
    _, staff_only = issue(hr, scopes=["staff:read"])
    _, summaries_only = issue(hr, scopes=["summaries:read"])
    assert call(client, "/api/v1/staff", staff_only)[0].status_code == 200
    response, body = call(client, "/api/v1/certificates", staff_only)
    assert response.status_code == 403 and "certificates:read" in body["detail"]
    assert call(client, "/api/v1/periods", staff_only)[0].status_code == 403
    assert call(client, "/api/v1/staff", summaries_only)[0].status_code == 403
    assert (
        call(client, f"/api/v1/staff/{hr_world.org.learner.staff_number}", summaries_only)[
            0
        ].status_code
        == 403
    )
    assert call(client, "/api/v1/periods", summaries_only)[0].status_code == 200
    url = f"/api/v1/periods/{hr_world.current.pk}/summaries"
    assert call(client, url, summaries_only)[0].status_code == 200


def test_expired_and_revoked_tokens_get_401(feed):
    from training.reports.tokens import api_token_revoke

    world, client, token, raw = feed
    assert call(client, "/api/v1/periods", raw)[0].status_code == 200
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    response, body = call(client, "/api/v1/periods", raw)
    assert response.status_code == 401 and body["detail"]

    other, other_raw = issue(world.org.hr.user)
    assert call(client, "/api/v1/periods", other_raw)[0].status_code == 200
    api_token_revoke(actor=world.org.hr.user, token=other)
    assert call(client, "/api/v1/periods", other_raw)[0].status_code == 401


def test_time_passing_expires_a_token(feed):
    import time_machine

    world, client, token, raw = feed
    with time_machine.travel(token.expires_at - dt.timedelta(minutes=1), tick=False):
        assert call(client, "/api/v1/periods", raw)[0].status_code == 200
    with time_machine.travel(token.expires_at + dt.timedelta(minutes=1), tick=False):
        assert call(client, "/api/v1/periods", raw)[0].status_code == 401


# --- the audit -----------------------------------------------------------------------------------


def test_every_call_with_a_recognisable_token_is_audited(feed):
    world, client, token, raw = feed
    AuditEntry.objects.filter(action="api.call").delete()
    call(client, "/api/v1/certificates", raw, status="valid", limit=2)
    call(client, "/api/v1/certificates", raw, org_unit="nowhere")
    call(client, f"/api/v1/staff/{world.org.learner.staff_number}", raw)
    _, narrow = issue(world.org.hr.user, scopes=["staff:read"])
    call(client, "/api/v1/periods", narrow)
    entries = list(AuditEntry.objects.filter(action="api.call").order_by("pk"))
    assert [entry.data["status"] for entry in entries] == [200, 400, 200, 403]
    first = entries[0]
    assert first.target_type == "reports.apitoken" and first.target_id == str(token.pk)
    assert first.data["token"] == token.pk and first.data["prefix"] == token.prefix
    assert first.data["path"] == "/api/v1/certificates"
    assert "status=valid" in first.data["query"] and "limit=2" in first.data["query"]
    assert first.data["rows"] == 2 and first.data["count"] >= 2
    assert entries[1].data["rows"] == 0
    assert entries[2].data["rows"] == 1
    assert entries[3].target_id != str(token.pk)

    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    call(client, "/api/v1/periods", raw)
    refused = AuditEntry.objects.filter(action="api.call").latest("pk")
    assert refused.data["status"] == 401 and refused.target_id == str(token.pk)


def test_last_used_is_written_at_most_once_a_minute(feed):
    world, client, token, raw = feed
    call(client, "/api/v1/periods", raw)
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None
    call(client, "/api/v1/periods", raw)
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - dt.timedelta(minutes=2))
    call(client, "/api/v1/periods", raw)
    token.refresh_from_db()
    assert token.last_used_at > first - dt.timedelta(minutes=2)


# --- the schema and the docs ---------------------------------------------------------------


def test_openapi_schema_is_served_and_valid(client, db):
    import schemathesis

    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert set(document["paths"]) == {
        "/api/v1/staff",
        "/api/v1/staff/{staff_number}",
        "/api/v1/certificates",
        "/api/v1/certificates/{code}",
        "/api/v1/periods",
        "/api/v1/periods/{period_id}/summaries",
    }
    for item in document["paths"].values():
        operation = item["get"]
        assert {"200", "400", "401", "403", "404"} <= set(operation["responses"])
        assert operation["security"]
    schemathesis.openapi.from_dict(document).validate()


def test_docs_page_loads_nothing_from_elsewhere(client, db, settings, rf, monkeypatch):
    from training.reports.api import api

    response = client.get("/api/v1/docs")
    if response.status_code != 200:
        # Without "ninja" among the installed apps ninja's page would use a CDN: no page.
        assert "ninja" not in settings.INSTALLED_APPS and response.status_code == 404
    # With "ninja" installed, the page is ninja's bundled Swagger UI, with no validator badge.
    # (Installing an app in a test reloads the URLs; render what ninja would render instead.)
    from django.http import HttpResponse
    from django.template import Context, Template
    from ninja.openapi import docs

    def installed(request, template, template_cdn, context):
        source = (docs.ABS_TPL_PATH / template.removeprefix("ninja/")).read_text()
        source = source.replace('{% include "ninja/favicons.html" %}', "")
        return HttpResponse(Template(source).render(Context(context)))

    monkeypatch.setattr(docs, "render_template", installed)
    html = api.docs.render_page(rf.get("/api/v1/docs"), api).content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "//" not in html.replace("://", "")
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert '"validatorUrl": null' in html


# --- query counts, pinned at two sizes ----------------------------------------------------------


def bulk_certificates(people, *, today: dt.date) -> None:
    """A certificate for each person, inserted in bulk (as `certificate_issue` leaves it)."""
    at = timezone.now() - dt.timedelta(days=1)
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            staff=person,
            course_key=COURSE_KEYS["desk-english"],
            source="self",
            completed_at=at,
            completed_locale="zh-hans",
        )
        for person in people
    )
    from training.certificates.models import new_code

    Certificate.objects.bulk_create(
        Certificate(
            code=new_code(),
            staff=person,
            enrolment=enrolment,
            round=enrolment.round,
            course_key=COURSE_KEYS["desk-english"],
            locale="zh-hans",
            holder_name_zh=person.name_zh,
            holder_name_latin=person.name_latin,
            staff_number=person.staff_number,
            course_title="服务台英语",
            course_title_zh="服务台英语",
            course_title_en="English at the service desk",
            hours=Decimal("3.5"),
            score=Decimal("88"),
            completed_at=at,
            issued_at=at,
            expires_on=today + dt.timedelta(days=365 if i % 3 else -5),
            design={},
        )
        for i, (person, enrolment) in enumerate(zip(people, enrolments, strict=True))
    )


def _list_calls(world, client, raw):
    """(url, params, most queries). Every call: the token (1), perhaps `last_used_at` (1), the
    audit entry (1), the count and the page (2), plus what the filter looks up."""
    unit = "lib"  # the whole library, the big team (built under it) included
    return [
        ("/api/v1/staff", {"org_unit": unit, "limit": 500}, 6),
        ("/api/v1/certificates", {"period": world.current.pk, "limit": 500}, 6),
        ("/api/v1/certificates", {"org_unit": unit, "status": "valid", "limit": 500}, 6),
        ("/api/v1/periods", {}, 5),
        # + the period twice (the path, the filter) and `summaries_for` (at most 11).
        (f"/api/v1/periods/{world.current.pk}/summaries", {"org_unit": unit, "limit": 500}, 18),
    ]


def test_list_queries_do_not_grow_with_the_data(feed, django_assert_max_num_queries):
    world, client, token, raw = feed

    def run_all() -> dict[str, int]:
        sizes = {}
        for url, params, most in _list_calls(world, client, raw):
            with django_assert_max_num_queries(most):
                response, body = call(client, url, raw, **params)
            assert response.status_code == 200, body
            sizes[f"{url} {sorted(params)}"] = len(body["items"])
        return sizes

    small = run_all()
    team = build_team(staff=80, competencies=8, evidence=(1, 2), parent=world.org.library)
    bulk_certificates(team.staff, today=world.today)
    large = run_all()
    assert large["/api/v1/staff ['limit', 'org_unit']"] >= 80
    assert large[f"/api/v1/certificates {sorted(['period', 'limit'])}"] >= 80
    assert all(large[key] >= small[key] for key in small)
