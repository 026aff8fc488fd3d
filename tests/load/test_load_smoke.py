"""The load and soak scenarios of bench/load/ in miniature, as CI runs them.

The same orchestrator (bench/load/run.py) and locust users (bench/load/locustfile.py) as the
measured runs, with a handful of users for a few seconds: gunicorn with the production settings
on this test's PostgreSQL database, locust as a subprocess on loopback. The tests check what
the full runs check, except speed (figures belong in bench/README.md, not in assertions): no
request failed, and for the quiz scenarios the database holds exactly the attempts the learners
made, graded, with every answer they saved and submitted.
"""

from __future__ import annotations

import dataclasses

import pytest
from django.db import connection

from assessments import services
from assessments.models import AttemptAnswer
from bench.load.run import (
    SCENARIOS,
    Scenario,
    answer_plans,
    browse_pages,
    check_attempts,
    memory_figures,
    reference_layout,
    run_scenario,
)
from tests.factories import make_staff
from tests.servers import current_database_url

needs_shared_database = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="gunicorn, locust's learners and the checks share one database only on "
    "PostgreSQL; run with DATABASE_URL=postgres://...",
)

# Tiny versions of the scenarios: short think times so that every step happens in seconds.
SMOKE = {
    "browsing": dict(users=10, spawn_rate=10, run_time=10, think=(0.2, 0.5)),
    "exam": dict(users=20, spawn_rate=20, run_time=60, answer_think=(0.05, 0.2)),
    "soak": dict(
        users=10, spawn_rate=10, run_time=15, answer_think=(0.3, 1.0), answers_per_attempt=(2, 4)
    ),
}
KINDS = {
    "browsing": {"catalog", "course", "lesson", "me"},
    "exam": {"quiz page", "start", "attempt page", "autosave", "submit", "review"},
    "soak": {"quiz page", "start", "attempt page", "autosave", "submit", "review"},
}


def smoke(name: str) -> Scenario:
    return dataclasses.replace(
        SCENARIOS[name],
        memory_every=2,
        warmup=4,
        targets={},
        start_within=None,
        submit_within=None,
        **SMOKE[name],
    )


@pytest.fixture
def learners(quizzes):
    return [
        make_staff(quizzes.org.isss_desk, name_zh=f"学员{i}", name_latin=f"LEARNER {i}").user
        for i in range(20)
    ]


@needs_shared_database
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("name", ["browsing", "exam", "soak"])
def test_scenario(name, quizzes, learners, tmp_path):
    scenario = smoke(name)
    browse = browse_pages(
        catalog=quizzes.course.get_parent().specific,
        courses=[quizzes.course],
        lessons=[quizzes.lesson],
    )
    result = run_scenario(
        scenario,
        database_url=current_database_url(),
        learners=learners,
        quiz=quizzes.quiz if name != "browsing" else None,
        browse=browse,
        workers=1,
        threads=2,
        results_dir=tmp_path,
        log_dir=tmp_path,
        warm_rounds=1,
    )
    assert (tmp_path / f"{name}.json").exists()
    requests = result["requests"]
    assert set(requests) == KINDS[name], result
    assert result["total"]["failures"] == 0, result["failure_lines"]
    assert result["floor"]["requests"] > 0 and result["floor"]["failures"] == 0
    assert result["server_errors"] == []
    assert result["memory"]["samples"] >= 2
    if name == "browsing":
        # Every page came back with its title and the learner's own name (locustfile.py).
        assert all(requests[kind]["requests"] > 0 for kind in KINDS[name])
        return
    checks = result["db_checks"]
    assert checks["problems"] == [] and checks["ok"], checks
    assert checks["saved_answers_checked"] > 0
    if name == "exam":
        questions = len(quizzes.questions)
        assert checks["attempts_in_database"] == checks["graded_in_database"] == 20
        assert checks["submitted"] == 20
        assert checks["answers_checked"] == 20 * questions
        assert requests["submit"]["requests"] == 20
        assert requests["autosave"]["requests"] == 20 * questions
    else:
        # Attempt after attempt: some submitted, the last ones cut off while in progress.
        assert checks["submitted"] > 0
        assert checks["attempts_in_database"] >= 10


def test_memory_flat_rule():
    """Flat: an hour at the fitted slope adds under 10 % of the mean, and no worker replaced
    (a new worker starts small: a leak would hide behind it)."""
    mib = 1024 * 1024
    pids = (100, 101, 102)
    steady = [(t * 15, (300 + (t % 3)) * mib, pids) for t in range(40)]
    assert memory_figures(steady, warmup=120)["flat"]
    leaking = [(t * 15, (300 + t) * mib, pids) for t in range(40)]  # 4 MiB a minute
    figures = memory_figures(leaking, warmup=120)
    assert not figures["flat"] and figures["slope_mib_per_min"] == pytest.approx(4)
    assert figures["first_mib"] == 308 and figures["last_mib"] == 339
    replaced = [(t * 15, 300 * mib, pids if t < 20 else (100, 101, 103)) for t in range(40)]
    assert not memory_figures(replaced, warmup=120)["flat"]


def test_database_check_finds_lost_answers(quizzes):
    """The check after a run is not a formality: an answer missing from the database, or a
    grade row missing, is reported (here with the services called directly, no processes)."""
    staff = quizzes.learner
    username = staff.user.username
    responses, fields = answer_plans(reference_layout(quizzes.quiz), 1, right_share=1.0)[0]
    form = {name: value for one in fields for name, value in one.items()}
    attempt = services.attempt_start(staff=staff, quiz=quizzes.quiz)
    services.attempt_save(attempt_id=attempt.pk, staff=staff, responses=responses, revision=0)
    entry = {"url": f"/q/attempts/{attempt.number}/", "saved": form, "submitted": None}
    records = {username: {"attempts": [entry]}}

    def check():
        return check_attempts(quizzes.quiz, records, {username: responses}, expected_attempts=1)

    in_progress = check()
    assert in_progress["saved_answers_checked"] == len(responses) == len(quizzes.questions)
    # Saved but not submitted: the answers are all there, but 1 graded attempt was expected.
    assert in_progress["problems"] == ["1 attempts, 0 graded; expected 1"]

    type(attempt).objects.filter(pk=attempt.pk).update(responses={})
    lost = check()["problems"]
    assert "q0: saved answer lost" in lost[0] and len(lost) == len(responses) + 2

    attempt.refresh_from_db()
    services.attempt_submit(
        attempt_id=attempt.pk, staff=staff, responses=responses, revision=attempt.revision
    )
    entry["submitted"] = form
    graded = check()
    assert graded["ok"] and graded["answers_checked"] == len(quizzes.questions), graded

    AttemptAnswer.objects.filter(attempt=attempt, position=3).delete()
    assert check()["problems"] == [f"{username} #1: {len(quizzes.questions) - 1} answer rows"]
