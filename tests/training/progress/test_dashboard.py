"""/me/: the learner dashboard's sections in both languages, and its fixed query count."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext

from tests.training.progress.test_competencies_page import build_scenario, grow
from training.progress import selectors, services
from training.progress.models import Assignment, Enrolment

pytestmark = pytest.mark.django_db


def section(response, name):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    found = page.select_one(f"section#{name}")
    assert found is not None, f"no section {name}"
    return found


def titles(found):
    return [h3.get_text(" ", strip=True) for h3 in found.select(".course-item__title")]


def text(found):
    return " ".join(found.get_text(" ", strip=True).split())


@pytest.fixture
def learning(org, courses, today):
    """A learner with two assigned courses (one overdue), one in progress, one completed."""
    learner = org.learner
    manager = org.isss_manager.user
    due = courses.course("due", title_zh="跨文化沟通", title_en="Cross-cultural communication")
    late = courses.course("late", title_zh="图书馆安全", title_en="Library safety")
    going = courses.course("going", title_zh="日语入门", title_en="Japanese basics")
    done = courses.course("done", title_zh="服务台英语", title_en="English at the desk")
    must = courses.course(
        "must", mandatory=True, title_zh="新员工必修", title_en="Induction for new staff"
    )

    services.assignment_create(
        staff=learner,
        course=due.zh,
        due_date=today + timedelta(days=10),
        reason="新岗位培训",
        assigned_by=manager,
    )
    services.lesson_complete(staff=learner, lesson=due.lessons["one"])
    services.assignment_create(
        staff=learner, course=late.en, due_date=today, reason="", assigned_by=manager
    )
    Assignment.objects.filter(course_key=late.zh.translation_key).update(
        due_date=today - timedelta(days=3)
    )
    services.lesson_complete(staff=learner, lesson=going.lessons["one"])
    services.lesson_open(staff=learner, lesson=going.lessons["two"])
    for name in ("one", "two", "three"):
        services.lesson_complete(staff=learner, lesson=done.lessons[name])
    courses.add_lesson(done, "four")
    return SimpleNamespace(
        learner=learner, due=due, late=late, going=going, done=done, must=must, today=today
    )


def test_dashboard_in_chinese(client, learning):
    client.force_login(learning.learner.user)
    response = client.get("/me/")
    assert response.status_code == 200
    with translation.override("zh-hans"):
        overdue, complete = gettext("Overdue"), gettext("Completed")

    assigned = section(response, "assigned")
    assert titles(assigned) == ["图书馆安全", "跨文化沟通"]  # by due date: the overdue one first
    late_item, due_item = assigned.select(".course-item")
    assert overdue in text(late_item)
    assert "course-item--overdue" in late_item["class"]
    assert overdue not in text(due_item)
    assert (
        due_item.select_one("time")["datetime"] == (learning.today + timedelta(days=10)).isoformat()
    )
    assert "新岗位培训" in text(due_item)
    assert due_item.select_one("progress")["value"] == "33"

    in_progress = section(response, "in-progress")
    assert titles(in_progress) == ["日语入门"]
    assert in_progress.select_one("progress")["value"] == "33"
    resume = in_progress.select_one("a.button")
    assert resume["href"] == learning.going.lessons["two"].get_url()
    assert "第two课" in resume.get_text()

    completed = section(response, "completed")
    assert titles(completed) == ["服务台英语"]
    assert complete in text(completed)

    recommended = section(response, "recommended")
    assert titles(recommended) == ["新员工必修"]

    page = BeautifulSoup(response.content.decode(), "html.parser")
    assert page.select_one('a[href="/me/record/"]') is not None


def test_dashboard_in_english_links_the_english_versions(client, learning):
    client.force_login(learning.learner.user)
    response = client.get("/en/me/")
    assert response.status_code == 200

    assigned = section(response, "assigned")
    assert titles(assigned) == ["Library safety", "Cross-cultural communication"]
    assert "Overdue" in text(assigned.select(".course-item")[0])
    assert "1 assigned course is overdue." in text(assigned)
    assert "33% complete: 1 of 3 required lessons" in text(assigned)
    late_item, due_item = assigned.select(".course-item")
    assert late_item.select_one("a.button").get_text(strip=True) == "Start the course"
    assert due_item.select_one("a.button")["href"] == learning.due.lessons_en["one"].get_url()

    in_progress = section(response, "in-progress")
    assert titles(in_progress) == ["Japanese basics"]
    resume = in_progress.select_one("a.button")
    # The learner opened the Chinese lesson; in English they resume in its English version.
    assert resume["href"] == learning.going.lessons_en["two"].get_url()
    assert resume["href"].startswith("/en/")
    assert "Continue: Lesson two" in resume.get_text(" ", strip=True)
    assert in_progress.select_one("h3 a")["href"] == learning.going.en.get_url()

    completed = section(response, "completed")
    assert titles(completed) == ["English at the desk"]
    assert "1 lesson was added after you completed this course" in text(completed)
    assert "optional extra reading" in text(completed)

    recommended = section(response, "recommended")
    assert titles(recommended) == ["Induction for new staff"]
    page = BeautifulSoup(response.content.decode(), "html.parser")
    assert page.select_one('a[href="/en/me/record/"]') is not None


def test_completed_course_shows_100_percent_after_lessons_are_added(learning):
    board = selectors.dashboard(staff=learning.learner)
    (done,) = board.completed
    assert (done.percent, done.new_lessons, done.required_lessons) == (100, 1, 4)


def test_a_lesson_added_to_a_course_in_progress_lowers_the_percentage(courses, learning):
    assert selectors.dashboard(staff=learning.learner).in_progress[0].percent == 33
    courses.add_lesson(learning.going, "four")
    entry = selectors.dashboard(staff=learning.learner).in_progress[0]
    assert (entry.percent, entry.completed_lessons, entry.required_lessons) == (25, 1, 4)


def test_unpublishing_a_lesson_raises_the_percentage(learning):
    for page in (learning.going.lessons["three"], learning.going.lessons_en["three"]):
        page.unpublish()
    entry = selectors.dashboard(staff=learning.learner).in_progress[0]
    assert (entry.percent, entry.completed_lessons, entry.required_lessons) == (50, 1, 2)


def test_a_fresh_learner_sees_empty_sections_and_the_mandatory_courses(client, org, courses):
    courses.course("must", mandatory=True, title_en="Induction")
    courses.course("choice", title_en="Elective")
    client.force_login(org.visiting.user)
    response = client.get("/en/me/")
    assert "Nothing is assigned to you" in text(section(response, "assigned"))
    assert "no course in progress" in text(section(response, "in-progress"))
    assert titles(section(response, "recommended")) == ["Induction"]


def test_an_account_without_staff_record_gets_an_explanation(client, org):
    client.force_login(org.admin)
    response = client.get("/en/me/")
    assert response.status_code == 200
    assert "no staff record" in response.content.decode()


def test_dashboard_requires_sign_in(client, db):
    response = client.get("/me/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/me/")


def test_my_learning_in_the_navigation_leads_to_the_dashboard(client, org):
    client.force_login(org.learner.user)
    page = BeautifulSoup(client.get("/en/").content.decode(), "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in page.select("nav.site-nav a")}
    assert links["My learning"] == "/en/me/"


def small_courses(courses, size):
    """`size` small courses (zh only, to keep the build quick)."""
    return [courses.course(f"c{n:02d}", lessons=("a", "b"), translate=False) for n in range(size)]


# 17 before the "Recommended for you" panel read the learner's competency profile
# (recommendations.competency_profile: the framework, evidence, role requirements, live courses
# and their outcomes, completions, mandatory courses), which adds at most nine, whatever the data.
DASHBOARD_QUERIES = 26


@pytest.mark.parametrize("size", [1, 50])
def test_dashboard_query_count_does_not_grow(
    client, org, courses, today, size, django_assert_max_num_queries
):
    learner = org.learner
    for n, built in enumerate(small_courses(courses, size)):
        if n % 3 == 0:
            services.assignment_create(
                staff=learner, course=built.zh, due_date=today + timedelta(days=n), assigned_by=None
            )
        if n % 3 == 1:
            for lesson in built.lessons.values():
                services.lesson_complete(staff=learner, lesson=lesson)
        else:
            services.lesson_open(staff=learner, lesson=built.lessons["b"])
    assert Enrolment.objects.filter(staff=learner).count() == size
    client.force_login(learner.user)
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        response = client.get("/me/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="course-item') >= size
    # Each course is in exactly one section (none is mandatory, so nothing is recommended).
    items = BeautifulSoup(html, "html.parser").select("li.course-item")
    assert len(items) == size


def test_a_deleted_course_stays_in_the_record(client, org, course):
    for name in ("one", "two", "three"):
        services.lesson_complete(staff=org.learner, lesson=course.lessons[name])
    course.en.delete()
    course.zh.delete()
    enrolment = Enrolment.objects.get()
    assert enrolment.course_id is None
    assert enrolment.completed_at is not None
    client.force_login(org.learner.user)
    completed = section(client.get("/en/me/"), "completed")
    assert titles(completed) == ["A course that is no longer published"]
    assert completed.select_one("h3 a") is None


# --- "Recommended for you": the courses that close the learner's competency gaps --------------


@pytest.fixture
def scenario(org, courses, today):
    """LI Yun's role requires English B2 (she has B1), Japanese listening A2 (none) and the
    mandatory course Library safety (never done); see test_competencies_page.build_scenario."""
    return build_scenario(org, courses, today)


def suggestions(found):
    return {words(item.select_one("h3")): item for item in found.select("li.suggestion")}


def words(node):
    return " ".join(node.get_text(" ", strip=True).split())


def test_recommended_for_you_shows_the_courses_that_close_gaps(client, courses, scenario):
    courses.course("must", mandatory=True, title_en="Induction for new staff")
    client.force_login(scenario.learner.user)
    recommended = section(client.get("/en/me/"), "recommended")
    # The role's mandatory course, then the courses closing a gap (shortest first), then the
    # courses every member of staff must take.
    assert titles(recommended) == [
        "Library safety",
        "English at the desk II",
        "Japanese basics",
        "Induction for new staff",
    ]
    found = suggestions(recommended)
    assert list(found) == ["Library safety", "English at the desk II", "Japanese basics"]
    assert "Mandatory for your role" in words(found["Library safety"])
    desk = found["English at the desk II"]
    assert "Closes the gap in: English: B2 required, you have B1" in words(desk)
    assert desk.select_one("h3 a")["href"] == scenario.desk.en.get_url()
    assert "Japanese (Listening): A2 required" in words(found["Japanese basics"])
    assert "Mandatory for every member of staff" in text(recommended)
    link = recommended.select_one('a[href="/en/me/competencies/"]')
    assert link is not None
    page = BeautifulSoup(client.get("/en/me/").content.decode(), "html.parser")
    assert page.select_one('.dashboard__links a[href="/en/me/competencies/"]') is not None


def test_recommended_for_you_in_chinese_links_the_chinese_course(client, scenario):
    client.force_login(scenario.learner.user)
    recommended = section(client.get("/me/"), "recommended")
    found = suggestions(recommended)
    assert found["服务台英语（二）"].select_one("h3 a")["href"] == scenario.desk.zh.get_url()
    assert recommended.select_one('a[href="/me/competencies/"]') is not None


def test_a_course_being_taken_is_not_suggested_again(client, scenario):
    services.lesson_complete(staff=scenario.learner, lesson=scenario.desk.lessons["one"])
    client.force_login(scenario.learner.user)
    response = client.get("/en/me/")
    assert list(suggestions(section(response, "recommended"))) == [
        "Library safety",
        "Japanese basics",
    ]
    assert titles(section(response, "in-progress")) == ["English at the desk II"]


def test_only_the_top_three_suggestions_are_on_the_dashboard(client, org, courses, scenario):
    grow(scenario, org, courses, 4)
    board = selectors.dashboard(staff=scenario.learner)
    assert len(board.suggestions) == selectors.SUGGESTED_LIMIT == 3
    profile_count = len(selectors.competency_page(staff=scenario.learner).suggestions)
    assert profile_count > 3


def test_no_role_no_gap_suggestions(client, org, courses):
    courses.course("plain")
    board = selectors.dashboard(staff=org.visiting)
    assert board.suggestions == []
    client.force_login(org.visiting.user)
    recommended = section(client.get("/en/me/"), "recommended")
    assert "No recommendations right now" in text(recommended)


@pytest.mark.parametrize("size", [1, 25])
def test_dashboard_with_competencies_query_count_does_not_grow(
    client, org, courses, scenario, size, django_assert_max_num_queries
):
    grow(scenario, org, courses, size)
    client.force_login(scenario.learner.user)
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        response = client.get("/me/")
    assert response.status_code == 200
    assert len(suggestions(section(response, "recommended"))) == 3
