"""How course pages show a learner's progress without importing the progress app.

`training.progress` sits above `courses` in the layers, so courses cannot import it. Instead the
progress app registers provider functions with Wagtail hooks (in its wagtail_hooks.py), and the
course pages call them through the two functions below. With no provider registered (or for an
anonymous visitor) every course is simply "not started".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from wagtail import hooks

COURSE_STATUS_HOOK = "meridian_course_statuses"
LESSON_STATE_HOOK = "meridian_lesson_states"


@dataclass(frozen=True)
class CourseStatus:
    """A learner's standing on one course, for the catalog and the course page."""

    state: str = "not_started"  # not_started | in_progress | completed
    percent: int = 0
    assigned: bool = False
    due_date: date | None = None
    overdue: bool = False
    resume_url: str | None = None
    enrol_url: str | None = None  # POST here to enrol (None: not enrolable, or already enrolled)


@dataclass(frozen=True)
class LessonStates:
    """A learner's standing in one course's lessons, for the course and lesson pages."""

    enrolled: bool = False
    completed_lesson_keys: frozenset[uuid.UUID] = field(default_factory=frozenset)
    course: CourseStatus = field(default_factory=CourseStatus)
    complete_url: str | None = None  # POST here to mark the current lesson complete
    heartbeat_url: str | None = None  # POST here while the lesson is open, to count time spent


NOT_STARTED = CourseStatus()


def course_statuses(*, request, courses) -> dict[uuid.UUID, CourseStatus]:
    """Status per course translation_key for `request.user` (one provider call for the page).

    Providers take (request=, courses=) and return {translation_key: CourseStatus}; they must
    answer in a fixed number of queries whatever the number of courses.
    """
    statuses: dict[uuid.UUID, CourseStatus] = {}
    if not request.user.is_authenticated:
        return statuses
    for provider in hooks.get_hooks(COURSE_STATUS_HOOK):
        statuses.update(provider(request=request, courses=courses))
    return statuses


def lesson_states(*, request, course, lessons) -> LessonStates:
    """The learner's lesson completions in `course` (providers take request=, course=, lessons=)."""
    if not request.user.is_authenticated:
        return LessonStates()
    for provider in hooks.get_hooks(LESSON_STATE_HOOK):
        return provider(request=request, course=course, lessons=lessons)
    return LessonStates()
