"""The learner's quiz pages answer in a fixed number of queries, whatever the size of the quiz.

Each test builds a quiz of 5 and one of 50 questions (every question type in turn), measures the
same request on both under the pinned bound, and checks that both take exactly as many queries.
The attempt's questions are frozen in its layout, so once it has started no page should go back
to the question bank per question.
"""

from __future__ import annotations

from itertools import chain

import pytest

from assessments import services
from tests.assessments.conftest import form_data, make_quiz, one_of_each, right_responses
from tests.courses.conftest import make_course, make_lesson

pytestmark = pytest.mark.django_db

SIZES = (5, 50)

# Pinned bounds for a signed-in learner: the count measured at 5 and at 50 questions (the same,
# on SQLite and on PostgreSQL) plus one. The overview lists one finished attempt and one in
# progress; the overview and the review read the review options of every translation of the
# quiz (one query: the strictest govern); the submit includes what runs when its transaction
# commits (the progress app enrols the learner, completes the quiz, its lesson and the course,
# and records competency evidence; the certificates app issues the course's certificate, and the
# test settings' immediate task backend renders and stores its PDF inside the same request; the
# reports app looks for webhook endpoints that want to hear of the new certificate).
MAX_QUERIES = {
    "overview": 22 + 1,
    "attempt": 19 + 1,
    "save": 19 + 1,
    "submit": 95 + 1,
    "review": 20 + 1,
}


def build_quiz(quizzes, size: int):
    """A quiz of `size` questions cycling through the nine types (one_of_each), completing a
    lesson, in a course of its own (so that each size starts from the same learner state)."""
    batches = (size + 8) // 9
    questions = list(
        chain.from_iterable(
            one_of_each(quizzes.category, quizzes.competency) for _ in range(batches)
        )
    )[:size]
    course = make_course(quizzes.course.get_parent(), f"course-{size}", f"课程 {size}")
    lesson = make_lesson(course, "lesson", "第一课")
    return make_quiz(course, title=f"测验 {size}", questions=questions, lesson=lesson)


def submitted(quizzes, quiz):
    attempt = services.attempt_start(staff=quizzes.learner, quiz=quiz)
    return services.attempt_submit(
        attempt_id=attempt.pk,
        staff=quizzes.learner,
        responses=right_responses(attempt),
        revision=attempt.revision,
    ).attempt


def run(view: str, client, quizzes, quiz, bound, assert_max_queries, on_commit) -> int:
    """The queries of one `view` request on `quiz` (after a warm-up request of the site)."""
    base = quiz.url
    if view == "overview":
        submitted(quizzes, quiz)
        services.attempt_start(staff=quizzes.learner, quiz=quiz)
        client.get(base)
        with assert_max_queries(bound) as captured:
            response = client.get(base)
        assert response.status_code == 200
        assert response.context["overview"].question_count == len(quiz.slots.all())
        return len(captured)
    if view == "review":
        attempt = submitted(quizzes, quiz)
        url = f"{base}attempts/{attempt.number}/review/"
        client.get(url)
        with assert_max_queries(bound) as captured:
            response = client.get(url)
        assert response.status_code == 200
        assert len(response.context["questions"]) == len(attempt.layout)
        return len(captured)
    attempt = services.attempt_start(staff=quizzes.learner, quiz=quiz)
    url = f"{base}attempts/{attempt.number}/"
    data = form_data(attempt, right_responses(attempt))
    client.get(url)
    if view == "attempt":
        services.attempt_save(
            attempt_id=attempt.pk,
            staff=quizzes.learner,
            responses=right_responses(attempt),
            revision=attempt.revision,
        )
        with assert_max_queries(bound) as captured:
            response = client.get(url)
        assert response.status_code == 200
        assert len(response.context["questions"]) == len(attempt.layout)
        return len(captured)
    if view == "save":
        with assert_max_queries(bound) as captured:
            response = client.post(f"{url}save/", data)
        assert response.status_code == 302 and response["Location"] == url
        attempt.refresh_from_db()
        assert attempt.revision == 1 and len(attempt.responses) == len(attempt.layout)
        return len(captured)
    assert view == "submit"
    with assert_max_queries(bound) as captured, on_commit(execute=True) as callbacks:
        response = client.post(f"{url}submit/", data)
    assert response.status_code == 302 and response["Location"] == f"{url}review/"
    assert len(callbacks) >= 1  # the grade was announced (and its receivers measured)
    attempt.refresh_from_db()
    assert attempt.percent == 100 and attempt.answers.count() == len(attempt.layout)
    return len(captured)


@pytest.mark.parametrize("view", list(MAX_QUERIES))
def test_queries_do_not_grow_with_the_quiz(
    client,
    quizzes,
    view,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    client.force_login(quizzes.learner.user)
    counts = {}
    for size in SIZES:
        quiz = build_quiz(quizzes, size)
        assert len(quiz.slots.all()) == size
        counts[size] = run(
            view,
            client,
            quizzes,
            quiz,
            MAX_QUERIES[view],
            django_assert_max_num_queries,
            django_capture_on_commit_callbacks,
        )
    assert counts[5] == counts[50]
