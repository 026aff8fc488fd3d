"""HR's exports: the certificate register and the appraisal summaries as CSV and XLSX, ZIPs of
PDFs and an org unit's summaries in one PDF, built by the task worker with visible progress.

Which rows: the register's exports filter with `RegisterFilter` and the summaries' with
`SummaryFilter` (hr_filters.py), validated exactly as the pages validate them: an invalid
filter, or one that selects nothing, is refused (ValidationError) and nothing is written.

What a file holds:

- the register (`register_csv`, `register_xlsx`): the page's columns (`REGISTER_COLUMNS`), one
  row per certificate, in the page's order (newest issue first);
- the summaries (`summaries_csv`, `summaries_xlsx`): `SUMMARY_COLUMNS`, one row per staff
  member. The competency levels are one compact text column, "name: start → end" per
  competency the role requires or the person has evidence of, joined by "; " ("—" where there
  was no level): the competencies differ from person to person, so a column per competency
  would be mostly empty and would change with the selection;
- CSV is UTF-8 with a byte-order mark (spreadsheets then read the Chinese right); XLSX is
  written by openpyxl in write-only mode (constant memory), with numbers as numbers, dates as
  dates, a bold frozen header row and a translated sheet title. A text cell that a spreadsheet
  would read as a formula (= + - @, tab, carriage return) gets a leading apostrophe in both
  (`certificates.export.spreadsheet_safe`), and XLSX text is always stored as text.

The job (`report_export_request` → `report_export_run` → `report_export_build`): the request
records the export (kind, filter, its description, the number of rows, the language) and the
audit entry, and queues the job after commit. The job applies the filter again, writes the file
to a temporary file with progress updates every batch and saves it to storage only when it is
complete, so a partial file is never served. A job run again for an export that is done does
nothing; any error leaves the export failed, with the message and without a file.

Small CSV / XLSX files of the register are also written at once (`report_export_inline`, at
most `MERIDIAN_EXPORT_INLINE_MAX` rows), audited the same way.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from training.certificates.export import (
    ExportSuperseded,
    dead_exports_requeue,
    spreadsheet_safe,
    write_certificates_zip,
)
from training.certificates.models import Certificate, Status
from training.certificates.selectors import certificates_for_hr
from training.people import policies
from training.people.services import audit_log

from .hr_filters import RegisterFilter, SummaryFilter
from .models import ReportExport, ScoreWeights
from .summaries import Summary, summaries_for, summary_staff

logger = logging.getLogger(__name__)

Kind = ReportExport.Kind
State = ReportExport.State
Progress = Callable[[int, int], None]

# Rows written (or summaries computed) between two progress updates.
BATCH_SIZE = 200
ERROR_MAX = 1000
INLINE_MAX_DEFAULT = 2000

REGISTER_KINDS = frozenset({Kind.REGISTER_CSV, Kind.REGISTER_XLSX, Kind.REGISTER_ZIP})
SUMMARY_KINDS = frozenset(
    {Kind.SUMMARIES_CSV, Kind.SUMMARIES_XLSX, Kind.SUMMARIES_ZIP, Kind.UNIT_PDF}
)
INLINE_KINDS = frozenset({Kind.REGISTER_CSV, Kind.REGISTER_XLSX})

# Per kind: the file name's stem, its extension and its content type.
FILE_TYPES = {
    Kind.REGISTER_CSV: ("certificate-register", "csv", "text/csv; charset=utf-8"),
    Kind.REGISTER_XLSX: (
        "certificate-register",
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    Kind.REGISTER_ZIP: ("certificates", "zip", "application/zip"),
    Kind.SUMMARIES_CSV: ("appraisal-summaries", "csv", "text/csv; charset=utf-8"),
    Kind.SUMMARIES_XLSX: (
        "appraisal-summaries",
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    Kind.SUMMARIES_ZIP: ("appraisal-summaries", "zip", "application/zip"),
    Kind.UNIT_PDF: ("appraisal-summaries-unit", "pdf", "application/pdf"),
}


def inline_max() -> int:
    """The most rows a CSV / XLSX is written at once for (setting MERIDIAN_EXPORT_INLINE_MAX,
    default 2000); bigger ones run as background jobs."""
    return max(0, int(getattr(settings, "MERIDIAN_EXPORT_INLINE_MAX", INLINE_MAX_DEFAULT)))


# --- the columns ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterRow:
    """One certificate as the register shows it (the page, CSV and XLSX read the same rows)."""

    certificate: Certificate
    code: str
    name_zh: str
    name_latin: str
    staff_number: str
    org_unit: str
    course: str
    level: str
    hours: Decimal
    issued: dt.date
    expires: dt.date | None
    status: Status

    @property
    def values(self) -> list:
        return [
            self.code,
            self.name_zh,
            self.name_latin,
            self.staff_number,
            self.org_unit,
            self.course,
            self.level,
            self.hours,
            self.issued,
            self.expires,
            str(self.status.label),
        ]


REGISTER_COLUMNS = (
    gettext_lazy("Certificate code"),
    gettext_lazy("Holder (Chinese)"),
    gettext_lazy("Holder (Latin letters)"),
    gettext_lazy("Staff number"),
    gettext_lazy("Org unit"),
    gettext_lazy("Course"),
    gettext_lazy("Level"),
    gettext_lazy("Hours"),
    gettext_lazy("Issued"),
    gettext_lazy("Expires"),
    gettext_lazy("Status"),
)

SUMMARY_COLUMNS = (
    gettext_lazy("Staff number"),
    gettext_lazy("Name (Chinese)"),
    gettext_lazy("Name (Latin letters)"),
    gettext_lazy("Org unit"),
    gettext_lazy("Job role"),
    gettext_lazy("Appraisal period"),
    gettext_lazy("Training hours"),
    gettext_lazy("Courses completed"),
    gettext_lazy("Valid certificates"),
    gettext_lazy("Mean quiz score (%)"),
    gettext_lazy("Overdue mandatory training"),
    gettext_lazy("Competency levels gained"),
    gettext_lazy("Training score"),
    gettext_lazy("Competency levels (start → end)"),
)


def register_row(certificate: Certificate, today: dt.date) -> RegisterRow:
    """The register's row of a certificate (needs `staff__org_unit`, `revocation` and
    `superseded_by`, as `certificates_for_hr` selects them)."""
    return RegisterRow(
        certificate=certificate,
        code=certificate.formatted_code,
        name_zh=certificate.holder_name_zh,
        name_latin=certificate.holder_name_latin,
        staff_number=certificate.staff_number,
        org_unit=certificate.staff.org_unit.name if certificate.staff.org_unit_id else "",
        course=certificate.title,
        level=certificate.level,
        hours=certificate.hours,
        issued=timezone.localdate(certificate.issued_at),
        expires=certificate.expires_on,
        status=Status(certificate.status_on(today)),
    )


def levels_text(summary: Summary) -> str:
    """'英语: B1 → B2; 跨文化沟通: — → 3' (the competencies with a level at either end)."""
    parts = [
        f"{change.competency_name}: {change.start or '—'} → {change.end or '—'}"
        for change in summary.levels
        if change.start or change.end
    ]
    return "; ".join(parts)


def summary_values(summary: Summary) -> list:
    staff = summary.staff
    return [
        staff.staff_number,
        staff.name_zh,
        staff.name_latin,
        staff.org_unit.name if staff.org_unit_id else "",
        staff.job_role.name if staff.job_role_id else "",
        summary.period.name,
        summary.hours,
        summary.courses_completed,
        summary.valid_certificates,
        summary.mean_quiz_score,
        summary.overdue_mandatory,
        summary.levels_gained,
        summary.score,
        levels_text(summary),
    ]


# --- the writers ------------------------------------------------------------------------------


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, Decimal)):
        return str(value)
    return spreadsheet_safe(value)


def _write_csv(headers: Sequence, rows: Iterable[list], fileobj) -> int:
    """Write a CSV (UTF-8 with a BOM) to a binary file; return the number of rows."""
    text = io.TextIOWrapper(fileobj, encoding="utf-8-sig", newline="", write_through=True)
    count = 0
    try:
        writer = csv.writer(text)
        writer.writerow([spreadsheet_safe(str(header)) for header in headers])
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
    finally:
        text.flush()
        text.detach()  # the caller's file stays open
    return count


_SHEET_UNSAFE = str.maketrans({char: " " for char in "[]:*?/\\"})


def _write_xlsx(
    title: str, headers: Sequence, rows: Iterable[list], fileobj, widths: Sequence[int]
) -> int:
    """Write a one-sheet workbook to a binary file; return the number of rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(title).translate(_SHEET_UNSAFE)[:31] or "Sheet")
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def header_cell(text) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=spreadsheet_safe(str(text)))
        cell.font = bold
        return cell

    def cell(value):
        if value is None:
            return None
        if isinstance(value, dt.datetime):  # not expected; a date is what the columns hold
            value = timezone.localtime(value).date()
        if isinstance(value, dt.date):
            date_cell = WriteOnlyCell(sheet, value=value)
            date_cell.number_format = "yyyy-mm-dd"
            return date_cell
        if isinstance(value, (int, Decimal)):
            return value
        # XML cannot carry most control characters (a bell pasted into a course title):
        # openpyxl refuses them, so they are left out rather than failing the whole file.
        text = spreadsheet_safe(ILLEGAL_CHARACTERS_RE.sub("", str(value)))
        text_cell = WriteOnlyCell(sheet, value=text)
        text_cell.data_type = "s"  # text, whatever it looks like
        return text_cell

    sheet.append([header_cell(header) for header in headers])
    count = 0
    for row in rows:
        sheet.append([cell(value) for value in row])
        count += 1
    workbook.save(fileobj)
    return count


