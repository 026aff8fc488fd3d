"""Concurrent submits and starts of one learner's attempt, on real transactions and threads.

Each thread has its own database connection (closed when it ends); a barrier makes them call the
service together. The row lock of `attempt_submit` (SELECT ... FOR UPDATE on PostgreSQL, the
immediate write transaction on SQLite) must let exactly one grade the attempt, and the unique
constraints must keep concurrent starts to a single attempt.

On SQLite the test database is in memory, in shared-cache mode, where a second writer fails at
once with "database table is locked" instead of waiting (the busy timeout does not apply to
shared-cache locks). The `database_file` fixture therefore moves these tests to a copy of the
test database in a file, as the site runs on SQLite (WAL, a busy timeout, immediate
transactions: see config/settings/base.py).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

import pytest
from django.db import connection

from assessments import services
from assessments.models import Attempt, AttemptAnswer, QuizPage
from tests.assessments.conftest import right_responses
from training.people.models import AuditEntry, StaffProfile

# Real commits; serialized_rollback puts back what the migrations created (groups, locales, the
# home page) that the flush after a transactional test removes.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREADS = 4


@pytest.fixture(autouse=True)
def database_file(transactional_db, tmp_path):
    """On an in-memory SQLite test database: run the test on a copy of it in a file."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield
        return
    settings = connection.settings_dict
    memory_name = settings["NAME"]
    # Keeps the in-memory database alive while Django's connection points at the file.
    keeper = sqlite3.connect(memory_name, uri=True)
    path = tmp_path / "concurrency.sqlite3"
    with sqlite3.connect(path) as copy:
        keeper.backup(copy)
    copy.close()
    settings["NAME"] = str(path)
    connection.close()  # really closes the in-memory connection, now that NAME is a file
    try:
        yield
    finally:
        connection.close()
        settings["NAME"] = memory_name
        connection.ensure_connection()  # back on the in-memory database before the keeper goes
        keeper.close()


def together(task: Callable[[], object], threads: int = THREADS) -> tuple[list, list]:
    """Run `task` in `threads` threads released at the same moment: (results, exceptions)."""
    barrier = threading.Barrier(threads)
    results: list = []
    errors: list = []
    lock = threading.Lock()

    def run():
        try:
            barrier.wait(timeout=30)
            result = task()
            with lock:
                results.append(result)
        except Exception as error:  # noqa: BLE001 - reported by the test
            with lock:
                errors.append(error)
        finally:
            connection.close()

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert not any(worker.is_alive() for worker in workers), "a thread is stuck"
    return results, errors


def test_concurrent_submits_grade_the_attempt_once(quizzes):
    attempt = services.attempt_start(staff=quizzes.learner, quiz=quizzes.quiz)
    answers = right_responses(attempt)
    saved = services.attempt_save(
        attempt_id=attempt.pk, staff=quizzes.learner, responses=answers, revision=0
    )
    staff_pk, attempt_pk, revision = quizzes.learner.pk, attempt.pk, saved.revision

    def submit():
        return services.attempt_submit(
            attempt_id=attempt_pk,
            staff=StaffProfile.objects.get(pk=staff_pk),
            responses=answers,
            revision=revision,
        )

    outcomes, errors = together(submit)

    assert errors == []
    assert len(outcomes) == THREADS
    assert sorted(o.graded_now for o in outcomes) == [False] * (THREADS - 1) + [True]
    for outcome in outcomes:
        assert outcome.attempt.pk == attempt_pk
        assert outcome.attempt.state == Attempt.State.FINISHED
        assert (outcome.attempt.score, outcome.attempt.percent) == (9, 100)
    attempt.refresh_from_db()
    assert (attempt.state, attempt.percent, attempt.passed) == ("finished", 100, True)
    answers_rows = AttemptAnswer.objects.filter(attempt=attempt)
    assert answers_rows.count() == len(attempt.layout) == 9
    assert sorted(answers_rows.values_list("position", flat=True)) == list(range(9))
    assert AuditEntry.objects.filter(action="assessments.attempt_graded").count() == 1


def test_concurrent_starts_open_one_attempt(quizzes):
    staff_pk, quiz_pk = quizzes.learner.pk, quizzes.quiz.pk

    def begin():
        return services.attempt_start(
            staff=StaffProfile.objects.get(pk=staff_pk), quiz=QuizPage.objects.get(pk=quiz_pk)
        ).pk

    started, errors = together(begin)

    assert errors == []
    attempt = Attempt.objects.get()  # exactly one
    assert started == [attempt.pk] * THREADS
    assert (attempt.number, attempt.state, attempt.staff_id) == (1, "in_progress", staff_pk)
