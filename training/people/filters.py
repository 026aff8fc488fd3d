"""The staff directory's filters, shared by the /team/ page and the admin listing."""

from __future__ import annotations

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import JobRole, Language, OrgUnit, StaffProfile


class StaffFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Name or staff number"), method="filter_q")
    org_unit = django_filters.ModelChoiceFilter(
        label=_("Org unit (with the units below it)"),
        queryset=OrgUnit.objects.all(),
        method="filter_org_unit",
    )
    job_role = django_filters.ModelChoiceFilter(label=_("Job role"), queryset=JobRole.objects.all())
    language = django_filters.ModelChoiceFilter(
        label=_("Speaks"), queryset=Language.objects.all(), field_name="languages"
    )
    is_active = django_filters.BooleanFilter(label=_("Active"))

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
        return queryset.filter(org_unit__path__startswith=value.path)
