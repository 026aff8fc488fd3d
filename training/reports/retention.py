"""Retention: the training records of staff who left long enough ago are removed.

The rule (setting `MERIDIAN_RETENTION_YEARS`, default 6): a staff member who left (`is_active`
false and `left_on` set) more than that many years before today, and whose record has not been
removed yet (`erased_at` empty), has their training record removed, one person per transaction.
Someone inactive without a leaving date is never removed: they are reported as skipped (the
retention period counts from `left_on`; `people.services.staff_profile_save` sets it to the day
of deactivation when HR gives none).

What is deleted (it is personal data with no further use once the person has gone):
lesson progress; enrolments without a certificate; assignments with their reminders; quiz
attempts with their graded answers; competency evidence of every source (including
self-assessments and managers' assessments with their notes); the daily digests sent to them as
a manager.

What is kept, and why:

- issued certificates, their revocations and expiry reminders. A certificate is a document the
  person holds and shows to others; its public verification (`/verify/<code>/`) must keep
  working, and it shows the holder's names *as issued* (the certificate's own copy of them).
  The enrolments certificates point at are kept too (`Certificate.enrolment` is PROTECT), with
  their learning detail (last lesson, time spent, last opened) cleared.
- the `StaffProfile` row, because the certificates point at it (PROTECT), and the audit log and
  the appraisal history refer to it by id. It keeps only what identifies the record and not the
  person beyond what the certificates already print: the staff number (HR's and the evaluation
  system's key; it is printed on every certificate anyway), the org unit and job role
  (organisational facts needed by the register's filters). Everything personal goes: both
  names are replaced by "erased-<pk>" / "" (the certificates keep the names as issued, which
  is what must be kept), languages spoken, units managed and the start date are cleared, the
  e-mail language returns to the default. `erased_at` is set.
- the user account, deactivated: username "erased-<pk>", no names, no e-mail, an unusable
  password, no groups or permissions, no staff or superuser flag (the row stays because audit
  entries and certificates name it by id as actor).
- the audit log, but without personal data beyond ids: entries about the profile, the user
  account or any of the person's records (certificates included) lose their summary and data;
  entries the person made as actor keep their actor id. A "retention.erase" entry records the
  counts.

`retention_apply(today=..., dry_run=True)` reports what would be done and writes nothing.
Applying it twice changes nothing the second time (the people done have `erased_at`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from assessments.models import Attempt, AttemptAnswer
from training.certificates.models import Certificate
from training.competencies.models import Evidence
from training.people import policies
from training.people.models import AuditEntry, StaffProfile
from training.people.services import audit_log
from training.progress.models import Assignment, AssignmentReminder, Enrolment, LessonProgress

from .models import ManagerDigest
from .privacy import audit_condition

DEFAULT_YEARS = 6
KINDS = (
    "lesson_progress",
    "enrolments",
    "assignments",
    "assignment_reminders",
    "quiz_attempts",
    "quiz_answers",
    "evidence",
    "self_assessments",
    "manager_digests",
    "audit_entries_scrubbed",
    "certificates_kept",
    "enrolments_kept",
)


def retention_years() -> int:
    years = getattr(settings, "MERIDIAN_RETENTION_YEARS", DEFAULT_YEARS)
    try:
        years = int(years)
    except (TypeError, ValueError):
        years = DEFAULT_YEARS
    return max(years, 1)


def cutoff_for(today: dt.date, years: int) -> dt.date:
    """The day `years` years before `today` (28 February for 29 February in a common year):
    people who left BEFORE it are due."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


@dataclass
class PersonResult:
    staff_id: int
    staff_number: str
    left_on: dt.date
    counts: dict[str, int]


@dataclass
class Skipped:
    staff_id: int
    staff_number: str
    reason: str


@dataclass
class RetentionReport:
    today: dt.date
    years: int
    cutoff: dt.date
    dry_run: bool
    erased: list[PersonResult] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, int]:
        totals = dict.fromkeys(KINDS, 0)
        for person in self.erased:
            for kind, count in person.counts.items():
                totals[kind] += count
        return totals

    def lines(self) -> list[str]:
        """The report as text, one line per person (for the command)."""
        verb = "would remove" if self.dry_run else "removed"
        head = (
            f"Retention: {self.years} years; staff who left before {self.cutoff.isoformat()} "
            f"(today {self.today.isoformat()})"
        )
        if self.dry_run:
            head += " — dry run, nothing changed"
        lines = [head]
        for person in self.erased:
            counts = ", ".join(f"{kind} {n}" for kind, n in person.counts.items() if n)
            lines.append(
                f"{person.staff_number} (left {person.left_on.isoformat()}): {verb} "
                f"{counts or 'nothing but the profile data'}"
            )
        for skipped in self.skipped:
            lines.append(f"{skipped.staff_number}: skipped — {skipped.reason}")
        lines.append(
            f"{len(self.erased)} {'due' if self.dry_run else 'removed'}, "
            f"{len(self.skipped)} skipped."
        )
        return lines


