"""The authorisation matrix's vocabulary: a `Case` (one URL, how to build it from the world, the
expected answer per role) and `check`, which makes the request and compares.

Expected answers:

- an int: that status exactly (200, 204, 400, 401, 403, 404, 405);
- LOGIN: 302 to the site's sign-in page with `next=` the requested path;
- ADMIN_LOGIN: 302 to the Wagtail admin's sign-in page with `next=` the requested path;
- ADMIN_DENIED: Wagtail's refusal for a user of the admin without the permission: 302 to the
  admin's dashboard;
- Redirect("/path/"): 302 whose Location starts with that path (not a sign-in page).

A 200 (or 204) must show `shows(world, role)` (text proving the right object was served); no
answer may show `hides(world, role)` (another person's name on a refused or narrowed page is a
leak); either may be None for a role. A POST case's `state(world)` must be the same before and
after the request of every role not in `may_change`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from django.test import override_settings

LOGIN = "login"
ADMIN_LOGIN = "admin-login"
ADMIN_DENIED = "admin-denied"


@dataclass(frozen=True)
class Redirect:
    to: str


@dataclass
class Case:
    id: str
    covers: str  # the URL pattern's name (or its route when it has no name)
    url: Callable  # world -> path
    expect: dict  # role -> expected answer
    method: str = "get"
    data: Callable | None = None  # world -> POST data
    shows: Callable | None = None  # (world, role) -> text a 200 must contain
    hides: Callable | None = None  # (world, role) -> text a refusal must not contain
    state: Callable | None = None  # world -> anything comparable
    may_change: tuple = ()  # the roles whose request may change `state`; others must not
    headers: dict = field(default_factory=dict)
    login_next: Callable | None = None  # world -> the next= of LOGIN, if not the URL itself
    settings: dict = field(default_factory=dict)  # settings overridden for the request


def expand(cases: list[Case], roles: tuple[str, ...]) -> list:
    """pytest params: one per (case, role), with ids like "hr-register[learner]"."""
    import pytest

    return [
        pytest.param(case, role, id=f"{case.id}[{role}]")
        for case in cases
        for role in roles
        if role in case.expect
    ]


def _text(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def _login_redirect(response, login_path: str, requested: str) -> str | None:
    """None if `response` sends to `login_path` with next=`requested`, else what is wrong."""
    if response.status_code != 302:
        return f"status {response.status_code}, expected 302 to {login_path}"
    location = urlsplit(response["Location"])
    if location.path != login_path:
        return f"redirect to {response['Location']}, expected {login_path}"
    nxt = parse_qs(location.query).get("next", [""])[0]
    if urlsplit(nxt).path != urlsplit(requested).path:
        return f"next={nxt!r}, expected {requested!r}"
    return None


# Where the site and the admin send someone who must sign in first.
SITE_LOGIN = "/accounts/login/"
ADMIN_LOGIN = "/admin/login/"


def check(client, case: Case, role: str, world):
    expected = case.expect[role]
    path = case.url(world)
    before = case.state(world) if case.state else None
    kwargs = {"headers": case.headers} if case.headers else {}
    with override_settings(**case.settings):
        if case.method == "post":
            response = client.post(path, case.data(world) if case.data else {}, **kwargs)
        else:
            response = client.get(path, **kwargs)
    status = response.status_code
    where = f"{case.method.upper()} {path} as {role}"
    body = _text(response)

    if expected == LOGIN:
        requested = case.login_next(world) if case.login_next else path
        problem = _login_redirect(response, site_login_for(path), requested)
        assert problem is None, f"{where}: {problem}"
    elif expected == ADMIN_LOGIN:
        problem = _login_redirect(response, ADMIN_LOGIN, path)
        assert problem is None, f"{where}: {problem}"
    elif expected == ADMIN_DENIED:
        assert status == 302, f"{where}: status {status}, expected Wagtail's refusal (302)"
        assert urlsplit(response["Location"]).path == "/admin/", (
            f"{where}: redirect to {response['Location']}, expected the admin dashboard"
        )
    elif isinstance(expected, Redirect):
        assert status in (301, 302), f"{where}: status {status}, expected a redirect"
        assert response["Location"].startswith(expected.to), (
            f"{where}: redirect to {response['Location']}, expected {expected.to}"
        )
    else:
        assert status == expected, f"{where}: status {status}, expected {expected}"

    if expected in (200, 204) and case.shows is not None:
        wanted = case.shows(world, role)
        if wanted is not None:
            assert wanted in body, f"{where}: {wanted!r} is not in the answer"
    if case.hides is not None:
        secret = case.hides(world, role)
        if secret is not None:
            assert secret not in body, f"{where}: {secret!r} is in the answer"
    if case.state is not None and role not in case.may_change:
        after = case.state(world)
        assert after == before, f"{where}: the data changed: {before} -> {after}"
    return response


def site_login_for(path: str) -> str:
    """The site's sign-in page in the language of `path` (/en/... signs in at /en/...)."""
    return "/en" + SITE_LOGIN if path.startswith("/en/") else SITE_LOGIN
