"""The learner's pages on a small phone: 375 x 812 CSS pixels, touch, in Chinese and English.

Every page of the learner's way (sign-in, home, catalog with its filters, course, lesson, quiz,
an attempt in progress, the result, /me/, the certificates and the verify page) must fit the
screen: nothing scrolls sideways, no control is wider than the screen or beyond its edges, no
text is cut off, and every link of the header can be tapped. The lesson blocks themselves are
checked at this size in test_keyboard_journey.py.
"""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext
from playwright.sync_api import Page, expect

from training.certificates.models import Certificate

from .axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTH, HEIGHT = 375, 812
PREFIX = {"zh-Hans": "", "en": "/en"}

# What does not fit: controls wider than the screen or beyond its edges, any other visible
# element beyond the edges, and text cut off by an element that hides its overflow.
MISFITS = """(width) => {
    const problems = [];
    const describe = (el) => {
        const r = el.getBoundingClientRect();
        const text = (el.innerText || el.value || el.getAttribute("aria-label") || "")
            .replace(/\\s+/g, " ").trim().slice(0, 40);
        const classes = [...el.classList].map(name => "." + name).join("");
        return `${el.tagName.toLowerCase()}${classes} ${JSON.stringify(text)} ` +
            `[${Math.round(r.left)}..${Math.round(r.right)}, ${Math.round(r.width)}px wide]`;
    };
    const hidden = (el) => {
        // Not drawn, or drawn as a 1-pixel box on purpose (.visually-hidden, the skip link
        // that comes into view when it has the focus).
        if (el.closest(".visually-hidden, .skip-link")) return true;
        if (!el.getClientRects().length) return true;
        const style = getComputedStyle(el);
        if (style.visibility === "hidden") return true;
        const r = el.getBoundingClientRect();
        return r.width <= 1 && r.height <= 1;
    };
    const controls = "a, button, input, select, textarea, summary";
    for (const el of document.body.querySelectorAll("*")) {
        if (hidden(el) || (el.type === "hidden")) continue;
        const r = el.getBoundingClientRect();
        if (el.matches(controls) && r.width > width) {
            problems.push("control wider than the screen: " + describe(el));
        } else if (r.left < -0.5 || r.right > width + 0.5) {
            problems.push((el.matches(controls) ? "control" : "element") +
                " beyond the screen's edge: " + describe(el));
        } else if (!el.matches("input, select, textarea")) {
            const style = getComputedStyle(el);
            const clips = ["hidden", "clip"].includes(style.overflowX) ||
                style.textOverflow === "ellipsis";
            if (clips && el.scrollWidth > el.clientWidth + 1) {
                problems.push("text cut off: " + describe(el));
            }
        }
    }
    return problems;
}"""


def tr(language: str, message: str, **values) -> str:
    with translation.override(language):
        text = gettext(message)
    return text % values if values else text


def check_fits(page: Page, name: str, language: str, screenshots) -> None:
    """The page as it is now fits a 375 px screen, and its header's links can all be tapped."""
    page.wait_for_load_state("load")
    assert page.evaluate("window.innerWidth") == WIDTH
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= WIDTH, f"{name} ({page.url}) scrolls sideways: {width}px wide"
    misfits = page.evaluate(MISFITS, WIDTH)
    assert not misfits, f"{name} ({page.url}) does not fit {WIDTH}px:\n" + "\n".join(misfits)
    # The header: the brand, every navigation link, the language switch and the account
    # control, each in view at the top of the page and not covered by anything else.
    page.evaluate("window.scrollTo(0, 0)")
    header = page.locator(".site-header")
    links = header.locator(".site-nav a, .language-switch a, .site-header__tools a, button")
    assert links.count() >= 3, f"{name}: the header has {links.count()} links"
    for link in [header.locator(".brand"), *links.all()]:
        expect(link).to_be_in_viewport()
        link.click(trial=True, timeout=3000)  # visible, enabled and the topmost element
    # A breadcrumb is a line of links that wraps, not a numbered list.
    for trail in page.locator(".breadcrumb ol").all():
        expect(trail).to_have_css("list-style-type", "none")
        expect(trail).to_have_css("flex-wrap", "wrap")
    height = header.bounding_box()["height"]
    assert height <= HEIGHT / 3, f"{name}: the header takes {height}px of an {HEIGHT}px screen"
    page.screenshot(path=screenshots / f"small-{name}-{language}.png", full_page=True)


def tap_and_wait(page: Page, locator) -> None:
    with page.expect_navigation():
        locator.tap()


