"""The recovery sweep of certificate exports (`certificate_exports_recover`), in one process:
which exports it queues again, and that it does so once. test_task_workers.py kills a real
worker; these tests set the rows as a killed worker leaves them."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from django.utils import timezone

from training.certificates import export
from training.certificates.models import CertificateExport
from training.people.models import AuditEntry

State = CertificateExport.State


@pytest.fixture
def requested(org, issued, django_capture_on_commit_callbacks):
    """An export whose job ran (the test settings run jobs at once): done, one run."""
    with django_capture_on_commit_callbacks(execute=True):
        made = export.certificate_export_request(actor=org.hr.user, filters={})
    made.refresh_from_db()
    assert (made.state, made.attempts) == (State.DONE, 1)
    return made


def left_by_a_killed_worker(made: CertificateExport, *, silent_for: dt.timedelta) -> None:
    made.file.delete(save=False)
    CertificateExport.objects.filter(pk=made.pk).update(
        state=State.RUNNING, done=1, file="", heartbeat_at=timezone.now() - silent_for
    )


def test_a_dead_export_is_queued_again_once_and_completes(
    requested, django_capture_on_commit_callbacks
):
    left_by_a_killed_worker(requested, silent_for=export.stale_after() + dt.timedelta(seconds=5))

    with django_capture_on_commit_callbacks(execute=True):
        assert export.certificate_exports_recover() == [requested.pk]
    assert export.certificate_exports_recover() == []

    requested.refresh_from_db()
    assert (requested.state, requested.attempts, requested.done) == (State.DONE, 2, 1)
    with requested.file.open("rb") as handle, zipfile.ZipFile(handle) as archive:
        assert archive.testzip() is None
        assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 1
    entry = AuditEntry.objects.get(action="certificate.export_recovered")
    assert entry.target_id == str(requested.pk)


def test_a_live_export_is_left_alone(requested):
    left_by_a_killed_worker(requested, silent_for=dt.timedelta(seconds=5))
    assert export.certificate_exports_recover() == []
    assert CertificateExport.objects.get(pk=requested.pk).state == State.RUNNING
    later = timezone.now() + export.stale_after()
    assert export.certificate_exports_recover(now=later) == [requested.pk]


@pytest.mark.parametrize("state", [State.DONE, State.FAILED, State.QUEUED])
def test_finished_failed_and_queued_exports_are_never_touched(requested, state):
    long_ago = timezone.now() - dt.timedelta(days=1)
    CertificateExport.objects.filter(pk=requested.pk).update(state=state, heartbeat_at=long_ago)
    before = CertificateExport.objects.get(pk=requested.pk)
    assert export.certificate_exports_recover() == []
    after = CertificateExport.objects.get(pk=requested.pk)
    assert (after.state, after.file.name, after.attempts) == (
        before.state,
        before.file.name,
        before.attempts,
    )
    assert not AuditEntry.objects.filter(action="certificate.export_recovered").exists()


def test_the_scheduler_runs_the_sweep(requested, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    left_by_a_killed_worker(requested, silent_for=export.stale_after() + dt.timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", "--once", "--at", "23:59")
    requested.refresh_from_db()
    assert (requested.state, requested.attempts) == (State.DONE, 2)


def test_a_dead_report_export_is_queued_again_once(org, django_capture_on_commit_callbacks):
    from training.reports.exports import report_exports_recover
    from training.reports.models import ReportExport

    long_ago = timezone.now() - export.stale_after() - dt.timedelta(minutes=1)
    dead = ReportExport.objects.create(
        kind=ReportExport.Kind.REGISTER_CSV,
        requested_by=org.hr.user,
        state=ReportExport.State.RUNNING,
        attempts=1,
        done=40,
        heartbeat_at=long_ago,
    )
    finished = ReportExport.objects.create(
        kind=ReportExport.Kind.REGISTER_CSV,
        requested_by=org.hr.user,
        state=ReportExport.State.DONE,
        attempts=1,
        heartbeat_at=long_ago,
    )
    with django_capture_on_commit_callbacks(execute=False) as queued:
        assert report_exports_recover() == [dead.pk]
    assert len(queued) == 1  # the job, queued after commit
    assert report_exports_recover() == []
    dead.refresh_from_db()
    assert (dead.state, dead.done, dead.heartbeat_at) == (ReportExport.State.QUEUED, 0, None)
    assert ReportExport.objects.get(pk=finished.pk).state == ReportExport.State.DONE
    entry = AuditEntry.objects.get(action="report.export_recovered")
    assert entry.target_id == str(dead.pk)
