"""Hostile values that were accepted (staff names through the roster import, course titles on
certificates) come out safe and intact in every output that shows them: escaped in HTML, with
formulas neutralised in CSV, as text in XLSX, unchanged in JSON (API, verify, privacy export)."""

from __future__ import annotations

from django.test import override_settings
from django.urls import reverse

from training.certificates.models import format_code
from training.people.models import OrgUnit
from training.reports.models import ReportExport

from .conftest import (
    assert_html_safe,
    assert_never_raw,
    certificate_for,
    csv_rows,
    json_body,
    spreadsheet_text,
    xlsx_cells,
)

Kind = ReportExport.Kind


def test_the_register_page_escapes_names_and_titles(client, hostile):
    client.force_login(hostile.org.hr.user)
    response = client.get("/en/hr/", {"org_unit": "hostile"})
    assert response.status_code == 200
    assert_never_raw(response.content)
    for _profile, certificate, value in hostile.people.values():
        assert_html_safe(response.content, value)
        assert certificate.course_title == value


def test_the_staff_directory_and_staff_pages_escape_names(client, hostile):
    client.force_login(hostile.org.hr.user)
    unit = OrgUnit.objects.get(code="hostile")
    response = client.get("/en/team/directory/", {"org_unit": unit.pk})
    assert response.status_code == 200
    assert_never_raw(response.content)
    for _profile, _certificate, value in hostile.people.values():
        assert_html_safe(response.content, value)
    for name in ("script", "img-onerror", "template-var", "arabic", "cjk-astral"):
        profile, _certificate, value = hostile.people[name]
        for url in (f"/en/team/directory/{profile.pk}/", f"/en/team/staff/{profile.pk}/"):
            page = client.get(url)
            assert page.status_code == 200, url
            assert_never_raw(page.content)
            assert_html_safe(page.content, value)


def test_the_template_syntax_is_never_evaluated(client, hostile):
    client.force_login(hostile.org.hr.user)
    for name in ("template-var", "template-tag"):
        _profile, certificate, value = hostile.people[name]
        response = client.get("/en/hr/", {"org_unit": "hostile", "q": value})
        page = response.content.decode()
        assert response.context["page_obj"].paginator.count == 1
        assert value in page  # in the search box and the row, as typed
        # {% debug %} would dump the context (sql_queries, the settings); {{ 7*7 }} would be 49.
        assert "sql_queries" not in page and ">49<" not in page


def _by_number(rows: list[list[str]], header: list[str]) -> dict[str, dict[str, str]]:
    column = header.index("Staff number")
    return {row[column]: dict(zip(header, row, strict=True)) for row in rows}


def test_the_register_csv_neutralises_formulas_and_keeps_the_rest(client, hostile):
    client.force_login(hostile.org.hr.user)
    response = client.get("/en/hr/register.csv", {"org_unit": "hostile"})
    assert response.status_code == 200
    header, *rows = csv_rows(response.content)
    by_number = _by_number(rows, header)
    assert len(by_number) == len(hostile.people)
    for profile, _certificate, value in hostile.people.values():
        row = by_number[profile.staff_number]
        cells = set(row.values())
        assert spreadsheet_text(value) in cells, (value, row)
        # No cell of the file starts a formula.
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells), row


def test_the_register_xlsx_holds_formulas_as_text(client, hostile):
    client.force_login(hostile.org.hr.user)
    response = client.get("/en/hr/register.xlsx", {"org_unit": "hostile"})
    assert response.status_code == 200
    header, *rows = xlsx_cells(response.content)
    number = [cell.value for cell in header].index("Staff number")
    by_number = {row[number].value: row for row in rows}
    assert len(by_number) == len(hostile.people)
    for profile, _certificate, value in hostile.people.values():
        row = by_number[profile.staff_number]
        assert all(cell.data_type != "f" for cell in row), [cell.value for cell in row]
        texts = {cell.value for cell in row if cell.data_type == "s"}
        assert spreadsheet_text(value) in texts, (value, texts)


def _background_export(client, django_capture_on_commit_callbacks, kind, query) -> bytes:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/hr/exports/?{query}", {"kind": kind})
    assert response.status_code == 302
    export = ReportExport.objects.get(kind=kind)
    assert export.state == ReportExport.State.DONE, export.error
    download = client.get(reverse("hr-export-download", args=[export.pk]))
    return b"".join(download.streaming_content)


