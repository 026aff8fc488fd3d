"""The managers' daily digest and `manage.py send_reminders` (the daily round).

Uses `courses`, `complete` and `team` from tests/training/reports/conftest.py.
"""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import CommandError, call_command, get_commands
from django.utils import timezone
from django_tasks import TaskResultStatus

from training.certificates.models import Certificate, ExpiryReminder
from training.people.models import StaffProfile
from training.progress.models import AssignmentReminder
from training.progress.services import assignment_create, lesson_complete
from training.reports import reminders
from training.reports.models import ManagerDigest
from training.reports.tasks import reminders_daily

SITE = "https://training.library.example.edu"


@pytest.fixture(autouse=True)
def site(settings):
    settings.MERIDIAN_SITE_URL = SITE
    settings.MERIDIAN_ASSIGNMENT_REMINDER_DAYS = (7, 1)
    settings.MERIDIAN_ASSIGNMENT_OVERDUE_REMINDER_DAYS = (1, 8, 15, 22, 29)


@pytest.fixture
def course(courses):
    built = courses.course(
        "english-desk",
        lessons=("one", "two"),
        title_zh="服务台英语",
        title_en="English at the service desk",
    )
    built.zh.certificate_validity_months = 24
    built.zh.save_revision().publish()
    built.zh.refresh_from_db()
    return built


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def day(today):
    """The day the round runs in these tests: five days from now."""
    return today + dt.timedelta(days=5)


@pytest.fixture
def assigned(org, course, today):
    """On `day`: LI Yun 2 days overdue, SUN Yue due in 3 days (ISSS); QIAN Sheng due in 5 days
    (Circulation)."""

    def assign(staff, manager, days_from_now):
        return assignment_create(
            staff=staff,
            course=course.zh,
            due_date=today + dt.timedelta(days=days_from_now),
            assigned_by=manager.user,
        )

    assign(org.learner, org.isss_manager, 3)
    assign(org.visiting, org.isss_manager, 8)
    assign(org.circ_staff, org.circ_manager, 10)
    mail.outbox.clear()


def speaks(staff, language):
    StaffProfile.objects.filter(pk=staff.pk).update(preferred_language=language)


def digest_to(staff):
    found = [message for message in mail.outbox if message.to == [staff.user.email]]
    assert len(found) == 1, [message.to for message in mail.outbox]
    return found[0]


# --- the digest -------------------------------------------------------------------------------


def test_each_manager_gets_one_digest_about_their_own_staff(org, assigned, day):
    run = reminders.manager_digests_send(today=day)
    assert (run.sent, run.failed) == (2, 0)
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [org.isss_manager.user.email, org.circ_manager.user.email]
    )

    isss = digest_to(org.isss_manager)
    assert "LI Yun" in isss.body and "SUN Yue" in isss.body
    assert "QIAN Sheng" not in isss.body  # another department
    assert "服务台英语" in isss.body

    circ = digest_to(org.circ_manager)
    assert "QIAN Sheng" in circ.body
    assert "LI Yun" not in circ.body and "SUN Yue" not in circ.body

    assert ManagerDigest.objects.filter(day=day).count() == 2
    # HR, the editor and the learners manage nobody: no digest.
    assert not any(
        message.to == [person.user.email]
        for message in mail.outbox
        for person in (org.hr, org.editor, org.learner)
    )


def test_a_second_run_the_same_day_sends_nothing(org, assigned, day):
    assert reminders.manager_digests_send(today=day).sent == 2
    assert reminders.manager_digests_send(today=day).sent == 0
    assert len(mail.outbox) == 2
    # The next day is a new digest.
    assert reminders.manager_digests_send(today=day + dt.timedelta(days=1)).sent == 2


def test_no_digest_when_there_is_nothing_to_report(org, course, day):
    assert reminders.manager_digests_send(today=day).sent == 0
    assert mail.outbox == []
    assert not ManagerDigest.objects.exists()


def test_assignments_far_ahead_are_not_news(org, course, today):
    assignment_create(
        staff=org.learner,
        course=course.zh,
        due_date=today + dt.timedelta(days=30),
        assigned_by=org.isss_manager.user,
    )
    assert reminders.manager_digests_send(today=today).sent == 0


def test_the_digest_sorts_overdue_from_due_soon_in_the_managers_language(org, assigned, day):
    speaks(org.isss_manager, "en")
    reminders.manager_digests_send(today=day)
    message = digest_to(org.isss_manager)
    assert message.subject.startswith("Your team's training on ")
    assert message.extra_headers["Content-Language"] == "en"
    assert "Dear ZHANG Zhe," in message.body
    overdue, _, due_soon = message.body.partition("Due within 7 days (1):")
    assert "Overdue assignments (1):" in overdue
    assert "LI Yun (李赟): “English at the service desk”" in overdue  # Latin first in English
    assert "(2 days overdue)" in overdue
    assert "SUN Yue (孙玥): “English at the service desk”" in due_soon
    assert "(in 3 days)" in due_soon
    assert "服务台英语" not in message.body
    assert f"{SITE}/en/team/" in message.body.split()

    chinese = digest_to(org.circ_manager)
    assert chinese.extra_headers["Content-Language"] == "zh-Hans"
    assert "服务台英语" in chinese.body
    assert f"{SITE}/team/" in chinese.body.split()


