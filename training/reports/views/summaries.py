"""HR's appraisal summaries: the list (one row per staff member for a period, 50 a page, the
score formula, the export buttons), one person's summary in detail, and its PDF.

Every view: sign-in required (anonymous visitors go to the sign-in page), HR and admins only
(403 for everyone else). The staff come from `policies.staff_visible_to` and are narrowed by
`SummaryFilter`, the FilterSet the exports and the API use, so a filter means the same
everywhere; an invalid filter (a forged period, unit or role) shows the form's errors and no
rows, never everything. The summaries are built only for the page's staff, in a fixed number of
queries (`summaries.summaries_for`).
"""

from __future__ import annotations

from decimal import Decimal

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from training.certificates.views.hr import hr_required
from training.people import policies
from training.people.models import StaffProfile

from .. import services
from ..hr_filters import SummaryFilter
from ..models import AppraisalPeriod, ReportExport, ScoreWeights
from ..summaries import Summary, score_formula, summaries_for, summary_staff

SUMMARIES_PER_PAGE = 50
EXPORT_KINDS = (
    ReportExport.Kind.SUMMARIES_CSV,
    ReportExport.Kind.SUMMARIES_XLSX,
    ReportExport.Kind.SUMMARIES_ZIP,
)
# The admin's pages for the weighting and the periods (admin_appraisal.py).
WEIGHTS_ADMIN_URL = "reports_score_weights:index"
PERIODS_ADMIN_ADD_URL = "reports_appraisal_periods:add"


def number(value) -> str:
    """Decimal("6.0") -> "6", Decimal("1.50") -> "1.5" (never "1E+1")."""
    return "" if value is None else f"{Decimal(value).normalize():f}"


def _url(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def default_period(today=None) -> AppraisalPeriod | None:
    """The period the list opens on: the one that started most recently (the earliest one to
    come if none has started yet), or None without periods."""
    today = today or timezone.localdate()
    started = AppraisalPeriod.objects.filter(starts_on__lte=today).order_by("-starts_on", "-pk")
    return started.first() or AppraisalPeriod.objects.order_by("starts_on", "pk").first()


def _admin_links(user) -> dict[str, str | None]:
    return {
        "weights_admin_url": (
            _url(WEIGHTS_ADMIN_URL) if user.has_perm("reports.change_scoreweights") else None
        ),
        "period_add_url": (
            _url(PERIODS_ADMIN_ADD_URL) if user.has_perm("reports.add_appraisalperiod") else None
        ),
    }


@hr_required
@require_GET
def summary_list(request):
    data = request.GET.copy()
    data.pop("page", None)
    if not data.get("period"):
        period = default_period()
        if period is None:
            return render(
                request,
                "reports/hr_summaries.html",
                {"no_periods": True, **_admin_links(request.user)},
            )
        data["period"] = str(period.pk)
    weights = ScoreWeights.current()
    summary_filter = SummaryFilter(
        data, queryset=summary_staff(policies.staff_visible_to(request.user))
    )
    valid = summary_filter.is_valid()
    staff = summary_filter.qs if valid else StaffProfile.objects.none()
    page_obj = Paginator(staff, SUMMARIES_PER_PAGE).get_page(request.GET.get("page"))
    period = summary_filter.chosen_period
    summaries = (
        summaries_for(list(page_obj.object_list), period, weights=weights)
        if valid and period is not None
        else []
    )
    export_fields = summary_filter.as_data() if valid else {}
    export_url = _url("hr-export-create")
    chosen_unit = export_fields.get("org_unit")
    exportable = bool(valid and export_url and page_obj.paginator.count)
    return render(
        request,
        "reports/hr_summaries.html",
        {
            "filter": summary_filter,
            "valid": valid,
            "period": period,
            "page_obj": page_obj,
            "rows": [(summary, number(summary.hours)) for summary in summaries],
            "query": data.urlencode(),
            "formula": score_formula(weights),
            "export_url": export_url,
            "export_fields": export_fields,
            "export_kinds": [(kind.value, kind.label) for kind in EXPORT_KINDS],
            "unit_pdf_kind": ReportExport.Kind.UNIT_PDF.value,
            "exportable": exportable,
            "chosen_unit": chosen_unit,
            **_admin_links(request.user),
        },
    )


def _summary(request, staff_pk: int, period_pk: int) -> tuple[Summary, ScoreWeights]:
    staff = summary_staff(policies.staff_visible_to(request.user)).filter(pk=staff_pk).first()
    period = AppraisalPeriod.objects.filter(pk=period_pk).first()
    if staff is None or period is None:
        raise Http404
    weights = ScoreWeights.current()
    return summaries_for([staff], period, weights=weights)[0], weights


@hr_required
@require_GET
def summary_detail(request, staff_pk: int, period_pk: int):
    from ..summary_pdf import score_terms, worked_formula

    summary, weights = _summary(request, staff_pk, period_pk)
    terms, total = score_terms(summary, weights)
    return render(
        request,
        "reports/hr_summary.html",
        {
            "summary": summary,
            "staff": summary.staff,
            "period": summary.period,
            "terms": terms,
            "total": total,
            "worked": worked_formula(summary, weights),
            "formula": score_formula(weights),
            "maximum": weights.maximum,
            "periods": AppraisalPeriod.objects.order_by("-starts_on", "name"),
            **_admin_links(request.user),
        },
    )


@hr_required
@require_GET
def summary_pdf(request, staff_pk: int, period_pk: int):
    """One person's summary as a PDF (an attachment); the download is audited."""
    from .. import summary_pdf as pdfs

    summary, weights = _summary(request, staff_pk, period_pk)
    data = pdfs.summary_pdf(summary, weights=weights)
    services.summary_pdf_record_download(summary=summary, actor=request.user)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=pdfs.download_name(summary)
    )
    response["Cache-Control"] = "private, no-store"
    return response
