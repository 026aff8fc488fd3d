"""The learner's POST actions: enrol, complete a lesson, heartbeat; and their refusals."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from training.progress.models import Enrolment, LessonProgress

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner_client(client, org):
    client.force_login(org.learner.user)
    return client


def urls(lesson=None, course=None):
    if course is not None:
        return f"/me/courses/{course.pk}/enrol/"
    return f"/me/lessons/{lesson.pk}/complete/", f"/me/lessons/{lesson.pk}/heartbeat/"


# --- what they do -----------------------------------------------------------------------------


def test_enrol_redirects_to_the_first_lesson_and_is_idempotent(learner_client, org, course):
    response = learner_client.post(f"/me/courses/{course.zh.pk}/enrol/")
    assert response.status_code == 302
    assert response["Location"] == course.lessons["one"].get_url()
    again = learner_client.post(f"/en/me/courses/{course.en.pk}/enrol/")
    assert again["Location"] == course.lessons_en["one"].get_url()
    assert Enrolment.objects.filter(staff=org.learner).count() == 1


def test_complete_goes_on_to_the_next_lesson_with_a_message(learner_client, org, course):
    complete, _ = urls(course.lessons["one"])
    response = learner_client.post(complete, follow=False)
    assert response.status_code == 302
    assert response["Location"] == course.lessons["two"].get_url()
    progress = LessonProgress.objects.get()
    assert progress.completed_at is not None
    messages = [str(m) for m in response.wsgi_request._messages]
    assert len(messages) == 1
    with translation.override("zh-hans"):
        assert messages == [gettext("Lesson complete.")]


def test_complete_can_stay_on_the_lesson_and_is_idempotent(learner_client, course):
    complete, _ = urls(course.lessons_en["two"])
    first = learner_client.post(f"/en{complete}", {"then": "stay"})
    assert first["Location"] == course.lessons_en["two"].get_url()
    completed_at = LessonProgress.objects.get().completed_at
    again = learner_client.post(f"/en{complete}", {"then": "stay"})
    assert again.status_code == 302
    assert again["Location"] == course.lessons_en["two"].get_url()
    assert LessonProgress.objects.get().completed_at == completed_at
    # Neither redirect was followed, so both messages are still waiting to be shown.
    assert [str(m) for m in again.wsgi_request._messages] == [
        "Lesson complete.",
        "You had already completed this lesson.",
    ]


def test_the_last_lesson_of_a_course_completes_it(learner_client, org, course):
    for name in ("one", "two", "three"):
        complete, _ = urls(course.lessons[name])
        response = learner_client.post(f"/en{complete}", follow=True)
    assert response.status_code == 200
    assert Enrolment.objects.get().completed_at is not None
    assert "You have completed the course" in response.content.decode()


@pytest.mark.parametrize(
    ("body", "content_type", "counted"),
    [
        ({"seconds": 30}, "application/json", 30),
        ({"seconds": 3600}, "application/json", 60),
        ({"seconds": -40}, "application/json", 0),
        ({"seconds": "45"}, None, 45),
        ({"seconds": "-1e9"}, None, 0),
        ({}, None, 30),  # an empty POST, as the lesson page's script sends: the 30 s interval
        ({}, "application/json", 30),
    ],
)
def test_heartbeat_counts_at_most_a_minute(learner_client, course, body, content_type, counted):
    lesson = course.lessons["one"]
    learner_client.post(urls(lesson)[0], {"then": "stay"})  # enrols and opens the lesson
    _, heartbeat = urls(lesson)
    if content_type:
        data = json.dumps(body) if body else ""
        response = learner_client.post(heartbeat, data, content_type=content_type)
    else:
        response = learner_client.post(heartbeat, body)
    assert response.status_code == 204
    assert LessonProgress.objects.get().seconds_spent == counted
    assert Enrolment.objects.get().seconds_spent == counted


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{not json", "application/json"),
        (json.dumps({"seconds": "NaN"}), "application/json"),
        (json.dumps({"seconds": True}), "application/json"),
        (json.dumps([30]), "application/json"),
        (json.dumps({"seconds": {"$gt": 1}}), "application/json"),
        (json.dumps({"seconds": None}), "application/json"),
        ("seconds=abc", "application/x-www-form-urlencoded"),
        ("seconds=", "application/x-www-form-urlencoded"),
    ],
)
def test_heartbeat_rejects_what_is_not_a_number(learner_client, course, body, content_type):
    lesson = course.lessons["one"]
    learner_client.post(urls(lesson)[0], {"then": "stay"})
    response = learner_client.post(urls(lesson)[1], body, content_type=content_type)
    assert response.status_code == 400
    assert "error" in response.json()
    assert LessonProgress.objects.get().seconds_spent == 0


def test_heartbeat_without_enrolment_changes_nothing(learner_client, course):
    response = learner_client.post(urls(course.lessons["one"])[1], {"seconds": 30})
    assert response.status_code == 204
    assert not Enrolment.objects.exists()
    assert not LessonProgress.objects.exists()


# --- refusals ---------------------------------------------------------------------------------


def all_post_urls(course):
    complete, heartbeat = urls(course.lessons["one"])
    return [urls(course=course.zh), complete, heartbeat]


def test_get_is_not_allowed(learner_client, course):
    for url in all_post_urls(course):
        assert learner_client.get(url).status_code == 405, url
    assert not Enrolment.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, course):
    for url in all_post_urls(course):
        response = client.post(url, {"seconds": 30})
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"/accounts/login/?next={url}")
    assert not Enrolment.objects.exists()


def test_posts_need_the_csrf_token(org, course):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(org.learner.user)
    for url in all_post_urls(course):
        assert csrf_client.post(url, {"seconds": 30}).status_code == 403, url
    assert not Enrolment.objects.exists()


def test_accounts_without_staff_record_get_403_with_an_explanation(client, org, course):
    client.force_login(org.admin)
    enrol, complete, heartbeat = all_post_urls(course)
    for url in (enrol, complete):
        response = client.post(f"/en{url}")
        assert response.status_code == 403
        assert "no staff record" in response.content.decode()
    response = client.post(f"/en{heartbeat}", {"seconds": 30})
    assert response.status_code == 403
    assert "staff record" in response.json()["error"]
    assert not Enrolment.objects.exists()


def test_forged_ids_answer_404_and_change_nothing(learner_client, courses, course):
    draft = courses.add_lesson(course, "draft", translate=False)
    draft.unpublish()
    not_lessons = [course.zh.pk, courses.catalog.pk, courses.home.pk, draft.pk, 999_999]
    for page_id in not_lessons:
        for action in ("complete", "heartbeat"):
            response = learner_client.post(f"/me/lessons/{page_id}/{action}/", {"seconds": 30})
            assert response.status_code == 404, (page_id, action)
    course.zh.unpublish()
    not_courses = [course.lessons["one"].pk, courses.catalog.pk, course.zh.pk, 999_999]
    for page_id in not_courses:
        assert learner_client.post(f"/me/courses/{page_id}/enrol/").status_code == 404, page_id
    assert learner_client.post("/me/lessons/-1/complete/").status_code == 404
    assert not Enrolment.objects.exists()
    assert not LessonProgress.objects.exists()
