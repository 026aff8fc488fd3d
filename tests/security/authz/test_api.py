"""The authorisation matrix of the evaluation system's API (/api/v1/): every endpoint x the six
roles (a browser session never counts: 401) x bearer tokens (all scopes; only `staff:read`;
revoked). A token without the endpoint's scope gets 403 and no data; a refused answer never
holds a staff member's name."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from training.people.models import AuditEntry

from .conftest import ROLES
from .matrix import Case, check, expand

TOKENS = ("token:full", "token:staff-only", "token:revoked")
API_ROLES = ROLES + TOKENS


def expect(full, staff_only, *, sessions=401, revoked=401) -> dict:
    return {
        **dict.fromkeys(ROLES, sessions),
        "token:full": full,
        "token:staff-only": staff_only,
        "token:revoked": revoked,
    }


def li_name(w, role):
    return w.org.learner.name_latin


def hides_li(w, role):
    """Only the scoped tokens see LI Yun's name."""
    return None if role in ("token:full",) else w.org.learner.name_latin


CASES = [
    Case(
        id="api-openapi",
        covers="api-v1:openapi-json",
        url=lambda w: "/api/v1/openapi.json",
        # The schema is public documentation: it holds no data.
        expect=dict.fromkeys(API_ROLES, 200),
        shows=lambda w, role: '"openapi"',
        hides=li_name,
    ),
    Case(
        id="api-docs",
        covers="api-v1:openapi-view",
        url=lambda w: "/api/v1/docs",
        expect=dict.fromkeys(API_ROLES, 200),
        hides=li_name,
    ),
    Case(
        id="api-root",
        covers="api-v1:api-root",
        url=lambda w: "/api/v1/",
        # ninja's root view: nothing there (an HTML 404, not the API's JSON one).
        expect=dict.fromkeys(API_ROLES, 404),
        hides=li_name,
    ),
    Case(
        id="api-unknown",
        covers="api-v1:not_found",
        url=lambda w: "/api/v1/no-such-thing",
        expect=dict.fromkeys(API_ROLES, 404),
    ),
    Case(
        id="api-staff-list",
        covers="api-v1:staff_list",
        url=lambda w: "/api/v1/staff",
        expect=expect(200, 200),
        shows=li_name,
        hides=lambda w, role: (
            None
            if role.startswith("token:") and "revoked" not in role
            else w.org.learner.name_latin
        ),
    ),
    Case(
        id="api-staff-detail",
        covers="api-v1:staff_detail",
        url=lambda w: f"/api/v1/staff/{w.org.learner.staff_number}",
        expect=expect(200, 200),
        shows=li_name,
        hides=lambda w, role: (
            None
            if role.startswith("token:") and "revoked" not in role
            else w.org.learner.name_latin
        ),
    ),
    Case(
        id="api-certificate-list",
        covers="api-v1:certificate_list",
        url=lambda w: "/api/v1/certificates",
        expect=expect(200, 403),
        shows=li_name,
        hides=hides_li,
    ),
    Case(
        id="api-certificate-detail",
        covers="api-v1:certificate_detail",
        url=lambda w: f"/api/v1/certificates/{w.hr.li_english.code}",
        expect=expect(200, 403),
        shows=li_name,
        hides=hides_li,
    ),
    Case(
        id="api-period-list",
        covers="api-v1:period_list",
        url=lambda w: "/api/v1/periods",
        expect=expect(200, 403),
        shows=lambda w, role: w.hr.current.starts_on.isoformat(),
        hides=lambda w, role: None if role == "token:full" else w.hr.current.starts_on.isoformat(),
    ),
    Case(
        id="api-summary-list",
        covers="api-v1:summary_list",
        url=lambda w: f"/api/v1/periods/{w.hr.current.pk}/summaries",
        expect=expect(200, 403),
        shows=li_name,
        hides=hides_li,
    ),
    Case(
        id="api-summary-list[no such period]",
        covers="api-v1:summary_list",
        url=lambda w: "/api/v1/periods/999999/summaries",
        expect=expect(404, 403),
    ),
]


def api_client(world, role: str) -> Client:
    if role.startswith("token:"):
        raw = {
            "token:full": world.full_raw,
            "token:staff-only": world.staff_raw,
            "token:revoked": world.revoked_raw,
        }[role]
        return Client(headers={"authorization": f"Bearer {raw}"})
    client = Client()
    if role in world.sessions:
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]
    return client


@pytest.mark.parametrize(("case", "role"), expand(CASES, API_ROLES))
def test_api(case, role, world, db):
    response = check(api_client(world, role), case, role, world)
    if response.status_code in (401, 403, 404) and case.covers != "api-v1:api-root":
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["detail"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_is_read_only(method, world, db):
    """Writing verbs with the all-scopes token change nothing (405, or the JSON 404)."""
    client = api_client(world, "token:full")
    before = AuditEntry.objects.exclude(action="api.call").count()
    response = getattr(client, method)(f"/api/v1/staff/{world.org.learner.staff_number}")
    assert response.status_code in (404, 405)
    assert AuditEntry.objects.exclude(action="api.call").count() == before