REGISTER_WIDTHS = (22, 12, 22, 14, 24, 36, 8, 8, 12, 12, 12)
SUMMARY_WIDTHS = (14, 12, 22, 24, 20, 24, 10, 10, 10, 12, 12, 12, 10, 60)


def _register_values(certificates: Iterable[Certificate], today: dt.date | None):
    today = today or timezone.localdate()
    for certificate in certificates:
        yield register_row(certificate, today).values


def register_csv(
    certificates: Iterable[Certificate], fileobj, *, today: dt.date | None = None
) -> int:
    """The register as CSV (UTF-8 with a BOM) to a binary file; return the number of rows."""
    return _write_csv(REGISTER_COLUMNS, _register_values(certificates, today), fileobj)


def register_xlsx(
    certificates: Iterable[Certificate], fileobj, *, today: dt.date | None = None
) -> int:
    """The register as an XLSX workbook to a binary file; return the number of rows."""
    return _write_xlsx(
        _("Certificate register"),
        REGISTER_COLUMNS,
        _register_values(certificates, today),
        fileobj,
        REGISTER_WIDTHS,
    )


def summaries_csv(summaries: Iterable[Summary], fileobj) -> int:
    """The summaries as CSV (UTF-8 with a BOM) to a binary file; return the number of rows."""
    return _write_csv(SUMMARY_COLUMNS, (summary_values(s) for s in summaries), fileobj)


