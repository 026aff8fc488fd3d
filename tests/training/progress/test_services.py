"""The learning record's services: idempotency, permissions, completion, the course-edited rule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.utils import timezone, translation

from training.people.models import AuditEntry
from training.progress import services
from training.progress.completion import required_items_for_course
from training.progress.models import Assignment, Enrolment, LessonProgress
from training.progress.signals import course_completed

pytestmark = pytest.mark.django_db


@pytest.fixture
def completions():
    """Every course_completed signal sent, as a list of enrolments."""
    received = []

    def receiver(sender, enrolment, **kwargs):
        received.append(enrolment)

    course_completed.connect(receiver, dispatch_uid="test-progress-completions")
    yield received
    course_completed.disconnect(dispatch_uid="test-progress-completions")


def complete_all(staff, lessons):
    for lesson in lessons:
        services.lesson_complete(staff=staff, lesson=lesson)


# --- enrolment --------------------------------------------------------------------------------


def test_enrolling_twice_keeps_one_enrolment(org, course):
    first = services.enrolment_start(staff=org.learner, course=course.zh, actor=org.learner.user)
    again = services.enrolment_start(staff=org.learner, course=course.zh, actor=org.learner.user)
    in_english = services.enrolment_start(staff=org.learner, course=course.en)
    assert first.pk == again.pk == in_english.pk
    assert Enrolment.objects.count() == 1
    enrolment = Enrolment.objects.get()
    assert enrolment.course_key == course.zh.translation_key
    assert enrolment.course_id == course.en.pk  # the version used last
    assert enrolment.source == Enrolment.Source.SELF
    assert AuditEntry.objects.filter(action="enrolment.create").count() == 1


def test_a_concurrent_enrolment_is_read_back_not_duplicated(org, course, monkeypatch):
    """The insert that loses the race fails inside a savepoint and reads the winner's row."""
    existing = services.enrolment_start(staff=org.learner, course=course.zh)
    original_first = QuerySet.first
    blind = {"left": 1}

    def first_misses_once(self):
        if self.model is Enrolment and blind["left"]:
            blind["left"] -= 1
            return None  # as if another request inserted the row just after our check
        return original_first(self)

    monkeypatch.setattr(QuerySet, "first", first_misses_once)
    again = services.enrolment_start(staff=org.learner, course=course.zh)
    assert blind["left"] == 0
    assert again.pk == existing.pk
    assert Enrolment.objects.count() == 1


def test_learners_may_not_enrol_someone_else(org, course):
    with pytest.raises(PermissionDenied):
        services.enrolment_start(staff=org.visiting, course=course.zh, actor=org.learner.user)
    assert not Enrolment.objects.exists()


def test_an_unpublished_course_cannot_be_started(org, course):
    course.zh.unpublish()
    course.zh.refresh_from_db()
    with pytest.raises(ValidationError):
        services.enrolment_start(staff=org.learner, course=course.zh)
    assert not Enrolment.objects.exists()


# --- assignments ------------------------------------------------------------------------------


def test_assigning_twice_updates_the_open_assignment(org, course, next_week):
    manager = org.isss_manager.user
    first = services.assignment_create(
        staff=org.learner,
        course=course.zh,
        due_date=next_week,
        reason="新岗位",
        assigned_by=manager,
    )
    later = next_week + timedelta(days=7)
    again = services.assignment_create(
        staff=org.learner, course=course.en, due_date=later, reason="New desk", assigned_by=manager
    )
    assert first.pk == again.pk
    assignment = Assignment.objects.get()
    assert (assignment.due_date, assignment.reason, assignment.closed_at) == (
        later,
        "New desk",
        None,
    )
    enrolment = Enrolment.objects.get()
    assert enrolment.source == Enrolment.Source.ASSIGNED
    assert list(
        AuditEntry.objects.filter(action__startswith="assignment.")
        .values_list("action", flat=True)
        .order_by("pk")
    ) == ["assignment.create", "assignment.update"]


