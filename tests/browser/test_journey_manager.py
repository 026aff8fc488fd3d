"""A manager's journey in Chromium, in Chinese and in English: the team dashboard filtered to the
staff with a gap in one language, one of them, three of them assigned a course with a due date,
and the assignment on their own dashboards.

The world: ZHANG Zhe manages International Services (ISSS); the desk role asks for English B1
(spoken interaction) and A2 (reading) and intercultural communication 2 (tests/training/reports/
conftest.py), and here two more desk librarians join ISSS with no English or too little, and one
joins Circulation (another manager's department) with none.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext, ngettext
from playwright.sync_api import Page, expect

from tests.factories import make_staff
from tests.training.reports import conftest as reports
from training.competencies.services import competency_assess
from training.progress.models import Assignment

from .axe import assert_accessible
from .helpers import html_lang, sign_in, switch_language
from .test_dashboard_access import assert_charts_have_tables, assert_matrix_not_by_colour

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The team of the report tests (tests/training/reports/conftest.py): its fixtures, used here.
framework, team = reports.framework, reports.team

LANGUAGES = ["zh-Hans", "en"]
OTHER = {"zh-Hans": "en", "en": "zh-Hans"}


def tr(language: str, message: str, **values) -> str:
    with translation.override(language.lower()):
        text = gettext(message)
    return text % values if values else text


def url(language: str, name: str, *args) -> str:
    with translation.override(language.lower()):
        return reverse(name, args=args)


def names_in_matrix(page: Page) -> list[str]:
    return sorted(page.locator(".mx-table tbody th.mx-name span[lang='en']").all_inner_texts())


@pytest.fixture
def managed(team, courses) -> SimpleNamespace:
    """The team of tests/training/reports/conftest.py, plus three desk librarians."""
    org, f = team.org, team.framework
    wu = make_staff(org.isss_desk, name_zh="吴敏", name_latin="WU Min")  # no English at all
    zheng = make_staff(org.isss_visit, name_zh="郑浩然", name_latin="ZHENG Haoran")
    feng = make_staff(org.circ, name_zh="冯婷婷", name_latin="FENG Tingting")  # not his staff
    reports.give_role(f.desk, wu, zheng, feng)
    competency_assess(  # A2 overall: below the B1 the desk asks for in spoken interaction
        staff=zheng,
        competency=f.english,
        level=reports.A2,
        note="Reads well, speaks little.",
        actor=org.isss_manager.user,
    )
    return SimpleNamespace(
        org=org,
        framework=f,
        manager=org.isss_manager,
        wu=wu,
        zheng=zheng,
        feng=feng,
        # Gaps in English: SUN Yue (a quiz at A2; her B2 certificate has expired), WU Min
        # (nothing) and ZHENG Haoran (A2). LI Yun meets every requirement; ZHANG Zhe meets
        # English but has other gaps; FENG Tingting has the gap but is not his staff.
        english_gaps=sorted(["SUN Yue", "WU Min", "ZHENG Haoran"]),
        everyone=sorted(["LI Yun", "SUN Yue", "WU Min", "ZHANG Zhe", "ZHENG Haoran"]),
        course=courses.desk,
        course_en=courses.en.desk_english,
    )


def check_filtered_dashboard(page: Page, language: str, w: SimpleNamespace) -> None:
    """The dashboard in `language`, filtered to English gaps: the form and the rows."""
    assert html_lang(page) == language
    expect(page.locator("h1")).to_have_text(tr(language, "My team"))
    assert page.locator("select[name=competency]").input_value() == str(w.framework.english.pk)
    expect(page.locator("input[name=only_gaps]")).to_be_checked()
    assert names_in_matrix(page) == w.english_gaps
    # One column (English), and each row's cell is a gap: missing (✗) or below (↓).
    with translation.override(language.lower()):
        english = w.framework.english.name
    expect(page.locator(".mx-table thead th.mx-head")).to_have_text([english])
    statuses = page.locator(".mx-table tbody td.mx").evaluate_all(
        "cells => cells.map(cell => [...cell.classList].find(c => c.startsWith('mx--')))"
    )
    assert sorted(statuses) == ["mx--below", "mx--below", "mx--missing"], statuses
    with translation.override(language.lower()):
        count = ngettext("%(counter)s staff member", "%(counter)s staff members", 3) % {
            "counter": 3
        }
    expect(page.locator(".result-count")).to_have_text(count)


@pytest.mark.parametrize("language", LANGUAGES)
def test_manager_assigns_a_course_to_the_staff_with_a_language_gap(
    page, live_server, managed, language, screenshots
):
    w = managed
    other = OTHER[language]
    lang = language.lower()
    sign_in(page, w.manager.user, live_server.url)

    # The team dashboard: everyone he manages (himself included), nobody from Circulation.
    page.goto(url(language, "team-dashboard"))
    assert html_lang(page) == language
    expect(page.locator("h1")).to_have_text(tr(language, "My team"))
    assert names_in_matrix(page) == w.everyone
    assert_accessible(page)

    # Filter: English as the one column, only staff with gaps.
    with translation.override(lang):
        english_label = f"{w.framework.english.name} ({w.framework.english.code})"
    page.locator("select[name=competency]").select_option(label=english_label)
    page.locator("input[name=only_gaps]").check()
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    assert f"competency={w.framework.english.pk}" in page.url and "only_gaps=on" in page.url
    check_filtered_dashboard(page, language, w)
    assert_matrix_not_by_colour(page, language)

    # The other language and back: the same filter, the same rows, the page in that language.
    filtered_query = page.url.partition("?")[2]
    switch_language(page, other)
    check_filtered_dashboard(page, other, w)
    assert page.url.partition("?")[2] == filtered_query
    switch_language(page, language)
    check_filtered_dashboard(page, language, w)

    # Open SUN Yue: her name, her role, her levels as a radar and as a table.
    sun = w.org.visiting
    with page.expect_navigation():
        page.locator(".mx-table tbody th.mx-name a", has_text=sun.name_zh).click()
    expect(page).to_have_url(f"{live_server.url}{url(language, 'team-staff', sun.pk)}")
    expect(page.locator("h1.staff-heading span[lang='zh-Hans']")).to_have_text(sun.name_zh)
    expect(page.locator("h1.staff-heading span[lang='en']")).to_have_text(sun.name_latin)
    with translation.override(lang):
        role = w.framework.desk.name
        english = w.framework.english.name
        intercultural = w.framework.intercultural.name
    expect(page.locator(".facts")).to_contain_text(role)
    rows = page.locator("table.staff-levels tbody tr")
    expect(rows.locator("th")).to_have_text(
        [
            intercultural,
            f"{english} · {tr(language, 'Spoken interaction')}",
            f"{english} · {tr(language, 'Reading')}",
        ]
    )
    # Intercultural: nothing; English: A2 verified (the expired B2 does not count).
    expect(rows.locator("td.staff-level__current")).to_have_text(["—", "A2", "A2"])
    expect(rows.locator("td.staff-level__required")).to_have_text(["2", "B1", "A2"])
    expect(page.locator("canvas[data-radar-chart]")).to_have_attribute("data-radar-drawn", "true")
    assert_charts_have_tables(page, expected=1)
    assert_accessible(page)

    # Assign the desk English course to her and the two others with an English gap.
    with page.expect_navigation():
        page.locator(".staff-actions a.button", has_text=tr(language, "Assign courses")).click()
    expect(page.locator("h1")).to_have_text(tr(language, "Assign courses"))
    expect(page.locator(f"input[name=staff][value='{sun.pk}']")).to_be_checked()
    for person in (w.wu, w.zheng):
        page.locator(f"input[name=staff][value='{person.pk}']").check()
    # Circulation's FENG Tingting is not his to assign.
    expect(page.locator(f"input[name=staff][value='{w.feng.pk}']")).to_have_count(0)
    title = w.course.title if language == "zh-Hans" else w.course_en.title
    page.locator("fieldset.choices label", has_text=title).locator("input").check()
    due = timezone.localdate() + dt.timedelta(days=30)
    page.locator("input[name=due_date]").fill(due.isoformat())
    reason = "服务台英语未达要求" if language == "zh-Hans" else "English gap at the desk"
    page.locator("textarea[name=reason]").fill(reason)
    assert_accessible(page)
    with page.expect_navigation():
        page.locator("form.assign-form button[type=submit]").click()
    # Back on her page (the form's `next`), with the summary.
    expect(page).to_have_url(f"{live_server.url}{url(language, 'team-staff', sun.pk)}")
    summary = tr(language, "%(created)s assigned, %(updated)s updated", created=3, updated=0)
    expect(page.locator(".messages")).to_have_text(f"{summary}.")

    assignments = Assignment.objects.filter(course_key=w.course.translation_key)
    assert sorted(a.staff.name_latin for a in assignments) == w.english_gaps
    assert {(a.due_date, a.reason, a.assigned_by_id) for a in assignments} == {
        (due, reason, w.manager.user.pk)
    }
    assert Assignment.objects.count() == 3

    # Each of them sees it on their own dashboard, due on the date, written for the language.
    with translation.override(lang):
        due_text = formats.date_format(due, "DATE_FORMAT")
    for person in (sun, w.wu, w.zheng):
        page.context.clear_cookies()
        sign_in(page, person.user, live_server.url)
        page.goto(url(language, "learner-dashboard"))
        # Signed in as that person: the header names them (in the script of the language).
        expect(page.locator(".site-header .user-name")).to_have_text(
            person.name_zh if language == "zh-Hans" else person.name_latin
        )
        item = page.locator("#assigned .course-item")
        expect(item).to_have_count(1)
        expect(item.locator(".course-item__title")).to_have_text(title)
        expect(item.locator(".course-item__due")).to_have_text(f"{tr(language, 'Due')}: {due_text}")
        expect(item.locator(".course-item__due time")).to_have_attribute(
            "datetime", due.isoformat()
        )
        expect(item.locator(".course-item__reason")).to_have_text(
            f"{tr(language, 'Reason')}: {reason}"
        )
    page.screenshot(path=screenshots / f"journey-manager-{language}.png", full_page=True)
