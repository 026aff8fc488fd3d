"""Reminders to learners about their open assignments: due soon, and overdue.

The schedule (days, configurable in settings):

- "due soon": `MERIDIAN_ASSIGNMENT_REMINDER_DAYS` days before the due date, by default 7 and 1
  (a course due today is inside the 1-day stage);
- "overdue": `MERIDIAN_ASSIGNMENT_OVERDUE_REMINDER_DAYS` days after the due date, by default 1,
  8, 15, 22 and 29: the day after the due date, then weekly for four weeks. After that the
  learner gets no more mail about it; their manager's daily digest keeps listing it.

Guarantees of `assignment_reminders_send`:

- each stage goes at most once per assignment and due date (a unique `AssignmentReminder` row,
  written in the same transaction as the send: a send that fails rolls the row back, so the
  next run tries again; a concurrent run that loses the race on the row sends nothing);
- a run that finds an assignment inside several stages (the first run after downtime, or an
  assignment made a few days before its due date) sends only the nearest stage, and never a
  stage farther from the due date than one already sent;
- moving the due date arms the reminders again (the due date is part of the row's key);
- only open assignments of staff in post with an e-mail address get mail; completed and
  withdrawn assignments get none;
- the mail is in the recipient's `preferred_language`, with the course title in that language
  where the course is translated, and absolute links to the course and the learner dashboard.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from courses.models import CoursePage

from .models import Assignment, AssignmentReminder

logger = logging.getLogger(__name__)

DUE_SOON = AssignmentReminder.Kind.DUE_SOON
OVERDUE = AssignmentReminder.Kind.OVERDUE


def _days(name: str, default: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(sorted({int(day) for day in getattr(settings, name, default) if int(day) > 0}))


def due_soon_days() -> tuple[int, ...]:
    """Days before the due date that a reminder goes out, nearest first (default 1, 7)."""
    return _days("MERIDIAN_ASSIGNMENT_REMINDER_DAYS", (7, 1))


def overdue_days() -> tuple[int, ...]:
    """Days after the due date that a reminder goes out, earliest first."""
    return _days("MERIDIAN_ASSIGNMENT_OVERDUE_REMINDER_DAYS", (1, 8, 15, 22, 29))


@dataclass(frozen=True)
class Stage:
    kind: str
    days: int


def stage_on(
    due_date: dt.date,
    today: dt.date,
    *,
    before: tuple[int, ...],
    after: tuple[int, ...],
) -> Stage | None:
    """The stage an assignment due on `due_date` is in on `today` (None: no reminder due).

    Before (and on) the due date: the nearest "due soon" stage that has begun (with stages 7 and
    1, five days before is the 7-day stage, the due date itself the 1-day stage). After it: the
    latest "overdue" stage that has begun.
    """
    days_left = (due_date - today).days
    if days_left >= 0:
        begun = [day for day in before if day >= days_left]
        return Stage(DUE_SOON, min(begun)) if begun else None
    begun = [day for day in after if day <= -days_left]
    return Stage(OVERDUE, max(begun)) if begun else None


def covered(stage: Stage, sent: list[AssignmentReminder], due_date: dt.date) -> bool:
    """Whether `stage`, or a stage nearer the event, already went for this due date."""
    for reminder in sent:
        if reminder.due_date != due_date:
            continue
        if stage.kind == DUE_SOON:
            if reminder.kind == OVERDUE or reminder.days <= stage.days:
                return True
        elif reminder.kind == OVERDUE and reminder.days >= stage.days:
            return True
    return False


@dataclass(frozen=True)
class ReminderRun:
    sent: int
    failed: int


def course_pages(keys: set[uuid.UUID]) -> dict[uuid.UUID, dict[str, CoursePage]]:
    """The live course pages of `keys`: {key: {language code: page}}; one query."""
    found: dict[uuid.UUID, dict[str, CoursePage]] = {}
    if keys:
        pages = CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale")
        for page in pages:
            found.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return found


def course_in_language(
    assignment: Assignment,
    language: str,
    pages: dict[uuid.UUID, dict[str, CoursePage]],
) -> CoursePage | None:
    """The course in `language` if translated and live, else the live version the learner used,
    else any live version, else the version used (for its title only)."""
    versions = pages.get(assignment.course_key, {})
    if language in versions:
        return versions[language]
    used = assignment.course
    if used is not None and used.live:
        return used
    return next(iter(versions.values()), None) or used


def site_url() -> str:
    return settings.MERIDIAN_SITE_URL.rstrip("/")


def page_url(page) -> str | None:
    """The absolute address of a live Wagtail page in its own language (None if it has none)."""
    parts = page.get_url_parts() if page is not None and page.live else None
    if not parts:
        return None
    return site_url() + parts[2]


def recipient_language(staff) -> str:
    language = getattr(staff, "preferred_language", "") or settings.LANGUAGE_CODE
    return "en" if language.startswith("en") else "zh-hans"


def person_name(staff, language: str) -> str:
    if language.startswith("zh"):
        return staff.name_zh or staff.name_latin
    return staff.name_latin or staff.name_zh


def assignment_reminder_send(
    *,
    assignment: Assignment,
    stage: Stage,
    today: dt.date,
    course: CoursePage | None,
) -> None:
    """E-mail one reminder about `assignment` to its staff member; raises if sending fails."""
    staff = assignment.staff
    language = recipient_language(staff)
    with translation.override(language):
        context = {
            "name": person_name(staff, language),
            "course_title": course.title if course is not None else "",
            "due_date": assignment.due_date,
            "days_left": (assignment.due_date - today).days,
            "days_overdue": (today - assignment.due_date).days,
            "overdue": stage.kind == OVERDUE,
            "reason": assignment.reason,
            "course_link": page_url(course),
            "dashboard_link": site_url() + reverse("learner-dashboard"),
        }
        subject = render_to_string("progress/email/assignment_subject.txt", context)
        body = render_to_string("progress/email/assignment_body.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[staff.user.email],
        headers={"Content-Language": "zh-Hans" if language.startswith("zh") else "en"},
    )
    message.send()


def _due(today: dt.date, before: tuple[int, ...], after: tuple[int, ...]):
    """Open assignments of staff in post with an address, that may be in a stage on `today`."""
    rows = (
        Assignment.objects.filter(
            closed_at__isnull=True, staff__is_active=True, staff__user__is_active=True
        )
        .exclude(staff__user__email="")
        .select_related("staff__user", "course")
        .prefetch_related("reminders")
        .order_by("due_date", "pk")
    )
    if before:
        rows = rows.filter(due_date__lte=today + dt.timedelta(days=max(before)))
    else:
        rows = rows.filter(due_date__lt=today)
    if after:
        # The last overdue stage went for this due date: nothing more to say about it.
        finished = AssignmentReminder.objects.filter(
            assignment_id=OuterRef("pk"),
            due_date=OuterRef("due_date"),
            kind=OVERDUE,
            days__gte=max(after),
        )
        rows = rows.exclude(Exists(finished))
    else:
        rows = rows.filter(due_date__gte=today)
    return rows


def assignment_reminders_send(*, today: dt.date | None = None) -> ReminderRun:
    """Send the assignment reminders due on `today` (default: the local date); see the module
    docstring for the schedule and the guarantees. Returns how many went and how many failed."""
    today = today or timezone.localdate()
    before, after = due_soon_days(), overdue_days()
    if not before and not after:
        return ReminderRun(sent=0, failed=0)
    candidates = []
    for assignment in _due(today, before, after):
        stage = stage_on(assignment.due_date, today, before=before, after=after)
        if stage is None or covered(stage, list(assignment.reminders.all()), assignment.due_date):
            continue
        candidates.append((assignment, stage))
    pages = course_pages({assignment.course_key for assignment, _stage in candidates})
    sent = failed = 0
    for assignment, stage in candidates:
        course = course_in_language(assignment, recipient_language(assignment.staff), pages)
        try:
            with transaction.atomic():
                AssignmentReminder.objects.create(
                    assignment=assignment,
                    due_date=assignment.due_date,
                    kind=stage.kind,
                    days=stage.days,
                )
                assignment_reminder_send(
                    assignment=assignment, stage=stage, today=today, course=course
                )
        except IntegrityError:
            continue  # a concurrent run sent this stage
        except Exception:
            failed += 1
            logger.exception(
                "Reminder (%s, %s days) for assignment %s failed",
                stage.kind,
                stage.days,
                assignment.pk,
            )
            continue
        sent += 1
    return ReminderRun(sent=sent, failed=failed)
