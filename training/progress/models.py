"""Learning records: enrolments, lesson progress and assignments with due dates.

Courses and lessons exist once per language (Wagtail locales) and every translation of a page
shares its `translation_key`. Learning records are therefore keyed by that key
(`course_key`, `lesson_key`), so a learner who switches between Chinese and English keeps their
progress. Each record also keeps a nullable foreign key to the page last used, for titles and
links; it is SET_NULL when that page is deleted, while the key keeps the record meaningful.

Progress when a course is edited (the rule is implemented in `completion.py`):

- a completed enrolment stays completed: `completed_at` is set once and never cleared, even when
  required lessons are added to the course later (the dashboard shows 100 % and lists the new
  lessons as optional extra reading);
- an enrolment in progress is measured against the course's CURRENT required live lessons, so
  adding a required lesson lowers its percentage, and deleting or unpublishing one raises it and
  can complete the course at the next completion check.

Writes go through `services.py`; nothing here writes in `save()`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, LessonPage
from training.people.models import JobRole, StaffProfile


class StaffCourseRecord(models.Model):
    """What an enrolment and an assignment share: a staff member and a course (by its key).

    `course` is the language version used last; the key keeps the record meaningful when that
    page is deleted. The reverse accessors are `staff.enrolments` and `staff.assignments`.
    """

    staff = models.ForeignKey(
        StaffProfile,
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="%(class)ss",
    )
    course_key = models.UUIDField(_("course key"))
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The version of the course (its language) used last."),
    )

    class Meta:
        abstract = True


class Enrolment(StaffCourseRecord):
    """One staff member taking one course (in whichever languages they read it).

    Unique per (staff, course_key). `completed_at` is written once per round, by
    `services.course_completion_check`; course edits never clear it. Only recertification
    (`services.enrolment_restart`) starts a new round: it raises `round` and clears the completion
    and the lesson completions, after the certificate of the finished round has kept them.
    """

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        ASSIGNED = "assigned", _("Assigned")

    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    last_lesson_key = models.UUIDField(_("last lesson key"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("last lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_opened_at = models.DateTimeField(_("last opened at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    completed_locale = models.CharField(
        _("completed in language"),
        max_length=20,
        blank=True,
        help_text=_("Language code of the version of the course that was completed."),
    )
    seconds_spent = models.PositiveIntegerField(_("time spent (seconds)"), default=0)
    round = models.PositiveSmallIntegerField(
        _("round"),
        default=1,
        help_text=_(
            "1 for the first time through the course; raised when the learner recertifies."
        ),
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["staff", "course_key"], name="progress_enrolment_one_per_course"
            ),
        ]
        indexes = [
            # Reports: everyone enrolled in / who completed a course.
            models.Index(fields=["course_key", "completed_at"], name="progress_enrol_course_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.staff_id} → {self.course_key}"


class LessonProgress(models.Model):
    """One learner's record of one lesson (by `lesson_key`, in any language) in an enrolment."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="lessons",
    )
    lesson_key = models.UUIDField(_("lesson key"))
    lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The version of the lesson (its language) used last."),
    )
    first_opened_at = models.DateTimeField(_("first opened at"), default=timezone.now)
    last_opened_at = models.DateTimeField(_("last opened at"), default=timezone.now)
    seconds_spent = models.PositiveIntegerField(_("time spent (seconds)"), default=0)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        ordering = ["enrolment", "first_opened_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="progress_lesson_one_per_enrolment"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id} / {self.lesson_key}"


class Assignment(StaffCourseRecord):
    """A course a manager (or the system) asked a staff member to complete by a date.

    At most one OPEN assignment per (staff, course_key); assigning again updates it. An
    assignment closes (`closed_at`) when the course is completed or the assignment is withdrawn;
    closed assignments are kept as history.
    """

    class CloseReason(models.TextChoices):
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    due_date = models.DateField(_("due date"))
    reason = models.TextField(_("reason"), blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_reason = models.CharField(
        _("closed because"), max_length=20, choices=CloseReason.choices, blank=True
    )

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["staff", "course_key"],
                condition=Q(closed_at__isnull=True),
                name="progress_assignment_one_open_per_course",
            ),
        ]
        indexes = [
            # The learner dashboard: a person's open assignments by due date.
            models.Index(
                fields=["staff", "due_date"],
                condition=Q(closed_at__isnull=True),
                name="progress_assign_open_staff_idx",
            ),
            # Managers' overdue lists and reminders: open assignments by due date.
            models.Index(
                fields=["due_date"],
                condition=Q(closed_at__isnull=True),
                name="progress_assign_open_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.staff_id} → {self.course_key} by {self.due_date}"


class RoleCourse(models.Model):
    """A course every holder of a job role must complete, and how often it must be renewed."""

    job_role = models.ForeignKey(
        JobRole,
        verbose_name=_("job role"),
        on_delete=models.CASCADE,
        related_name="mandatory_courses",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Any language version: every translation of the course counts."),
    )
    course_key = models.UUIDField(_("course key"), editable=False)
    renew_every_months = models.PositiveSmallIntegerField(
        _("renew every (months)"),
        null=True,
        blank=True,
        help_text=_("Empty: completing the course once is enough."),
    )

    class Meta:
        verbose_name = _("mandatory course")
        verbose_name_plural = _("mandatory courses")
        ordering = ["job_role", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["job_role", "course_key"], name="progress_role_course_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.job_role_id} · {self.course_key}"

    def clean(self) -> None:
        if self.course_id is not None:
            self.course_key = self.course.translation_key


class AssignmentReminder(models.Model):
    """One reminder e-mail about an open assignment: once per assignment, due date and stage.

    A stage is a `kind` and a number of `days`: "due_soon" N days before the due date, or
    "overdue" N days after it (see `reminders.py` for the schedule). The due date is part of the
    key, so moving an assignment's due date arms its reminders again.
    """

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Due soon")
        OVERDUE = "overdue", _("Overdue")

    assignment = models.ForeignKey(
        Assignment,
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    due_date = models.DateField(_("due date reminded of"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    days = models.PositiveSmallIntegerField(
        _("days"), help_text=_("Days before the due date (due soon) or after it (overdue).")
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("assignment reminder")
        verbose_name_plural = _("assignment reminders")
        ordering = ["assignment", "sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "due_date", "kind", "days"],
                name="progress_assignment_reminder_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id} {self.kind} {self.days}d ({self.due_date})"
