"""HR's certificate pages: a certificate with its history and the forms to revoke or re-issue it,
and ZIP exports of the certificates a filter selects. (The list is HR's register at /hr/, in
the reports app; its old address /hr/certificates/ redirects there.)

Every view: sign-in required (anonymous visitors go to the sign-in page), HR and admins only
(403 for everyone else, `policies.can_manage_certificates`). The writes are POST only (405
otherwise), CSRF-protected, and go through the services, which check the role again and write
the audit entries. An export's page and file are for the HR member who asked for it and for HR.
"""

from __future__ import annotations

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from training.people import policies

from .. import export as exports
from .. import selectors, services
from ..filters import CertificateFilter
from ..models import Certificate, CertificateExport, Status, normalise_code


def hr_required(view):
    """Sign-in required; HR and admins only (403 for anyone else)."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not policies.can_manage_certificates(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Give the reason.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Give the reason."), code="required")
        return reason


# --- one certificate --------------------------------------------------------------------------


def _certificate(request, code: str) -> Certificate:
    normal = normalise_code(code)
    if normal is None:
        raise Http404
    try:
        return selectors.certificate_for_hr(user=request.user, code=normal)
    except Certificate.DoesNotExist:
        raise Http404 from None


def _detail(request, certificate: Certificate, *, revoke_form=None, reissue_form=None):
    status = certificate.status_on()
    return render(
        request,
        "certificates/hr/certificate_detail.html",
        {
            "certificate": certificate,
            "status": status,
            "revocation": certificate.revocation_or_none(),
            "successor": certificate.successor_or_none(),
            "history": selectors.certificate_history(certificate),
            "can_revoke": status != Status.REVOKED,
            "can_reissue": status in (Status.VALID, Status.EXPIRED),
            "revoke_form": revoke_form or ReasonForm(prefix="revoke"),
            "reissue_form": reissue_form or ReasonForm(prefix="reissue"),
        },
    )


@hr_required
@require_GET
def certificate_detail(request, code: str):
    return _detail(request, _certificate(request, code))


def _error_text(error: ValidationError | PermissionDenied) -> str:
    return " ".join(getattr(error, "messages", None) or [str(error) or _("Not allowed.")])


@hr_required
@require_POST
def certificate_revoke(request, code: str):
    certificate = _certificate(request, code)
    form = ReasonForm(request.POST, prefix="revoke")
    if not form.is_valid():
        messages.error(request, _("The certificate was not revoked: give the reason."))
        return _detail(request, certificate, revoke_form=form)
    try:
        services.certificate_revoke(
            certificate=certificate, reason=form.cleaned_data["reason"], actor=request.user
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
        return _detail(request, _certificate(request, code), revoke_form=form)
    messages.success(
        request,
        _("Certificate %(code)s is revoked. Its verification page now says so.")
        % {"code": certificate.formatted_code},
    )
    return redirect("hr-certificate", code=certificate.code)


@hr_required
@require_POST
def certificate_reissue(request, code: str):
    certificate = _certificate(request, code)
    form = ReasonForm(request.POST, prefix="reissue")
    if not form.is_valid():
        messages.error(request, _("The certificate was not re-issued: give the reason."))
        return _detail(request, certificate, reissue_form=form)
    try:
        replacement = services.certificate_reissue(
            certificate=certificate, reason=form.cleaned_data["reason"], actor=request.user
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
        return _detail(request, _certificate(request, code), reissue_form=form)
    messages.success(
        request,
        _("Certificate %(new)s replaces %(old)s.")
        % {"new": replacement.formatted_code, "old": certificate.formatted_code},
    )
    return redirect("hr-certificate", code=replacement.code)


# --- exports ----------------------------------------------------------------------------------


@hr_required
@require_POST
def export_create(request):
    """Ask for a ZIP of the certificates the posted filter selects; go to its progress page."""
    try:
        export = exports.certificate_export_request(actor=request.user, filters=request.POST)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _error_text(error))
        fields = CertificateFilter.base_filters
        query = {name: request.POST[name] for name in fields if request.POST.get(name)}
        return redirect(reverse("hr-certificates") + ("?" + urlencode(query) if query else ""))
    messages.success(request, _("The export has started. The ZIP will be ready here."))
    return redirect("hr-certificate-export-status", pk=export.pk)


def _export_for(request, pk: int) -> CertificateExport:
    """An export, for the HR member who asked for it and for HR (403 for anyone else)."""
    if not request.user.is_authenticated:
        raise PermissionDenied
    export = get_object_or_404(
        CertificateExport.objects.select_related("requested_by__staff_profile"), pk=pk
    )
    if export.requested_by_id != request.user.pk and not policies.can_manage_certificates(
        request.user
    ):
        raise PermissionDenied
    return export


def _progress_text(export: CertificateExport) -> str:
    return _("%(done)s of %(total)s") % {"done": export.done, "total": export.total}


@login_required
@require_GET
@never_cache
def export_status(request, pk: int):
    """The export's progress: a page (JSON with `?format=json`, which the page's script polls)."""
    export = _export_for(request, pk)
    done = export.state == CertificateExport.State.DONE
    download_url = reverse("hr-certificate-export-download", args=[export.pk]) if done else None
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "state": export.state,
                "state_label": export.get_state_display(),
                "done": export.done,
                "total": export.total,
                "percent": export.percent,
                "text": _progress_text(export),
                "download_url": download_url,
                "error": export.error if export.state == CertificateExport.State.FAILED else "",
            }
        )
    return render(
        request,
        "certificates/hr/export_status.html",
        {
            "export": export,
            "progress_text": _progress_text(export),
            "download_url": download_url,
            "running": export.state
            in (CertificateExport.State.QUEUED, CertificateExport.State.RUNNING),
        },
    )


@login_required
@require_GET
def export_download(request, pk: int):
    """The finished ZIP, from storage (404 until it is done)."""
    export = _export_for(request, pk)
    if export.state != CertificateExport.State.DONE or not export.file:
        raise Http404
    try:
        archive = export.file.open("rb")
    except OSError:
        raise Http404 from None
    created = timezone.localtime(export.created_at)
    response = FileResponse(
        archive,
        as_attachment=True,
        filename=f"certificates-{created:%Y%m%d-%H%M}-{export.pk}.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
