"""Retention (training/reports/retention.py, manage.py apply_retention): the records of staff
who left more than MERIDIAN_RETENTION_YEARS ago are removed, their certificates kept."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.utils import timezone

from assessments.models import Attempt, AttemptAnswer
from tests.factories import make_staff
from training.certificates.models import Certificate, CertificateRevocation
from training.competencies.models import Evidence
from training.people.models import AuditEntry, StaffProfile
from training.people.services import staff_profile_save
from training.progress.models import Assignment, AssignmentReminder, Enrolment, LessonProgress
from training.reports import privacy
from training.reports.models import ManagerDigest
from training.reports.retention import cutoff_for, retention_apply


def _snapshot() -> dict[str, int]:
    return {
        "lessons": LessonProgress.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "assignments": Assignment.objects.count(),
        "reminders": AssignmentReminder.objects.count(),
        "attempts": Attempt.objects.count(),
        "answers": AttemptAnswer.objects.count(),
        "evidence": Evidence.objects.count(),
        "digests": ManagerDigest.objects.count(),
        "certificates": Certificate.objects.count(),
        "audit": AuditEntry.objects.count(),
        "erased": StaffProfile.objects.filter(erased_at__isnull=False).count(),
    }


@pytest.fixture
def leavers(hr_world):
    """LI Yun left 7 years ago (with lesson progress, an assignment with a reminder, a graded
    answer and a digest besides hr_world's certificates, attempts and evidence); SUN Yue left 5
    years ago; QIAN Sheng is inactive with no leaving date."""
    org, today = hr_world.org, hr_world.today
    li, sun, qian = org.learner, org.visiting, org.circ_staff
    LessonProgress.objects.create(
        enrolment=hr_world.li_english.enrolment, lesson_key=uuid.uuid4(), seconds_spent=300
    )
    Enrolment.objects.filter(pk=hr_world.li_english.enrolment_id).update(seconds_spent=900)
    uncertified = Enrolment.objects.create(staff=li, course_key=uuid.uuid4(), source="self")
    LessonProgress.objects.create(enrolment=uncertified, lesson_key=uuid.uuid4())
    assignment = Assignment.objects.create(
        staff=li, course_key=uuid.uuid4(), due_date=today, reason="必修", assigned_by=None
    )
    AssignmentReminder.objects.create(assignment=assignment, due_date=today, kind="overdue", days=1)
    attempt = Attempt.objects.filter(staff=li).first()
    AttemptAnswer.objects.create(attempt=attempt, position=0, fraction=1, score=1, mark=1)
    ManagerDigest.objects.create(manager=li, day=today)

    StaffProfile.objects.filter(pk=li.pk).update(is_active=False, left_on=cutoff_for(today, 7))
    User.objects.filter(pk=li.user_id).update(is_active=False)
    StaffProfile.objects.filter(pk=sun.pk).update(is_active=False, left_on=cutoff_for(today, 5))
    StaffProfile.objects.filter(pk=qian.pk).update(is_active=False, left_on=None)
    for person in (li, sun, qian):
        person.refresh_from_db()
    return hr_world


def test_dry_run_reports_and_changes_nothing(leavers):
    org = leavers.org
    before = _snapshot()
    report = retention_apply(today=leavers.today, dry_run=True)
    assert _snapshot() == before
    (person,) = report.erased
    assert person.staff_number == org.learner.staff_number
    assert person.counts["certificates_kept"] == 2
    assert person.counts["enrolments_kept"] == 2
    assert person.counts["enrolments"] == 1
    assert person.counts["lesson_progress"] == 2
    assert person.counts["assignments"] == 1 and person.counts["assignment_reminders"] == 1
    assert person.counts["quiz_attempts"] == 2 and person.counts["quiz_answers"] == 1
    assert person.counts["self_assessments"] == 10
    assert person.counts["manager_digests"] == 1
    assert [s.staff_number for s in report.skipped] == [org.circ_staff.staff_number]
    assert "no leaving date" in report.skipped[0].reason
    # The command says the same, and still changes nothing.
    out = io.StringIO()
    call_command("apply_retention", "--dry-run", f"--today={leavers.today}", stdout=out)
    text = out.getvalue()
    assert "dry run" in text
    assert f"{org.learner.staff_number} (left " in text and "would remove" in text
    assert f"{org.circ_staff.staff_number}: skipped" in text
    assert org.visiting.staff_number not in text
    assert _snapshot() == before


def test_erase_removes_the_record_and_keeps_the_certificates(leavers, client):
    org = leavers.org
    li, sun = org.learner, org.visiting
    old_email = li.user.email
    sun_before = (
        Attempt.objects.filter(staff=sun).count(),
        Evidence.objects.filter(staff=sun).count(),
        Assignment.objects.filter(staff=sun).count(),
    )
    out = io.StringIO()
    call_command("apply_retention", f"--today={leavers.today}", stdout=out)
    text = out.getvalue()
    assert f"{li.staff_number} (left " in text and "removed" in text
    assert "1 removed, 1 skipped." in text

    # Deleted.
    assert not LessonProgress.objects.filter(enrolment__staff=li).exists()
    assert not Assignment.objects.filter(staff=li).exists()
    assert not AssignmentReminder.objects.filter(assignment__staff=li).exists()
    assert not Attempt.objects.filter(staff=li).exists()
    assert not AttemptAnswer.objects.filter(attempt__staff=li).exists()
    assert not Evidence.objects.filter(staff=li).exists()
    assert not ManagerDigest.objects.filter(manager=li).exists()
    # Kept: the certificates as issued, and the enrolments they point at (without the detail).
    certificates = Certificate.objects.filter(staff=li)
    assert certificates.count() == 2
    assert {c.holder_name_zh for c in certificates} == {"李赟"}
    assert set(Enrolment.objects.filter(staff=li).values_list("seconds_spent", flat=True)) == {0}
    assert Enrolment.objects.filter(staff=li).count() == 2

    # The profile: staff number kept, the rest anonymised; the account unusable.
    li.refresh_from_db()
    assert li.erased_at is not None
    assert li.staff_number == org.learner.staff_number
    assert li.name_zh == "" and li.name_latin == f"erased-{li.pk}"
    assert li.languages.count() == 0 and li.start_date is None
    user = User.objects.get(pk=li.user_id)
    assert user.username == f"erased-{li.pk}"
    assert user.email == "" and user.first_name == "" and not user.is_active
    assert not user.has_usable_password()

    # The audit log keeps ids only: nothing names her any more, and the erase is recorded.
    for entry in AuditEntry.objects.all():
        blob = entry.summary + json.dumps(entry.data, ensure_ascii=False)
        assert "李赟" not in blob and "LI Yun" not in blob and old_email not in blob
    about_her = AuditEntry.objects.filter(privacy.audit_condition(li, include_actor=False))
    erase = about_her.get(action="retention.erase")
    assert erase.data["counts"]["certificates_kept"] == 2
    assert erase.data["counts"]["quiz_attempts"] == 2
    assert all(e.summary == "" for e in about_her.exclude(pk=erase.pk))

    # The public verification still works, with the name as issued.
    code = leavers.li_english.formatted_code
    response = client.get(f"/verify/{code}/")
    assert response.status_code == 200
    assert "李赟" in response.content.decode()
    assert "服务台英语" in response.content.decode()

    # SUN Yue (left 5 years ago) is untouched.
    sun.refresh_from_db()
    assert sun.erased_at is None and sun.name_zh == "孙玥"
    assert (
        Attempt.objects.filter(staff=sun).count(),
        Evidence.objects.filter(staff=sun).count(),
        Assignment.objects.filter(staff=sun).count(),
    ) == sun_before
    assert CertificateRevocation.objects.filter(certificate=leavers.sun_ill).exists()

    # What her record holds now: the certificates, no name on the profile.
    record = privacy.training_record(li)
    assert record["profile"]["name_zh"] == "" and record["profile"]["email"] == ""
    assert len(record["certificates"]) == 2
    assert record["quiz_attempts"] == record["competency_evidence"] == []

    # A second run changes nothing.
    before = _snapshot()
    again = retention_apply(today=leavers.today)
    assert again.erased == []
    assert _snapshot() == before


def test_only_hr_or_the_system_applies_it(leavers):
    with pytest.raises(PermissionDenied):
        retention_apply(today=leavers.today, actor=leavers.org.isss_manager.user)
    report = retention_apply(today=leavers.today, actor=leavers.org.hr.user)
    assert [p.staff_number for p in report.erased] == [leavers.org.learner.staff_number]
    entry = AuditEntry.objects.get(action="retention.erase")
    assert entry.actor_id == leavers.org.hr.user_id


def test_the_years_come_from_the_setting(leavers, settings):
    settings.MERIDIAN_RETENTION_YEARS = 4
    report = retention_apply(today=leavers.today, dry_run=True)
    assert {p.staff_number for p in report.erased} == {
        leavers.org.learner.staff_number,
        leavers.org.visiting.staff_number,
    }
    assert report.cutoff == cutoff_for(leavers.today, 4)


def test_bad_today_is_a_clear_error(db):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("apply_retention", "--today=yesterday")


def test_cutoff_on_29_february():
    assert cutoff_for(dt.date(2028, 2, 29), 6) == dt.date(2022, 2, 28)


def test_deactivating_records_the_leaving_day(org):
    person = make_staff(org.isss_desk, name_zh="离职", name_latin="LI Zhi")
    assert person.left_on is None
    person.is_active = False
    staff_profile_save(profile=person, email=person.user.email, actor=org.hr.user)
    person.refresh_from_db()
    assert person.left_on == timezone.localdate()
    assert not person.user.is_active
    # A leaving date HR gives is kept.
    other = make_staff(org.isss_desk, name_zh="离开", name_latin="LI Kai")
    other.is_active = False
    other.left_on = dt.date(2020, 3, 31)
    staff_profile_save(profile=other, email=other.user.email, actor=org.hr.user)
    other.refresh_from_db()
    assert other.left_on == dt.date(2020, 3, 31)
