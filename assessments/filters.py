"""Filters of the question bank's admin listing."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from training.competencies.models import Competency

from .models import QTYPE_CHOICES, Question, QuestionBank, QuestionCategory


class QuestionFilter(WagtailFilterSet):
    bank = django_filters.ModelChoiceFilter(
        field_name="category__bank", queryset=QuestionBank.objects.all(), label=_("Bank")
    )
    category = django_filters.ModelChoiceFilter(
        queryset=QuestionCategory.objects.select_related("bank"), label=_("Category")
    )
    qtype = django_filters.ChoiceFilter(choices=QTYPE_CHOICES, label=_("Type"))
    competency = django_filters.ModelChoiceFilter(
        queryset=Competency.objects.all(), label=_("Competency")
    )
    tag = django_filters.CharFilter(field_name="tags__name", label=_("Tag"), distinct=True)

    class Meta:
        model = Question
        fields = ["bank", "category", "qtype", "competency", "tag"]
