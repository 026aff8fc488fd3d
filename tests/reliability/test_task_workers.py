"""Faults of the task workers, with real `db_worker` processes on the PostgreSQL test database
(shared with them through tests/servers.py; PostgreSQL only, since SQLite's test database lives
in this process's memory).

- A worker killed (SIGKILL) in the middle of a certificate ZIP export: nothing is downloadable
  meanwhile, the recovery sweep queues the export again (once), a new worker completes it, and
  the single archive is whole.
- Two workers on one queue: every job runs exactly once, and both take some.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests import servers
from tests.training.certificates.test_export import copies
from training.certificates import export, tasks
from training.certificates.models import Certificate, CertificateExport
from training.people.models import AuditEntry, StaffProfile
from training.progress.models import Enrolment
from training.progress.services import enrolment_start

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Certificates in the killed export: enough that the job is still running when it is killed.
EXPORTED = 100
RENDER_JOBS = 40
# Liveness bounds, not speed checks: a job that does not finish in this long is stuck.
WAIT = 180


@pytest.fixture
def shared(settings, tmp_path) -> dict:
    """The worker processes' environment, and this process set up to work with them: jobs go
    to the database queue the workers read (the production backend "default"), files to the
    same media directory."""
    if connection.vendor != "postgresql":
        pytest.skip("real workers share the test database only on PostgreSQL (DATABASE_URL)")
    media = tmp_path / "media"
    media.mkdir()
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
        "scheduled": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    settings.MEDIA_ROOT = media
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(media)},
        },
    }
    env = servers.scenario_env(
        database_url=servers.current_database_url(),
        MERIDIAN_LOCAL_CACHE="1",
        MEDIA_ROOT=str(media),
        LOG_LEVEL="WARNING",
    )
    return {"env": env, "media": media}


def wait_until(condition, *, workers=(), what: str):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        for worker in workers:
            assert worker.alive(), f"{worker.name} exited:\n{worker.output()[-3000:]}"
        time.sleep(0.1)
    logs = "\n".join(worker.output()[-3000:] for worker in workers)
    raise AssertionError(f"{what}: not within {WAIT} s\n{logs}")


def files_under(directory: Path) -> list[Path]:
    return sorted(path for path in directory.rglob("*") if path.is_file())


def test_a_worker_killed_during_an_export(org, issued, shared, log_dir):
    copies(issued, EXPORTED - 1)  # no stored PDFs: the job renders them all
    certificates = Certificate.objects.count()
    request = export.certificate_export_request(actor=org.hr.user, filters={})
    job = DBTaskResult.objects.get(task_path__endswith="certificate_export_run")
    # What the workers read: the production backend's name and the default queue.
    assert (job.backend_name, job.queue_name, job.status) == ("default", "default", "READY")
    hr = Client()
    hr.force_login(org.hr.user)
    download = reverse("hr-certificate-export-download", args=[request.pk])
    status = reverse("hr-certificate-export-status", args=[request.pk])

    first = servers.db_worker(env=shared["env"], log_dir=log_dir, name="worker-1")
    try:
        wait_until(
            lambda: CertificateExport.objects.filter(pk=request.pk, done__gt=0).exists(),
            workers=[first],
            what="the export made progress",
        )
    finally:
        first.kill()
    killed = CertificateExport.objects.get(pk=request.pk)
    assert killed.state == CertificateExport.State.RUNNING
    assert 0 < killed.done < EXPORTED and not killed.file
    job.refresh_from_db()
    assert job.status == "RUNNING" and job.worker_ids == ["worker-1"]  # left so by the worker
    assert hr.get(download).status_code == 404  # nothing to download, certainly nothing partial
    assert hr.get(status, {"format": "json"}).json()["download_url"] is None
    assert not files_under(shared["media"] / "certificate-exports")

    # The heartbeat is recent: the sweep leaves it alone until it is stale.
    assert export.certificate_exports_recover() == []
    later = timezone.now() + export.stale_after() + timezone.timedelta(seconds=1)
    assert export.certificate_exports_recover(now=later) == [request.pk]
    assert export.certificate_exports_recover(now=later) == []  # queued once, not twice
    assert AuditEntry.objects.filter(action="certificate.export_recovered").count() == 1
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    second = servers.db_worker(env=shared["env"], log_dir=log_dir, name="worker-2")
    try:
        wait_until(
            lambda: CertificateExport.objects.filter(
                pk=request.pk, state=CertificateExport.State.DONE
            ).exists(),
            workers=[second],
            what="the export finished",
        )
    finally:
        second.stop()
    done = CertificateExport.objects.get(pk=request.pk)
    assert (done.attempts, done.done, done.total) == (2, EXPORTED, EXPORTED)
    assert export.certificate_exports_recover(now=later) == []  # a finished export stays so

    response = hr.get(download)
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.testzip() is None
    names = archive.namelist()
    assert len([name for name in names if name.endswith(".pdf")]) == EXPORTED
    assert export.MANIFEST_NAME in names
    assert all(archive.read(name).startswith(b"%PDF") for name in names if name.endswith(".pdf"))
    assert len(files_under(shared["media"] / "certificate-exports")) == 1  # one archive only
    assert Certificate.objects.count() == certificates  # exporting issues nothing


def test_two_workers_run_each_job_once(org, course, issued, shared, log_dir):
    pending = copies(issued, RENDER_JOBS)  # certificates whose PDF is not stored yet
    ids = [tasks.certificate_render.enqueue(certificate_id=c.pk).id for c in pending]
    jobs = DBTaskResult.objects.filter(pk__in=ids)
    assert jobs.filter(status="READY").count() == RENDER_JOBS
    # Completions whose certificate was never issued (as if the issuing receiver had failed),
    # and two daily jobs that issue what is missing, one per worker at the same time.
    completions = []
    for staff in StaffProfile.objects.exclude(pk=org.learner.pk).order_by("pk"):
        enrolment = enrolment_start(staff=staff, course=course.zh)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            completed_at=timezone.now(), completed_locale="zh-hans"
        )
        completions.append(enrolment.pk)
    daily = [tasks.certificates_daily.enqueue().id for _ in range(2)]

    workers = [
        servers.db_worker(env=shared["env"], log_dir=log_dir, name=f"worker-{n}") for n in (1, 2)
    ]
    try:
        wait_until(
            lambda: not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists(),
            workers=workers,
            what="every job ran",
        )
    finally:
        for worker in workers:
            worker.stop()
    results = list(jobs)
    assert len(results) == RENDER_JOBS
    # Each job claimed by one worker, once, and did the work (True: it rendered the PDF).
    assert all(len(result.worker_ids) == 1 for result in results)
    assert all(result.return_value is True for result in results)
    assert {result.worker_ids[0] for result in results} == {"worker-1", "worker-2"}
    rendered = Certificate.objects.filter(pk__in=[c.pk for c in pending])
    assert not rendered.filter(pdf="").exists()
    stored = {path.name for path in files_under(shared["media"])}
    assert {Path(c.pdf.name).name for c in rendered} <= stored

    # Issuing: one certificate per completion, whichever daily job got to it first.
    assert len(completions) >= 3
    issued_now = Certificate.objects.filter(enrolment_id__in=completions)
    assert sorted(issued_now.values_list("enrolment_id", flat=True)) == sorted(completions)
    assert sum(r.return_value["issued"] for r in DBTaskResult.objects.filter(pk__in=daily)) == (
        len(completions)
    )
    issues = AuditEntry.objects.filter(
        action="certificate.issue", target_id__in=[str(c.pk) for c in issued_now]
    )
    assert issues.count() == len(completions)
    # Every PDF rendered once: one stored file per certificate with a PDF, none twice.
    assert (
        len(stored)
        == Certificate.objects.exclude(pdf="")
        .filter(pk__in=[*[c.pk for c in pending], *issued_now.values_list("pk", flat=True)])
        .count()
    )
