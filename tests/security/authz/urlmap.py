"""Every URL pattern of the project, from Django's resolver (i18n_patterns, the ninja API under
api/v1/, Wagtail's admin under admin/ with the project's hooks and viewsets)."""

from __future__ import annotations

import re

from django.urls import URLPattern, URLResolver, get_resolver

PARAM = re.compile(r"<(?:\w+:)?(\w+)>")


def _walk(patterns, prefix: str = "", namespace: str | None = None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            name = entry.name
            if name and namespace:
                name = f"{namespace}:{name}"
            yield prefix + str(entry.pattern), name


def all_patterns() -> list[tuple[str, str]]:
    """(route, key) of every pattern; the key is the URL's name, or its route if unnamed."""
    return [(route, name or route) for route, name in _walk(get_resolver().url_patterns)]


def admin_patterns() -> list[tuple[str, str, list[str]]]:
    """(route, name, parameter names) of the named patterns under admin/."""
    return [
        (route, key, PARAM.findall(route))
        for route, key in all_patterns()
        if route.startswith("admin/") and key != route
    ]
