"""The course catalog's filters: topic, language, CEFR level, duration, mandatory and search."""

from __future__ import annotations

import re

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from training.competencies.levels import CEFRLevel
from training.people.models import Language

from .models import CoursePage, Topic

# Duration buckets: value -> (label, lowest minutes, highest minutes or None).
DURATIONS = {
    "upto30": (_("Up to 30 minutes"), None, 30),
    "31-60": (_("31–60 minutes"), 31, 60),
    "61-120": (_("1–2 hours"), 61, 120),
    "over120": (_("More than 2 hours"), 121, None),
}

MANDATORY_CHOICES = [("yes", _("Mandatory")), ("no", _("Optional"))]

# Words of the search box: letters and digits of any script. Everything else (quotes, operators,
# control characters) is dropped before the query reaches the search backend.
WORD = re.compile(r"\w+")
MAX_SEARCH_TERMS = 10


def search_terms(value: str) -> list[str]:
    return WORD.findall(value)[:MAX_SEARCH_TERMS]


def languages_in_use(request=None):
    """Languages that at least one live course teaches (django-filter passes the request)."""
    in_use = CoursePage.objects.live().filter(target_language__isnull=False)
    return Language.objects.filter(pk__in=in_use.values("target_language"))


class CatalogFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_q",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    topic = django_filters.ChoiceFilter(
        label=_("Topic"), choices=Topic.choices, empty_label=_("Any topic")
    )
    target_language = django_filters.ModelChoiceFilter(
        label=_("Language"), queryset=languages_in_use, empty_label=_("Any language")
    )
    cefr_level = django_filters.ChoiceFilter(
        label=_("CEFR level"), choices=CEFRLevel.choices, empty_label=_("Any level")
    )
    duration = django_filters.ChoiceFilter(
        label=_("Duration"),
        choices=[(value, label) for value, (label, _low, _high) in DURATIONS.items()],
        empty_label=_("Any duration"),
        method="filter_duration",
    )
    mandatory = django_filters.ChoiceFilter(
        label=_("Mandatory"),
        choices=MANDATORY_CHOICES,
        empty_label=_("Mandatory or optional"),
        method="filter_mandatory",
    )

    class Meta:
        model = CoursePage
        fields = ["q", "topic", "target_language", "cefr_level", "duration", "mandatory"]

    def has_active_filters(self) -> bool:
        """Whether a valid, bound filter narrows the catalog at all."""
        return any(
            value is not None and not (isinstance(value, str) and not value.strip())
            for value in self.form.cleaned_data.values()
        )

    def filter_q(self, queryset, name, value):
        """Full-text search with Wagtail's search backend, as a pk filter that composes.

        The database backends index whole words, and Chinese has no spaces between words, so a
        course also matches when every search word occurs in its title or summary: "英语" finds
        "英语服务台用语" on SQLite and PostgreSQL alike.
        """
        if not value.strip():
            return queryset
        terms = search_terms(value)
        if not terms:
            return queryset.none()
        found = CoursePage.objects.live().search(" ".join(terms), order_by_relevance=False)
        matched = Q(pk__in=[page.pk for page in found])
        substring = Q()
        for term in terms:
            substring &= Q(title__icontains=term) | Q(summary__icontains=term)
        return queryset.filter(matched | substring)

    def filter_duration(self, queryset, name, value):
        _label, low, high = DURATIONS[value]
        if low is not None:
            queryset = queryset.filter(estimated_minutes__gte=low)
        if high is not None:
            queryset = queryset.filter(estimated_minutes__lte=high)
        return queryset

    def filter_mandatory(self, queryset, name, value):
        return queryset.filter(mandatory=(value == "yes"))
