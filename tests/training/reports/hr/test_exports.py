"""HR's exports (training/reports/exports.py): the same rows in the register page, its CSV and
its XLSX; encodings and formula neutralising; the summaries' files; the background job (queued →
done, progress, the file only at the end, idempotent, failures); audit entries; refusals."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from urllib.parse import parse_qs, urlsplit

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from training.certificates.models import format_code
from training.people.models import AuditEntry
from training.people.roles import HR
from training.reports import exports
from training.reports.models import ReportExport

from .conftest import COURSE_KEYS

Kind = ReportExport.Kind
State = ReportExport.State


def page_codes(response) -> list[str]:
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [format_code(row["data-code"]) for row in soup.select("tbody tr[data-code]")]


def csv_rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")  # the BOM, for spreadsheets
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_rows(content: bytes) -> tuple[openpyxl.worksheet.worksheet.Worksheet, list[tuple]]:
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    sheet = workbook.worksheets[0]
    return sheet, list(sheet.iter_rows(values_only=True))


def stored_exports() -> set[str]:
    try:
        return set(default_storage.listdir("report-exports")[1])
    except FileNotFoundError:
        return set()


def report_audits(action: str = "report.export"):
    return AuditEntry.objects.filter(action=action).order_by("pk")


# --- the same rows everywhere -----------------------------------------------------------------


def test_the_page_the_csv_and_the_xlsx_agree_for_every_filter(client, hr_world):
    w = hr_world
    client.force_login(w.org.hr.user)
    expected = {
        "last year": ({"period": w.year.pk}, {w.li_intercultural, w.sun_visiting}),
        "this year, ISSS": (
            {"period": w.current.pk, "org_unit": "isss"},
            {w.li_english, w.sun_ill, w.zhang_first, w.zhang_reissued},
        ),
        "desk role": (
            {"role": w.framework.desk.pk},
            {w.li_english, w.li_intercultural, w.sun_ill, w.sun_visiting, w.qian_formula},
        ),
        "English": ({"competency": "english"}, {w.li_english, w.zhang_first, w.zhang_reissued}),
        "revoked": ({"status": "revoked"}, {w.sun_ill}),
        "expired": ({"status": "expired"}, {w.sun_visiting}),
        "superseded": ({"status": "superseded"}, {w.zhang_first}),
        "valid in Circulation": ({"status": "valid", "org_unit": "circ"}, {w.qian_formula}),
        "a course": (
            {"course": str(COURSE_KEYS["desk-english"]), "status": "valid"},
            {w.li_english, w.zhang_reissued},
        ),
        "a name": ({"q": "李赟"}, {w.li_english, w.li_intercultural}),
        "everything": ({}, None),
    }
    audits = report_audits().count()
    for name, (filters, certificates) in expected.items():
        page = page_codes(client.get("/en/hr/", filters))
        csv_response = client.get("/en/hr/register.csv", filters)
        assert csv_response.status_code == 200, name
        assert csv_response["Content-Type"].startswith("text/csv")
        assert "attachment" in csv_response["Content-Disposition"]
        header, *rows = csv_rows(csv_response.content)
        xlsx_response = client.get("/en/hr/register.xlsx", filters)
        assert xlsx_response.status_code == 200, name
        _sheet, (xlsx_header, *xlsx) = xlsx_rows(xlsx_response.content)
        assert [row[0] for row in rows] == page, name
        assert [row[0] for row in xlsx] == page, name
        if certificates is not None:
            assert sorted(page) == sorted(c.formatted_code for c in certificates), name
        # The other columns agree too (text as text, numbers and dates in their own types).
        assert list(xlsx_header) == header
        for csv_row, xlsx_row in zip(rows, xlsx, strict=True):
            as_text = [
                ""
                if value is None
                else value.date().isoformat()
                if isinstance(value, dt.datetime)
                else f"{value:.1f}"
                if isinstance(value, float | int) and header[i] == "Hours"
                else str(value)
                for i, value in enumerate(xlsx_row)
            ]
            assert as_text == csv_row, name
    assert len(page) == 7
    # Every download was audited: who, which kind, which filter, how many rows.
    entries = list(report_audits())[audits:]
    assert len(entries) == 2 * len(expected)
    last_year = entries[0]
    assert last_year.actor == w.org.hr.user
    assert last_year.data["kind"] == "register_csv"
    assert last_year.data["filters"] == {"period": str(w.year.pk)}
    assert last_year.data["count"] == 2
    assert last_year.data["inline"] is True
    assert w.year.name in last_year.data["description"]
    assert entries[1].data["kind"] == "register_xlsx"


def test_csv_keeps_the_chinese_and_neutralises_formulas(client, hr_world):
    w = hr_world
    client.force_login(w.org.hr.user)
    header, *rows = csv_rows(client.get("/en/hr/register.csv").content)
    assert header == [
        "Certificate code",
        "Holder (Chinese)",
        "Holder (Latin letters)",
        "Staff number",
        "Org unit",
        "Course",
        "Level",
        "Hours",
        "Issued",
        "Expires",
        "Status",
    ]
    by_code = {row[0]: row for row in rows}
    qian = by_code[w.qian_formula.formatted_code]
    assert qian[1:4] == ["钱昇", "QIAN Sheng", w.org.circ_staff.staff_number]
    assert qian[5] == '\'=HYPERLINK("x")'
    assert qian[7] == "1.0" and qian[9] == "" and qian[10] == "Valid"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    li = by_code[w.li_english.formatted_code]
    assert li[1] == "李赟" and li[5] == "English at the service desk" and li[6] == "B2"
    # In Chinese (the default language) the course titles are the Chinese ones.
    chinese = csv_rows(client.get("/hr/register.csv").content)
    assert "服务台英语" in {row[5] for row in chinese}


def test_xlsx_has_types_a_bold_frozen_header_and_no_formulas(client, hr_world):
    w = hr_world
    client.force_login(w.org.hr.user)
    response = client.get("/en/hr/register.xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet, (header, *rows) = xlsx_rows(response.content)
    assert sheet.title == "Certificate register"
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    by_code = {row[0]: row for row in rows}
    qian = by_code[w.qian_formula.formatted_code]
    assert qian[1] == "钱昇"
    assert qian[5] == '\'=HYPERLINK("x")'
    qian_cell = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == qian[0])[5]
    assert qian_cell.data_type == "s"  # text, not a formula
    li = by_code[w.li_english.formatted_code]
    assert li[7] == 3.5  # a number
    assert isinstance(li[8], dt.datetime) and li[8].date() == w.li_english.issued_at.date()
    assert li[9].date() == w.li_english.expires_on
    assert qian[9] is None
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)


# --- the summaries' files ---------------------------------------------------------------------


def test_summaries_as_csv_and_xlsx(client, hr_world, django_capture_on_commit_callbacks):
    w = hr_world
    client.force_login(w.org.hr.user)
    made = {}
    for kind in (Kind.SUMMARIES_CSV, Kind.SUMMARIES_XLSX):
        with django_capture_on_commit_callbacks(execute=True):
            # As the summaries page posts it: the filter in the address, the kind in the form.
            response = client.post(
                f"/en/hr/exports/?period={w.current.pk}&org_unit=isss", {"kind": kind}
            )
        assert response.status_code == 302
        export = ReportExport.objects.get(kind=kind)
        assert response["Location"] == reverse("hr-export-status", args=[export.pk])
        assert export.state == State.DONE and export.total == 3  # ISSS: ZHANG, LI, SUN
        with export.file.open("rb") as file:
            made[kind] = file.read()
    header, *rows = csv_rows(made[Kind.SUMMARIES_CSV])
    assert header[:6] == [
        "Staff number",
        "Name (Chinese)",
        "Name (Latin letters)",
        "Org unit",
        "Job role",
        "Appraisal period",
    ]
    by_name = {row[2]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_name) == {"LI Yun", "SUN Yue", "ZHANG Zhe"}
    li = by_name["LI Yun"]
    assert li["Name (Chinese)"] == "李赟"
    assert li["Appraisal period"] == w.current.name
    assert (li["Training hours"], li["Courses completed"], li["Valid certificates"]) == (
        "3.5",
        "1",
        "2",
    )
    assert li["Mean quiz score (%)"] == "85.0"
    assert "English: " in li["Competency levels (start → end)"]
    assert "→ B2" in li["Competency levels (start → end)"]
    assert by_name["SUN Yue"]["Overdue mandatory training"] == "1"
    assert by_name["SUN Yue"]["Mean quiz score (%)"] == ""
    sheet, (xlsx_header, *xlsx) = xlsx_rows(made[Kind.SUMMARIES_XLSX])
    assert sheet.title == "Appraisal summaries" and list(xlsx_header) == header
    li_row = next(row for row in xlsx if row[2] == "LI Yun")
    assert li_row[6] == 3.5 and li_row[7] == 1 and li_row[9] == 85
    assert [row[0] for row in xlsx] == [row[0] for row in rows]


def test_summary_pdfs_as_a_zip_and_a_unit_pdf(client, hr_world, django_capture_on_commit_callbacks):
    from pypdf import PdfReader

    w = hr_world
    client.force_login(w.org.hr.user)
    query = f"?period={w.current.pk}&org_unit=circ"
    for kind in (Kind.SUMMARIES_ZIP, Kind.UNIT_PDF):
        with django_capture_on_commit_callbacks(execute=True):
            client.post("/en/hr/exports/" + query, {"kind": kind})
    archive_export = ReportExport.objects.get(kind=Kind.SUMMARIES_ZIP)
    pdf_export = ReportExport.objects.get(kind=Kind.UNIT_PDF)
    assert archive_export.state == State.DONE, archive_export.error
    assert pdf_export.state == State.DONE, pdf_export.error
    with archive_export.file.open("rb") as file:
        archive = zipfile.ZipFile(io.BytesIO(file.read()))
    assert len([name for name in archive.namelist() if name.endswith(".pdf")]) == 2
    download = client.get(reverse("hr-export-download", args=[pdf_export.pk]))
    pdf = b"".join(download.streaming_content)
    assert download["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "QIAN Sheng" in text and "ZHAO Kun" in text
    # One PDF per org unit: without a unit it is refused.
    refused = client.post(f"/en/hr/exports/?period={w.current.pk}", {"kind": Kind.UNIT_PDF})
    assert refused.status_code == 302
    assert ReportExport.objects.filter(kind=Kind.UNIT_PDF).count() == 1


def test_the_register_zip_is_a_background_job(client, hr_world, django_capture_on_commit_callbacks):
    w = hr_world
    client.force_login(w.org.hr.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/hr/exports/", {"kind": "register_zip", "org_unit": "circ", "status": "valid"}
        )
    export = ReportExport.objects.get(kind=Kind.REGISTER_ZIP)
    assert response["Location"] == reverse("hr-export-status", args=[export.pk])
    assert export.state == State.DONE, export.error
    assert export.filters == {"org_unit": "circ", "status": "valid"}
    download = client.get(reverse("hr-export-download", args=[export.pk]))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
    assert len(pdfs) == 1 and w.qian_formula.code in pdfs[0]


# --- the job ----------------------------------------------------------------------------------


def test_a_job_goes_from_queued_to_done_with_its_file_only_at_the_end(
    client, hr_world, django_capture_on_commit_callbacks, monkeypatch
):
    w = hr_world
    before = stored_exports()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        export = exports.report_export_request(
            actor=w.org.hr.user, kind=Kind.REGISTER_CSV, filters={"org_unit": "isss"}
        )
    assert len(callbacks) == 1  # the job is queued after commit
    export.refresh_from_db()
    assert (export.state, export.total, export.done, export.file.name) == (State.QUEUED, 6, 0, "")
    assert export.filters == {"org_unit": "isss"}
    assert "International Services" in export.description or "isss" in export.description
    entry = report_audits().get()
    assert entry.actor == w.org.hr.user
    assert entry.target_id == str(export.pk)
    assert entry.data == {
        "kind": "register_csv",
        "filters": {"org_unit": "isss"},
        "description": entry.data["description"],
        "count": 6,
        "inline": False,
    }

    # The status page while queued: progress, the percentage, a refresh without script.
    client.force_login(w.org.hr.user)
    status_url = reverse("hr-export-status", args=[export.pk])
    queued = client.get("/en" + status_url)
    html = queued.content.decode()
    assert "<progress" in html and "0 of 6 (0%)" in html
    assert 'http-equiv="refresh"' in html
    assert client.get(reverse("hr-export-download", args=[export.pk])).status_code == 404

    # Progress every batch (two rows here); the file is saved only in the last update.
    monkeypatch.setattr(exports, "BATCH_SIZE", 2)
    with CaptureQueriesContext(connection) as queries:
        callbacks[0]()
    updates = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('UPDATE "reports_reportexport"')
    ]
    progress = [sql for sql in updates if '"done" =' in sql and '"file"' not in sql]
    assert len(progress) >= 4  # 0, 2, 4, 6 of 6
    assert '"file"' in updates[-1] and all('"file" =' not in sql for sql in updates[:-1])
    export.refresh_from_db()
    assert (export.state, export.done, export.total, export.percent) == (State.DONE, 6, 6, 100)
    assert export.finished_at is not None
    assert stored_exports() - before == {export.file.name.rsplit("/", 1)[-1]}

    as_json = client.get(status_url, {"format": "json"}).json()
    assert as_json["state"] == "done" and as_json["percent"] == 100
    assert as_json["download_url"] == reverse("hr-export-download", args=[export.pk])
    done_page = client.get("/en" + status_url).content.decode()
    assert 'http-equiv="refresh"' not in done_page and "6 of 6 (100%)" in done_page

    # Another HR member (an admin here) may download it; the download is audited.
    client.force_login(w.org.admin)
    download = client.get(reverse("hr-export-download", args=[export.pk]))
    content = b"".join(download.streaming_content)
    assert download["Content-Disposition"].startswith("attachment")
    inline = client.get("/hr/register.csv", {"org_unit": "isss"}).content
    assert csv_rows(content) == csv_rows(inline)
    downloaded = report_audits("report.export.download").get()
    assert downloaded.actor == w.org.admin and downloaded.target_id == str(export.pk)

    # Running it again does nothing: same file, nothing new in storage.
    name = export.file.name
    again = exports.report_export_build(export_id=export.pk)
    exports.report_export_run.enqueue(export_id=export.pk)
    assert again.file.name == name == ReportExport.objects.get(pk=export.pk).file.name
    assert stored_exports() - before == {name.rsplit("/", 1)[-1]}


def test_a_failed_job_says_why_keeps_no_file_and_can_run_again(hr_world):
    w = hr_world
    before = stored_exports()
    forged = ReportExport.objects.create(
        kind=Kind.REGISTER_XLSX,
        requested_by=w.org.hr.user,
        filters={"org_unit": "gone"},
        total=1,
        language="en",
    )
    with pytest.raises(ValidationError):
        exports.report_export_build(export_id=forged.pk)
    forged.refresh_from_db()
    assert forged.state == State.FAILED and not forged.file and forged.finished_at
    assert "valid choice" in forged.error
    # Fixed, it runs again from the start.
    ReportExport.objects.filter(pk=forged.pk).update(filters={"org_unit": "circ"})
    retried = exports.report_export_build(export_id=forged.pk)
    assert retried.state == State.DONE and retried.error == "" and retried.total == 1

    # A requester who left HR: refused when the job runs.
    left = ReportExport.objects.create(
        kind=Kind.REGISTER_CSV, requested_by=w.org.hr.user, total=7, language="en"
    )
    w.org.hr.user.groups.remove(w.org.hr.user.groups.get(name=HR))
    w.org.hr.user = type(w.org.hr.user).objects.get(pk=w.org.hr.user.pk)
    with pytest.raises(PermissionDenied):
        exports.report_export_build(export_id=left.pk)
    left.refresh_from_db()
    assert left.state == State.FAILED and "HR" in left.error and not left.file
    assert stored_exports() - before == {retried.file.name.rsplit("/", 1)[-1]}


# --- refusals ---------------------------------------------------------------------------------


def test_bad_requests_are_refused_and_write_nothing(client, hr_world, settings):
    w = hr_world
    hr = w.org.hr.user
    before = stored_exports()
    with pytest.raises(PermissionDenied):
        exports.report_export_request(actor=w.org.learner.user, kind="register_csv", filters={})
    for kind, filters in [
        ("drop_table", {}),
        ("register_csv", {"org_unit": "1 OR 1=1"}),
        ("register_csv", {"period": "-1"}),
        ("register_csv", {"status": "revoked", "period": w.year.pk}),  # nothing matches
        ("summaries_csv", {}),  # a summary needs its period
        ("summaries_csv", {"period": w.current.pk, "role": "999999"}),
        ("unit_pdf", {"period": w.current.pk}),  # one PDF per org unit
    ]:
        with pytest.raises(ValidationError):
            exports.report_export_request(actor=hr, kind=kind, filters=filters)

    client.force_login(hr)
    forged = client.post("/en/hr/exports/", {"kind": "../../etc", "status": "valid"})
    assert forged.status_code == 302
    assert "status=valid" in forged["Location"]
    assert client.get("/en/hr/register.csv", {"status": "everything"}).status_code == 400
    empty = client.get("/en/hr/register.xlsx", {"status": "revoked", "period": w.year.pk})
    assert empty.status_code == 400 and "nothing to export" in empty.content.decode()
    assert client.get("/en/hr/exports/", {"kind": "register_zip", "role": "x"}).status_code == 400
    assert client.get("/en/hr/exports/").status_code == 400
    for pk in (999999, 0):
        assert client.get(f"/en/hr/exports/{pk}/").status_code == 404
        assert client.get(f"/en/hr/exports/{pk}/download/").status_code == 404
    assert not ReportExport.objects.exists()
    assert not report_audits().exists()
    assert stored_exports() == before


def test_too_many_rows_for_at_once_go_to_a_background_export(
    client, hr_world, settings, django_capture_on_commit_callbacks
):
    settings.MERIDIAN_EXPORT_INLINE_MAX = 3
    client.force_login(hr_world.org.hr.user)
    response = client.get("/en/hr/register.xlsx", {"status": "valid"})
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == "/en/hr/exports/"
    assert parse_qs(location.query) == {"status": ["valid"], "kind": ["register_xlsx"]}
    assert not ReportExport.objects.exists() and not report_audits().exists()
    confirm = client.get(response["Location"])
    soup = BeautifulSoup(confirm.content, "html.parser")
    assert "4" in soup.select_one("dl.facts").text
    form = soup.select_one('main form[method="post"]')
    fields = {field["name"]: field["value"] for field in form.select("input, button")}
    assert fields["kind"] == "register_xlsx" and fields["status"] == "valid"
    with django_capture_on_commit_callbacks(execute=True):
        started = client.post(form["action"], fields)
    export = ReportExport.objects.get()
    assert started["Location"] == reverse("hr-export-status", args=[export.pk])
    assert export.state == State.DONE and export.total == 4
    _sheet, (_header, *rows) = xlsx_rows(export.file.open("rb").read())
    assert len(rows) == 4
