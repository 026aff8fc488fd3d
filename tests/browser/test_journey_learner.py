"""The librarian's whole journey in Chromium, in Chinese and in English.

Li Yun (李赟) signs in through the form, finds 跨文化读者服务 / Serving readers across cultures
in the catalog with the topic filter, enrols, reads two lessons, passes the final quiz through
its form, sees the course completed, downloads the certificate (read back with pypdf) and opens
its public verify link. Half-way, on the quiz result, she switches language and back.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pypdf
import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext
from playwright.sync_api import Page, expect

from assessments.models import Attempt
from tests.pdfs import embedded_fonts
from tests.training.certificates.conftest import template  # noqa: F401  (the issuer's wording)
from training.certificates.models import Certificate
from training.progress.models import Enrolment, LessonProgress

from .axe import assert_accessible
from .helpers import html_lang, sign_in_with_form, switch_language

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

OTHER = {"zh-Hans": "en", "en": "zh-Hans"}
PREFIX = {"zh-Hans": "", "en": "/en"}


def tr(language: str, message: str, **values) -> str:
    """`message` as the site shows it in `language`, with its placeholders filled."""
    with translation.override(language):
        text = gettext(message)
    return text % values if values else text


def ntr(language: str, singular: str, plural: str, number: int, **values) -> str:
    with translation.override(language):
        return ngettext(singular, plural, number) % values


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def answer_by_label(page: Page, question: int, label: str) -> None:
    """Click the option of question `question` (1-based) whose label is `label`."""
    option = page.locator(f"#question-{question} .choices label").filter(
        has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")
    )
    expect(option).to_have_count(1)
    option.click()
    expect(option.locator("input")).to_be_checked()


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_learner_journey(
    page,
    live_server,
    learner,
    quiz_course,
    courses,
    catalog,
    template,  # noqa: F811  (the fixture imported above)
    language,
    screenshots,
):
    other = OTHER[language]
    prefix = PREFIX[language]
    course = quiz_course.zh if language == "zh-Hans" else quiz_course.en
    lessons = quiz_course.lessons if language == "zh-Hans" else quiz_course.lessons_en
    quiz = quiz_course.quiz if language == "zh-Hans" else quiz_course.quiz_en
    other_titles = (
        [courses.desk.title, courses.japanese.title, courses.ill.title]
        if language == "zh-Hans"
        else [courses.en.desk_english.title, courses.en.japanese.title]
        + [courses.en.international_ill.title]
    )
    cultural = courses.cultural if language == "zh-Hans" else courses.en.cross_cultural

    # Home, then the header's sign-in link and the form; back on the home page, signed in.
    page.goto(f"{prefix}/")
    assert html_lang(page) == language
    with page.expect_navigation():
        page.locator(".site-header__tools").get_by_role(
            "link", name=tr(language, "Sign in")
        ).click()
    expect(page.locator("main h1")).to_have_text(tr(language, "Sign in"))
    sign_in_with_form(page, learner.user.username)
    expect(page).to_have_url(f"{live_server.url}{prefix}/")
    # The header names her in the reader's script.
    expect(page.locator(".site-header .user-name")).to_have_text(
        "李赟" if language == "zh-Hans" else "LI Yun"
    )

    # The catalog from the main navigation: five courses; the topic filter leaves two.
    nav = page.locator(".site-nav")
    with page.expect_navigation():
        nav.get_by_role("link", name=tr(language, "Course catalog")).click()
    cards = page.locator(".course-card__title")
    expect(cards).to_have_count(5)
    page.locator("select[name=topic]").select_option("cultural")
    with page.expect_navigation():
        page.get_by_role("button", name=tr(language, "Show courses")).click()
    assert "topic=cultural" in page.url
    expect(page.locator("select[name=topic]")).to_have_value("cultural")
    expect(page.locator(".result-count")).to_have_text(
        ntr(language, "%(counter)s course", "%(counter)s courses", 2, counter=2)
    )
    expect(cards).to_have_count(2)
    assert sorted(cards.all_inner_texts()) == sorted([course.title, cultural.title])
    for title in other_titles:
        expect(page.locator(".catalog-results")).not_to_contain_text(title)
    # The language switch would keep the filter (the same list in the other language).
    other_catalog = (catalog.en if other == "en" else catalog.zh).url
    expect(page.locator(f".language-switch a[lang='{other}']")).to_have_attribute(
        "href", f"{other_catalog}?{page.url.partition('?')[2]}"
    )
    card = page.locator(".course-card").filter(has_text=course.title)
    expect(card).to_contain_text(tr(language, "Cultural awareness"))
    expect(card).to_contain_text(tr(language, "Not started"))
    assert_accessible(page)

    # The course, and enrolment: the first lesson opens.
    with page.expect_navigation():
        card.get_by_role("link", name=course.title).click()
    expect(page.locator("h1")).to_have_text(course.title)
    expect(page.locator(".course-action")).to_contain_text(tr(language, "Not started"))
    with page.expect_navigation():
        page.get_by_role("button", name=tr(language, "Enrol and start")).click()
    expect(page.locator(".messages")).to_contain_text(
        tr(language, "You are enrolled in “%(course)s”.", course=course.title)
    )

    # Two lessons: "Mark complete" goes on to the next; the progress follows.
    for number, lesson in enumerate(lessons, 1):
        expect(page).to_have_url(f"{live_server.url}{lesson.url}")
        expect(page.locator("h1")).to_have_text(lesson.title)
        expect(page.locator(".lesson__position")).to_have_text(
            tr(language, "Lesson %(number)s of %(total)s", number=number, total=2)
        )
        expect(page.locator("#lesson-progress-label")).to_have_text(
            tr(
                language,
                "%(done)s of %(total)s required lessons completed",
                done=number - 1,
                total=2,
            )
        )
        with page.expect_navigation():
            page.get_by_role("button", name=tr(language, "Mark complete")).click()
        expect(page.locator(".messages")).to_contain_text(tr(language, "Lesson complete."))
    # The last lesson comes back completed; the course still waits for its quiz.
    expect(page).to_have_url(f"{live_server.url}{lessons[-1].url}")
    expect(page.locator(".lesson__completed")).to_contain_text(tr(language, "Completed"))
    expect(page.locator("#lesson-progress-label")).to_have_text(
        tr(language, "%(done)s of %(total)s required lessons completed", done=2, total=2)
    )
    with page.expect_navigation():
        page.locator(".lesson-pager__next").click()
    expect(page.locator("h1")).to_have_text(course.title)
    expect(page.locator(".course-action .course-status__state")).to_have_text(
        tr(language, "In progress: %(percent)s%% done", percent=66)
    )
    expect(page.locator("progress[aria-labelledby=course-progress-label]")).to_have_attribute(
        "value", "2"
    )

    # The quiz: its overview, an attempt answered through the form, and the result.
    quizzes = page.locator("section[aria-labelledby=quizzes-heading]")
    expect(quizzes).not_to_contain_text(tr(language, "Passed"))
    with page.expect_navigation():
        quizzes.get_by_role("link", name=quiz.title).click()
    expect(page.locator("h1")).to_have_text(quiz.title)
    expect(page.locator(".quiz .facts")).to_contain_text("60 %")
    with page.expect_navigation():
        page.get_by_role("button", name=tr(language, "Start the quiz")).click()
    expect(page.locator(".question")).to_have_count(3)
    answer_by_label(page, 1, "Mr Zhang")
    for label in ("Good morning", "How can I help you?"):
        answer_by_label(page, 2, label)
    answer_by_label(page, 3, tr(language, "True"))
    # The answers are saved as she goes.
    expect(page.locator(".quiz-form__status")).to_contain_text(tr(language, "Saved"))
    assert_accessible(page)
    with page.expect_navigation():
        page.get_by_role("button", name=tr(language, "Submit and finish")).click()
    result_url = page.url
    expect(page.locator("h1")).to_have_text(tr(language, "Attempt %(number)s: result", number=1))
    result = page.locator(".result .facts")
    expect(result).to_contain_text(
        tr(language, "%(score)s of %(max)s (%(percent)s %%)", score=3, max=3, percent=100)
    )
    expect(page.locator(".result__verdict")).to_have_text(tr(language, "Passed"))
    expect(page.locator(".question--right")).to_have_count(3)

    # The language switch on the result page: the same attempt, in the other language.
    switch_language(page, other)
    other_quiz = quiz_course.quiz_en if other == "en" else quiz_course.quiz
    expect(page).to_have_url(re.compile(rf"{re.escape(other_quiz.url)}attempts/1/review/?$"))
    expect(page.locator("h1")).to_have_text(tr(other, "Attempt %(number)s: result", number=1))
    expect(page.locator(".breadcrumb")).to_contain_text(other_quiz.title)
    expect(page.locator(".result__verdict")).to_have_text(tr(other, "Passed"))
    switch_language(page, language)
    assert page.url == result_url
    expect(page.locator("h1")).to_have_text(tr(language, "Attempt %(number)s: result", number=1))
    expect(page.locator(".result__verdict")).to_have_text(tr(language, "Passed"))

    # Back to the course: completed, the quiz passed.
    with page.expect_navigation():
        page.locator(".result").get_by_role("link", name=tr(language, "Back to the course")).click()
    expect(page.locator("h1")).to_have_text(course.title)
    expect(page.locator(".course-action .course-status__state")).to_have_text(
        re.compile(rf"^\s*✓\s*{re.escape(tr(language, 'Completed'))}\s*$")
    )
    expect(quizzes.locator(".lesson-list__done")).to_have_text(tr(language, "Passed"))

    # My learning: the course is in "Completed", not "In progress".
    with page.expect_navigation():
        nav.get_by_role("link", name=tr(language, "My learning")).click()
    expect(page).to_have_url(f"{live_server.url}{prefix}/me/")
    expect(page.locator("#completed .course-item__title")).to_have_text([course.title])
    expect(page.locator("#in-progress")).not_to_contain_text(course.title)

    # My certificates: the one the completion issued.
    certificate = Certificate.objects.get(staff=learner)
    with page.expect_navigation():
        page.get_by_role("link", name=tr(language, "My certificates")).click()
    cards = page.locator(".certificate-card")
    expect(cards).to_have_count(1)
    expect(cards).to_contain_text(certificate.formatted_code)
    with translation.override(language):
        valid = str(certificate.status.label)
    expect(cards.locator(".badge--valid")).to_have_text(valid)
    assert_accessible(page)

    # The PDF, downloaded as a file and read back.
    with page.expect_download() as download_info:
        cards.get_by_role("link", name=tr(language, "Download PDF")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    data = Path(download.path()).read_bytes()
    pdf = pypdf.PdfReader(io.BytesIO(data))
    assert len(pdf.pages) == 1
    text = squeeze(pdf.pages[0].extract_text())
    assert "李赟" in text
    assert "LIYun" in text
    assert squeeze(certificate.formatted_code) in text
    # The course as she completed it first, the other language's title under it.
    title, other_title = (
        squeeze(course.title),
        squeeze((quiz_course.en if language == "zh-Hans" else quiz_course.zh).title),
    )
    assert title in text and other_title in text
    assert text.index(title) < text.index(other_title), text
    # Every font embedded, and the Chinese name drawn with real glyphs (not empty boxes).
    fonts = embedded_fonts(data)
    assert fonts and all(font.program for font in fonts), [font.name for font in fonts]
    for char in "李赟":
        assert any(font.glyph_has_outline(char) for font in fonts if char in font.cids), char

    # The verify link: public, valid, the holder and the course.
    with page.expect_navigation():
        cards.get_by_role("link", name=tr(language, "Verify page")).click()
    expect(page.locator("h1")).to_have_text(tr(language, "Certificate verification"))
    badge = page.locator(".verify-badge")
    expect(badge).to_have_attribute("data-status", "valid")
    expect(badge).to_have_text(valid)
    expect(page.locator(".verify-holder")).to_contain_text("李赟")
    expect(page.locator(".verify-holder")).to_contain_text("LI Yun")
    expect(page.locator(".verify-facts")).to_contain_text(course.title)
    expect(page.locator(".verify-facts")).to_contain_text(certificate.formatted_code)
    expect(page.locator(".verify-facts")).to_contain_text(
        template.issuer_zh if language == "zh-Hans" else template.issuer_en
    )
    # The file she downloaded is the one the library keeps: its checksum is on the verify page.
    expect(page.locator("#pdf-sha256")).to_have_text(hashlib.sha256(data).hexdigest())
    assert_accessible(page)
    page.screenshot(path=screenshots / f"journey-learner-{language}.png", full_page=True)

    # The database: one completed enrolment, in this language, and one certificate for it.
    enrolment = Enrolment.objects.get(staff=learner, course_key=course.translation_key)
    assert enrolment.completed_at is not None
    assert enrolment.completed_locale == ("zh-hans" if language == "zh-Hans" else "en")
    assert (
        LessonProgress.objects.filter(enrolment=enrolment, completed_at__isnull=False).count() == 3
    )
    attempt = Attempt.objects.get(staff=learner, quiz_key=quiz.translation_key)
    assert attempt.passed and attempt.percent == 100
    assert Certificate.objects.filter(staff=learner).count() == 1
    assert certificate.enrolment_id == enrolment.pk
    assert certificate.course_title == course.title
    assert certificate.holder_name_zh == "李赟" and certificate.holder_name_latin == "LI Yun"