def test_the_summaries_csv_and_xlsx(client, hostile, django_capture_on_commit_callbacks):
    client.force_login(hostile.org.hr.user)
    query = f"period={hostile.period.pk}&org_unit=hostile"
    header, *rows = csv_rows(
        _background_export(client, django_capture_on_commit_callbacks, Kind.SUMMARIES_CSV, query)
    )
    by_number = _by_number(rows, header)
    for profile, _certificate, value in hostile.people.values():
        row = by_number[profile.staff_number]
        assert row["Name (Chinese)"] == spreadsheet_text(value)
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row.values()), row
    content = _background_export(
        client, django_capture_on_commit_callbacks, Kind.SUMMARIES_XLSX, query
    )
    header, *rows = xlsx_cells(content)
    number = [cell.value for cell in header].index("Staff number")
    name_zh = [cell.value for cell in header].index("Name (Chinese)")
    by_number = {row[number].value: row for row in rows}
    for profile, _certificate, value in hostile.people.values():
        row = by_number[profile.staff_number]
        assert all(cell.data_type != "f" for cell in row)
        assert row[name_zh].data_type == "s" and row[name_zh].value == spreadsheet_text(value)


def test_the_api_returns_the_values_intact(client, hostile):
    from training.reports.tokens import api_token_create

    _token, raw = api_token_create(
        actor=hostile.org.hr.user,
        name="<script>alert(1)</script>",
        scopes=("staff:read", "certificates:read"),
    )
    headers = {"Authorization": f"Bearer {raw}"}
    staff = json_body(
        client.get("/api/v1/staff", {"org_unit": "hostile", "limit": 500}, headers=headers)
    )
    by_number = {item["staff_number"]: item for item in staff["items"]}
    certificates = json_body(
        client.get("/api/v1/certificates", {"org_unit": "hostile", "limit": 500}, headers=headers)
    )
    titles = {item["staff_number"]: item for item in certificates["items"]}
    for profile, _certificate, value in hostile.people.values():
        assert by_number[profile.staff_number]["name_zh"] == value
        item = titles[profile.staff_number]
        assert item["holder_name_zh"] == item["course_title_zh"] == item["course_title"] == value


@override_settings(MERIDIAN_VERIFY_RATE_LIMIT=1000)
def test_verify_shows_the_holder_escaped_and_as_json(client, hostile):
    for _profile, certificate, value in hostile.people.values():
        code = format_code(certificate.code)
        page = client.get(f"/en/verify/{code}/")
        assert page.status_code == 200
        assert_never_raw(page.content)
        assert_html_safe(page.content, value)
        facts = json_body(client.get(f"/en/verify/{code}/?format=json"))
        assert facts["holder"]["name_zh"] == value
        assert facts["course"]["title_zh"] == facts["course"]["title_en"] == value


def test_the_privacy_export_is_valid_json_with_the_values(client, hostile):
    for name in ("script", "template-tag", "cjk-astral", "hebrew", "zwj", "formula-plus", "sql"):
        profile, _certificate, value = hostile.people[name]
        client.force_login(profile.user)
        record = json_body(client.get("/en/me/record/export.json"))
        text = str(record)
        assert value in text or repr(value)[1:-1] in text
        page = client.get("/en/me/certificates/")
        assert page.status_code == 200
        assert_never_raw(page.content)
        assert_html_safe(page.content, value)


def test_control_characters_in_a_title_do_not_break_the_xlsx(client, hostile):
    """A course title is CMS content (Wagtail's title field refuses only NUL): a bell or an
    escape character pasted into it must not make the Excel export fail; XML cannot carry
    those characters, so the cell holds the title without them."""
    profile, _certificate, _value = hostile.people["sql"]
    title = "\x07=bell\x07back\x08esc\x1b"
    certificate = certificate_for(profile, title)
    client.force_login(hostile.org.hr.user)
    response = client.get("/en/hr/register.xlsx", {"q": format_code(certificate.code)})
    assert response.status_code == 200
    _header, row = xlsx_cells(response.content)
    texts = [cell.value for cell in row if cell.data_type == "s"]
    # Without them, and neutralised like any formula-like title.
    assert "'=bellbackesc" in texts, texts
    csv_response = client.get("/en/hr/register.csv", {"q": format_code(certificate.code)})
    _header, csv_row = csv_rows(csv_response.content)
    assert title in csv_row


def _plain_file_name(name: str) -> None:
    assert name.endswith(".pdf"), name
    assert "/" not in name and "\\" not in name and ".." not in name, name
    assert not name.startswith((".", "-")), name
    assert not any(ord(char) < 32 or char in '<>:"|?*' for char in name), name


def test_file_names_are_never_paths(client, hostile):
    """Names in ZIP entries and downloads come from holder names and course titles (a
    `../../etc/passwd` among them): each is one plain file name."""
    from training.certificates.export import download_name, entry_names

    certificates = [certificate for _p, certificate, _v in hostile.people.values()]
    names = entry_names(certificates)
    assert len(set(names.values())) == len(certificates)
    for name in names.values():
        _plain_file_name(name)
    for certificate in certificates:
        _plain_file_name(download_name(certificate))
    profile, certificate, _value = hostile.people["path"]
    client.force_login(profile.user)
    response = client.get(f"/en/me/certificates/{certificate.code}/pdf/")
    disposition = response["Content-Disposition"]
    assert "etc" in disposition and "../" not in disposition and "/etc" not in disposition