@pytest.fixture
def browser_context_args(browser_context_args):
    """A phone: 375 x 812 CSS pixels at twice the density, with a touch screen."""
    return {
        **browser_context_args,
        "viewport": {"width": WIDTH, "height": HEIGHT},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    }


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_learner_pages_fit_a_phone(
    page, live_server, learner, quiz_course, courses, catalog, language, screenshots
):
    prefix = PREFIX[language]
    english = language == "en"
    course = quiz_course.en if english else quiz_course.zh
    lessons = quiz_course.lessons_en if english else quiz_course.lessons
    quiz = quiz_course.quiz_en if english else quiz_course.quiz

    # Sign in.
    page.goto(f"{prefix}/accounts/login/?next={prefix}/")
    expect(page.locator("main h1")).to_have_text(tr(language, "Sign in"))
    check_fits(page, "login", language, screenshots)
    page.locator("input[name=username]").tap()
    page.keyboard.type(learner.user.username)
    page.locator("input[name=password]").tap()
    page.keyboard.type("keyboard-only-2024")
    tap_and_wait(page, page.locator("main form button[type=submit]"))
    expect(page.locator(".site-header .user-name")).to_be_visible()

    # Home, signed in.
    expect(page).to_have_url(f"{live_server.url}{prefix}/")
    check_fits(page, "home", language, screenshots)

    # The catalog, from the header. The filters are folded under their summary, so that the
    # courses come first: open them, choose a topic and a duration, submit.
    tap_and_wait(page, page.locator(".site-nav a").first)
    expect(page.locator(".course-card")).to_have_count(5)
    topic = page.locator("select[name=topic]")
    expect(topic).to_be_hidden()
    expect(page.locator(".course-card").first).to_be_in_viewport()
    check_fits(page, "catalog", language, screenshots)
    assert_accessible(page)
    summary = page.locator(".catalog-filters-panel > summary")
    expect(summary).to_have_text(tr(language, "Find a course"))
    summary.tap()
    expect(topic).to_be_visible()
    expect(topic).to_be_in_viewport()
    check_fits(page, "catalog-filters", language, screenshots)
    topic.select_option("cultural")
    page.locator("select[name=duration]").select_option("31-60")
    submit = page.get_by_role("button", name=tr(language, "Show courses"))
    submit.scroll_into_view_if_needed()
    tap_and_wait(page, submit)
    assert "topic=cultural" in page.url and "duration=31-60" in page.url
    with translation.override(language):
        one = ngettext("%(counter)s course", "%(counter)s courses", 1) % {"counter": 1}
    expect(page.locator(".result-count")).to_have_text(one)
    expect(page.locator(".course-card__title")).to_have_text([course.title])
    expect(page.locator(".course-card")).to_be_in_viewport()
    summary.tap()  # the chosen filters, to change them
    expect(page.locator("select[name=topic]")).to_have_value("cultural")
    expect(page.locator("select[name=duration]")).to_have_value("31-60")
    check_fits(page, "catalog-filtered", language, screenshots)

    # The course; enrolment opens the first lesson.
    tap_and_wait(page, page.locator(".course-card__title a"))
    expect(page.locator("h1")).to_have_text(course.title)
    check_fits(page, "course", language, screenshots)
    enrol = page.get_by_role("button", name=tr(language, "Enrol and start"))
    enrol.scroll_into_view_if_needed()
    tap_and_wait(page, enrol)
    expect(page.locator("h1")).to_have_text(lessons[0].title)
    check_fits(page, "lesson", language, screenshots)
    for lesson in lessons:
        expect(page.locator("h1")).to_have_text(lesson.title)
        tap_and_wait(page, page.get_by_role("button", name=tr(language, "Mark complete")))

    # The quiz: its start page, then an attempt in progress.
    page.goto(quiz.url)
    expect(page.locator("h1")).to_have_text(quiz.title)
    check_fits(page, "quiz", language, screenshots)
    tap_and_wait(page, page.get_by_role("button", name=tr(language, "Start the quiz")))
    expect(page.locator(".question")).to_have_count(3)
    check_fits(page, "attempt", language, screenshots)
    answers = [
        (1, "Mr Zhang"),
        (2, "Good morning"),
        (2, "How can I help you?"),
        (3, tr(language, "True")),
    ]
    for number, label in answers:
        option = page.locator(f"#question-{number} .choices label").filter(
            has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")
        )
        option.scroll_into_view_if_needed()
        option.tap()
        expect(option.locator("input")).to_be_checked()
    status = page.locator(".quiz-form__status")
    expect(status).to_contain_text(tr(language, "Saved"))
    expect(status).to_be_in_viewport()
    check_fits(page, "attempt-answered", language, screenshots)
    assert_accessible(page)
    finish = page.get_by_role("button", name=tr(language, "Submit and finish"))
    # The actions stay at the bottom of the screen while she scrolls through the questions.
    page.locator("#question-1").scroll_into_view_if_needed()
    expect(finish).to_be_in_viewport()
    tap_and_wait(page, finish)

    # The result.
    expect(page.locator("h1")).to_have_text(tr(language, "Attempt %(number)s: result", number=1))
    expect(page.locator(".result__verdict")).to_have_text(tr(language, "Passed"))
    check_fits(page, "result", language, screenshots)

    # My learning, my certificates and the verify page.
    page.goto(f"{prefix}/me/")
    expect(page.locator("#completed .course-item__title")).to_have_text([course.title])
    check_fits(page, "me", language, screenshots)
    tap_and_wait(page, page.get_by_role("link", name=tr(language, "My certificates")))
    certificate = Certificate.objects.get(staff=learner)
    expect(page.locator(".certificate-card")).to_contain_text(certificate.formatted_code)
    check_fits(page, "certificates", language, screenshots)
    verify = page.get_by_role("link", name=tr(language, "Verify page"))
    verify.scroll_into_view_if_needed()
    tap_and_wait(page, verify)
    expect(page.locator(".verify-badge")).to_have_attribute("data-status", "valid")
    check_fits(page, "verify", language, screenshots)
