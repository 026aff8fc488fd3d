"""Where course pages may be created: catalog in home, course in catalog, lesson in course."""

import pytest
from wagtail.models import Page

from assessments.models import QuizPage
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage

from .conftest import make_course, make_lesson

pytestmark = pytest.mark.django_db


def test_the_catalog_lives_only_under_the_home_page(home):
    root = Page.objects.get(depth=1)
    assert CourseIndexPage.can_exist_under(home)
    assert CourseIndexPage.can_create_at(home)
    assert not CourseIndexPage.can_exist_under(root)
    assert not CourseIndexPage.can_create_at(root)


def test_one_catalog_per_home_page(catalog, home):
    assert CourseIndexPage.can_exist_under(home)
    assert not CourseIndexPage.can_create_at(home)  # max_count_per_parent = 1
    assert not CourseIndexPage.can_create_at(catalog.zh)


def test_courses_live_only_in_the_catalog(catalog, home):
    course = make_course(catalog.zh, "c", "课程")
    assert CoursePage.can_create_at(catalog.zh)
    assert not CoursePage.can_create_at(home)
    assert not CoursePage.can_exist_under(home)
    assert not CoursePage.can_create_at(course)
    assert not CoursePage.can_create_at(Page.objects.get(depth=1))


def test_lessons_live_only_in_a_course(catalog, home):
    course = make_course(catalog.zh, "c", "课程")
    lesson = make_lesson(course, "l", "第一课")
    assert LessonPage.can_create_at(course)
    assert LessonPage.can_exist_under(course)
    assert not LessonPage.can_create_at(catalog.zh)
    assert not LessonPage.can_create_at(home)
    assert not LessonPage.can_create_at(lesson)
    assert not LessonPage.can_exist_under(lesson)


def test_the_allowed_subpage_types():
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [LessonPage, QuizPage]
    assert LessonPage.allowed_subpage_models() == []
    assert CourseIndexPage.allowed_parent_page_models() == [HomePage]
