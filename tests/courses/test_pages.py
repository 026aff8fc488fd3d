"""What the course and lesson pages show, in Chinese and in English."""

import pytest
from bs4 import BeautifulSoup

from courses.models import CoursePrerequisite

from .conftest import make_lesson, publish

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def facts(page):
    facts = page.select_one(".course__aside .facts")
    return dict(
        zip(
            [dt.get_text(strip=True) for dt in facts.select("dt")],
            [dd.get_text(" ", strip=True) for dd in facts.select("dd")],
            strict=True,
        )
    )


def test_course_page_shows_summary_objectives_facts_and_lessons(client, courses):
    page = soup(client.get("/en/courses/desk-english/"))
    assert page.h1.get_text() == "Service-desk English"
    assert (
        "English conversations at the circulation desk."
        in page.select_one(".course__summary").get_text()
    )
    assert page.select_one("#objectives-heading + .rich-text li").get_text() == (
        "greetings and loans"
    )
    assert facts(page) == {
        "Topic": "Languages",
        "Language": "English",
        "CEFR level": "B1 Intermediate",
        "Estimated time": "120 minutes",
        "Mandatory": "No",
        "Certificate": "Does not expire",
    }
    lessons = page.select(".lesson-list__item a")
    assert [a.get_text() for a in lessons] == ["Greetings", "At the loan desk", "Quick check"]
    assert lessons[0]["href"] == "/en/courses/desk-english/greetings/"
    assert "3 lessons · 55 minutes" in " ".join(
        page.select_one("#lessons-heading + p").get_text().split()
    )
    breadcrumb = page.select("nav.breadcrumb li")
    assert breadcrumb[0].a["href"] == "/en/courses/"


def test_course_page_names_competency_outcomes_with_their_level(client, courses):
    page = soup(client.get("/en/courses/desk-english/"))
    outcomes = [li.get_text(" ", strip=True) for li in page.select("#outcomes-heading + ul li")]
    assert outcomes == ["Evidence for: English for service B1"]
    page_zh = soup(client.get("/courses/desk-english/"))
    outcome_zh = page_zh.select_one("#outcomes-heading + ul li").get_text()
    assert "英语服务能力" in outcome_zh and "B1" in outcome_zh


def test_prerequisites_link_to_the_course_in_the_same_language(client, courses):
    course = courses.desk
    course.prerequisites.add(CoursePrerequisite(required_course=courses.cultural))
    publish(course)
    english = courses.en.desk_english
    english.prerequisites.add(CoursePrerequisite(required_course=courses.cultural))
    publish(english)
    link = soup(client.get("/en/courses/desk-english/")).select_one("#prerequisites-heading + ul a")
    assert link.get_text() == "Cross-cultural basics"
    assert link["href"] == "/en/courses/cross-cultural/"
    link_zh = soup(client.get("/courses/desk-english/")).select_one("#prerequisites-heading + ul a")
    assert link_zh.get_text() == "跨文化沟通基础"


def test_mandatory_course_and_certificate_validity(client, courses):
    course = courses.cultural
    course.certificate_validity_months = 24
    publish(course)
    page = soup(client.get("/en/courses/cross-cultural/"))
    assert page.select_one(".badge--mandatory") is not None
    assert page.select_one(".course-action a.button") is None  # no lessons yet: nothing to start
    assert "This course has no lessons yet." in page.get_text()


def test_lesson_page_has_breadcrumb_position_and_neighbours(client, courses):
    page = soup(client.get("/en/courses/desk-english/loan-desk/"))
    crumbs = page.select("nav.breadcrumb li")
    assert [c.get_text(strip=True) for c in crumbs] == [
        "Course catalog",
        "Service-desk English",
        "At the loan desk",
    ]
    assert crumbs[1].a["href"] == "/en/courses/desk-english/"
    assert crumbs[2].select_one("[aria-current=page]") is not None
    assert page.select_one(".lesson__position").get_text() == "Lesson 2 of 3"
    previous = page.select_one("a[rel=prev]")
    following = page.select_one("a[rel=next]")
    assert previous["href"] == "/en/courses/desk-english/greetings/"
    assert following["href"] == "/en/courses/desk-english/check/"
    assert "Greetings" in previous.get_text()


def test_first_and_last_lessons(client, courses):
    first = soup(client.get("/en/courses/desk-english/greetings/"))
    assert first.select_one("a[rel=prev]") is None
    assert first.select_one(".lesson__position").get_text() == "Lesson 1 of 3"
    last = soup(client.get("/en/courses/desk-english/check/"))
    assert last.select_one("a[rel=next]") is None
    back = last.select_one(".lesson-pager__next")
    assert back["href"] == "/en/courses/desk-english/"


def test_unpublished_lessons_are_left_out_of_position_and_neighbours(client, courses):
    courses.lessons_en[1].unpublish()
    page = soup(client.get("/en/courses/desk-english/check/"))
    assert page.select_one(".lesson__position").get_text() == "Lesson 2 of 2"
    assert page.select_one("a[rel=prev]")["href"] == "/en/courses/desk-english/greetings/"
    assert client.get("/en/courses/desk-english/loan-desk/").status_code == 404
    course = soup(client.get("/en/courses/desk-english/"))
    assert len(course.select(".lesson-list__item")) == 2


def test_optional_lessons_are_marked(client, courses):
    make_lesson(courses.en.desk_english, "extra", "Further reading", required=False)
    page = soup(client.get("/en/courses/desk-english/"))
    assert "optional" in page.select(".lesson-list__item")[-1].get_text()


def test_pages_load_the_course_stylesheet_and_no_inline_script(client, courses):
    for url in ("/courses/", "/courses/desk-english/", "/courses/desk-english/greetings/"):
        page = soup(client.get(url))
        assert page.select_one("link[href$='courses/courses.css']") is not None
        assert all(script.has_attr("src") for script in page.find_all("script"))


def test_language_switch_links_each_course_page_to_its_translation(client, courses):
    page = soup(client.get("/courses/desk-english/greetings/"))
    links = {a["hreflang"]: a["href"] for a in page.select("nav.language-switch a")}
    assert links == {
        "zh-hans": "/courses/desk-english/greetings/",
        "en": "/en/courses/desk-english/greetings/",
    }


def test_every_demo_page_renders_in_both_languages(client, home, home_en):
    from courses.demo.competencies import load_competencies
    from courses.demo.loader import load_catalog
    from courses.models import CoursePage, LessonPage

    load_competencies()
    load_catalog(home_zh=home)
    pages = [*CoursePage.objects.live(), *LessonPage.objects.live()]
    assert {page.locale.language_code for page in pages} == {"zh-hans", "en"}
    for url in ["/courses/", "/en/courses/", *(page.url for page in pages)]:
        assert client.get(url).status_code == 200, url
    for page in pages:
        assert soup(client.get(page.url)).h1.get_text(strip=True) == page.title, page.url
    courses_per_locale = CoursePage.objects.live().filter(locale=home.locale).count()
    for url in ("/courses/", "/en/courses/"):
        assert len(soup(client.get(url)).select(".course-card")) == courses_per_locale, url
