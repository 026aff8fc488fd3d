"""Courses to learn from: a catalog under the home page, with courses and lessons in zh and en.

`courses.course(...)` builds a published CoursePage with LessonPages in Chinese and (by default)
their English translations, as an editor would in the admin.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from courses.demo.loader import validate_body
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class Courses:
    """Builds course content; every page is published."""

    def __init__(self) -> None:
        self.zh = Locale.objects.get(language_code="zh-hans")
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.home = HomePage.objects.get(depth=2, locale=self.zh)
        self.home_en = self._translate(self.home)
        self.catalog = CourseIndexPage(slug="courses", title="课程目录")
        self.home.add_child(instance=self.catalog)
        publish(self.catalog)
        self.catalog_en = self._translate(self.catalog, title="Course catalog")

    def _translate(self, page: Page, **fields) -> Page:
        existing = page.get_translations().filter(locale=self.en).first()
        if existing is not None:
            return existing.specific
        copy = page.copy_for_translation(self.en)
        for name, value in fields.items():
            setattr(copy, name, value)
        return publish(copy)

    def course(
        self,
        slug: str,
        *,
        lessons: tuple[str, ...] = ("one", "two", "three"),
        optional: tuple[str, ...] = (),
        mandatory: bool = False,
        translate: bool = True,
        title_zh: str | None = None,
        title_en: str | None = None,
    ) -> SimpleNamespace:
        course = CoursePage(
            slug=slug,
            title=title_zh or f"{slug}课程",
            summary=f"{slug} 的简介",
            topic="languages",
            estimated_minutes=60,
            mandatory=mandatory,
        )
        self.catalog.add_child(instance=course)
        publish(course)
        built = SimpleNamespace(zh=course, en=None, lessons={}, lessons_en={})
        if translate:
            built.en = self._translate(course, title=title_en or f"{slug} course")
        for name in lessons:
            self.add_lesson(built, name, required=name not in optional, translate=translate)
        return built

    def add_lesson(
        self, built: SimpleNamespace, name: str, *, required: bool = True, translate: bool = True
    ) -> LessonPage:
        lesson = LessonPage(
            slug=name,
            title=f"第{name}课",
            required=required,
            estimated_minutes=10,
            body=validate_body([{"type": "text", "value": f"<p>{name} 的内容</p>"}]),
        )
        built.zh.add_child(instance=lesson)
        publish(lesson)
        built.lessons[name] = lesson
        if translate and built.en is not None:
            built.lessons_en[name] = self._translate(
                lesson,
                title=f"Lesson {name}",
                body=validate_body([{"type": "text", "value": f"<p>About {name}</p>"}]),
            )
        return lesson


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language (a request under /en/ leaves English active)."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def courses(db) -> Courses:
    return Courses()


@pytest.fixture
def course(courses) -> SimpleNamespace:
    """A course with three required lessons and one optional one, in zh and en."""
    return courses.course(
        "english-desk",
        lessons=("one", "two", "three", "extra"),
        optional=("extra",),
        title_zh="服务台英语",
        title_en="English at the service desk",
    )


@pytest.fixture
def today() -> date:
    return timezone.localdate()


@pytest.fixture
def next_week(today) -> date:
    return today + timedelta(days=7)
