"""The holder's certificates: the list at /me/certificates/, the PDF, the Open Badges credential
and renewal. A certificate that is not the viewer's (or, for the PDF, of someone they may see)
answers 404, so codes cannot be probed here."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from training.people import policies

from .. import selectors, services
from ..export import download_name
from ..models import Certificate, normalise_code


def _certificate_for(request, code: str, *, holder_only: bool) -> Certificate:
    normal = normalise_code(code)
    if normal is None:
        raise Http404
    certificate = (
        Certificate.objects.with_status_data()
        .select_related("staff__user")
        .filter(code=normal)
        .first()
    )
    if certificate is None:
        raise Http404
    if certificate.staff.user_id == request.user.pk:
        return certificate
    if not holder_only and policies.can_view_staff(request.user, certificate.staff):
        return certificate
    raise Http404


@login_required
def my_certificates(request):
    staff = policies.profile_of(request.user)
    entries = selectors.holder_certificates(staff=staff) if staff is not None else None
    return render(request, "certificates/my_certificates.html", {"entries": entries})


@login_required
def certificate_pdf(request, code: str):
    """The stored PDF; rendered (and stored) now if the background task has not done it yet."""
    certificate = _certificate_for(request, code, holder_only=False)
    data = services.certificate_pdf_ensure(certificate=certificate)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        bool(request.GET.get("download")), download_name(certificate)
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def certificate_badge(request, code: str):
    """The Open Badges 3.0 credential of the holder's own certificate, as a JSON file."""
    from ..badges import open_badge_credential, open_badge_filename

    certificate = _certificate_for(request, code, holder_only=True)
    body = json.dumps(open_badge_credential(certificate), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{open_badge_filename(certificate)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def certificate_renew(request, code: str):
    """Start the course again for a new certificate (recertification by the holder)."""
    certificate = _certificate_for(request, code, holder_only=True)
    try:
        result = services.certificate_recertify(certificate=certificate, actor=request.user)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect("my-certificates")
    messages.success(
        request,
        _("“%(course)s” has started again. Complete it to receive a new certificate.")
        % {"course": certificate.title},
    )
    course = result.enrolment.course
    return redirect(course.get_url(request) if course is not None else "my-certificates")