def test_assigning_the_same_again_writes_nothing_new(org, course, next_week):
    kwargs = {
        "staff": org.learner,
        "course": course.zh,
        "due_date": next_week,
        "reason": "",
        "assigned_by": org.isss_manager.user,
    }
    services.assignment_create(**kwargs)
    audit_before = AuditEntry.objects.count()
    services.assignment_create(**kwargs)
    assert Assignment.objects.count() == 1
    assert Enrolment.objects.count() == 1
    assert AuditEntry.objects.count() == audit_before


def test_assigning_keeps_an_existing_self_enrolment(org, course, next_week):
    services.enrolment_start(staff=org.learner, course=course.zh)
    services.assignment_create(
        staff=org.learner, course=course.zh, due_date=next_week, assigned_by=None
    )
    assert Enrolment.objects.get().source == Enrolment.Source.SELF


@pytest.mark.parametrize("who", ["circ_manager", "learner", "hr", "editor"])
def test_only_managers_of_the_subtree_may_assign(org, course, next_week, who):
    audit_before = AuditEntry.objects.count()
    with pytest.raises(PermissionDenied):
        services.assignment_create(
            staff=org.learner,
            course=course.zh,
            due_date=next_week,
            reason="",
            assigned_by=getattr(org, who).user,
        )
    assert not Assignment.objects.exists()
    assert not Enrolment.objects.exists()
    assert AuditEntry.objects.count() == audit_before


def test_superuser_and_manager_of_the_subtree_may_assign(org, course, next_week):
    services.assignment_create(
        staff=org.learner, course=course.zh, due_date=next_week, assigned_by=org.isss_manager.user
    )
    services.assignment_create(
        staff=org.circ_staff, course=course.zh, due_date=next_week, assigned_by=org.admin
    )
    assert Assignment.objects.count() == 2


def test_assignment_refuses_a_past_due_date_and_a_completed_course(org, course, today):
    manager = org.isss_manager.user
    with pytest.raises(ValidationError):
        services.assignment_create(
            staff=org.learner,
            course=course.zh,
            due_date=today - timedelta(days=1),
            assigned_by=manager,
        )
    complete_all(org.learner, [course.lessons[n] for n in ("one", "two", "three")])
    with translation.override("en"), pytest.raises(ValidationError, match="already completed"):
        services.assignment_create(
            staff=org.learner, course=course.zh, due_date=today, assigned_by=manager
        )
    assert not Assignment.objects.exists()


# --- lessons and completion -------------------------------------------------------------------


def test_opening_a_lesson_enrols_and_sets_the_resume_point(org, course):
    services.lesson_open(staff=org.learner, lesson=course.lessons["one"])
    services.lesson_open(staff=org.learner, lesson=course.lessons_en["two"])
    enrolment = Enrolment.objects.get()
    assert enrolment.source == Enrolment.Source.SELF
    assert enrolment.last_lesson_id == course.lessons_en["two"].pk
    assert enrolment.last_lesson_key == course.lessons["two"].translation_key
    assert enrolment.course_id == course.en.pk
    assert LessonProgress.objects.count() == 2
    services.lesson_open(staff=org.learner, lesson=course.lessons["one"])
    assert LessonProgress.objects.count() == 2
    assert Enrolment.objects.get().last_lesson_id == course.lessons["one"].pk


def test_reopening_a_lesson_moves_last_opened_and_keeps_first_opened(org, course):
    services.lesson_open(staff=org.learner, lesson=course.lessons["one"])
    long_ago = timezone.now() - timedelta(days=30)
    LessonProgress.objects.update(first_opened_at=long_ago, last_opened_at=long_ago)
    enrolment = services.lesson_open(staff=org.learner, lesson=course.lessons_en["one"])
    progress = LessonProgress.objects.get()
    assert progress.first_opened_at == long_ago
    assert progress.last_opened_at == enrolment.last_opened_at
    assert progress.last_opened_at > long_ago
    assert progress.lesson_id == course.lessons_en["one"].pk  # the version used last


