"""Every main page, in Chinese and in English, checked by axe-core and for the basics of a page.

One sweep over the demo library (`manage.py load_demo`, loaded once: it takes a while) visits
each main page as the person who uses it, in both languages, and collects what is wrong on all
of them before failing once with the whole list: axe-core's serious and critical WCAG 2.1 AA
violations, a wrong `html[lang]`, text in another script without its `lang` (language of parts,
which axe-core does not check), not exactly one <h1> and one <main>, an unexpected HTTP status,
and a Tab stop among the first five without a visible focus.

Each page is saved to test-results/screenshots/<database>/pages/<language>/<page>.png. With
MERIDIAN_DOCS_SCREENSHOTS=1 the main pages are also written to docs/screenshots/
(<page>-<language>.png, 1280x800, what the screen shows), as docs/screenshots/README.md says.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext
from playwright.sync_api import Page
from wagtail.models import Locale

from assessments import services as quiz_services
from assessments.models import Attempt, QuizPage
from courses.models import CourseIndexPage, CoursePage, LessonPage
from training.certificates.models import Certificate
from training.people import policies
from training.reports.models import AppraisalPeriod, ReportExport

from .axe import axe_violations, describe
from .helpers import DESCRIBE_FOCUS, focus_is_visible, focus_style, html_lang, sign_in
from .language import english_on_a_chinese_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LANGUAGES = ("zh-Hans", "en")
VIEWPORT = {"width": 1280, "height": 800}
BROWSER_LOCALES = {"zh-Hans": "zh-CN", "en": "en-GB"}
FOCUS_STOPS = 5
DOCS_SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"
# The pages docs/screenshots/ shows, by the names the sweep gives them.
DOCS_PAGES = ("home", "catalog", "lesson", "quiz-attempt", "me", "team", "team-staff", "hr")
# A username that is nobody's: five wrong passwords lock it out (django-axes), per language.
LOCKED_OUT = "no-such-librarian-{language}"


def docs_screenshots_wanted() -> bool:
    return os.environ.get("MERIDIAN_DOCS_SCREENSHOTS") == "1"


@dataclass(frozen=True)
class Visit:
    name: str  # the screenshot's name
    path: str  # in the sweep's language
    status: int = 200
    submit: str = ""  # a form's submit button to press as it is (to see the form's errors)
    shows: str = ""  # a message (msgid) the page must show, in the sweep's language


@dataclass
class World:
    """What the sweep visits, in both languages: Wagtail pages by language, ids for the rest."""

    catalog: dict[str, str] = field(default_factory=dict)
    course: dict[str, str] = field(default_factory=dict)
    lessons: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (block kinds, url)
    quiz: dict[str, str] = field(default_factory=dict)
    attempt: dict[str, str] = field(default_factory=dict)  # in progress
    review: dict[str, str] = field(default_factory=dict)  # graded
    certificate: str = ""
    staff_pk: int = 0
    summary: str = ""  # staff/period
    export_pk: int = 0
    users: dict[str, User] = field(default_factory=dict)


def load_demo() -> None:
    saved = os.environ.pop("DEMO_PASSWORD", None)  # the accounts are signed in without it
    try:
        call_command("load_demo", force=True, stdout=StringIO(), stderr=StringIO())
    finally:
        if saved is not None:
            os.environ["DEMO_PASSWORD"] = saved


def in_both(page) -> dict[str, str]:
    """A Wagtail page's address in each of LANGUAGES (its translation in English)."""
    english = page.get_translation(Locale.objects.get(language_code="en"))
    return {"zh-Hans": page.url, "en": english.url}


def lessons_covering_every_block_kind(course_lessons) -> list[LessonPage]:
    """As few lessons as show every kind of block the demo's lessons use."""
    lessons = list(course_lessons)
    used = {block.block_type for lesson in lessons for block in lesson.body}
    chosen, shown = [], set()
    while shown != used:
        best = max(lessons, key=lambda lesson: len({b.block_type for b in lesson.body} - shown))
        chosen.append(best)
        shown |= {block.block_type for block in best.body}
    return chosen


