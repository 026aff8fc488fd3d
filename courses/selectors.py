"""Reads for the course pages: the catalog, a course and a lesson, in a fixed number of queries.

Each function returns the extra template context of one page type (models.py calls them from
`get_context`). The queries do not grow with the number of courses or lessons: every list is one
query with its relations joined or prefetched, and the learner's progress comes from one call to
`courses.learner_state` per page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.models import Page

from training.competencies.levels import level_label

from .filters import CatalogFilter
from .learner_state import (
    NOT_STARTED,
    CourseStatus,
    LessonStates,
    course_statuses,
    lesson_states,
)
from .models import CourseIndexPage, CoursePage, LessonPage

# The rendition of a cover image on a catalog card, prefetched with the courses; the catalog
# template's {% image %} tag must ask for the same spec.
CARD_IMAGE_SPEC = "fill-480x270"


@dataclass(frozen=True)
class CatalogEntry:
    course: CoursePage
    status: CourseStatus


@dataclass(frozen=True)
class LessonEntry:
    lesson: LessonPage
    number: int
    done: bool
    current: bool = False


@dataclass(frozen=True)
class PrerequisiteEntry:
    course: CoursePage
    status: CourseStatus


@dataclass(frozen=True)
class OutcomeEntry:
    competency_name: str
    level: str


def content_languages(course: CoursePage | None) -> dict[str, str]:
    """`lang` attributes for phrases in the course's target language and their romanisation."""
    language = getattr(course, "target_language", None)
    if language is None:
        return {"content_lang": "", "romanisation_lang": ""}
    code = language.code
    if code == "zh":
        return {"content_lang": "zh", "romanisation_lang": "zh-Latn-pinyin"}
    return {"content_lang": code, "romanisation_lang": f"{code}-Latn"}


# --- the catalog --------------------------------------------------------------------------------


def catalog_courses(index_page: CourseIndexPage):
    """The live courses of one catalog (its own locale), in the editor's order, relations joined."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE_SPEC)
    return (
        CoursePage.objects.child_of(index_page)
        .live()
        .filter(locale_id=index_page.locale_id)
        .select_related("target_language", "cover_image")
        .prefetch_related(Prefetch("cover_image__renditions", queryset=renditions))
        .order_by("path")
    )


def catalog_context(*, index_page: CourseIndexPage, request) -> dict:
    courses = catalog_courses(index_page)
    filterset = CatalogFilter(request.GET or None, queryset=courses, request=request)
    # A forged or malformed value is an error on the form and matches nothing; it never
    # silently shows the whole catalog.
    valid = filterset.is_valid() if filterset.is_bound else True
    results = list(filterset.qs) if valid else []
    statuses = course_statuses(request=request, courses=results) if results else {}
    entries = [
        CatalogEntry(course=course, status=statuses.get(course.translation_key, NOT_STARTED))
        for course in results
    ]
    return {
        "filter": filterset,
        "filter_valid": valid,
        "filtered": filterset.is_bound and (not valid or filterset.has_active_filters()),
        "entries": entries,
        "result_count": len(entries),
    }


# --- a course -----------------------------------------------------------------------------------


def course_lessons(course: Page):
    """The live lessons of a course in the editor's order (bodies not loaded)."""
    return LessonPage.objects.child_of(course).live().order_by("path").defer_streamfields()


def _prerequisites(course: CoursePage) -> list[CoursePage]:
    """The courses to complete first, each in the course's own language where translated."""
    required = [
        prerequisite.required_course
        for prerequisite in course.prerequisites.select_related("required_course").order_by(
            "sort_order"
        )
    ]
    if not required:
        return []
    translated = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(
            locale_id=course.locale_id,
            translation_key__in=[page.translation_key for page in required],
        )
    }
    return [translated.get(page.translation_key, page) for page in required]


def _outcomes(course: CoursePage) -> list[OutcomeEntry]:
    return [
        OutcomeEntry(
            competency_name=outcome.competency.name,
            level=level_label(outcome.competency.scale, outcome.level),
        )
        for outcome in course.competency_outcomes.select_related("competency").order_by(
            "sort_order"
        )
    ]


