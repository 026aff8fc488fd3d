"""The daily round of reminders, and the managers' daily digest.

`reminders_daily_run` is what `manage.py send_reminders` and the `reminders_daily` task do:
issue the certificates completions lack, send certificate expiry reminders, assignment
reminders (training.progress.reminders) and the manager digests. Every part is safe to run twice
on the same day: each sends what it has not sent yet and nothing else.

The manager digest (`manager_digests_send`): one e-mail per manager per day, at most, about the
staff they manage (`policies.staff_managed_by`, within the org units they manage, themselves
excluded: their own assignments reach them as learner reminders):

- open assignments that are overdue, and those due within `DIGEST_DUE_DAYS` days;
- certificates (current, not renewed) that expire within `DIGEST_EXPIRY_DAYS` days;
- how many of them fall short of their role's competency requirements.

It goes only when there is something to act on (an overdue or due-soon assignment, or an
expiring certificate); competency gaps alone change slowly and do not trigger a daily e-mail.
It is in the manager's `preferred_language`, with an absolute link to the team dashboard. A
unique row per manager and day, written in the same transaction as the send, keeps it to one a
day; a failed send writes no row, so the next run tries again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from training.certificates.models import Certificate
from training.certificates.services import (
    certificate_expiry_reminders_send,
    certificates_issue_missing,
)
from training.competencies import rules
from training.competencies.models import Competency
from training.competencies.selectors import levels_for, requirements_by_role
from training.people import policies
from training.people.models import OrgUnit, StaffProfile
from training.progress.models import Assignment
from training.progress.reminders import (
    assignment_reminders_send,
    course_in_language,
    course_pages,
    person_name,
    recipient_language,
    site_url,
)

from .models import ManagerDigest

logger = logging.getLogger(__name__)

DIGEST_DUE_DAYS = 7
DIGEST_EXPIRY_DAYS = 30
# Longer lists are cut here, with "and N more" and the link to the dashboard.
DIGEST_LIST_LIMIT = 20


# --- the digest -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DigestItem:
    staff: StaffProfile
    title: str  # the course, in the manager's language where it is translated
    day: dt.date  # due date or expiry date
    days: int  # days overdue, days left, or days until expiry


@dataclass
class Digest:
    manager: StaffProfile
    day: dt.date
    overdue: list[DigestItem] = field(default_factory=list)
    due_soon: list[DigestItem] = field(default_factory=list)
    expiring: list[DigestItem] = field(default_factory=list)
    staff_with_gaps: int = 0

    @property
    def has_news(self) -> bool:
        return bool(self.overdue or self.due_soon or self.expiring)


@dataclass(frozen=True)
class DigestRun:
    sent: int
    failed: int


def _managers(today: dt.date):
    """Staff in post who manage a unit and have no digest for `today` yet."""
    manages = OrgUnit.objects.filter(managers=OuterRef("pk"))
    done = ManagerDigest.objects.filter(manager=OuterRef("pk"), day=today)
    return (
        StaffProfile.objects.active()
        .filter(Exists(manages), user__is_active=True)
        .exclude(user__email="")
        .exclude(Exists(done))
        .select_related("user")
        .prefetch_related("managed_units")
        .order_by("pk")
    )


def _team_ids(manager: StaffProfile) -> set[int]:
    """The staff in post that `manager` manages, within the units they manage (not themselves)."""
    if not policies.is_manager(manager.user):
        return set()
    return set(
        policies.staff_managed_by(manager.user)
        .active()
        .in_units(manager.managed_units.all())
        .exclude(pk=manager.pk)
        .values_list("pk", flat=True)
    )


def _staff_with_gaps(staff: list[StaffProfile], today: dt.date) -> set[int]:
    """Ids of the staff below (or without evidence for) a requirement of their role; 3 queries."""
    requirements = requirements_by_role(
        {person.job_role_id for person in staff if person.job_role_id}
    )
    if not requirements:
        return set()
    competency_ids = {item.competency_id for items in requirements.values() for item in items}
    competencies = list(Competency.objects.filter(pk__in=competency_ids))
    levels = levels_for([person.pk for person in staff], competencies, day=today)
    by_staff: dict[int, dict[int, rules.Level]] = defaultdict(dict)
    for (staff_id, competency_id), level in levels.items():
        by_staff[staff_id][competency_id] = level
    return {
        person.pk
        for person in staff
        if person.job_role_id
        and rules.gaps(requirements.get(person.job_role_id, []), by_staff[person.pk])
    }


def _certificate_title(certificate: Certificate, language: str) -> str:
    if language.startswith("zh"):
        return certificate.course_title_zh or certificate.course_title
    return certificate.course_title_en or certificate.course_title


def digests_for(managers: list[StaffProfile], *, today: dt.date) -> list[Digest]:
    """The digest of each manager on `today` (items in their language); a fixed number of
    queries plus the policy's per manager."""
    teams = {manager.pk: _team_ids(manager) for manager in managers}
    everyone = set().union(*teams.values()) if teams else set()
    if not everyone:
        return [Digest(manager=manager, day=today) for manager in managers]

    assignments = list(
        Assignment.objects.filter(
            closed_at__isnull=True,
            staff_id__in=everyone,
            due_date__lte=today + dt.timedelta(days=DIGEST_DUE_DAYS),
        )
        .select_related("staff", "course")
        .order_by("due_date", "staff__name_latin", "pk")
    )
    renewed = Certificate.objects.filter(
        staff_id=OuterRef("staff_id"),
        course_key=OuterRef("course_key"),
        issued_at__gt=OuterRef("issued_at"),
        supersedes__isnull=True,
    )
    certificates = list(
        Certificate.objects.current()
        .filter(
            staff_id__in=everyone,
            expires_on__gte=today,
            expires_on__lte=today + dt.timedelta(days=DIGEST_EXPIRY_DAYS),
        )
        .exclude(Exists(renewed))
        .select_related("staff")
        .order_by("expires_on", "staff__name_latin", "pk")
    )
    pages = course_pages({assignment.course_key for assignment in assignments})
    staff = list(StaffProfile.objects.filter(pk__in=everyone).only("pk", "job_role_id"))
    with_gaps = _staff_with_gaps(staff, today)

    digests = []
    for manager in managers:
        team = teams[manager.pk]
        language = recipient_language(manager)
        digest = Digest(manager=manager, day=today, staff_with_gaps=len(team & with_gaps))
        for assignment in assignments:
            if assignment.staff_id not in team:
                continue
            course = course_in_language(assignment, language, pages)
            title = course.title if course is not None else ""
            if assignment.due_date < today:
                digest.overdue.append(
                    DigestItem(
                        assignment.staff,
                        title,
                        assignment.due_date,
                        (today - assignment.due_date).days,
                    )
                )
            else:
                digest.due_soon.append(
                    DigestItem(
                        assignment.staff,
                        title,
                        assignment.due_date,
                        (assignment.due_date - today).days,
                    )
                )
        for certificate in certificates:
            if certificate.staff_id in team:
                digest.expiring.append(
                    DigestItem(
                        certificate.staff,
                        _certificate_title(certificate, language),
                        certificate.expires_on,
                        (certificate.expires_on - today).days,
                    )
                )
        digests.append(digest)
    return digests