def summaries_xlsx(summaries: Iterable[Summary], fileobj) -> int:
    """The summaries as an XLSX workbook to a binary file; return the number of rows."""
    return _write_xlsx(
        _("Appraisal summaries"),
        SUMMARY_COLUMNS,
        (summary_values(s) for s in summaries),
        fileobj,
        SUMMARY_WIDTHS,
    )


# --- which rows -------------------------------------------------------------------------------


def register_filter(
    data: Mapping | None, *, user: User, today: dt.date | None = None
) -> RegisterFilter:
    """The register's filter over the certificates `user` may see (HR: all), in the page's
    order, with what a row needs."""
    return RegisterFilter(data, queryset=certificates_for_hr(user=user), today=today)


def summary_filter(data: Mapping | None, *, user: User) -> SummaryFilter:
    """The summaries' filter over the staff `user` may see, in the summaries' order."""
    return SummaryFilter(data, queryset=summary_staff(policies.staff_visible_to(user)))


def _errors(filterset) -> ValidationError:
    return ValidationError({name: list(errors) for name, errors in filterset.form.errors.items()})


def validated_filter(kind: str, filters: Mapping, *, user: User, today: dt.date | None = None):
    """The kind's filter, bound to `filters` and valid; ValidationError otherwise (a forged
    value, a missing period; the unit PDF also needs an org unit)."""
    if kind in REGISTER_KINDS:
        filterset = register_filter(filters, user=user, today=today)
    elif kind in SUMMARY_KINDS:
        filterset = summary_filter(filters, user=user)
    else:
        raise ValidationError({"kind": [_("Choose what to export.")]}, code="invalid_kind")
    if not filterset.is_valid():
        raise _errors(filterset)
    if kind == Kind.UNIT_PDF and not filterset.form.cleaned_data.get("org_unit"):
        raise ValidationError(
            {"org_unit": [_("Choose the org unit whose summaries go into one PDF.")]}
        )
    return filterset