def build_world() -> World:
    """The demo as loaded, plus an attempt in progress and an export running."""
    world = World()
    users = {name: User.objects.get(username=name) for name in ("learner", "manager", "hr")}
    world.users = users
    learner = users["learner"].staff_profile
    zh = Locale.objects.get(language_code="zh-hans")

    world.catalog = in_both(CourseIndexPage.objects.get(locale=zh))
    course = CoursePage.objects.live().filter(locale=zh).order_by("path").first()
    world.course = in_both(course)
    lessons = LessonPage.objects.live().filter(locale=zh).order_by("path")
    for lesson in lessons_covering_every_block_kind(lessons):
        kinds = "-".join(sorted({block.block_type for block in lesson.body}))
        for language, url in in_both(lesson).items():
            world.lessons.setdefault(language, []).append((kinds, url))

    # A graded attempt of the learner's (the demo simulated them), reviewed in both languages.
    graded = (
        Attempt.objects.filter(staff=learner, state=Attempt.State.FINISHED)
        .exclude(quiz=None)
        .order_by("-finished_at")
        .first()
    )
    assert graded is not None, "the demo learner has no graded attempt"
    review_quiz = graded.quiz.specific
    for language, url in in_both(review_quiz).items():
        world.review[language] = f"{url}attempts/{graded.number}/review/"
    # An attempt in progress in each language, at the first quizzes that let the learner start
    # one (its questions are in the language of the quiz version it was started in).
    started = set()
    for language, code in (("zh-Hans", "zh-hans"), ("en", "en")):
        for quiz in QuizPage.objects.live().filter(locale__language_code=code).order_by("path"):
            if quiz.translation_key in started:
                continue
            try:
                attempt = quiz_services.attempt_start(staff=learner, quiz=quiz)
            except quiz_services.AttemptError:
                continue
            started.add(quiz.translation_key)
            world.quiz[language] = quiz.url
            world.attempt[language] = f"{quiz.url}attempts/{attempt.number}/"
            break
        else:
            pytest.fail(f"no demo quiz in {language} lets the learner start an attempt")

    certificate = Certificate.objects.current().order_by("-issued_at", "pk").first()
    world.certificate = certificate.code
    world.staff_pk = learner.pk
    assert policies.can_manage_staff(users["manager"], learner)
    period = AppraisalPeriod.objects.order_by("-starts_on").first()
    assert period is not None, "the demo has no appraisal period"
    world.summary = f"{learner.pk}/{period.pk}"
    # An export in the middle of its run: the progress bar (the task backend of the tests would
    # finish a requested one at once).
    world.export_pk = ReportExport.objects.create(
        kind=ReportExport.Kind.REGISTER_XLSX,
        requested_by=users["hr"],
        description="2026",
        state=ReportExport.State.RUNNING,
        total=40,
        done=15,
        heartbeat_at=timezone.now(),
    ).pk
    return world


def plan(world: World, language: str) -> dict[str, list[Visit]]:
    """Who visits which pages, in `language`: None is nobody signed in."""
    prefix = "" if language == "zh-Hans" else "/en"
    catalog = world.catalog[language]
    lessons = [
        Visit(f"lesson-{number}" if number else "lesson", url)
        for number, (_kinds, url) in enumerate(world.lessons[language])
    ]
    return {
        "": [
            Visit("home", f"{prefix}/"),
            Visit("catalog", catalog),
            Visit("catalog-filtered", f"{catalog}?topic=languages&mandatory="),
            Visit("course", world.course[language]),
            *lessons,
            Visit("verify-form", f"{prefix}/verify/"),
            Visit("verify-result", f"{prefix}/verify/{world.certificate}/"),
            Visit("login", f"{prefix}/accounts/login/"),
            Visit("not-found", f"{prefix}/no-such-page/", 404),
        ],
        "learner": [
            Visit("me", f"{prefix}/me/"),
            Visit("me-competencies", f"{prefix}/me/competencies/"),
            Visit("me-certificates", f"{prefix}/me/certificates/"),
            Visit("me-record", f"{prefix}/me/record/"),
            Visit("me-record-export", f"{prefix}/me/record/export/"),
            Visit("quiz-start", world.quiz[language]),
            Visit("quiz-attempt", world.attempt[language]),
            Visit("quiz-review", world.review[language]),
            Visit("forbidden", f"{prefix}/hr/", 403),
        ],
        "manager": [
            Visit("team", f"{prefix}/team/"),
            Visit("team-languages", f"{prefix}/team/languages/"),
            Visit("team-directory", f"{prefix}/team/directory/"),
            Visit("team-directory-entry", f"{prefix}/team/directory/{world.staff_pk}/"),
            Visit("team-staff", f"{prefix}/team/staff/{world.staff_pk}/"),
            Visit("team-assign", f"{prefix}/team/assign/"),
            Visit(
                "team-assess-errors",
                f"{prefix}/team/staff/{world.staff_pk}/",
                submit="#assess form button[type=submit]",
                shows="The assessment was not recorded: see the form below.",
            ),
        ],
        "hr": [
            Visit("hr", f"{prefix}/hr/"),
            Visit("hr-certificates", f"{prefix}/hr/certificates/"),
            Visit("hr-certificate", f"{prefix}/hr/certificates/{world.certificate}/"),
            Visit("hr-revoke", f"{prefix}/hr/register/{world.certificate}/revoke/"),
            Visit("hr-summaries", f"{prefix}/hr/summaries/"),
            Visit("hr-summary", f"{prefix}/hr/summaries/{world.summary}/"),
            Visit("hr-export-confirm", f"{prefix}/hr/exports/?kind=register_csv"),
            Visit("hr-export-progress", f"{prefix}/hr/exports/{world.export_pk}/"),
        ],
    }


