"""Who may call `/api/v1/`: a bearer token (`Authorization: Bearer mrd_…`) with the right scope.

A session is not enough: HR's browser, a learner's or a manager's get 401 like anyone without a
token. A missing, unknown, expired or revoked token is refused with 401; a usable token without
the scope an endpoint needs with 403. `request.api_token` is the token the header named (usable
or not), so that a refused call with a recognisable token is audited too (see `api.audited`).
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from .models import ApiToken
from .tokens import find_token, touch


class ScopeDenied(Exception):
    """A usable token without the scope the endpoint needs (answered with 403)."""

    def __init__(self, scope: str):
        super().__init__(scope)
        self.scope = scope


class TokenAuth(HttpBearer):
    """A bearer token that must carry `scope`."""

    def __init__(self, scope: str):
        super().__init__()
        if scope not in ApiToken.Scope.values:
            raise ValueError(f"Unknown scope {scope!r}")
        self.scope = scope

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = find_token(token.strip())
        if found is None:
            return None
        request.api_token = found
        now = timezone.now()
        if not found.is_usable(now):
            return None
        touch(found, now)
        if self.scope not in (found.scopes or []):
            raise ScopeDenied(self.scope)
        return found