def nothing_to_export(kind: str) -> ValidationError:
    if kind in REGISTER_KINDS:
        return ValidationError(
            _("No certificates match this filter, so there is nothing to export.")
        )
    return ValidationError(_("No staff match this filter, so there is nothing to export."))


def _require_hr(actor: User | None) -> None:
    if actor is None or not policies.is_hr(actor):
        raise PermissionDenied("Only HR may export the register and the appraisal summaries.")


def _audit(*, actor, kind: str, filterset, count: int, export=None, inline=False) -> None:
    description = filterset.describe()
    audit_log(
        actor=actor,
        action="report.export",
        target=export,
        summary=f"{kind}: {count} rows"[:255],
        data={
            "kind": str(kind),
            "filters": filterset.as_data(),
            "description": description,
            "count": count,
            "inline": inline,
        },
    )


# --- the request and the job ------------------------------------------------------------------


def _enqueue(export_id: int) -> None:
    try:
        report_export_run.enqueue(export_id=export_id)
    except Exception as error:  # the export shows as failed rather than queued for ever
        logger.exception("Could not queue report export %s", export_id)
        ReportExport.objects.filter(pk=export_id).update(
            state=State.FAILED,
            error=_("The export could not be queued: %(error)s") % {"error": error},
            finished_at=timezone.now(),
        )


@transaction.atomic
def report_export_request(*, actor: User, kind: str, filters: Mapping) -> ReportExport:
    """Ask for an export (HR and admins); return it, queued.

    Guarantees: the filter is validated exactly as its page validates it (`RegisterFilter` for
    the register's kinds, `SummaryFilter` for the summaries'); an unknown kind, an invalid
    filter or one that selects nothing is refused with ValidationError and nothing is written.
    The export records the number of rows, the filter (applied again when the job runs), its
    description and the active language; the audit entry records who asked for which kind,
    filter and number of rows; the job is queued after commit.
    """
    _require_hr(actor)
    filterset = validated_filter(kind, filters, user=actor)
    total = filterset.qs.count()
    if not total:
        raise nothing_to_export(kind)
    export = ReportExport.objects.create(
        kind=kind,
        requested_by=actor,
        filters=filterset.as_data(),
        description=filterset.describe()[:255],
        language=translation.get_language() or settings.LANGUAGE_CODE,
        total=total,
    )
    _audit(actor=actor, kind=kind, filterset=filterset, count=total, export=export)
    transaction.on_commit(partial(_enqueue, export.pk))
    return export


@dataclass(frozen=True)
class InlineFile:
    name: str
    content_type: str
    content: bytes
    rows: int


def file_name(kind: str, moment: dt.datetime, pk: int | None = None) -> str:
    stem, extension, _type = FILE_TYPES[kind]
    local = timezone.localtime(moment)
    suffix = f"-{pk}" if pk is not None else ""
    return f"{stem}-{local:%Y%m%d-%H%M}{suffix}.{extension}"


class TooManyRows(Exception):
    """Too many rows to write at once: ask for a background export instead."""

    def __init__(self, count: int):
        super().__init__(count)
        self.count = count


