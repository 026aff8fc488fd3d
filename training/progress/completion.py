"""The completion rule: which items a course requires, and how far a learner has got.

A course is complete when every item it requires is complete. Today the items are the course's
REQUIRED, LIVE lessons (`LessonPage.required`), counted by `translation_key` across every
locale, so a lesson read in Chinese counts for the English version too. Later the rule will also
require the course's required quizzes: `required_items_for_course` is the one seam to extend.

Progress when a course is edited:

- completion is recorded once (`Enrolment.completed_at`) and never cleared: lessons added to a
  completed course do not reopen it; the dashboard shows 100 % and lists the new lessons as
  optional extra reading;
- an enrolment in progress is measured against the CURRENT required live lessons:
  percent = completed required lessons / current required lessons (rounded down). Adding a
  required lesson lowers it; deleting, unpublishing or making a lesson optional raises it, and can
  complete the course at the next completion check (when the learner next opens or completes a
  lesson);
- a course with no required live lesson cannot be completed (there is nothing to show for it),
  and its percentage is 0 until it is.

Every function here answers in a fixed number of queries, whatever the number of courses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.db.models import Count, Exists, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from courses.models import CoursePage, LessonPage

from .models import LessonProgress


def _parent_translation_key() -> Subquery:
    """The translation_key of a page's parent (treebeard: the path minus its last step)."""
    return Subquery(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Value(Page.steplen))
        ).values("translation_key")[:1]
    )


def required_lessons(course_keys: Iterable[uuid.UUID] | None = None) -> QuerySet[LessonPage]:
    """Required live lessons, in every locale, annotated with their course's `course_key`.

    With `course_keys`, only the lessons of those courses.
    """
    lessons = (
        LessonPage.objects.live()
        .filter(required=True)
        .annotate(course_key=_parent_translation_key())
    )
    if course_keys is not None:
        lessons = lessons.filter(course_key__in=list(course_keys))
    return lessons


def required_items_for_course(course: CoursePage | uuid.UUID) -> frozenset[uuid.UUID]:
    """What a learner must complete to complete `course` (a page or its translation_key).

    Now: the translation keys of the course's required live lessons. This is the seam for the
    rule to grow (required quizzes will be added here); callers must not assume more than "a set
    of keys that LessonProgress.completed_at is checked against".
    """
    key = course if isinstance(course, uuid.UUID) else course.translation_key
    return frozenset(
        required_lessons([key]).order_by().values_list("translation_key", flat=True).distinct()
    )


def required_counts(course_keys: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """{course_key: number of required live lessons} for many courses, in one grouped query."""
    keys = list(course_keys)
    if not keys:
        return {}
    rows = (
        required_lessons(keys)
        .order_by()
        .values("course_key")
        .annotate(n=Count("translation_key", distinct=True))
        .values_list("course_key", "n")
    )
    return dict(rows)


def completed_required_counts(enrolment_ids: Iterable[int]) -> dict[int, int]:
    """{enrolment id: completed lessons that the course CURRENTLY requires}, in one query.

    A completed lesson that has since been unpublished, deleted or made optional does not count,
    so this is the numerator that matches `required_counts`.
    """
    ids = list(enrolment_ids)
    if not ids:
        return {}
    still_required = (
        LessonPage.objects.live()
        .filter(required=True, translation_key=OuterRef("lesson_key"))
        .annotate(course_key=_parent_translation_key())
        .filter(course_key=OuterRef("enrolment__course_key"))
    )
    rows = (
        LessonProgress.objects.filter(enrolment_id__in=ids, completed_at__isnull=False)
        .filter(Exists(still_required))
        .order_by()
        .values("enrolment_id")
        .annotate(n=Count("lesson_key", distinct=True))
        .values_list("enrolment_id", "n")
    )
    return dict(rows)


def percent(*, completed: int, required: int, is_completed: bool) -> int:
    """0-100. A completed enrolment is 100 whatever was added since (see the module docstring)."""
    if is_completed:
        return 100
    if required <= 0:
        return 0
    return min(100, completed * 100 // required)
