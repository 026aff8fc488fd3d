"""A training editor's journey in Chromium, with the Wagtail admin in Chinese or in English.

The editor (Editors group) signs in through the admin's login form and picks the admin's language
in their account preferences; then, in the admin: writes a lesson with a phrasebook and a
cultural scenario under an existing course and publishes it, imports three GIFT questions into a
new question bank, builds a quiz of them and publishes it, and translates the lesson and the quiz
into English with the admin's "Translate" action. On the public site the course lists both, the
lesson shows what was typed, and the language switch goes between the two versions of the lesson.
"""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from assessments.models import Question, QuestionBank, QuizPage
from courses.models import LessonPage
from tests.factories import make_editor, make_unit

from .axe import assert_accessible
from .helpers import PASSWORD, html_lang, switch_language

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Django's name of each language (the admin's preference values) and the other language.
DJANGO_LANGUAGE = {"zh-Hans": "zh-hans", "en": "en"}
OTHER = {"zh-Hans": "en", "en": "zh-Hans"}

LESSON_ZH = "图书馆咨询台的第一句话"
LESSON_EN = "First words at the library desk"
QUIZ_ZH = "咨询台用语测验"
QUIZ_EN = "Desk phrases quiz"
BANK = "咨询台用语题库"
PHRASEBOOK = {
    "title": "开口问候",
    "phrases": [
        ("Welcome to the library!", "欢迎来到图书馆！"),
        ("How may I help you?", "请问有什么可以帮您？"),
    ],
}
SCENARIO = {
    "title": "沉默的留学生",
    "situation": "一位新来的留学生在咨询台前站了很久，却没有开口。",
    "question": "你会怎样主动帮助他？",
    "commentary": "有些文化里，打扰工作人员被视为失礼。",
}
GIFT = """// Three questions for the desk phrases quiz.
::Morning greeting:: How do you greet a reader at 9 a.m.? {=Good morning ~Good night ~Goodbye}

::Thank you reply:: "You're welcome" is a polite answer to "Thank you". {T}

::Card request:: What do you ask to see before a loan? {=library card =card}
"""
QUESTION_NAMES = ["Morning greeting", "Thank you reply", "Card request"]


# The errors shown on a page of the admin's editor, as "field label: error".
ERRORS = """() => [...document.querySelectorAll(".w-field__errors, .error-message")]
    .filter(el => el.innerText.trim())
    .map(el => {
        const field = el.closest("[data-field], [data-contentpath], .w-field__wrapper");
        const label = field && field.querySelector("label");
        const name = (label && label.innerText.trim()) || (field && field.dataset.contentpath);
        return `${name || "?"}: ${el.innerText.trim()}`;
    })"""


def text(message: str, language: str, **values) -> str:
    """`message` translated into `language` ("zh-Hans" or "en"), with %(name)s values."""
    with translation.override(DJANGO_LANGUAGE[language]):
        translated = gettext(message)
    return translated % values if values else translated


@pytest.fixture
def editor():
    library = make_unit("lib", "library", name_zh="大学图书馆", name_en="University Library")
    profile = make_editor(library, name_zh="吴艺", name_latin="WU Yi")
    profile.user.set_password(PASSWORD)
    profile.user.save(update_fields=["password"])
    return profile


def publish(page: Page) -> None:
    """The editor's footer: open the actions menu and publish; Wagtail goes to the listing."""
    page.locator("footer .w-dropdown__toggle").click()
    with page.expect_navigation():
        page.locator("footer button[name='action-publish']").click()
    errors = page.evaluate(ERRORS)
    assert not errors, f"{page.url}: the page was not published: {errors}"


def expect_published(page: Page, language: str, title: str) -> None:
    """Wagtail's message after publishing: "created and published" for a new page, unless the
    editor's autosave (every half second) created it first as a draft."""
    messages = [
        text(message, language, page_title=title)
        for message in (
            "Page '%(page_title)s' created and published.",
            "Page '%(page_title)s' has been published.",
        )
    ]
    expect(page.locator(".messages")).to_contain_text(
        re.compile("|".join(re.escape(message) for message in messages))
    )


def add_child_page(page: Page, parent_id: int, model: str) -> None:
    """From the parent's listing: "Add child page", then the page type."""
    page.locator(f"a[href='/admin/pages/{parent_id}/add_subpage/']").first.click()
    page.locator(f"a[href^='/admin/pages/add/{model}/{parent_id}/']").click()
    expect(page.locator("#id_title")).to_be_visible()


def add_block(page: Page, label: str, index: int) -> None:
    """The stream's last "+" button, then the block type by its (translated) label."""
    page.locator("#body-root .c-sf-add-button").last.click()
    page.get_by_role("option", name=label, exact=True).click()
    expect(page.locator(f"#body-{index}-value-title")).to_be_visible()


