"""ZIP exports of certificate PDFs: the archive, the request, the background job."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from training.certificates import export, render
from training.certificates.models import Certificate, CertificateExport, Status, new_code
from training.people.models import AuditEntry

State = CertificateExport.State


@pytest.fixture
def english():
    """Messages compared in English (the suite's default language is Chinese)."""
    with translation.override("en"):
        yield


def copies(certificate: Certificate, count: int, *, stored: bool = False, **fields) -> list:
    """`count` more certificates like `certificate` (new codes; later rounds of the same
    enrolment), inserted directly; without a stored PDF unless `stored`."""
    values = {
        field.attname: getattr(certificate, field.attname)
        for field in Certificate._meta.concrete_fields
        if field.name not in ("id", "code", "supersedes")
    }
    if not stored:
        values.update(pdf="", pdf_sha256="", pdf_rendered_at=None)
    last = Certificate.objects.filter(enrolment_id=certificate.enrolment_id).order_by("-round")
    start = last.first().round + 1
    made = Certificate.objects.bulk_create(
        Certificate(**{**values, "round": start + n, "code": new_code(), **fields})
        for n in range(count)
    )
    return list(Certificate.objects.filter(pk__in=[c.pk for c in made]).order_by("pk"))


class RenderCounter:
    """Counts the certificates the renderer is asked for (and can be made to fail)."""

    def __init__(self, monkeypatch, *, fail: bool = False):
        self.rendered: list[int] = []
        self.fail = fail
        real_many, real_one = render.certificates_pdfs, render.certificate_pdf

        def many(certificates):
            for certificate in certificates:
                if self.fail:
                    raise RuntimeError("the renderer broke")
                self.rendered.append(certificate.pk)
            yield from real_many(certificates)

        def one(certificate):
            self.rendered.append(certificate.pk)
            return real_one(certificate)

        monkeypatch.setattr(render, "certificates_pdfs", many)
        monkeypatch.setattr(render, "certificate_pdf", one)


def export_of(certificates) -> tuple[zipfile.ZipFile, export.ExportStats]:
    buffer = io.BytesIO()
    stats = export.write_certificates_zip(
        export.export_queryset({}).filter(pk__in=[c.pk for c in certificates]), buffer
    )
    buffer.seek(0)
    return zipfile.ZipFile(buffer), stats


def manifest_rows(archive: zipfile.ZipFile) -> list[list[str]]:
    raw = archive.read(export.MANIFEST_NAME)
    assert raw.startswith("\ufeff".encode())  # a BOM: spreadsheets read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.fixture
def issued(org, course, complete) -> Certificate:
    return complete(org.learner, course)


# --- the archive ------------------------------------------------------------------------------


def test_the_zip_has_a_pdf_per_certificate_and_a_manifest(org, course, complete, issued):
    other = complete(org.circ_staff, course)
    archive, stats = export_of([issued, other])
    assert archive.testzip() is None
    pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
    assert len(pdfs) == 2
    for name in pdfs:
        assert archive.read(name).startswith(b"%PDF")
        assert archive.getinfo(name).compress_type == zipfile.ZIP_STORED
    name = next(name for name in pdfs if issued.code in name)
    assert name == f"{issued.staff_number}_LI-Yun_服务台英语_{issued.code}.pdf"
    assert archive.read(name) == issued.pdf.open("rb").read()  # the stored file, as it is
    rows = manifest_rows(archive)
    assert len(rows) == 3
    row = next(row for row in rows if issued.formatted_code in row)
    assert name in row
    assert "李赟" in row and "服务台英语" in row and str(Status.VALID.label) in row
    assert issued.pdf_sha256 in row
    assert stats.total == 2 and stats.copied == 2 and stats.rendered == 0


def test_stored_pdfs_are_copied_not_rendered_again(monkeypatch, issued):
    more = copies(issued, 3, stored=True)
    before = {c.pk: c.pdf_rendered_at for c in [issued, *more]}
    counter = RenderCounter(monkeypatch)
    archive, stats = export_of([issued, *more])
    assert counter.rendered == []
    assert stats.copied == 4
    assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 4
    after = dict(Certificate.objects.filter(pk__in=before).values_list("pk", "pdf_rendered_at"))
    assert after == before


def test_missing_pdfs_are_rendered_and_stored_for_next_time(monkeypatch, issued):
    missing = copies(issued, 3)
    counter = RenderCounter(monkeypatch)
    archive, stats = export_of([issued, *missing])
    assert sorted(counter.rendered) == sorted(c.pk for c in missing)
    assert stats.rendered == 3 and stats.copied == 1
    for certificate in Certificate.objects.filter(pk__in=[c.pk for c in missing]):
        assert certificate.pdf and certificate.pdf_sha256 and certificate.pdf_rendered_at
        name = next(n for n in archive.namelist() if certificate.code in n)
        assert archive.read(name) == certificate.pdf.open("rb").read()
    counter.rendered.clear()
    export_of([issued, *missing])
    assert counter.rendered == []  # the second export copies them


def test_a_damaged_stored_pdf_is_rendered_again_for_the_archive(monkeypatch, issued):
    Certificate.objects.filter(pk=issued.pk).update(pdf_sha256="0" * 64)
    counter = RenderCounter(monkeypatch)
    archive, stats = export_of([issued])
    assert counter.rendered == [issued.pk]
    assert stats.rendered == 1
    assert archive.read(archive.namelist()[0]).startswith(b"%PDF")


def test_progress_is_reported_per_batch_not_per_certificate(monkeypatch, issued):
    monkeypatch.setattr(export, "BATCH_SIZE", 2)
    more = copies(issued, 4, stored=True)
    calls = []
    export.write_certificates_zip(
        export.export_queryset({}).filter(pk__in=[c.pk for c in [issued, *more]]),
        io.BytesIO(),
        lambda done, total: calls.append((done, total)),
    )
    assert calls == [(2, 5), (4, 5), (5, 5)]


def test_manifest_neutralises_formulas_and_keeps_chinese(issued):
    hostile = copies(
        issued,
        1,
        stored=True,
        holder_name_latin='=HYPERLINK("http://evil.example","x")',
        holder_name_zh="@SUM(1+1)",
        course_title="+cmd|' /C calc'!A0",
        staff_number="-2+3",
    )[0]
    archive, _stats = export_of([hostile])
    row = next(row for row in manifest_rows(archive) if hostile.formatted_code in row)
    assert '\'=HYPERLINK("http://evil.example","x")' in row
    assert "'@SUM(1+1)" in row
    assert "'+cmd|' /C calc'!A0" in row
    assert "'-2+3" in row
    assert "服务台英语" in row  # the Chinese title column, intact
    assert not any(cell[:1] in "=+-@" for cell in row if cell)


def test_entry_names_are_safe_and_unique(issued):
    tricky = copies(
        issued,
        2,
        stored=True,
        holder_name_latin="../../etc/passwd",
        course_title='a/b\\c:d*e?f"g<h>i|j ..',
    )
    names = export.entry_names([*tricky, tricky[0]])
    assert len(set(names.values())) == 2  # one per certificate
    for name in names.values():
        assert "/" not in name and "\\" not in name and ".." not in name
        assert not name.startswith((".", "-"))
        assert name.endswith(".pdf")
    first = names[tricky[0].pk]
    assert first.startswith(f"{issued.staff_number}_etc-passwd_a-b-c-d-e-f-g-h-i-j_")
    archive, _stats = export_of(tricky)
    assert all(".." not in n and not n.startswith("/") for n in archive.namelist())


def test_entry_names_that_clash_get_a_number(issued):
    twin = copies(issued, 1, stored=True)[0]
    names = export.entry_names([issued, twin])  # same holder and course, different codes
    assert len(set(names.values())) == 2
    same_code = Certificate(pk=-1, code=issued.code, staff_number=issued.staff_number)
    same_code.holder_name_latin, same_code.course_title = "LI Yun", issued.course_title
    assert export.entry_names([issued, same_code])[-1].endswith(f"{issued.code}-2.pdf")


def test_the_archive_follows_the_status_filter(org, issued):
    revoked = copies(issued, 1, stored=True)[0]
    from training.certificates import services

    services.certificate_revoke(certificate=revoked, reason="wrong person", actor=org.hr.user)
    valid = list(export.export_queryset({"status": "valid"}))
    assert [c.pk for c in valid] == [issued.pk]
    archive, _stats = export_of([revoked])
    row = next(row for row in manifest_rows(archive) if revoked.formatted_code in row)
    assert str(Status.REVOKED.label) in row


def test_an_invalid_filter_is_refused_not_widened(issued):
    for filters in ({"status": "forged"}, {"period": "last year"}, {"org_unit": "nowhere"}):
        with pytest.raises(ValidationError):
            export.export_queryset(filters)


# --- the request ------------------------------------------------------------------------------


def test_the_request_records_the_export_and_the_audit_entry(
    org, issued, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    job = SimpleNamespace(enqueue=lambda **kwargs: queued.append(kwargs))
    monkeypatch.setattr(export, "certificate_export_run", job)
    with django_capture_on_commit_callbacks(execute=True):
        requested = export.certificate_export_request(
            actor=org.hr.user, filters={"org_unit": "isss", "status": "valid", "page": "3"}
        )
    assert requested.state == State.QUEUED
    assert requested.total == 1
    assert requested.filters == {"org_unit": "isss", "status": "valid"}
    assert requested.requested_by == org.hr.user
    assert "isss部" in requested.description  # the unit's name in the requester's language
    assert str(Status.VALID.label) in requested.description
    assert queued == [{"export_id": requested.pk}]
    entry = AuditEntry.objects.get(action="certificate.export")
    assert entry.actor == org.hr.user
    assert entry.data == {"filters": {"org_unit": "isss", "status": "valid"}, "count": 1}


@pytest.mark.parametrize("who", ["learner", "isss_manager", "editor"])
def test_only_hr_may_request_an_export(org, issued, who):
    with pytest.raises(PermissionDenied):
        export.certificate_export_request(actor=getattr(org, who).user, filters={})
    assert not CertificateExport.objects.exists()


@pytest.mark.usefixtures("english")
def test_an_invalid_or_empty_filter_is_refused(org, issued):
    with pytest.raises(ValidationError):
        export.certificate_export_request(actor=org.hr.user, filters={"status": "all"})
    with pytest.raises(ValidationError):
        export.certificate_export_request(actor=org.hr.user, filters={"period": "1999"})
    with pytest.raises(ValidationError, match="nothing to export"):
        export.certificate_export_request(actor=org.hr.user, filters={"period": "2001"})
    assert not CertificateExport.objects.exists()
    assert not AuditEntry.objects.filter(action="certificate.export").exists()


# --- the job ----------------------------------------------------------------------------------


def stored_exports() -> list[str]:
    try:
        return sorted(default_storage.listdir("certificate-exports")[1])
    except FileNotFoundError:
        return []


def request_and_run(org, django_capture_on_commit_callbacks, filters=None) -> CertificateExport:
    with django_capture_on_commit_callbacks(execute=True):  # the immediate backend runs the job
        requested = export.certificate_export_request(actor=org.hr.user, filters=filters or {})
    return CertificateExport.objects.get(pk=requested.pk)


def test_the_job_builds_the_zip(org, course, complete, issued, django_capture_on_commit_callbacks):
    complete(org.circ_staff, course)
    missing = copies(issued, 2)
    done = request_and_run(org, django_capture_on_commit_callbacks)
    assert done.state == State.DONE
    assert done.total == done.done == 4
    assert done.percent == 100
    assert done.finished_at is not None
    assert done.error == ""
    with done.file.open("rb") as file:
        archive = zipfile.ZipFile(io.BytesIO(file.read()))
    assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 4
    assert len(manifest_rows(archive)) == 5
    assert all(Certificate.objects.get(pk=c.pk).pdf for c in missing)  # stored on the way


def test_running_a_finished_job_again_does_nothing(
    org, issued, django_capture_on_commit_callbacks, monkeypatch
):
    done = request_and_run(org, django_capture_on_commit_callbacks)
    counter = RenderCounter(monkeypatch, fail=True)
    again = export.certificate_export_build(export_id=done.pk)
    assert again.state == State.DONE
    assert again.file.name == done.file.name
    assert counter.rendered == []
    export.certificate_export_run.enqueue(export_id=done.pk)
    assert CertificateExport.objects.get(pk=done.pk).file.name == done.file.name


def test_a_job_that_died_half_way_starts_over(org, issued, monkeypatch):
    copies(issued, 2)
    killed = CertificateExport.objects.create(
        requested_by=org.hr.user, state=State.RUNNING, total=3, done=2, filters={}
    )
    result = export.certificate_export_build(export_id=killed.pk)
    assert result.state == State.DONE
    assert result.done == result.total == 3
    with result.file.open("rb") as file:
        assert len(zipfile.ZipFile(io.BytesIO(file.read())).namelist()) == 4


def test_a_failing_render_leaves_the_export_failed_without_a_file(
    org, issued, django_capture_on_commit_callbacks, monkeypatch
):
    copies(issued, 2)
    RenderCounter(monkeypatch, fail=True)
    before = stored_exports()
    failed = request_and_run(org, django_capture_on_commit_callbacks)
    assert failed.state == State.FAILED
    assert "the renderer broke" in failed.error
    assert not failed.file
    assert failed.finished_at is not None
    assert stored_exports() == before  # no partial ZIP reached storage


def test_a_failed_export_can_run_again(
    org, issued, django_capture_on_commit_callbacks, monkeypatch
):
    copies(issued, 1)
    counter = RenderCounter(monkeypatch, fail=True)
    failed = request_and_run(org, django_capture_on_commit_callbacks)
    assert failed.state == State.FAILED
    counter.fail = False
    retried = export.certificate_export_build(export_id=failed.pk)
    assert retried.state == State.DONE and retried.file and retried.error == ""


@pytest.mark.usefixtures("english")
def test_the_job_refuses_a_requester_who_left_hr(org, issued, django_capture_on_commit_callbacks):
    queued = CertificateExport.objects.create(requested_by=org.learner.user, filters={}, total=1)
    with pytest.raises(PermissionDenied):
        export.certificate_export_build(export_id=queued.pk)
    queued.refresh_from_db()
    assert queued.state == State.FAILED and not queued.file
    assert "HR" in queued.error


def test_the_job_applies_the_filter_when_it_runs(org, issued):
    later = copies(issued, 1, stored=True, issued_at=timezone.now() - dt.timedelta(days=400))[0]
    period = str(timezone.localtime(later.issued_at).year)
    job = CertificateExport.objects.create(
        requested_by=org.hr.user, filters={"period": period}, total=99
    )
    result = export.certificate_export_build(export_id=job.pk)
    assert result.total == (1 + (timezone.localtime(issued.issued_at).year == int(period)))


def test_the_hours_keep_their_decimal(issued):
    half = copies(issued, 1, stored=True, hours=Decimal("1.5"))[0]
    archive, _stats = export_of([half])
    row = next(row for row in manifest_rows(archive) if half.formatted_code in row)
    assert "1.5" in row