FOCUS_STOP = """() => {
    const el = document.activeElement;
    return el && el !== document.body;
}"""


# WCAG 3.1.2, language of parts: a text in another language than the page's is marked with its
# `lang`. Found by script: a text mostly in Chinese characters (or kana, hangul) on an English
# page, or mostly in kana or hangul on a Chinese page, must sit inside an element whose `lang`
# is that language. Mixed texts (an English sentence quoting a Chinese word, "LI Yun (李赟)",
# bilingual notes) are left alone: their main language is the page's.
UNMARKED_CJK = """(pageLang) => {
    const chinesePage = pageLang.startsWith("zh");
    const foreign = chinesePage
        ? /[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]/gu
        : /[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]/gu;
    const own = chinesePage ? /\\p{Script=Han}/gu : /\\p{Script=Latin}/gu;
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, noscript, template")) continue;
        const text = node.textContent;
        const foreignCount = (text.match(foreign) || []).length;
        if (!foreignCount || foreignCount <= (text.match(own) || []).length) continue;
        const lang = (parent.closest("[lang]")?.getAttribute("lang") || "").toLowerCase();
        if (chinesePage ? /^(ja|ko)/.test(lang) : /^(zh|ja|ko)/.test(lang)) continue;
        const classes = [...parent.classList].map(name => "." + name).join("");
        const excerpt = JSON.stringify(text.trim().slice(0, 40));
        found.push(`${parent.tagName.toLowerCase()}${classes} ${excerpt}`);
    }
    return found;
}"""


def check_page(page: Page, name: str, language: str, folder: Path) -> list[str]:
    """What is wrong with the page as it is shown now; saves its screenshots first."""
    problems = []
    if html_lang(page) != language:
        problems.append(f"html[lang] is {html_lang(page)!r}, not {language!r}")
    for selector in ("h1", "main"):
        count = page.locator(selector).count()
        if count != 1:
            problems.append(f"{count} <{selector}> elements, not one")

    page.screenshot(path=folder / f"{name}.png", full_page=True)
    if docs_screenshots_wanted() and name in DOCS_PAGES:
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=DOCS_SCREENSHOTS / f"{name}-{language}.png")

    unmarked = page.evaluate(UNMARKED_CJK, language)
    if unmarked:
        problems.append(
            f"{len(unmarked)} text(s) in another script without their lang (WCAG 3.1.2):\n"
            + "\n".join(f"  {text}" for text in unmarked[:8])
            + (f"\n  ... and {len(unmarked) - 8} more" if len(unmarked) > 8 else "")
        )
    if language == "zh-Hans":  # an English string someone forgot to mark for translation
        english = english_on_a_chinese_page(page)
        if english:
            problems.append(
                f"{len(english)} English text(s) on a Chinese page, not marked with lang:\n"
                + "\n".join(f"  {text}" for text in english[:8])
            )
    violations = axe_violations(page)
    if violations:
        problems.append("axe-core:\n" + describe(violations))

    # The first Tab stops from the top of the page show where the focus is.
    page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }")
    for stop in range(1, FOCUS_STOPS + 1):
        page.keyboard.press("Tab")
        if not page.evaluate(FOCUS_STOP):
            break
        if not focus_is_visible(page):
            where = page.evaluate(DESCRIBE_FOCUS)
            problems.append(f"Tab stop {stop} ({where}) has no visible focus: {focus_style(page)}")
    return problems


def visit(page: Page, visit: Visit, language: str, folder: Path) -> list[str]:
    response = page.goto(visit.path)
    if visit.submit:
        with page.expect_navigation() as navigation:
            page.locator(visit.submit).click()
        response = navigation.value
    problems = []
    if response is None or response.status != visit.status:
        got = response.status if response else "no response"
        problems.append(f"HTTP {got}, not {visit.status}")
    if visit.shows:
        with translation.override(language.lower()):
            text = gettext(visit.shows)
        if text not in page.locator("main").inner_text():
            problems.append(f"{text!r} is not on the page")
    problems += check_page(page, visit.name, language, folder)
    return problems


def lock_out(page: Page, language: str) -> int:
    """Five wrong passwords on the sign-in page (of `language`); the status of the last."""
    prefix = "" if language == "zh-Hans" else "/en"
    page.goto(f"{prefix}/accounts/login/")
    status = 0
    for _ in range(settings.AXES_FAILURE_LIMIT):
        page.locator("input[name=username]").fill(LOCKED_OUT.format(language=language.lower()))
        page.locator("input[name=password]").fill("not-the-password")
        with page.expect_navigation() as navigation:
            page.locator("main form button[type=submit]").click()
        status = navigation.value.status
        if status == settings.AXES_HTTP_RESPONSE_CODE:
            break
    return status


