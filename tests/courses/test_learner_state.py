"""How course pages show a learner's progress, through the hooks in courses/learner_state.py.

The progress app (a higher layer) registers the real providers; these tests replace them with
fixed answers, or with none, so that they test the course pages alone.
"""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from courses import learner_state
from courses.learner_state import (
    COURSE_STATUS_HOOK,
    LESSON_STATE_HOOK,
    CourseStatus,
    LessonStates,
)

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def providers(monkeypatch):
    """Replace whatever providers are registered with the ones a test puts in this dict."""
    registered: dict[str, list] = {COURSE_STATUS_HOOK: [], LESSON_STATE_HOOK: []}
    original = learner_state.hooks.get_hooks

    def get_hooks(name):
        if name in registered:
            return registered[name]
        return original(name)

    monkeypatch.setattr(learner_state.hooks, "get_hooks", get_hooks)
    return registered


def card_states(page):
    return {
        card.select_one(".course-card__title").get_text(strip=True): card.select_one(
            ".course-status__state"
        ).get_text(" ", strip=True)
        for card in page.select(".course-card")
    }


# --- nobody tells the pages anything: every course is "not started" ---------------------------


def test_anonymous_visitors_see_every_course_not_started(client, courses):
    states = card_states(soup(client.get("/en/courses/")))
    assert set(states.values()) == {"Not started"}
    assert len(states) == 4


def test_anonymous_course_page_offers_to_start_and_to_sign_in(client, courses):
    page = soup(client.get("/en/courses/desk-english/"))
    action = page.select_one(".course-action")
    assert "Not started" in action.get_text()
    assert action.select_one("form") is None
    start = action.select_one("a.button")
    assert start["href"] == "/en/courses/desk-english/greetings/"
    assert start.get_text(strip=True) == "Start the course"
    assert action.select_one("a[href*='/accounts/login/']") is not None
    assert page.select(".lesson-list__done") == []


def test_anonymous_lesson_page_records_nothing(client, courses):
    page = soup(client.get("/en/courses/desk-english/loan-desk/"))
    assert page.select_one("form[method=post]") is None
    assert page.select_one("[data-heartbeat-url]") is None
    assert page.select_one("script[src*=heartbeat]") is None
    assert page.select_one(".lesson-outline progress") is None


def test_signed_in_learner_with_no_provider_sees_not_started(client, org, courses, providers):
    client.force_login(org.learner.user)
    assert set(card_states(soup(client.get("/en/courses/"))).values()) == {"Not started"}
    course = soup(client.get("/en/courses/desk-english/"))
    assert course.select_one(".course-action a.button")["href"].endswith("/greetings/")
    lesson = soup(client.get("/en/courses/desk-english/loan-desk/"))
    assert lesson.select_one(".lesson__complete form") is None
    assert lesson.select_one("script[src*=heartbeat]") is None


def test_learner_state_functions_ignore_providers_for_anonymous_visitors(providers):
    providers[COURSE_STATUS_HOOK].append(lambda **kwargs: pytest.fail("asked for anonymous"))
    providers[LESSON_STATE_HOOK].append(lambda **kwargs: pytest.fail("asked for anonymous"))
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    assert learner_state.course_statuses(request=request, courses=[]) == {}
    assert learner_state.lesson_states(request=request, course=None, lessons=[]) == LessonStates()


# --- a provider answers: the pages show it ------------------------------------------------------


def test_catalog_shows_each_status(client, org, courses, providers):
    statuses = {
        courses.desk.translation_key: CourseStatus(
            state="in_progress", percent=40, resume_url="/en/courses/desk-english/loan-desk/"
        ),
        courses.japanese.translation_key: CourseStatus(state="completed", percent=100),
        courses.cultural.translation_key: CourseStatus(assigned=True, due_date=date(2030, 1, 15)),
        courses.ill.translation_key: CourseStatus(
            assigned=True, due_date=date(2020, 3, 1), overdue=True
        ),
    }
    asked = []

    def provider(*, request, courses):
        asked.append([course.pk for course in courses])
        return statuses

    providers[COURSE_STATUS_HOOK].append(provider)
    client.force_login(org.learner.user)
    page = soup(client.get("/en/courses/"))
    assert len(asked) == 1 and len(asked[0]) == 4  # one call for the whole page
    cards = page.select(".course-card")

    desk = cards[0]
    assert "In progress: 40% done" in desk.get_text(" ", strip=True)
    assert desk.select_one("progress")["value"] == "40"
    resume = desk.select_one(".course-status__resume a")
    assert resume["href"] == "/en/courses/desk-english/loan-desk/"
    assert "Resume" in resume.get_text()

    assert "Completed" in cards[1].select_one(".course-status__state").get_text()

    cultural = cards[2].select_one(".course-status__assignment").get_text(" ", strip=True)
    assert cultural.startswith("Assigned to you, due") and "2030" in cultural
    assert "course-card--overdue" not in cards[2]["class"]

    overdue = cards[3].select_one(".course-status__assignment").get_text(" ", strip=True)
    assert overdue.startswith("! Overdue: assigned to you, was due") and "2020" in overdue
    assert "course-card--overdue" in cards[3]["class"]


