"""The question bank in the Wagtail admin: banks, categories and questions (one "Question bank"
menu group), the import, and item analysis linked from each quiz page and question.

Questions are CMS content, edited like pages: Wagtail's generic views save them (with their
options and tags) after the model's own validation, and log every change in Wagtail's history.
"""

from __future__ import annotations

from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, ListingButton

from training.people import policies

from . import admin_views
from .filters import QuestionFilter
from .models import Question, QuestionBank, QuestionCategory, QuizPage


class QuestionBankViewSet(ModelViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Banks")
    add_to_admin_menu = False
    list_display = ["name", "description"]
    search_fields = ["name"]
    form_fields = ["name", "description"]


class QuestionCategoryViewSet(ModelViewSet):
    model = QuestionCategory
    icon = "folder"
    menu_label = _("Categories")
    list_display = ["bank", "path"]
    list_filter = ["bank"]
    form_fields = ["bank", "path"]


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = [
        "name",
        Column("qtype", label=_("Type"), accessor="get_qtype_display"),
        "category",
        "competency",
        "updated_at",
    ]
    filterset_class = QuestionFilter
    search_fields = ["name", "text"]
    list_per_page = 50
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Question.objects.select_related("category__bank", "competency")


class QuestionBankGroup(ViewSetGroup):
    menu_label = _("Question bank")
    menu_icon = "help"
    menu_order = 250
    items = (
        QuestionViewSet("assessments_question"),
        QuestionCategoryViewSet("assessments_category"),
        QuestionBankViewSet("assessments_bank"),
    )


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return policies.can_author_assessments(request.user)


@hooks.register("register_admin_viewset")
def register_question_bank():
    return QuestionBankGroup()


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import questions"),
        reverse_lazy("assessments_import"),
        name="assessments-import",
        icon_name="upload",
        order=251,
    )


@hooks.register("register_admin_urls")
def register_assessment_admin_urls():
    return [
        path("assessments/import/", admin_views.questions_import, name="assessments_import"),
        path("assessments/export/", admin_views.questions_export, name="assessments_export"),
        path(
            "assessments/analysis/quiz/<int:page_id>/",
            admin_views.quiz_analysis,
            name="assessments_quiz_analysis",
        ),
        path(
            "assessments/analysis/question/<int:question_id>/",
            admin_views.question_analysis,
            name="assessments_question_analysis",
        ),
    ]


@hooks.register("register_page_header_buttons")
def quiz_analysis_header_button(page, user, view_name, next_url=None):
    if page.specific_class is QuizPage and policies.can_author_assessments(user):
        yield Button(
            _("Item analysis"),
            reverse("assessments_quiz_analysis", args=[page.pk]),
            icon_name="table",
            priority=60,
        )


@hooks.register("register_page_listing_more_buttons")
def quiz_analysis_listing_button(page, user, next_url=None):
    if page.specific_class is QuizPage and policies.can_author_assessments(user):
        yield ListingButton(
            _("Item analysis"),
            reverse("assessments_quiz_analysis", args=[page.pk]),
            icon_name="table",
            priority=60,
        )
