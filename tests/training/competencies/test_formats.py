"""Import and export of the competency framework: CSV, CASE JSON and role requirements CSV.

Round trips are exact; a file with any problem imports nothing and names the line and the field;
every import is audited; dry runs write nothing.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import uuid
from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from training.competencies import formats, services
from training.competencies.formats import case, csv_format
from training.competencies.models import Competency, LevelDescriptor, RoleRequirement
from training.people.models import AuditEntry, JobRole, Language

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.UTC)


def make_competency(code, *, area, scale="five", language=None, descriptors=(), **fields):
    competency = Competency(
        code=code,
        area=area,
        scale=scale,
        language=Language.objects.get(code=language) if language else None,
        name_zh=fields.pop("name_zh", f"{code}能力"),
        name_en=fields.pop("name_en", f"{code} skill"),
        **fields,
    )
    competency.descriptors = [
        LevelDescriptor(level=level, text_zh=zh, text_en=en) for level, zh, en in descriptors
    ]
    return services.competency_save(competency=competency)


@pytest.fixture
def framework(db):
    """Three competencies, one of each kind, and what two job roles require of them."""
    japanese = make_competency(
        "lang-ja",
        area="languages",
        scale="cefr",
        language="ja",
        name_zh="日语",
        name_en="Japanese",
        description="Serving Japanese-speaking users.",
    )
    teamwork = make_competency(
        "teamwork",
        area="teamwork",
        name_zh="团队合作",
        name_en='Teamwork, "together"',
        # Text a spreadsheet would run as a formula, a line break, commas and quotes.
        description='=HYPERLINK("x")\n- shares the desk, fairly',
        descriptors=[
            (level, f"第{level}级：合作", f"Level {level}: works with others")
            for level in range(1, 6)
        ],
    )
    culture = make_competency(
        "culture",
        area="cultural",
        name_zh="跨文化沟通",
        name_en="@Cross-cultural communication",
        descriptors=[(1, "了解", "-Aware"), (3, "熟练", "+Skilled")],
    )
    desk = JobRole.objects.create(code="desk", name_zh="服务台", name_en="Desk assistant")
    isss = JobRole.objects.create(code="isss-librarian", name_zh="国际馆员", name_en="ISSS")
    for role, competency, skill, level in [
        (desk, japanese, "", 3),
        (desk, teamwork, "", 2),
        (isss, japanese, "reading", 4),
        (isss, japanese, "interaction", 3),
        (isss, culture, "", 4),
    ]:
        services.role_requirement_save(
            requirement=RoleRequirement(
                job_role=role, competency=competency, skill=skill, level=level
            ),
            actor=None,
        )
    return SimpleNamespace(
        japanese=japanese, teamwork=teamwork, culture=culture, desk=desk, isss=isss
    )


def snapshot() -> dict:
    """Everything the framework holds, by code (no primary keys)."""
    competencies = {
        c.code: (
            c.area,
            c.scale,
            c.language.code if c.language_id else None,
            c.name_zh,
            c.name_en,
            c.description,
            tuple(
                (d.level, d.text_zh, d.text_en)
                for d in sorted(c.descriptors.all(), key=lambda d: d.level)
            ),
        )
        for c in Competency.objects.select_related("language").prefetch_related("descriptors")
    }
    requirements = sorted(
        (r.job_role.code, r.competency.code, r.skill, r.level)
        for r in RoleRequirement.objects.select_related("job_role", "competency")
    )
    return {"competencies": competencies, "requirements": requirements}


def wipe() -> None:
    RoleRequirement.objects.all().delete()
    LevelDescriptor.objects.all().delete()
    Competency.objects.all().delete()


def problems(excinfo) -> list[str]:
    return [str(error) for error in excinfo.value.errors]


def csv_file(*lines: str, bom: bool = False) -> bytes:
    text = "\r\n".join(lines) + "\r\n"
    return (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")


HEADER = "code,area,scale,language,name_zh,name_en,description"


# --- round trips ------------------------------------------------------------------------------


def test_csv_export_is_utf8_with_a_bom_and_formula_cells_are_made_safe(framework):
    data = formats.framework_export(kind="csv")
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert header[:7] == ["code", "area", "scale", "language", "name_zh", "name_en", "description"]
    assert header[7:] == [f"descriptor_{n}_{lang}" for n in range(1, 6) for lang in ("zh", "en")]
    assert "日语" in text and "lang-ja,languages,cefr,ja," in text
    assert '"\'=HYPERLINK(""x"")\n- shares the desk, fairly"' in text
    assert "'@Cross-cultural communication" in text
    assert "'-Aware" in text and "'+Skilled" in text
    assert "\n=" not in text and ",=" not in text and ",@" not in text


def test_csv_round_trip_is_exact(framework):
    before = snapshot()
    data = formats.framework_export(kind="csv")
    wipe()
    result = formats.framework_import(data=data, kind="csv")
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    assert snapshot()["competencies"] == before["competencies"]
    assert formats.framework_export(kind="csv") == data
    again = formats.framework_import(data=data, kind="csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_case_round_trip_is_exact(framework, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)
    before = snapshot()
    data = formats.framework_export(kind="case")
    wipe()
    result = formats.framework_import(data=data, kind="case")
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    assert snapshot()["competencies"] == before["competencies"]
    assert formats.framework_export(kind="case") == data
    again = formats.framework_import(data=data, kind="case")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_requirements_round_trip_is_exact(framework):
    before = snapshot()
    data = formats.framework_export(kind="requirements-csv")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "role_code,competency_code,skill,level"
    assert "isss-librarian,lang-ja,reading,B2" in text
    assert "desk,teamwork,,2" in text
    RoleRequirement.objects.all().delete()
    result = formats.framework_import(data=data, kind="requirements-csv")
    assert (result.created, result.updated, result.unchanged) == (5, 0, 0)
    assert snapshot() == before
    assert formats.framework_export(kind="requirements-csv") == data


def test_the_case_document_has_the_case_shape(framework, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)
    package = json.loads(formats.framework_export(kind="case"))
    assert set(package) >= {"CFDocument", "CFItems", "CFAssociations"}
    document = package["CFDocument"]
    assert document["lastChangeDateTime"] == "2026-11-25T08:30:00+00:00"
    items = {item["humanCodingScheme"]: item for item in package["CFItems"]}
    japanese = items["lang-ja"]
    assert japanese["identifier"] == str(uuid.uuid5(case.NAMESPACE, "competency:lang-ja"))
    assert japanese["CFItemType"] == "Competency"
    assert japanese["fullStatement"] == "Japanese" and japanese["language"] == "en"
    assert japanese["extensions"]["fullStatementTranslations"] == [
        {"language": "zh-Hans", "fullStatement": "日语"}
    ]
    assert japanese["extensions"]["meridian"] == {"scale": "cefr", "language": "ja"}
    assert items["languages"]["CFItemType"] == "Area"
    level = items["teamwork.3"]
    assert level["CFItemType"] == "Level" and level["listEnumeration"] == "3"
    assert level["fullStatement"] == "Level 3: works with others"
    parents = {
        a["originNodeURI"]["identifier"]: a["destinationNodeURI"]["identifier"]
        for a in package["CFAssociations"]
        if a["associationType"] == "isChildOf"
    }
    assert parents[japanese["identifier"]] == items["languages"]["identifier"]
    assert parents[level["identifier"]] == items["teamwork"]["identifier"]
    assert parents[items["languages"]["identifier"]] == document["identifier"]
    # Identifiers do not change from one export to the next.
    assert json.loads(formats.framework_export(kind="case"))["CFItems"] == package["CFItems"]


def test_exports_read_the_framework_in_a_fixed_number_of_queries(framework):
    def count(kind: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            formats.framework_export(kind=kind)
        return len(queries)

    few = {kind: count(kind) for kind in formats.KINDS}
    for n in range(10):
        make_competency(f"more-{n}", area="resources", descriptors=[(2, "二", "Two")])
        RoleRequirement.objects.create(
            job_role=framework.desk, competency=Competency.objects.get(code=f"more-{n}"), level=2
        )
    assert {kind: count(kind) for kind in formats.KINDS} == few


def test_import_updates_existing_codes_creates_new_ones_and_counts(framework):
    data = csv_file(
        HEADER + ",descriptor_1_zh,descriptor_1_en,descriptor_3_zh,descriptor_3_en",
        "culture,cultural,five,,跨文化沟通,Cross-cultural communication,,了解,Aware,,",
        "lang-ko,languages,cefr,KO,韩语,Korean,,,,,",
        bom=True,
    )
    result = formats.framework_import(data=data, kind="csv")
    assert (result.created, result.updated, result.unchanged) == (1, 1, 0)
    update = next(c for c in result.changes if c.key == "culture")
    assert set(update.fields) == {"name_en", "descriptor_1", "descriptor_3"}
    culture = Competency.objects.get(code="culture")
    assert culture.name_en == "Cross-cultural communication"
    assert [(d.level, d.text_en) for d in culture.descriptors.all()] == [(1, "Aware")]
    korean = Competency.objects.get(code="lang-ko")
    assert korean.language.code == "ko" and korean.scale == "cefr"
    # Columns that are not in the file leave the other competencies alone.
    assert Competency.objects.get(code="teamwork").descriptors.count() == 5


def test_columns_left_out_leave_existing_values_alone(framework):
    data = csv_file(
        "code,area,scale,name_zh,name_en",
        "teamwork,teamwork,five,团队合作,Teamwork",
    )
    result = formats.framework_import(data=data, kind="csv")
    assert result.changes[0].fields == ("name_en",)
    teamwork = Competency.objects.get(code="teamwork")
    assert teamwork.description.startswith("=HYPERLINK")
    assert teamwork.descriptors.count() == 5


def test_every_import_is_audited_with_who_and_the_counts(org, framework):
    data = formats.framework_export(kind="csv")
    formats.framework_import(data=data, kind="csv", actor=org.editor.user)
    entry = AuditEntry.objects.get(action="competency_framework.import")
    assert entry.actor == org.editor.user
    assert entry.data["kind"] == "csv"
    assert (entry.data["created"], entry.data["updated"], entry.data["unchanged"]) == ([], [], 3)
    assert "3 unchanged" in entry.summary


def test_a_dry_run_writes_nothing(org, framework):
    before = snapshot()
    audit = AuditEntry.objects.count()
    data = csv_file(HEADER, "new-one,teamwork,five,,新,New,")
    result = formats.framework_import(data=data, kind="csv", actor=org.editor.user, dry_run=True)
    assert result.dry_run and result.created == 1
    assert snapshot() == before
    assert AuditEntry.objects.count() == audit
    with translation.override("en"):
        assert "Check only, nothing was saved" in result.summary()


# --- who may import ---------------------------------------------------------------------------


def test_only_editors_import_competencies_and_hr_imports_requirements(org, framework):
    competencies = formats.framework_export(kind="csv")
    requirements = formats.framework_export(kind="requirements-csv")
    for person in (org.learner, org.isss_manager, org.hr):
        with pytest.raises(PermissionDenied):
            formats.framework_import(data=competencies, kind="csv", actor=person.user)
    for person in (org.learner, org.isss_manager):
        with pytest.raises(PermissionDenied):
            formats.framework_import(data=requirements, kind="requirements-csv", actor=person.user)
    result = formats.framework_import(data=requirements, kind="requirements-csv", actor=org.hr.user)
    assert result.unchanged == 5


# --- bad files: a clear message with the line, and nothing saved --------------------------------


def assert_refused(data: bytes, kind: str, *expected: str) -> list[str]:
    before = snapshot()
    audit = AuditEntry.objects.count()
    with translation.override("en"):
        with pytest.raises(formats.FrameworkImportError) as excinfo:
            formats.framework_import(data=data, kind=kind)
        found = problems(excinfo)
    text = "\n".join(found)
    for part in expected:
        assert part in text, text
    assert snapshot() == before
    assert AuditEntry.objects.count() == audit
    return found


OK_ROW = "fresh,teamwork,five,,新能力,Fresh,"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [HEADER, OK_ROW, "x1,foo,five,,甲,X,"],
            ["line 3: area 'foo' is not one of languages, cultural, international"],
        ),
        (
            [HEADER, OK_ROW, "lang-xx,languages,cefr,xx,某语,Some language,"],
            ["line 3: language 'xx' is not a known language"],
        ),
        (
            [HEADER, OK_ROW, "lang-yy,languages,cefr,,某语,Some language,"],
            ["line 3: language is empty; a competency on the CEFR scale needs"],
        ),
        (
            [HEADER, OK_ROW, "tw2,teamwork,five,ja,合作,Teamwork,"],
            ["line 3: language 'ja': only a competency on the CEFR scale"],
        ),
        (
            [HEADER, OK_ROW, OK_ROW.replace("Fresh", "Fresh again")],
            ["line 3: code 'fresh' appears twice in the file (first on line 2)"],
        ),
        (
            [HEADER, OK_ROW, "x2,teamwork,five,,甲,=1+2,"],
            ["line 3: name_en starts with '=', which a spreadsheet runs as a formula"],
        ),
        (
            [HEADER, OK_ROW, "x3,teamwork,five,,甲,X,@SUM(A1)"],
            ["line 3: description starts with '@'"],
        ),
        (
            [HEADER, OK_ROW, "x4,teamwork,five,,甲," + "A" * 201 + ","],
            ["line 3: name_en is 201 characters long; at most 200 are allowed"],
        ),
        (
            [HEADER, OK_ROW, "x5,teamwork,five,,甲,X," + "d" * 5001],
            ["line 3: description is 5001 characters long; at most 5000"],
        ),
        (
            [HEADER, OK_ROW, "x6,teamwork,five,,,X,"],
            ["line 3: name_zh is empty; it is required"],
        ),
        (
            [HEADER, OK_ROW, "bad code!,teamwork,five,,甲,X,"],
            ["line 3: code: Use 1-40 letters, digits"],
        ),
        (
            [HEADER, OK_ROW, "x7,teamwork,ten,,甲,X,"],
            ["line 3: scale 'ten' is not one of cefr, five"],
        ),
        (
            [HEADER, OK_ROW, "x8,teamwork,five,,甲\u202e,X,"],
            ["line 3: name_zh contains a control character (U+202E)"],
        ),
        (
            [HEADER, OK_ROW, "x9,teamwork,five,,甲,X,,extra"],
            ["line 3: This row has a value in a column without a header: 'extra'"],
        ),
        (
            [HEADER + ",descriptor_6_zh,descriptor_6_en", "x10,teamwork,five,,甲,X,,六,Six"],
            ["line 2: descriptor_6_zh: a competency on the scale five has no level 6"],
        ),
        (
            [HEADER + ",descriptor_2_zh,descriptor_2_en", "x11,teamwork,five,,甲,X,,二,"],
            ["line 2: descriptor_2_en is empty; a level descriptor needs both"],
        ),
        (
            ["code,area,name_zh,name_en", OK_ROW],
            ["line 1: Required columns are missing: scale"],
        ),
        (
            ["code;area;scale;name_zh;name_en", "a;teamwork;five;甲;A"],
            ["Required columns are missing", "separated by commas"],
        ),
        (
            [HEADER + ",colour", OK_ROW + ",red"],
            ["line 1: Unknown column 'colour'"],
        ),
        (
            [HEADER + ",descriptor_1_zh", OK_ROW + ",一"],
            ["line 1: Column descriptor_1_zh needs its partner column descriptor_1_en"],
        ),
        ([HEADER], ["The file has a header line but no rows"]),
        (
            [HEADER, OK_ROW, 'x12,teamwork,five,,"unclosed,X,'],
            ["line 3: The CSV file is malformed"],
        ),
    ],
)
def test_bad_competency_files_import_nothing_and_name_the_line(framework, lines, expected):
    assert_refused(csv_file(*lines), "csv", *expected)


def test_a_scale_change_that_would_strand_requirement_levels_is_refused(framework):
    RoleRequirement.objects.filter(competency=framework.japanese).update(level=6)
    data = csv_file(HEADER, "lang-ja,languages,five,,日语,Japanese,")
    assert_refused(
        data,
        "csv",
        "line 2: scale five: 'lang-ja' has role requirements or evidence at level 6",
    )


def test_all_problems_of_a_file_are_reported_together(framework):
    found = assert_refused(
        csv_file(HEADER, "a1,foo,five,,甲,X,", OK_ROW, "a2,teamwork,five,zz,乙,Y,"),
        "csv",
    )
    assert [problem.split(":")[0] for problem in found] == ["line 2", "line 4"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "The file is empty"),
        (b"   \r\n", "The file is empty"),
        (codecs.BOM_UTF8, "The file is empty"),
        ((HEADER + "\r\nx,teamwork,five,,能力,X,\r\n").encode("gbk"), "not UTF-8 encoded"),
        ((HEADER + "\r\n").encode("utf-16"), "UTF-16"),
        (b"PK\x03\x04rest-of-a-workbook", "spreadsheet workbook"),
        (b"code,area\x00", "NUL byte"),
    ],
)
def test_files_that_are_not_utf8_csv_import_nothing(framework, data, expected):
    assert_refused(data, "csv", expected)


def test_a_file_that_is_too_large_imports_nothing(framework, settings):
    settings.MERIDIAN_FRAMEWORK_MAX_BYTES = 100
    assert_refused(csv_file(HEADER, *[OK_ROW] * 5), "csv", "The file is too large")


def test_a_file_with_too_many_rows_imports_nothing(framework, monkeypatch):
    monkeypatch.setattr(csv_format, "MAX_ROWS", 3)
    rows = [f"r{n},teamwork,five,,能力,Skill," for n in range(4)]
    assert_refused(csv_file(HEADER, *rows), "csv", "line 5: The file has more than 3 rows")


def test_a_failure_while_writing_rolls_back_the_whole_import(framework, monkeypatch):
    save = services.competency_save
    calls = []

    def failing_save(*, competency, actor=None):
        calls.append(competency.code)
        if len(calls) == 2:
            raise ValidationError({"name_en": "refused"})
        return save(competency=competency, actor=actor)

    monkeypatch.setattr(services, "competency_save", failing_save)
    found = assert_refused(
        csv_file(HEADER, "one,teamwork,five,,一,One,", "two,teamwork,five,,二,Two,"),
        "csv",
        "line 3: name_en: refused",
    )
    assert len(found) == 1
    assert calls == ["one", "two"]


REQUIREMENT_HEADER = "role_code,competency_code,skill,level"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [REQUIREMENT_HEADER, "desk,teamwork,,4", "nobody,teamwork,,3"],
            ["line 3: role_code 'nobody' is not a known job role"],
        ),
        (
            [REQUIREMENT_HEADER, "desk,teamwork,,4", "desk,ghost,,3"],
            ["line 3: competency_code 'ghost' is not in the competency framework"],
        ),
        (
            [REQUIREMENT_HEADER, "desk,teamwork,,4", "desk,lang-ja,,4"],
            ["line 3: level '4' is not a level of 'lang-ja' (A1, A2, B1, B2, C1, C2)"],
        ),
        (
            [REQUIREMENT_HEADER, "desk,teamwork,,4", "desk,culture,,B1"],
            ["line 3: level 'B1' is not a level of 'culture' (1, 2, 3, 4, 5)"],
        ),
        (
            [REQUIREMENT_HEADER, "desk,teamwork,,4", "desk,culture,reading,2"],
            ["line 3: skill 'reading': only a language competency has skills"],
        ),
        (
            [REQUIREMENT_HEADER, "desk,teamwork,,4", "desk,lang-ja,singing,B1"],
            ["line 3: skill 'singing' is not one of listening, reading"],
        ),
        (
            [REQUIREMENT_HEADER, "desk,lang-ja,reading,B1", "desk,lang-ja,reading,B2"],
            ["line 3: the requirement of 'desk' for 'lang-ja' (skill: reading) appears twice"],
        ),
        (
            ["role_code,competency_code", "desk,teamwork"],
            ["line 1: Required columns are missing: level"],
        ),
        (
            [REQUIREMENT_HEADER, "desk,teamwork,,4", "desk,culture,,=2"],
            ["line 3: level starts with '='"],
        ),
    ],
)
def test_bad_requirement_files_import_nothing_and_name_the_line(framework, lines, expected):
    assert_refused(csv_file(*lines), "requirements-csv", *expected)


def test_requirements_import_updates_levels_by_role_competency_and_skill(framework):
    data = csv_file(
        REQUIREMENT_HEADER,
        "desk,lang-ja,,c1",
        "isss-librarian,lang-ja,Reading,B2",
        "isss-librarian,teamwork,,5",
    )
    result = formats.framework_import(data=data, kind="requirements-csv")
    assert (result.created, result.updated, result.unchanged) == (1, 1, 1)
    assert (
        RoleRequirement.objects.get(job_role=framework.desk, competency=framework.japanese).level
        == 5
    )
    assert (
        RoleRequirement.objects.get(job_role=framework.isss, competency=framework.teamwork).level
        == 5
    )


# --- bad CASE documents ---------------------------------------------------------------------


@pytest.fixture
def case_document(framework, monkeypatch) -> dict:
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)
    return json.loads(formats.framework_export(kind="case"))


def item(package: dict, code: str) -> dict:
    return next(i for i in package["CFItems"] if i["humanCodingScheme"] == code)


def dump(package: dict) -> bytes:
    return json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")


def line_of(data: bytes, text: str) -> int:
    """The line of the object holding `text` (its opening brace)."""
    lines = data.decode().splitlines()
    found = next(n for n, line in enumerate(lines) if text in line)
    while lines[found].strip() != "{":
        found -= 1
    return found + 1


def test_a_case_document_with_a_bad_area_names_the_line_of_the_item(case_document):
    item(case_document, "teamwork")["CFItemType"] = "Competency"
    item(case_document, "cultural")["humanCodingScheme"] = "foo"
    data = dump(case_document)
    line = line_of(data, '"humanCodingScheme": "foo"')
    assert_refused(data, "case", f"line {line}: CFItems[", "area 'foo' is not one of languages")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda p: item(p, "lang-ja").update(CFItemType="Skill"),
            "CFItemType 'Skill' is not one of",
        ),
        (
            lambda p: item(p, "lang-ja")["extensions"].pop("fullStatementTranslations"),
            "the Chinese text is missing",
        ),
        (
            lambda p: item(p, "lang-ja")["extensions"]["meridian"].update(language="xx"),
            "language 'xx' is not a known language",
        ),
        (
            lambda p: item(p, "lang-ja")["extensions"]["meridian"].pop("language"),
            "language is empty; a competency on the CEFR scale",
        ),
        (
            lambda p: item(p, "teamwork.3").update(listEnumeration="9"),
            "level 9 is not on the scale five of 'teamwork'",
        ),
        (lambda p: item(p, "culture").update(fullStatement=""), "fullStatement is missing"),
        (
            lambda p: p.update(
                CFAssociations=[
                    a for a in p["CFAssociations"] if a["originNodeURI"]["title"] != "culture"
                ]
            ),
            "must be the child (isChildOf) of an item of type Area",
        ),
        (
            lambda p: p["CFItems"].append({**item(p, "culture"), "identifier": str(uuid.uuid4())}),
            "code 'culture' appears twice in the file",
        ),
    ],
)
def test_bad_case_documents_import_nothing(case_document, change, expected):
    change(case_document)
    found = assert_refused(dump(case_document), "case", expected)
    assert all(problem.startswith("line ") for problem in found)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"CFDocument": {},\n "CFItems": [\n}', "line 3: This is not valid JSON"),
        (
            b'{"CFDocument": {}, "CFItems": []}',
            "line 1: This is not a CASE package: CFAssociations",
        ),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"CFDocument": {}, "CFDocument": {}}', "The key 'CFDocument' appears twice"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
        ('{"CFDocument": "é"}'.encode("latin-1"), "not UTF-8 encoded"),
    ],
)
def test_files_that_are_not_case_json_import_nothing(framework, data, expected):
    assert_refused(data, "case", expected)


# --- the commands ---------------------------------------------------------------------------


def test_export_and_import_commands_round_trip(framework, tmp_path):
    before = snapshot()
    for kind, name in [("csv", "f.csv"), ("case", "f.json"), ("requirements-csv", "r.csv")]:
        call_command("export_framework", "--format", kind, "--out", str(tmp_path / name))
    wipe()
    call_command("import_framework", str(tmp_path / "f.json"))  # a .json file is CASE
    call_command("import_framework", str(tmp_path / "r.csv"), "--format", "requirements-csv")
    assert snapshot() == before
    wipe()
    call_command("import_framework", str(tmp_path / "f.csv"), "--format", "csv")
    call_command("import_framework", str(tmp_path / "r.csv"), "--format", "requirements-csv")
    assert snapshot() == before


def test_the_import_command_reports_problems_with_their_line_and_saves_nothing(
    framework, tmp_path, capsys
):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_file(HEADER, OK_ROW, "x,foo,five,,甲,X,"))
    before = snapshot()
    with translation.override("en"), pytest.raises(CommandError, match="1 problem found"):
        call_command("import_framework", str(path))
    assert "line 3: area 'foo' is not one of" in capsys.readouterr().err
    assert snapshot() == before


def test_the_import_command_dry_run_saves_nothing(framework, tmp_path, capsys):
    path = tmp_path / "new.csv"
    path.write_bytes(csv_file(HEADER, OK_ROW))
    with translation.override("en"):
        call_command("import_framework", str(path), "--dry-run")
    assert "Competencies to create: 1" in capsys.readouterr().out
    assert not Competency.objects.filter(code="fresh").exists()
    with translation.override("en"), pytest.raises(CommandError, match="No such file"):
        call_command("import_framework", str(tmp_path / "missing.csv"))
