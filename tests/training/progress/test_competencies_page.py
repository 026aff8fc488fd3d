"""/me/competencies/: the learner's levels against their role, the evidence behind them, the
courses that close the gaps, the role's mandatory courses and the CEFR self-assessment."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from courses.models import CourseCompetencyOutcome
from tests.factories import JobRoleFactory
from training.certificates.models import Certificate, CertificateTemplate
from training.competencies import services as competency_services
from training.competencies.models import Competency, Evidence, RoleRequirement
from training.people.models import Language, StaffProfile
from training.progress import selectors, services
from training.progress.models import Enrolment, RoleCourse

pytestmark = pytest.mark.django_db

URL = "/en/me/competencies/"
SKILL_ORDER = ["listening", "reading", "interaction", "production", "writing"]


def competency(code: str, area: str, name_zh: str, name_en: str, language: str = "") -> Competency:
    fields = {"code": code, "area": area, "name_zh": name_zh, "name_en": name_en}
    if language:
        fields.update(scale="cefr", language=Language.objects.get(code=language))
    return competency_services.competency_save(competency=Competency(**fields))


def require(role, item: Competency, level: int, skill: str = "") -> RoleRequirement:
    return competency_services.role_requirement_save(
        requirement=RoleRequirement(job_role=role, competency=item, level=level, skill=skill),
        actor=None,
    )


def evidence(staff, item: Competency, level: int, source: str, ref: str, *, days_ago=10, **extra):
    found, _created = competency_services.evidence_record(
        staff=staff,
        competency=item,
        level=level,
        source=source,
        source_ref=ref,
        recorded_at=timezone.now() - dt.timedelta(days=days_ago),
        **extra,
    )
    return found


def outcome(built, item: Competency, level: int, minutes: int = 60):
    CourseCompetencyOutcome.objects.create(course=built.zh, competency=item, level=level)
    for page in (built.zh, built.en):
        if page is not None and page.estimated_minutes != minutes:
            page.estimated_minutes = minutes
            page.save_revision().publish()
    return built


def build_scenario(org, courses, today) -> SimpleNamespace:
    """LI Yun, International student services librarian, with evidence for three competencies.

    The role requires cross-cultural communication 3 (a passed quiz shows 3: meets), English B2
    in every skill (a B2 certificate expired yesterday, a B1 one still counts: below) and Japanese
    listening A2 (no evidence: missing). A manager rated her international ILL at 2 (not required).
    """
    culture = competency("culture", "cultural", "跨文化沟通", "Cross-cultural communication")
    ill = competency("intl-ill", "international", "国际馆际互借", "International interlibrary loan")
    english = competency("lang-en", "languages", "英语", "English", language="en")
    japanese = competency("lang-ja", "languages", "日语", "Japanese", language="ja")

    role = JobRoleFactory(
        code="isss-librarian",
        name_zh="国际学生服务馆员",
        name_en="International student services librarian",
    )
    require(role, culture, 3)
    require(role, english, 4)
    require(role, japanese, 2, skill="listening")
    learner = org.learner
    StaffProfile.objects.filter(pk=learner.pk).update(job_role=role)
    learner.refresh_from_db()

    evidence(learner, culture, 3, Evidence.Source.QUIZ, "attempt:1", score_percent=85)
    evidence(
        learner,
        english,
        4,
        Evidence.Source.COURSE,
        "completion:9001:1",
        days_ago=800,
        expires_on=today - dt.timedelta(days=1),
    )
    evidence(
        learner,
        english,
        3,
        Evidence.Source.COURSE,
        "completion:9002:1",
        days_ago=30,
        expires_on=today + dt.timedelta(days=700),
    )
    competency_services.competency_assess(
        staff=learner,
        competency=ill,
        level=2,
        note="Handled the DDS requests from Leiden",
        actor=org.isss_manager.user,
    )

    desk = outcome(
        courses.course(
            "en-desk-2",
            lessons=("one", "two"),  # the dashboard tests take it half-way
            title_zh="服务台英语（二）",
            title_en="English at the desk II",
        ),
        english,
        4,
        minutes=45,
    )
    ja = outcome(
        courses.course(
            "ja-basics", lessons=("one",), title_zh="日语入门", title_en="Japanese basics"
        ),
        japanese,
        2,
        minutes=90,
    )
    ill_course = outcome(
        courses.course(
            "ill-intro", lessons=("one",), title_zh="国际馆际互借入门", title_en="International ILL"
        ),
        ill,
        3,
    )
    safety = courses.course(
        "safety", lessons=("one",), title_zh="图书馆安全", title_en="Library safety"
    )
    RoleCourse.objects.create(
        job_role=role,
        course=safety.zh,
        course_key=safety.zh.translation_key,
        renew_every_months=12,
    )
    return SimpleNamespace(
        learner=learner,
        role=role,
        culture=culture,
        ill=ill,
        english=english,
        japanese=japanese,
        desk=desk,
        ja=ja,
        ill_course=ill_course,
        safety=safety,
        today=today,
    )


@pytest.fixture
def scenario(org, courses, today):
    return build_scenario(org, courses, today)


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def words(node) -> str:
    return " ".join(node.get_text(" ", strip=True).split())


def table_rows(table) -> list[list[str]]:
    return [[words(cell) for cell in row.select("th, td")] for row in table.select("tbody tr")]


def get_page(client, user, url=URL):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return soup(response)


def language_table(page, code: str) -> dict[str, list[str]]:
    table = page.select_one(f"table#language-{code}")
    assert table is not None, f"no table for {code}"
    return {row[0]: row[1:] for row in table_rows(table)}


# --- the requirements ------------------------------------------------------------------------


def test_requirements_table_shows_each_requirement_with_level_and_status(client, scenario):
    page = get_page(client, scenario.learner.user)
    section = page.select_one("section#requirements")
    assert "International student services librarian" in words(section.select_one("caption"))
    assert table_rows(section.select_one("table")) == [
        ["Cross-cultural communication", "3", "3", "✔ Meets", "1 piece counts"],
        ["English (all five skills)", "B2", "B1", "▼ Below", "1 piece counts"],
        ["Japanese (Listening)", "A2", "None yet", "✖ Missing", "None that counts"],
    ]
    # The status is said in words, with an icon that screen readers skip: never colour alone.
    for status in section.select(".status"):
        assert status.select_one(".status__icon")["aria-hidden"] == "true"
    headers = [th["scope"] for th in section.select("th")]
    assert set(headers) == {"col", "row"}
    assert section.select_one('a[href="#evidence-culture"]') is not None

    other = page.select_one("section#other")
    assert table_rows(other.select_one("table")) == [
        ["International interlibrary loan", "2", "1 piece counts"]
    ]


def test_languages_skill_by_skill(client, scenario):
    page = get_page(client, scenario.learner.user)
    english = language_table(page, "lang-en")
    assert list(english) == [
        "Listening",
        "Reading",
        "Spoken interaction",
        "Spoken production",
        "Writing",
    ]
    # Required, verified, self-assessed, status.
    assert english["Reading"] == ["B2", "B1", "–", "▼ Below"]
    japanese = language_table(page, "lang-ja")
    assert japanese["Listening"] == ["A2", "None yet", "–", "✖ Missing"]
    assert japanese["Writing"] == ["–", "None yet", "–", "– Not required"]
    caption = words(page.select_one("table#language-lang-en caption"))
    assert caption == "English: overall verified level B1"


def test_chinese_page_names_the_competencies_in_chinese(client, scenario):
    page = get_page(client, scenario.learner.user, "/me/competencies/")
    names = [row[0] for row in table_rows(page.select_one("section#requirements table"))]
    assert names[0] == "跨文化沟通"
    assert names[1].startswith("英语")
    assert page.select_one("html")["lang"] == "zh-Hans"


def test_an_expired_certificate_no_longer_counts(client, scenario):
    page = get_page(client, scenario.learner.user)
    details = page.select_one("details#evidence-lang-en")
    assert "1 piece of verified evidence counts" in words(details.select_one("summary"))
    rows = table_rows(details.select_one("table"))
    yesterday = scenario.today - dt.timedelta(days=1)
    expired = next(row for row in rows if row[2] == "B2")
    assert expired[1] == "Course completed (certificate)"
    assert expired[3].startswith("✖ Expired: counted until")
    expired_row = details.select("tbody tr")[[r[2] for r in rows].index("B2")]
    assert "evidence__item--expired" in expired_row["class"]
    assert expired_row.select("time")[-1]["datetime"] == yesterday.isoformat()
    current = next(row for row in rows if row[2] == "B1")
    assert current[3].startswith("✔ Counts until")

    # The day before it expired it still counted: English was met then.
    before = selectors.competency_page(staff=scenario.learner, day=yesterday)
    english = next(row for row in before.requirements if row.competency == scenario.english)
    assert (english.current_label, english.status) == ("B2", "meets")


def test_withdrawn_evidence_is_shown_with_the_reason_and_does_not_count(client, scenario):
    competency_services.evidence_withdraw(
        source=Evidence.Source.QUIZ,
        source_ref="attempt:1",
        reason="Attempt annulled",
        actor=None,
    )
    page = get_page(client, scenario.learner.user)
    rows = table_rows(page.select_one("section#requirements table"))
    assert rows[0][:4] == ["Cross-cultural communication", "3", "None yet", "✖ Missing"]
    row = table_rows(page.select_one("details#evidence-culture table"))[0]
    assert row[1] == "Quiz passed (85%)"
    assert row[3].startswith("✖ Withdrawn on")
    assert row[3].endswith("Attempt annulled")


def test_manager_assessment_shows_who_and_why(client, scenario):
    page = get_page(client, scenario.learner.user)
    row = table_rows(page.select_one("details#evidence-intl-ill table"))[0]
    assert "Manager's assessment" in row[1]
    assert "by ZHANG Zhe (张喆)" in row[1]  # an English page: the Latin name first
    assert "Handled the DDS requests from Leiden" in row[1]
    assert row[3] == "✔ Counts, with no end date"


def test_a_learner_without_a_role_is_told_so(client, org, courses):
    page = get_page(client, org.visiting.user)
    assert "no job role" in words(page.select_one("section#requirements"))
    assert page.select_one("section#requirements table") is None
    assert "No evidence yet" in words(page.select_one("section#evidence"))


# --- recommendations and mandatory courses ---------------------------------------------------


def suggestion_items(section) -> dict[str, BeautifulSoup]:
    return {words(item.select_one("h3")): item for item in section.select("li.suggestion")}


def test_recommendations_link_to_the_course_that_closes_each_gap(client, scenario):
    page = get_page(client, scenario.learner.user)
    items = suggestion_items(page.select_one("section#recommended"))
    # The role's mandatory course comes first; the ILL course closes no gap (not required).
    assert list(items)[0] == "Library safety"
    assert set(items) == {"Library safety", "English at the desk II", "Japanese basics"}
    assert "Mandatory for your role" in words(items["Library safety"])

    desk = items["English at the desk II"]
    assert desk.select_one("h3 a")["href"] == scenario.desk.en.get_url()
    assert desk.select_one("h3 a")["href"].startswith("/en/")
    assert "Closes the gap in: English: B2 required, you have B1" in words(desk)
    assert "About 45 minutes" in words(desk)
    japanese = items["Japanese basics"]
    assert japanese.select_one("h3 a")["href"] == scenario.ja.en.get_url()
    assert "Japanese (Listening): A2 required, you have no verified level yet" in words(japanese)
    assert "About 90 minutes" in words(japanese)


def test_recommendations_link_the_chinese_version_in_chinese(client, scenario):
    page = get_page(client, scenario.learner.user, "/me/competencies/")
    items = suggestion_items(page.select_one("section#recommended"))
    assert items["服务台英语（二）"].select_one("h3 a")["href"] == scenario.desk.zh.get_url()


def test_a_completed_course_is_suggested_again_only_when_its_certificate_stops_counting(
    client, org, scenario, django_capture_on_commit_callbacks
):
    CertificateTemplate.objects.create(
        name="Library default",
        is_default=True,
        issuer_zh="滨江大学图书馆",
        issuer_en="Binjiang University Library",
        signatory_name_zh="钱琤",
        signatory_name_en="QIAN Cheng",
        signatory_title_zh="馆长",
        signatory_title_en="University Librarian",
    )
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in scenario.desk.lessons.values():
            services.lesson_complete(staff=scenario.learner, lesson=lesson)
    certificate = Certificate.objects.get(staff=scenario.learner)
    # The manager then rates English lower (their assessment is the baseline): still a gap,
    # but taking the course again would change nothing while its certificate counts.
    competency_services.competency_assess(
        staff=scenario.learner,
        competency=scenario.english,
        level=3,
        note="Struggled with phone enquiries",
        actor=org.isss_manager.user,
    )
    page = get_page(client, scenario.learner.user)
    rows = table_rows(page.select_one("section#requirements table"))
    assert rows[1][:4] == ["English (all five skills)", "B2", "B1", "▼ Below"]
    assert "English at the desk II" not in suggestion_items(page.select_one("section#recommended"))

    competency_services.evidence_withdraw(
        source=Evidence.Source.COURSE,
        source_ref=f"completion:{certificate.enrolment_id}:{certificate.round}",
        reason="Certificate revoked",
        actor=None,
    )
    page = get_page(client, scenario.learner.user)
    assert "English at the desk II" in suggestion_items(page.select_one("section#recommended"))
    row = next(
        row
        for row in table_rows(page.select_one("details#evidence-lang-en table"))
        if row[1] == "Course completed (certificate)" and row[2] == "B2"
    )
    assert row[3].startswith("✖ Withdrawn on") and row[3].endswith("Certificate revoked")


def complete_safety(scenario, months_ago: int):
    for lesson in scenario.safety.lessons.values():
        services.lesson_complete(staff=scenario.learner, lesson=lesson)
    completed = timezone.now() - dt.timedelta(days=round(months_ago * 30.5))
    Enrolment.objects.filter(course_key=scenario.safety.zh.translation_key).update(
        completed_at=completed
    )


@pytest.mark.parametrize(
    ("months_ago", "expected"),
    [
        (None, "✖ Never done"),
        (1, "✔ Done · renew by"),
        (11.5, "⏰ Renewal due by"),
        (14, "✖ Overdue"),
    ],
)
def test_mandatory_courses_of_the_role_with_their_status(client, scenario, months_ago, expected):
    if months_ago is not None:
        complete_safety(scenario, months_ago)
    page = get_page(client, scenario.learner.user)
    section = page.select_one("section#mandatory")
    (row,) = table_rows(section.select_one("table"))
    assert row[0] == "Library safety"
    assert row[1].startswith(expected)
    assert section.select_one("tbody a")["href"] == scenario.safety.en.get_url()
    if months_ago is None:
        assert row[2] == "–"
    else:
        assert section.select_one("tbody tr").select("time")[-1]["datetime"]


# --- the self-assessment ---------------------------------------------------------------------


def self_assessment(competency_id, **levels) -> dict:
    data = {"competency": competency_id}
    data.update({"listening": 5, "reading": 4, "interaction": 3, "production": 3, "writing": 2})
    data.update(levels)
    return {key: value for key, value in data.items() if value is not None}


def test_the_form_offers_only_languages_and_explains_the_cefr_levels(client, scenario):
    page = get_page(client, scenario.learner.user)
    form = page.select_one("section#self-assessment form")
    options = [words(o) for o in form.select("select[name=competency] option") if o["value"]]
    assert options == ["English", "Japanese"]
    levels = [words(o) for o in form.select("select[name=reading] option") if o["value"]]
    assert levels[0] == "A1 Beginner" and levels[-1] == "C2 Proficient"
    for skill in SKILL_ORDER:
        select = form.select_one(f"select[name={skill}]")
        assert select["aria-describedby"] == f"id_{skill}-help"
        label = form.select_one(f'label[for="id_{skill}"]')
        assert label is not None
    section = page.select_one("section#self-assessment")
    assert "Self-assessed, not verified." in words(section)
    help_text = words(section.select_one("#cefr-levels"))
    assert "B2 Upper intermediate" in help_text
    assert "explain a point of view" in help_text


def test_a_self_assessment_is_saved_per_skill_and_shown_beside_the_verified_level(client, scenario):
    client.force_login(scenario.learner.user)
    response = client.post(URL, self_assessment(scenario.english.pk))
    assert response.status_code == 302
    assert response["Location"] == "/en/me/competencies/#languages"
    saved = Evidence.objects.filter(staff=scenario.learner, source=Evidence.Source.SELF)
    assert dict(saved.values_list("skill", "level")) == {
        "listening": 5,
        "reading": 4,
        "interaction": 3,
        "production": 3,
        "writing": 2,
    }
    assert all(item.competency == scenario.english for item in saved)

    response = client.get(URL)
    page = soup(response)
    message = words(page.select_one(".messages"))
    assert "Your self-assessment of English is saved" in message
    assert "does not change it" in message
    english = language_table(page, "lang-en")
    assert [english[skill][1:3] for skill in english] == [
        ["B1", "C1"],
        ["B1", "B2"],
        ["B1", "B1"],
        ["B1", "B1"],
        ["B1", "A2"],
    ]
    # The verified level and the status are unchanged.
    rows = table_rows(page.select_one("section#requirements table"))
    assert rows[1][:4] == ["English (all five skills)", "B2", "B1", "▼ Below"]
    assert english["Listening"][3] == "▼ Below"
    # The evidence says what it is.
    details = page.select_one("details#evidence-lang-en")
    assert "1 piece of verified evidence counts" in words(details.select_one("summary"))
    rows = table_rows(details.select_one("table"))
    assert [row[1:] for row in rows[:5]] == [
        ["Self-assessment", "C1 (Listening)", "– Self-assessed, not verified"],
        ["Self-assessment", "B2 (Reading)", "– Self-assessed, not verified"],
        ["Self-assessment", "B1 (Spoken interaction)", "– Self-assessed, not verified"],
        ["Self-assessment", "B1 (Spoken production)", "– Self-assessed, not verified"],
        ["Self-assessment", "A2 (Writing)", "– Self-assessed, not verified"],
    ]


def test_a_self_assessment_of_a_language_the_role_does_not_require(client, org, courses):
    japanese = competency("lang-ja", "languages", "日语", "Japanese", language="ja")
    client.force_login(org.visiting.user)
    response = client.post(URL, self_assessment(japanese.pk), follow=True)
    page = soup(response)
    assert table_rows(page.select_one("section#other table")) == [
        ["Japanese", "None yet (self-assessed levels below)", "Self-assessment only"]
    ]
    assert language_table(page, "lang-ja")["Listening"] == ["–", "None yet", "C1", "– Not required"]


def test_the_form_opens_on_a_language_with_the_last_self_assessment(client, scenario):
    client.force_login(scenario.learner.user)
    client.post(URL, self_assessment(scenario.english.pk, writing=6))
    page = get_page(client, scenario.learner.user, f"{URL}?competency={scenario.english.pk}")
    form = page.select_one("section#self-assessment form")
    selected = form.select_one("select[name=competency] option[selected]")
    assert selected["value"] == str(scenario.english.pk)
    assert form.select_one("select[name=writing] option[selected]")["value"] == "6"
    assert form.select_one("select[name=listening] option[selected]")["value"] == "5"
    link = page.select_one("p.language-table__action a")
    assert link["href"] == f"?competency={scenario.english.pk}#self-assessment"
    # A value that is no language opens the empty form.
    for bad in (scenario.culture.pk, "x", 99999):
        page = get_page(client, scenario.learner.user, f"{URL}?competency={bad}")
        assert page.select_one("select[name=competency] option[selected]")["value"] == ""


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"competency": 999999}, "competency"),
        ({"competency": "culture"}, "competency"),  # a competency that is not a language
        ({"competency": None}, "competency"),
        ({"reading": 9}, "reading"),
        ({"reading": 0}, "reading"),
        ({"reading": "B2"}, "reading"),
        ({"writing": None}, "writing"),
        ({"listening": ""}, "listening"),
    ],
)
def test_invalid_self_assessments_change_nothing(client, scenario, change, field):
    data = self_assessment(scenario.english.pk)
    for key, value in change.items():
        if value is None:
            data.pop(key)
        elif value == "culture":
            data[key] = scenario.culture.pk
        else:
            data[key] = value
    before = Evidence.objects.count()
    client.force_login(scenario.learner.user)
    response = client.post(URL, data)
    assert response.status_code == 200
    assert Evidence.objects.count() == before
    page = soup(response)
    section = page.select_one("section#self-assessment")
    assert "Nothing was saved" in words(section.select_one(".form-errors"))
    select = section.select_one(f"select[name={field}]")
    assert select["aria-invalid"] == "true"
    assert section.select_one(f"#id_{field}-error") is not None
    assert page.select_one(".messages") is None


def test_a_forged_staff_field_still_assesses_only_oneself(client, org, scenario):
    client.force_login(scenario.learner.user)
    data = self_assessment(scenario.english.pk)
    data.update(staff=org.visiting.pk, staff_id=org.visiting.pk)
    client.post(URL, data)
    assert not Evidence.objects.filter(staff=org.visiting).exists()
    assert Evidence.objects.filter(staff=scenario.learner, source="self").count() == 5


# --- who sees what ---------------------------------------------------------------------------


def test_another_users_evidence_never_shows(client, org, scenario):
    visiting = org.visiting
    StaffProfile.objects.filter(pk=visiting.pk).update(job_role=scenario.role)
    competency_services.competency_assess(
        staff=visiting,
        competency=scenario.culture,
        level=5,
        note="SUN-YUE-PRIVATE-NOTE",
        actor=org.isss_manager.user,
    )
    competency_services.self_assess(
        staff=visiting,
        competency=scenario.japanese,
        levels={skill: 6 for skill in SKILL_ORDER},
        actor=visiting.user,
    )
    page = get_page(client, scenario.learner.user)
    html = str(page)
    assert "SUN-YUE-PRIVATE-NOTE" not in html
    assert "孙玥" not in html.replace(page.select_one(".site-header").decode(), "")
    assert language_table(page, "lang-ja")["Listening"][2] == "–"
    assert table_rows(page.select_one("section#requirements table"))[0][2] == "3"

    # And the other way round.
    other = get_page(client, visiting.user)
    assert "Handled the DDS requests from Leiden" not in str(other)
    rows = table_rows(other.select_one("section#requirements table"))
    assert rows[0][:4] == ["Cross-cultural communication", "3", "5", "✔ Meets"]
    assert rows[1][2] == "None yet"  # LI Yun's English does not count for SUN Yue


# --- access ----------------------------------------------------------------------------------


def test_sign_in_is_required(client, db):
    response = client.get("/me/competencies/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/me/competencies/")
    assert client.post("/me/competencies/", {}).status_code == 302
    assert not Evidence.objects.exists()


def test_an_account_without_an_active_staff_record_gets_the_explanation(client, org, scenario):
    client.force_login(org.admin)
    response = client.get(URL)
    assert response.status_code == 403
    assert "no staff record" in response.content.decode()

    StaffProfile.objects.filter(pk=scenario.learner.pk).update(is_active=False)
    client.force_login(scenario.learner.user)
    assert client.get(URL).status_code == 403
    response = client.post(URL, self_assessment(scenario.english.pk))
    assert response.status_code == 403
    assert not Evidence.objects.filter(source="self").exists()


def test_other_methods_are_refused(client, scenario):
    client.force_login(scenario.learner.user)
    assert client.put(URL).status_code == 405
    assert client.delete(URL).status_code == 405


def test_the_dashboard_links_to_my_competencies(client, scenario):
    page = get_page(client, scenario.learner.user, "/en/me/")
    assert page.select_one('.dashboard__links a[href="/en/me/competencies/"]') is not None


# --- queries ---------------------------------------------------------------------------------


def grow(scenario, org, courses, size: int) -> None:
    """`size` more competencies, each required by the role, with evidence (one expired, one
    counting), a course that gives it and a mandatory course of the role."""
    for n in range(size):
        item = competency(f"extra-{n:03d}", "technology", f"技能{n}", f"Skill {n}")
        require(scenario.role, item, 3)
        evidence(scenario.learner, item, 2, Evidence.Source.QUIZ, f"attempt:x{n}")
        evidence(
            scenario.learner,
            item,
            4,
            Evidence.Source.COURSE,
            f"completion:x{n}:1",
            days_ago=900,
            expires_on=scenario.today - dt.timedelta(days=3),
        )
        built = outcome(courses.course(f"extra-{n:03d}", lessons=("a",), translate=False), item, 3)
        RoleCourse.objects.create(
            job_role=scenario.role,
            course=built.zh,
            course_key=built.zh.translation_key,
            renew_every_months=12 if n % 2 else None,
        )
        if n % 3 == 0:
            services.lesson_complete(staff=scenario.learner, lesson=built.lessons["a"])
    competency_services.self_assess(
        staff=scenario.learner,
        competency=scenario.english,
        levels={skill: 3 for skill in SKILL_ORDER},
        actor=scenario.learner.user,
    )


COMPETENCIES_PAGE_QUERIES = 22


@pytest.mark.parametrize("size", [1, 25])
def test_query_count_does_not_grow(
    client, org, courses, scenario, size, django_assert_max_num_queries
):
    grow(scenario, org, courses, size)
    client.force_login(scenario.learner.user)
    with django_assert_max_num_queries(COMPETENCIES_PAGE_QUERIES):
        response = client.get(URL)
    assert response.status_code == 200
    page = soup(response)
    assert len(page.select("section#requirements tbody tr")) == 3 + size
    assert len(page.select("section#mandatory tbody tr")) == 1 + size
    assert len(page.select("section#evidence details")) == 3 + size
