"""Browser tests: Debian's Chromium (/usr/bin/chromium) driven by Playwright against live_server.

`make test` installs Chromium (`scripts/ensure-system-packages.sh --browser`); Playwright never
downloads a browser here. Each pytest-xdist worker runs its own live server (on a free port) and
its own headless Chromium.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.db import connection, connections

from assessments.models import QuestionBank, QuestionCategory
from tests.assessments.conftest import make_question, make_quiz
from tests.courses.conftest import (  # noqa: F401  (the catalog and its courses, reused)
    catalog,
    courses,
    english,
    home,
    home_en,
    japanese,
    lang_en_competency,
    locales,
    make_course,
    make_lesson,
    translate,
)
from tests.factories import make_staff, make_unit

from .helpers import PASSWORD

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run in a
# thread with a running event loop unless told that this is deliberate.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # root in a container: Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BROWSER_TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    """Without Chromium these tests are skipped; in CI (CI=true) they run, and fail, instead."""
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} is missing; `make test` installs it "
        "(scripts/ensure-system-packages.sh --browser)"
    )
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's launch options (headless unless --headed) with Debian's Chromium."""
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def serialized_db_contents(django_db_setup) -> dict[str, str]:
    """The migrations' data that serialized_rollback restores, as set up before Playwright."""
    return {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }


@pytest.fixture(scope="session")
def playwright(serialized_db_contents, playwright):
    """pytest-playwright's Playwright, with the database's serialized contents carried over.

    Playwright's sync API leaves its asyncio loop running in this thread; from then on asgiref
    hands Django new connection objects (a thread-critical Local is per context once a loop
    runs). The contents that `serialized_rollback` restores were kept on the old objects by the
    database setup, which ran before any browser in the whole suite.
    """
    for alias, contents in serialized_db_contents.items():
        connections[alias]._test_serialized_contents = contents
    return playwright


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    """Relative URLs (page.goto("/courses/")) go to this worker's live server."""
    return live_server.url


@pytest.fixture
def screenshots(request) -> Path:
    """test-results/screenshots/<database>/: git-ignored, kept by CI as an artifact.

    One folder per database, so that the PostgreSQL run keeps the SQLite run's pictures; and
    not Playwright's own output folder (test-results/playwright/), which each session empties.
    """
    folder = Path(request.config.rootpath) / "test-results" / "screenshots" / connection.vendor
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def learner():
    """A librarian with a password to sign in with (helpers.PASSWORD)."""
    library = make_unit("lib", "library", name_zh="大学图书馆", name_en="University Library")
    unit = make_unit("isss", "department", library, name_en="International Services")
    profile = make_staff(unit, name_zh="李赟", name_latin="LI Yun")
    profile.user.set_password(PASSWORD)
    profile.user.save(update_fields=["password"])
    return profile


@pytest.fixture
def quiz_course(courses, catalog, locales):  # noqa: F811  (the fixtures imported above)
    """A fifth course in the catalog: two lessons and an end-of-course quiz, in zh and en.

    跨文化读者服务 / Serving readers across cultures: topic "cultural", 45 minutes, certificate
    valid for 24 months; lessons 初次接待 / First contact and 姓名与称呼 / Names and forms of
    address; quiz 结业测验 / Final quiz (pass mark 60 %, required) of three one-mark questions
    (single choice, multiple response, true/false) whose right answers are in `right`.
    """
    course = make_course(
        catalog.zh,
        "serving-across-cultures",
        "跨文化读者服务",
        summary="接待来自不同文化的读者。",
        topic="cultural",
        estimated_minutes=45,
        certificate_validity_months=24,
    )
    lessons = [
        make_lesson(course, "first-contact", "初次接待", estimated_minutes=15),
        make_lesson(course, "names", "姓名与称呼", estimated_minutes=15),
    ]
    category = QuestionCategory.objects.create(
        bank=QuestionBank.objects.create(name="Cross-cultural service"), path="Final"
    )
    questions = [
        make_question(
            category,
            "single",
            "<p>How do you address the reader ZHANG Wei (张伟)?</p>",
            [
                {"text": "Mr Zhang", "fraction": 1},
                {"text": "Mr Wei", "fraction": 0},
                {"text": "Hey you", "fraction": 0},
            ],
            name="address",
        ),
        make_question(
            category,
            "multi",
            "<p>Which are good ways to greet a reader at the desk?</p>",
            [
                {"text": "Good morning", "fraction": Decimal("0.5")},
                {"text": "How can I help you?", "fraction": Decimal("0.5")},
                {"text": "Next!", "fraction": -1},
            ],
            name="greetings",
        ),
        make_question(
            category,
            "truefalse",
            "<p>Chinese names put the family name first.</p>",
            [{"text": "true", "fraction": 1}, {"text": "false", "fraction": 0}],
            name="family-name",
        ),
    ]
    quiz = make_quiz(course, slug="final-quiz", title="结业测验", questions=questions, pass_mark=60)
    course_en = translate(
        course,
        locales.en,
        title="Serving readers across cultures",
        summary="Welcoming readers from other cultures.",
    )
    lessons_en = [
        translate(lessons[0], locales.en, title="First contact"),
        translate(lessons[1], locales.en, title="Names and forms of address"),
    ]
    quiz_en = translate(quiz, locales.en, title="Final quiz")
    return SimpleNamespace(
        zh=course,
        en=course_en,
        lessons=lessons,
        lessons_en=lessons_en,
        quiz=quiz,
        quiz_en=quiz_en,
        questions=questions,
        # The right answers by question, as the learner sees the options (True/False translated).
        right={"single": ["Mr Zhang"], "multi": ["Good morning", "How can I help you?"]},
    )
