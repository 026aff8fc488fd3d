"""The site's security plumbing: the client address and the lockout page of login throttling
(django-axes), the Content Security Policy middleware (django-csp), and Wagtail's choosers
started from a file instead of an inline script (with home/static/home/admin-csp.js and the
templates in home/templates/wagtailadmin/).

Settings are in config/settings/base.py ("Security"); tests in tests/security/test_hardening.py
and tests/browser/test_csp.py.
"""

from __future__ import annotations

import ipaddress
import json
import math
import re

from axes.helpers import get_cool_off
from csp.constants import HEADER, SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html
from wagtail.admin.widgets import BaseChooser

from training.certificates.ratelimit import client_address


def axes_client_ip(request) -> str | None:
    """The address failed logins are counted under (`AXES_CLIENT_IP_CALLABLE`).

    The same reading of `X-Forwarded-For` as the verify page's rate limit
    (`MERIDIAN_TRUSTED_PROXIES` hops of our own proxies, nothing a client wrote), so that two
    people behind the proxy are throttled separately and a forged header changes nothing. Axes
    stores the address in an IP column, so an IPv6 client's /64 network is stored as its first
    address, and a request without any address (a test's `force_login`) as None.
    """
    address = client_address(request)
    try:
        return str(ipaddress.ip_network(address, strict=False).network_address)
    except ValueError:
        return None


class MeridianCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with `frame-ancestors` following the view's X-Frame-Options.

    The policy says `frame-ancestors 'none'` (like X_FRAME_OPTIONS = "DENY"). Wagtail's preview
    views mark their responses `X-Frame-Options: SAMEORIGIN` because the editor shows them in an
    iframe of the admin; those responses may be framed by the site itself, and nothing else.
    """

    def process_response(self, request, response):
        response = super().process_response(request, response)
        # Edited in the header (not in the policy's parts) because Wagtail renders a preview by
        # running a request of its own through the middleware: the page's response already has
        # its header (and nonce) when the preview view marks it SAMEORIGIN.
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN" and HEADER in response:
            response[HEADER] = re.sub(
                r"frame-ancestors [^;]*", f"frame-ancestors {SELF}", response[HEADER]
            )
        return response


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets (`AXES_LOCKOUT_CALLABLE`): 429, translated, with how long
    to wait in minutes and in `Retry-After`, and the way back to the sign-in page."""
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else 0
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": max(1, math.ceil(seconds / 60)) if seconds else 0,
        "admin_login": request.path.startswith(reverse("wagtailadmin_login")),
    }
    response = render(
        request, "home/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
    if seconds:
        response["Retry-After"] = str(seconds)
    return response


def _chooser_render(self, name, value, attrs=None, renderer=None):
    """Wagtail's `BaseChooser.render` with a marker for home/static/home/admin-csp.js where
    Wagtail writes `<script>new Chooser(id, options)</script>`: the same constructor and options,
    started from a file (the policy refuses inline scripts). A chooser with its own start-up code
    (`render_js_init` overridden, e.g. workflow tasks) is rendered as Wagtail does."""
    if type(self).render_js_init is not BaseChooser.render_js_init:
        return _wagtail_chooser_render(self, name, value, attrs, renderer)
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as error:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from error
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    marker = format_html(
        '<span hidden data-meridian-init="{}" data-meridian-new data-meridian-target="{}" '
        'data-meridian-options="{}"></span>',
        self.js_constructor,
        id_,
        json.dumps(self.get_js_init_options(id_, name, value_data)),
    )
    return format_html("{}{}", widget_html, marker)  # the widget's HTML is a SafeString


_wagtail_chooser_render = BaseChooser.render


def start_wagtail_widgets_from_files() -> None:
    """Called once from HomeConfig.ready()."""
    BaseChooser.render = _chooser_render
