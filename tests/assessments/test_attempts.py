"""Attempt services: start, save, submit, time limits, integrity and what a pass feeds."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from assessments import services
from assessments.models import Attempt, AttemptAnswer
from tests.assessments.conftest import right_responses
from training.competencies.models import Evidence
from training.people.models import AuditEntry
from training.progress.models import Enrolment, LessonProgress

pytestmark = pytest.mark.django_db


def _start(quizzes, **kwargs):
    return services.attempt_start(staff=quizzes.learner, quiz=quizzes.quiz, **kwargs)


def test_full_marks_pass_complete_the_lesson_and_record_evidence(
    quizzes, django_capture_on_commit_callbacks
):
    attempt = _start(quizzes)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.attempt_submit(
            attempt_id=attempt.pk,
            staff=quizzes.learner,
            responses=right_responses(attempt),
            revision=attempt.revision,
        )
    attempt = outcome.attempt
    assert outcome.graded_now
    assert (attempt.score, attempt.max_score, attempt.percent, attempt.passed) == (
        Decimal("9.0000"),
        Decimal("9.00"),
        Decimal("100.00"),
        True,
    )
    assert AttemptAnswer.objects.filter(attempt=attempt, fraction=1).count() == 9
    enrolment = Enrolment.objects.get(staff=quizzes.learner)
    done = set(
        LessonProgress.objects.filter(enrolment=enrolment, completed_at__isnull=False).values_list(
            "lesson_key", flat=True
        )
    )
    assert done == {quizzes.quiz.translation_key, quizzes.lesson.translation_key}
    # Both required items (the lesson and the quiz) are complete: so is the course.
    assert enrolment.completed_at is not None
    evidence = Evidence.objects.get(staff=quizzes.learner)
    assert (evidence.competency, evidence.level, evidence.score_percent) == (
        quizzes.competency,
        3,
        Decimal("100.00"),
    )


def test_a_failed_attempt_completes_nothing(quizzes, django_capture_on_commit_callbacks):
    attempt = _start(quizzes)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.attempt_submit(
            attempt_id=attempt.pk, staff=quizzes.learner, responses={}, revision=attempt.revision
        )
    assert outcome.attempt.passed is False and outcome.attempt.score == 0
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()
    assert not Evidence.objects.exists()


def test_starting_twice_resumes_and_numbers_are_unique(quizzes):
    first = _start(quizzes)
    assert _start(quizzes).pk == first.pk
    services.attempt_submit(
        attempt_id=first.pk, staff=quizzes.learner, responses={}, revision=first.revision
    )
    second = _start(quizzes)
    assert (first.number, second.number) == (1, 2)


def test_attempts_allowed_is_enforced(quizzes):
    quizzes.quiz.attempts_allowed = 1
    quizzes.quiz.save_revision().publish()
    attempt = _start(quizzes)
    services.attempt_submit(attempt_id=attempt.pk, staff=quizzes.learner, responses={}, revision=0)
    with translation.override("en"), pytest.raises(services.AttemptError, match="all the attempts"):
        _start(quizzes)
    assert Attempt.objects.count() == 1


def test_the_layout_is_frozen_when_the_question_changes_later(quizzes):
    attempt = _start(quizzes)
    question = quizzes.questions[0]
    question.options.update(fraction=0)  # the editor "fixes" the key after the attempt started
    outcome = services.attempt_submit(
        attempt_id=attempt.pk, staff=quizzes.learner, responses=right_responses(attempt), revision=0
    )
    assert outcome.attempt.percent == 100


def test_a_stale_form_is_refused_and_changes_nothing(quizzes):
    attempt = _start(quizzes)
    answers = right_responses(attempt)
    saved = services.attempt_save(
        attempt_id=attempt.pk, staff=quizzes.learner, responses=answers, revision=0
    )
    assert saved.revision == 1
    with pytest.raises(services.StaleForm):
        services.attempt_save(
            attempt_id=attempt.pk, staff=quizzes.learner, responses={}, revision=0
        )
    with pytest.raises(services.StaleForm):
        services.attempt_submit(
            attempt_id=attempt.pk, staff=quizzes.learner, responses={}, revision=0
        )
    attempt.refresh_from_db()
    assert attempt.state == "in_progress" and attempt.revision == 1
    assert len(attempt.responses) == 9


def test_a_replayed_submit_returns_the_first_grade(quizzes):
    attempt = _start(quizzes)
    first = services.attempt_submit(
        attempt_id=attempt.pk, staff=quizzes.learner, responses=right_responses(attempt), revision=0
    )
    replay = services.attempt_submit(
        attempt_id=attempt.pk, staff=quizzes.learner, responses={}, revision=0
    )
    assert first.graded_now and not replay.graded_now
    assert replay.attempt.percent == 100
    assert AuditEntry.objects.filter(action="assessments.attempt_graded").count() == 1
    with pytest.raises(services.AttemptClosed):
        services.attempt_save(
            attempt_id=attempt.pk,
            staff=quizzes.learner,
            responses={},
            revision=replay.attempt.revision,
        )


def test_another_learners_attempt_is_refused(quizzes):
    attempt = _start(quizzes)
    with pytest.raises(services.PermissionDenied):
        services.attempt_submit(
            attempt_id=attempt.pk, staff=quizzes.org.visiting, responses={}, revision=0
        )
    attempt.refresh_from_db()
    assert attempt.state == "in_progress"


def test_hostile_responses_are_cleaned_before_they_are_stored(quizzes):
    attempt = _start(quizzes)
    hostile = {
        "0": {"$where": 1},
        "1": ["not-a-key", 7],
        "3": "x" * 10_000,
        "99": "extra",
        "5": ["?"],
    }
    saved = services.attempt_save(
        attempt_id=attempt.pk, staff=quizzes.learner, responses=hostile, revision=0
    )
    assert set(saved.responses) == {"3"}
    assert len(saved.responses["3"]) == 500


class TestTimeLimit:
    @pytest.fixture
    def timed(self, quizzes):
        quizzes.quiz.time_limit_minutes = 10
        quizzes.quiz.grace_seconds = 60
        quizzes.quiz.save_revision().publish()
        return quizzes

    def test_answers_are_taken_until_the_grace_period_ends(self, timed):
        start = timezone.now()
        with time_machine.travel(start, tick=False) as clock:
            attempt = _start(timed)
            assert attempt.deadline == start + timedelta(minutes=10)
            clock.move_to(start + timedelta(minutes=10, seconds=59))
            saved = services.attempt_save(
                attempt_id=attempt.pk,
                staff=timed.learner,
                responses=right_responses(attempt),
                revision=0,
            )
            assert saved.state == "in_progress"
            clock.move_to(start + timedelta(minutes=11, seconds=1))
            with pytest.raises(services.TimeUp):
                services.attempt_save(
                    attempt_id=attempt.pk, staff=timed.learner, responses={}, revision=1
                )
        attempt.refresh_from_db()
        # Closed with the answers saved in time, finishing at the time limit.
        assert attempt.state == "finished" and attempt.finished_by == "time_limit"
        assert attempt.finished_at == start + timedelta(minutes=10)
        assert attempt.percent == 100

    def test_a_late_submit_grades_what_was_saved_in_time(self, timed):
        start = timezone.now()
        with time_machine.travel(start, tick=False) as clock:
            attempt = _start(timed)
            clock.move_to(start + timedelta(minutes=12))
            outcome = services.attempt_submit(
                attempt_id=attempt.pk,
                staff=timed.learner,
                responses=right_responses(attempt),
                revision=0,
            )
        assert outcome.attempt.percent == 0
        assert outcome.attempt.finished_by == "time_limit"

    # The worker closes its database connections between runs (they look old after the clock
    # jumps), which a test wrapped in one transaction would not survive: this one commits.
    @pytest.mark.django_db(transaction=True, serialized_rollback=True)
    def test_the_worker_closes_an_abandoned_attempt_at_its_time_limit(
        self, timed, django_capture_on_commit_callbacks
    ):
        start = timezone.now()
        with time_machine.travel(start, tick=False) as clock:
            with django_capture_on_commit_callbacks(execute=True):
                attempt = _start(timed)
            task = DBTaskResult.objects.get()
            assert task.run_after == start + timedelta(minutes=11)
            # Before its time the worker leaves the task alone.
            call_command("db_worker", "--batch", "--backend", "scheduled", verbosity=0)
            attempt.refresh_from_db()
            assert attempt.state == "in_progress"
            clock.move_to(start + timedelta(minutes=11, seconds=1))
            call_command("db_worker", "--batch", "--backend", "scheduled", verbosity=0)
        attempt.refresh_from_db()
        assert attempt.state == "finished"
        assert attempt.finished_at == start + timedelta(minutes=10)
        assert attempt.finished_by == "time_limit"

    def test_the_sweep_command_closes_overdue_attempts(self, timed):
        start = timezone.now()
        with time_machine.travel(start, tick=False) as clock:
            attempt = _start(timed)
            clock.move_to(start + timedelta(hours=1))
            call_command("close_overdue_attempts", verbosity=0)
        attempt.refresh_from_db()
        assert attempt.state == "finished" and attempt.finished_at == attempt.deadline


class TestRandomDraws:
    """Slots that draw from a category: the right pool, no repeats, nothing outside it."""

    @pytest.fixture
    def bank(self, quizzes):
        from assessments.models import QuestionCategory
        from tests.assessments.conftest import make_question

        def some(path, n):
            category = QuestionCategory.objects.create(bank=quizzes.bank, path=path)
            options = [{"text": "true", "fraction": 1}, {"text": "false", "fraction": 0}]
            return [
                make_question(category, "truefalse", f"<p>{path} {i}</p>", options).pk
                for i in range(n)
            ]

        top = QuestionCategory.objects.create(bank=quizzes.bank, path="")
        return SimpleNamespace(
            top=top,
            desk=quizzes.category,
            phone=some("Desk/Phone", 3),
            other=some("Other", 3),
            fixed=[q.pk for q in quizzes.questions],
        )

    def _quiz(self, quizzes, slot):
        from assessments.models import QuizPage, QuizSlot

        quiz = QuizPage(slug=f"draw-{slot.category.path or 'top'}", title="抽题")
        slot.sort_order = 1
        quiz.slots = [QuizSlot(question=quizzes.questions[0], sort_order=0), slot]
        quizzes.course.add_child(instance=quiz)
        quiz.save_revision().publish()
        return QuizPage.objects.get(pk=quiz.pk)

    def _drawn(self, quizzes, quiz, seed):
        attempt = services.attempt_start(staff=quizzes.learner, quiz=quiz, seed=seed)
        ids = [item["question_id"] for item in attempt.layout]
        Attempt.objects.filter(pk=attempt.pk).delete()
        return ids

    def test_a_category_with_its_subcategories(self, quizzes, bank):
        from assessments.models import QuizSlot

        slot = QuizSlot(category=bank.desk, draw_count=4, include_subcategories=True)
        quiz = self._quiz(quizzes, slot)
        pool = set(bank.fixed[1:]) | set(bank.phone)  # Desk (less the fixed one) and Desk/Phone
        seen = set()
        for seed in range(20):
            ids = self._drawn(quizzes, quiz, seed)
            assert ids[0] == bank.fixed[0] and len(ids) == 5 == len(set(ids))
            assert set(ids[1:]) <= pool
            seen.update(ids[1:])
        assert seen & set(bank.phone) and seen & set(bank.fixed[1:])

    def test_a_category_alone(self, quizzes, bank):
        from assessments.models import QuizSlot

        slot = QuizSlot(category=bank.desk, draw_count=20, include_subcategories=False)
        ids = self._drawn(quizzes, self._quiz(quizzes, slot), seed=1)
        # Asked for 20, the category holds 8 more: all of them, once each.
        assert sorted(ids[1:]) == sorted(bank.fixed[1:])

    def test_the_top_category_draws_from_the_whole_bank(self, quizzes, bank):
        from assessments.models import QuizSlot

        slot = QuizSlot(category=bank.top, draw_count=50, include_subcategories=True)
        ids = self._drawn(quizzes, self._quiz(quizzes, slot), seed=1)
        assert sorted(ids[1:]) == sorted(bank.fixed[1:] + bank.phone + bank.other)