@transaction.atomic
def report_export_inline(*, actor: User, kind: str, filters: Mapping) -> InlineFile:
    """Write a small CSV / XLSX of the register at once (HR and admins) and audit it as a
    background export is audited. Refused like `report_export_request` (ValidationError);
    more than `inline_max()` rows raise TooManyRows (nothing written)."""
    _require_hr(actor)
    if kind not in INLINE_KINDS:
        raise ValidationError({"kind": [_("Choose what to export.")]}, code="invalid_kind")
    today = timezone.localdate()
    filterset = validated_filter(kind, filters, user=actor, today=today)
    certificates = list(filterset.qs[: inline_max() + 1])
    if not certificates:
        raise nothing_to_export(kind)
    if len(certificates) > inline_max():
        raise TooManyRows(filterset.qs.count())
    buffer = io.BytesIO()
    writer = register_csv if kind == Kind.REGISTER_CSV else register_xlsx
    rows = writer(certificates, buffer, today=today)
    _audit(actor=actor, kind=kind, filterset=filterset, count=rows, inline=True)
    return InlineFile(
        name=file_name(kind, timezone.now()),
        content_type=FILE_TYPES[kind][2],
        content=buffer.getvalue(),
        rows=rows,
    )


def report_export_download(*, actor: User, export: ReportExport) -> None:
    """Record that `actor` downloaded a finished export (HR only)."""
    _require_hr(actor)
    audit_log(
        actor=actor,
        action="report.export.download",
        target=export,
        summary=f"{export.kind}: {export.total} rows downloaded"[:255],
        data={"kind": export.kind, "filters": export.filters, "count": export.total},
    )


def _message(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)[:ERROR_MAX]
    if isinstance(error, PermissionDenied):
        return str(error)[:ERROR_MAX]
    return f"{type(error).__name__}: {error}"[:ERROR_MAX]


def _counted(items: Iterable, progress: Progress, total: int) -> Iterator:
    """`items`, calling `progress(done, total)` after every BATCH_SIZE of them."""
    done = 0
    for item in items:
        yield item
        done += 1
        if done % BATCH_SIZE == 0:
            progress(done, total)
    progress(done, total)


def _summaries(
    staff: list, period, progress: Progress | None, weights: ScoreWeights | None = None
) -> Iterator[Summary]:
    """The summaries of `staff`, computed BATCH_SIZE people at a time (a fixed number of
    queries per batch), with progress after each batch when `progress` is given."""
    weights = weights or ScoreWeights.current()
    for start in range(0, len(staff), BATCH_SIZE):
        batch = staff[start : start + BATCH_SIZE]
        yield from summaries_for(batch, period, weights=weights)
        if progress is not None:
            progress(start + len(batch), len(staff))


def _write(export: ReportExport, filterset, fileobj, progress: Progress) -> int:
    """Write the export's file to `fileobj`; return the number of rows."""
    kind = export.kind
    today = timezone.localdate()
    if kind in REGISTER_KINDS:
        certificates = list(filterset.qs)
        total = len(certificates)
        progress(0, total)
        if kind == Kind.REGISTER_ZIP:
            write_certificates_zip(certificates, fileobj, progress, today=today)
            return total
        rows = _counted(certificates, progress, total)
        if kind == Kind.REGISTER_CSV:
            return register_csv(rows, fileobj, today=today)
        return register_xlsx(rows, fileobj, today=today)

    staff = list(filterset.qs)
    period = filterset.chosen_period
    total = len(staff)
    progress(0, total)
    if kind == Kind.SUMMARIES_CSV:
        return summaries_csv(_summaries(staff, period, progress), fileobj)
    if kind == Kind.SUMMARIES_XLSX:
        return summaries_xlsx(_summaries(staff, period, progress), fileobj)
    # The PDFs (helper module, loaded only where PDFs are made: it loads WeasyPrint).
    from .summary_pdf import unit_summaries_pdf, write_summaries_zip

    weights = ScoreWeights.current()
    summaries = list(_summaries(staff, period, None, weights))
    if kind == Kind.SUMMARIES_ZIP:
        write_summaries_zip(summaries, fileobj, progress, weights=weights)
    else:
        unit = filterset.form.cleaned_data["org_unit"]
        title = _("Appraisal summaries: %(unit)s, %(period)s") % {
            "unit": unit.name,
            "period": period.name,
        }
        fileobj.write(unit_summaries_pdf(summaries, title=title, unit=unit, weights=weights))
        progress(total, total)
    return total


