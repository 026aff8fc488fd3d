"""Who may open the team pages: managers (their own subtree), HR and admins."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.utils.http import url_has_allowed_host_and_scheme

from training.people import policies


def team_required(view):
    """Sign-in required; managers, HR and admins only (403 for anyone else)."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not policies.can_see_team(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def local_path(request, value: str | None) -> str | None:
    """`value` if it is a path on this site (where a form goes back to: `next`), else None.

    Only a path: redirect() would take any other word for a view name to reverse, and a hostile
    `next` would be a 500; another host would be an open redirect."""
    if (
        value
        and value.startswith("/")
        and url_has_allowed_host_and_scheme(
            value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return value
    return None
