"""Writes to the learning record: enrolments, assignments, lesson progress and course completion.

Each service is keyword-only and runs in one transaction. Records are keyed by the pages'
`translation_key`, so one enrolment covers every language version of a course. Services that
take an actor check the actor's permission through `training.people.policies`; the lesson
services act for the learner themselves (views pass the signed-in user's staff profile).

Decisions are audited (enrolment, assignment, lesson and course completion). Opening a lesson and
the time heartbeat are high-frequency activity, recorded in the progress rows themselves and not
in the audit log.

Progress when a course is edited: see `completion.py`. In short, `completed_at` is written once
and never cleared, and an enrolment in progress is measured against the course's current
required live lessons.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Page

from assessments.models import QuizPage
from courses.models import CoursePage, LessonPage
from training.people import policies
from training.people.models import StaffProfile
from training.people.services import audit_log

from .completion import required_items_for_course
from .models import Assignment, Enrolment, LessonProgress, RoleCourse
from .signals import course_completed

logger = logging.getLogger(__name__)

# A heartbeat counts at most this much time, however much the browser claims.
MAX_HEARTBEAT_SECONDS = 60

__all__ = [
    "MAX_HEARTBEAT_SECONDS",
    "LessonCompletion",
    "assignment_create",
    "course_completion_check",
    "enrolment_start",
    "lesson_complete",
    "lesson_open",
    "lesson_time_add",
    "quiz_pass_record",
    "required_items_for_course",
]


@dataclass(frozen=True)
class LessonCompletion:
    """What `lesson_complete` did: the rows, and whether this call completed anything."""

    progress: LessonProgress
    enrolment: Enrolment
    lesson_completed_now: bool
    course_completed_now: bool


# --- helpers ----------------------------------------------------------------------------------


def _require_self_or_manager(actor: User | AnonymousUser | None, staff: StaffProfile) -> None:
    if actor is None:
        return
    if actor.is_authenticated and actor.pk == staff.user_id:
        return
    if not policies.can_manage_staff(actor, staff):
        raise PermissionDenied("You may only enrol yourself or staff you manage.")


def _require_live_course(course: CoursePage) -> None:
    if not isinstance(course, CoursePage) or course.pk is None:
        raise ValidationError(_("This is not a course."))
    if not course.live:
        raise ValidationError(_("This course is not published."))


def _course_of(lesson: LessonPage) -> Page:
    """The course page (any locale) that `lesson` belongs to; ValidationError for anything else."""
    if not isinstance(lesson, LessonPage) or lesson.pk is None:
        raise ValidationError(_("This is not a lesson."))
    parent = lesson.get_parent()
    if parent is None or parent.specific_class is not CoursePage:
        raise ValidationError(_("This lesson is not part of a course."))
    return parent


def _enrolment_for_lesson(*, staff: StaffProfile, lesson: LessonPage) -> tuple[Enrolment, Page]:
    """The learner's enrolment in the course of a live lesson (enrolling them if needed), and
    that course page."""
    if not lesson.live:
        raise ValidationError(_("This lesson is not published."))
    course = _course_of(lesson)
    enrolment, _created = _enrol(
        staff=staff,
        course_id=course.pk,
        course_key=course.translation_key,
        source=Enrolment.Source.SELF,
        actor=staff.user,
    )
    return enrolment, course


def _enrol(
    *,
    staff: StaffProfile,
    course_id: int,
    course_key: uuid.UUID,
    source: str,
    actor: User | None,
) -> tuple[Enrolment, bool]:
    """Get or create the one enrolment for (staff, course_key); safe under concurrent calls.

    The unique constraint decides: a concurrent insert makes ours fail inside a savepoint, and we
    read the winner's row instead.
    """
    existing = Enrolment.objects.filter(staff=staff, course_key=course_key).first()
    if existing is not None:
        return existing, False
    enrolment = Enrolment(staff=staff, course_key=course_key, course_id=course_id, source=source)
    enrolment.full_clean(validate_constraints=False)  # the database enforces the constraint
    try:
        with transaction.atomic():
            enrolment.save()
    except IntegrityError:
        return Enrolment.objects.get(staff=staff, course_key=course_key), False
    audit_log(
        actor=actor,
        action="enrolment.create",
        target=enrolment,
        summary=f"{staff.staff_number} enrolled ({source})",
        data={"course_key": str(course_key), "course_id": course_id, "source": source},
    )
    return enrolment, True


def _lesson_progress_rows(*, enrolment: Enrolment, key: uuid.UUID):
    """The progress row of the lesson (or quiz) `key` in `enrolment` (at most one), as a queryset.

    Unordered: the model's default ordering would join the enrolment, and a locking read would
    then lock the enrolment row as well.
    """
    return LessonProgress.objects.filter(enrolment=enrolment, lesson_key=key).order_by()


def _insert_lesson_progress(
    *, enrolment: Enrolment, key: uuid.UUID, lesson: LessonPage | None
) -> LessonProgress | None:
    """Insert the progress row of `key` in `enrolment` (`lesson`: the lesson page, None for a
    quiz); None if a concurrent call inserted it first (the unique constraint decides, inside a
    savepoint, as in `_enrol`)."""
    progress = LessonProgress(enrolment=enrolment, lesson_key=key, lesson=lesson)
    progress.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            progress.save()
    except IntegrityError:
        return None
    return progress


def _announce_completion(enrolment_id: int) -> None:
    enrolment = Enrolment.objects.select_related("staff", "course").get(pk=enrolment_id)
    for receiver, response in course_completed.send_robust(sender=Enrolment, enrolment=enrolment):
        if isinstance(response, Exception):
            logger.error(
                "course_completed receiver %r failed for enrolment %s",
                receiver,
                enrolment_id,
                exc_info=response,
            )


# --- enrolment and assignments ----------------------------------------------------------------


@transaction.atomic
def enrolment_start(
    *, staff: StaffProfile, course: CoursePage, actor: User | None = None
) -> Enrolment:
    """Enrol `staff` in `course` (self-enrolment); return the enrolment.

    Guarantees: idempotent and concurrency-safe — there is exactly one enrolment per staff and
    course whatever the language version and however many times this is called; an existing
    enrolment is returned unchanged apart from remembering `course` as the version last used.
    The course must be live. With an actor, the actor must be the learner or manage them.
    """
    _require_self_or_manager(actor, staff)
    _require_live_course(course)
    enrolment, created = _enrol(
        staff=staff,
        course_id=course.pk,
        course_key=course.translation_key,
        source=Enrolment.Source.SELF,
        actor=actor,
    )
    if not created and enrolment.course_id != course.pk:
        Enrolment.objects.filter(pk=enrolment.pk).update(course_id=course.pk)
        enrolment.course_id = course.pk
    return enrolment


@transaction.atomic
def assignment_create(
    *,
    staff: StaffProfile,
    course: CoursePage,
    due_date: date,
    reason: str = "",
    assigned_by: User | None,
) -> Assignment:
    """Assign `course` to `staff`, to be completed by `due_date`; return the open assignment.

    Guarantees: at most one open assignment per staff and course (any language version):
    assigning again updates the open one's due date, reason and assigner instead of adding
    another (concurrency-safe under the partial unique constraint). The staff member is enrolled
    (source "assigned", unless already enrolled). `assigned_by` must manage the staff member
    (their org-unit subtree) or be a superuser — otherwise PermissionDenied and nothing is
    written; `assigned_by=None` is the system. A course already completed by the staff member,
    an unpublished course, an inactive staff member or a due date in the past is refused with
    ValidationError.
    """
    if assigned_by is not None and not policies.can_manage_staff(assigned_by, staff):
        raise PermissionDenied("You may only assign training to staff you manage.")
    _require_live_course(course)
    if not staff.is_active:
        raise ValidationError(_("Training cannot be assigned to an inactive staff member."))
    if due_date < timezone.localdate():
        raise ValidationError({"due_date": _("The due date cannot be in the past.")})
    course_key = course.translation_key
    completed_at = (
        Enrolment.objects.filter(staff=staff, course_key=course_key)
        .values_list("completed_at", flat=True)
        .first()
    )
    if completed_at is not None:
        raise ValidationError(
            _("%(name)s already completed this course on %(date)s.")
            % {"name": staff.display_name, "date": date_format(timezone.localdate(completed_at))}
        )

    reason = reason.strip()
    open_assignments = Assignment.objects.select_for_update().filter(
        staff=staff, course_key=course_key, closed_at__isnull=True
    )
    assignment = open_assignments.first()
    created = False
    if assignment is None:
        assignment = Assignment(
            staff=staff,
            course_key=course_key,
            course=course,
            due_date=due_date,
            reason=reason,
            assigned_by=assigned_by,
        )
        assignment.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                assignment.save()
            created = True
        except IntegrityError:
            assignment = open_assignments.get()  # a concurrent call created it: update that one
    if not created:
        before = (assignment.due_date, assignment.reason, assignment.assigned_by_id)
        assignment.due_date = due_date
        assignment.reason = reason
        assignment.course = course
        assignment.assigned_by = assigned_by
        assignment.full_clean(validate_constraints=False)
        changed = before != (due_date, reason, assigned_by.pk if assigned_by else None)
        if changed or assignment.course_id != course.pk:
            assignment.save()
        if changed:
            audit_log(
                actor=assigned_by,
                action="assignment.update",
                target=assignment,
                summary=f"{staff.staff_number} due {due_date.isoformat()}",
                data={"course_key": str(course_key), "due_date": due_date.isoformat()},
            )
    else:
        audit_log(
            actor=assigned_by,
            action="assignment.create",
            target=assignment,
            summary=f"{staff.staff_number} due {due_date.isoformat()}",
            data={"course_key": str(course_key), "due_date": due_date.isoformat()},
        )
    _enrol(
        staff=staff,
        course_id=course.pk,
        course_key=course_key,
        source=Enrolment.Source.ASSIGNED,
        actor=assigned_by,
    )
    return assignment


@transaction.atomic
def enrolment_restart(*, enrolment: Enrolment, actor: User | None) -> Enrolment:
    """Start a new round of a completed course (recertification); return the enrolment.

    Guarantees: only a completed enrolment restarts (otherwise ValidationError, nothing
    written); the row is locked, so concurrent restarts make one new round; `round` goes up by
    one and the completion and every lesson and quiz completion of the enrolment are cleared
    (time spent and first-opened dates stay), with the cleared dates kept in the audit entry.
    Certificates of earlier rounds keep their own copy of the completion and are not touched.
    The actor must be the learner, manage them, or be HR; `actor=None` is the system.
    """
    locked = Enrolment.objects.select_for_update().select_related("staff").get(pk=enrolment.pk)
    if actor is not None and not policies.is_hr(actor):
        _require_self_or_manager(actor, locked.staff)
    if locked.completed_at is None:
        raise ValidationError(_("This course has not been completed yet, so it cannot be renewed."))
    cleared = {
        str(key): done.isoformat()
        for key, done in LessonProgress.objects.filter(
            enrolment=locked, completed_at__isnull=False
        ).values_list("lesson_key", "completed_at")
    }
    finished = {"round": locked.round, "completed_at": locked.completed_at.isoformat()}
    LessonProgress.objects.filter(enrolment=locked).update(completed_at=None)
    locked.round += 1
    locked.completed_at = None
    locked.completed_locale = ""
    locked.save(update_fields=["round", "completed_at", "completed_locale"])
    audit_log(
        actor=actor,
        action="enrolment.restart",
        target=locked,
        summary=f"Round {locked.round} for staff {locked.staff.staff_number}",
        data={"course_key": str(locked.course_key), "finished": finished, "cleared": cleared},
    )
    enrolment.round = locked.round
    enrolment.completed_at = None
    enrolment.completed_locale = ""
    return enrolment


# --- lessons ----------------------------------------------------------------------------------


@transaction.atomic
def lesson_open(*, staff: StaffProfile, lesson: LessonPage) -> Enrolment:
    """Record that `staff` opened `lesson`: the resume point; return the enrolment.

    Guarantees: enrols the learner in the lesson's course if they are not enrolled yet (source
    "self"); keeps one progress row per lesson (first opened once, last opened every time);
    sets the enrolment's resume point (`last_lesson`, `last_lesson_key`) and the course version
    last used. Then runs the completion check, so a course whose remaining required lessons were
    removed completes when the learner comes back. Counters are updated with UPDATE statements,
    so concurrent heartbeats are never lost.
    """
    enrolment, course = _enrolment_for_lesson(staff=staff, lesson=lesson)
    now = timezone.now()
    key = lesson.translation_key
    opened = _lesson_progress_rows(enrolment=enrolment, key=key)
    # Opened before (the usual case): one UPDATE. The first time: an INSERT, unless a concurrent
    # request inserted the row just now, in which case update that one.
    if (
        not opened.update(last_opened_at=now, lesson=lesson)
        and _insert_lesson_progress(enrolment=enrolment, key=key, lesson=lesson) is None
    ):
        opened.update(last_opened_at=now, lesson=lesson)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_lesson_key=lesson.translation_key,
        last_lesson=lesson,
        last_opened_at=now,
        course_id=course.pk,
    )
    enrolment.last_lesson_key = lesson.translation_key
    enrolment.last_lesson = lesson
    enrolment.last_opened_at = now
    enrolment.course_id = course.pk
    if enrolment.completed_at is None:
        _complete_course_if_done(enrolment)
    return enrolment


def lesson_time_add(*, staff: StaffProfile, lesson: LessonPage, seconds: int) -> int:
    """Add time spent on `lesson` (a heartbeat from the open page); return the seconds counted.

    Guarantees: each call counts between 0 and MAX_HEARTBEAT_SECONDS (60) seconds whatever it
    claims; a learner who has not opened the lesson (so is not enrolled in its course), or a
    lesson that is not live, changes nothing. Adds with UPDATE ... SET x = x + n, so concurrent
    heartbeats add up.
    """
    try:
        seconds = int(seconds)
    except (TypeError, ValueError, OverflowError):
        return 0
    seconds = max(0, min(MAX_HEARTBEAT_SECONDS, seconds))
    if seconds == 0 or not isinstance(lesson, LessonPage) or not lesson.live:
        return 0
    with transaction.atomic():
        progress = (
            LessonProgress.objects.filter(enrolment__staff=staff, lesson_key=lesson.translation_key)
            .only("pk", "enrolment_id")
            .first()
        )
        if progress is None:
            return 0
        LessonProgress.objects.filter(pk=progress.pk).update(
            seconds_spent=F("seconds_spent") + seconds
        )
        Enrolment.objects.filter(pk=progress.enrolment_id).update(
            seconds_spent=F("seconds_spent") + seconds
        )
    return seconds


def _complete_item(
    *, enrolment: Enrolment, key: uuid.UUID, lesson: LessonPage | None
) -> tuple[LessonProgress, bool]:
    """Mark the lesson (or quiz) `key` complete in `enrolment`, under a row lock; return the row
    and whether THIS call completed it (the first `completed_at` is kept)."""
    rows = _lesson_progress_rows(enrolment=enrolment, key=key).select_for_update()
    progress = rows.first() or _insert_lesson_progress(enrolment=enrolment, key=key, lesson=lesson)
    if progress is None:  # a concurrent request inserted it just now
        progress = rows.get()
    if progress.completed_at is not None:
        return progress, False
    progress.completed_at = timezone.now()
    progress.lesson = lesson or progress.lesson
    progress.save(update_fields=["completed_at", "lesson"])
    return progress, True


@transaction.atomic
def lesson_complete(*, staff: StaffProfile, lesson: LessonPage) -> LessonCompletion:
    """Mark `lesson` complete for `staff`, then check whether the course is complete.

    Guarantees: idempotent — the first `completed_at` is kept and audited, later calls change
    nothing; the learner is enrolled implicitly if needed (and the lesson becomes the resume point
    if there is none yet); the lesson must be live. The course completion check follows in the
    same transaction (see `course_completion_check`).
    """
    enrolment, course = _enrolment_for_lesson(staff=staff, lesson=lesson)
    if enrolment.last_lesson_key is None:  # completed without being opened: resume here
        Enrolment.objects.filter(pk=enrolment.pk, last_lesson_key__isnull=True).update(
            last_lesson_key=lesson.translation_key, last_lesson=lesson, course_id=course.pk
        )
        enrolment.last_lesson_key = lesson.translation_key
        enrolment.last_lesson = lesson
    progress, lesson_completed_now = _complete_item(
        enrolment=enrolment, key=lesson.translation_key, lesson=lesson
    )
    if lesson_completed_now:
        audit_log(
            actor=staff.user,
            action="lesson.complete",
            target=progress,
            summary=f"{staff.staff_number} completed a lesson",
            data={"lesson_key": str(lesson.translation_key), "lesson_id": lesson.pk},
        )
    course_completed_now = _complete_course_if_done(enrolment)
    return LessonCompletion(
        progress=progress,
        enrolment=enrolment,
        lesson_completed_now=lesson_completed_now,
        course_completed_now=course_completed_now,
    )


@transaction.atomic
def course_completion_check(*, enrolment: Enrolment) -> bool:
    """Record the course's completion if every required item is complete; True if THIS call did.

    Guarantees: completion is recorded once — the enrolment row is locked (select_for_update) and
    `completed_at` is set only when empty, never cleared or moved; the version completed is kept
    in `completed_locale`. The rule (see completion.py): every item of
    `required_items_for_course` (now: the required live lessons, by translation_key, in any
    locale) has a completed LessonProgress; a course with no required item is never completed.
    On completion, the staff member's open assignments for the course are closed, an audit entry
    is written, and `signals.course_completed` is sent once, after commit.
    """
    return _complete_course_if_done(enrolment)


def _complete_course_if_done(enrolment: Enrolment) -> bool:
    """`course_completion_check` for the services already in a transaction (no savepoint)."""
    locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if locked.completed_at is not None:
        enrolment.completed_at = locked.completed_at
        enrolment.completed_locale = locked.completed_locale
        return False
    required = required_items_for_course(locked.course_key)
    if not required:
        return False
    done = set(
        LessonProgress.objects.filter(
            enrolment=locked, completed_at__isnull=False, lesson_key__in=required
        ).values_list("lesson_key", flat=True)
    )
    if not required <= done:
        return False

    now = timezone.now()
    locked.completed_at = now
    locked.completed_locale = (
        Page.objects.filter(pk=locked.course_id)
        .values_list("locale__language_code", flat=True)
        .first()
        or ""
    )
    locked.save(update_fields=["completed_at", "completed_locale"])
    closed = Assignment.objects.filter(
        staff_id=locked.staff_id, course_key=locked.course_key, closed_at__isnull=True
    ).update(closed_at=now, closed_reason=Assignment.CloseReason.COMPLETED, updated_at=now)
    audit_log(
        actor=None,
        action="course.complete",
        target=locked,
        summary=f"Course completed by staff {locked.staff_id}",
        data={
            "course_key": str(locked.course_key),
            "locale": locked.completed_locale,
            "assignments_closed": closed,
        },
    )
    enrolment.completed_at = locked.completed_at
    enrolment.completed_locale = locked.completed_locale
    transaction.on_commit(lambda: _announce_completion(locked.pk))
    return True


# --- quizzes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizPass:
    """What `quiz_pass_record` did."""

    enrolment: Enrolment
    quiz_completed_now: bool
    lesson_completed_now: bool
    course_completed_now: bool


@transaction.atomic
def quiz_pass_record(*, staff: StaffProfile, quiz: QuizPage) -> QuizPass:
    """Record that `staff` passed `quiz`: the quiz is complete, so is the lesson it belongs to.

    Guarantees: idempotent (the first pass is kept; later passes change nothing); the learner is
    enrolled in the quiz's course if needed; the lesson the quiz completes is looked up by its
    translation key in the quiz's own language, so a quiz passed in English completes the English
    lesson; the course completion check follows in the same transaction.
    """
    course = quiz.get_parent()
    if course is None or course.specific_class is not CoursePage:
        raise ValidationError(_("This quiz is not part of a course."))
    enrolment, _created = _enrol(
        staff=staff,
        course_id=course.pk,
        course_key=course.translation_key,
        source=Enrolment.Source.SELF,
        actor=staff.user,
    )
    progress, quiz_completed_now = _complete_item(
        enrolment=enrolment, key=quiz.translation_key, lesson=None
    )
    if quiz_completed_now:
        audit_log(
            actor=staff.user,
            action="quiz.pass",
            target=progress,
            summary=f"{staff.staff_number} passed a quiz",
            data={"quiz_key": str(quiz.translation_key), "quiz_id": quiz.pk},
        )
    if quiz.lesson_id is not None:
        # The lesson in the quiz's own language (the quiz may point at another language's).
        same_key = Page.objects.filter(pk=quiz.lesson_id).values("translation_key")
        lesson = (
            LessonPage.objects.live()
            .filter(translation_key__in=same_key, locale_id=quiz.locale_id)
            .first()
        ) or LessonPage.objects.live().filter(pk=quiz.lesson_id).first()
        if lesson is not None:
            # lesson_complete runs the course completion check, now counting the quiz too.
            done = lesson_complete(staff=staff, lesson=lesson)
            return QuizPass(
                enrolment=enrolment,
                quiz_completed_now=quiz_completed_now,
                lesson_completed_now=done.lesson_completed_now,
                course_completed_now=done.course_completed_now,
            )
    return QuizPass(
        enrolment=enrolment,
        quiz_completed_now=quiz_completed_now,
        lesson_completed_now=False,
        course_completed_now=_complete_course_if_done(enrolment),
    )


# --- assigning in bulk ------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkResult:
    """What `assignments_create_bulk` did: new open assignments, open ones updated, and the
    (staff, course) pairs skipped because the staff member already completed the course."""

    created: int
    updated: int
    skipped_completed: list[tuple[StaffProfile, CoursePage]]


@transaction.atomic
def assignments_create_bulk(
    *,
    staff: list[StaffProfile],
    courses: list[CoursePage],
    due_date: date,
    reason: str = "",
    assigned_by: User | None,
) -> BulkResult:
    """Assign every course in `courses` to every person in `staff`, in one transaction.

    Guarantees: all or nothing. `assigned_by` must manage every one of the staff (checked for
    all of them before anything is written: one person they may not assign to is
    PermissionDenied and nothing is written; `assigned_by=None` is the system). Courses must be
    live, staff active and the due date not in the past (ValidationError, nothing written).
    Each pair goes through `assignment_create`, so there is never more than one open assignment
    per person and course: an open one is updated (due date, reason, assigner), not duplicated.
    A person who already completed a course is skipped and reported in `skipped_completed`,
    not treated as an error. Courses are taken once per translation_key, staff once each.
    """
    people = list({person.pk: person for person in staff}.values())
    by_key: dict[uuid.UUID, CoursePage] = {}
    for course in courses:
        _require_live_course(course)
        by_key.setdefault(course.translation_key, course)
    if not people or not by_key:
        raise ValidationError(_("Choose at least one course and at least one staff member."))
    if assigned_by is not None:
        allowed = set(
            policies.staff_managed_by(assigned_by)
            .filter(pk__in=[person.pk for person in people])
            .values_list("pk", flat=True)
        )
        if any(person.pk not in allowed for person in people):
            raise PermissionDenied("You may only assign training to staff you manage.")
    inactive = [person.display_name for person in people if not person.is_active]
    if inactive:
        raise ValidationError(
            _("Training cannot be assigned to staff who have left: %(names)s.")
            % {"names": ", ".join(inactive)}
        )
    if due_date < timezone.localdate():
        raise ValidationError({"due_date": _("The due date cannot be in the past.")})

    pairs = {"staff__in": [person.pk for person in people], "course_key__in": list(by_key)}
    completed = set(
        Enrolment.objects.filter(completed_at__isnull=False, **pairs).values_list(
            "staff_id", "course_key"
        )
    )
    open_before = set(
        Assignment.objects.filter(closed_at__isnull=True, **pairs).values_list(
            "staff_id", "course_key"
        )
    )
    created = updated = 0
    skipped: list[tuple[StaffProfile, CoursePage]] = []
    for person in people:
        for key, course in by_key.items():
            if (person.pk, key) in completed:
                skipped.append((person, course))
                continue
            assignment_create(
                staff=person,
                course=course,
                due_date=due_date,
                reason=reason,
                assigned_by=assigned_by,
            )
            if (person.pk, key) in open_before:
                updated += 1
            else:
                created += 1
    audit_log(
        actor=assigned_by,
        action="assignment.bulk",
        target=None,
        summary=f"{created} assigned, {updated} updated, {len(skipped)} already completed",
        data={
            "staff": [person.pk for person in people],
            "course_keys": [str(key) for key in by_key],
            "due_date": due_date.isoformat(),
            "skipped": [[person.pk, str(course.translation_key)] for person, course in skipped],
        },
    )
    return BulkResult(created=created, updated=updated, skipped_completed=skipped)


@transaction.atomic
def role_course_save(*, role_course: RoleCourse, actor: User | None) -> RoleCourse:
    """Create or change a mandatory course of a job role (editors, HR and admins; `actor=None`
    for the system). The course may be any language version: `course_key` is set from it, so a
    role needs each course once whatever its language (ValidationError otherwise)."""
    if actor is not None and not (policies.is_editor(actor) or policies.is_hr(actor)):
        raise PermissionDenied("Only editors and HR may change the mandatory courses of a role.")
    created = role_course.pk is None
    role_course.full_clean()
    role_course.save()
    audit_log(
        actor=actor,
        action="role_course.create" if created else "role_course.update",
        target=role_course,
        summary=f"{role_course.job_role.code} must complete course {role_course.course_key}"
        + (
            f", renewed every {role_course.renew_every_months} months"
            if role_course.renew_every_months
            else ""
        ),
    )
    return role_course
