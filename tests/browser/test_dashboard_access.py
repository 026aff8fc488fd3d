"""The team dashboard without a mouse, without colour and without seeing the charts.

- keyboard only: Tab to the filters, change them with keys, submit, and go on to a staff
  member's page, with the focus visible at every stop;
- colour is never the only signal in the competency matrix: every coloured cell carries its
  marker (✓ ↓ ✗ –, hidden from screen readers) and a visually hidden text that says the same,
  and the legend explains each marker;
- every chart has a table alternative with the same values as the data the chart is drawn from
  (the JSON beside the canvas compared with the table's cells), on every page a manager, a
  learner or HR reads.

The helpers `assert_matrix_not_by_colour` and `assert_charts_have_tables` are used by the
manager's journey too.
"""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from tests.training.reports import conftest as reports
from training.competencies.levels import CEFR_ORDER
from training.competencies.rules import Status
from training.reports.matrix import MARKERS

from .axe import assert_accessible
from .helpers import (
    DESCRIBE_FOCUS,
    focus_is_visible,
    focus_style,
    matches,
    press_and_wait,
    sign_in,
    tab_to,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The team of the report tests (tests/training/reports/conftest.py): its fixtures, used here.
framework, team = reports.framework, reports.team

# What each status of a cell says to a screen reader (matrix.CellRenderer) and in the legend.
EXPLANATIONS = {
    Status.MEETS: "meets the requirement (%(required)s)",
    Status.BELOW: "below the requirement (%(required)s)",
    Status.MISSING: "no verified level; required %(required)s",
    Status.NOT_REQUIRED: "not required for this role",
}
LEGEND = {
    Status.MEETS: "Meets the role's requirement",
    Status.BELOW: "Below the requirement",
    Status.MISSING: "Required, no verified level",
    Status.NOT_REQUIRED: "Not required for the role",
}

MATRIX_CELLS = """() => [...document.querySelectorAll(".mx-table td.mx")].map(cell => {
    const mark = cell.querySelector(".mx__mark");
    const hidden = cell.querySelector(".visually-hidden");
    const style = hidden ? getComputedStyle(hidden) : null;
    return {
        status: [...cell.classList].find(c => c.startsWith("mx--")).slice(4),
        background: getComputedStyle(cell).backgroundColor,
        mark: mark ? mark.textContent : null,
        markHidden: mark ? mark.getAttribute("aria-hidden") : null,
        level: (cell.querySelector(".mx__level") || {}).textContent || "",
        hidden: hidden ? hidden.textContent : null,
        hiddenShown: style ? style.display !== "none" && style.visibility !== "hidden" : false,
    };
})"""

LEGEND_ITEMS = """() => [...document.querySelectorAll(".mx-legend li")].map(item => {
    const swatch = item.querySelector(".mx");
    return {
        status: swatch ? [...swatch.classList].find(c => c.startsWith("mx--")).slice(4) : "",
        mark: swatch ? swatch.textContent.trim() : "",
        text: item.textContent.replace(/\\s+/g, " ").trim(),
    };
})"""

CHARTS = """() => [...document.querySelectorAll("canvas")].map(canvas => {
    const source = document.getElementById(canvas.dataset.radarChart || "");
    const scope = canvas.closest("section") || document;
    const tables = [...scope.querySelectorAll("table")].map(table => ({
        caption: (table.querySelector("caption") || {}).textContent || "",
        headers: [...table.querySelectorAll("thead th")].map(th => th.textContent.trim()),
        rows: [...table.querySelectorAll("tbody tr")].map(tr => ({
            header: (tr.querySelector("th[scope=row]") || {}).textContent || "",
            cells: [...tr.querySelectorAll("td")].map(td => td.textContent.trim()),
        })),
    }));
    return {
        data: source ? source.textContent : null,
        hidden: canvas.getAttribute("aria-hidden"),
        tables,
    };
})"""


def tr(language: str, message: str) -> str:
    with translation.override(language.lower()):
        return gettext(message)


def static_parts(template: str) -> list[str]:
    """The words of a translated message around its %(name)s placeholders."""
    return [part.strip() for part in re.split(r"%\(\w+\)s", template) if part.strip()]


def share_of_scale(label: str) -> float | None:
    """The radar's value of a level as the table writes it: a share of its scale, 0-100."""
    if not label or label == "—":
        return None
    if label in CEFR_ORDER:
        return round(100 * (CEFR_ORDER.index(label) + 1) / len(CEFR_ORDER), 1)
    return round(100 * int(label) / 5, 1)


def assert_matrix_not_by_colour(page: Page, language: str) -> None:
    """Each coloured cell of the matrix has its marker and a text saying the same, and the
    legend names each marker; the colours do differ (so this is what colour adds to)."""
    cells = page.evaluate(MATRIX_CELLS)
    assert cells, f"no matrix cells on {page.url}"
    explanations = {status: tr(language, text) for status, text in EXPLANATIONS.items()}
    backgrounds = {}
    for cell in cells:
        status = Status(cell["status"])
        backgrounds.setdefault(status, set()).add(cell["background"])
        assert cell["mark"] == MARKERS[status], cell
        assert cell["markHidden"] == "true", cell  # read out as the text instead
        assert cell["hidden"] and cell["hiddenShown"], f"a cell with no text alternative: {cell}"
        for part in static_parts(explanations[status]):
            assert part in cell["hidden"], f"{part!r} not in the cell's text: {cell}"
        if status in (Status.MEETS, Status.BELOW):
            assert cell["level"], f"a level compared with the requirement, not shown: {cell}"
    # One colour per status, a different one for each: colour adds to the marker and text.
    assert all(len(values) == 1 for values in backgrounds.values()), backgrounds
    colours = [next(iter(values)) for values in backgrounds.values()]
    assert len(set(colours)) == len(colours), f"statuses share a colour: {backgrounds}"

    items = page.evaluate(LEGEND_ITEMS)
    by_status = {item["status"]: item for item in items if item["status"]}
    assert set(by_status) == {status.value for status in Status}, items
    for status, text in LEGEND.items():
        item = by_status[status.value]
        assert item["mark"] == MARKERS[status], item
        assert item["text"] == f"{MARKERS[status]} {tr(language, text)}", item
    expect(page.locator(".mx-legend__title")).to_have_text(tr(language, "Key"))


def assert_charts_have_tables(page: Page, *, expected: int | None = None) -> None:
    """Every canvas is hidden from screen readers and drawn from JSON whose every spoke and
    value is in a table beside it: the spoke labels are the row headers, and each series'
    levels (and the shares of the scale drawn from them) are the table's next columns."""
    charts = page.evaluate(CHARTS)
    if expected is not None:
        assert len(charts) == expected, f"{len(charts)} charts on {page.url}, not {expected}"
    for chart in charts:
        assert chart["hidden"] == "true", chart
        assert chart["data"], f"a chart on {page.url} without its data"
        data = json.loads(chart["data"])
        labels = data["labels"]
        tables = [
            table
            for table in chart["tables"]
            if [" ".join(row["header"].split()) for row in table["rows"]] == labels
        ]
        assert tables, f"no table has the rows {labels} of the chart on {page.url}: {chart}"
        table = tables[0]
        assert table["caption"].strip(), table
        for column, series in enumerate(data["series"]):
            levels = [row["cells"][column] for row in table["rows"]]
            assert levels == [level or "—" for level in series["levels"]], (series, table)
            assert series["data"] == [share_of_scale(level) for level in levels], (series, levels)


def tab_showing_focus(page: Page, selector: str, max_tabs: int = 80) -> None:
    """Tab until an element matching `selector` has the focus; every element on the way
    must show that it has the focus, not only the last one."""
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        where = page.evaluate(DESCRIBE_FOCUS)
        assert where != "(body)", f"the focus left the page before {selector!r}"
        assert focus_is_visible(page), f"no visible focus on {where}: {focus_style(page)}"
        if matches(selector)(page):
            return
    pytest.fail(f"{selector!r} not reached in {max_tabs} Tabs on {page.url}")


# --- the tests --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_the_team_dashboard_with_the_keyboard_alone(page, live_server, team, language):
    org, f = team.org, team.framework
    lang = language.lower()
    with translation.override(lang):
        dashboard = reverse("team-dashboard")
        staff_page = reverse("team-staff", args=[org.visiting.pk])
    sign_in(page, org.isss_manager.user, live_server.url)
    page.goto(dashboard)
    expect(page.locator(".mx-table tbody tr")).to_have_count(3)  # ZHANG Zhe, LI Yun, SUN Yue

    # The competency filter: English, chosen with the arrow keys.
    tab_showing_focus(page, "select[name=competency]")
    for _ in range(10):
        if page.evaluate("document.activeElement.value") == str(f.english.pk):
            break
        page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == str(f.english.pk)
    # "Only staff with gaps", ticked with the space bar.
    tab_showing_focus(page, "input[name=only_gaps]")
    page.keyboard.press("Space")
    expect(page.locator("input[name=only_gaps]")).to_be_checked()
    tab_showing_focus(page, "form.filters button[type=submit]")
    press_and_wait(page)
    assert f"competency={f.english.pk}" in page.url and "only_gaps=on" in page.url
    # SUN Yue alone has an English gap (LI Yun and ZHANG Zhe meet English).
    names = page.locator(".mx-table tbody th.mx-name span[lang='en']")
    expect(names).to_have_text([org.visiting.name_latin])

    # The matrix scrolls in a region that takes the focus (to scroll it with the arrows).
    tab_showing_focus(page, ".mx-scroll")
    # On to SUN Yue's page, from her name in the matrix.
    tab_showing_focus(page, f".mx-table th.mx-name a[href='{staff_page}']")
    press_and_wait(page)
    expect(page).to_have_url(f"{live_server.url}{staff_page}")
    expect(page.locator("h1.staff-heading span[lang='en']")).to_have_text(org.visiting.name_latin)
    # Her page goes on from there: the skip link, then the way back to the team.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    assert focus_is_visible(page)
    tab_to(page, tr(language, "Assign courses"))


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_colour_is_never_the_only_signal_in_the_matrix(page, live_server, team, language):
    org = team.org
    with translation.override(language.lower()):
        dashboard = reverse("team-dashboard")
    # HR sees everyone: every status appears (meets, below, missing, not required).
    sign_in(page, org.hr.user, live_server.url)
    page.goto(dashboard)
    statuses = set(
        page.locator(".mx-table td.mx").evaluate_all(
            "cells => cells.map(c => [...c.classList].find(n => n.startsWith('mx--')))"
        )
    )
    assert statuses == {f"mx--{status.value}" for status in Status}, statuses
    assert_matrix_not_by_colour(page, language)
    assert_accessible(page)

    # The staff page's statuses: a symbol hidden from screen readers, and the words.
    page.goto(reverse("team-staff", args=[org.visiting.pk]))
    for status in page.locator(".status").all():
        symbol = status.locator("[aria-hidden=true]")
        expect(symbol).to_have_count(1)
        words = status.inner_text().replace(symbol.inner_text(), "", 1).strip()
        assert words, f"a status with a symbol only: {status.inner_html()}"


def test_every_chart_has_a_table_with_its_values(page, live_server, team):
    org = team.org
    sign_in(page, org.hr.user, live_server.url)
    # The radar of each staff member with levels or requirements, in both languages.
    for person in (org.learner, org.visiting, org.isss_manager, org.circ_staff):
        for language in ("zh-hans", "en"):
            with translation.override(language):
                page.goto(reverse("team-staff", args=[person.pk]))
            expect(page.locator("canvas[data-radar-chart]")).to_have_attribute(
                "data-radar-drawn", "true"
            )
            assert_charts_have_tables(page, expected=1)
    # The other pages of managers and HR have no chart without its table.
    for name in ("team-dashboard", "team-languages", "hr-register", "hr-summaries"):
        page.goto(reverse(name))
        assert_charts_have_tables(page)
    # Nor the learner's own competency page.
    page.context.clear_cookies()
    sign_in(page, org.learner.user, live_server.url)
    page.goto(reverse("my-competencies"))
    expect(page.locator("h1")).to_be_visible()
    assert_charts_have_tables(page)
