"""HR's certificate register (/hr/) and the exports of the register and the summaries.

- `/hr/`: every certificate, filtered by `RegisterFilter`, 50 a page, with totals, links to
  each certificate's page, a "Revoke" action per valid row, and the export buttons;
- `/hr/register.csv`, `/hr/register.xlsx`: the same rows at once (up to
  MERIDIAN_EXPORT_INLINE_MAX), or the page that starts a background export for more;
- `/hr/exports/`: GET shows what an export will hold and asks to start it, POST starts it;
  `/hr/exports/<pk>/` its progress (JSON with `?format=json`), `/download/` its file;
- `/hr/register/<code>/revoke/`: revoke a certificate with a reason, then back to the register
  with the same filter;
- `/hr/certificates/`: the old certificate list, now a redirect to the register.

Every view: sign-in required (anonymous visitors go to the sign-in page); HR and admins only
(403 for everyone else). An export of one HR member is open to all of HR. The writes are POST
only and go through the services, which check the role again and write the audit entries.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Sum
from django.http import FileResponse, Http404, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from training.certificates import services as certificate_services
from training.certificates.filters import PeriodError, parse_period
from training.certificates.models import Certificate, Status, normalise_code
from training.certificates.selectors import certificates_for_hr
from training.certificates.views.hr import hr_required

from .. import exports
from ..models import ReportExport
from .access import local_path

PER_PAGE = 50
RECENT_EXPORTS = 5
# What the old list at /hr/certificates/ read that means the same on the register.
OLD_LIST_PARAMS = ("q", "org_unit", "course", "status", "issued_from", "issued_to")


def _error_text(error: ValidationError | PermissionDenied) -> str:
    return " ".join(getattr(error, "messages", None) or [str(error) or _("Not allowed.")])


def _query(filterset) -> str:
    """The valid filter as a query string (empty when unbound or invalid)."""
    if not filterset.is_bound or not filterset.is_valid():
        return ""
    return urlencode(filterset.as_data())


# --- the register -----------------------------------------------------------------------------


@hr_required
@require_GET
def register(request):
    today = timezone.localdate()
    filterset = exports.register_filter(request.GET or None, user=request.user, today=today)
    valid = not filterset.is_bound or filterset.is_valid()
    # An invalid filter (a forged id, an unknown status) shows its errors and no rows.
    certificates = filterset.qs if valid else Certificate.objects.none()
    totals = certificates.order_by().aggregate(rows=Count("pk"), hours=Sum("hours"))
    paginator = Paginator(certificates, PER_PAGE)
    paginator.count = totals["rows"]  # known already: no second COUNT query
    page_obj = paginator.get_page(request.GET.get("page"))
    rows = [exports.register_row(certificate, today) for certificate in page_obj]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "reports/hr_register.html",
        {
            "filter": filterset,
            "valid": valid,
            "page_obj": page_obj,
            "rows": rows,
            "total_rows": totals["rows"],
            "total_hours": Decimal(totals["hours"] or 0).quantize(Decimal("0.1")),
            "query": query.urlencode(),
            "export_query": _query(filterset),
            "export_fields": filterset.as_data() if filterset.is_bound and valid else {},
            "exportable": valid and totals["rows"] > 0,
            "here": request.get_full_path(),
            "exports": _recent_exports(),
            "Kind": ReportExport.Kind,
            "valid_status": Status.VALID,
        },
    )


def _recent_exports() -> list[ReportExport]:
    return list(
        ReportExport.objects.select_related("requested_by__staff_profile").order_by(
            "-created_at", "-pk"
        )[:RECENT_EXPORTS]
    )


@hr_required
@require_GET
def old_certificate_list(request):
    """The old list's address: to the register, with the filter values that mean the same.
    The old text period ("2026-Q1") becomes the register's issue dates; one that cannot be
    read goes on as the register's period, where it is an error (never "everything")."""
    query = QueryDict(mutable=True)
    for name in OLD_LIST_PARAMS:
        for value in request.GET.getlist(name)[:1]:
            query[name] = value
    period = request.GET.get("period", "")
    if period:
        try:
            first, last = parse_period(period)
        except PeriodError:
            query["period"] = period[:64]
        else:
            query.setdefault("issued_from", first.isoformat())
            query.setdefault("issued_to", last.isoformat())
    url = reverse("hr-register")
    return redirect(f"{url}?{query.urlencode()}" if query else url)


# --- revoking from the register ---------------------------------------------------------------


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Give the reason.")},
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput, max_length=2000)

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Give the reason."), code="required")
        return reason


def _safe_next(request, value: str | None) -> str:
    """Where to go back to: a local address (the register with its filter), else the register."""
    return local_path(request, value) or reverse("hr-register")


def _certificate(request, code: str) -> Certificate:
    normal = normalise_code(code)
    if normal is None:
        raise Http404
    try:
        return certificates_for_hr(user=request.user).get(code=normal)
    except Certificate.DoesNotExist:
        raise Http404 from None


