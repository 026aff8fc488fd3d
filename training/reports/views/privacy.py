"""A staff member's complete training record: the page that explains it, and its downloads.

/me/record/export/ (and .json, .pdf): sign-in required, the signed-in user's own staff record
only (a user without one gets 404). /hr/staff/<pk>/record.json|pdf: HR and admins only (403 for
anyone else, managers included; 404 for an unknown staff member). Each download is audited by
`privacy.record_export`.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from training.certificates.views.hr import hr_required
from training.people import policies
from training.people.models import StaffProfile

from .. import privacy, retention


def _own_profile(request) -> StaffProfile:
    staff = policies.profile_of(request.user)
    if staff is None:
        raise Http404("Your account has no staff record.")
    return staff


def _download(request, staff: StaffProfile, fmt: str) -> HttpResponse:
    body, filename = privacy.record_export(staff=staff, fmt=fmt, actor=request.user)
    response = HttpResponse(body, content_type=privacy.FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
@never_cache
def my_record_export(request):
    staff = _own_profile(request)
    return render(
        request,
        "reports/privacy_export.html",
        {"staff": staff, "retention_years": retention.retention_years()},
    )


@login_required
@require_GET
@never_cache
def my_record_json(request):
    return _download(request, _own_profile(request), "json")


@login_required
@require_GET
@never_cache
def my_record_pdf(request):
    return _download(request, _own_profile(request), "pdf")


def _subject(pk: int) -> StaffProfile:
    try:
        return privacy.record_subject(pk)
    except StaffProfile.DoesNotExist:
        raise Http404 from None


@hr_required
@require_GET
@never_cache
def hr_staff_record_json(request, pk: int):
    return _download(request, _subject(pk), "json")


@hr_required
@require_GET
@never_cache
def hr_staff_record_pdf(request, pk: int):
    return _download(request, _subject(pk), "pdf")
