"""API tokens: the services (hashing, scopes, expiry, revocation, who may, the audit) and their
admin (HR only; the token shown once after creating it; revocation after a confirmation)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from training.people.models import AuditEntry
from training.reports.models import ApiToken
from training.reports.tokens import (
    api_token_create,
    api_token_revoke,
    find_token,
    token_status,
)

RAW = re.compile(r"mrd_[a-z0-9]{8}_[A-Za-z0-9_-]{43}")
ALL = ["staff:read", "certificates:read", "summaries:read"]


def create(actor, **kwargs):
    kwargs.setdefault("name", "Staff evaluation system")
    kwargs.setdefault("scopes", ALL)
    return api_token_create(actor=actor, **kwargs)


# --- services ------------------------------------------------------------------------------------


def test_only_a_hash_of_the_token_is_stored(org):
    token, raw = create(org.hr.user, scopes=["certificates:read", "staff:read"])
    assert RAW.fullmatch(raw)
    assert raw.startswith(f"mrd_{token.prefix}_")
    stored = ApiToken.objects.filter(pk=token.pk).values().get()
    assert stored["key_hash"] == hashlib.sha256(raw.encode()).hexdigest()
    secret = raw.rsplit("_", 1)[1][-20:]
    assert not any(secret in str(value) for value in stored.values())
    assert not any(
        secret in str(entry.data) or secret in entry.summary for entry in AuditEntry.objects.all()
    )
    # Scopes in their canonical order, whatever order they were given in.
    assert stored["scopes"] == ["staff:read", "certificates:read"]
    assert find_token(raw) == token
    assert find_token(raw[:-1] + ("A" if raw[-1] != "A" else "B")) is None
    assert find_token(token.key_hash) is None
    assert find_token("") is None


def test_tokens_differ(org):
    first = create(org.hr.user)
    second = create(org.hr.user)
    assert first[1] != second[1] and first[0].prefix != second[0].prefix


def test_expiry_defaults_and_limits(org, settings):
    settings.MERIDIAN_API_TOKEN_DAYS = 30
    before = timezone.now()
    token, _ = create(org.hr.user)
    assert before + dt.timedelta(days=30) <= token.expires_at
    assert token.expires_at <= timezone.now() + dt.timedelta(days=30)

    now = timezone.now()
    for expires_at in (
        now - dt.timedelta(minutes=1),
        now + dt.timedelta(days=800),
        dt.datetime(2030, 1, 1),  # noqa: DTZ001 (a naive time is refused)
    ):
        with pytest.raises(ValidationError):
            create(org.hr.user, expires_at=expires_at)
    ok, _ = create(org.hr.user, expires_at=now + dt.timedelta(days=700))
    assert ok.is_usable()
    assert ApiToken.objects.count() == 2


@pytest.mark.parametrize(
    "kwargs",
    [
        {"scopes": []},
        {"scopes": ["staff:write"]},
        {"scopes": ["staff:read", "admin"]},
        {"name": "   "},
        {"name": "x" * 101},
    ],
)
def test_bad_input_saves_nothing(org, kwargs):
    with pytest.raises(ValidationError):
        create(org.hr.user, **kwargs)
    assert not ApiToken.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="api_token").exists()


def test_only_hr_and_admins_create_or_revoke(org):
    for user in (org.learner.user, org.isss_manager.user, org.editor.user):
        with pytest.raises(PermissionDenied):
            create(user)
    token, _ = create(org.admin)
    for user in (org.learner.user, org.isss_manager.user, org.editor.user):
        with pytest.raises(PermissionDenied):
            api_token_revoke(actor=user, token=token)
    token.refresh_from_db()
    assert token.revoked_at is None


def test_create_and_revoke_are_audited(org):
    token, _ = create(org.hr.user, scopes=["summaries:read"])
    entry = AuditEntry.objects.get(action="api_token.create")
    assert entry.actor == org.hr.user and entry.target_id == str(token.pk)
    assert entry.data["scopes"] == ["summaries:read"] and entry.data["prefix"] == token.prefix

    assert token_status(token) == "active"
    api_token_revoke(actor=org.hr.user, token=token)
    api_token_revoke(actor=org.admin, token=token)  # again: nothing changes
    token.refresh_from_db()
    assert token.revoked_by == org.hr.user and token.revoked_at is not None
    assert token_status(token) == "revoked"
    assert AuditEntry.objects.filter(action="api_token.revoke").count() == 1
    assert not token.is_usable()

    expired, _ = create(org.hr.user)
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    expired.refresh_from_db()
    assert token_status(expired) == "expired"


# --- the admin -----------------------------------------------------------------------------------

INDEX = "/admin/api-tokens/"
NEW = "/admin/api-tokens/new/"


def test_hr_creates_a_token_and_sees_it_once(org, client):
    client.force_login(org.hr.user)
    page = client.get(NEW)
    assert page.status_code == 200
    assert 'type="date"' in page.content.decode()
    day = timezone.localdate() + dt.timedelta(days=90)
    response = client.post(
        NEW,
        {"name": "评估系统", "scopes": ["staff:read", "summaries:read"], "expires_on": day},
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    shown = RAW.findall(html)
    assert len(set(shown)) == 1
    raw = shown[0]
    token = ApiToken.objects.get()
    assert token.name == "评估系统" and token.created_by == org.hr.user
    assert token.scopes == ["staff:read", "summaries:read"]
    assert token.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    # Usable to the end of the chosen day (local time).
    assert timezone.localtime(token.expires_at).date() == day + dt.timedelta(days=1)
    assert timezone.localtime(token.expires_at).time() == dt.time.min

    # Never shown again: not on the list, not on the revoke page.
    listing = client.get(INDEX).content.decode()
    assert "评估系统" in listing and f"mrd_{token.prefix}_" in listing
    assert raw not in listing and not RAW.search(listing)
    confirm = client.get(f"/admin/api-tokens/{token.pk}/revoke/").content.decode()
    assert raw not in confirm and not RAW.search(confirm)
    # And it works.
    api = client.get("/api/v1/staff", headers={"Authorization": f"Bearer {raw}"})
    assert api.status_code == 200


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "X", "scopes": [], "expires_on": "+30"}, "scopes"),
        ({"name": "X", "scopes": ["staff:write"], "expires_on": "+30"}, "scopes"),
        ({"name": "", "scopes": ["staff:read"], "expires_on": "+30"}, "name"),
        ({"name": "X", "scopes": ["staff:read"], "expires_on": "-1"}, "expires_on"),
        ({"name": "X", "scopes": ["staff:read"], "expires_on": "+800"}, "expires_on"),
        ({"name": "X", "scopes": ["staff:read"], "expires_on": "2026-02-30"}, "expires_on"),
    ],
)
def test_the_form_refuses_bad_input(org, client, data, field):
    client.force_login(org.hr.user)
    expires = data["expires_on"]
    if expires[0] in "+-":
        data = {**data, "expires_on": timezone.localdate() + dt.timedelta(days=int(expires))}
    response = client.post(NEW, data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not RAW.search(response.content.decode())
    assert not ApiToken.objects.exists()


def test_hr_revokes_after_confirming(org, client):
    token, raw = create(org.hr.user, name="Old feed")
    client.force_login(org.hr.user)
    listing = client.get(INDEX).content.decode()
    assert f'data-token="{token.prefix}" data-status="active"' in listing
    confirm = client.get(f"/admin/api-tokens/{token.pk}/revoke/")
    assert confirm.status_code == 200 and "Old feed" in confirm.content.decode()
    token.refresh_from_db()
    assert token.revoked_at is None  # a GET changes nothing

    response = client.post(f"/admin/api-tokens/{token.pk}/revoke/")
    assert response.status_code == 302 and response["Location"] == INDEX
    token.refresh_from_db()
    assert token.revoked_by == org.hr.user
    listing = client.get(INDEX).content.decode()
    assert f'data-token="{token.prefix}" data-status="revoked"' in listing
    api = client.get("/api/v1/staff", headers={"Authorization": f"Bearer {raw}"})
    assert api.status_code == 401
    assert client.post("/admin/api-tokens/99999/revoke/").status_code == 404


def test_only_hr_and_admins_reach_the_token_admin(org, client):
    token, _ = create(org.hr.user, name="Secret feed")
    for user in (org.learner.user, org.isss_manager.user, org.editor.user):
        client.force_login(user)
        for url in (INDEX, NEW, f"/admin/api-tokens/{token.pk}/revoke/"):
            response = client.get(url)
            assert response.status_code in (302, 403), (user, url)
            assert "Secret feed" not in response.content.decode()
        client.post(f"/admin/api-tokens/{token.pk}/revoke/")
        client.post(NEW, {"name": "Mine", "scopes": ["staff:read"], "expires_on": "2030-01-01"})
    token.refresh_from_db()
    assert token.revoked_at is None and ApiToken.objects.count() == 1

    # The menu item: HR and administrators only (editors use the admin too).
    client.force_login(org.editor.user)
    assert INDEX not in client.get("/admin/").content.decode()
    for user in (org.hr.user, org.admin):
        client.force_login(user)
        assert INDEX in client.get("/admin/").content.decode()
        assert client.get(INDEX).status_code == 200
