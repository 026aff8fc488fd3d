"""Creates the demo catalog and its courses in both locales, idempotently.

A course is a dict:

    COURSE = {
        "slug": "english-service-desk",
        "topic": "languages",                 # courses.models.Topic
        "target_language": "en",              # ISO code in people.Language, or None
        "cefr_level": "B1",                   # or ""
        "estimated_minutes": 120,
        "mandatory": False,
        "certificate_validity_months": 24,    # or None
        "outcomes": [("lang-en", 3)],         # competency code, level (CEFR: 1=A1 ... 6=C2)
        "zh": {"title": ..., "summary": ..., "objectives": "<ul><li>...</li></ul>"},
        "en": {"title": ..., "summary": ..., "objectives": "<ul><li>...</li></ul>"},
        "lessons": [
            {
                "slug": "greetings",
                "minutes": 20,
                "required": True,
                "zh": {"title": ..., "body": [{"type": "text", "value": "<p>...</p>"}, ...]},
                "en": {"title": ..., "body": [...]},
            },
        ],
    }

Block values follow courses.blocks.LessonStreamBlock (the raw JSON form that Wagtail stores).
A page that already exists (same slug in the same locale) is left as it is, so running the loader
again changes nothing and never overwrites what an editor has changed since.
"""

from __future__ import annotations

import importlib
import pkgutil

from django.db import transaction
from wagtail.models import Locale, Page

from courses.blocks import LessonStreamBlock
from courses.models import (
    CourseCompetencyOutcome,
    CourseIndexPage,
    CoursePage,
    LessonPage,
)
from training.competencies.models import Competency
from training.people.models import Language

from . import content

CATALOG = {
    "slug": "courses",
    "zh": {
        "title": "课程目录",
        "intro": "<p>外语服务、跨文化沟通与国际化服务课程。按自己的节奏学习，随时从上次停下的地方继续。</p>",
    },
    "en": {
        "title": "Course catalog",
        "intro": "<p>Courses in service-desk languages, cross-cultural communication and "
        "international services. Learn at your own pace and pick up where you left off.</p>",
    },
}


def course_definitions() -> list[dict]:
    """Every COURSE in courses/demo/content/, in module-name order."""
    modules = sorted(info.name for info in pkgutil.iter_modules(content.__path__))
    return [importlib.import_module(f"{content.__name__}.{name}").COURSE for name in modules]


def validate_body(raw: list[dict]):
    """The StreamField value for `raw`, validated as the admin would; ValidationError otherwise."""
    block = LessonStreamBlock()
    value = block.to_python(raw)
    block.clean(value)
    return value


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


@transaction.atomic
def load_catalog(*, home_zh: Page, stdout=None) -> CourseIndexPage:
    """Create the catalog and every demo course under `home_zh` and its English translation."""
    en = Locale.objects.get_or_create(language_code="en")[0]
    catalog = _child(home_zh, CourseIndexPage, CATALOG["slug"])
    if catalog is None:
        catalog = CourseIndexPage(
            slug=CATALOG["slug"], title=CATALOG["zh"]["title"], intro=CATALOG["zh"]["intro"]
        )
        home_zh.add_child(instance=catalog)
        _publish(catalog)
    if catalog.get_translation_or_none(en) is None:
        if home_zh.get_translation_or_none(en) is None:
            raise RuntimeError("The English home page must exist before the catalog is translated.")
        catalog_en = catalog.copy_for_translation(en)
        catalog_en.title = CATALOG["en"]["title"]
        catalog_en.intro = CATALOG["en"]["intro"]
        _publish(catalog_en)

    definitions = course_definitions()
    created = sum(_load_course(catalog, en, definition) for definition in definitions)
    if stdout is not None:
        stdout.write(f"Courses: {len(definitions)} in the catalog, {created} created now.")
    return catalog


def _course_fields(definition: dict, language: str) -> dict:
    texts = definition[language]
    return {
        "title": texts["title"],
        "summary": texts["summary"],
        "objectives": texts["objectives"],
    }


def _load_course(catalog: CourseIndexPage, en: Locale, definition: dict) -> int:
    course = _child(catalog, CoursePage, definition["slug"])
    created = 0
    if course is None:
        language = definition.get("target_language")
        course = CoursePage(
            slug=definition["slug"],
            topic=definition["topic"],
            target_language=Language.objects.get(code=language) if language else None,
            cefr_level=definition.get("cefr_level", ""),
            estimated_minutes=definition["estimated_minutes"],
            mandatory=definition.get("mandatory", False),
            certificate_validity_months=definition.get("certificate_validity_months"),
            **_course_fields(definition, "zh"),
        )
        for sort_order, (code, level) in enumerate(definition.get("outcomes", [])):
            course.competency_outcomes.add(
                CourseCompetencyOutcome(
                    competency=Competency.objects.get(code=code), level=level, sort_order=sort_order
                )
            )
        catalog.add_child(instance=course)
        _publish(course)
        created = 1
    lessons_zh = [_load_lesson(course, lesson) for lesson in definition["lessons"]]

    if course.get_translation_or_none(en) is None:
        course_en = course.copy_for_translation(en)
        for field, value in _course_fields(definition, "en").items():
            setattr(course_en, field, value)
        _publish(course_en)
    for lesson, lesson_zh in zip(definition["lessons"], lessons_zh, strict=True):
        if lesson_zh.get_translation_or_none(en) is None:
            lesson_en = lesson_zh.copy_for_translation(en)
            lesson_en.title = lesson["en"]["title"]
            lesson_en.body = validate_body(lesson["en"]["body"])
            _publish(lesson_en)
    return created


def _load_lesson(course: CoursePage, lesson: dict) -> LessonPage:
    """The course's lesson with this slug, created and published if it is missing."""
    existing = _child(course, LessonPage, lesson["slug"])
    if existing is not None:
        return existing
    page = LessonPage(
        slug=lesson["slug"],
        title=lesson["zh"]["title"],
        estimated_minutes=lesson["minutes"],
        required=lesson.get("required", True),
        body=validate_body(lesson["zh"]["body"]),
    )
    course.add_child(instance=page)
    _publish(page)
    return page
