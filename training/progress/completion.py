"""The completion rule: which items a course requires, and how far a learner has got.

A course is complete when every item it requires is complete. The items are the course's
REQUIRED, LIVE lessons (`LessonPage.required`) and quizzes (`QuizPage.required`), counted by
`translation_key` across every locale, so a lesson read (or a quiz passed) in Chinese counts for
the English version too. A lesson is complete when the learner marks it so, or passes the quiz
attached to it; a quiz is complete when passed. Both are recorded as a completed
`LessonProgress` row under the page's key (for a quiz, the row's `lesson` is empty).

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

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from courses.models import CoursePage

from .models import LessonProgress


def _parent_translation_key() -> Subquery:
    """The translation_key of a page's parent (treebeard: the path minus its last step)."""
    return Subquery(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Value(Page.steplen))
        ).values("translation_key")[:1]
    )


REQUIRED_ITEM = Q(lessonpage__required=True) | Q(quizpage__required=True)


def required_items(course_keys: Iterable[uuid.UUID] | None = None) -> QuerySet[Page]:
    """Required live lessons and quizzes, in every locale, annotated with their `course_key`."""
    items = Page.objects.live().filter(REQUIRED_ITEM).annotate(course_key=_parent_translation_key())
    if course_keys is not None:
        items = items.filter(course_key__in=list(course_keys))
    return items


def required_items_for_course(course: CoursePage | uuid.UUID) -> frozenset[uuid.UUID]:
    """What a learner must complete to complete `course` (a page or its translation_key).

    The translation keys of the course's required live lessons and quizzes; callers must not
    assume more than "a set of keys that LessonProgress.completed_at is checked against".
    """
    key = course if isinstance(course, uuid.UUID) else course.translation_key
    return frozenset(
        required_items([key]).order_by().values_list("translation_key", flat=True).distinct()
    )


def required_counts(course_keys: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """{course_key: number of required live items} for many courses, in one grouped query."""
    keys = list(course_keys)
    if not keys:
        return {}
    rows = (
        required_items(keys)
        .order_by()
        .values("course_key")
        .annotate(n=Count("translation_key", distinct=True))
        .values_list("course_key", "n")
    )
    return dict(rows)


def completed_required_counts(enrolment_ids: Iterable[int]) -> dict[int, int]:
    """{enrolment id: completed items that the course CURRENTLY requires}, in one query.

    A completed lesson or quiz that has since been unpublished, deleted or made optional does not
    count, so this is the numerator that matches `required_counts`.
    """
    ids = list(enrolment_ids)
    if not ids:
        return {}
    still_required = (
        Page.objects.live()
        .filter(REQUIRED_ITEM, translation_key=OuterRef("lesson_key"))
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
