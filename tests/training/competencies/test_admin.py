"""The competency framework in the Wagtail admin: who gets in, what the forms write (through the
services), what the listings show, and the import and export pages."""

from __future__ import annotations

import codecs

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.training.competencies import test_formats
from tests.training.progress import conftest as progress_fixtures
from training.competencies.models import Competency, LevelDescriptor, RoleRequirement
from training.people.models import AuditEntry, JobRole, Language
from training.progress.models import RoleCourse

pytestmark = pytest.mark.django_db

# Fixtures shared with the format tests and the progress tests.
framework = test_formats.framework
make_competency = test_formats.make_competency
courses = progress_fixtures.courses
course = progress_fixtures.course

COMPETENCIES = "competencies_competencies"
REQUIREMENTS = "competencies_role_requirements"
ROLE_COURSES = "progress_role_courses"


def url(viewset: str, view: str = "index", *args) -> str:
    return reverse(f"{viewset}:{view}", args=args)


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(response) -> list[str]:
    """The first column of a listing: the text linking to each object."""
    return [
        cell.get_text(strip=True)
        for cell in page(response).select("table.listing tbody td.title .title-wrapper")
    ]


def rows(response) -> list[str]:
    return [
        row.get_text(" ", strip=True) for row in page(response).select("table.listing tbody tr")
    ]


def field_errors(response, name: str) -> str:
    field = page(response).select_one(f"[name={name}]")
    wrapper = field.find_parent(attrs={"data-field-wrapper": True})
    return " ".join(e.get_text(" ", strip=True) for e in wrapper.select(".error-message"))


