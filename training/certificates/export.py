"""ZIP exports of certificate PDFs: HR asks for one on the certificate list (a background task
builds it with visible progress) and operators run `manage.py export_certificates`.

Both write the archive with `write_certificates_zip`:

- a certificate whose PDF is stored is copied from storage as it is (ZIP_STORED: PDFs are
  compressed already), after checking it against its stored checksum;
- a certificate without a stored PDF is rendered in batches (`render.certificates_pdfs`) and the
  PDF is stored (`services.certificate_store_pdf`), so the next export copies it. With many to
  render, two processes render at once (a process pool, forked from the job), because one
  process renders about 30 certificates a second and the machine has two cores;
- the entries are named `<staff number>_<Latin name>_<course title>_<code>.pdf` (made safe and
  unique) and a `manifest.csv` lists every certificate (UTF-8 with a BOM, for spreadsheets, with
  formula-like cells neutralised).

The archive is written to a temporary file and reaches storage (or the command's output file)
only when it is complete, so a partial ZIP is never served. Running the job again for an export
that is done does nothing; a job that died half-way starts over when it runs again (the PDFs it
stored are kept, so the second run is faster).
"""

from __future__ import annotations

import csv
import ctypes
import datetime as dt
import hashlib
import io
import logging
import multiprocessing
import os
import re
import resource
import signal
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import connection, connections, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from training.people import policies
from training.people.services import audit_log

from . import services
from .filters import CertificateFilter
from .models import Certificate, CertificateExport, Status

logger = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.csv"
# Certificates written to the archive between two progress updates.
BATCH_SIZE = 25
# Certificates one rendering process renders in one go (`certificates_pdfs` shares the fonts and
# styles of a batch).
RENDER_CHUNK = 25
# With fewer certificates to render than this, one process renders them (starting a pool costs
# more than it saves).
PARALLEL_MIN = 2 * RENDER_CHUNK
ERROR_MAX = 1000
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies (Linux)
# Cells a spreadsheet would read as a formula (and tab / carriage return, which some spreadsheets
# strip before looking): such a cell gets a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], None]


def render_processes() -> int:
    """How many processes render at once when many PDFs are missing (setting
    MERIDIAN_CERTIFICATE_EXPORT_PROCESSES, by default 2 or the number of cores if fewer)."""
    configured = getattr(settings, "MERIDIAN_CERTIFICATE_EXPORT_PROCESSES", None)
    if configured is None:
        configured = min(2, os.cpu_count() or 1)
    return max(1, int(configured))


# --- names and the manifest -------------------------------------------------------------------

_UNSAFE = re.compile(r"[^\w.-]+")  # \w is Unicode: Chinese titles and names stay readable
_DOTS = re.compile(r"\.{2,}")
_DASHES = re.compile(r"-{2,}")


def _segment(text: str, limit: int) -> str:
    text = unicodedata.normalize("NFKC", str(text or ""))
    text = _DASHES.sub("-", _DOTS.sub(".", _UNSAFE.sub("-", text)))
    return text.strip(".-_")[:limit].strip(".-_")


def entry_name(certificate: Certificate) -> str:
    """`<staff number>_<Latin name>_<course title>_<code>.pdf`: one file name, no directories,
    no `..`, no characters that a file system or an unzip tool could misread."""
    parts = [
        _segment(certificate.staff_number, 40),
        _segment(certificate.holder_name_latin, 60),
        _segment(certificate.course_title, 60),
        _segment(certificate.code, 20),
    ]
    return "_".join(part for part in parts if part) + ".pdf"


def download_name(certificate: Certificate) -> str:
    """The file name of one certificate downloaded on its own: the Latin name and the code as
    printed, made safe by the same rule as the ZIP's entries."""
    name = _segment(certificate.holder_name_latin, 60) or "certificate"
    return f"certificate-{name}-{certificate.formatted_code}.pdf"


def entry_names(certificates: Iterable[Certificate]) -> dict[int, str]:
    """A unique entry name per certificate (the code makes them unique already; a clash after
    shortening, or a repeated certificate, gets a number)."""
    names: dict[int, str] = {}
    taken: set[str] = {MANIFEST_NAME.casefold()}
    for certificate in certificates:
        name = entry_name(certificate)
        stem, number = name[: -len(".pdf")], 2
        while name.casefold() in taken:
            name, number = f"{stem}-{number}.pdf", number + 1
        taken.add(name.casefold())
        names[certificate.pk] = name
    return names


