"""A learner takes the final quiz with the keyboard alone, in Chinese and English, in Chromium.

Only Tab, Shift+Tab, the arrow keys, Space and Enter move her: locators check what is on the
screen, never click. Every stop of the focus inside the quiz shows where the focus is. A radio
group is one Tab stop whose options the arrow keys choose; a checkbox is ticked with Space.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from assessments.models import Attempt
from training.progress.models import Enrolment
from training.progress.services import lesson_complete

from .helpers import DESCRIBE_FOCUS, focus_is_visible, focus_style, press_and_wait, sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FOCUSED_OPTION = """() => {
    const el = document.activeElement;
    const label = el && el.closest("label");
    return {
        question: el && el.closest("fieldset") ? el.closest("fieldset").id : null,
        type: el ? el.type : null,
        label: label ? label.innerText.trim() : null,
        checked: !!(el && el.checked),
    };
}"""


def tr(language: str, message: str, **values) -> str:
    with translation.override(language):
        text = gettext(message)
    return text % values if values else text


def press(page: Page, key: str) -> dict:
    """Press `key`; the focus must show wherever it lands. Returns the focused option."""
    page.keyboard.press(key)
    where = page.evaluate(DESCRIBE_FOCUS)
    assert focus_is_visible(page), f"no visible focus on {where} after {key}: {focus_style(page)}"
    return page.evaluate(FOCUSED_OPTION)


def tab_until(page: Page, done, description: str, max_tabs: int = 40) -> None:
    """Tab (checking the focus shows at every stop) until `done(page)`."""
    visited = []
    for _ in range(max_tabs):
        press(page, "Tab")
        if done(page):
            return
        visited.append(page.evaluate(DESCRIBE_FOCUS))
    pytest.fail(f"{description} not reached in {max_tabs} Tabs; visited:\n" + "\n".join(visited))


def focused_matches(selector: str):
    return lambda page: page.evaluate("s => document.activeElement.matches(s)", selector)


def focused_text(text: str):
    return lambda page: page.evaluate("() => document.activeElement.innerText.trim()") == text


def choose_with_arrows(page: Page, question: str, label: str) -> None:
    """In the radio group that has the focus, move with ArrowDown to `label` and choose it."""
    option = page.evaluate(FOCUSED_OPTION)
    for _ in range(6):
        assert option["question"] == question and option["type"] == "radio", option
        if option["label"] == label:
            if not option["checked"]:
                option = press(page, "Space")
            assert option["checked"], option
            return
        option = press(page, "ArrowDown")
        # The arrow keys choose as they move (the browser's radio group behaviour).
        assert option["checked"], option
    pytest.fail(f"{label!r} not found with the arrow keys in {question}")


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_quiz_with_the_keyboard_alone(page, live_server, learner, quiz_course, language):
    english = language == "en"
    quiz = quiz_course.quiz_en if english else quiz_course.quiz
    course = quiz_course.en if english else quiz_course.zh
    for lesson in quiz_course.lessons:  # the lessons are read; the quiz is what is left
        lesson_complete(staff=learner, lesson=lesson)
    sign_in(page, learner.user, live_server.url)
    page.goto(quiz.url)
    expect(page.locator("h1")).to_have_text(quiz.title)

    # Start the quiz: its button, reached with Tab.
    start = tr(language, "Start the quiz")
    tab_until(page, focused_text(start), f"the {start!r} button")
    press_and_wait(page)
    expect(page.locator(".question")).to_have_count(3)

    # Question 1 (one answer): the radio group is one Tab stop; the arrows choose "Mr Zhang".
    tab_until(page, focused_matches("#question-1 input[type=radio]"), "question 1")
    choose_with_arrows(page, "question-1", "Mr Zhang")

    # Question 2 (several answers): Tab goes from box to box, Space ticks "Good morning" only
    # (half the marks: "How can I help you?" is left out on purpose).
    option = press(page, "Tab")
    seen = []
    while option["question"] == "question-2":
        assert option["type"] == "checkbox", option
        seen.append(option["label"])
        if option["label"] == "Good morning":
            option = press(page, "Space")
            assert option["checked"], option
        option = press(page, "Tab")
    assert sorted(seen) == sorted(["Good morning", "How can I help you?", "Next!"])

    # Question 3 (true or false): the focus is now on its group.
    assert option["question"] == "question-3", option
    choose_with_arrows(page, "question-3", tr(language, "True"))
    # Shift+Tab goes back through the boxes, and the group keeps its choice.
    option = press(page, "Shift+Tab")
    assert option["question"] == "question-2" and option["type"] == "checkbox", option
    press(page, "Tab")

    # The answers save themselves; then "Submit and finish" with Enter.
    expect(page.locator(".quiz-form__status")).to_contain_text(tr(language, "Saved"))
    finish = tr(language, "Submit and finish")
    tab_until(page, focused_text(finish), f"the {finish!r} button", max_tabs=5)
    press_and_wait(page, "Enter")

    # The result, read from the page: 2.5 of 3 marks, passed, question 2 partly right.
    expect(page.locator("h1")).to_have_text(tr(language, "Attempt %(number)s: result", number=1))
    expect(page.locator(".result .facts")).to_contain_text(
        tr(language, "%(score)s of %(max)s (%(percent)s %%)", score="2.50", max=3, percent="83.33")
    )
    expect(page.locator(".result__verdict")).to_have_text(tr(language, "Passed"))
    verdicts = page.locator(".question__verdict")
    expect(verdicts).to_have_text(
        [
            re.compile(re.escape(tr(language, "Right"))),
            re.compile(re.escape(tr(language, "Partly right"))),
            re.compile(re.escape(tr(language, "Right"))),
        ]
    )
    # The skip link leads into the result; the next stops are its links.
    press(page, "Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    back = tr(language, "Back to the course")
    tab_until(page, focused_text(back), f"the {back!r} link", max_tabs=10)
    press_and_wait(page)
    expect(page.locator("h1")).to_have_text(course.title)
    expect(page.locator(".course-action .course-status__state")).to_contain_text(
        tr(language, "Completed")
    )

    attempt = Attempt.objects.get(staff=learner, quiz_key=quiz.translation_key)
    assert attempt.passed and attempt.score == Decimal("2.5") and attempt.max_score == 3
    enrolment = Enrolment.objects.get(staff=learner, course_key=course.translation_key)
    assert enrolment.completed_at is not None