def test_a_concurrent_first_open_updates_the_row_it_lost_to(org, course, monkeypatch):
    """The insert that loses the race fails inside a savepoint; the winner's row is updated."""
    lesson = course.lessons["one"]
    services.lesson_open(staff=org.learner, lesson=lesson)
    long_ago = timezone.now() - timedelta(days=30)
    LessonProgress.objects.update(last_opened_at=long_ago)
    original_update = QuerySet.update
    blind = {"left": 1}

    def update_misses_once(self, **kwargs):
        if self.model is LessonProgress and blind["left"]:
            blind["left"] -= 1
            return 0  # as if the row did not exist yet when we looked
        return original_update(self, **kwargs)

    monkeypatch.setattr(QuerySet, "update", update_misses_once)
    services.lesson_open(staff=org.learner, lesson=lesson)
    assert blind["left"] == 0
    progress = LessonProgress.objects.get()
    assert progress.last_opened_at > long_ago


def test_a_concurrent_first_completion_completes_the_row_it_lost_to(org, course, monkeypatch):
    lesson = course.lessons["one"]
    services.lesson_open(staff=org.learner, lesson=lesson)
    original_first = QuerySet.first
    blind = {"left": 1}

    def first_misses_once(self):
        if self.model is LessonProgress and blind["left"]:
            blind["left"] -= 1
            return None  # as if another request inserted the row just after our check
        return original_first(self)

    monkeypatch.setattr(QuerySet, "first", first_misses_once)
    result = services.lesson_complete(staff=org.learner, lesson=lesson)
    assert blind["left"] == 0
    assert result.lesson_completed_now
    progress = LessonProgress.objects.get()
    assert progress.pk == result.progress.pk
    assert progress.completed_at is not None


def test_completing_a_lesson_twice_keeps_the_first_time(org, course):
    first = services.lesson_complete(staff=org.learner, lesson=course.lessons["one"])
    again = services.lesson_complete(staff=org.learner, lesson=course.lessons["one"])
    in_english = services.lesson_complete(staff=org.learner, lesson=course.lessons_en["one"])
    assert first.lesson_completed_now
    assert not again.lesson_completed_now
    assert not in_english.lesson_completed_now
    progress = LessonProgress.objects.get()
    assert progress.completed_at == first.progress.completed_at
    assert AuditEntry.objects.filter(action="lesson.complete").count() == 1


