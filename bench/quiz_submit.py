"""Many learners answering and submitting one quiz, through the real views.

Run from the repository root on a migrated database with the demo loaded (`make run`, or
`migrate` + `load_demo`):

    .venv/bin/python bench/quiz_submit.py [--learners 200] [--workers 4] [--questions 20]

It creates `--learners` bench staff (accounts `bench-quiz-NNNN`, kept between runs) and a bench
quiz of `--questions` questions from the demo banks (page "bench-quiz" under the first demo
course), then runs `--workers` threads; each thread takes learners in turn and, for each one,
opens the quiz, starts an attempt, opens it, autosaves twice (as the page's script does) and
submits. It reports wall-clock milliseconds per request kind (median, p95, max), requests per
second overall, and checks the outcome: every attempt graded exactly once.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from assessments.demo.loader import simulated_response  # noqa: E402
from assessments.models import Attempt, AttemptAnswer, Question, QuizPage, QuizSlot  # noqa: E402
from courses.models import CoursePage  # noqa: E402
from tests.assessments.conftest import form_data  # noqa: E402
from training.people.models import OrgUnit, StaffProfile  # noqa: E402


def bench_quiz(questions: int) -> QuizPage:
    course = CoursePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    quiz = QuizPage.objects.child_of(course).filter(slug="bench-quiz").first()
    if quiz is not None:
        Attempt.objects.filter(quiz_key=quiz.translation_key).delete()
        return quiz
    pool = list(Question.objects.order_by("pk")[:questions])
    quiz = QuizPage(slug="bench-quiz", title="Bench quiz", required=False, pass_mark=50)
    quiz.slots = [QuizSlot(question=q, sort_order=i) for i, q in enumerate(pool)]
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    return quiz


def bench_learners(count: int) -> list[User]:
    unit = OrgUnit.objects.order_by("depth", "pk").first()
    users = []
    for i in range(count):
        username = f"bench-quiz-{i:04d}"
        user, created = User.objects.get_or_create(username=username)
        if created:
            StaffProfile.objects.create(
                user=user,
                staff_number=f"BQ{i:04d}",
                name_zh=f"测试{i}",
                name_latin=f"BENCH {i}",
                org_unit=unit,
            )
        users.append(user)
    return users


def run_learner(user: User, quiz_url: str, timings: dict[str, list[float]]) -> None:
    client = Client()
    client.force_login(user)

    def timed(kind: str, method: str, url: str, **kwargs):
        start = time.perf_counter()
        response = getattr(client, method)(url, **kwargs)
        timings[kind].append((time.perf_counter() - start) * 1000)
        return response

    assert timed("quiz page", "get", quiz_url).status_code == 200
    response = timed("start", "post", quiz_url + "start/")
    attempt_url = response["Location"]
    assert timed("attempt page", "get", attempt_url).status_code == 200
    attempt = Attempt.objects.get(staff__user=user, state="in_progress")
    answers = {
        str(item["position"]): simulated_response(item, True, None) for item in attempt.layout
    }
    half = dict(list(answers.items())[: len(answers) // 2])
    for part in (half, answers):
        attempt.refresh_from_db(fields=["revision"])
        saved = timed(
            "autosave",
            "post",
            attempt_url + "save/",
            data=form_data(attempt, part),
            headers={"accept": "application/json"},
        )
        assert saved.status_code == 200, saved.content
    attempt.refresh_from_db(fields=["revision"])
    submitted = timed("submit", "post", attempt_url + "submit/", data=form_data(attempt, answers))
    assert submitted.status_code == 302


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()

    quiz = bench_quiz(args.questions)
    users = bench_learners(args.learners)
    quiz_url = quiz.url
    timings: dict[str, list[float]] = defaultdict(list)
    queue = list(users)
    lock = threading.Lock()

    def worker():
        try:
            while True:
                with lock:
                    if not queue:
                        return
                    user = queue.pop()
                run_learner(user, quiz_url, timings)
        finally:
            connection.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(args.workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start

    attempts = Attempt.objects.filter(quiz_key=quiz.translation_key)
    graded = attempts.filter(state="finished", percent=100).count()
    answers = AttemptAnswer.objects.filter(attempt__in=attempts).count()
    requests = sum(len(v) for v in timings.values())
    print(
        f"database: {connection.vendor}; {args.learners} learners, {args.workers} workers, "
        f"{len(quiz.slots.all())} questions"
    )
    print(f"{'request':<14} {'n':>5} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    for kind, values in timings.items():
        values.sort()
        p95 = values[max(0, int(len(values) * 0.95) - 1)]
        print(
            f"{kind:<14} {len(values):>5} {statistics.median(values):>10.1f} {p95:>8.1f} "
            f"{values[-1]:>8.1f}"
        )
    print(f"total: {requests} requests in {elapsed:.1f} s = {requests / elapsed:.0f} requests/s")
    print(f"outcome: {attempts.count()} attempts, {graded} graded at 100 %, {answers} answer rows")
    assert graded == args.learners and answers == args.learners * len(quiz.slots.all())


if __name__ == "__main__":
    main()