def _counts(staff: StaffProfile) -> dict[str, int]:
    certified = Certificate.objects.values("enrolment_id")
    kept_enrolments = Enrolment.objects.filter(staff=staff, pk__in=certified)
    return {
        "lesson_progress": LessonProgress.objects.filter(enrolment__staff=staff).count(),
        "enrolments": Enrolment.objects.filter(staff=staff).exclude(pk__in=certified).count(),
        "assignments": Assignment.objects.filter(staff=staff).count(),
        "assignment_reminders": AssignmentReminder.objects.filter(assignment__staff=staff).count(),
        "quiz_attempts": Attempt.objects.filter(staff=staff).count(),
        "quiz_answers": AttemptAnswer.objects.filter(attempt__staff=staff).count(),
        "evidence": Evidence.objects.filter(staff=staff).exclude(source="self").count(),
        "self_assessments": Evidence.objects.filter(staff=staff, source="self").count(),
        "manager_digests": ManagerDigest.objects.filter(manager=staff).count(),
        "audit_entries_scrubbed": _audit_to_scrub(staff).count(),
        "certificates_kept": Certificate.objects.filter(staff=staff).count(),
        "enrolments_kept": kept_enrolments.count(),
    }


def _audit_to_scrub(staff: StaffProfile):
    """Entries about the person or their records (not those they merely made as actor)."""
    return AuditEntry.objects.filter(audit_condition(staff, include_actor=False))


def _erase(staff: StaffProfile, actor: User | None, left_on: dt.date) -> dict[str, int]:
    counts = _counts(staff)
    # The audit entries first: their targets are found through the rows deleted below.
    _audit_to_scrub(staff).update(summary="", data={})

    LessonProgress.objects.filter(enrolment__staff=staff).delete()
    certified = Certificate.objects.values("enrolment_id")
    Enrolment.objects.filter(staff=staff, pk__in=certified).update(
        last_lesson=None, last_lesson_key=None, last_opened_at=None, seconds_spent=0
    )
    Enrolment.objects.filter(staff=staff).exclude(pk__in=certified).delete()
    AssignmentReminder.objects.filter(assignment__staff=staff).delete()
    Assignment.objects.filter(staff=staff).delete()
    AttemptAnswer.objects.filter(attempt__staff=staff).delete()
    Attempt.objects.filter(staff=staff).delete()
    Evidence.objects.filter(staff=staff).delete()
    ManagerDigest.objects.filter(manager=staff).delete()

    anonymous = f"erased-{staff.pk}"
    staff.languages.clear()
    staff.managed_units.clear()
    StaffProfile.objects.filter(pk=staff.pk).update(
        name_zh="",
        name_latin=anonymous,
        start_date=None,
        preferred_language=StaffProfile._meta.get_field("preferred_language").default,
        is_active=False,
        erased_at=timezone.now(),
        updated_at=timezone.now(),
    )
    user = User.objects.select_for_update().get(pk=staff.user_id)
    user.username = anonymous
    user.first_name = ""
    user.last_name = ""
    user.email = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()

    audit_log(
        actor=actor,
        action="retention.erase",
        target=staff,
        summary=f"Training record removed by the retention rule (left {left_on.isoformat()})",
        data={"left_on": left_on.isoformat(), "counts": counts},
    )
    return counts


def retention_apply(
    *, today: dt.date | None = None, dry_run: bool = False, actor: User | None = None
) -> RetentionReport:
    """Apply the retention rule (see the module docstring) and report what was done, per person.

    Guarantees: only HR or the system (`actor=None`, the command) may apply it
    (PermissionDenied); one transaction per person, each re-checked under a row lock, so a
    failure or a concurrent run leaves everyone either untouched or fully done; `dry_run` writes
    nothing; a second run finds nobody left to do.
    """
    if actor is not None and not policies.can_edit_directory(actor):
        raise PermissionDenied("Only HR may apply the retention rule.")
    today = today or timezone.localdate()
    years = retention_years()
    cutoff = cutoff_for(today, years)
    report = RetentionReport(today=today, years=years, cutoff=cutoff, dry_run=dry_run)

    for staff in StaffProfile.objects.filter(
        is_active=False, left_on__isnull=True, erased_at__isnull=True
    ).order_by("staff_number"):
        report.skipped.append(
            Skipped(staff.pk, staff.staff_number, "inactive, but no leaving date (left_on) is set")
        )
    for staff in StaffProfile.objects.filter(
        is_active=True, left_on__lt=cutoff, erased_at__isnull=True
    ).order_by("staff_number"):
        report.skipped.append(
            Skipped(staff.pk, staff.staff_number, "a leaving date is set, but still active")
        )

    due = StaffProfile.objects.filter(
        is_active=False, left_on__lt=cutoff, erased_at__isnull=True
    ).order_by("left_on", "staff_number")
    for pk in list(due.values_list("pk", flat=True)):
        if dry_run:
            staff = StaffProfile.objects.get(pk=pk)
            report.erased.append(
                PersonResult(staff.pk, staff.staff_number, staff.left_on, _counts(staff))
            )
            continue
        with transaction.atomic():
            staff = (
                StaffProfile.objects.select_for_update()
                .filter(pk=pk, is_active=False, left_on__lt=cutoff, erased_at__isnull=True)
                .first()
            )
            if staff is None:  # done (or re-activated) by someone else meanwhile
                continue
            counts = _erase(staff, actor, staff.left_on)
        report.erased.append(PersonResult(staff.pk, staff.staff_number, staff.left_on, counts))
    return report
