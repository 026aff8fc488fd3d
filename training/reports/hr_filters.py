"""HR's filters: one FilterSet for the certificate register and one for the appraisal summaries.

The register page at /hr/, its CSV / XLSX / ZIP exports and `/api/v1/certificates` all filter
with `RegisterFilter`; the summaries page, their exports and `/api/v1/summaries` with
`SummaryFilter`. They read the same query parameters, so a filter means the same thing
everywhere. A value that is not a valid choice (a forged unit code, a period id that does not
exist, an unknown status) is a form error and selects nothing, never everything.
"""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django.db import models
from django.db.models import CharField, Exists, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from training.certificates.filters import CertificateFilter, day_bounds
from training.certificates.models import Certificate
from training.competencies.models import Competency, Evidence
from training.people.filters import OrgUnitTreeChoiceField
from training.people.models import JobRole, OrgUnit, StaffProfile

from .filters import CompetencyFilter, name_or_number
from .models import AppraisalPeriod
from .summaries import period_bounds


class PeriodSelect(forms.Select):
    """Each period's option says the language of its name (`lang`), as the pages do."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        period = getattr(value, "instance", None)
        if period is not None:
            option["attrs"]["lang"] = period.name_lang
        return option


class PeriodChoiceField(django_filters.fields.ModelChoiceField):
    widget = PeriodSelect

    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.starts_on.isoformat()} – {obj.ends_on.isoformat()})"


class AppraisalPeriodFilter(django_filters.ModelChoiceFilter):
    field_class = PeriodChoiceField


class OrgUnitCodeFilter(django_filters.ModelChoiceFilter):
    field_class = OrgUnitTreeChoiceField


def _period_field() -> AppraisalPeriodFilter:
    return AppraisalPeriodFilter(
        label=_("Appraisal period"),
        queryset=AppraisalPeriod.objects.all(),
        method="filter_appraisal_period",
        empty_label=_("Any time"),
    )


def _as_value(value) -> str:
    """A cleaned filter value as the string that selects it again (stored with an export)."""
    if isinstance(value, OrgUnit):
        return value.code
    if isinstance(value, Competency):
        return value.code
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class FilterDataMixin:
    """`as_data()`: the valid, non-empty values as strings; `describe()`: the filter in words."""

    def as_data(self) -> dict[str, str]:
        data = {}
        for name in self.filters:
            value = self.form.cleaned_data.get(name)
            if value in (None, "", False):
                continue
            data[name] = _as_value(value)
        return data

    def describe(self) -> str:
        parts = []
        for name, field in self.form.fields.items():
            value = self.form.cleaned_data.get(name)
            if value in (None, "", False):
                continue
            if isinstance(field, forms.ChoiceField) and not isinstance(
                field, forms.ModelChoiceField
            ):
                value = dict(field.choices).get(value, value)
            elif isinstance(field, forms.ModelChoiceField):
                value = field.label_from_instance(value)
            elif value is True:
                value = _("yes")
            parts.append(f"{field.label}: {value}")
        return "; ".join(str(part) for part in parts) or str(_("Everything"))


class RegisterFilter(FilterDataMixin, CertificateFilter):
    """The certificate register: period, org unit (with its subtree), job role, course,
    competency and status, plus a free-text search and a range of issue dates.

    `period` is an appraisal period (by id): certificates issued from its first to its last day.
    `competency` keeps certificates whose course evidenced that competency (as issued).
    """

    period = _period_field()
    org_unit = OrgUnitCodeFilter(
        label=_("Org unit (with the units below it)"),
        queryset=OrgUnit.objects.order_by("path"),
        to_field_name="code",
        method="filter_org_unit",
        empty_label=_("All units"),
    )
    role = django_filters.ModelChoiceFilter(
        label=_("Job role"),
        queryset=JobRole.objects.all(),
        method="filter_role",
        empty_label=_("All roles"),
    )
    competency = CompetencyFilter(
        label=_("Competency"),
        queryset=Competency.objects.all(),
        to_field_name="code",
        method="filter_competency",
        empty_label=_("Any competency"),
    )

    class Meta:
        model = Certificate
        fields = [
            "q",
            "period",
            "issued_from",
            "issued_to",
            "org_unit",
            "role",
            "course",
            "competency",
            "status",
        ]

    def filter_appraisal_period(self, queryset, name, value):
        return queryset.filter(day_bounds(value.starts_on, value.ends_on))

    def filter_role(self, queryset, name, value):
        return queryset.filter(staff__job_role=value)

    def filter_competency(self, queryset, name, value):
        # The course evidence `certificate_issue` recorded for this completion and competency.
        ref = Concat(
            Value("completion:"),
            Cast(OuterRef("enrolment_id"), CharField()),
            Value(":"),
            Cast(OuterRef("round"), CharField()),
            output_field=CharField(),
        )
        evidenced = Evidence.objects.filter(
            competency=value, source=Evidence.Source.COURSE, source_ref=ref
        )
        return queryset.filter(Exists(evidenced))


class ActiveChoice:
    ACTIVE = "active"
    LEFT = "left"
    ALL = "all"
    CHOICES = (
        (ACTIVE, _("Current staff")),
        (LEFT, _("Staff who have left")),
        (ALL, _("Everyone")),
    )


def course_key_choices() -> list[tuple[str, str]]:
    """Every course (by translation key), titled in the active language when translated."""
    from django.utils.translation import get_language

    language = (get_language() or "zh-hans").lower()
    titles: dict[str, str] = {}
    for key, code, title in CoursePage.objects.values_list(
        "translation_key", "locale__language_code", "title"
    ):
        if str(key) not in titles or code.lower() == language:
            titles[str(key)] = title
    return sorted(titles.items(), key=lambda item: (item[1].casefold(), item[0]))


class SummaryFilter(FilterDataMixin, django_filters.FilterSet):
    """Whose appraisal summaries: the period is required (it is what a summary is about); the
    rest narrows the staff: org unit (with its subtree), job role, a course completed within
    the period, a competency (required by their role, or evidenced for them), current staff or
    those who left, and a name or staff number."""

    period = AppraisalPeriodFilter(
        label=_("Appraisal period"),
        queryset=AppraisalPeriod.objects.all(),
        method="filter_noop",
        required=True,
        empty_label=None,
    )
    q = django_filters.CharFilter(
        label=_("Name or staff number"), method="filter_q", max_length=100
    )
    org_unit = OrgUnitCodeFilter(
        label=_("Org unit (with the units below it)"),
        queryset=OrgUnit.objects.order_by("path"),
        to_field_name="code",
        method="filter_org_unit",
        empty_label=_("All units"),
    )
    role = django_filters.ModelChoiceFilter(
        label=_("Job role"),
        queryset=JobRole.objects.all(),
        field_name="job_role",
        empty_label=_("All roles"),
    )
    course = django_filters.ChoiceFilter(
        label=_("Completed the course in the period"),
        choices=course_key_choices,
        method="filter_course",
        empty_label=_("Any course"),
    )
    competency = CompetencyFilter(
        label=_("Competency"),
        queryset=Competency.objects.all(),
        to_field_name="code",
        method="filter_competency",
        empty_label=_("Any competency"),
    )
    staff_status = django_filters.ChoiceFilter(
        label=_("Staff"),
        choices=ActiveChoice.CHOICES,
        method="filter_staff_status",
        empty_label=None,
    )

    class Meta:
        model = StaffProfile
        fields = ["period", "q", "org_unit", "role", "course", "competency", "staff_status"]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("staff_status"):
            data = data.copy()
            data["staff_status"] = ActiveChoice.ACTIVE
        super().__init__(data, *args, **kwargs)
        cached: list[list[tuple[str, str]]] = []

        def choices() -> list[tuple[str, str]]:
            if not cached:
                cached.append(course_key_choices())
            return cached[0]

        self.filters["course"].extra["choices"] = choices

    @property
    def chosen_period(self) -> AppraisalPeriod | None:
        """The chosen period (None while the form is unbound or invalid)."""
        if not self.is_bound or not self.form.is_valid():
            return None
        return self.form.cleaned_data.get("period")

    def filter_noop(self, queryset, name, value):
        return queryset

    def filter_q(self, queryset, name, value):
        return name_or_number(queryset, value)

    def filter_org_unit(self, queryset, name, value):
        return queryset.in_units([value])

    def filter_course(self, queryset, name, value):
        # A completion is its certificate (one per completion; a re-issue keeps its date).
        period = self.form.cleaned_data.get("period")
        completed = Certificate.objects.filter(staff=OuterRef("pk"), course_key=value)
        if period is not None:
            start, after = period_bounds(period)
            completed = completed.filter(completed_at__gte=start, completed_at__lt=after)
        return queryset.filter(Exists(completed))

    def filter_competency(self, queryset, name, value):
        from training.competencies.models import RoleRequirement

        required = RoleRequirement.objects.filter(job_role=OuterRef("job_role"), competency=value)
        evidenced = Evidence.objects.filter(
            staff=OuterRef("pk"), competency=value, withdrawn_at__isnull=True
        )
        return queryset.filter(Exists(required) | Exists(evidenced))

    def filter_staff_status(self, queryset, name, value):
        if value == ActiveChoice.ACTIVE:
            return queryset.filter(is_active=True)
        if value == ActiveChoice.LEFT:
            return queryset.filter(is_active=False)
        return queryset
