"""The HR roster import: reading, checking, importing, the command and the admin upload."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.factories import make_staff, make_unit
from tests.training.people.conftest import SAMPLE_ROSTER, person, roster_bytes
from training.people import services
from training.people.models import AuditEntry, JobRole, OrgUnit, StaffProfile
from training.people.roles import MANAGERS
from training.people.roster import (
    DirectorySnapshot,
    RosterImportError,
    plan_roster,
    read_roster,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def db_counts() -> dict[str, int]:
    return {
        "units": OrgUnit.objects.count(),
        "roles": JobRole.objects.count(),
        "users": User.objects.count(),
        "staff": StaffProfile.objects.count(),
        "audit": AuditEntry.objects.count(),
        "managers": Group.objects.get(name=MANAGERS).user_set.count(),
    }


def import_errors(data: bytes, **kwargs) -> list[tuple[int | None, str]]:
    with pytest.raises(RosterImportError) as caught:
        services.roster_import(data=data, **kwargs)
    return [tuple(error) for error in caught.value.errors]


def has_error(errors, line, *fragments) -> bool:
    return any(
        error_line == line and all(fragment in message for fragment in fragments)
        for error_line, message in errors
    )


# --- a good file ------------------------------------------------------------------------------


def test_sample_roster_imports_on_a_fresh_database(sample_roster):
    result = services.roster_import(data=sample_roster)

    assert result.counts() == {
        "rows": 10,
        "staff_created": 10,
        "staff_updated": 0,
        "staff_unchanged": 0,
        "units_created": 7,  # the library, 2 departments, 4 teams
        "units_updated": 0,
        "roles_created": 3,
        "roles_updated": 0,
    }
    assert not result.dry_run

    library = OrgUnit.objects.get(kind=OrgUnit.Kind.LIBRARY)
    assert (library.code, library.name_zh, library.name_en) == (
        "library",
        "大学图书馆",
        "University Library",
    )
    isss = OrgUnit.objects.get(code="isss")
    assert isss.kind == OrgUnit.Kind.DEPARTMENT
    assert isss.parent == library
    assert isss.name_zh == "国际学生学者服务部"
    assert isss.name_en == "International Student & Scholar Services"
    desk = OrgUnit.objects.get(code="circ-desk")
    assert desk.kind == OrgUnit.Kind.TEAM
    assert desk.parent.code == "circ"
    assert desk.name_en == "Loans, Returns & Renewals Desk"  # a quoted value with a comma
    assert desk.path == f"{library.path}{desk.parent_id}/{desk.pk}/"
    assert desk.depth == 2
    assert sorted(OrgUnit.objects.values_list("code", flat=True)) == [
        "circ",
        "circ-desk",
        "circ-stacks",
        "isss",
        "isss-desk",
        "isss-visit",
        "library",
    ]

    head = JobRole.objects.get(code="head-of-dept")
    assert (head.name_zh, head.name_en) == ("部门主任", "Head of Department")
    assert JobRole.objects.get(code="circ-assistant").name_en == "Circulation Desk Assistant"

    zhang = StaffProfile.objects.get(staff_number="LIB2008001")
    assert zhang.name_zh == "张喆"
    assert zhang.name_latin == "ZHANG Zhe"
    assert zhang.user.username == "zhangzhe"
    assert zhang.user.email == "zhe.zhang@library.example.edu"
    assert zhang.user.first_name == "ZHANG Zhe"
    assert not zhang.user.has_usable_password()
    assert zhang.org_unit == isss
    assert zhang.job_role == head
    assert sorted(zhang.languages.values_list("code", flat=True)) == ["en", "ja"]
    assert zhang.start_date == datetime.date(2008, 7, 1)
    assert zhang.is_active and zhang.user.is_active
    assert list(zhang.managed_units.values_list("code", flat=True)) == ["isss"]
    assert zhang.user.groups.filter(name=MANAGERS).exists()

    li = StaffProfile.objects.get(staff_number="LIB2016032")
    assert li.name_zh == "李赟"
    assert li.user.username == "lib2016032"  # the default: the staff number in lower case
    assert li.org_unit.code == "isss-desk"
    assert li.job_role.code == "isss-advisor"
    assert list(li.managed_units.values_list("code", flat=True)) == ["isss-desk"]

    ma = StaffProfile.objects.get(staff_number="LIB2022011")
    assert list(ma.languages.all()) == []
    assert list(ma.managed_units.all()) == []
    assert not ma.user.groups.filter(name=MANAGERS).exists()

    zheng = StaffProfile.objects.get(staff_number="LIB2015019")
    assert zheng.name_zh == "郑媛媛"
    assert not zheng.is_active
    assert not zheng.user.is_active

    assert StaffProfile.objects.get(name_latin="ZHAO Kun").name_zh == "赵堃"

    actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert actions.count("org_unit.create") == 7
    assert actions.count("job_role.create") == 3
    assert actions.count("staff.create") == 10
    assert actions.count("roster.import") == 1
    entry = AuditEntry.objects.get(action="roster.import")
    assert entry.actor is None
    assert entry.data["staff_created"] == 10
    assert entry.data["units_created"] == 7
    assert len(entry.data["sha256"]) == 64
    assert "LIB2008001" in entry.data["created"]


@pytest.mark.parametrize("bom", [False, True], ids=["no-bom", "bom"])
def test_utf8_with_and_without_bom(db, bom):
    data = roster_bytes(
        [person("S1", name_zh="张喆", name_latin="ZHANG Zhe", languages="en;ja")],
        columns=[*list(person("x")), "languages"],
        bom=bom,
    )
    assert data.startswith(b"\xef\xbb\xbf") == bom

    result = services.roster_import(data=data)

    assert result.staff_created == 1
    profile = StaffProfile.objects.get(staff_number="S1")
    assert profile.name_zh == "张喆"
    assert sorted(profile.languages.values_list("code", flat=True)) == ["en", "ja"]


def test_header_is_case_insensitive_and_spaces_are_ignored(db):
    data = (
        " Staff_Number ,NAME_ZH,Name_Latin, email ,Department_Code,department_name_zh,"
        "DEPARTMENT_NAME_EN\n"
        "S1,  赵堃 , ZHAO Kun ,kun@library.example.edu,circ,流通部,Circulation\n"
    ).encode()
    services.roster_import(data=data)
    profile = StaffProfile.objects.get(staff_number="S1")
    assert (profile.name_zh, profile.name_latin) == ("赵堃", "ZHAO Kun")


def test_import_uses_the_existing_library_and_units(org):
    data = roster_bytes(
        [
            person(
                "N1",
                department_code="isss",
                department_name_zh="国际学生学者服务部",
                department_name_en="International Services",
                team_code="isss-desk",
                team_name_zh="isss-desk部",
                team_name_en="Isss-Desk",
                manages="isss-desk;lib",
            )
        ]
    )
    result = services.roster_import(data=data, actor=org.hr.user)

    assert result.units_created == 0
    assert result.units_updated == 1  # only the Chinese name of isss changed
    assert OrgUnit.objects.filter(kind=OrgUnit.Kind.LIBRARY).count() == 1
    org.isss.refresh_from_db()
    assert org.isss.name_zh == "国际学生学者服务部"
    profile = StaffProfile.objects.get(staff_number="N1")
    assert profile.org_unit == org.isss_desk
    assert sorted(profile.managed_units.values_list("code", flat=True)) == ["isss-desk", "lib"]
    assert AuditEntry.objects.filter(action="roster.import", actor=org.hr.user).count() == 1
    assert AuditEntry.objects.filter(action="staff.create", actor=org.hr.user).count() == 1


def test_staff_absent_from_the_file_are_not_deactivated(org):
    services.roster_import(data=roster_bytes([person("N1")]))
    for profile in (org.learner, org.circ_staff, org.hr):
        profile.refresh_from_db()
        assert profile.is_active
        assert profile.user.is_active


def test_active_no_deactivates_an_existing_person(org):
    row = person(
        org.circ_staff.staff_number,
        name_zh="钱昇",
        name_latin="QIAN Sheng",
        email=org.circ_staff.user.email,
        department_name_zh="circ部",
        active="否",
    )
    result = services.roster_import(data=roster_bytes([row]))
    assert result.staff_updated == 1
    assert result.changes[0].fields == ("active",)
    org.circ_staff.refresh_from_db()
    assert not org.circ_staff.is_active
    assert not org.circ_staff.user.is_active


def test_manages_may_name_units_defined_later_in_the_file(db):
    data = roster_bytes(
        [
            person("S1", manages="lab; circ"),
            person(
                "S2",
                department_code="lab",
                department_name_zh="实验室",
                department_name_en="Digital Lab",
            ),
        ]
    )
    services.roster_import(data=data)
    profile = StaffProfile.objects.get(staff_number="S1")
    assert sorted(profile.managed_units.values_list("code", flat=True)) == ["circ", "lab"]
    assert profile.user.groups.filter(name=MANAGERS).exists()


def test_an_empty_manages_cell_makes_a_manager_manage_nothing(org):
    manager = org.circ_manager
    row = person(
        manager.staff_number,
        name_zh="赵堃",
        name_latin="ZHAO Kun",
        email=manager.user.email,
        department_name_zh="circ部",
        manages="",
    )
    result = services.roster_import(data=roster_bytes([row], columns=[*row]))
    assert result.changes[0].fields == ("manages",)
    manager.refresh_from_db()
    assert list(manager.managed_units.all()) == []
    assert not manager.user.groups.filter(name=MANAGERS).exists()


def test_a_column_left_out_leaves_the_field_alone(org):
    learner = org.learner  # speaks en and ja, in team isss-desk
    row = person(
        learner.staff_number,
        name_zh="李赟",
        name_latin="LI Yun",
        email=learner.user.email,
        department_code="isss",
        department_name_zh="isss部",
        department_name_en="International Services",
        team_code="isss-desk",
        team_name_zh="isss-desk部",
        team_name_en="Isss-Desk",
    )
    columns = [*row]  # no languages, manages, job_role or start_date columns
    result = services.roster_import(data=roster_bytes([row], columns=columns))
    assert result.staff_unchanged == 1
    assert sorted(learner.languages.values_list("code", flat=True)) == ["en", "ja"]


# --- idempotence and updates --------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing(sample_roster):
    services.roster_import(data=sample_roster)
    before = db_counts()
    stamps = dict(StaffProfile.objects.values_list("staff_number", "updated_at"))
    last_audit = AuditEntry.objects.order_by("-pk").first().pk

    result = services.roster_import(data=sample_roster)

    assert result.counts() == {
        "rows": 10,
        "staff_created": 0,
        "staff_updated": 0,
        "staff_unchanged": 10,
        "units_created": 0,
        "units_updated": 0,
        "roles_created": 0,
        "roles_updated": 0,
    }
    new_entries = list(
        AuditEntry.objects.filter(pk__gt=last_audit).values_list("action", flat=True)
    )
    assert new_entries == ["roster.import"]
    assert db_counts() == {**before, "audit": before["audit"] + 1}
    assert dict(StaffProfile.objects.values_list("staff_number", "updated_at")) == stamps


def test_a_changed_field_updates_only_that_person(sample_roster):
    services.roster_import(data=sample_roster)
    stamps = dict(StaffProfile.objects.values_list("staff_number", "updated_at"))
    changed = sample_roster.replace(b"yun.li@library.example.edu", b"li.yun@library.example.edu")
    changed = changed.replace(b"en;ja;ko,2016-09-01", b"en;ko,2016-09-01")
    last_audit = AuditEntry.objects.order_by("-pk").first().pk

    result = services.roster_import(data=changed)

    assert (result.staff_created, result.staff_updated, result.staff_unchanged) == (0, 1, 9)
    [change] = [c for c in result.changes if c.action == "update"]
    assert (change.line, change.staff_number, change.fields) == (
        4,
        "LIB2016032",
        ("email", "languages"),
    )
    li = StaffProfile.objects.get(staff_number="LIB2016032")
    assert li.user.email == "li.yun@library.example.edu"
    assert sorted(li.languages.values_list("code", flat=True)) == ["en", "ko"]
    new_entries = list(
        AuditEntry.objects.filter(pk__gt=last_audit).values_list("action", "target_id")
    )
    assert sorted(new_entries) == [("roster.import", ""), ("staff.update", str(li.pk))]
    for number, stamp in StaffProfile.objects.values_list("staff_number", "updated_at"):
        assert (stamp == stamps[number]) == (number != "LIB2016032")


def test_renaming_units_and_roles(sample_roster):
    services.roster_import(data=sample_roster)
    renamed = sample_roster.replace(b"Stacks Management", b"Stacks & Storage").replace(
        b",Head of Department,", b",Head of Section,"
    )
    result = services.roster_import(data=renamed)
    assert (result.units_updated, result.roles_updated, result.staff_unchanged) == (1, 1, 10)
    assert OrgUnit.objects.get(code="circ-stacks").name_en == "Stacks & Storage"
    assert JobRole.objects.get(code="head-of-dept").name_en == "Head of Section"


def test_username_given_for_an_existing_person_renames_the_account(org):
    row = person(
        org.circ_staff.staff_number,
        name_zh="钱昇",
        name_latin="QIAN Sheng",
        email=org.circ_staff.user.email,
        department_name_zh="circ部",
        username="QianSheng",
    )
    result = services.roster_import(data=roster_bytes([row]))
    assert result.changes[0].fields == ("username",)
    org.circ_staff.user.refresh_from_db()
    assert org.circ_staff.user.username == "qiansheng"


# --- refusing bad files -------------------------------------------------------------------------


def test_one_bad_line_imports_nothing(org):
    before = db_counts()
    data = roster_bytes(
        [
            person("N1", job_role="new-role", job_role_name_zh="新岗位", job_role_name_en="New"),
            person("N2", team_code="circ-new", team_name_zh="新组", team_name_en="New Team"),
            person("N3", email="not-an-email"),
            person("N4", department_code="brand-new", department_name_en="Brand New"),
        ]
    )

    errors = import_errors(data, actor=org.hr.user)

    assert errors == [(4, "email: 'not-an-email' is not a valid email address.")]
    assert db_counts() == before
    assert not StaffProfile.objects.filter(staff_number__in=["N1", "N2", "N4"]).exists()
    assert not OrgUnit.objects.filter(code__in=["circ-new", "brand-new"]).exists()
    assert not JobRole.objects.filter(code="new-role").exists()


def test_every_problem_is_reported_with_its_line_and_column(org):
    JobRole.objects.create(code="desk", name_zh="服务台", name_en="Desk")
    rows = [
        person("A1", start_date="2024/09/01"),  # line 2
        person("A2", languages="en;xx"),  # 3
        person("A3", job_role="ghost"),  # 4
        person("bad code!", email="a5@library.example.edu"),  # 5
        person("A1", email="other@library.example.edu"),  # 6: staff number again
        person("A7", email="a2@library.example.edu"),  # 7: email of line 3
        person("A8", username="admin"),  # 8: the superuser's account
        person("A9", department_code="isss-desk"),  # 9: an existing team as a department
        person("A10", team_code="circ", team_name_zh="流通", team_name_en="Circ"),  # 10
        person("A11", department_name_en="Lending"),  # 11: other name for circ
        person("A12", name_zh=""),  # 12
        person("A13", name_latin="X" * 151),  # 13
        person("A14", active="maybe"),  # 14
        person("A15", manages="nowhere"),  # 15
        person("A16", team_code="isss-visit", team_name_zh="x", team_name_en="y"),  # 16
        person("A17", email=org.learner.user.email),  # 17: someone else's email
        person("A18", team_code="t1"),  # 18: a team without names
        person("A19", job_role="new-role", job_role_name_zh="新岗位"),  # 19
    ]
    before = db_counts()

    errors = import_errors(roster_bytes(rows))

    expected = [
        (2, "start_date", "'2024/09/01'", "YYYY-MM-DD"),
        (3, "languages", "'xx'", "not a known language"),
        (4, "job_role", "'ghost'", "(missing: job_role_name_zh, job_role_name_en)"),
        (5, "staff_number", "'bad code!'", "not a valid code"),
        (6, "staff_number", "'A1'", "also on line 2"),
        (7, "email", "'a2@library.example.edu'", "also used on line 3"),
        (8, "username", "'admin'", "already belongs to the account admin"),
        (9, "department_code", "'isss-desk'", "already exists as a team"),
        (10, "team_code", "'circ'", "as a department on line 2"),
        (11, "department_name_en", "'Lending'", "'Circulation'", "line 2"),
        (12, "name_zh", "required"),
        (13, "name_latin", "151 characters", "at most 150"),
        (14, "active", "'maybe'"),
        (15, "manages", "'nowhere'", "not an org unit"),
        (16, "team_code", "'isss-visit'", "already exists in department 'isss'"),
        (17, "email", org.learner.user.email, f"staff member {org.learner.staff_number}"),
        (18, "team_name_zh", "required when team_code is given"),
        (18, "team_name_en", "required when team_code is given"),
        (19, "job_role", "'new-role'", "(missing: job_role_name_en)"),
    ]
    for line, *fragments in expected:
        assert has_error(errors, line, *fragments), (line, fragments, errors)
    assert len(errors) == len(expected), "\n".join(map(str, errors))
    assert [line for line, _ in errors] == sorted(line for line, _ in errors)
    assert db_counts() == before


def test_a_team_code_with_two_departments_in_the_file(db):
    rows = [
        person("S1", team_code="desk", team_name_zh="服务台", team_name_en="Desk"),
        person(
            "S2",
            department_code="isss",
            department_name_zh="国际部",
            department_name_en="ISSS",
            team_code="desk",
            team_name_zh="服务台",
            team_name_en="Desk",
        ),
    ]
    errors = import_errors(roster_bytes(rows))
    assert errors == [
        (
            3,
            "team_code: team 'desk' is in department 'isss' here but in department 'circ' "
            "on line 2.",
        )
    ]


def test_a_new_job_role_needs_both_names_somewhere_in_the_file(db):
    rows = [
        person("S1", job_role="desk", job_role_name_zh="服务台馆员"),
        person("S2", job_role="desk", job_role_name_en="Desk Librarian"),
    ]
    services.roster_import(data=roster_bytes(rows))
    role = JobRole.objects.get(code="desk")
    assert (role.name_zh, role.name_en) == ("服务台馆员", "Desk Librarian")
    assert StaffProfile.objects.filter(job_role=role).count() == 2


def test_chinese_characters_in_name_latin_are_refused(db):
    errors = import_errors(roster_bytes([person("S1", name_zh="ZHANG Zhe", name_latin="张喆")]))
    assert errors == [
        (
            2,
            "name_latin: '张喆' contains Chinese characters; give the name in Latin letters as "
            "in the passport, e.g. ZHANG Zhe.",
        )
    ]


def test_job_role_names_without_a_code_are_refused(db):
    errors = import_errors(roster_bytes([person("S1", job_role_name_en="Desk")]))
    assert errors == [(2, "job_role_name_en is given but job_role is empty.")]


def test_the_default_username_taken_by_another_account(org):
    User.objects.create_user("s1")
    errors = import_errors(roster_bytes([person("S1")]))
    assert has_error(errors, 2, "default username 's1'", "the account s1", "username column")


def test_code_library_is_reserved_when_the_library_is_created(db):
    errors = import_errors(roster_bytes([person("S1", department_code="library")]))
    assert has_error(errors, 2, "department_code", "'library'", "reserved for the library")


def test_more_than_one_library_is_refused(org):
    make_unit("lib2", "library")
    errors = import_errors(roster_bytes([person("S1")]))
    assert has_error(errors, None, "2 library units", "lib, lib2")


def test_non_utf8_file_is_refused_with_its_line(db):
    good = roster_bytes([person("S1")])
    gbk = roster_bytes([person("S2", name_zh="张喆")], encoding="gbk")
    data = good + gbk.split(b"\r\n", 1)[1]  # line 3 is GBK

    errors = import_errors(data)

    assert len(errors) == 1
    line, message = errors[0]
    assert line == 3
    assert "not UTF-8" in message
    assert "CSV UTF-8" in message
    assert "byte 0xD5" in message  # the first byte of 张 in GBK
    assert StaffProfile.objects.count() == 0


@pytest.mark.parametrize(
    "data", [b"PK\x03\x04\x14\x00\x06\x00", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00"]
)
def test_excel_workbooks_are_refused_with_advice(db, data):
    [(line, message)] = import_errors(data)
    assert line is None
    assert "not a CSV file" in message
    assert "CSV UTF-8" in message


def test_utf16_file_is_refused(db):
    data = roster_bytes([person("S1")]).decode().encode("utf-16")
    [(line, message)] = import_errors(data)
    assert line == 1
    assert "UTF-16" in message


@pytest.mark.parametrize(
    ("data", "line", "fragment"),
    [
        (b"", None, "The file is empty."),
        (b"  \r\n\r\n", None, "The file is empty."),
        (b"\xef\xbb\xbf", None, "The file is empty."),
        (",".join(["staff_number", "name_zh"]).encode(), 1, "Required columns are missing"),
        (
            b"staff_number;name_zh;name_latin;email\nS1;x;y;z\n",
            1,
            "separated by commas",
        ),
    ],
    ids=["empty", "blank", "bom-only", "missing-columns", "semicolons"],
)
def test_files_refused_as_a_whole(db, data, line, fragment):
    errors = import_errors(data)
    assert has_error(errors, line, fragment), errors


def test_missing_and_unknown_columns_are_reported_on_line_1(db):
    data = b"staff_number,name_zh,langauges\nS1,x,en\n"
    errors = import_errors(data)
    assert has_error(errors, 1, "Unknown column 'langauges'")
    assert has_error(
        errors,
        1,
        "Required columns are missing: name_latin, email, department_code, "
        "department_name_zh, department_name_en.",
    )


def test_header_without_rows(db):
    errors = import_errors(roster_bytes([]))
    assert errors == [(None, "The file has a header line but no staff rows.")]


def test_too_large_file_is_refused(db, settings):
    settings.MERIDIAN_ROSTER_MAX_BYTES = 100
    errors = import_errors(roster_bytes([person("S1"), person("S2")]))
    assert len(errors) == 1
    assert errors[0][0] is None
    assert "too large" in errors[0][1]


def test_nul_byte_is_refused_with_its_line(db):
    data = roster_bytes([person("S1"), person("S2", name_latin="WANG\x00Fang")])
    errors = import_errors(data)
    assert len(errors) == 1
    assert errors[0][0] == 3
    assert "NUL byte" in errors[0][1]


def test_malformed_csv_quoting_is_refused(db):
    data = roster_bytes([person("S1")]) + b'S2,"unterminated,WANG Fang\r\n'
    errors = import_errors(data)
    assert len(errors) == 1
    assert errors[0][0] == 3
    assert "malformed" in errors[0][1]


def test_value_in_a_column_without_a_header_is_refused(db):
    data = roster_bytes([person("S1")]).rstrip(b"\r\n") + b",stray\r\n"
    errors = import_errors(data)
    assert errors == [(2, "This row has a value in a column without a header: 'stray'.")]


def test_blank_and_comma_only_lines_are_skipped(db):
    data = roster_bytes([person("S1")]) + b"\r\n,,,,,,\r\n"
    assert services.roster_import(data=data).rows == 1


# --- hostile values ----------------------------------------------------------------------------


def test_markup_and_formulas_are_stored_verbatim(db):
    script = "<script>alert('x')</script>"
    rows = [
        person("S1", name_latin=script, department_name_en='=HYPERLINK("http://evil")'),
    ]
    services.roster_import(data=roster_bytes(rows))
    profile = StaffProfile.objects.get(staff_number="S1")
    assert profile.name_latin == script
    assert profile.org_unit.name_en == '=HYPERLINK("http://evil")'


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("WANG\x07Fang", "control character (U+0007)"),
        ("WANG\nFang", "control character (U+000A)"),
        ("\u202eWANG Fang", "control character (U+202E)"),
        ("W" * 10_000, "10000 characters long; at most 150"),
    ],
    ids=["bell", "newline-in-quotes", "bidi-override", "very-long"],
)
def test_hostile_values_are_refused(db, value, fragment):
    errors = import_errors(roster_bytes([person("S1", name_latin=value)]))
    assert len(errors) == 1
    line, message = errors[0]
    assert line == 2
    assert message.startswith("name_latin")
    assert fragment in message
    assert len(message) < 400  # the bad value is shortened in the message
    assert StaffProfile.objects.count() == 0


# --- permission, dry run, purity ----------------------------------------------------------------


@pytest.mark.parametrize("who", ["learner", "isss_manager", "editor"])
def test_only_hr_and_admins_may_import(org, who):
    before = db_counts()
    with pytest.raises(PermissionDenied):
        services.roster_import(data=roster_bytes([person("N1")]), actor=getattr(org, who).user)
    assert db_counts() == before


def test_superuser_may_import(org):
    result = services.roster_import(data=roster_bytes([person("N1")]), actor=org.admin)
    assert result.staff_created == 1


def test_dry_run_reports_and_writes_nothing(db, sample_roster):
    before = db_counts()
    result = services.roster_import(data=sample_roster, dry_run=True)
    assert result.dry_run
    assert (result.staff_created, result.units_created, result.roles_created) == (10, 7, 3)
    assert "nothing was saved" in result.summary()
    assert db_counts() == before


def test_dry_run_still_reports_errors(db):
    before = db_counts()
    errors = import_errors(roster_bytes([person("S1", email="nope")]), dry_run=True)
    assert errors == [(2, "email: 'nope' is not a valid email address.")]
    assert db_counts() == before


def test_reading_and_planning_make_no_queries_and_no_writes(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        parsed = read_roster(SAMPLE_ROSTER.read_bytes())
    assert len(parsed.rows) == 10
    assert parsed.rows[0].line == 2
    snapshot = DirectorySnapshot.load(parsed.rows)
    with django_assert_num_queries(0):
        plan = plan_roster(parsed, snapshot)
    assert plan.library is None
    assert [change.code for change in plan.units][:2] == ["isss", "circ"]


# --- the management command ---------------------------------------------------------------------


def test_command_imports_a_file(db, capsys):
    call_command("import_staff", str(SAMPLE_ROSTER))
    out = capsys.readouterr().out
    assert (
        "Roster imported. Rows: 10. Staff created: 10, updated: 0, unchanged: 0. "
        "Org units created: 7, updated: 0. Job roles created: 3, updated: 0." in out
    )
    assert StaffProfile.objects.count() == 10

    call_command("import_staff", str(SAMPLE_ROSTER), verbosity=2)
    out = capsys.readouterr().out
    assert "Staff created: 0, updated: 0, unchanged: 10." in out


def test_command_verbose_lists_the_changes(db, capsys):
    call_command("import_staff", str(SAMPLE_ROSTER), verbosity=2)
    out = capsys.readouterr().out
    assert "line 2: LIB2008001 ZHANG Zhe: created" in out


def test_command_dry_run_writes_nothing(db, capsys):
    before = db_counts()
    call_command("import_staff", str(SAMPLE_ROSTER), "--dry-run")
    out = capsys.readouterr().out
    assert "Check only, nothing was saved. Rows: 10. Staff to create: 10, to update: 0" in out
    assert db_counts() == before


def test_command_reports_every_error_and_imports_nothing(db, tmp_path, capsys):
    path = tmp_path / "roster.csv"
    path.write_bytes(
        roster_bytes([person("S1"), person("S2", email="broken"), person("S3", start_date="x")])
    )
    before = db_counts()
    with pytest.raises(CommandError, match=r"2 problems found in .*; nothing was imported"):
        call_command("import_staff", str(path))
    err = capsys.readouterr().err
    assert "line 3: email: 'broken' is not a valid email address." in err
    assert "line 4: start_date: 'x' is not a date in the form YYYY-MM-DD" in err
    assert db_counts() == before


def test_command_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="No such file: .*nowhere.csv"):
        call_command("import_staff", str(tmp_path / "nowhere.csv"))
    with pytest.raises(CommandError, match="is a directory"):
        call_command("import_staff", str(tmp_path))


def test_command_exits_non_zero(db, tmp_path):
    """Run the way cron or a shell would: a CommandError becomes exit status 1."""
    path = tmp_path / "roster.csv"
    path.write_bytes(b"staff_number\nS1\n")
    from django.core.management import ManagementUtility

    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "import_staff", str(path)]).execute()
    assert exited.value.code == 1


# --- the admin upload ---------------------------------------------------------------------------

URL = "/admin/people/import/"


def admin_login(client, user) -> None:
    """Sign in, with English as the admin language (the site's default language is Chinese)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)


def upload(client, data: bytes, *, dry_run: bool = False, name: str = "roster.csv"):
    payload = {"roster": SimpleUploadedFile(name, data, content_type="text/csv")}
    if dry_run:
        payload["dry_run"] = "on"
    return client.post(URL, payload)


def test_admin_url_name():
    assert reverse("people_roster_import") == URL


def test_hr_sees_the_upload_form(client, org):
    admin_login(client, org.hr.user)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Import staff roster" in html
    assert 'enctype="multipart/form-data"' in html
    assert 'name="roster"' in html
    assert 'name="dry_run"' in html
    assert "Check only (dry run)" in html
    assert "department_name_en" in html  # the columns are explained


def test_hr_uploads_a_roster_and_sees_the_counts(client, org):
    admin_login(client, org.hr.user)
    rows = [person("N1"), person("N2", team_code="circ-desk", team_name_zh="台", team_name_en="D")]
    response = upload(client, roster_bytes(rows))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Roster imported. Rows: 2. Staff created: 2, updated: 0, unchanged: 0." in html
    assert 'data-count="staff_created">2<' in html
    assert 'data-count="units_created">1<' in html
    assert 'data-count="units_updated">1<' in html  # circ gets its Chinese name from the file
    assert "N2" in html
    assert StaffProfile.objects.filter(staff_number__in=["N1", "N2"]).count() == 2
    assert AuditEntry.objects.get(action="roster.import").actor == org.hr.user


def test_superuser_uploads_on_a_fresh_database(client, db, sample_roster):
    from tests.factories import make_superuser

    admin_login(client, make_superuser())
    response = upload(client, sample_roster)
    assert response.status_code == 200
    assert 'data-count="staff_created">10<' in response.content.decode()
    assert StaffProfile.objects.count() == 10


def test_editor_gets_403_and_imports_nothing(client, org):
    admin_login(client, org.editor.user)
    assert client.get(URL).status_code == 403
    before = db_counts()
    response = upload(client, roster_bytes([person("N1")]))
    assert response.status_code == 403
    assert "Not allowed" in response.content.decode()
    assert db_counts() == before


@pytest.mark.parametrize("who", ["learner", "isss_manager"])
def test_staff_without_admin_access_are_turned_away(client, org, who):
    """Wagtail sends people without admin access to its login page before the view runs."""
    admin_login(client, getattr(org, who).user)
    before = db_counts()
    response = upload(client, roster_bytes([person("N1")]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert db_counts() == before


def test_anonymous_is_sent_to_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_admin_shows_every_error_and_imports_nothing(client, org):
    admin_login(client, org.hr.user)
    before = db_counts()
    data = roster_bytes(
        [
            person("N1"),
            person("N2", email="<b>broken</b>"),
            person("N3", languages="en;klingon"),
        ]
    )
    response = upload(client, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 problems found; nothing was imported" in html
    assert "Nothing was imported. Fix the problems listed below" in html
    assert "<td>3</td>" in html
    assert "email: &#x27;&lt;b&gt;broken&lt;/b&gt;&#x27; is not a valid email address." in html
    assert "<b>broken</b>" not in html
    assert "<td>4</td>" in html
    assert "languages: &#x27;klingon&#x27; is not a known language code" in html
    assert db_counts() == before


def test_admin_escapes_hostile_names_in_the_report(client, org):
    admin_login(client, org.hr.user)
    script = "<script>alert(1)</script>"
    response = upload(client, roster_bytes([person("N1", name_latin=script)]), dry_run=True)
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert script not in html


def test_admin_dry_run_writes_nothing(client, org):
    admin_login(client, org.hr.user)
    before = db_counts()
    response = upload(client, roster_bytes([person("N1"), person("N2")]), dry_run=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Check only: this is what the import would do. Nothing was saved." in html
    assert "Staff to create: 2, to update: 0, unchanged: 0." in html
    assert 'data-count="staff_created">2<' in html
    assert db_counts() == before


def test_admin_non_utf8_upload(client, org):
    admin_login(client, org.hr.user)
    response = upload(client, roster_bytes([person("N1", name_zh="赵堃")], encoding="gb18030"))
    html = response.content.decode()
    assert "1 problem found; nothing was imported" in html
    assert "not UTF-8 encoded" in html
    assert not StaffProfile.objects.filter(staff_number="N1").exists()


def test_admin_requires_a_file(client, org):
    admin_login(client, org.hr.user)
    response = client.post(URL, {})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_menu_item_shown_only_to_directory_editors(rf, org):
    from training.people.wagtail_hooks import register_roster_import_in_staff_directory

    roster_import_menu_item = register_roster_import_in_staff_directory()
    assert str(roster_import_menu_item.url) == URL
    for who, shown in [("hr", True), ("editor", False), ("learner", False)]:
        request = rf.get("/admin/")
        request.user = getattr(org, who).user
        assert roster_import_menu_item.is_shown(request) is shown
    request = rf.get("/admin/")
    request.user = org.admin
    assert roster_import_menu_item.is_shown(request)


def test_username_of_another_staff_member_is_refused(org):
    make_staff(org.circ, number="TAKEN")
    errors = import_errors(roster_bytes([person("N1"), person("N2", username="taken")]))
    assert has_error(errors, 3, "username", "'taken'", "staff member TAKEN")
    assert not StaffProfile.objects.filter(staff_number="N1").exists()