@hr_required
@require_http_methods(["GET", "POST"])
def register_revoke(request, code: str):
    """Confirm and revoke a certificate (a reason is required); then back to the register."""
    certificate = _certificate(request, code)
    status = certificate.status_on()
    if request.method == "POST":
        form = RevokeForm(request.POST)
        back = _safe_next(request, request.POST.get("next"))
        if form.is_valid():
            try:
                certificate_services.certificate_revoke(
                    certificate=certificate,
                    reason=form.cleaned_data["reason"],
                    actor=request.user,
                )
            except (ValidationError, PermissionDenied) as error:
                messages.error(request, _error_text(error))
                return redirect(back)
            messages.success(
                request,
                _("Certificate %(code)s is revoked. Its verification page now says so.")
                % {"code": certificate.formatted_code},
            )
            return redirect(back)
        messages.error(request, _("The certificate was not revoked: give the reason."))
        status_code = 400
    else:
        back = _safe_next(request, request.GET.get("next"))
        form = RevokeForm(initial={"next": back})
        status_code = 200
    return render(
        request,
        "reports/hr_register_revoke.html",
        {
            "certificate": certificate,
            "row": exports.register_row(certificate, timezone.localdate()),
            "status": status,
            "revocable": status != Status.REVOKED,
            "form": form,
            "back": back,
        },
        status=status_code,
    )


# --- exports ----------------------------------------------------------------------------------


def _refused(request, message: str, back: str, status: int = 400):
    return render(
        request, "reports/hr_export_refused.html", {"message": message, "back": back}, status=status
    )


def _page_of(kind: str) -> str:
    """The page an export of this kind comes from (the summaries page when it exists)."""
    if kind in exports.SUMMARY_KINDS:
        try:
            return reverse("hr-summaries")
        except NoReverseMatch:
            pass
    return reverse("hr-register")


def _filter_data(request) -> QueryDict:
    """The filter of an export request: the address's query string, and posted fields (which
    win), without the export's own fields."""
    data = request.GET.copy()
    for name, values in request.POST.lists():
        data.setlist(name, values)
    for name in ("kind", "csrfmiddlewaretoken", "page", "format"):
        data.pop(name, None)
    return data


def _inline(request, kind: str):
    data = _filter_data(request)
    back = reverse("hr-register") + (f"?{data.urlencode()}" if data else "")
    try:
        made = exports.report_export_inline(actor=request.user, kind=kind, filters=data)
    except exports.TooManyRows:
        query = data.copy()
        query["kind"] = kind
        return redirect(f"{reverse('hr-export-create')}?{query.urlencode()}")
    except (ValidationError, PermissionDenied) as error:
        return _refused(request, _error_text(error), back)
    response = HttpResponse(made.content, content_type=made.content_type)
    response["Content-Disposition"] = f'attachment; filename="{made.name}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@hr_required
@require_GET
def register_csv(request):
    return _inline(request, ReportExport.Kind.REGISTER_CSV)


@hr_required
@require_GET
def register_xlsx(request):
    return _inline(request, ReportExport.Kind.REGISTER_XLSX)


@hr_required
@require_http_methods(["GET", "POST"])
def export_create(request):
    """GET: what the export would hold, with the button that starts it. POST: start it (the
    kind and the filter's fields, posted or in the address) and go to its progress page."""
    kind = request.POST.get("kind") if request.method == "POST" else request.GET.get("kind")
    kind = kind if kind in ReportExport.Kind.values else ""
    data = _filter_data(request)
    back = _page_of(kind) + (f"?{data.urlencode()}" if data else "")
    if request.method == "POST":
        try:
            export = exports.report_export_request(actor=request.user, kind=kind, filters=data)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _error_text(error))
            return redirect(back)
        messages.success(request, _("The export has started. The file will be ready here."))
        return redirect("hr-export-status", pk=export.pk)
    if not kind:
        return _refused(request, _("Choose what to export."), back)
    try:
        filterset = exports.validated_filter(kind, data, user=request.user)
    except ValidationError as error:
        return _refused(request, _error_text(error), back)
    total = filterset.qs.count()
    if not total:
        return _refused(request, _error_text(exports.nothing_to_export(kind)), back)
    return render(
        request,
        "reports/hr_export_confirm.html",
        {
            "kind": kind,
            "kind_label": ReportExport.Kind(kind).label,
            "description": filterset.describe(),
            "total": total,
            "fields": filterset.as_data(),
            "back": back,
        },
    )


def _export(pk: int) -> ReportExport:
    return get_object_or_404(
        ReportExport.objects.select_related("requested_by__staff_profile"), pk=pk
    )


def _progress_text(export: ReportExport) -> str:
    return _("%(done)s of %(total)s") % {"done": export.done, "total": export.total}


@hr_required
@require_GET
@never_cache
def export_status(request, pk: int):
    """An export's progress: a page (JSON with `?format=json`, which the page's script polls;
    without the script the page refreshes itself while the export runs)."""
    export = _export(pk)
    done = export.state == ReportExport.State.DONE
    download_url = reverse("hr-export-download", args=[export.pk]) if done else None
    failed = export.state == ReportExport.State.FAILED
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
                "error": export.error if failed else "",
            }
        )
    return render(
        request,
        "reports/hr_export_status.html",
        {
            "export": export,
            "progress_text": _progress_text(export),
            "download_url": download_url,
            "running": export.state in (ReportExport.State.QUEUED, ReportExport.State.RUNNING),
            "back": _page_of(export.kind),
        },
    )


@hr_required
@require_GET
def export_download(request, pk: int):
    """The finished file, from storage (404 until it is done); the download is audited."""
    export = _export(pk)
    if export.state != ReportExport.State.DONE or not export.file:
        raise Http404
    try:
        handle = export.file.open("rb")
    except OSError:
        raise Http404 from None
    exports.report_export_download(actor=request.user, export=export)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=exports.file_name(export.kind, export.created_at, export.pk),
        content_type=exports.FILE_TYPES[export.kind][2],
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