def test_course_page_offers_enrolment_as_a_post_form(client, org, courses, providers):
    key = courses.desk.translation_key
    providers[COURSE_STATUS_HOOK].append(
        lambda **kwargs: {key: CourseStatus(enrol_url="/en/me/enrol/desk/")}
    )
    client.force_login(org.learner.user)
    form = soup(client.get("/en/courses/desk-english/")).select_one(".course-action form")
    assert form["method"] == "post"
    assert form["action"] == "/en/me/enrol/desk/"
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    assert form.select_one("button[type=submit]").get_text(strip=True) == "Enrol and start"


def test_course_page_resumes_where_the_learner_left_off(client, org, courses, providers):
    key = courses.desk.translation_key
    lessons = courses.lessons_en
    providers[COURSE_STATUS_HOOK].append(
        lambda **kwargs: {
            key: CourseStatus(state="in_progress", percent=33, resume_url=lessons[1].url)
        }
    )
    providers[LESSON_STATE_HOOK].append(
        lambda **kwargs: LessonStates(
            enrolled=True, completed_lesson_keys=frozenset({lessons[0].translation_key})
        )
    )
    client.force_login(org.learner.user)
    page = soup(client.get("/en/courses/desk-english/"))
    button = page.select_one(".course-action a.button")
    assert button["href"] == "/en/courses/desk-english/loan-desk/"
    assert button.get_text(strip=True) == "Resume where you left off"
    items = page.select(".lesson-list__item")
    assert items[0].select_one(".lesson-list__done").get_text() == "Completed"
    assert items[1].select_one(".lesson-list__done") is None
    assert page.select_one("#course-progress-label").get_text() == (
        "1 of 3 required lessons completed"
    )


def test_lesson_page_marks_complete_and_sends_heartbeats(client, org, courses, providers):
    lessons = courses.lessons_en
    seen = []

    def provider(*, request, course, lessons):
        seen.append((course.pk, [lesson.pk for lesson in lessons]))
        return LessonStates(
            enrolled=True,
            completed_lesson_keys=frozenset({courses.lessons[0].translation_key}),
            complete_url="/en/me/lessons/complete/",
            heartbeat_url="/en/me/lessons/heartbeat/",
        )

    providers[LESSON_STATE_HOOK].append(provider)
    client.force_login(org.learner.user)
    page = soup(client.get(lessons[1].url))
    assert seen == [(courses.en.desk_english.pk, [lesson.pk for lesson in lessons])]

    assert page.select_one(".lesson__position").get_text() == "Lesson 2 of 3"
    form = page.select_one(".lesson__complete form")
    assert form["method"] == "post" and form["action"] == "/en/me/lessons/complete/"
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    assert form.button.get_text(strip=True) == "Mark complete"

    assert page.select_one("[data-heartbeat-url]")["data-heartbeat-url"] == (
        "/en/me/lessons/heartbeat/"
    )
    assert page.select_one("script[src$='courses/lesson-heartbeat.js']") is not None
    assert page.select_one("meta[name=csrf-token]")["content"]

    progress = page.select_one(".lesson-outline progress")
    assert (progress["value"], progress["max"]) == ("1", "3")
    assert progress["aria-labelledby"] == "lesson-progress-label"
    outline = page.select(".lesson-outline .lesson-list__item")
    assert "(completed)" in outline[0].get_text()
    assert outline[1].select_one("[aria-current=page]").get_text() == "At the loan desk"

    done = soup(client.get(lessons[0].url))
    assert done.select_one(".lesson__complete form") is None
    assert done.select_one(".lesson__completed").get_text(" ", strip=True) == "✓ Completed"