def test_every_main_page_in_both_languages(browser, live_server, screenshots):
    load_demo()
    world = build_world()
    report: dict[str, list[str]] = {}
    visited = []
    for language in LANGUAGES:
        # A browser set to the language (its date fields, its fonts), charts drawn at once.
        context = browser.new_context(
            base_url=live_server.url,
            locale=BROWSER_LOCALES[language],
            viewport=VIEWPORT,
            reduced_motion="reduce",
        )
        page = context.new_page()
        folder = screenshots / "pages" / language  # test-results/screenshots/<database>/pages/
        folder.mkdir(parents=True, exist_ok=True)
        for who, visits in plan(world, language).items():
            context.clear_cookies()
            if who:
                sign_in(page, world.users[who], live_server.url)
            for step in visits:
                problems = visit(page, step, language, folder)
                if problems:
                    report[f"{language} {step.name} ({who or 'signed out'}) {page.url}"] = problems
                visited.append((language, step.name))

        # The lockout page, after five wrong passwords.
        context.clear_cookies()
        status = lock_out(page, language)
        problems = [] if status == settings.AXES_HTTP_RESPONSE_CODE else [f"HTTP {status}"]
        with translation.override(language.lower()):
            if gettext("Too many sign-in attempts") not in page.locator("h1").inner_text():
                problems.append("not the lockout page")
        problems += check_page(page, "lockout", language, folder)
        if problems:
            report[f"{language} lockout {page.url}"] = problems
        visited.append((language, "lockout"))
        context.close()

    summary = "\n\n".join(
        f"{where}:\n" + "\n".join(f"  {line}" for p in problems for line in p.splitlines())
        for where, problems in report.items()
    )
    assert not report, f"{len(report)} of {len(visited)} pages have problems:\n\n{summary}"


BROKEN_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><title>Broken</title>
<style>a:focus, input:focus { outline: none; }</style></head>
<body>
<a href="#one">One</a> <a href="#two">Two</a>
<main>
    <h1>Broken</h1>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <form><input type="text" name="q"></form>
    <p style="color: #bbb; background: #fff">Grey on white</p>
    <p>欢迎来到图书馆</p>
    <p lang="zh-Hans">图书馆</p>
    <p>LI Yun (李赟) is on the desk.</p>
    <h1>And a second heading</h1>
</main>
</body>
</html>"""


def test_the_sweep_finds_what_is_wrong_on_a_broken_page(page, tmp_path):
    """The checks can fail: a page with known faults gets each of them reported."""
    page.set_content(BROKEN_PAGE)
    violations = {violation["id"]: violation for violation in axe_violations(page)}
    # An image without a text alternative, a field without a label, text too faint to read.
    assert {"image-alt", "label", "color-contrast"} <= violations.keys()
    assert violations["image-alt"]["impact"] == "critical"
    assert [node["target"] for node in violations["label"]["nodes"]] == ["input"]

    problems = check_page(page, "broken", "en", tmp_path)
    assert "html[lang] is 'fr', not 'en'" in problems
    assert "2 <h1> elements, not one" in problems
    unmarked = next(problem for problem in problems if "WCAG 3.1.2" in problem)
    assert unmarked.startswith("1 text(s) in another script without their lang")
    assert 'p "欢迎来到图书馆"' in unmarked
    axe_report = next(problem for problem in problems if problem.startswith("axe-core:"))
    assert "- image-alt (critical)" in axe_report
    assert "- label (critical)" in axe_report
    unfocused = [problem for problem in problems if "has no visible focus" in problem]
    assert [problem.split(" (")[0] for problem in unfocused][:3] == [
        "Tab stop 1",
        "Tab stop 2",
        "Tab stop 3",
    ]
    assert (tmp_path / "broken.png").stat().st_size > 0


FORGOTTEN_STRINGS = """<!DOCTYPE html>
<html lang="zh-Hans"><head><title>测试</title></head><body><main>
<h1>我的学习</h1>
<button type="submit">Save changes</button>
<p>记录人：张喆 (ZHANG Zhe)</p>
<p><span lang="en">LI Yun</span> · BJL0025 · CEFR B2 · PDF</p>
<input name="q" placeholder="Search by name">
<ul class="choices"><li><label>Your book is overdue.</label></li></ul>
</main></body></html>"""


def test_english_left_on_a_chinese_page_is_found(page):
    """The forgotten-string check: unmarked English is reported, names, codes and content not."""
    page.set_content(FORGOTTEN_STRINGS)
    assert english_on_a_chinese_page(page) == [
        'button "Save changes"',
        'input "[placeholder] Search by name"',
    ]
