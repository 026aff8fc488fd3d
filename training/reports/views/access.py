"""Who may open the team pages: managers (their own subtree), HR and admins."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

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
