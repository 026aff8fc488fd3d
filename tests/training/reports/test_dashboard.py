"""/team/: the matrix (rows, columns, cells), its filters, the CSV export, the panels and
language coverage; what each role may see."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import make_staff
from tests.formatting import short_date
from training.people.models import AuditEntry, StaffProfile
from training.progress.models import Assignment
from training.progress.services import assignment_create

from .conftest import give_role

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def columns(page: BeautifulSoup) -> list[str]:
    return [th.get_text(strip=True) for th in page.select("table.mx-table thead th.mx-head")]


def matrix(page: BeautifulSoup) -> dict[str, list[tuple[str, str, str]]]:
    """{Chinese name: [(status, level shown, marker), ...] per column}."""
    found = {}
    for tr in page.select("table.mx-table tbody tr"):
        name = tr.select_one("th[scope=row] span[lang=zh-Hans]")
        if name is None:
            continue
        found[name.get_text(strip=True)] = [
            (
                next(c for c in td["class"] if c.startswith("mx--"))[4:],
                td.select_one(".mx__level").get_text(strip=True),
                td.select_one(".mx__mark").get_text(strip=True),
            )
            for td in tr.select("td.mx")
        ]
    return found


def names(page: BeautifulSoup) -> list[str]:
    return list(matrix(page))


# --- who sees what ---------------------------------------------------------------------------


def test_manager_sees_only_their_subtree_and_themself(client, team):
    org = team.org
    client.force_login(org.isss_manager.user)
    page = soup(client.get("/en/team/"))
    # Unit path order (isss, isss-desk, isss-visit), then name.
    assert names(page) == ["张喆", "李赟", "孙玥"]
    html = str(page)
    assert "钱昇" not in html and "赵堃" not in html and "周珺" not in html
    # Each name links to the staff page of the team pages.
    link = page.select_one("table.mx-table tbody th[scope=row] a")
    assert link["href"] == f"/en/team/staff/{org.isss_manager.pk}/"


def test_hr_sees_every_unit(client, team):
    org = team.org
    client.force_login(org.hr.user)
    assert set(names(soup(client.get("/en/team/")))) == {
        "周珺",
        "吴祎",
        "张喆",
        "赵堃",
        "李赟",
        "孙玥",
        "钱昇",
    }


@pytest.mark.parametrize("who", ["learner", "editor"])
def test_learners_and_editors_get_403(client, team, who):
    client.force_login(getattr(team.org, who).user)
    for url in ("/team/", "/team/matrix.csv", "/team/languages/"):
        assert client.get(url).status_code == 403


def test_anonymous_is_sent_to_sign_in(client, team):
    for url in ("/team/", "/team/matrix.csv", "/team/languages/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(f"/accounts/login/?next={url}")


def test_forged_org_unit_shows_an_error_and_no_rows(client, team):
    org = team.org
    client.force_login(org.isss_manager.user)
    response = client.get("/en/team/", {"org_unit": org.circ.pk})
    page = soup(response)
    assert names(page) == []
    assert "Select a valid choice" in page.select_one(".field--error").get_text()
    assert "钱昇" not in str(page)
    # The CSV of a forged filter has the header only.
    exported = client.get("/en/team/matrix.csv", {"org_unit": org.circ.pk})
    assert exported.content.decode("utf-8-sig").strip().count("\n") == 0


def test_org_unit_filter_takes_the_subtree(client, team):
    org = team.org
    client.force_login(org.hr.user)
    assert names(soup(client.get("/en/team/", {"org_unit": org.isss.pk}))) == [
        "张喆",
        "李赟",
        "孙玥",
    ]
    assert names(soup(client.get("/en/team/", {"org_unit": org.isss_visit.pk}))) == ["孙玥"]


# --- the cells -------------------------------------------------------------------------------


def test_columns_are_the_required_competencies_in_framework_order(client, team):
    client.force_login(team.org.isss_manager.user)
    # Japanese is required by no role: no column.
    assert columns(soup(client.get("/en/team/"))) == [
        "Intercultural communication",
        "International interlibrary loan",
        "English",
    ]


def test_cells_show_level_and_status_against_the_persons_role(client, team):
    client.force_login(team.org.isss_manager.user)
    page = soup(client.get("/en/team/"))
    assert matrix(page) == {
        # ISSS librarian: intercultural 3 (none), interlibrary loan 2 (has 1), English B2.
        "张喆": [("missing", "", "✗"), ("below", "1", "↓"), ("meets", "B2", "✓")],
        # Desk: intercultural 2 (manager's 2), no interlibrary loan needed, English B1
        # interaction (course B1, self-assessed C1 not counted).
        "李赟": [("meets", "2", "✓"), ("none", "", "–"), ("meets", "B1", "✓")],
        # Desk: quiz A2 below B1 in spoken interaction; the expired B2 certificate no longer
        # counts; nothing intercultural.
        "孙玥": [("missing", "", "✗"), ("none", "", "–"), ("below", "A2", "↓")],
    }
    # Colour is never the only signal: hidden text says what the marker means.
    sun = page.select("table.mx-table tbody tr")[2]
    english = sun.select("td.mx")[2]
    assert english.select_one(".mx__mark")["aria-hidden"] == "true"
    assert english.select_one(".visually-hidden").get_text() == (
        ", below the requirement (B1 (Spoken interaction), A2 (Reading))"
    )
    legend = page.select_one(".mx-legend").get_text(" ", strip=True)
    for text in ("✓ Meets", "↓ Below", "✗ Required, no verified level", "– Not required"):
        assert text in legend


def test_a_language_known_in_some_skills_shows_the_known_level_marked(client, team):
    """Staff without a role have no requirements; a language assessed in one skill only has no
    overall level yet: the cell shows the known level with an asterisk."""
    from training.competencies.services import competency_assess

    org, f = team.org, team.framework
    competency_assess(
        staff=org.visiting,
        competency=f.japanese,
        level=4,
        skill="interaction",
        note="Spoke with the exchange students.",
        actor=org.isss_manager.user,
    )
    client.force_login(org.isss_manager.user)
    page = soup(client.get("/en/team/", {"competency": f.japanese.pk}))
    assert columns(page) == ["Japanese"]
    cells = matrix(page)
    assert cells["孙玥"] == [("none", "B2*", "–")]
    assert cells["李赟"] == [("none", "", "–")]  # self-assessed B2 only: not counted


def test_competency_filter_narrows_the_columns_only(client, team):
    client.force_login(team.org.isss_manager.user)
    page = soup(client.get("/en/team/", {"competency": team.framework.english.pk}))
    assert columns(page) == ["English"]
    assert matrix(page) == {
        "张喆": [("meets", "B2", "✓")],
        "李赟": [("meets", "B1", "✓")],
        "孙玥": [("below", "A2", "↓")],
    }


# --- only gaps, overdue ----------------------------------------------------------------------


def test_only_gaps_keeps_staff_with_an_unmet_requirement(client, team):
    client.force_login(team.org.isss_manager.user)
    assert names(soup(client.get("/en/team/", {"only_gaps": "on"}))) == ["张喆", "孙玥"]
    # With one competency: gaps in that competency.
    english = team.framework.english.pk
    assert names(soup(client.get("/en/team/", {"only_gaps": "on", "competency": english}))) == [
        "孙玥"
    ]


def test_overdue_keeps_staff_with_an_overdue_open_assignment(client, team, courses):
    org = team.org
    built = courses.course("cultural-basics", title_zh="跨文化基础", title_en="Cultural basics")
    today = timezone.localdate()
    late = assignment_create(
        staff=org.learner,
        course=built.zh,
        due_date=today + dt.timedelta(days=3),
        assigned_by=org.isss_manager.user,
    )
    assignment_create(
        staff=org.visiting,
        course=built.zh,
        due_date=today + dt.timedelta(days=5),
        assigned_by=org.isss_manager.user,
    )
    # Time passes: the learner's assignment is now 4 days late.
    Assignment.objects.filter(pk=late.pk).update(due_date=today - dt.timedelta(days=4))
    client.force_login(org.isss_manager.user)
    page = soup(client.get("/en/team/", {"overdue": "on"}))
    assert names(page) == ["李赟"]

    # The panels: overdue (days late, title in the active language), due soon.
    overdue = page.select_one("section[aria-labelledby=overdue-heading]")
    assert "(1)" in overdue.h2.get_text()
    row = overdue.select_one("tbody tr").get_text(" ", strip=True)
    assert "李赟" in row and "Cultural basics" in row and "4 days" in row
    soon = page.select_one("section[aria-labelledby=soon-heading]")
    soon_row = soon.select_one("tbody tr").get_text(" ", strip=True)
    assert "孙玥" in soon_row and "Cultural basics" in soon_row
    # In Chinese, the Chinese title.
    zh = soup(client.get("/team/"))
    assert "跨文化基础" in zh.select_one("section[aria-labelledby=overdue-heading]").get_text()


def test_panels_show_only_visible_staff_and_are_capped(client, team, courses):
    org = team.org
    built = courses.course("desk-english", title_en="Desk English")
    today = timezone.localdate()
    extra = [
        make_staff(org.isss_desk, name_zh=f"员工{i}", name_latin=f"STAFF {i}") for i in range(11)
    ]
    for person in [*extra, org.circ_staff]:
        manager = org.circ_manager if person == org.circ_staff else org.isss_manager
        assignment_create(
            staff=person,
            course=built.zh,
            due_date=today + dt.timedelta(days=1),
            assigned_by=manager.user,
        )
    Assignment.objects.update(due_date=today - dt.timedelta(days=1))
    client.force_login(org.isss_manager.user)
    overdue = soup(client.get("/en/team/")).select_one("section[aria-labelledby=overdue-heading]")
    assert "(11)" in overdue.h2.get_text()
    assert len(overdue.select("tbody tr")) == 10
    assert "and 1 more" in overdue.get_text()
    assert "钱昇" not in overdue.get_text()


def test_expiring_certificates_panel(client, team, courses, complete):
    org = team.org
    built = courses.course("short-lived", lessons=("one",), title_en="Short-lived course")
    built.zh.certificate_validity_months = 1
    built.zh.save_revision().publish()
    certificate = complete(org.learner, built)
    other = complete(org.circ_staff, built)
    assert certificate.expires_on is not None and other.expires_on is not None
    client.force_login(org.isss_manager.user)
    panel = soup(client.get("/en/team/")).select_one("section[aria-labelledby=expiring-heading]")
    text = panel.get_text(" ", strip=True)
    assert "(1)" in text
    assert "李赟" in text and short_date(certificate.expires_on) in text
    assert "钱昇" not in text


# --- pagination ------------------------------------------------------------------------------


def test_rows_per_page(client, team):
    org = team.org
    for i in range(55):
        make_staff(org.isss_desk, name_zh=f"员工{i:02d}", name_latin=f"STAFF {i:02d}")
    client.force_login(org.isss_manager.user)
    assert len(names(soup(client.get("/en/team/")))) == 58  # 100 a page by default
    first = soup(client.get("/en/team/", {"per_page": "50"}))
    assert len(names(first)) == 50
    second = soup(client.get("/en/team/", {"per_page": "50", "page": "2"}))
    assert len(names(second)) == 8
    bad = soup(client.get("/en/team/", {"per_page": "100000"}))
    assert names(bad) == []
    assert bad.select_one(".field--error")


def test_staff_who_left_are_left_out_unless_asked_for(client, team):
    org = team.org
    StaffProfile.objects.filter(pk=org.visiting.pk).update(is_active=False)
    client.force_login(org.isss_manager.user)
    assert names(soup(client.get("/en/team/"))) == ["张喆", "李赟"]
    assert names(soup(client.get("/en/team/", {"include_inactive": "on"}))) == [
        "张喆",
        "李赟",
        "孙玥",
    ]


# --- CSV -------------------------------------------------------------------------------------


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_is_what_is_shown(client, team):
    org = team.org
    client.force_login(org.isss_manager.user)
    response = client.get("/en/team/matrix.csv")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="team-competencies-{today}.csv"'
    )
    rows = read_csv(response)
    assert rows[0] == [
        "Staff number",
        "Name (Chinese)",
        "Name (Latin letters)",
        "Org unit",
        "Job role",
        "Intercultural communication (intercultural): level",
        "Intercultural communication (intercultural): status",
        "International interlibrary loan (intl-ill): level",
        "International interlibrary loan (intl-ill): status",
        "English (english): level",
        "English (english): status",
    ]
    assert rows[1:] == [
        [
            org.isss_manager.staff_number,
            "张喆",
            "ZHANG Zhe",
            "International Services",
            "ISSS librarian",
            "",
            "missing",
            "1",
            "below",
            "B2",
            "meets",
        ],
        [
            org.learner.staff_number,
            "李赟",
            "LI Yun",
            "Isss-Desk",
            "Desk librarian",
            "2",
            "meets",
            "",
            "not required",
            "B1",
            "meets",
        ],
        [
            org.visiting.staff_number,
            "孙玥",
            "SUN Yue",
            "Isss-Visit",
            "Desk librarian",
            "",
            "missing",
            "",
            "not required",
            "A2",
            "below",
        ],
    ]
    entry = AuditEntry.objects.get(action="team.matrix_export")
    assert entry.actor == org.isss_manager.user
    assert entry.data["staff"] == 3


def test_csv_follows_the_filter_over_every_page_and_neutralises_formulas(client, team):
    org = team.org
    for i in range(3):
        make_staff(org.isss_desk, name_zh=f"员工{i}", name_latin=f"STAFF {i}")
    hostile = make_staff(org.isss_desk, name_zh="王芳", name_latin="=HYPERLINK(1)")
    give_role(team.framework.desk, hostile)
    client.force_login(org.isss_manager.user)
    query = {"org_unit": org.isss_desk.pk, "competency": team.framework.english.pk}
    shown = names(soup(client.get("/en/team/", {**query, "per_page": "50", "page": "1"})))
    rows = read_csv(client.get("/en/team/matrix.csv", {**query, "per_page": "50", "page": "1"}))
    assert [row[1] for row in rows[1:]] == shown
    assert len(rows[0]) == 5 + 2
    assert rows[0][5:] == ["English (english): level", "English (english): status"]
    hostile_row = next(row for row in rows if row[1] == "王芳")
    assert hostile_row[2] == "'=HYPERLINK(1)"
    assert hostile_row[5:] == ["", "missing"]
    # Chinese survives the round trip.
    assert "李赟" in shown and any(row[1] == "李赟" for row in rows)


def test_csv_only_gaps_matches_the_page(client, team):
    client.force_login(team.org.isss_manager.user)
    rows = read_csv(client.get("/team/matrix.csv", {"only_gaps": "on"}))
    assert [row[1] for row in rows[1:]] == ["张喆", "孙玥"]


# --- language coverage -----------------------------------------------------------------------


def coverage(page: BeautifulSoup, table_id: str = "speakers") -> dict[str, dict[str, str]]:
    found = {}
    table = page.select_one(f"table#{table_id}")
    if table is None:
        return found
    for tr in table.select("tbody tr"):
        name = tr.select_one("th span[lang=zh-Hans]").get_text(strip=True)
        found[name] = {
            td["data-skill"]: td.get_text(" ", strip=True) for td in tr.select("td[data-skill]")
        }
    return found


def test_language_coverage_counts_verified_levels_only(client, team):
    org, f = team.org, team.framework
    client.force_login(org.isss_manager.user)
    b1 = soup(
        client.get(
            "/en/team/languages/",
            {"competency": f.english.pk, "min_level": "3", "skill": "interaction"},
        )
    )
    found = coverage(b1)
    # SUN Yue (A2, expired B2) is out; QIAN Sheng is another department's.
    assert list(found) == ["张喆", "李赟"]
    # LI Yun's own C1 is shown beside her verified B1.
    assert found["李赟"]["interaction"] == "B1 (self: C1)"
    assert found["张喆"]["interaction"] == "B2"
    assert "International Services: 1" in b1.select_one(".coverage-units").get_text(" ", strip=True)

    b2 = soup(
        client.get(
            "/en/team/languages/", {"competency": f.english.pk, "min_level": "4", "skill": "all"}
        )
    )
    assert list(coverage(b2)) == ["张喆"]
    # Self-assessed at C1 but verified B1: listed apart, not counted.
    assert list(coverage(b2, "self-only")) == ["李赟"]
    assert "1 staff member at B2 or above in English (All five skills)" in b2.get_text()


def test_language_coverage_self_assessment_alone_does_not_count(client, team):
    org, f = team.org, team.framework
    client.force_login(org.hr.user)
    page = soup(
        client.get(
            "/en/team/languages/",
            {"competency": f.japanese.pk, "min_level": "2", "skill": "interaction"},
        )
    )
    assert coverage(page) == {}
    assert list(coverage(page, "self-only")) == ["李赟"]
    assert "Nobody you can see reaches this level yet." in page.get_text()


def test_language_coverage_rejects_a_competency_that_is_not_a_language(client, team):
    client.force_login(team.org.hr.user)
    page = soup(
        client.get(
            "/en/team/languages/",
            {"competency": team.framework.intercultural.pk, "min_level": "2", "skill": "all"},
        )
    )
    assert page.select_one(".field--error")
    assert coverage(page) == {}


def test_language_coverage_opens_with_a_default_question(client, team):
    client.force_login(team.org.isss_manager.user)
    page = soup(client.get("/en/team/languages/"))
    assert page.select_one("#id_skill option[selected]")["value"] == "interaction"


# --- navigation ------------------------------------------------------------------------------


def test_my_team_leads_to_the_dashboard_which_links_the_directory(client, team):
    client.force_login(team.org.isss_manager.user)
    home = soup(client.get("/en/"))
    nav = {a.get_text(strip=True): a["href"] for a in home.select(".site-nav a")}
    assert nav["My team"] == "/en/team/"
    cards = {a["href"] for a in home.select(".card a")}
    assert "/en/team/" in cards
    dashboard = soup(client.get("/en/team/"))
    links = {a["href"] for a in dashboard.select(".team-links a")}
    assert {"/en/team/directory/", "/en/team/languages/", "/en/team/assign/"} <= links
    directory = soup(client.get("/en/team/directory/"))
    first = directory.select_one("table.table tbody td a")
    assert first["href"].startswith("/en/team/staff/")