def rich_text(page: Page, field_id: str, value: str) -> None:
    """Type into the Draftail editor of a rich text field; Draftail writes the field's hidden
    input a moment later (its save interval), which is what the form posts."""
    field = page.locator(f"[data-field]:has(input#{field_id})").last
    field.locator("[contenteditable=true]").click()
    page.keyboard.type(value)
    expect(page.locator(f"input#{field_id}")).to_have_value(re.compile(re.escape(value)))


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_editor_journey(page, live_server, editor, courses, locales, screenshots, language):
    def t(message: str, **values) -> str:
        return text(message, language, **values)

    course, course_en = courses.desk, courses.en.desk_english

    # Sign in through the admin's own login form, then choose the admin's language.
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(editor.user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    page.goto("/admin/account/")
    page.locator("#id_locale-preferred_language").select_option(DJANGO_LANGUAGE[language])
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    assert html_lang(page).lower() == DJANGO_LANGUAGE[language]
    # (Wagtail's message after the save is in the language the admin had before: not checked.)
    expect(page.locator("#id_locale-preferred_language")).to_have_value(DJANGO_LANGUAGE[language])
    expect(page.locator("h1")).to_have_text(t("Account"))
    # The sidebar: Wagtail's own items and the project's (the question bank, the import).
    sidebar = page.locator("#wagtail-sidebar")
    expect(sidebar).to_contain_text(t("Pages"))
    expect(sidebar).to_contain_text(t("Question bank"))
    expect(sidebar).to_contain_text(t("Import questions"))

    # 1. The lesson, under the existing course: a phrasebook and a cultural scenario.
    page.goto(f"/admin/pages/{course.pk}/")
    add_child_page(page, course.pk, "courses/lessonpage")
    page.locator("#id_title").fill(LESSON_ZH)
    add_block(page, t("Phrasebook"), 0)
    page.locator("#body-0-value-title").fill(PHRASEBOOK["title"])
    phrases = PHRASEBOOK["phrases"]
    page.locator("#body-0-value-phrases-0-value-term").fill(phrases[0][0])
    page.locator("#body-0-value-phrases-0-value-translation").fill(phrases[0][1])
    page.locator("[data-contentpath='phrases'] .c-sf-add-button").last.click()
    page.locator("#body-0-value-phrases-1-value-term").fill(phrases[1][0])
    page.locator("#body-0-value-phrases-1-value-translation").fill(phrases[1][1])
    add_block(page, t("Cultural scenario"), 1)
    page.locator("#body-1-value-title").fill(SCENARIO["title"])
    rich_text(page, "body-1-value-situation", SCENARIO["situation"])
    page.locator("#body-1-value-question").fill(SCENARIO["question"])
    rich_text(page, "body-1-value-commentary", SCENARIO["commentary"])
    publish(page)
    expect_published(page, language, LESSON_ZH)

    # 2. Three GIFT questions into a new bank, through the admin's import screen.
    page.locator("#wagtail-sidebar a[href='/admin/assessments/import/']").click()
    expect(page.locator("h1")).to_have_text(t("Import questions"))
    page.locator("#id_file").set_input_files(
        {"name": "desk.gift.txt", "mimeType": "text/plain", "buffer": GIFT.encode()}
    )
    page.locator("#id_format").select_option("gift")
    page.locator("#id_bank").fill(BANK)
    assert_accessible(page)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text(
        t("%(count)d questions imported into “%(bank)s”.", count=3, bank=BANK)
    )
    listing = page.locator("main table")
    for name in QUESTION_NAMES:
        expect(listing).to_contain_text(name)

    # 3. The quiz, under the same course, of the three questions.
    page.goto(f"/admin/pages/{course.pk}/")
    add_child_page(page, course.pk, "assessments/quizpage")
    page.locator("#id_title").fill(QUIZ_ZH)
    for number, name in enumerate(QUESTION_NAMES):
        if number:
            page.locator("#id_slots-ADD").click()
        page.locator(f"#id_slots-{number}-question").select_option(label=name)
    publish(page)
    expect_published(page, language, QUIZ_ZH)

    # 4. The English versions: the admin's "Translate" action on each, an English title, publish.
    lesson = LessonPage.objects.get(title=LESSON_ZH)
    quiz = QuizPage.objects.get(title=QUIZ_ZH)
    for original, title in ((lesson, LESSON_EN), (quiz, QUIZ_EN)):
        page.goto(f"/admin/pages/{course.pk}/")
        row = page.locator("main tr", has_text=original.title)
        row.locator(".w-dropdown__toggle").click()
        row.get_by_role("link", name=t("Translate")).click()
        page.locator(f"input[name=locales][value='{locales.en.pk}']").check()
        with page.expect_navigation():
            page.locator("main form [type=submit]").click()
        expect(page.locator("#id_title")).to_have_value(original.title)
        page.locator("#id_title").fill(title)
        publish(page)
        expect_published(page, language, title)

    # 5. The public site, in the journey's language: the catalog, the course lists the lesson
    # and the quiz, the lesson shows what the editor typed.
    lesson_en = LessonPage.objects.get(translation_key=lesson.translation_key, locale=locales.en)
    quiz_en = QuizPage.objects.get(translation_key=quiz.translation_key, locale=locales.en)
    here = {"zh-Hans": (course, lesson, quiz), "en": (course_en, lesson_en, quiz_en)}
    there = {"zh-Hans": lesson, "en": lesson_en}
    shown_course, shown_lesson, shown_quiz = here[language]
    page.goto(f"{shown_course.get_parent().url}")
    page.locator(".course-card__title a", has_text=shown_course.title).click()
    expect(page.locator("h1")).to_have_text(shown_course.title)
    expect(page.locator(".lesson-list a", has_text=shown_lesson.title)).to_be_visible()
    expect(page.locator(".lesson-list a", has_text=shown_quiz.title)).to_be_visible()
    expect(page.locator("#quizzes-heading")).to_have_text(t("Quizzes"))
    assert_accessible(page)
    page.locator(".lesson-list a", has_text=shown_lesson.title).click()
    expect_lesson(page, language, shown_lesson.title)
    assert_accessible(page)

    # The language switch goes to the other version of the same lesson, and back.
    other = OTHER[language]
    switch_language(page, other)
    expect_lesson(page, other, there[other].title)
    switch_language(page, language)
    expect_lesson(page, language, shown_lesson.title)
    page.screenshot(path=screenshots / f"journey-editor-{language}.png", full_page=True)

    # The English course page (under /en/) lists the English lesson and quiz.
    page.goto(course_en.url)
    assert course_en.url.startswith("/en/")
    expect(page.locator(".lesson-list a", has_text=LESSON_EN)).to_have_attribute(
        "href", lesson_en.url
    )
    expect(page.locator(".lesson-list a", has_text=QUIZ_EN)).to_have_attribute("href", quiz_en.url)

    # The database: both versions live, under the two versions of the course, one translation
    # key; the blocks hold what was typed; the bank holds the three questions, the quiz uses them.
    for version, parent, title in ((lesson, course, LESSON_ZH), (lesson_en, course_en, LESSON_EN)):
        version.refresh_from_db()
        assert version.live and not version.has_unpublished_changes
        assert version.title == title
        assert version.get_parent().pk == parent.pk
        blocks = [(block.block_type, block.value) for block in version.body]
        assert [kind for kind, _value in blocks] == ["phrasebook", "scenario"]
        phrasebook, scenario = blocks[0][1], blocks[1][1]
        assert phrasebook["title"] == PHRASEBOOK["title"]
        assert [(p["term"], p["translation"]) for p in phrasebook["phrases"]] == PHRASEBOOK[
            "phrases"
        ]
        assert scenario["title"] == SCENARIO["title"]
        assert scenario["question"] == SCENARIO["question"]
        assert SCENARIO["situation"] in scenario["situation"].source
        assert SCENARIO["commentary"] in scenario["commentary"].source
    assert lesson_en.translation_key == lesson.translation_key
    assert lesson.locale == locales.zh and lesson_en.locale == locales.en
    bank = QuestionBank.objects.get(name=BANK)
    questions = Question.objects.filter(category__bank=bank)
    assert sorted(questions.values_list("name", flat=True)) == sorted(QUESTION_NAMES)
    for version in (quiz, quiz_en):
        version.refresh_from_db()
        assert version.live
        assert [slot.question.name for slot in version.slots.order_by("sort_order")] == (
            QUESTION_NAMES
        )
    assert quiz_en.translation_key == quiz.translation_key
    assert quiz.get_parent().pk == course.pk and quiz_en.get_parent().pk == course_en.pk


def expect_lesson(page: Page, language: str, title: str) -> None:
    """The public lesson page in `language`: its title, the phrasebook and the scenario."""
    assert html_lang(page) == language
    expect(page.locator("h1")).to_have_text(title)
    phrasebook = page.locator(".block-phrasebook")
    expect(phrasebook.locator("caption")).to_have_text(PHRASEBOOK["title"])
    expect(phrasebook.locator("thead th").first).to_have_text(text("Phrase", language))
    expect(phrasebook.locator(".phrasebook__term")).to_have_text(
        [term for term, _translation in PHRASEBOOK["phrases"]]
    )
    expect(phrasebook.locator(".phrasebook__translation")).to_have_text(
        [translation for _term, translation in PHRASEBOOK["phrases"]]
    )
    scenario = page.locator(".block-scenario")
    expect(scenario.locator(".block__title")).to_have_text(SCENARIO["title"])
    expect(scenario.locator(".scenario__situation")).to_have_text(SCENARIO["situation"])
    expect(scenario.locator(".scenario__question")).to_contain_text(SCENARIO["question"])
    expect(scenario.locator(".scenario__question-label")).to_have_text(
        text("Think about it", language)
    )
    commentary = scenario.locator(".scenario__commentary")
    expect(commentary.locator(".rich-text")).not_to_be_visible()
    commentary.locator("summary").click()
    expect(commentary.locator("summary")).to_have_text(text("Show expert commentary", language))
    expect(commentary.locator(".rich-text")).to_have_text(SCENARIO["commentary"])
