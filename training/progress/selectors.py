"""Reads of the learning record, each in a fixed number of queries whatever the data size.

Records are keyed by translation_key; these selectors translate the keys into the pages of the
ACTIVE locale (`Locale.get_active()`) in one query per kind of page, falling back to the version
the learner used last when the course or lesson has no live page in the active language.

Percentages follow the completion rule in `completion.py` (computed with grouped queries over
all the learner's enrolments, never a query per row).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from wagtail.models import Locale, Page

from courses.models import CoursePage, LessonPage
from training.people.models import StaffProfile

from . import completion
from .models import Assignment, Enrolment, LessonProgress

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"

RECOMMENDED_LIMIT = 6


@dataclass(frozen=True)
class CourseProgress:
    """One course on a learner's dashboard (or in a provider's answer)."""

    course_key: uuid.UUID
    title: str
    page: Page | None  # the live course page to link to: active language, else the one used
    resume_page: Page | None  # where to continue: the last lesson (active language if it exists)
    state: str
    percent: int
    required_lessons: int
    completed_lessons: int
    enrolment: Enrolment | None = None
    assignment: Assignment | None = None
    due_date: date | None = None
    overdue: bool = False
    completed_at: datetime | None = None
    # Completed courses: required lessons added after completion (optional extra reading).
    new_lessons: int = 0

    @property
    def assigned(self) -> bool:
        return self.assignment is not None


@dataclass(frozen=True)
class Dashboard:
    staff: StaffProfile
    today: date
    assigned: list[CourseProgress]
    in_progress: list[CourseProgress]
    completed: list[CourseProgress]
    recommended: list[CoursePage]

    @property
    def overdue_count(self) -> int:
        return sum(1 for entry in self.assigned if entry.overdue)


def _live(page: Page | None) -> Page | None:
    return page if page is not None and page.live else None


def _progress_entries(
    *,
    enrolments: list[Enrolment],
    assignments: list[Assignment],
    locale: Locale,
    today: date,
    active_courses: dict[uuid.UUID, CoursePage] | None = None,
) -> dict[uuid.UUID, CourseProgress]:
    """CourseProgress per course key for these enrolments and open assignments.

    Queries: at most four (pages of the active locale for courses and lessons, required counts,
    completed counts), whatever the number of enrolments.
    """
    by_key = {enrolment.course_key: enrolment for enrolment in enrolments}
    assignment_by_key = {assignment.course_key: assignment for assignment in assignments}
    keys = set(by_key) | set(assignment_by_key)
    if not keys:
        return {}
    if active_courses is None:
        active_courses = {
            page.translation_key: page
            for page in CoursePage.objects.live().filter(translation_key__in=keys, locale=locale)
        }
    lesson_keys = {
        e.last_lesson_key for e in enrolments if e.last_lesson_key and e.completed_at is None
    }
    active_lessons = (
        {
            page.translation_key: page
            for page in LessonPage.objects.live()
            .filter(translation_key__in=lesson_keys, locale=locale)
            .only("pk", "title", "url_path", "translation_key", "locale_id", "live", "path")
        }
        if lesson_keys
        else {}
    )
    required = completion.required_counts(keys)
    done = completion.completed_required_counts(e.pk for e in enrolments)

    entries = {}
    for key in keys:
        enrolment = by_key.get(key)
        assignment = assignment_by_key.get(key)
        used = (enrolment.course if enrolment else None) or (
            assignment.course if assignment else None
        )
        page = _live(active_courses.get(key)) or _live(used)
        title = (page or used).title if (page or used) else ""
        n_required = required.get(key, 0)
        n_done = done.get(enrolment.pk, 0) if enrolment else 0
        is_completed = bool(enrolment and enrolment.completed_at)
        if is_completed:
            state = COMPLETED
        elif enrolment is not None:
            state = IN_PROGRESS
        else:
            state = NOT_STARTED
        resume = None
        if enrolment is not None and not is_completed and enrolment.last_lesson_key:
            resume = active_lessons.get(enrolment.last_lesson_key) or _live(enrolment.last_lesson)
        entries[key] = CourseProgress(
            course_key=key,
            title=title,
            page=page,
            resume_page=resume or page,
            state=state,
            percent=completion.percent(
                completed=n_done, required=n_required, is_completed=is_completed
            ),
            required_lessons=n_required,
            completed_lessons=n_done,
            enrolment=enrolment,
            assignment=assignment,
            due_date=assignment.due_date if assignment else None,
            overdue=bool(assignment and assignment.due_date < today),
            completed_at=enrolment.completed_at if enrolment else None,
            new_lessons=max(0, n_required - n_done) if is_completed else 0,
        )
    return entries


def dashboard(*, staff: StaffProfile) -> Dashboard:
    """The learner dashboard of `staff`, in the active language, in a fixed number of queries.

    Sections: `assigned` (open assignments by due date, overdue flagged, with progress),
    `in_progress` (enrolments not completed and not assigned, most recently opened first),
    `completed` (newest first; 100 % even if lessons were added since, with `new_lessons`), and
    `recommended` (mandatory live courses of the active locale that the learner has not started).
    """
    locale = Locale.get_active()
    today = timezone.localdate()
    enrolments = list(Enrolment.objects.filter(staff=staff).select_related("course", "last_lesson"))
    assignments = list(
        Assignment.objects.filter(staff=staff, closed_at__isnull=True).select_related("course")
    )
    entries = _progress_entries(
        enrolments=enrolments, assignments=assignments, locale=locale, today=today
    )
    started_keys = set(entries)
    recommended = list(
        CoursePage.objects.live()
        .filter(locale=locale, mandatory=True)
        .exclude(translation_key__in=started_keys)
        .order_by("title", "pk")[:RECOMMENDED_LIMIT]
    )

    assigned = sorted(
        (entries[a.course_key] for a in assignments),
        key=lambda entry: (entry.due_date, entry.title, str(entry.course_key)),
    )
    assigned_keys = {a.course_key for a in assignments}
    in_progress = sorted(
        (
            entries[e.course_key]
            for e in enrolments
            if e.completed_at is None and e.course_key not in assigned_keys
        ),
        key=lambda entry: (
            entry.enrolment.last_opened_at or entry.enrolment.enrolled_at,
            entry.enrolment.pk,
        ),
        reverse=True,
    )
    completed = sorted(
        (entries[e.course_key] for e in enrolments if e.completed_at is not None),
        key=lambda entry: (entry.completed_at, entry.enrolment.pk),
        reverse=True,
    )
    return Dashboard(
        staff=staff,
        today=today,
        assigned=assigned,
        in_progress=in_progress,
        completed=completed,
        recommended=recommended,
    )


def course_progress(
    *, staff: StaffProfile, courses: Iterable[Page]
) -> dict[uuid.UUID, CourseProgress]:
    """CourseProgress per translation_key of `courses` (pages, any locale) for `staff`.

    For the catalog and the course pages: a fixed number of queries for any number of courses.
    Courses the learner has neither started nor been assigned are left out (not started).
    """
    pages = {page.translation_key: page for page in courses}
    if not pages:
        return {}
    enrolments = list(
        Enrolment.objects.filter(staff=staff, course_key__in=pages).select_related(
            "course", "last_lesson"
        )
    )
    assignments = list(
        Assignment.objects.filter(
            staff=staff, course_key__in=pages, closed_at__isnull=True
        ).select_related("course")
    )
    if not enrolments and not assignments:
        return {}
    return _progress_entries(
        enrolments=enrolments,
        assignments=assignments,
        locale=Locale.get_active(),
        today=timezone.localdate(),
        # The pages asked about are the ones being shown: link to those.
        active_courses={key: page for key, page in pages.items() if page.live},
    )


def completed_lesson_keys(*, staff: StaffProfile, course_key: uuid.UUID) -> frozenset[uuid.UUID]:
    """The lessons (translation keys) `staff` completed in a course, in any language."""
    return frozenset(
        LessonProgress.objects.filter(
            enrolment__staff=staff,
            enrolment__course_key=course_key,
            completed_at__isnull=False,
        ).values_list("lesson_key", flat=True)
    )


def first_lesson(course: Page) -> LessonPage | None:
    """The first live lesson of `course` (in the course's own locale), in the editor's order."""
    return LessonPage.objects.live().child_of(course).order_by("path").first()


def next_lesson(lesson: LessonPage) -> LessonPage | None:
    """The live lesson after `lesson` in its course, or None at the end."""
    return (
        LessonPage.objects.live()
        .sibling_of(lesson, inclusive=False)
        .filter(path__gt=lesson.path)
        .order_by("path")
        .first()
    )
