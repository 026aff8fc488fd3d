"""Helpers of the browser tests: the keyboard, and a signed-in browser without the sign-in page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Page, expect

PASSWORD = "keyboard-only-2024"

# The focused element, for messages: tag#id.classes "its text".
DESCRIBE_FOCUS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(body)";
    const text = (el.innerText || el.value || el.getAttribute("aria-label") || "")
        .replace(/\\s+/g, " ").trim().slice(0, 60);
    const classes = [...el.classList].map(name => "." + name).join("");
    const id = el.id ? "#" + el.id : "";
    return `${el.tagName.toLowerCase()}${id}${classes} ${JSON.stringify(text)}`;
}"""

FOCUS_STYLE = """() => {
    const style = getComputedStyle(document.activeElement);
    return {outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth,
            outlineColor: style.outlineColor, boxShadow: style.boxShadow};
}"""


def focus_style(page: Page) -> dict:
    return page.evaluate(FOCUS_STYLE)


def focus_is_visible(page: Page) -> bool:
    """The focused element draws a focus indicator: an outline or a box shadow."""
    style = focus_style(page)
    outline = style["outlineStyle"] != "none" and style["outlineWidth"] not in ("0px", "")
    return outline or style["boxShadow"] != "none"


def focused_text(page: Page) -> str:
    return " ".join(page.evaluate("() => document.activeElement.innerText || ''").split())


def matches(selector: str) -> Callable[[Page], bool]:
    """A tab_to target: the focused element matches the CSS `selector`."""

    def focused_matches(page: Page) -> bool:
        return page.evaluate("selector => document.activeElement.matches(selector)", selector)

    focused_matches.__doc__ = f"an element matching {selector!r}"
    return focused_matches


def tab_to(page: Page, target: str | Callable[[Page], bool], max_tabs: int = 60) -> None:
    """Press Tab until the focused element is `target`, and check that the focus shows there.

    `target` is a text that the focused element's text contains, or a predicate of the page such
    as `matches("form button")`. Fails listing every element that had the focus on the way.
    """
    if isinstance(target, str):
        text = target

        def found(page: Page) -> bool:
            return text in focused_text(page)

        description = f"an element with the text {text!r}"
    else:
        found = target
        description = target.__doc__ or repr(target)
    visited = []
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        if found(page):
            where = page.evaluate(DESCRIBE_FOCUS)
            assert focus_is_visible(page), f"no visible focus on {where}: {focus_style(page)}"
            return
        visited.append(page.evaluate(DESCRIBE_FOCUS))
    path = "\n".join(f"  {number:2}. {element}" for number, element in enumerate(visited, 1))
    pytest.fail(f"{description} not reached in {max_tabs} Tabs on {page.url}; visited:\n{path}")


def press_and_wait(page: Page, key: str = "Enter") -> None:
    """Press `key` on the focused element and wait for the page it leads to."""
    with page.expect_navigation():
        page.keyboard.press(key)


def sign_in(page: Page, user, server_url: str) -> None:
    """Give the browser a session of `user` (for tests about something else than signing in)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": server_url}])


def sign_in_with_form(page: Page, username: str, password: str = PASSWORD) -> None:
    """Sign in through the login page of the current language, as a person does."""
    page.goto(page.url if "/accounts/login/" in page.url else "/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    expect(page.locator(".site-header .user-name")).to_be_visible()


def html_lang(page: Page) -> str:
    return page.evaluate("document.documentElement.lang")


def switch_language(page: Page, language: str) -> None:
    """Use the header's language switch; the same page must come back in `language`.

    `language` is "zh-Hans" or "en". The path changes (English pages live under /en/, and a
    translated Wagtail page may have its own slug) but the query string is kept; the caller
    checks that the page shows the same thing.
    """
    query = page.url.partition("?")[2]
    with page.expect_navigation():
        page.locator(f".language-switch a[lang='{language}']").click()
    assert html_lang(page) == language, f"{page.url} is not in {language}"
    assert page.url.partition("?")[2] == query, f"the query string {query!r} was lost: {page.url}"
