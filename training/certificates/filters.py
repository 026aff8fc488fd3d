"""HR's certificate filters: the list at /hr/certificates/, its ZIP exports and the
`export_certificates` command all filter with `CertificateFilter`, so they agree on what a filter
means. A value that is not a valid choice (a forged org unit code, a status that does not exist,
a period that cannot be read) is a form error and selects no certificates, never all of them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
import uuid

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from training.people.filters import OrgUnitTreeChoiceField
from training.people.models import OrgUnit

from .models import Certificate, Status, normalise_code

# --- periods ----------------------------------------------------------------------------------

PERIOD_HELP = _(
    "A year (2026), a half year (2026-H1, 2026-H2), a quarter (2026-Q3), a month (2026-05) or "
    "two dates (2026-01-01..2026-06-30, both included)."
)

_YEAR = re.compile(r"^(\d{4})$", re.ASCII)
_HALF = re.compile(r"^(\d{4})-H([12])$", re.ASCII)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.ASCII)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$", re.ASCII)
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$", re.ASCII)
MIN_YEAR, MAX_YEAR = 2000, 2100


class PeriodError(ValueError):
    """A period name that cannot be read; the message says what is accepted."""


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def parse_period(name: str) -> tuple[dt.date, dt.date]:
    """A period name -> (first day, last day), both included.

    Accepted: "2026" (the year), "2026-H1" / "2026-H2" (half years), "2026-Q1" ... "2026-Q4"
    (quarters), "2026-05" (a month) and "2026-01-01..2026-06-30" (a range of days). Case,
    surrounding spaces and full-width characters (as a Chinese input method types them) do not
    matter. Anything else raises PeriodError. (Appraisal periods with names of their own come
    later and will be looked up before these forms.)
    """
    text = unicodedata.normalize("NFKC", str(name or ""))[:64].strip().upper()
    try:
        if match := _YEAR.match(text):
            year = _year(match.group(1))
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if match := _HALF.match(text):
            year, half = _year(match.group(1)), int(match.group(2))
            return _months(year, 1, 6) if half == 1 else _months(year, 7, 12)
        if match := _QUARTER.match(text):
            year, quarter = _year(match.group(1)), int(match.group(2))
            return _months(year, 3 * quarter - 2, 3 * quarter)
        if match := _MONTH.match(text):
            year, month = _year(match.group(1)), int(match.group(2))
            return _months(year, month, month)
        if match := _RANGE.match(text):
            start = dt.date.fromisoformat(match.group(1))
            end = dt.date.fromisoformat(match.group(2))
            _year(start.year)
            _year(end.year)
            if end < start:
                raise PeriodError(
                    _("The period “%(name)s” ends before it starts.") % {"name": name}
                )
            return start, end
    except PeriodError:
        raise
    except ValueError:  # a month 13, a 30 February
        pass
    raise PeriodError(
        _("“%(name)s” is not a period. Use %(forms)s") % {"name": name, "forms": PERIOD_HELP}
    )


def _year(text: str | int) -> int:
    year = int(text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(year)
    return year


def day_bounds(start: dt.date | None, end: dt.date | None) -> Q:
    """Issued on a day from `start` to `end` (both included, local time): an indexed range."""
    condition = Q()
    tz = timezone.get_current_timezone()
    if start is not None:
        condition &= Q(issued_at__gte=dt.datetime.combine(start, dt.time.min, tzinfo=tz))
    if end is not None:
        following = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
        condition &= Q(issued_at__lt=following)
    return condition


class PeriodField(forms.CharField):
    """A period name; cleans to the name, stripped, after checking that it can be read."""

    def validate(self, value):
        super().validate(value)
        if value:
            try:
                parse_period(value)
            except PeriodError as error:
                raise ValidationError(str(error), code="invalid_period") from None


class PeriodFilter(django_filters.CharFilter):
    field_class = PeriodField


class BoundedDateField(forms.DateField):
    """A day from MIN_YEAR to MAX_YEAR: a year 1 or 9999 is a typing slip (and would overflow
    the day's bounds)."""

    def validate(self, value):
        super().validate(value)
        if value and not MIN_YEAR <= value.year <= MAX_YEAR:
            raise ValidationError(
                _("Choose a day from %(first)s to %(last)s.")
                % {"first": f"{MIN_YEAR}-01-01", "last": f"{MAX_YEAR}-12-31"},
                code="out_of_range",
            )


class BoundedDateFilter(django_filters.DateFilter):
    field_class = BoundedDateField


# --- courses ----------------------------------------------------------------------------------


def course_choices() -> list[tuple[str, str]]:
    """Every course some certificate is for, by course key, titled in the active language.

    Two queries whatever the number of certificates: the distinct keys (with a title as issued,
    for a course deleted since) and the course pages' current titles.
    """
    issued = dict(
        Certificate.objects.order_by()
        .values("course_key")
        .annotate(title=Max("course_title"))
        .values_list("course_key", "title")
    )
    language = (get_language() or "zh-hans").lower()
    titles: dict[uuid.UUID, str] = {}
    for key, code, title in CoursePage.objects.filter(translation_key__in=issued).values_list(
        "translation_key", "locale__language_code", "title"
    ):
        if key not in titles or code.lower() == language:
            titles[key] = title
    choices = [(str(key), titles.get(key) or title) for key, title in issued.items()]
    return sorted(choices, key=lambda choice: (choice[1].casefold(), choice[0]))


# --- the filter -------------------------------------------------------------------------------


class OrgUnitCodeFilter(django_filters.ModelChoiceFilter):
    """An org unit chosen by its code (readable in URLs, the same value as `--org-unit`)."""

    field_class = OrgUnitTreeChoiceField


class CertificateFilter(django_filters.FilterSet):
    period = PeriodFilter(label=_("Period"), method="filter_period", help_text=PERIOD_HELP)
    issued_from = BoundedDateFilter(
        label=_("Issued from"),
        method="filter_issued_from",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    issued_to = BoundedDateFilter(
        label=_("Issued until"),
        method="filter_issued_to",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    org_unit = OrgUnitCodeFilter(
        label=_("Org unit (with the units below it)"),
        queryset=OrgUnit.objects.order_by("path"),
        to_field_name="code",
        method="filter_org_unit",
        empty_label=_("All units"),
    )
    course = django_filters.ChoiceFilter(
        label=_("Course"), choices=course_choices, method="filter_course", empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        method="filter_status",
        empty_label=_("Any status"),
    )
    q = django_filters.CharFilter(
        label=_("Name, staff number or code"), method="filter_q", max_length=100
    )

    class Meta:
        model = Certificate
        fields = ["q", "period", "issued_from", "issued_to", "org_unit", "course", "status"]

    def __init__(self, *args, today: dt.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        # The course choices are read once per filter (validation and the form both ask).
        cached: list[list[tuple[str, str]]] = []

        def choices() -> list[tuple[str, str]]:
            if not cached:
                cached.append(course_choices())
            return cached[0]

        self.filters["course"].extra["choices"] = choices

    def filter_period(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(day_bounds(*parse_period(value)))

    def filter_issued_from(self, queryset, name, value):
        return queryset.filter(day_bounds(value, None))

    def filter_issued_to(self, queryset, name, value):
        return queryset.filter(day_bounds(None, value))

    def filter_org_unit(self, queryset, name, value):
        return queryset.filter(staff__org_unit__in=OrgUnit.objects.subtree_of([value]))

    def filter_course(self, queryset, name, value):
        return queryset.filter(course_key=value)

    def filter_status(self, queryset, name, value):
        return queryset.with_status(value, self.today)

    def filter_q(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        condition = (
            Q(holder_name_zh__icontains=value)
            | Q(holder_name_latin__icontains=value)
            | Q(staff__name_zh__icontains=value)
            | Q(staff__name_latin__icontains=value)
            | Q(staff_number__iexact=value)
        )
        code = normalise_code(value)
        if code is not None:
            condition |= Q(code=code)
        return queryset.filter(condition)

    # -- for exports: the filter as data, and as words

    def as_data(self) -> dict[str, str]:
        """The valid, non-empty filter values as strings (stored with an export, re-applied when
        it runs)."""
        data = {}
        for name in self.filters:
            value = self.form.cleaned_data.get(name)
            if value in (None, ""):
                continue
            if isinstance(value, OrgUnit):
                value = value.code
            elif isinstance(value, dt.date):
                value = value.isoformat()
            data[name] = str(value)
        return data

    def describe(self) -> str:
        """The filter in a line of words, for the export's description."""
        parts = []
        for name, field in self.form.fields.items():
            value = self.form.cleaned_data.get(name)
            if value in (None, ""):
                continue
            if isinstance(field, forms.ChoiceField) and not isinstance(
                field, forms.ModelChoiceField
            ):
                value = dict(field.choices).get(value, value)
            elif isinstance(value, OrgUnit):
                value = value.name
            parts.append(f"{field.label}: {value}")
        return "; ".join(str(part) for part in parts) or str(_("All certificates"))