def in_english(user: User) -> User:
    """The admin speaks the user's preferred language."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def login(client, user: User):
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(client, org):
    return login(client, org.editor.user)


@pytest.fixture
def hr_client(client, org):
    return login(client, org.hr.user)


def competency_form(descriptors=(), **fields) -> dict:
    """The POST data of the competency form; descriptors are (level, zh, en[, id[, delete]])."""
    data = {
        "code": "signage",
        "name_zh": "多语种标识",
        "name_en": "Multilingual signage",
        "area": "international",
        "scale": "five",
        "language": "",
        "description": "Signs and notices in several languages.",
        "descriptors-TOTAL_FORMS": str(len(descriptors)),
        "descriptors-INITIAL_FORMS": str(sum(1 for d in descriptors if len(d) > 3 and d[3])),
        "descriptors-MIN_NUM_FORMS": "0",
        "descriptors-MAX_NUM_FORMS": "1000",
    }
    for index, descriptor in enumerate(descriptors):
        level, text_zh, text_en, *rest = descriptor
        data[f"descriptors-{index}-level"] = str(level)
        data[f"descriptors-{index}-text_zh"] = text_zh
        data[f"descriptors-{index}-text_en"] = text_en
        data[f"descriptors-{index}-id"] = str(rest[0]) if rest and rest[0] else ""
        if len(rest) > 1 and rest[1]:
            data[f"descriptors-{index}-DELETE"] = "1"
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


# --- who gets in ----------------------------------------------------------------------------


@pytest.mark.parametrize("person", ["learner", "isss_manager"])
def test_learners_and_managers_cannot_reach_the_framework(client, org, framework, person):
    login(client, getattr(org, person).user)
    for address in (
        url(COMPETENCIES),
        url(COMPETENCIES, "edit", framework.teamwork.pk),
        url(REQUIREMENTS),
        url(ROLE_COURSES),
        url(COMPETENCIES, "import"),
        url(COMPETENCIES, "export") + "?format=csv",
    ):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert b"teamwork" not in response.content
    response = client.post(url(COMPETENCIES, "add"), competency_form())
    assert response.status_code in (302, 403)
    assert not Competency.objects.filter(code="signage").exists()


def test_the_menu_group_holds_the_framework_for_editors_and_hr(client, org):
    for person in (org.editor, org.hr):
        response = login(client, person.user).get(reverse("wagtailadmin_home") + "?")
        text = response.content.decode()
        assert "competency-framework" in text
        for address in (url(COMPETENCIES), url(REQUIREMENTS), url(ROLE_COURSES)):
            assert address in text


# --- competencies ---------------------------------------------------------------------------


def test_an_editor_lists_filters_and_searches_competencies(editor_client, framework):
    response = editor_client.get(url(COMPETENCIES))
    assert response.status_code == 200
    assert titles(response) == ["culture", "lang-ja", "teamwork"]
    assert "日语" in response.content.decode() or "Japanese" in response.content.decode()
    assert titles(editor_client.get(url(COMPETENCIES), {"area": "teamwork"})) == ["teamwork"]
    assert titles(editor_client.get(url(COMPETENCIES), {"scale": "cefr"})) == ["lang-ja"]
    assert titles(editor_client.get(url(COMPETENCIES), {"q": "Japanese"})) == ["lang-ja"]
    # The Import and Export buttons.
    text = response.content.decode()
    assert url(COMPETENCIES, "import") in text and url(COMPETENCIES, "export") in text


def test_the_competency_listing_query_count_does_not_grow(editor_client, framework):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(url(COMPETENCIES)).status_code == 200
        return len(queries)

    few = count()
    for n in range(12):
        make_competency(
            f"extra-{n}",
            area="technology",
            descriptors=[(1, "一", "One"), (2, "二", "Two")],
        )
    make_competency("lang-ko", area="languages", scale="cefr", language="ko")
    assert count() == few


def test_the_requirement_listing_query_count_does_not_grow(hr_client, framework):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert hr_client.get(url(REQUIREMENTS)).status_code == 200
        return len(queries)

    few = count()
    for n in range(10):
        role = JobRole.objects.create(code=f"role-{n}", name_zh=f"岗位{n}", name_en=f"Role {n}")
        for competency, level in [(framework.japanese, 2), (framework.culture, 3)]:
            RoleRequirement.objects.create(job_role=role, competency=competency, level=level)
    assert count() == few


def test_an_editor_adds_a_competency_with_descriptors_through_the_service(editor_client, org):
    form = competency_form(descriptors=[(1, "知道", "Knows the signs"), (3, "会做", "Makes signs")])
    response = editor_client.post(url(COMPETENCIES, "add"), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    competency = Competency.objects.get(code="signage")
    assert competency.area == "international"
    assert [(d.level, d.text_en) for d in competency.descriptors.all()] == [
        (1, "Knows the signs"),
        (3, "Makes signs"),
    ]
    entry = AuditEntry.objects.get(action="competency.create")
    assert entry.actor == org.editor.user and entry.target_id == str(competency.pk)


def test_the_descriptor_inline_edits_adds_and_removes_levels(editor_client, framework):
    culture = framework.culture
    one, three = sorted(culture.descriptors.all(), key=lambda d: d.level)
    form = competency_form(
        code="culture",
        area="cultural",
        name_zh=culture.name_zh,
        name_en="Cross-cultural communication",
        descriptors=[
            (1, "了解差异", "Aware of differences", one.pk),
            (3, three.text_zh, three.text_en, three.pk, "delete"),
            (5, "示范", "Models it for others"),
        ],
    )
    response = editor_client.post(url(COMPETENCIES, "edit", culture.pk), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    culture.refresh_from_db()
    assert culture.name_en == "Cross-cultural communication"
    assert [(d.level, d.text_en) for d in LevelDescriptor.objects.filter(competency=culture)] == [
        (1, "Aware of differences"),
        (5, "Models it for others"),
    ]
    assert LevelDescriptor.objects.get(level=1, competency=culture).pk == one.pk
    assert AuditEntry.objects.filter(action="competency.update", target_id=str(culture.pk))


@pytest.mark.parametrize(
    ("changes", "descriptors", "field", "message"),
    [
        ({"scale": "cefr"}, (), "language", "A CEFR competency needs its language."),
        (
            {"language": "ja"},
            (),
            "language",
            "Only a competency on the CEFR scale measures a language.",
        ),
        ({}, [(6, "六", "Six")], "descriptors-0-level", "has the levels 1 to 5"),
        ({}, [(2, "二", "Two"), (2, "二", "Again")], None, "Please correct the duplicate data"),
        ({"code": "no spaces"}, (), "code", "Use 1-40 letters"),
    ],
)
def test_invalid_competencies_are_shown_on_the_form_and_nothing_is_saved(
    client, org, changes, descriptors, field, message
):
    login(client, in_english(org.editor.user))
    if changes.get("language"):
        changes["language"] = str(Language.objects.get(code=changes["language"]).pk)
    response = client.post(url(COMPETENCIES, "add"), competency_form(descriptors, **changes))
    assert response.status_code == 200
    if field:
        assert message in field_errors(response, field)
    else:
        assert message in page(response).get_text(" ", strip=True)
    assert not Competency.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="competency.").exists()


def test_hr_reads_competencies_but_may_not_change_them(hr_client, framework):
    assert titles(hr_client.get(url(COMPETENCIES))) == ["culture", "lang-ja", "teamwork"]
    response = hr_client.post(
        url(COMPETENCIES, "edit", framework.teamwork.pk),
        competency_form(code="teamwork", area="teamwork", name_en="Changed"),
    )
    assert response.status_code in (302, 403)
    framework.teamwork.refresh_from_db()
    assert framework.teamwork.name_en != "Changed"
    assert hr_client.get(url(COMPETENCIES, "add")).status_code in (302, 403)


def test_competencies_have_no_delete(editor_client, framework):
    response = editor_client.get(url(COMPETENCIES, "edit", framework.teamwork.pk))
    assert response.status_code == 200
    assert "/delete/" not in response.content.decode()


# --- role requirements ----------------------------------------------------------------------


def test_role_requirements_are_listed_and_filtered_by_role_and_competency(hr_client, framework):
    response = hr_client.get(url(REQUIREMENTS))
    assert response.status_code == 200
    assert len(rows(response)) == 5
    only_desk = rows(hr_client.get(url(REQUIREMENTS), {"job_role": framework.desk.pk}))
    assert len(only_desk) == 2
    only_japanese = rows(hr_client.get(url(REQUIREMENTS), {"competency": framework.japanese.pk}))
    assert len(only_japanese) == 3
    assert any("B2" in row for row in only_japanese)  # levels shown on the CEFR scale
    # Each row links to its edit form.
    requirement = RoleRequirement.objects.get(
        job_role=framework.desk, competency=framework.teamwork
    )
    links = [a["href"] for a in page(response).select("table.listing tbody td.title a")]
    assert url(REQUIREMENTS, "edit", requirement.pk) in links


def test_hr_edits_a_role_requirement_through_the_service(hr_client, org, framework):
    requirement = RoleRequirement.objects.get(
        job_role=framework.desk, competency=framework.teamwork
    )
    response = hr_client.post(
        url(REQUIREMENTS, "edit", requirement.pk),
        {
            "job_role": framework.desk.pk,
            "competency": framework.teamwork.pk,
            "skill": "",
            "level": "4",
        },
    )
    assert response.status_code == 302
    requirement.refresh_from_db()
    assert requirement.level == 4
    entry = AuditEntry.objects.get(action="role_requirement.update")
    assert entry.actor == org.hr.user


def test_hr_adds_a_language_requirement_and_bad_values_stay_on_the_form(hr_client, framework):
    role = JobRole.objects.create(code="visits", name_zh="访问学者服务", name_en="Visits")
    bad = {
        "job_role": role.pk,
        "competency": framework.teamwork.pk,
        "skill": "reading",
        "level": "3",
    }
    response = hr_client.post(url(REQUIREMENTS, "add"), bad)
    assert response.status_code == 200
    assert field_errors(response, "skill")
    too_high = {**bad, "skill": "", "level": "6"}
    response = hr_client.post(url(REQUIREMENTS, "add"), too_high)
    assert response.status_code == 200
    assert not RoleRequirement.objects.filter(job_role=role).exists()

    good = {
        "job_role": role.pk,
        "competency": framework.japanese.pk,
        "skill": "reading",
        "level": "6",
    }
    assert hr_client.post(url(REQUIREMENTS, "add"), good).status_code == 302
    created = RoleRequirement.objects.get(job_role=role)
    assert (created.skill, created.level_label) == ("reading", "C2")


# --- mandatory courses ----------------------------------------------------------------------


def test_hr_adds_a_mandatory_course_to_a_role(hr_client, org, framework, course):
    response = hr_client.post(
        url(ROLE_COURSES, "add"),
        {"job_role": framework.desk.pk, "course": course.en.pk, "renew_every_months": "24"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    role_course = RoleCourse.objects.get(job_role=framework.desk)
    # Any language version: the course is known by its translation key.
    assert role_course.course_key == course.zh.translation_key
    assert AuditEntry.objects.get(action="role_course.create").actor == org.hr.user

    listing = hr_client.get(url(ROLE_COURSES), {"job_role": framework.desk.pk})
    assert any(course.en.title in row for row in rows(listing))
    assert url(ROLE_COURSES, "edit", role_course.pk) in listing.content.decode()
    assert rows(hr_client.get(url(ROLE_COURSES), {"job_role": framework.isss.pk})) == []

    # The same course in the other language is the same course: refused on the form.
    again = hr_client.post(
        url(ROLE_COURSES, "add"),
        {"job_role": framework.desk.pk, "course": course.zh.pk, "renew_every_months": ""},
    )
    assert again.status_code == 200
    assert RoleCourse.objects.filter(job_role=framework.desk).count() == 1


# --- import and export ----------------------------------------------------------------------


def upload(client, data: bytes, kind: str = "csv", dry_run: bool = False, name="f.csv"):
    form = {"kind": kind, "file": SimpleUploadedFile(name, data, content_type="text/csv")}
    if dry_run:
        form["dry_run"] = "on"
    return client.post(url(COMPETENCIES, "import"), form)


def test_an_editor_imports_a_csv_file_in_the_admin(editor_client, org, framework):
    data = (
        "\ufeffcode,area,scale,language,name_zh,name_en\r\n"
        "lang-ko,languages,cefr,ko,韩语,Korean\r\n"
    ).encode()
    preview = upload(editor_client, data, dry_run=True)
    assert preview.status_code == 200
    assert page(preview).select_one("[data-count=created]").get_text(strip=True) == "1"
    assert not Competency.objects.filter(code="lang-ko").exists()

    response = upload(editor_client, data)
    assert response.status_code == 200
    assert page(response).select_one("[data-count=created]").get_text(strip=True) == "1"
    assert Competency.objects.get(code="lang-ko").language.code == "ko"
    entry = AuditEntry.objects.get(action="competency_framework.import")
    assert entry.actor == org.editor.user and entry.data["created"] == ["lang-ko"]


def test_a_bad_file_shows_its_problems_with_the_line_and_imports_nothing(editor_client, framework):
    data = b"code,area,scale,name_zh,name_en\r\nok,teamwork,five,A,B\r\nx,foo,five,A,B\r\n"
    response = upload(editor_client, data)
    assert response.status_code == 200
    problems = page(response).select("[data-import-errors] tbody tr")
    assert [row.select("td")[0].get_text(strip=True) for row in problems] == ["3"]
    assert "'foo'" in problems[0].get_text()
    assert not Competency.objects.filter(code__in=["ok", "x"]).exists()
    assert not AuditEntry.objects.filter(action="competency_framework.import").exists()


def test_hr_imports_role_requirements_only(hr_client, framework):
    response = hr_client.get(url(COMPETENCIES, "import"))
    assert response.status_code == 200
    kinds = [i["value"] for i in page(response).select("input[name=kind]")]
    assert kinds == ["requirements-csv"]
    data = b"role_code,competency_code,skill,level\r\ndesk,teamwork,,5\r\n"
    refused = upload(hr_client, data.replace(b"desk,teamwork,,5", b"x"), kind="csv")
    assert refused.status_code == 200 and field_errors(refused, "kind")
    response = upload(hr_client, data, kind="requirements-csv")
    assert page(response).select_one("[data-count=updated]").get_text(strip=True) == "1"
    assert (
        RoleRequirement.objects.get(job_role=framework.desk, competency=framework.teamwork).level
        == 5
    )


@pytest.mark.parametrize(
    ("kind", "start", "name"),
    [
        ("csv", codecs.BOM_UTF8 + b"code,area,scale", "competencies.csv"),
        ("case", b'{\n  "CFDocument"', "competency-framework.json"),
        ("requirements-csv", codecs.BOM_UTF8 + b"role_code,", "role-requirements.csv"),
    ],
)
def test_editors_and_hr_download_the_exports(client, org, framework, kind, start, name):
    for person in (org.editor, org.hr):
        response = login(client, person.user).get(url(COMPETENCIES, "export"), {"format": kind})
        assert response.status_code == 200
        assert response.content.startswith(start)
        assert name in response["Content-Disposition"]


def test_the_export_page_lists_the_three_files(editor_client, framework):
    response = editor_client.get(url(COMPETENCIES, "export"))
    links = [a["href"] for a in page(response).select("[data-exports] a")]
    assert [link.split("format=")[1] for link in links] == ["csv", "case", "requirements-csv"]
