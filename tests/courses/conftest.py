"""A small course catalog under the home page that migration home 0002 creates, in two languages.

catalog (课程目录 / Course catalog)
├── 英语服务台用语 / Service-desk English   languages, en B1, 120 min, outcome lang-en B1
│   ├── 问候与称呼 / Greetings        (text, phrasebook)
│   ├── 借书对话 / At the loan desk   (dialogue)
│   └── 小测验 / Quick check           (knowledge check)
├── 日语入门 / Japanese first steps        languages, ja A1, 30 min
├── 跨文化沟通基础 / Cross-cultural basics  cultural, 90 min, mandatory
└── 国际馆际互借 / International ILL        international, 200 min
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.conf import settings
from wagtail.models import Locale

from courses.demo.loader import validate_body
from courses.models import CourseCompetencyOutcome, CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage
from training.competencies.models import Competency
from training.competencies.services import competency_save
from training.people.models import Language


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def translate(page, locale: Locale, **fields):
    """The English (or other) translation of `page`, with `fields` changed, published."""
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    return publish(copy)


def make_course(catalog, slug: str, title: str, **fields) -> CoursePage:
    outcomes = fields.pop("outcomes", [])
    course = CoursePage(
        slug=slug,
        title=title,
        summary=fields.pop("summary", f"{title}的简介。"),
        topic=fields.pop("topic", "languages"),
        estimated_minutes=fields.pop("estimated_minutes", 60),
        **fields,
    )
    for sort_order, (competency, level) in enumerate(outcomes):
        course.competency_outcomes.add(
            CourseCompetencyOutcome(competency=competency, level=level, sort_order=sort_order)
        )
    catalog.add_child(instance=course)
    return publish(course)


def make_lesson(course, slug: str, title: str, body=None, **fields) -> LessonPage:
    lesson = LessonPage(
        slug=slug,
        title=title,
        body=validate_body(body or [{"type": "text", "value": f"<p>{title}</p>"}]),
        **fields,
    )
    course.add_child(instance=lesson)
    return publish(lesson)


GREETINGS_ZH = [
    {"type": "text", "value": "<p>先学几句最常用的问候。</p>"},
    {
        "type": "phrasebook",
        "value": {
            "title": "问候用语",
            "phrases": [
                {
                    "term": "Good morning, how can I help you?",
                    "translation": "早上好，有什么可以帮您？",
                    "romanisation": "",
                    "audio": None,
                    "note": "开口先问候",
                }
            ],
        },
    },
]
LOAN_DESK_ZH = [
    {
        "type": "dialogue",
        "value": {
            "title": "在借还台",
            "setting": "一位留学生来借书。",
            "lines": [
                {
                    "speaker": "Librarian",
                    "line": "May I see your card?",
                    "translation": "可以看看您的证件吗？",
                },
                {"speaker": "Student", "line": "Here you are.", "translation": "给您。"},
            ],
        },
    }
]
CHECK_ZH = [
    {
        "type": "knowledge_check",
        "value": {
            "question": "读者说 Thank you 时怎么回答？",
            "options": [
                {"text": "You're welcome.", "correct": True, "feedback": "对，这是最自然的回答。"},
                {"text": "No.", "correct": False, "feedback": "太生硬了。"},
            ],
            "explanation": "You're welcome 礼貌又自然。",
        },
    }
]


@pytest.fixture
def locales(db):
    zh = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    en, _ = Locale.objects.get_or_create(language_code="en")
    return SimpleNamespace(zh=zh, en=en)


@pytest.fixture
def home(locales):
    return HomePage.objects.get(depth=2, locale=locales.zh)


@pytest.fixture
def home_en(home, locales):
    return translate(home, locales.en, title="Meridian")


@pytest.fixture
def catalog(home, home_en, locales):
    index = CourseIndexPage(slug="courses", title="课程目录", intro="<p>全部课程</p>")
    home.add_child(instance=index)
    index = publish(index)
    index_en = translate(index, locales.en, title="Course catalog")
    return SimpleNamespace(zh=index, en=index_en)


@pytest.fixture
def english(db):
    return Language.objects.get(code="en")


@pytest.fixture
def japanese(db):
    return Language.objects.get(code="ja")


@pytest.fixture
def lang_en_competency(english):
    return competency_save(
        competency=Competency(
            code="lang-en",
            area="languages",
            scale="cefr",
            language=english,
            name_zh="英语服务能力",
            name_en="English for service",
        )
    )


@pytest.fixture
def courses(catalog, locales, english, japanese, lang_en_competency):
    """Four courses in Chinese with their English translations; the first has three lessons."""
    desk = make_course(
        catalog.zh,
        "desk-english",
        "英语服务台用语",
        summary="流通服务台的英语对话。",
        objectives="<ul><li>greetings and loans</li></ul>",
        target_language=english,
        cefr_level="B1",
        estimated_minutes=120,
        outcomes=[(lang_en_competency, 3)],
    )
    japanese_course = make_course(
        catalog.zh,
        "japanese",
        "日语入门",
        summary="日语基础问候。",
        target_language=japanese,
        cefr_level="A1",
        estimated_minutes=30,
    )
    cultural = make_course(
        catalog.zh,
        "cross-cultural",
        "跨文化沟通基础",
        summary="理解不同文化背景读者的期望。",
        topic="cultural",
        estimated_minutes=90,
        mandatory=True,
    )
    ill = make_course(
        catalog.zh,
        "international-ill",
        "国际馆际互借",
        summary="跨国文献传递的流程与费用。",
        topic="international",
        estimated_minutes=200,
    )
    lessons = [
        make_lesson(desk, "greetings", "问候与称呼", GREETINGS_ZH, estimated_minutes=20),
        make_lesson(desk, "loan-desk", "借书对话", LOAN_DESK_ZH, estimated_minutes=25),
        make_lesson(desk, "check", "小测验", CHECK_ZH, estimated_minutes=10),
    ]
    english_titles = {
        desk.pk: ("Service-desk English", "English conversations at the circulation desk."),
        japanese_course.pk: ("Japanese first steps", "Basic Japanese greetings."),
        cultural.pk: ("Cross-cultural basics", "What readers from other cultures expect."),
        ill.pk: ("International interlibrary loan", "Cross-border document delivery and costs."),
    }
    translations = {}
    for course in (desk, japanese_course, cultural, ill):
        title, summary = english_titles[course.pk]
        translations[course.slug] = translate(course, locales.en, title=title, summary=summary)
    lessons_en = [
        translate(lessons[0], locales.en, title="Greetings"),
        translate(lessons[1], locales.en, title="At the loan desk"),
        translate(lessons[2], locales.en, title="Quick check"),
    ]
    return SimpleNamespace(
        desk=desk,
        japanese=japanese_course,
        cultural=cultural,
        ill=ill,
        lessons=lessons,
        en=SimpleNamespace(**{slug.replace("-", "_"): page for slug, page in translations.items()}),
        lessons_en=lessons_en,
    )
