"""The manager's team dashboard (/team/), its CSV export and language coverage.

Managers see the org units they manage (the whole subtree) and themself; HR sees everyone;
anyone else gets 403 (`team_required`). Every list comes from `training.reports.selectors`,
which starts from `policies.staff_visible_to`.
"""

from __future__ import annotations

from django import forms
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from training.competencies.levels import CEFR_ORDER, SKILLS, Skill
from training.competencies.rules import Status

from .. import matrix, selectors
from ..filters import TeamFilter
from .access import team_required


def _filtered(request) -> TeamFilter:
    return TeamFilter(
        request.GET, queryset=selectors.team_staff(user=request.user), user=request.user
    )


def _columns(request, team_filter: TeamFilter) -> selectors.Columns:
    return selectors.matrix_columns(user=request.user, competency=team_filter.selected_competency)


def _legend() -> list[dict]:
    return [
        {"status": value.value, "marker": matrix.MARKERS[value], "label": label}
        for value, label in (
            (Status.MEETS, _("Meets the role's requirement")),
            (Status.BELOW, _("Below the requirement")),
            (Status.MISSING, _("Required, no verified level")),
            (Status.NOT_REQUIRED, _("Not required for the role")),
        )
    ]


@team_required
def team_dashboard(request):
    team_filter = _filtered(request)
    columns = _columns(request, team_filter)
    paginator = Paginator(team_filter.qs, team_filter.rows_per_page)
    page_obj = paginator.get_page(request.GET.get("page"))
    staff = list(page_obj.object_list)
    data = selectors.matrix_data(staff, columns.shown)
    rows = matrix.render_rows(matrix.build_rows(staff, columns.shown, data))
    overdue, due_soon = selectors.assignment_panels(user=request.user, today=data.day)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "reports/team_dashboard.html",
        {
            "filter": team_filter,
            "columns": columns,
            "rows": rows,
            "page_obj": page_obj,
            "query": query.urlencode(),
            "legend": _legend(),
            "overdue": overdue,
            "due_soon": due_soon,
            "expiring": selectors.expiring_certificates(user=request.user, today=data.day),
            "due_soon_days": selectors.DUE_SOON_DAYS,
            "expiring_days": selectors.EXPIRING_DAYS,
            "max_columns": selectors.MAX_COLUMNS,
        },
    )


@team_required
def team_matrix_csv(request):
    """Exactly what /team/ shows for the same query: same rows (all pages), same columns."""
    team_filter = _filtered(request)
    columns = _columns(request, team_filter)
    staff = list(team_filter.qs)
    data = selectors.matrix_data(staff, columns.shown)
    rows = matrix.build_rows(staff, columns.shown, data)
    query = request.GET.copy()
    query.pop("page", None)
    matrix.matrix_export_record(
        actor=request.user, staff_count=len(rows), columns=columns.shown, query=query.urlencode()
    )
    response = HttpResponse(
        matrix.matrix_csv(rows, columns.shown), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{matrix.csv_filename(timezone.localdate())}"'
    )
    return response


# --- language coverage -----------------------------------------------------------------------


class LanguageCoverageForm(forms.Form):
    competency = forms.ModelChoiceField(
        label=_("Language"), queryset=selectors.language_competencies(), empty_label=None
    )
    min_level = forms.TypedChoiceField(
        label=_("At least"),
        choices=[(str(rank), code) for rank, code in enumerate(CEFR_ORDER, start=1)],
        coerce=int,
        initial="3",
    )
    skill = forms.ChoiceField(
        label=_("In"),
        choices=[
            *[(value, Skill(value).label) for value in SKILLS],
            (selectors.ALL_SKILLS, _("All five skills")),
        ],
        initial=Skill.INTERACTION.value,
    )


@team_required
def language_coverage(request):
    data = request.GET or None
    if data is None:
        # The page opens with a question answered: the first language, B1, spoken interaction.
        first = selectors.language_competencies().first()
        if first is not None:
            data = {
                "competency": first.pk,
                "min_level": LanguageCoverageForm.base_fields["min_level"].initial,
                "skill": LanguageCoverageForm.base_fields["skill"].initial,
            }
    form = LanguageCoverageForm(data)
    coverage = level_label = skill_label = None
    if form.is_bound and form.is_valid():
        competency = form.cleaned_data["competency"]
        skill = form.cleaned_data["skill"]
        coverage = selectors.language_coverage(
            user=request.user,
            competency=competency,
            min_level=form.cleaned_data["min_level"],
            skill=skill,
        )
        level_label = competency.level_label(form.cleaned_data["min_level"])
        skill_label = dict(form.fields["skill"].choices)[skill]
    return render(
        request,
        "reports/team_languages.html",
        {
            "form": form,
            "coverage": coverage,
            "competency": form.cleaned_data.get("competency") if coverage is not None else None,
            "skills": [(value, Skill(value).label) for value in SKILLS],
            "level_label": level_label,
            "skill_label": skill_label,
        },
    )
