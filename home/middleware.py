"""The answer when the database is out of reach (a restart, a failover, a full connection pool),
or the shared cache is (Redis restarting): 503 Service Unavailable with Retry-After, instead of
a 500 that tells the person nothing.

`DatabaseUnavailableMiddleware` sits near the top of MIDDLEWARE, so it sees the response of
everything below it: the session and authentication middleware loading the user, the views,
and the session being saved on the way out. Django turns an exception raised in any of those
layers into a 500 response before it reaches this middleware, so a `got_request_exception`
receiver marks the request when the exception was a database connection error and the
middleware replaces that 500 with the 503. An error that still reaches the middleware (raised
while the 500 page itself was rendered) is answered the same way.

The 503 is rendered without the database: a standalone template (home/templates/503.html,
which does not extend base.html, whose context processors query the database) in the language of
the URL (no prefix: Simplified Chinese, /en/: English), or JSON where the client expects JSON
(the quiz autosave sends Accept: application/json; the API under /api/).
"""

from __future__ import annotations

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _
from redis.exceptions import ConnectionError as CacheConnectionError
from redis.exceptions import TimeoutError as CacheTimeoutError

logger = logging.getLogger(__name__)

# The shared cache (Redis in production, docs/deploy.md) is on the same footing: sessions are
# read through it, so without it a signed-in request cannot be served either. Its connection
# errors get the same 503 (the page says the service, not the database, is unavailable).
DATABASE_ERRORS = (OperationalError, InterfaceError, CacheConnectionError, CacheTimeoutError)
# Seconds a client is asked to wait: a PostgreSQL restart or failover takes about this long.
RETRY_AFTER = 30
_MARK = "_meridian_database_unavailable"


def is_database_error(error: BaseException | None) -> bool:
    """True for an error that means "no usable database connection", also when Django or the
    driver wrapped it (a driver's OperationalError is re-raised as django.db's)."""
    while error is not None:
        if isinstance(error, DATABASE_ERRORS):
            return True
        error = error.__cause__ or error.__context__
    return False


def wants_json(request: HttpRequest) -> bool:
    """The API and scripts that asked for JSON (the quiz autosave) read a JSON error."""
    if request.path_info.startswith("/api/"):
        return True
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


def unavailable_response(request: HttpRequest) -> HttpResponse:
    """The 503 answer, rendered without touching the database."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        if wants_json(request):
            response = JsonResponse(
                {
                    "error": _(
                        "The service is temporarily unavailable. Your last saved answers are "
                        "kept; please try again in a moment."
                    ),
                    "unavailable": True,
                    "retry_after": RETRY_AFTER,
                },
                status=503,
            )
        else:
            html = loader.get_template("503.html").render(
                {
                    "retry_after": RETRY_AFTER,
                    "language_code": language,
                    "path": request.path,
                    # django-csp's nonce (the policy allows no other inline style). It is lazy
                    # and false until read, so it is read, not tested.
                    "csp_nonce": str(nonce)
                    if (nonce := getattr(request, "csp_nonce", None)) is not None
                    else "",
                }
            )
            response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


@receiver(got_request_exception, dispatch_uid="meridian-database-unavailable")
def _mark_database_error(sender, request=None, **kwargs) -> None:
    # Sent by Django's exception handler inside its `except` block: sys.exc_info() is the error.
    if request is not None and is_database_error(sys.exc_info()[1]):
        setattr(request, _MARK, True)


class DatabaseUnavailableMiddleware:
    """Turn database connection errors anywhere below it into the 503 answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            response = self.get_response(request)
        except DATABASE_ERRORS:
            logger.warning("Database unavailable: %s %s", request.method, request.path)
            return unavailable_response(request)
        if getattr(request, _MARK, False) and response.status_code == 500:
            logger.warning("Database unavailable: %s %s", request.method, request.path)
            return unavailable_response(request)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception):
        if is_database_error(exception):
            setattr(request, _MARK, True)
            return unavailable_response(request)
        return None
