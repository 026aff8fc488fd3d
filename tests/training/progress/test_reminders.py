"""Assignment reminders: once per stage, the nearest stage only, re-armed by a new due date, only
for open assignments of staff in post, in the recipient's language, with absolute links."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.utils import timezone

from training.people.models import StaffProfile
from training.progress import reminders
from training.progress.models import Assignment, AssignmentReminder
from training.progress.services import assignment_create, lesson_complete

SITE = "https://training.library.example.edu"


@pytest.fixture(autouse=True)
def site(settings):
    settings.MERIDIAN_SITE_URL = SITE + "/"
    settings.MERIDIAN_ASSIGNMENT_REMINDER_DAYS = (7, 1)
    settings.MERIDIAN_ASSIGNMENT_OVERDUE_REMINDER_DAYS = (1, 8, 15, 22, 29)


@pytest.fixture
def due(today) -> dt.date:
    return today + dt.timedelta(days=20)


@pytest.fixture
def assigned(org, course, due) -> Assignment:
    assignment = assignment_create(
        staff=org.learner,
        course=course.zh,
        due_date=due,
        reason="New service desk rota",
        assigned_by=org.isss_manager.user,
    )
    mail.outbox.clear()
    return assignment


def run(day: dt.date) -> int:
    result = reminders.assignment_reminders_send(today=day)
    assert result.failed == 0
    return result.sent


def stages(assignment: Assignment) -> list[tuple[str, int]]:
    return sorted(
        AssignmentReminder.objects.filter(assignment=assignment).values_list("kind", "days")
    )


def speaks(staff: StaffProfile, language: str) -> None:
    StaffProfile.objects.filter(pk=staff.pk).update(preferred_language=language)


def test_each_stage_goes_once(assigned, due):
    def on(days: int) -> int:
        return run(due + dt.timedelta(days=days))

    assert on(-8) == 0  # too early
    assert on(-7) == 1
    assert on(-7) == 0  # the same day again
    assert on(-6) == 0  # still the 7-day stage
    assert on(-1) == 1
    assert on(0) == 0  # the due date is inside the 1-day stage, already sent
    assert on(1) == 1  # the day after: overdue
    assert on(2) == 0
    assert on(8) == 1  # weekly while overdue
    assert on(9) == 0
    assert stages(assigned) == [
        ("due_soon", 1),
        ("due_soon", 7),
        ("overdue", 1),
        ("overdue", 8),
    ]
    assert len(mail.outbox) == 4
    assert all(message.to == [assigned.staff.user.email] for message in mail.outbox)


def test_overdue_reminders_stop_after_the_last_stage(assigned, due):
    for week in range(8):
        run(due + dt.timedelta(days=1 + 7 * week))
    assert [days for kind, days in stages(assigned) if kind == "overdue"] == [1, 8, 15, 22, 29]
    assert run(due + dt.timedelta(days=60)) == 0


def test_a_late_run_sends_only_the_nearest_stage(assigned, due):
    assert run(due + dt.timedelta(days=10)) == 1
    assert stages(assigned) == [("overdue", 8)]
    # An earlier stage never follows a later one.
    assert run(due + dt.timedelta(days=11)) == 0
    assert len(mail.outbox) == 1


def test_a_run_a_few_days_before_the_due_date_sends_one_reminder(assigned, due):
    assert run(due - dt.timedelta(days=3)) == 1
    assert stages(assigned) == [("due_soon", 7)]
    assert "3" in mail.outbox[0].subject
    assert run(due - dt.timedelta(days=1)) == 1
    assert run(due) == 0


def test_a_new_due_date_arms_the_reminders_again(org, course, assigned, due):
    assert run(due - dt.timedelta(days=7)) == 1
    assert run(due - dt.timedelta(days=1)) == 1
    later = due + dt.timedelta(days=30)
    moved = assignment_create(
        staff=org.learner, course=course.zh, due_date=later, assigned_by=org.isss_manager.user
    )
    assert moved.pk == assigned.pk
    assert run(due + dt.timedelta(days=1)) == 0  # not overdue any more
    assert run(later - dt.timedelta(days=7)) == 1
    assert AssignmentReminder.objects.filter(assignment=assigned, due_date=later).values_list(
        "kind", "days"
    ).get() == ("due_soon", 7)


def test_completed_and_withdrawn_assignments_get_none(org, course, assigned, due):
    other = assignment_create(
        staff=org.visiting, course=course.zh, due_date=due, assigned_by=org.isss_manager.user
    )
    for lesson in course.lessons.values():
        if lesson.required:
            lesson_complete(staff=org.learner, lesson=lesson)
    assigned.refresh_from_db()
    assert assigned.closed_reason == Assignment.CloseReason.COMPLETED
    Assignment.objects.filter(pk=other.pk).update(
        closed_at=timezone.now(), closed_reason=Assignment.CloseReason.WITHDRAWN
    )
    mail.outbox.clear()
    assert run(due - dt.timedelta(days=7)) == 0
    assert run(due + dt.timedelta(days=1)) == 0
    assert not AssignmentReminder.objects.exists()
    assert mail.outbox == []


def test_staff_who_left_get_none(org, assigned, due):
    StaffProfile.objects.filter(pk=org.learner.pk).update(is_active=False)
    assert run(due - dt.timedelta(days=7)) == 0
    assert mail.outbox == []


def test_the_mail_is_in_english_for_an_english_reader(org, assigned, due):
    speaks(org.learner, "en")
    run(due - dt.timedelta(days=7))
    message = mail.outbox[0]
    assert message.subject == "Reminder: “English at the service desk” is due in 7 days"
    assert message.extra_headers["Content-Language"] == "en"
    assert "服务台英语" not in message.subject + message.body
    assert "Dear LI Yun," in message.body
    assert "New service desk rota" in message.body
    assert f"{SITE}/en/courses/english-desk/" in message.body
    assert f"{SITE}/en/me/" in message.body

    run(due + dt.timedelta(days=1))
    overdue = mail.outbox[1]
    assert overdue.subject == "Overdue: “English at the service desk” is not completed yet"
    assert "1 day ago" in overdue.body


def test_the_mail_is_in_chinese_by_default(org, assigned, due):
    run(due - dt.timedelta(days=7))
    message = mail.outbox[0]
    assert "服务台英语" in message.subject
    assert "English at the service desk" not in message.subject + message.body
    assert message.extra_headers["Content-Language"] == "zh-Hans"
    assert "李赟" in message.body
    lines = message.body.split()
    assert f"{SITE}/courses/english-desk/" in lines
    assert f"{SITE}/me/" in lines


def test_the_chinese_subject_is_worded_in_chinese(org, assigned, due):
    run(due - dt.timedelta(days=7))
    subject = mail.outbox[0].subject
    assert "Reminder" not in subject and "due in" not in subject


def test_an_untranslated_course_keeps_its_own_title(org, courses, today):
    only_zh = courses.course("archives", translate=False, title_zh="档案利用 & <保护>")
    speaks(org.learner, "en")
    due = today + dt.timedelta(days=7)
    assignment_create(
        staff=org.learner, course=only_zh.zh, due_date=due, assigned_by=org.isss_manager.user
    )
    assert run(today) == 1
    message = mail.outbox[-1]
    assert message.subject == "Reminder: “档案利用 & <保护>” is due in 7 days"
    assert "“档案利用 & <保护>”" in message.body
    assert f"{SITE}/courses/archives/" in message.body  # the Chinese page: no English one


def test_a_failed_send_is_counted_and_tried_again(assigned, due, monkeypatch):
    def broken(self, fail_silently=False):
        raise ConnectionRefusedError("mail server down")

    day = due - dt.timedelta(days=7)
    with monkeypatch.context() as patch:
        patch.setattr(EmailMessage, "send", broken)
        result = reminders.assignment_reminders_send(today=day)
    assert (result.sent, result.failed) == (0, 1)
    assert not AssignmentReminder.objects.exists()
    assert run(day) == 1
    assert len(mail.outbox) == 1


def test_stage_rule():
    due = dt.date(2026, 12, 10)
    before, after = (1, 7), (1, 8)

    def stage(day):
        found = reminders.stage_on(due, day, before=before, after=after)
        return (found.kind, found.days) if found else None

    assert stage(dt.date(2026, 12, 2)) is None
    assert stage(dt.date(2026, 12, 3)) == ("due_soon", 7)
    assert stage(dt.date(2026, 12, 9)) == ("due_soon", 1)
    assert stage(due) == ("due_soon", 1)
    assert stage(dt.date(2026, 12, 11)) == ("overdue", 1)
    assert stage(dt.date(2026, 12, 17)) == ("overdue", 1)
    assert stage(dt.date(2026, 12, 18)) == ("overdue", 8)
    assert stage(dt.date(2027, 3, 1)) == ("overdue", 8)


def test_a_course_due_today_says_so(org, course, today):
    speaks(org.learner, "en")
    assignment_create(
        staff=org.learner, course=course.zh, due_date=today, assigned_by=org.isss_manager.user
    )
    assert run(today) == 1
    assert mail.outbox[-1].subject == "Reminder: “English at the service desk” is due today"
