"""What the reports app remembers: which manager digests went, and which scheduled runs were
enqueued. Both are "once" records: a unique row per manager and day, or per job and day, so a
second run (or a second scheduler) on the same day finds the row and does nothing."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from training.people.models import StaffProfile


class ManagerDigest(models.Model):
    """The daily e-mail to a manager about their team; at most one per manager and day."""

    manager = models.ForeignKey(
        StaffProfile,
        verbose_name=_("manager"),
        on_delete=models.CASCADE,
        related_name="training_digests",
    )
    day = models.DateField(_("day"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    overdue = models.PositiveIntegerField(_("overdue assignments"), default=0)
    due_soon = models.PositiveIntegerField(_("assignments due soon"), default=0)
    expiring = models.PositiveIntegerField(_("certificates expiring"), default=0)

    class Meta:
        verbose_name = _("manager digest")
        verbose_name_plural = _("manager digests")
        ordering = ["-day", "manager"]
        constraints = [
            models.UniqueConstraint(fields=["manager", "day"], name="reports_digest_once_a_day"),
        ]

    def __str__(self) -> str:
        return f"{self.manager_id} {self.day.isoformat()}"


class ScheduledRun(models.Model):
    """A scheduled job enqueued for a local day by `run_scheduler`; at most one per job and day,
    whichever scheduler process (or restart) gets there first."""

    name = models.CharField(_("job"), max_length=100)
    day = models.DateField(_("day"))
    enqueued_at = models.DateTimeField(_("enqueued at"), default=timezone.now)
    task_id = models.CharField(_("task id"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")
        ordering = ["-day", "name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "day"], name="reports_scheduled_run_once"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.day.isoformat()}"
