"""Course pages answer in a fixed number of queries, whatever the number of courses or lessons.

Each test measures a page at a small and a large data size, under the same pinned bound, and
checks that both sizes take exactly as many queries.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from courses.models import CourseCompetencyOutcome, CoursePrerequisite

from .conftest import CHECK_ZH, GREETINGS_ZH, LOAN_DESK_ZH, make_course, make_lesson, publish

pytestmark = pytest.mark.django_db

# Pinned bounds per page, for an anonymous visitor (the course pages alone) and for a signed-in
# learner, which adds the session, the navigation and the progress providers that
# training.progress registers (see courses/learner_state.py).
MAX_QUERIES = {
    "catalog": {"anonymous": 13, "learner": 23},
    "course": {"anonymous": 17, "learner": 29},  # +1: the course's quizzes
    "lesson": {"anonymous": 15, "learner": 36},
}

BODIES = [GREETINGS_ZH, LOAN_DESK_ZH, CHECK_ZH]

# What each page lists, counted to show that the larger data set really was rendered.
CARDS = ".course-card"
LESSONS = ".lesson-list__item"


def cover(number):
    return get_image_model().objects.create(
        title=f"cover {number}", file=get_test_image_file(f"cover{number}.png", size=(64, 36))
    )


def add_courses(catalog, start, stop, english):
    for number in range(start, stop):
        make_course(
            catalog,
            f"course-{number}",
            f"课程 {number}",
            target_language=english if number % 2 else None,
            cefr_level="B1" if number % 2 else "",
            estimated_minutes=20 + number,
            mandatory=number % 3 == 0,
            cover_image=cover(number),
        )


def add_lessons(course, start, stop):
    for number in range(start, stop):
        make_lesson(course, f"lesson-{number}", f"第 {number} 课", BODIES[number % 3])


def measure(client, url, bound, assert_max_queries, items):
    """The page's query count, and how many `items` (a CSS selector) it lists."""
    client.get(url)  # warm caches (site root paths, image renditions) as a running site has them
    with assert_max_queries(bound) as captured:
        response = client.get(url)
    assert response.status_code == 200
    listed = BeautifulSoup(response.content.decode(), "html.parser").select(items)
    return len(captured), len(listed)


@pytest.fixture(params=["anonymous", "learner"])
def who(request, client, org):
    if request.param == "learner":
        client.force_login(org.learner.user)
    return request.param


@pytest.mark.parametrize(
    "query", ["", "?topic=languages&duration=upto30&mandatory=no", "?q=课程&target_language={en}"]
)
def test_catalog_queries_do_not_grow_with_courses(
    client, who, catalog, english, query, django_assert_max_num_queries
):
    url = "/courses/" + query.format(en=english.pk)
    bound = MAX_QUERIES["catalog"][who]
    add_courses(catalog.zh, 1, 3, english)
    small, small_cards = measure(client, url, bound, django_assert_max_num_queries, CARDS)
    add_courses(catalog.zh, 3, 31, english)
    large, large_cards = measure(client, url, bound, django_assert_max_num_queries, CARDS)
    assert small == large
    assert 0 < small_cards < large_cards  # the page did list the added courses


def test_course_page_queries_do_not_grow_with_lessons(
    client, who, catalog, english, lang_en_competency, django_assert_max_num_queries
):
    first = make_course(catalog.zh, "first", "先修课程")
    course = make_course(
        catalog.zh, "big", "大课程", target_language=english, cefr_level="B2",
        cover_image=cover(0), outcomes=[(lang_en_competency, 4)],
    )  # fmt: skip
    course.prerequisites.add(CoursePrerequisite(required_course=first))
    course.competency_outcomes.add(
        CourseCompetencyOutcome(competency=lang_en_competency, level=5, sort_order=1)
    )
    course = publish(course)
    add_lessons(course, 1, 3)
    url = course.url
    bound = MAX_QUERIES["course"][who]
    small, small_lessons = measure(client, url, bound, django_assert_max_num_queries, LESSONS)
    add_lessons(course, 3, 31)
    large, large_lessons = measure(client, url, bound, django_assert_max_num_queries, LESSONS)
    assert small == large
    assert (small_lessons, large_lessons) == (2, 30)


def test_lesson_page_queries_do_not_grow_with_lessons(
    client, who, catalog, english, django_assert_max_num_queries
):
    course = make_course(catalog.zh, "big", "大课程", target_language=english)
    add_lessons(course, 1, 3)
    url = f"{course.url}lesson-2/"  # has a previous lesson; the next one comes later
    bound = MAX_QUERIES["lesson"][who]
    small, small_outline = measure(client, url, bound, django_assert_max_num_queries, LESSONS)
    add_lessons(course, 3, 31)
    large, large_outline = measure(client, url, bound, django_assert_max_num_queries, LESSONS)
    assert small == large
    assert (small_outline, large_outline) == (2, 30)  # the outline lists every lesson