def report_exports_recover(
    *, now: dt.datetime | None = None, stale: dt.timedelta | None = None
) -> list[int]:
    """Queue again the report exports whose worker died, with the guarantees of
    `training.certificates.export.dead_exports_requeue`; return their ids."""
    return dead_exports_requeue(
        model=ReportExport,
        action="report.export_recovered",
        label="Report export",
        enqueue=_enqueue,
        now=now,
        stale=stale,
    )


def report_export_build(*, export_id: int) -> ReportExport:
    """Build an export's file (the body of the `report_export_run` job); return the export.

    Idempotent: an export that is done is returned as it is; otherwise it starts from the
    beginning. The filter is applied again now (statuses are today's), in the language the
    export was asked for, and the requester must still be in HR. The file is written to a
    temporary file (progress after every batch) and saved to storage once complete; any error
    leaves the export failed, with the message and without a file.
    """
    with transaction.atomic():
        export = (
            # `of=("self",)`: PostgreSQL cannot lock the nullable side of the outer join.
            ReportExport.objects.select_for_update(of=("self",))
            .select_related("requested_by")
            .get(pk=export_id)
        )
        if export.state == State.DONE:
            return export
        export.state, export.done, export.error, export.finished_at = State.RUNNING, 0, "", None
        export.heartbeat_at, export.attempts = timezone.now(), export.attempts + 1
        export.save(
            update_fields=["state", "done", "error", "finished_at", "heartbeat_at", "attempts"]
        )
    attempt = export.attempts
    # Only this run's row: a run the recovery sweep gave up on (and queued again) stops here.
    mine = ReportExport.objects.filter(pk=export_id, attempts=attempt, state=State.RUNNING)
    saved_name = ""
    try:
        with translation.override(export.language or settings.LANGUAGE_CODE):
            requester = export.requested_by
            if requester is None or not policies.is_hr(requester):
                raise PermissionDenied(
                    _("The person who asked for this export is no longer in HR.")
                )
            filterset = validated_filter(export.kind, export.filters, user=requester)

            def progress(done: int, total: int) -> None:
                if not mine.update(done=done, total=total, heartbeat_at=timezone.now()):
                    raise ExportSuperseded(export_id)

            with tempfile.TemporaryFile() as out:  # unnamed: gone even if the worker is killed
                rows = _write(export, filterset, out, progress)
                out.seek(0)
                name = file_name(export.kind, export.created_at, export.pk)
                saved_name = export.file.storage.save(
                    export.file.field.generate_filename(export, name), File(out)
                )
        with transaction.atomic():
            locked = ReportExport.objects.select_for_update().get(pk=export_id)
            if locked.state == State.DONE or locked.attempts != attempt:
                # A second run finished first, or started after this one was taken for dead.
                export.file.storage.delete(saved_name)
                return locked
            locked.file.name = saved_name
            locked.state, locked.done, locked.total = State.DONE, rows, rows
            locked.finished_at = timezone.now()
            locked.save(update_fields=["file", "state", "done", "total", "finished_at"])
        return locked
    except ExportSuperseded:
        logger.warning("Report export %s: run %s superseded by a newer run", export_id, attempt)
        if saved_name:
            export.file.storage.delete(saved_name)
        return ReportExport.objects.get(pk=export_id)
    except Exception as error:
        logger.exception("Report export %s failed", export_id)
        if saved_name:
            export.file.storage.delete(saved_name)
        mine.update(state=State.FAILED, error=_message(error), file="", finished_at=timezone.now())
        raise


@task()
def report_export_run(*, export_id: int) -> dict:
    """Build the file of an export (queued by `report_export_request`)."""
    export = report_export_build(export_id=export_id)
    return {"export_id": export.pk, "state": export.state, "total": export.total}