def _section(items: list[DigestItem]) -> dict:
    return {
        "items": items[:DIGEST_LIST_LIMIT],
        "count": len(items),
        "more": max(0, len(items) - DIGEST_LIST_LIMIT),
    }


def digest_send(digest: Digest) -> None:
    """E-mail `digest` to its manager in their language; raises if sending fails."""
    manager = digest.manager
    language = recipient_language(manager)
    with translation.override(language):
        context = {
            "name": person_name(manager, language),
            "day": digest.day,
            "overdue": _section(digest.overdue),
            "due_soon": _section(digest.due_soon),
            "expiring": _section(digest.expiring),
            "due_days": DIGEST_DUE_DAYS,
            "expiry_days": DIGEST_EXPIRY_DAYS,
            "staff_with_gaps": digest.staff_with_gaps,
            "link": site_url() + reverse("team-dashboard"),
        }
        subject = render_to_string("reports/email/digest_subject.txt", context)
        body = render_to_string("reports/email/digest_body.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[manager.user.email],
        headers={"Content-Language": "zh-Hans" if language.startswith("zh") else "en"},
    ).send()


def manager_digests_send(*, today: dt.date | None = None) -> DigestRun:
    """Send each manager their digest for `today` (default: the local date) if it has news and
    has not gone yet; see the module docstring. Returns how many went and how many failed."""
    today = today or timezone.localdate()
    sent = failed = 0
    for digest in digests_for(list(_managers(today)), today=today):
        if not digest.has_news:
            continue
        try:
            with transaction.atomic():
                ManagerDigest.objects.create(
                    manager=digest.manager,
                    day=today,
                    overdue=len(digest.overdue),
                    due_soon=len(digest.due_soon),
                    expiring=len(digest.expiring),
                )
                digest_send(digest)
        except IntegrityError:
            continue  # a concurrent run sent it
        except Exception:
            failed += 1
            logger.exception("Digest for manager %s failed", digest.manager.pk)
            continue
        sent += 1
    return DigestRun(sent=sent, failed=failed)


# --- the daily round --------------------------------------------------------------------------


@dataclass
class DailyRound:
    day: dt.date
    certificates_issued: int = 0
    certificate_reminders_sent: int = 0
    certificate_reminders_failed: int = 0
    assignment_reminders_sent: int = 0
    assignment_reminders_failed: int = 0
    digests_sent: int = 0
    digests_failed: int = 0
    # Parts that stopped with an error (the others still ran).
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return (
            self.certificate_reminders_failed
            + self.assignment_reminders_failed
            + self.digests_failed
            + len(self.errors)
        )

    def as_dict(self) -> dict:
        data = asdict(self)
        data["day"] = self.day.isoformat()
        data["failed"] = self.failed
        return data


def reminders_daily_run(*, today: dt.date | None = None) -> DailyRound:
    """Issue missing certificates, then send certificate expiry reminders, assignment reminders
    and manager digests for `today` (default: the local date). A part that raises is logged and
    recorded in `errors`; the other parts still run."""
    today = today or timezone.localdate()
    result = DailyRound(day=today)

    def part(name: str, run) -> None:
        try:
            run()
        except Exception:
            logger.exception("Daily round: %s failed", name)
            result.errors.append(name)

    def issue() -> None:
        result.certificates_issued = certificates_issue_missing()

    def certificate_reminders() -> None:
        run = certificate_expiry_reminders_send(today=today)
        result.certificate_reminders_sent, result.certificate_reminders_failed = (
            run.sent,
            run.failed,
        )

    def assignment_reminders() -> None:
        run = assignment_reminders_send(today=today)
        result.assignment_reminders_sent, result.assignment_reminders_failed = (
            run.sent,
            run.failed,
        )

    def digests() -> None:
        run = manager_digests_send(today=today)
        result.digests_sent, result.digests_failed = run.sent, run.failed

    part("certificates_issue_missing", issue)
    part("certificate_expiry_reminders", certificate_reminders)
    part("assignment_reminders", assignment_reminders)
    part("manager_digests", digests)
    return result