def spreadsheet_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _local(moment: dt.datetime | None) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def manifest_csv(
    certificates: Iterable[Certificate], names: Mapping[int, str], *, today: dt.date
) -> bytes:
    """The manifest: a row per certificate, UTF-8 with a byte-order mark (so spreadsheets read
    the Chinese right), every cell neutralised against formula injection."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            _("File"),
            _("Verification code"),
            _("Status"),
            _("Holder (Chinese)"),
            _("Holder (Latin letters)"),
            _("Staff number"),
            _("Org unit"),
            _("Course"),
            _("Course (Chinese)"),
            _("Course (English)"),
            _("Level"),
            _("Hours"),
            _("Score (%)"),
            _("Completed"),
            _("Issued"),
            _("Expires"),
            _("PDF checksum (SHA-256)"),
        ]
    )
    for certificate in certificates:
        status = Status(certificate.status_on(today))
        writer.writerow(
            spreadsheet_safe(cell)
            for cell in [
                names[certificate.pk],
                certificate.formatted_code,
                status.label,
                certificate.holder_name_zh,
                certificate.holder_name_latin,
                certificate.staff_number,
                certificate.staff.org_unit.name,
                certificate.course_title,
                certificate.course_title_zh,
                certificate.course_title_en,
                certificate.level,
                certificate.hours,
                "" if certificate.score is None else certificate.score,
                _local(certificate.completed_at),
                _local(certificate.issued_at),
                certificate.expires_on.isoformat() if certificate.expires_on else "",
                certificate.pdf_sha256,
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _zip_info(name: str, moment: dt.datetime, compress_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=timezone.localtime(moment).timetuple()[:6])
    info.compress_type = compress_type
    info.external_attr = 0o644 << 16
    return info


# --- rendering the missing PDFs ---------------------------------------------------------------


def _peak_rss_kib() -> int:
    """This process's peak resident memory in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _render_process_init() -> None:
    """Set up a forked rendering process: it ends with its parent (a job killed with SIGKILL
    leaves no renderer behind), ignores Ctrl-C (the parent stops it) and takes the default
    action on SIGTERM (not the task worker's handler it inherited), and does not log every
    rendering step."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # WeasyPrint logs seven steps of every document at INFO: thousands of lines per export.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass
    if os.getppid() == 1:  # the parent died before the call above took effect
        os._exit(1)


@dataclass(frozen=True)
class ChunkResult:
    stored: list[tuple[int, str, str]]  # (certificate id, stored file name, checksum)
    rendered: int
    pid: int
    peak_rss_kib: int


def render_chunk(ids: list[int]) -> ChunkResult:
    """Render and store the PDFs of some certificates (in a rendering process); one stored
    meanwhile (by the issuing task, say) is not rendered again."""
    from .render import certificates_pdfs  # WeasyPrint loads only where PDFs are made

    certificates = list(
        Certificate.objects.filter(pk__in=ids).select_related("staff").order_by("pk")
    )
    stored = [(c.pk, c.pdf.name, c.pdf_sha256) for c in certificates if c.pdf]
    missing = [certificate for certificate in certificates if not certificate.pdf]
    for certificate, pdf in certificates_pdfs(missing):
        services.certificate_store_pdf(certificate=certificate, pdf=pdf)
        stored.append((certificate.pk, certificate.pdf.name, certificate.pdf_sha256))
    return ChunkResult(
        stored=stored, rendered=len(missing), pid=os.getpid(), peak_rss_kib=_peak_rss_kib()
    )


@dataclass
class ExportStats:
    total: int = 0
    copied: int = 0  # stored PDFs copied into the archive
    rendered: int = 0  # PDFs rendered for the archive (and stored)
    processes: int = 1  # processes that rendered
    peak_rss_kib: dict[int, int] = field(default_factory=dict)  # per rendering process


class _Renderer:
    """Makes sure the certificates of a batch have their PDF: renders the missing ones, in this
    process batch by batch, or ahead of time in a pool of processes (all chunks are queued at
    once; the archive waits for the chunks of each batch in turn)."""

    def __init__(self, missing: list[Certificate], processes: int, stats: ExportStats):
        self.stats = stats
        self.by_pk = {certificate.pk: certificate for certificate in missing}
        self.pool: ProcessPoolExecutor | None = None
        self.future_of: dict[int, Future] = {}
        self.applied: set[Future] = set()
        processes = min(processes, -(-len(missing) // RENDER_CHUNK))
        if (
            processes > 1
            and len(missing) >= PARALLEL_MIN
            and not connection.in_atomic_block  # forked processes could not see the rows
            and "fork" in multiprocessing.get_all_start_methods()
        ):
            self._start_pool(processes)

    def _start_pool(self, processes: int) -> None:
        from . import render  # noqa: F401  (imported once here, inherited by the children)

        ids = list(self.by_pk)  # in archive order
        chunks = [ids[i : i + RENDER_CHUNK] for i in range(0, len(ids), RENDER_CHUNK)]
        # The processes are forked when the first chunk is submitted: close this process's
        # database connections first, so that each child opens its own instead of sharing a
        # socket with the parent. (The parent reconnects on its next query.)
        connections.close_all()
        self.pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_render_process_init,
        )
        for chunk in chunks:
            future = self.pool.submit(render_chunk, chunk)
            for pk in chunk:
                self.future_of[pk] = future
        self.stats.processes = processes

    def __enter__(self) -> _Renderer:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def ensure(self, batch: list[Certificate]) -> dict[int, bytes]:
        """Render what the batch misses; return the PDFs rendered here and kept in memory (the
        others are read from storage)."""
        missing = [certificate for certificate in batch if certificate.pk in self.by_pk]
        if not missing:
            return {}
        if self.pool is not None:
            for certificate in missing:
                future = self.future_of[certificate.pk]
                if future not in self.applied:
                    self._apply(future.result())
                    self.applied.add(future)
            return {}
        from .render import certificates_pdfs  # WeasyPrint loads only where PDFs are made

        fresh = {}
        for certificate, pdf in certificates_pdfs(missing):
            services.certificate_store_pdf(certificate=certificate, pdf=pdf)
            if certificate.pdf_sha256 == hashlib.sha256(pdf).hexdigest():
                fresh[certificate.pk] = pdf  # else a concurrent render stored its own copy
            self.stats.rendered += 1
        pid = os.getpid()
        self.stats.peak_rss_kib[pid] = _peak_rss_kib()
        return fresh

    def _apply(self, result: ChunkResult) -> None:
        for pk, name, checksum in result.stored:
            certificate = self.by_pk[pk]
            certificate.pdf.name = name
            certificate.pdf_sha256 = checksum
        self.stats.rendered += result.rendered
        self.stats.peak_rss_kib[result.pid] = max(
            result.peak_rss_kib, self.stats.peak_rss_kib.get(result.pid, 0)
        )


def write_certificates_zip(
    certificates: Iterable[Certificate],
    fileobj,
    progress: Progress | None = None,
    *,
    processes: int | None = None,
    today: dt.date | None = None,
) -> ExportStats:
    """Write a ZIP of the certificates' PDFs and a manifest to `fileobj` (a binary file).

    Stored PDFs are copied; missing ones are rendered and stored (see the module's docstring).
    `progress(done, total)` is called after each batch of BATCH_SIZE certificates. The
    certificates need `staff__org_unit`, `revocation` and `superseded_by` (the manifest shows
    the unit and the status): pass `export_queryset(...)`.
    """
    certificates = list(certificates)
    today = today or timezone.localdate()
    stats = ExportStats(total=len(certificates))
    names = entry_names(certificates)
    missing = [certificate for certificate in certificates if not certificate.pdf]
    processes = render_processes() if processes is None else processes
    with (
        _Renderer(missing, processes, stats) as renderer,
        zipfile.ZipFile(fileobj, "w", zipfile.ZIP_STORED, allowZip64=True) as archive,
    ):
        done = 0
        for start in range(0, len(certificates), BATCH_SIZE):
            batch = certificates[start : start + BATCH_SIZE]
            fresh = renderer.ensure(batch)
            for certificate in batch:
                data = fresh.get(certificate.pk)
                if data is None:
                    data = services.stored_pdf(certificate)
                    if data is None:  # stored file lost or damaged: render it for this archive
                        from .render import certificate_pdf

                        data = certificate_pdf(certificate)
                        stats.rendered += 1
                    elif certificate.pk not in renderer.by_pk:
                        stats.copied += 1
                info = _zip_info(names[certificate.pk], certificate.issued_at, zipfile.ZIP_STORED)
                archive.writestr(info, data)
            done += len(batch)
            if progress is not None:
                progress(done, stats.total)
        manifest = manifest_csv(certificates, names, today=today)
        archive.writestr(_zip_info(MANIFEST_NAME, timezone.now(), zipfile.ZIP_DEFLATED), manifest)
    return stats


# --- which certificates -----------------------------------------------------------------------


def _errors(certificate_filter: CertificateFilter) -> ValidationError:
    return ValidationError(
        {name: list(errors) for name, errors in certificate_filter.form.errors.items()}
    )


def export_queryset(filters: Mapping, *, today: dt.date | None = None):
    """The certificates a filter selects, for an archive: with what the manifest needs, in
    staff number order. An invalid filter raises ValidationError (never "everything")."""
    certificate_filter = CertificateFilter(filters, queryset=Certificate.objects.all(), today=today)
    if not certificate_filter.is_valid():
        raise _errors(certificate_filter)
    return certificate_filter.qs.select_related(
        "staff__org_unit", "revocation", "superseded_by"
    ).order_by("staff_number", "issued_at", "pk")


# --- HR's exports: the request and the background job ----------------------------------------


def _enqueue(export_id: int) -> None:
    try:
        certificate_export_run.enqueue(export_id=export_id)
    except Exception as error:  # the export shows as failed rather than queued for ever
        logger.exception("Could not queue certificate export %s", export_id)
        CertificateExport.objects.filter(pk=export_id).update(
            state=CertificateExport.State.FAILED,
            error=_("The export could not be queued: %(error)s") % {"error": error},
            finished_at=timezone.now(),
        )


@transaction.atomic
def certificate_export_request(*, actor: User, filters: Mapping) -> CertificateExport:
    """Ask for a ZIP of the certificates a filter selects (HR and admins); return the export.

    Guarantees: the filter is validated exactly as the list validates it (an invalid filter or
    one that selects nothing is refused with ValidationError, nothing written); the export is
    recorded as queued with the number of certificates, the filter (re-applied when the job
    runs) and its description in words; the audit entry records who asked for what; the job is
    queued after commit.
    """
    if not policies.can_manage_certificates(actor):
        raise PermissionDenied("Only HR may export certificates.")
    certificate_filter = CertificateFilter(filters, queryset=Certificate.objects.all())
    if not certificate_filter.is_valid():
        raise _errors(certificate_filter)
    total = certificate_filter.qs.count()
    if not total:
        raise ValidationError(
            _("No certificates match this filter, so there is nothing to export.")
        )
    data = certificate_filter.as_data()
    export = CertificateExport.objects.create(
        requested_by=actor,
        filters=data,
        description=certificate_filter.describe()[:255],
        total=total,
    )
    audit_log(
        actor=actor,
        action="certificate.export",
        target=export,
        summary=f"ZIP of {total} certificates",
        data={"filters": data, "count": total},
    )
    transaction.on_commit(partial(_enqueue, export.pk))
    return export


def _message(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)[:ERROR_MAX]
    return f"{type(error).__name__}: {error}"[:ERROR_MAX]


def certificate_export_build(*, export_id: int) -> CertificateExport:
    """Build an export's ZIP (the body of the `certificate_export_run` job); return the export.

    Idempotent: an export that is done is returned as it is. Otherwise it starts from the
    beginning (a job killed half-way and run again does the whole export again; PDFs stored by
    the first run are copied, not rendered again). The filter is applied again now (so the
    status is today's) and the requester must still be in HR. The archive is written to a
    temporary file and saved to storage once complete; any error leaves the export failed,
    with the error and without a file.
    """
    State = CertificateExport.State
    with transaction.atomic():
        export = (
            # `of=("self",)`: PostgreSQL cannot lock the nullable side of the outer join.
            CertificateExport.objects.select_for_update(of=("self",))
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
    mine = CertificateExport.objects.filter(pk=export_id, attempts=attempt, state=State.RUNNING)
    saved_name = ""
    try:
        if export.requested_by is None or not policies.can_manage_certificates(export.requested_by):
            raise PermissionDenied(_("The person who asked for this export is no longer in HR."))
        certificates = list(export_queryset(export.filters))
        export.total = len(certificates)
        CertificateExport.objects.filter(pk=export_id).update(total=export.total)

        def progress(done: int, total: int) -> None:
            if not mine.update(done=done, heartbeat_at=timezone.now()):
                raise ExportSuperseded(export_id)

        with tempfile.TemporaryFile() as archive:  # unnamed: gone even if the worker is killed
            write_certificates_zip(certificates, archive, progress)
            archive.seek(0)
            saved_name = export.file.storage.save(
                export.file.field.generate_filename(export, f"certificates-{export.pk}.zip"),
                File(archive),
            )
        with transaction.atomic():
            locked = CertificateExport.objects.select_for_update().get(pk=export_id)
            if locked.state == State.DONE or locked.attempts != attempt:
                # A second run of the same job finished first, or was started after this one
                # was taken for dead: that run's archive is the one kept.
                export.file.storage.delete(saved_name)
                return locked
            locked.file.name = saved_name
            locked.state, locked.done, locked.total = State.DONE, export.total, export.total
            locked.finished_at = timezone.now()
            locked.save(update_fields=["file", "state", "done", "total", "finished_at"])
        return locked
    except ExportSuperseded:
        logger.warning(
            "Certificate export %s: run %s superseded by a newer run", export_id, attempt
        )
        if saved_name:
            export.file.storage.delete(saved_name)
        return CertificateExport.objects.get(pk=export_id)
    except Exception as error:
        logger.exception("Certificate export %s failed", export_id)
        if saved_name:
            export.file.storage.delete(saved_name)
        mine.update(state=State.FAILED, error=_message(error), file="", finished_at=timezone.now())
        raise


class ExportSuperseded(Exception):
    """This run of an export was taken for dead and the export queued again."""


def stale_after() -> dt.timedelta:
    """How long a running export may go without a heartbeat (MERIDIAN_EXPORT_STALE_SECONDS)."""
    return dt.timedelta(seconds=settings.MERIDIAN_EXPORT_STALE_SECONDS)


def dead_exports_requeue(
    *,
    model: type[models.Model],
    action: str,
    label: str,
    enqueue: Callable[[int], None],
    now: dt.datetime | None = None,
    stale: dt.timedelta | None = None,
) -> list[int]:
    """Queue again the export jobs of `model` (CertificateExport, or another export model with
    the same state, heartbeat_at and attempts fields) whose job died: running, with no
    heartbeat for `stale` (default `stale_after()`). Returns their ids.

    Guarantees: an export that is done (or failed, or queued) is never touched, so a finished
    file is never rebuilt; each export is queued once per death (it is queued, not running,
    until a worker takes it, so a second sweep finds nothing; rows another sweep holds are
    skipped); the dead run can no longer write (`attempts` moved on when the new run starts,
    and its heartbeat check fails); an audit entry (`action`) records each recovery; the jobs
    are queued after commit. The task row the dead worker left RUNNING stays as it is.
    """
    now = now or timezone.now()
    cutoff = now - (stale if stale is not None else stale_after())
    state = model.State
    with transaction.atomic():
        dead = list(
            model.objects.select_for_update(skip_locked=True)
            .filter(state=state.RUNNING)
            .filter(
                models.Q(heartbeat_at__lt=cutoff)
                | models.Q(heartbeat_at__isnull=True, created_at__lt=cutoff)
            )
            .order_by("pk")
        )
        for export in dead:
            model.objects.filter(pk=export.pk).update(state=state.QUEUED, done=0, heartbeat_at=None)
            audit_log(
                actor=None,
                action=action,
                target=export,
                summary=f"{label} {export.pk} queued again: its job stopped",
                data={"attempts": export.attempts, "heartbeat_at": str(export.heartbeat_at)},
            )
            transaction.on_commit(partial(enqueue, export.pk))
    return [export.pk for export in dead]


def certificate_exports_recover(
    *, now: dt.datetime | None = None, stale: dt.timedelta | None = None
) -> list[int]:
    """Queue again the certificate ZIP exports whose worker died (`dead_exports_requeue`)."""
    return dead_exports_requeue(
        model=CertificateExport,
        action="certificate.export_recovered",
        label="ZIP export",
        enqueue=_enqueue,
        now=now,
        stale=stale,
    )


@task()
def certificate_export_run(*, export_id: int) -> dict:
    """Build the ZIP of an export (queued by `certificate_export_request`)."""
    export = certificate_export_build(export_id=export_id)
    return {"export_id": export.pk, "state": export.state, "total": export.total}
