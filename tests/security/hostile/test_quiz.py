"""Quiz answers typed by a learner (short answer, a typed cloze blank) with every corpus value,
saved by the form and by the autosave (JSON): never a 500; a NUL dropped (no database stores
it), an answer cut at 500 characters; the attempt page, the review and the learner's record
show the answer escaped and intact."""

from __future__ import annotations

import pytest

from assessments.models import Attempt
from tests.assessments.test_views import JSON, start, urls

from .conftest import assert_html_safe, assert_never_raw, json_body
from .corpus import CORPUS

MAX_ANSWER = 500


def kept(value: str) -> str:
    """What the attempt keeps of a typed answer."""
    return value.replace("\x00", "")[:MAX_ANSWER]


@pytest.fixture
def attempt(client, quizzes):
    client.force_login(quizzes.learner.user)
    attempt = start(client, quizzes.quiz)
    short = next(item for item in attempt.layout if item["qtype"] == "short")
    return quizzes, attempt, f"q{short['position']}", str(short["position"])


def test_short_answers_saved_by_the_form_and_the_autosave(client, attempt):
    world, current, field, position = attempt
    quiz = world.quiz
    revision = current.revision
    for index, item in enumerate(CORPUS):
        autosave = index % 2 == 1
        data = {"revision": str(revision), field: item.value}
        if autosave:
            response = client.post(urls(quiz).save, data, headers=JSON)
            assert response.status_code == 200, (item.name, response.status_code)
            assert json_body(response)["revision"] == revision + 1
        else:
            response = client.post(urls(quiz).save, data)
            assert response.status_code == 302, (item.name, response.status_code)
        revision += 1
        saved = Attempt.objects.get(pk=current.pk)
        value = saved.responses.get(position, "")
        assert value.strip() == kept(item.value).strip(), item.name
        page = client.get(urls(quiz).attempt)
        assert page.status_code == 200
        assert_never_raw(page.content)
        if value.strip() and item.kind != "long":
            assert_html_safe(page.content, value.strip())


@pytest.mark.parametrize("name", ["script", "img-onerror", "template-tag", "cjk-astral", "arabic"])
def test_a_submitted_answer_in_the_review_and_the_record(client, attempt, name):
    world, current, field, _position = attempt
    quiz = world.quiz
    value = next(item.value for item in CORPUS if item.name == name)
    response = client.post(urls(quiz).submit, {"revision": str(current.revision), field: value})
    assert response.status_code == 302
    review = client.get(urls(quiz).review)
    assert review.status_code == 200
    assert_never_raw(review.content)
    assert_html_safe(review.content, value)
    record = json_body(client.get("/en/me/record/export.json"))
    answers = [
        answer.get("response")
        for attempt_ in record["quiz_attempts"]
        for answer in attempt_["responses"]
    ]
    assert value in answers, answers
