"""API tokens for the evaluation system's feed (`/api/v1/`): creating, revoking, checking.

A token reads `mrd_<prefix>_<secret>`: "mrd_", eight lowercase letters or digits (the prefix,
stored in the clear so that HR can tell tokens apart and the lookup is one indexed query), "_"
and 43 characters from `secrets.token_urlsafe(32)` (256 bits). Only the SHA-256 of the whole
token is stored; the token itself is shown once, when it is created, and never again.

A token carries scopes (`ApiToken.Scope`), expires (by default after `MERIDIAN_API_TOKEN_DAYS`
days, at most two years ahead) and can be revoked. Only HR and administrators create or revoke
tokens; both are audited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import string
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from training.people import policies
from training.people.services import audit_log

from .models import ApiToken

TOKEN_PREFIX = "mrd_"  # noqa: S105 (what every token starts with, not a secret)
PREFIX_LENGTH = 8
PREFIX_ALPHABET = string.ascii_lowercase + string.digits
SCOPES: tuple[str, ...] = tuple(ApiToken.Scope.values)
# The longest a token may live: two years (and a day, for a date chosen two years ahead).
MAX_LIFETIME = dt.timedelta(days=731)
# `last_used_at` is written at most this often per token (not once per call).
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)

_TOKEN = re.compile(r"^mrd_([a-z0-9]{8})_[A-Za-z0-9_-]{32,128}$", re.ASCII)


def default_lifetime_days() -> int:
    return int(getattr(settings, "MERIDIAN_API_TOKEN_DAYS", 365))


def default_expiry(now: dt.datetime | None = None) -> dt.datetime:
    return (now or timezone.now()) + dt.timedelta(days=default_lifetime_days())


def hash_token(raw: str) -> str:
    """The SHA-256 (hex) of a whole token, as stored in `ApiToken.key_hash`."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def can_manage_tokens(user) -> bool:
    """Create, list and revoke API tokens: HR and administrators."""
    return policies.is_hr(user)


def _new_prefix() -> str:
    return "".join(secrets.choice(PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))


def clean_scopes(scopes: Iterable[str]) -> list[str]:
    """The scopes in their canonical order; unknown or no scopes raise ValidationError."""
    chosen = {str(scope) for scope in scopes}
    unknown = chosen - set(SCOPES)
    if unknown:
        raise ValidationError(
            _("Unknown scope: %(scopes)s.") % {"scopes": ", ".join(sorted(unknown))},
            code="unknown_scope",
        )
    if not chosen:
        raise ValidationError(_("Choose at least one scope."), code="no_scope")
    return [scope for scope in SCOPES if scope in chosen]


def clean_expiry(expires_at: dt.datetime | None, now: dt.datetime | None = None) -> dt.datetime:
    now = now or timezone.now()
    if expires_at is None:
        return default_expiry(now)
    if timezone.is_naive(expires_at):
        raise ValidationError(_("The expiry needs a time zone."), code="naive_expiry")
    if expires_at <= now:
        raise ValidationError(_("The expiry must be in the future."), code="expiry_past")
    if expires_at > now + MAX_LIFETIME:
        raise ValidationError(
            _("A token may live at most two years: choose an earlier expiry."),
            code="expiry_too_far",
        )
    return expires_at


@transaction.atomic
def api_token_create(
    *,
    actor: User,
    name: str,
    scopes: Iterable[str],
    expires_at: dt.datetime | None = None,
) -> tuple[ApiToken, str]:
    """Create a token; return it with the raw token, which is stored nowhere (show it once).

    Raises PermissionDenied unless `actor` is HR or an administrator, ValidationError for a
    blank name, unknown or no scopes, or an expiry in the past or more than two years ahead.
    """
    if not can_manage_tokens(actor):
        raise PermissionDenied("Only HR and administrators may create API tokens.")
    name = (name or "").strip()
    if not name:
        raise ValidationError(_("Give the token a name."), code="no_name")
    if len(name) > ApiToken._meta.get_field("name").max_length:
        raise ValidationError(_("The name is too long."), code="name_too_long")
    chosen = clean_scopes(scopes)
    now = timezone.now()
    expires_at = clean_expiry(expires_at, now)
    for _attempt in range(10):
        prefix = _new_prefix()
        if not ApiToken.objects.filter(prefix=prefix).exists():
            break
    else:  # pragma: no cover - 36**8 prefixes
        raise RuntimeError("Could not find a free token prefix.")
    raw = f"{TOKEN_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    token = ApiToken.objects.create(
        name=name,
        prefix=prefix,
        key_hash=hash_token(raw),
        scopes=chosen,
        created_by=actor,
        created_at=now,
        expires_at=expires_at,
    )
    audit_log(
        actor=actor,
        action="api_token.create",
        target=token,
        summary=f"API token {name} ({prefix}…)",
        data={"name": name, "prefix": prefix, "scopes": chosen, "expires_at": str(expires_at)},
    )
    return token, raw


@transaction.atomic
def api_token_revoke(*, actor: User, token: ApiToken) -> ApiToken:
    """Revoke a token (from now on every call with it gets 401). Revoking a revoked token
    changes nothing (and is not audited again)."""
    if not can_manage_tokens(actor):
        raise PermissionDenied("Only HR and administrators may revoke API tokens.")
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is not None:
        return token
    token.revoked_at = timezone.now()
    token.revoked_by = actor
    token.save(update_fields=["revoked_at", "revoked_by"])
    audit_log(
        actor=actor,
        action="api_token.revoke",
        target=token,
        summary=f"API token {token.name} ({token.prefix}…) revoked",
        data={"name": token.name, "prefix": token.prefix},
    )
    return token


def token_status(token: ApiToken, now: dt.datetime | None = None) -> str:
    """ "active", "expired" or "revoked"."""
    if token.revoked_at is not None:
        return "revoked"
    if token.expires_at <= (now or timezone.now()):
        return "expired"
    return "active"


def find_token(raw: str) -> ApiToken | None:
    """The token `raw` names, whatever its state (revoked and expired ones too), or None when
    it names none: a malformed token costs no query, a well-formed one a single query."""
    match = _TOKEN.match(raw or "")
    if match is None:
        return None
    token = ApiToken.objects.filter(prefix=match.group(1)).first()
    if token is None or not hmac.compare_digest(token.key_hash, hash_token(raw)):
        return None
    return token


def touch(token: ApiToken, now: dt.datetime | None = None) -> None:
    """Record that the token was used: at most one write a minute per token."""
    now = now or timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
