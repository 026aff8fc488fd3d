"""The staff directory's filters, shared by the /team/ page and the admin listing."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField as FilterModelChoiceField
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect

from .models import AuditEntry, JobRole, Language, OrgUnit, StaffProfile


class StaffFilter(django_filters.FilterSet):
    # A maximum length, as every search box has: a pattern of a megabyte is a form error, not
    # a database error (SQLite refuses LIKE patterns over 50,000 bytes).
    q = django_filters.CharFilter(
        label=_("Name or staff number"), method="filter_q", max_length=100
    )
    org_unit = django_filters.ModelChoiceFilter(
        label=_("Org unit (with the units below it)"),
        queryset=OrgUnit.objects.all(),
        method="filter_org_unit",
        empty_label=_("All units"),
    )
    job_role = django_filters.ModelChoiceFilter(
        label=_("Job role"), queryset=JobRole.objects.all(), empty_label=_("All roles")
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Speaks"),
        queryset=Language.objects.all(),
        field_name="languages",
        empty_label=_("Any language"),
    )
    is_active = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("true", _("In post")), ("false", _("Left the library"))],
        empty_label=_("Any status"),
        method="filter_is_active",
    )

    class Meta:
        model = StaffProfile
        fields = ["q", "org_unit", "job_role", "language", "is_active"]

    def __init__(self, *args, org_units=None, **kwargs):
        super().__init__(*args, **kwargs)
        if org_units is not None:
            # Offer only the units the viewer may see: another team's ids are not valid choices.
            self.filters["org_unit"].queryset = org_units
            self.form.fields["org_unit"].queryset = org_units

    def filter_q(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(name_zh__icontains=value)
            | Q(name_latin__icontains=value)
            | Q(staff_number__iexact=value)
            | Q(user__email__iexact=value)
        )

    def filter_org_unit(self, queryset, name, value):
        return queryset.in_units([value])

    def filter_is_active(self, queryset, name, value):
        return queryset.filter(is_active=value == "true")


# --- Wagtail admin listings ------------------------------------------------------------------
# The admin's listing views expect `wagtail.admin.filters.WagtailFilterSet` subclasses: they
# take `request` and render with Wagtail's filter widgets.


def org_unit_tree_label(unit: OrgUnit) -> str:
    """A unit's name indented by its depth, with its code: "— — Desk (isss-desk)"."""
    return f"{'— ' * unit.depth}{unit.name} ({unit.code})"


class OrgUnitTreeChoiceField(FilterModelChoiceField):
    def label_from_instance(self, obj):
        return org_unit_tree_label(obj)


class OrgUnitTreeFilter(django_filters.ModelChoiceFilter):
    field_class = OrgUnitTreeChoiceField


class OrgUnitAdminFilter(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=OrgUnit.Kind.choices,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    is_active = django_filters.BooleanFilter(label=_("Active"), widget=BooleanRadioSelect)
    parent = OrgUnitTreeFilter(
        label=_("Parent unit"), queryset=OrgUnit.objects.exclude(kind=OrgUnit.Kind.TEAM)
    )

    class Meta:
        model = OrgUnit
        fields = ["kind", "is_active", "parent"]


class StaffAdminFilter(WagtailFilterSet, StaffFilter):
    """StaffFilter for the admin listing: HR sees every unit, and the search box does names."""

    # The listing's own search box uses the "q" parameter; drop StaffFilter's name filter.
    q = None
    org_unit = OrgUnitTreeFilter(
        label=_("Org unit (with the units below it)"),
        queryset=OrgUnit.objects.all(),
        method="filter_org_unit",
    )
    is_active = django_filters.BooleanFilter(label=_("Active"), widget=BooleanRadioSelect)

    class Meta(StaffFilter.Meta):
        fields = ["org_unit", "job_role", "language", "is_active"]


def _audit_actions():
    """The actions in the log so far, as choices (one query when the filter form is built)."""
    actions = AuditEntry.objects.order_by("action").values_list("action", flat=True).distinct()
    return [(action, action) for action in actions]


class AuditEntryAdminFilter(WagtailFilterSet):
    action = django_filters.ChoiceFilter(
        label=_("Action"), choices=_audit_actions, widget=forms.RadioSelect, empty_label=_("All")
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEntry
        fields = ["action", "created_at"]
