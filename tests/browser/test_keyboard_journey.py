"""A learner goes from the catalog to a completed course with the keyboard alone, in Chromium.

Only keys move the learner (Tab, arrows, Enter, typing): locators are used to check what is on
the screen, never to click.
"""

from __future__ import annotations

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from training.progress.models import Enrolment

from .helpers import (
    PASSWORD,
    focus_is_visible,
    focus_style,
    matches,
    press_and_wait,
    sign_in,
    tab_to,
)

# live_server needs committed data; serialized_rollback puts back what the migrations created
# (locales, the home page, languages, groups) after an earlier transactional test flushed it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


SQUEEZED_CAPTIONS = """() => [...document.querySelectorAll("caption")]
    .filter(caption => caption.offsetWidth < caption.closest("table").offsetWidth * 0.9)
    .map(caption => `${caption.textContent.trim()} (${caption.offsetWidth}px)`)"""


def zh(message: str) -> str:
    with translation.override("zh-hans"):
        return gettext(message)


def test_catalog_to_completed_course_with_the_keyboard(
    page, live_server, learner, courses, screenshots
):
    desk = courses.desk
    page.goto("/courses/")

    # The first Tab stop is the skip link, it shows where the focus is, and it works.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    assert focus_style(page)["outlineStyle"] != "none"
    assert focus_is_visible(page)
    expect(page.locator(".skip-link")).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # Sign in from the catalog: the header's sign-in link (the last stop before <main>), the
    # form, and back to the catalog.
    page.keyboard.press("Shift+Tab")
    assert matches(".site-header a[href^='/accounts/login/']")(page)
    assert focus_is_visible(page)
    press_and_wait(page)
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/courses/")
    tab_to(page, matches("input[name=username]"))
    page.keyboard.type(learner.user.username)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "password"
    page.keyboard.type(PASSWORD)
    tab_to(page, matches("main form button[type=submit]"))
    press_and_wait(page)
    expect(page).to_have_url(f"{live_server.url}/courses/")
    expect(page.locator(".site-header .user-name")).to_have_text(learner.name_zh)

    # Filter the catalog: topic "Languages" with the arrow keys, then the submit button.
    expect(page.locator(".course-card")).to_have_count(4)
    tab_to(page, matches("select[name=topic]"))
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "languages"
    tab_to(page, matches(".filters__actions button[type=submit]"))
    press_and_wait(page)
    assert "topic=languages" in page.url
    titles = page.locator(".course-card__title")
    expect(titles).to_have_count(2)
    assert sorted(titles.all_inner_texts()) == sorted([desk.title, courses.japanese.title])

    # Open the course and enrol.
    tab_to(page, desk.title)
    press_and_wait(page)
    expect(page.locator("h1")).to_have_text(desk.title)
    tab_to(page, matches("form[action$='/enrol/'] button[type=submit]"))
    press_and_wait(page)

    # Each lesson: Mark complete, which goes on to the next lesson.
    lessons = courses.lessons
    for number, lesson in enumerate(lessons, 1):
        expect(page).to_have_url(f"{live_server.url}{lesson.url}")
        expect(page.locator("h1")).to_have_text(lesson.title)
        # The skip link, then straight into the lesson.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains('skip-link')")
        page.keyboard.press("Enter")
        tab_to(page, matches("form[action$='/complete/'] button[type=submit]"))
        if number == 1:
            page.screenshot(path=screenshots / "keyboard-journey-lesson.png", full_page=True)
        press_and_wait(page)

    # The last lesson comes back completed, and the course with it.
    expect(page).to_have_url(f"{live_server.url}{lessons[-1].url}")
    expect(page.locator(".messages")).to_contain_text(
        zh("Lesson complete. You have completed the course. Well done!")
    )
    expect(page.locator(".lesson__completed")).to_be_visible()

    # My learning (/me/) from the main navigation: the course is in "Completed".
    tab_to(page, matches(".site-nav a[href='/me/']"))
    press_and_wait(page)
    expect(page).to_have_url(f"{live_server.url}/me/")
    expect(page.locator("#completed .course-item__title")).to_have_text([desk.title])
    expect(page.locator("#in-progress")).not_to_contain_text(desk.title)
    page.screenshot(path=screenshots / "keyboard-journey-dashboard.png", full_page=True)

    enrolment = Enrolment.objects.get(staff=learner, course_key=desk.translation_key)
    assert enrolment.completed_at is not None


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_lesson_page_fits_a_phone_screen(
    page, live_server, learner, courses, language, screenshots
):
    """At 375 CSS pixels wide (a small phone) no lesson page scrolls sideways."""
    page.set_viewport_size({"width": 375, "height": 812})
    sign_in(page, learner.user, live_server.url)
    lessons = courses.lessons if language == "zh-hans" else courses.lessons_en
    for lesson in lessons:  # a phrasebook, a dialogue and a knowledge check
        page.goto(lesson.url)
        expect(page.locator("h1")).to_have_text(lesson.title)
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= 375, f"{lesson.url} is {width}px wide at 375px"
        # Nor is a table's caption squeezed into a narrow column (a character per line).
        squeezed = page.evaluate(SQUEEZED_CAPTIONS)
        assert not squeezed, f"{lesson.url}: captions narrower than their table: {squeezed}"
    page.goto(lessons[0].url)
    page.screenshot(path=screenshots / f"lesson-375px-{language}.png", full_page=True)
