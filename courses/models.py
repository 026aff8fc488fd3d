"""Course content as Wagtail pages: the catalog (CourseIndexPage) > CoursePage > LessonPage.

A course and its lessons exist once per language (Wagtail locales). A page's `translation_key`
is shared by all its translations, so learning records elsewhere refer to courses and lessons by
that key: a learner who switches language keeps their progress.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from training.competencies.levels import CEFRLevel
from training.competencies.models import Competency
from training.people.models import Language

from .blocks import LessonStreamBlock


class Topic(models.TextChoices):
    LANGUAGES = "languages", _("Languages")
    CULTURAL = "cultural", _("Cultural awareness")
    INTERNATIONAL = "international", _("International services")
    TECHNOLOGY = "technology", _("Information technology")
    RESOURCES = "resources", _("Resource management")


class CourseIndexPage(Page):
    """The course catalog: filters, full-text search and the learner's status on each course."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalog")

    def get_context(self, request, *args, **kwargs):
        from . import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.catalog_context(index_page=self, request=request))
        return context


class CoursePage(Page):
    summary = models.TextField(_("summary"), max_length=600)
    objectives = RichTextField(
        _("learning objectives"), features=["ul", "ol", "bold", "italic"], blank=True
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topic = models.CharField(_("topic area"), max_length=20, choices=Topic.choices)
    target_language = models.ForeignKey(
        Language,
        verbose_name=_("target language"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("For a language course: the language it teaches."),
    )
    cefr_level = models.CharField(
        _("CEFR level"), max_length=2, choices=CEFRLevel.choices, blank=True
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated minutes"), validators=[MinValueValidator(5), MaxValueValidator(6000)]
    )
    mandatory = models.BooleanField(
        _("mandatory"), default=False, help_text=_("Every staff member must complete it.")
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a certificate that does not expire."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("topic"), FieldPanel("estimated_minutes")]),
                FieldRowPanel([FieldPanel("target_language"), FieldPanel("cefr_level")]),
                FieldRowPanel([FieldPanel("mandatory"), FieldPanel("certificate_validity_months")]),
            ],
            heading=_("Catalog"),
        ),
        InlinePanel("prerequisites", label=_("Prerequisites")),
        InlinePanel("competency_outcomes", label=_("Competency outcomes")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("topic"),
        index.FilterField("cefr_level"),
        index.FilterField("mandatory"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage", "assessments.QuizPage"]

    class Meta:
        verbose_name = _("course")

    def clean(self) -> None:
        super().clean()
        if self.cefr_level and self.target_language_id is None:
            raise ValidationError({"target_language": _("A CEFR level needs a target language.")})

    def get_context(self, request, *args, **kwargs):
        from . import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_context(course=self, request=request))
        return context


class CoursePrerequisite(Orderable):
    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="prerequisites")
    required_course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course to complete first"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("required_course")]

    class Meta(Orderable.Meta):
        verbose_name = _("prerequisite")


class CourseCompetencyOutcome(Orderable):
    """A completion of the course is evidence of this competency at this level."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="competency_outcomes")
    competency = models.ForeignKey(
        Competency, verbose_name=_("competency"), on_delete=models.PROTECT, related_name="+"
    )
    level = models.PositiveSmallIntegerField(
        _("level"),
        validators=[MinValueValidator(1), MaxValueValidator(6)],
        help_text=_("1-5; on the CEFR scale 1 = A1 ... 6 = C2."),
    )

    panels = [FieldRowPanel([FieldPanel("competency"), FieldPanel("level")])]

    class Meta(Orderable.Meta):
        verbose_name = _("competency outcome")

    def clean(self) -> None:
        if self.competency_id is not None and self.level:
            self.competency.validate_level(self.level)


class LessonPage(Page):
    """One sitting of a course: 5-30 minutes of blocks, in the order the editor set."""

    estimated_minutes = models.PositiveIntegerField(
        _("estimated minutes"), default=15, validators=[MinValueValidator(1)]
    )
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Optional lessons do not count towards completing the course."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson content"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("required")]),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        from . import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.lesson_context(lesson=self, request=request))
        return context