def test_course_completion_is_recorded_once_and_announced_once(
    org, course, next_week, completions, django_capture_on_commit_callbacks
):
    services.assignment_create(
        staff=org.learner, course=course.zh, due_date=next_week, assigned_by=org.isss_manager.user
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.lesson_complete(staff=org.learner, lesson=course.lessons["one"])
        services.lesson_complete(staff=org.learner, lesson=course.lessons_en["two"])
        last = services.lesson_complete(staff=org.learner, lesson=course.lessons["three"])
        again = services.lesson_complete(staff=org.learner, lesson=course.lessons["three"])
        enrolment = Enrolment.objects.get()
        assert services.course_completion_check(enrolment=enrolment) is False
    assert last.course_completed_now
    assert not again.course_completed_now
    # Once: the announcement (whose certificate receiver queues the PDF render and announces the
    # certificate to the webhooks: two more callbacks).
    assert len(completions) == 1
    assert len(callbacks) == 3
    assert completions[0].pk == enrolment.pk
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert enrolment.completed_locale == "zh-hans"
    assignment = Assignment.objects.get()
    assert assignment.closed_at == enrolment.completed_at
    assert assignment.closed_reason == Assignment.CloseReason.COMPLETED
    assert AuditEntry.objects.filter(action="course.complete").count() == 1


def test_completed_locale_is_the_version_used(org, course):
    for name in ("one", "two", "three"):
        services.lesson_complete(staff=org.learner, lesson=course.lessons_en[name])
    assert Enrolment.objects.get().completed_locale == "en"


def test_optional_lessons_do_not_block_completion(org, course):
    complete_all(org.learner, [course.lessons[n] for n in ("one", "two", "three")])
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is not None
    assert not LessonProgress.objects.filter(lesson_key=course.lessons["extra"].translation_key)
    assert required_items_for_course(course.zh) == {
        course.lessons[n].translation_key for n in ("one", "two", "three")
    }
    assert required_items_for_course(course.en) == required_items_for_course(course.zh)


def test_a_course_without_required_lessons_is_never_completed(org, courses):
    reading = courses.course("reading", lessons=("a",), optional=("a",))
    result = services.lesson_complete(staff=org.learner, lesson=reading.lessons["a"])
    assert not result.course_completed_now
    assert Enrolment.objects.get().completed_at is None


def test_lessons_added_after_completion_leave_the_course_completed(
    org, courses, course, completions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_all(org.learner, [course.lessons[n] for n in ("one", "two", "three")])
    completed_at = Enrolment.objects.get().completed_at
    new = courses.add_lesson(course, "four")
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_open(staff=org.learner, lesson=new)
        services.lesson_complete(staff=org.learner, lesson=new)
    assert Enrolment.objects.get().completed_at == completed_at
    assert len(completions) == 1


def test_a_lesson_added_to_a_course_in_progress_is_required(org, courses, course):
    complete_all(org.learner, [course.lessons[n] for n in ("one", "two")])
    courses.add_lesson(course, "four")
    complete_all(org.learner, [course.lessons["three"]])
    assert Enrolment.objects.get().completed_at is None
    complete_all(org.learner, [course.lessons_en["four"]])
    assert Enrolment.objects.get().completed_at is not None


def test_unpublishing_the_last_missing_lesson_completes_at_the_next_check(org, course):
    complete_all(org.learner, [course.lessons[n] for n in ("one", "two")])
    for page in (course.lessons["three"], course.lessons_en["three"]):
        page.unpublish()
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is None
    services.lesson_open(staff=org.learner, lesson=course.lessons["one"])
    assert Enrolment.objects.get().completed_at is not None


def test_a_lesson_only_unpublished_in_one_language_is_still_required(org, course):
    complete_all(org.learner, [course.lessons[n] for n in ("one", "two")])
    course.lessons_en["three"].unpublish()
    services.lesson_open(staff=org.learner, lesson=course.lessons["one"])
    assert Enrolment.objects.get().completed_at is None


def test_unpublished_lessons_cannot_be_completed(org, course):
    lesson = course.lessons["one"]
    lesson.unpublish()
    lesson.refresh_from_db()
    with pytest.raises(ValidationError):
        services.lesson_complete(staff=org.learner, lesson=lesson)
    assert not Enrolment.objects.exists()


# --- time -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claimed", "counted"), [(30, 30), (60, 60), (61, 60), (100_000, 60), (-5, 0), (0, 0)]
)
def test_heartbeats_are_clamped_to_a_minute(org, course, claimed, counted):
    lesson = course.lessons["one"]
    services.lesson_open(staff=org.learner, lesson=lesson)
    assert services.lesson_time_add(staff=org.learner, lesson=lesson, seconds=claimed) == counted
    assert services.lesson_time_add(staff=org.learner, lesson=lesson, seconds=claimed) == counted
    assert LessonProgress.objects.get().seconds_spent == 2 * counted
    assert Enrolment.objects.get().seconds_spent == 2 * counted


def test_heartbeats_of_a_learner_not_enrolled_are_ignored(org, course):
    counted = services.lesson_time_add(staff=org.learner, lesson=course.lessons["one"], seconds=30)
    assert counted == 0
    assert not Enrolment.objects.exists()
    assert not LessonProgress.objects.exists()


def test_time_spent_adds_up_across_languages(org, course):
    services.lesson_open(staff=org.learner, lesson=course.lessons["one"])
    services.lesson_time_add(staff=org.learner, lesson=course.lessons["one"], seconds=20)
    services.lesson_time_add(staff=org.learner, lesson=course.lessons_en["one"], seconds=25)
    assert LessonProgress.objects.get().seconds_spent == 45