def test_expiring_certificates_are_reported_to_the_holders_manager(org, course, complete):
    certificate = complete(org.circ_staff, course)
    mail.outbox.clear()
    day = certificate.expires_on - dt.timedelta(days=10)
    speaks(org.circ_manager, "en")
    assert reminders.manager_digests_send(today=day).sent == 1
    message = digest_to(org.circ_manager)
    assert "Certificates expiring within 30 days (1):" in message.body
    assert "QIAN Sheng (钱昇): “English at the service desk”, valid until" in message.body
    # Too early, or expired already: nothing to report.
    ManagerDigest.objects.all().delete()
    assert reminders.manager_digests_send(today=day - dt.timedelta(days=30)).sent == 0
    assert reminders.manager_digests_send(today=certificate.expires_on + dt.timedelta(1)).sent == 0


def test_the_digest_counts_staff_below_their_role(team, assigned, day):
    org = team.org
    speaks(org.isss_manager, "en")
    managers = list(reminders._managers(day))
    digests = {digest.manager.pk: digest for digest in reminders.digests_for(managers, today=day)}
    # ISSS: LI Yun meets the desk role, SUN Yue does not (ZHANG Zhe himself is not counted).
    assert digests[org.isss_manager.pk].staff_with_gaps == 1
    # Circulation: QIAN Sheng has no intercultural evidence.
    assert digests[org.circ_manager.pk].staff_with_gaps == 1
    reminders.manager_digests_send(today=day)
    assert "1 person in your team is below a competency level" in digest_to(org.isss_manager).body


def test_a_failed_digest_is_counted_and_sent_next_time(org, assigned, day, monkeypatch):
    def broken(self, fail_silently=False):
        raise ConnectionRefusedError("mail server down")

    with monkeypatch.context() as patch:
        patch.setattr(EmailMessage, "send", broken)
        run = reminders.manager_digests_send(today=day)
    assert (run.sent, run.failed) == (0, 2)
    assert not ManagerDigest.objects.exists()
    assert reminders.manager_digests_send(today=day).sent == 2


def test_a_manager_who_left_gets_no_digest(org, assigned, day):
    StaffProfile.objects.filter(pk=org.circ_manager.pk).update(is_active=False)
    assert reminders.manager_digests_send(today=day).sent == 1
    digest_to(org.isss_manager)


# --- the command and the task -----------------------------------------------------------------


def test_send_reminders_is_the_reports_command():
    assert get_commands()["send_reminders"] == "training.reports"


def test_the_command_runs_the_whole_round_once(org, course, template, assigned, day):
    # A completion whose certificate was not issued (its receiver's on_commit never ran).
    for lesson in course.lessons.values():
        lesson_complete(staff=org.editor, lesson=lesson)
    assert not Certificate.objects.exists()

    out = StringIO()
    call_command("send_reminders", "--today", day.isoformat(), stdout=out)
    text = out.getvalue()
    assert f"Reminders for {day.isoformat()}:" in text
    assert "certificates issued for earlier completions: 1" in text
    assert "certificate expiry reminders sent: 0, failed: 0" in text
    # LI Yun (overdue), SUN Yue (3 days: the 7-day stage), QIAN Sheng (5 days: 7-day stage).
    assert "assignment reminders sent: 3, failed: 0" in text
    assert "manager digests sent: 2, failed: 0" in text
    assert Certificate.objects.filter(staff=org.editor).count() == 1
    assert AssignmentReminder.objects.count() == 3
    assert len(mail.outbox) == 5

    again = StringIO()
    call_command("send_reminders", "--today", day.isoformat(), stdout=again)
    assert "assignment reminders sent: 0" in again.getvalue()
    assert "manager digests sent: 0" in again.getvalue()
    assert len(mail.outbox) == 5


def test_the_command_sends_certificate_expiry_reminders(org, course, complete):
    certificate = complete(org.learner, course)
    mail.outbox.clear()
    day = certificate.expires_on - dt.timedelta(days=30)
    out = StringIO()
    call_command("send_reminders", "--today", day.isoformat(), stdout=out)
    assert "certificate expiry reminders sent: 1, failed: 0" in out.getvalue()
    assert ExpiryReminder.objects.filter(certificate=certificate, days_before=30).exists()
    # ... and the digest tells LI Yun's manager.
    assert "manager digests sent: 1" in out.getvalue()


def test_the_command_fails_when_sending_fails(org, assigned, day, monkeypatch):
    def broken(self, fail_silently=False):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(EmailMessage, "send", broken)
    out = StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("send_reminders", "--today", day.isoformat(), stdout=out)
    assert failure.value.returncode == 1  # the exit status from the command line
    assert "5 reminder(s) or part(s) failed" in str(failure.value)
    assert "assignment reminders sent: 0, failed: 3" in out.getvalue()
    assert "manager digests sent: 0, failed: 2" in out.getvalue()


def test_the_command_refuses_a_bad_date(db):
    with pytest.raises(CommandError, match="--today must be a date"):
        call_command("send_reminders", "--today", "25/11/2026")


def test_the_daily_task_runs_the_round(org, assigned, day):
    noon = dt.datetime.combine(day, dt.time(12), tzinfo=timezone.get_current_timezone())
    with time_machine.travel(noon, tick=False):
        result = reminders_daily.enqueue()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value["assignment_reminders_sent"] == 3
    assert result.return_value["digests_sent"] == 2
    assert result.return_value["day"] == day.isoformat()
    assert len(mail.outbox) == 5
