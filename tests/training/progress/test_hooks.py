"""The providers behind courses.learner_state, and the hook that records opening a lesson."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import translation
from wagtail import hooks

from courses.learner_state import LessonStates, course_statuses, lesson_states
from training.progress import services
from training.progress.models import Assignment, Enrolment, LessonProgress

pytestmark = pytest.mark.django_db


def make_request(user, method="get", path="/"):
    request = getattr(RequestFactory(), method)(path)
    request.user = user
    return request


def serve_hooks(page, request):
    """Run the before_serve_page hooks as wagtail.views.serve does."""
    for hook in hooks.get_hooks("before_serve_page"):
        assert hook(page, request, (), {}) is None


# --- course statuses --------------------------------------------------------------------------


def test_visitors_without_staff_record_get_default_states(org, course):
    for user in (AnonymousUser(), org.admin):
        request = make_request(user)
        assert course_statuses(request=request, courses=[course.zh]) == {}
        assert lesson_states(request=request, course=course.zh, lessons=[]) == LessonStates()


def test_a_course_not_started_offers_to_enrol(org, course):
    request = make_request(org.learner.user)
    status = course_statuses(request=request, courses=[course.zh])[course.zh.translation_key]
    assert status.state == "not_started"
    assert status.enrol_url == f"/me/courses/{course.zh.pk}/enrol/"
    assert status.resume_url is None


def test_statuses_for_the_catalog(org, courses, course, today):
    other = courses.course("other", title_en="Other")
    untouched = courses.course("untouched")
    services.lesson_complete(staff=org.learner, lesson=course.lessons["one"])
    services.lesson_open(staff=org.learner, lesson=course.lessons["two"])
    services.assignment_create(
        staff=org.learner, course=other.zh, due_date=today, assigned_by=org.isss_manager.user
    )
    Assignment.objects.update(due_date=today - timedelta(days=1))

    with translation.override("en"):
        request = make_request(org.learner.user)
        statuses = course_statuses(request=request, courses=[course.en, other.en, untouched.en])
    mine = statuses[course.zh.translation_key]
    assert (mine.state, mine.percent, mine.enrol_url) == ("in_progress", 33, None)
    # Opened in Chinese, resumed in the language being read.
    assert mine.resume_url == course.lessons_en["two"].get_url()
    assigned = statuses[other.zh.translation_key]
    assert (assigned.state, assigned.assigned, assigned.overdue) == ("in_progress", True, True)
    assert assigned.due_date == today - timedelta(days=1)
    assert statuses[untouched.zh.translation_key].enrol_url is not None


def test_a_completed_course_is_completed(org, course):
    for name in ("one", "two", "three"):
        services.lesson_complete(staff=org.learner, lesson=course.lessons[name])
    request = make_request(org.learner.user)
    status = course_statuses(request=request, courses=[course.zh])[course.zh.translation_key]
    assert (status.state, status.percent, status.resume_url, status.enrol_url) == (
        "completed",
        100,
        None,
        None,
    )


# --- lesson states ----------------------------------------------------------------------------


def test_progress_survives_switching_to_english(org, course):
    services.lesson_complete(staff=org.learner, lesson=course.lessons["one"])
    with translation.override("en"):
        states = lesson_states(
            request=make_request(org.learner.user),
            course=course.en,
            lessons=list(course.lessons_en.values()),
        )
    assert states.enrolled
    assert states.completed_lesson_keys == {course.lessons_en["one"].translation_key}
    assert states.course.percent == 33
    assert states.course.state == "in_progress"


def test_lesson_urls_are_for_the_lesson_being_served(org, course):
    lesson = course.lessons_en["two"]
    with translation.override("en"):
        request = make_request(org.learner.user)
        serve_hooks(lesson, request)
        states = lesson_states(
            request=request, course=course.en, lessons=list(course.lessons_en.values())
        )
        on_course_page = lesson_states(
            request=make_request(org.learner.user), course=course.en, lessons=[]
        )
    assert states.complete_url == f"/en/me/lessons/{lesson.pk}/complete/"
    assert states.heartbeat_url == f"/en/me/lessons/{lesson.pk}/heartbeat/"
    assert states.course.enrol_url is None
    assert on_course_page.complete_url is None
    assert on_course_page.heartbeat_url is None


def test_a_learner_not_enrolled_is_offered_enrolment(org, course):
    states = lesson_states(request=make_request(org.learner.user), course=course.zh, lessons=[])
    assert not states.enrolled
    assert states.completed_lesson_keys == frozenset()
    assert states.course.enrol_url == f"/me/courses/{course.zh.pk}/enrol/"


# --- opening a lesson -------------------------------------------------------------------------


def test_opening_a_lesson_records_the_resume_point(org, course):
    serve_hooks(course.lessons["two"], make_request(org.learner.user))
    enrolment = Enrolment.objects.get()
    assert enrolment.last_lesson_id == course.lessons["two"].pk
    assert enrolment.last_lesson_key == course.lessons["two"].translation_key
    assert enrolment.source == Enrolment.Source.SELF
    progress = LessonProgress.objects.get()
    assert (progress.enrolment_id, progress.lesson_key) == (
        enrolment.pk,
        course.lessons["two"].translation_key,
    )
    assert progress.completed_at is None


def test_only_signed_in_staff_opening_a_lesson_with_get_are_recorded(org, course):
    lesson = course.lessons["one"]
    serve_hooks(lesson, make_request(AnonymousUser()))
    serve_hooks(lesson, make_request(org.admin))
    serve_hooks(lesson, make_request(org.learner.user, method="post"))
    serve_hooks(course.zh, make_request(org.learner.user))  # a course page, not a lesson
    assert not Enrolment.objects.exists()


def test_visiting_a_lesson_page_records_it_and_offers_completion(client, org, course):
    lesson = course.lessons_en["three"]
    client.force_login(org.learner.user)
    response = client.get(lesson.get_url())
    assert response.status_code == 200
    assert Enrolment.objects.get().last_lesson_id == lesson.pk
    html = response.content.decode()
    assert f'action="/en/me/lessons/{lesson.pk}/complete/"' in html
    assert f'data-heartbeat-url="/en/me/lessons/{lesson.pk}/heartbeat/"' in html


# --- query counts -----------------------------------------------------------------------------


PROVIDER_QUERIES = 9  # six of ours, three of Wagtail finding the site for URLs


@pytest.mark.parametrize("size", [1, 12])
def test_provider_query_counts_do_not_grow(org, courses, size, django_assert_max_num_queries):
    built = [courses.course(f"q{n:02d}", lessons=("a", "b"), translate=False) for n in range(size)]
    for n, item in enumerate(built):
        if n % 2:
            services.lesson_complete(staff=org.learner, lesson=item.lessons["a"])
        else:
            services.lesson_open(staff=org.learner, lesson=item.lessons["b"])
    pages = [item.zh for item in built]
    user = org.learner.user
    request = make_request(user)
    user.staff_profile  # noqa: B018 - the page has loaded it already
    with django_assert_max_num_queries(PROVIDER_QUERIES):
        statuses = course_statuses(request=request, courses=pages)
        [status.resume_url for status in statuses.values()]
    assert len(statuses) == size
    request = make_request(user)
    serve_hooks(built[-1].lessons["b"], request)
    with django_assert_max_num_queries(PROVIDER_QUERIES + 1):
        states = lesson_states(request=request, course=built[-1].zh, lessons=[])
    assert states.enrolled
