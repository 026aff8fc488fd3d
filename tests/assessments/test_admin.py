"""The question bank and item analysis in the Wagtail admin."""

from __future__ import annotations

import pytest
from django.urls import reverse

from assessments import services
from tests.assessments.conftest import right_responses

pytestmark = pytest.mark.django_db


@pytest.fixture
def graded(quizzes):
    """Two learners' first attempts: one all right, one all wrong."""
    for staff, right in ((quizzes.learner, True), (quizzes.org.visiting, False)):
        attempt = services.attempt_start(staff=staff, quiz=quizzes.quiz)
        services.attempt_submit(
            attempt_id=attempt.pk,
            staff=staff,
            responses=right_responses(attempt) if right else {},
            revision=attempt.revision,
        )
    return quizzes


def test_an_editor_sees_item_analysis_of_a_quiz(client, graded):
    client.force_login(graded.org.editor.user)
    response = client.get(reverse("assessments_quiz_analysis", args=[graded.quiz.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    for question in graded.questions:
        assert question.name in html
    # 2 learners: facility 0.50 for every question, and the plain warning about too few attempts.
    assert html.count("<td>0.50</td>") == len(graded.questions)
    assert "help-warning" in html and "30" in html  # fewer than 30 attempts: indicative only
    assert 'data-item-analysis-chart="questions-chart"' in html
    assert 'id="questions-chart"' in html  # the chart's data, next to the table


def test_an_editor_sees_item_analysis_of_a_question(client, graded):
    client.force_login(graded.org.editor.user)
    question = graded.questions[0]
    response = client.get(reverse("assessments_question_analysis", args=[question.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert question.name in html and graded.quiz.title in html


def test_the_quiz_edit_page_links_to_item_analysis(client, graded):
    client.force_login(graded.org.editor.user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[graded.quiz.pk]))
    assert reverse("assessments_quiz_analysis", args=[graded.quiz.pk]) in response.content.decode()


def test_learners_see_no_item_analysis(client, graded):
    client.force_login(graded.learner.user)
    response = client.get(reverse("assessments_quiz_analysis", args=[graded.quiz.pk]))
    assert response.status_code in (302, 403)


def test_the_question_listing_filters_by_type(client, graded):
    client.force_login(graded.org.editor.user)
    response = client.get(reverse("assessments_question:index"), {"qtype": "sjt"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "fine" in html and "greeting" not in html
