"""The manager's staff page (/team/staff/<pk>/) and the manager's assessment form.

Built on the `framework` fixture (tests/training/reports/conftest.py): the "desk" role needs
English spoken interaction B1 and reading A2, and intercultural communication 2. LI Yun holds it
here with the evidence `li` records below.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments.models import Attempt, QuizPage
from tests.courses.conftest import publish
from tests.factories import make_staff
from tests.training.reports.conftest import give_role
from training.certificates.services import certificate_revoke
from training.competencies.levels import Skill
from training.competencies.models import Evidence
from training.competencies.selectors import levels_for
from training.competencies.services import competency_assess, evidence_record, self_assess
from training.people.models import AuditEntry
from training.people.roles import MANAGERS

pytestmark = pytest.mark.django_db

A2, B1, B2, C1 = 2, 3, 4, 5


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def level_table(page: BeautifulSoup) -> list[list[str]]:
    table = page.select_one("table.staff-levels")
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.select("tbody tr")
    ]


def url(staff) -> str:
    return f"/en/team/staff/{staff.pk}/"


def assess_url(staff) -> str:
    return f"/en/team/staff/{staff.pk}/assess/"


@pytest.fixture
def cultural(courses, framework):
    """A course whose certificate is evidence of intercultural communication 3."""
    built = courses.course(
        "cultural", lessons=("one",), title_zh="跨文化服务", title_en="Serving across cultures"
    )
    built.zh.competency_outcomes.create(competency=framework.intercultural, level=3)
    built.zh.certificate_validity_months = 24
    publish(built.zh)
    built.zh.refresh_from_db()
    return built


@pytest.fixture
def li(org, framework, cultural, complete):
    """LI Yun at the desk: English B1 from a course, a revoked intercultural certificate,
    her manager's intercultural 1 (below the 2 required) and her own C1 in English and B2 in
    Japanese (self-assessed, kept beside the verified levels)."""
    f = framework
    give_role(f.desk, org.learner)
    evidence_record(
        staff=org.learner,
        competency=f.english,
        level=B1,
        source="course",
        source_ref="certificate:li-english",
        recorded_at=timezone.now() - dt.timedelta(days=20),
        expires_on=timezone.localdate() + dt.timedelta(days=300),
    )
    certificate = complete(org.learner, cultural)
    certificate_revoke(certificate=certificate, reason="copied answers", actor=org.hr.user)
    competency_assess(
        staff=org.learner,
        competency=f.intercultural,
        level=1,
        note="Needs support with visiting scholars.",
        actor=org.isss_manager.user,
    )
    self_assess(
        staff=org.learner,
        competency=f.english,
        levels=dict.fromkeys(Skill.values, C1),
        actor=org.learner.user,
    )
    self_assess(
        staff=org.learner,
        competency=f.japanese,
        levels=dict.fromkeys(Skill.values, B2),
        actor=org.learner.user,
    )
    org.learner.refresh_from_db()
    return org.learner


# --- what the page shows ------------------------------------------------------------------------


def test_the_table_shows_levels_against_the_role(client, org, li):
    client.force_login(org.isss_manager.user)
    page = soup(client.get(url(li)))
    assert page.select_one("h1 [lang='zh-Hans']").get_text() == "李赟"
    assert page.select_one("h1 [lang='en']").get_text() == "LI Yun"
    facts = page.select_one("dl.facts").get_text(" ", strip=True)
    assert li.staff_number in facts
    assert "University Library › International Services › Isss-Desk" in facts
    assert "Desk librarian" in facts
    assert "English" in facts and "Japanese" in facts

    assert level_table(page) == [
        [
            "Intercultural communication",
            "2",
            "1",
            "▼ Below the requirement",
            "n/a",
        ],
        ["English · Spoken interaction", "B1", "B1", "✓ Meets the requirement", "C1"],
        ["English · Reading", "A2", "B1", "✓ Meets the requirement", "C1"],
        ["Japanese", "—", "—", "– Not required by the role", "B2"],
    ]
    # Per-skill levels of each language, with the self-assessment beside them.
    english = page.select_one("table.staff-skills[data-competency='english']")
    skills = {
        row["data-skill"]: [td.get_text(" ", strip=True) for td in row.find_all("td")]
        for row in english.select("tbody tr")
    }
    assert skills["interaction"] == ["B1", "B1", "✓ Meets the requirement", "C1"]
    assert skills["writing"] == ["—", "B1", "– Not required by the role", "C1"]
    # The gap is listed, and the caption and header cells make the table readable.
    gaps = page.select_one("#gaps").get_text(" ", strip=True)
    assert "Intercultural communication" in gaps
    assert "now 1, required 2" in gaps
    assert page.select_one("table.staff-levels caption")
    assert page.select("table.staff-levels tbody th[scope='row']")


def test_the_radar_data_matches_the_table(client, org, li):
    client.force_login(org.isss_manager.user)
    page = soup(client.get(url(li)))
    data = json.loads(page.select_one("script#staff-radar-data").string)
    canvas = page.select_one("canvas[data-radar-chart]")
    assert canvas["data-radar-chart"] == "staff-radar-data"
    rows = level_table(page)
    assert data["labels"] == [row[0] for row in rows]
    required, current = data["series"]
    assert (required["key"], current["key"]) == ("required", "current")
    assert [label or "—" for label in required["levels"]] == [row[1] for row in rows]
    assert [label or "—" for label in current["levels"]] == [row[2] for row in rows]
    # Normalised to each scale: intercultural 2 of 5, English B1 (3) and A2 (2) of 6 (C2).
    assert required["data"] == [40.0, 50.0, 33.3, None]
    assert current["data"] == [20.0, 50.0, 50.0, None]
    # No inline script: the chart code is a static file (a CSP without 'unsafe-inline').
    scripts = page.select("script")
    assert all(s.get("src") or s.get("type") == "application/json" for s in scripts)
    assert any("reports/js/radar" in (s.get("src") or "") for s in scripts)


def test_the_evidence_history_keeps_a_revoked_certificate_marked_withdrawn(client, org, li):
    client.force_login(org.isss_manager.user)
    page = soup(client.get(url(li)))
    withdrawn = Evidence.objects.get(staff=li, source="course", withdrawn_at__isnull=False)
    row = page.select_one(f"tr[data-evidence='{withdrawn.pk}']")
    assert "evidence--withdrawn" in row["class"]
    text = row.get_text(" ", strip=True)
    assert "Intercultural communication" in text
    assert "Course completed (certificate)" in text
    assert "Withdrawn" in text and "revoked" in text
    # The manager's assessment: who, and the note.
    assessment = Evidence.objects.get(staff=li, source="manager")
    text = page.select_one(f"tr[data-evidence='{assessment.pk}']").get_text(" ", strip=True)
    assert "ZHANG Zhe" in text
    assert "Needs support with visiting scholars." in text
    assert "Manager's assessment" in text
    # Self-assessments are in the history too, per skill; counted evidence is not withdrawn.
    assert len(page.select("tr.evidence")) == Evidence.objects.filter(staff=li).count()
    english = Evidence.objects.get(staff=li, source_ref="certificate:li-english")
    text = page.select_one(f"tr[data-evidence='{english.pk}']").get_text(" ", strip=True)
    assert "B1" in text
    assert english.expires_on.strftime("%Y") in text


def test_courses_certificates_quizzes_and_assignments(client, org, li, cultural, course_quiz):
    client.force_login(org.isss_manager.user)
    page = soup(client.get(url(li)))
    certificates = page.select_one("table.staff-certificates").get_text(" ", strip=True)
    assert "Serving across cultures" in certificates
    assert "Revoked" in certificates
    courses = page.select_one("table.staff-courses").get_text(" ", strip=True)
    assert "Serving across cultures" in courses
    assert "Completed" in courses
    quizzes = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in page.select("table.staff-quizzes tbody tr")
    ]
    # The best of the two attempts, in the active language, with how many there were.
    assert len(quizzes) == 1
    assert quizzes[0][0] == "Culture check"
    assert quizzes[0][2:] == ["85 %", "✓ Passed", "2"]
    assignments = page.select_one("table.staff-assignments").get_text(" ", strip=True)
    assert "English at the desk" in assignments
    assert "Learn the greetings" in assignments


@pytest.fixture
def course_quiz(courses, cultural, org, li):
    """A quiz in the cultural course taken twice (60 %, then 85 %), and an open assignment."""
    from training.progress.services import assignment_create

    quiz = QuizPage(slug="check", title="文化小测验", pass_mark=70)
    cultural.zh.add_child(instance=quiz)
    quiz = publish(quiz)
    quiz_en = quiz.copy_for_translation(courses.en)
    quiz_en.title = "Culture check"
    publish(quiz_en)
    now = timezone.now()
    for number, percent in ((1, 60), (2, 85)):
        Attempt.objects.create(
            staff=li,
            quiz_key=quiz.translation_key,
            quiz=quiz,
            number=number,
            state=Attempt.State.FINISHED,
            started_at=now - dt.timedelta(hours=3 - number),
            finished_at=now - dt.timedelta(hours=2 - number),
            pass_mark=Decimal(70),
            percent=Decimal(percent),
            passed=percent >= 70,
            graded_at=now,
        )
    english = courses.course(
        "english-desk", lessons=("one",), title_zh="服务台英语", title_en="English at the desk"
    )
    assignment_create(
        staff=li,
        course=english.zh,
        due_date=timezone.localdate() + dt.timedelta(days=14),
        reason="Learn the greetings",
        assigned_by=org.isss_manager.user,
    )
    return quiz


def test_the_page_is_in_chinese_by_default(client, org, li):
    client.force_login(org.isss_manager.user)
    page = soup(client.get(f"/team/staff/{li.pk}/"))
    assert page.select_one("html")["lang"] == "zh-Hans"
    assert "跨文化沟通" in level_table(page)[0][0]


# --- who may see and assess whom ----------------------------------------------------------------


def test_a_manager_gets_404_for_another_department_and_unknown_ids(client, org, framework):
    client.force_login(org.isss_manager.user)
    assert client.get(url(org.circ_staff)).status_code == 404
    assert client.get("/en/team/staff/999999/").status_code == 404
    assert client.post(assess_url(org.circ_staff), {"note": "x"}).status_code == 404
    assert client.get(url(org.visiting)).status_code == 200


def test_a_learner_may_not_open_team_pages(client, org, framework):
    client.force_login(org.learner.user)
    assert client.get(url(org.learner)).status_code == 403


def test_hr_sees_anyone_but_does_not_assess_whom_they_do_not_manage(client, org, li, framework):
    client.force_login(org.hr.user)
    page = soup(client.get(url(org.circ_staff)))
    assert "QIAN Sheng" in page.select_one("h1").get_text()
    page = soup(client.get(url(li)))
    assert page.select_one("#assess") is None
    assert page.select_one("form[action$='/assess/']") is None
    before = Evidence.objects.count()
    response = client.post(
        assess_url(li),
        {"competency": framework.intercultural.pk, "level": 3, "note": "Looks fine to HR."},
    )
    assert response.status_code == 403
    assert Evidence.objects.count() == before


def test_another_departments_manager_gets_404_on_assess(client, org, framework):
    client.force_login(org.circ_manager.user)
    response = client.post(
        assess_url(org.learner),
        {"competency": framework.intercultural.pk, "level": 3, "note": "Not mine."},
    )
    assert response.status_code == 404
    assert not Evidence.objects.filter(staff=org.learner).exists()


# --- the assessment -----------------------------------------------------------------------------


def current_level(staff, competency, skill=""):
    found = levels_for([staff.pk], [competency]).get((staff.pk, competency.pk))
    return found.for_skill(skill) if found else None


def test_an_assessment_is_recorded_with_its_note_and_changes_the_level(client, org, li, framework):
    client.force_login(org.isss_manager.user)
    response = client.post(
        assess_url(li),
        {
            "competency": framework.intercultural.pk,
            "level": 3,
            "note": "Ran the orientation week alone.",
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/team/staff/{li.pk}/#competencies")
    evidence = Evidence.objects.filter(staff=li, source="manager").latest("recorded_at")
    assert (evidence.level, evidence.note) == (3, "Ran the orientation week alone.")
    assert evidence.recorded_by == org.isss_manager.user
    assert current_level(li, framework.intercultural) == 3
    assert AuditEntry.objects.filter(action="competency.evidence", target_id=str(evidence.pk))
    page = soup(client.get(url(li)))
    assert "is recorded" in page.select_one(".messages").get_text()
    assert level_table(page)[0][2:4] == ["3", "✓ Meets the requirement"]


def test_an_assessment_can_lower_a_level_and_rate_one_skill(client, org, li, framework):
    client.force_login(org.isss_manager.user)
    assert current_level(li, framework.english, "interaction") == B1
    response = client.post(
        assess_url(li),
        {
            "competency": framework.english.pk,
            "skill": "interaction",
            "level": A2,
            "note": "Struggled with a phone enquiry in English.",
        },
    )
    assert response.status_code == 302
    assert current_level(li, framework.english, "interaction") == A2
    assert current_level(li, framework.english, "reading") == B1
    page = soup(client.get(url(li)))
    assert ["English · Spoken interaction", "B1", "A2", "▼ Below the requirement", "C1"] in (
        level_table(page)
    )


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("competency", {"competency": "999999", "level": "2"}),
        ("competency", {"competency": "abc", "level": "2"}),
        ("level", {"level": "6"}),  # C2 exists only on the CEFR scale
        ("level", {"level": "0"}),
        ("level", {"level": "-1"}),
        ("skill", {"level": "2", "skill": "listening"}),  # not a language
        ("skill", {"level": "2", "skill": "singing"}),
        ("note", {"level": "2", "note": "   "}),
    ],
)
def test_hostile_values_are_form_errors_and_nothing_is_saved(
    client, org, li, framework, field, values
):
    client.force_login(org.isss_manager.user)
    before = Evidence.objects.count()
    data = {"competency": framework.intercultural.pk, "note": "A reason."}
    data.update(values)
    response = client.post(assess_url(li), data)
    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html.parser")
    assert page.select_one(f"#assess .field--error #id_{field}") is not None
    assert "was not recorded" in page.select_one(".messages").get_text()
    assert Evidence.objects.count() == before
    # The rest of the page is still there.
    assert level_table(page)


def test_the_level_of_a_language_is_on_the_cefr_scale(client, org, li, framework):
    client.force_login(org.isss_manager.user)
    response = client.post(
        assess_url(li),
        {"competency": framework.english.pk, "level": 6, "note": "Native-like."},
    )
    assert response.status_code == 302
    assert current_level(li, framework.english) == 6


def test_get_on_the_assess_url_is_not_allowed(client, org, li):
    client.force_login(org.isss_manager.user)
    assert client.get(assess_url(li)).status_code == 405


def test_an_admin_may_assess_anyone(client, org, framework):
    client.force_login(org.admin)
    response = client.post(
        assess_url(org.circ_staff),
        {"competency": framework.intercultural.pk, "level": 4, "note": "Seen at work."},
    )
    assert response.status_code == 302
    assert current_level(org.circ_staff, framework.intercultural) == 4


def test_a_manager_of_a_team_only_assesses_that_team(client, org, framework):
    lead = make_staff(org.isss_visit, name_latin="HE Lin", manages=[org.isss_visit])
    lead.user.groups.add(*lead.user.groups.model.objects.filter(name=MANAGERS))
    client.force_login(lead.user)
    assert client.get(url(org.learner)).status_code == 404
    page = soup(client.get(url(org.visiting)))
    assert page.select_one("#assess form") is not None


# --- queries ------------------------------------------------------------------------------------


def add_history(staff, framework, course_quiz, courses, manager, n: int) -> None:
    """n more pieces of evidence, quiz attempts and assessments, and three more assigned
    courses."""
    from training.progress.services import assignment_create

    now = timezone.now()
    for i in range(3):
        built = courses.course(f"more-{i}", lessons=("one",))
        assignment_create(
            staff=staff,
            course=built.zh,
            due_date=timezone.localdate() + dt.timedelta(days=i),
            reason="More practice",
            assigned_by=manager.user,
        )
    for i in range(n):
        competency_assess(
            staff=staff,
            competency=framework.intercultural,
            level=1 + i % 5,
            note=f"Observation {i}",
            actor=manager.user,
        )
        evidence_record(
            staff=staff,
            competency=framework.ill,
            level=1 + i % 5,
            source="quiz",
            source_ref=f"attempt:bulk-{i}",
            recorded_at=now - dt.timedelta(days=i + 1),
            expires_on=timezone.localdate() + dt.timedelta(days=i),
        )
        Attempt.objects.create(
            staff=staff,
            quiz_key=course_quiz.translation_key,
            quiz=course_quiz,
            number=10 + i,
            state=Attempt.State.FINISHED,
            started_at=now - dt.timedelta(days=i + 1),
            finished_at=now - dt.timedelta(days=i + 1),
            pass_mark=Decimal(70),
            percent=Decimal(50),
            passed=False,
            graded_at=now,
        )


# The staff page's queries (33 when written: session and user, the person, the competency
# profile, evidence, courses, quizzes, certificates, the navigation), whatever the history.
PAGE_QUERIES = 35


def count_queries(client, address) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_the_history(
    client, org, li, framework, course_quiz, courses, django_assert_max_num_queries
):
    client.force_login(org.isss_manager.user)
    client.get(url(li))  # warm caches (content types, locales, site)
    small = count_queries(client, url(li))
    assert small <= PAGE_QUERIES
    add_history(li, framework, course_quiz, courses, org.isss_manager, 30)
    large = count_queries(client, url(li))
    assert large == small
    with django_assert_max_num_queries(PAGE_QUERIES):
        client.get(url(li))


def test_gaps_suggest_courses_to_assign_and_mandatory_courses_show_their_status(
    client, org, li, framework, courses
):
    from training.progress.models import RoleCourse

    workshop = courses.course(
        "intercultural-workshop",
        lessons=("one",),
        title_zh="跨文化工作坊",
        title_en="Intercultural workshop",
    )
    workshop.zh.competency_outcomes.create(competency=framework.intercultural, level=2)
    publish(workshop.zh)
    safety = courses.course("safety", lessons=("one",), title_en="Library safety")
    RoleCourse.objects.create(
        job_role=framework.desk, course=safety.zh, course_key=safety.zh.translation_key
    )
    client.force_login(org.isss_manager.user)
    page = soup(client.get(url(li)))
    rows = {
        row.th.get_text(strip=True): row for row in page.select("table.staff-suggestions tbody tr")
    }
    # LI Yun's certificate for "Serving across cultures" was revoked: that course is suggested
    # again beside the workshop.
    assert set(rows) == {"Intercultural workshop", "Library safety", "Serving across cultures"}
    assert "Closes: Intercultural communication" in rows["Intercultural workshop"].get_text()
    assert "Mandatory for the role" in rows["Library safety"].get_text()
    link = rows["Intercultural workshop"].select_one("a[href*='/team/assign/']")["href"]
    assert f"staff={li.pk}" in link
    assert f"course={workshop.en.pk}" in link
    mandatory = page.select_one("table.staff-mandatory tbody").get_text(" ", strip=True)
    assert "Library safety" in mandatory
    assert "Never completed" in mandatory
    # HR looks but does not assign: no links to the assign page.
    client.force_login(org.hr.user)
    page = soup(client.get(url(li)))
    assert not page.select("a[href*='/team/assign/']")
