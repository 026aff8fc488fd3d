"""services.assignments_create_bulk: many courses to many staff in one all-or-nothing step."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import make_staff
from training.people.models import AuditEntry
from training.progress.models import Assignment, Enrolment
from training.progress.services import (
    BulkResult,
    assignments_create_bulk,
    lesson_complete,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_courses(courses, course):
    other = courses.course("culture", lessons=("one",), title_en="Culture basics")
    return [course, other]


def open_pairs() -> list[tuple[int, object]]:
    return sorted(
        Assignment.objects.filter(closed_at__isnull=True).values_list("staff_id", "course_key"),
        key=str,
    )


def test_assigning_twice_keeps_one_open_assignment_and_updates_it(
    org, two_courses, next_week, today
):
    staff = [org.learner, org.visiting]
    pages = [built.zh for built in two_courses]
    first = assignments_create_bulk(
        staff=staff,
        courses=pages,
        due_date=next_week,
        reason="Before the new semester",
        assigned_by=org.isss_manager.user,
    )
    assert first == BulkResult(created=4, updated=0, skipped_completed=[])
    pairs = open_pairs()
    assert len(pairs) == 4
    later = next_week + dt.timedelta(days=7)
    second = assignments_create_bulk(
        staff=staff,
        courses=pages,
        due_date=later,
        reason="Moved after the orientation week",
        assigned_by=org.isss_manager.user,
    )
    assert second == BulkResult(created=0, updated=4, skipped_completed=[])
    assert open_pairs() == pairs
    assert set(Assignment.objects.values_list("due_date", "reason")) == {
        (later, "Moved after the orientation week")
    }
    # Each person is enrolled once per course (source "assigned").
    assert Enrolment.objects.filter(staff__in=staff).count() == 4
    bulk = AuditEntry.objects.filter(action="assignment.bulk").order_by("pk")
    assert [entry.summary for entry in bulk] == [
        "4 assigned, 0 updated, 0 already completed",
        "0 assigned, 4 updated, 0 already completed",
    ]


def test_a_course_in_two_languages_is_assigned_once(org, course, next_week):
    result = assignments_create_bulk(
        staff=[org.learner, org.learner],
        courses=[course.zh, course.en],
        due_date=next_week,
        reason="",
        assigned_by=org.isss_manager.user,
    )
    assert (result.created, result.updated) == (1, 0)
    assert Assignment.objects.get().course_key == course.zh.translation_key


def test_staff_who_completed_a_course_are_skipped_and_reported(org, two_courses, next_week):
    course, other = two_courses
    for lesson in course.lessons.values():
        if lesson.required:
            lesson_complete(staff=org.learner, lesson=lesson)
    result = assignments_create_bulk(
        staff=[org.learner, org.visiting],
        courses=[course.zh, other.zh],
        due_date=next_week,
        reason="Desk skills",
        assigned_by=org.isss_manager.user,
    )
    assert result.created == 3
    assert result.skipped_completed == [(org.learner, course.zh)]
    assert not Assignment.objects.filter(
        staff=org.learner, course_key=course.zh.translation_key
    ).exists()
    assert Assignment.objects.filter(staff=org.learner, course_key=other.zh.translation_key)


def test_one_person_the_assigner_does_not_manage_means_nothing_is_written(
    org, two_courses, next_week
):
    audit_before = AuditEntry.objects.count()
    with pytest.raises(PermissionDenied):
        assignments_create_bulk(
            # The forbidden person comes last: the check runs before anything is written.
            staff=[org.learner, org.visiting, org.circ_staff],
            courses=[built.zh for built in two_courses],
            due_date=next_week,
            reason="",
            assigned_by=org.isss_manager.user,
        )
    assert not Assignment.objects.exists()
    assert not Enrolment.objects.exists()
    assert AuditEntry.objects.count() == audit_before


def test_hr_who_manages_nobody_may_not_assign(org, course, next_week):
    with pytest.raises(PermissionDenied):
        assignments_create_bulk(
            staff=[org.learner],
            courses=[course.zh],
            due_date=next_week,
            reason="",
            assigned_by=org.hr.user,
        )
    assert not Assignment.objects.exists()


def test_a_due_date_in_the_past_or_a_person_who_left_writes_nothing(org, course, today):
    with pytest.raises(ValidationError):
        assignments_create_bulk(
            staff=[org.learner],
            courses=[course.zh],
            due_date=today - dt.timedelta(days=1),
            reason="",
            assigned_by=org.isss_manager.user,
        )
    left = make_staff(org.isss_desk, name_latin="FENG Tao", is_active=False)
    with pytest.raises(ValidationError, match="FENG Tao"):
        assignments_create_bulk(
            staff=[org.learner, left],
            courses=[course.zh],
            due_date=today,
            reason="",
            assigned_by=org.isss_manager.user,
        )
    assert not Assignment.objects.exists()


def test_an_unpublished_course_or_an_empty_choice_is_refused(org, course, courses, next_week):
    draft = courses.course("draft", lessons=())
    draft.zh.unpublish()
    draft.zh.refresh_from_db()
    with pytest.raises(ValidationError):
        assignments_create_bulk(
            staff=[org.learner],
            courses=[course.zh, draft.zh],
            due_date=next_week,
            reason="",
            assigned_by=org.isss_manager.user,
        )
    with pytest.raises(ValidationError):
        assignments_create_bulk(
            staff=[], courses=[course.zh], due_date=next_week, reason="", assigned_by=None
        )
    assert not Assignment.objects.exists()


def test_the_system_and_admins_may_assign_anyone(org, course, next_week):
    result = assignments_create_bulk(
        staff=[org.circ_staff], courses=[course.zh], due_date=next_week, reason="", assigned_by=None
    )
    assert result.created == 1
    result = assignments_create_bulk(
        staff=[org.circ_staff, org.learner],
        courses=[course.zh],
        due_date=next_week,
        reason="",
        assigned_by=org.admin,
    )
    assert (result.created, result.updated) == (1, 1)
