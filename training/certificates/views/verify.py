"""Public verification: `/verify/` (a form to type a code) and `/verify/<code>/` (the facts of a
certificate and its status today; `?format=json` for the same facts as JSON).

No sign-in. A code is accepted in any case, with or without dashes or spaces; a well-formed code
that is not written in the grouped form (ABCD-2345-EFGH-6789) is redirected there first, whether
or not it exists, so the redirect tells nothing. An unknown code and a malformed one get the same
404 ("not found"), after the same single query. What is shown is decided in `verification.py`.

Every answer of the verify page (found, not found, too many requests) is `noindex`, never cached
and sends no referrer (the address holds the code). Requests are counted per client address
(`ratelimit.py`, `MERIDIAN_VERIFY_RATE_LIMIT` per minute); over the limit the answer is 429 with
`Retry-After`, in HTML or JSON like the request.
"""

from __future__ import annotations

from django.http import (
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .. import ratelimit
from ..verification import canonical_code, certificate_by_code, verification_facts

CODE_FIELD = "code"


def _wants_json(request) -> bool:
    return request.GET.get("format") == "json"


def _private(response: HttpResponse) -> HttpResponse:
    """Keep a verify answer out of search engines, caches and other sites' referrer logs."""
    add_never_cache_headers(response)  # includes no-store and private
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _not_found(request) -> HttpResponse:
    message = _("No certificate with this code was found. Check the code and try again.")
    if _wants_json(request):
        return JsonResponse({"error": "not_found", "message": message}, status=404)
    return render(
        request,
        "certificates/verify.html",
        {"problem": "not_found", "message": message, "code_value": ""},
        status=404,
    )


def _too_many(request, limit: ratelimit.RateLimit) -> HttpResponse:
    message = _(
        "Too many verification requests from your network. Please wait a minute and try again."
    )
    if _wants_json(request):
        response = JsonResponse(
            {"error": "rate_limited", "message": message, "retry_after": limit.retry_after},
            status=429,
        )
    else:
        response = render(
            request,
            "certificates/verify.html",
            {"problem": "rate_limited", "message": message, "retry_after": limit.retry_after},
            status=429,
        )
    response.headers["Retry-After"] = str(limit.retry_after)
    return response


def _answer(request, code: str) -> HttpResponse:
    limit = ratelimit.hit(request, scope="verify", limit=ratelimit.verify_limit())
    if not limit.allowed:
        return _too_many(request, limit)
    canonical = canonical_code(code)
    if canonical is not None and canonical != code:
        target = reverse("certificate-verify", kwargs={"code": canonical})
        if request.GET:
            target += "?" + request.GET.urlencode()
        return HttpResponsePermanentRedirect(target)
    certificate = certificate_by_code(code)
    if certificate is None:
        return _not_found(request)
    facts = verification_facts(certificate)
    if _wants_json(request):
        return JsonResponse(facts.as_json(), json_dumps_params={"ensure_ascii": False})
    return render(request, "certificates/verify.html", {"facts": facts})


@require_safe
def verify(request, code: str) -> HttpResponse:
    """The facts of the certificate with this code, and its status today (public)."""
    return _private(_answer(request, code))


@require_safe
def verify_form(request) -> HttpResponse:
    """A form to type a code; it is sent here (GET ?code=...) and redirected to its page."""
    typed = request.GET.get(CODE_FIELD, "").strip()[:64]
    error = ""
    if typed:
        canonical = canonical_code(typed)
        if canonical is not None:
            target = reverse("certificate-verify", kwargs={"code": canonical})
            response = HttpResponseRedirect(target)
            response.headers["Referrer-Policy"] = "no-referrer"
            return response
        error = _(
            "A certificate code has 16 letters and digits, printed in four groups of four, "
            "for example ABCD-2345-EFGH-6789. Check what you typed."
        )
    response = render(
        request,
        "certificates/verify_form.html",
        {"code_value": typed, "error": error},
    )
    if typed:
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Robots-Tag"] = "noindex"
    return response
