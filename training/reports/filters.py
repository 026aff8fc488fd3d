"""The team dashboard's filters (django-filter), over the staff the viewer may see.

Units come from `policies.org_units_visible_to(user)` only, so another department's unit id is
not a valid choice: the form shows an error and the view shows no rows (never everyone).
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from training.competencies.models import Competency
from training.people import policies
from training.people.filters import OrgUnitTreeChoiceField
from training.people.models import JobRole, StaffProfile
from training.progress.models import Assignment

from . import selectors

PER_PAGE_CHOICES = (50, 100, 250, 500)
DEFAULT_PER_PAGE = 100


class OrgUnitTreeFilter(django_filters.ModelChoiceFilter):
    field_class = OrgUnitTreeChoiceField


class CompetencyChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.code})"


class CompetencyFilter(django_filters.ModelChoiceFilter):
    field_class = CompetencyChoiceField


def name_or_number(queryset, value: str):
    """Staff whose Chinese or Latin name contains `value`, or whose staff number is it."""
    value = value.strip()
    if not value:
        return queryset
    return queryset.filter(
        Q(name_zh__icontains=value) | Q(name_latin__icontains=value) | Q(staff_number__iexact=value)
    )


class TeamFilter(django_filters.FilterSet):
    """Who is in the matrix (and which columns it has: `competency` narrows them to one).

    Build it with `user=`: the unit choices are the units that user may see. Staff who left are
    left out unless `include_inactive` is ticked. `only_gaps` comes after the other row filters
    (it computes levels, so it works on the rows they left). The form is always bound: without
    a query string it holds the defaults. An invalid form (a forged unit id, an unknown page
    size) filters to nobody.
    """

    # A maximum length, as every search box has: a pattern of a megabyte is a form error, not
    # a database error (SQLite refuses LIKE patterns over 50,000 bytes).
    q = django_filters.CharFilter(
        label=_("Name or staff number"), method="filter_q", max_length=100
    )
    org_unit = OrgUnitTreeFilter(
        label=_("Org unit (with the units below it)"),
        queryset=None,  # set per viewer in __init__
        method="filter_org_unit",
        empty_label=_("All units"),
    )
    job_role = django_filters.ModelChoiceFilter(
        label=_("Job role"), queryset=JobRole.objects.all(), empty_label=_("All roles")
    )
    competency = CompetencyFilter(
        label=_("Competency (one column)"),
        queryset=Competency.objects.all(),
        method="filter_competency",
        empty_label=_("The competencies the roles require"),
    )
    overdue = django_filters.BooleanFilter(
        label=_("Only staff with overdue assignments"),
        widget=forms.CheckboxInput,
        method="filter_overdue",
    )
    only_gaps = django_filters.BooleanFilter(
        label=_("Only staff with gaps"),
        widget=forms.CheckboxInput,
        method="filter_only_gaps",
    )
    include_inactive = django_filters.BooleanFilter(
        label=_("Include staff who have left"),
        widget=forms.CheckboxInput,
        method="filter_include_inactive",
    )
    per_page = django_filters.TypedChoiceFilter(
        label=_("Rows per page"),
        choices=[(str(n), str(n)) for n in PER_PAGE_CHOICES],
        coerce=int,
        empty_value=None,
        method="filter_nothing",
    )

    class Meta:
        model = StaffProfile
        fields = [
            "q",
            "org_unit",
            "job_role",
            "competency",
            "overdue",
            "only_gaps",
            "include_inactive",
            "per_page",
        ]

    def __init__(self, data=None, *args, user, **kwargs):
        # Always bound: no query string means the defaults (active staff, 100 rows a page).
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if not data.get("per_page"):
            data["per_page"] = str(DEFAULT_PER_PAGE)
        super().__init__(data, *args, **kwargs)
        self.user = user
        units = policies.org_units_visible_to(user)
        self.filters["org_unit"].queryset = units
        self.form.fields["org_unit"].queryset = units
        self.form.fields["per_page"].required = False

    # --- what the view reads -----------------------------------------------------------------

    @property
    def valid(self) -> bool:
        return self.is_valid()

    @property
    def qs(self):
        """The filtered staff; none at all when the form is invalid (a forged value)."""
        if not self.valid:
            return self.queryset.none()
        queryset = super().qs
        if not self._value("include_inactive"):
            queryset = queryset.filter(is_active=True)
        return queryset

    def _value(self, name: str):
        if not self.is_valid():
            return None
        return self.form.cleaned_data.get(name)

    @property
    def selected_competency(self) -> Competency | None:
        return self._value("competency")

    @property
    def rows_per_page(self) -> int:
        return self._value("per_page") or DEFAULT_PER_PAGE

    # --- filter methods ----------------------------------------------------------------------

    def filter_q(self, queryset, name, value):
        return name_or_number(queryset, value)

    def filter_org_unit(self, queryset, name, value):
        return queryset.in_units([value])

    def filter_competency(self, queryset, name, value):
        return queryset  # it chooses the columns, not the rows

    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_include_inactive(self, queryset, name, value):
        return queryset  # applied in `qs`, after every other filter

    def filter_overdue(self, queryset, name, value):
        if not value:
            return queryset
        overdue = Assignment.objects.filter(
            staff=OuterRef("pk"), closed_at__isnull=True, due_date__lt=timezone.localdate()
        )
        return queryset.filter(Exists(overdue))

    def filter_only_gaps(self, queryset, name, value):
        if not value:
            return queryset
        if not self._value("include_inactive"):
            queryset = queryset.filter(is_active=True)
        competency = self.form.cleaned_data.get("competency")
        ids = selectors.staff_with_gaps(
            queryset, competency_ids=[competency.pk] if competency is not None else None
        )
        return queryset.filter(pk__in=ids)