def _lesson_entries(
    lessons: list[LessonPage], states: LessonStates, current: LessonPage | None = None
) -> list[LessonEntry]:
    done = states.completed_lesson_keys
    return [
        LessonEntry(
            lesson=lesson,
            number=number,
            done=lesson.translation_key in done,
            current=current is not None and lesson.pk == current.pk,
        )
        for number, lesson in enumerate(lessons, start=1)
    ]


def _progress(entries: list[LessonEntry]) -> dict:
    """Completed required lessons out of all required ones (optional lessons do not count)."""
    required = [entry for entry in entries if entry.lesson.required]
    return {
        "lessons_done": sum(1 for entry in required if entry.done),
        "lessons_required": len(required),
    }


@dataclass(frozen=True)
class AssessmentEntry:
    """A quiz (or other non-lesson item) of a course, and whether the learner has passed it."""

    page: Page
    done: bool


def course_context(*, course: CoursePage, request) -> dict:
    lessons = list(course_lessons(course))
    prerequisites = _prerequisites(course)
    if course.pk is None:  # the admin's preview of a course not saved yet: nobody has progress
        statuses, states = {}, LessonStates()
    else:
        states = lesson_states(request=request, course=course, lessons=lessons)
        # The lesson-state provider already answers for this course; ask the status provider
        # again only for what it did not cover (a provider that gives no course status).
        asked = prerequisites if states.course != NOT_STARTED else [course, *prerequisites]
        statuses = course_statuses(request=request, courses=asked) if asked else {}
    entries = _lesson_entries(lessons, states)
    status = statuses.get(course.translation_key) or states.course
    # Other items of the course (quizzes, from a higher layer), known here only as pages.
    others = Page.objects.child_of(course).live().not_type(LessonPage).order_by("path")
    assessments = [
        AssessmentEntry(page=page, done=page.translation_key in states.completed_lesson_keys)
        for page in (others if course.pk is not None else [])
    ]
    return {
        "assessments": assessments,
        "catalog": course.get_parent(),
        # Loaded here rather than by the template (the served page comes without its relations).
        "target_language": course.target_language,
        "cover_image": course.cover_image,
        "lessons": entries,
        "lesson_count": len(entries),
        "lesson_minutes": sum(lesson.estimated_minutes for lesson in lessons),
        "first_lesson": lessons[0] if lessons else None,
        "prerequisites": [
            PrerequisiteEntry(course=page, status=statuses.get(page.translation_key, NOT_STARTED))
            for page in prerequisites
        ],
        "outcomes": _outcomes(course),
        "states": states,
        "status": status,
        **_progress(entries),
    }


# --- a lesson -----------------------------------------------------------------------------------


def lesson_context(*, lesson: LessonPage, request) -> dict:
    course = CoursePage.objects.parent_of(lesson).select_related("target_language").first()
    if course is None:  # cannot happen under the page-type rules; render the lesson alone
        return {
            "course": None,
            "catalog": None,
            "lessons": [],
            "lesson_done": False,
            **content_languages(None),
        }
    lessons = list(course_lessons(course))
    states = lesson_states(request=request, course=course, lessons=lessons)
    entries = _lesson_entries(lessons, states, current=lesson)
    position = next((i for i, entry in enumerate(entries) if entry.current), None)
    previous_lesson = next_lesson = None
    if position is not None:
        if position > 0:
            previous_lesson = entries[position - 1].lesson
        if position + 1 < len(entries):
            next_lesson = entries[position + 1].lesson
    return {
        "course": course,
        "catalog": course.get_parent(),
        "lessons": entries,
        "lesson_number": position + 1 if position is not None else None,
        "lesson_count": len(entries),
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "lesson_done": lesson.translation_key in states.completed_lesson_keys,
        "complete_url": states.complete_url,
        "heartbeat_url": states.heartbeat_url,
        **_progress(entries),
        **content_languages(course),
    }
