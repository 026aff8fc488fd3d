"""What the reports app remembers: which manager digests went, and which scheduled runs were
enqueued. Both are "once" records: a unique row per manager and day, or per job and day, so a
second run (or a second scheduler) on the same day finds the row and does nothing."""

from __future__ import annotations

import re

from django.conf import settings
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


# --- HR: appraisal periods, the training score, exports --------------------------------------


class AppraisalPeriod(models.Model):
    """A span of days HR appraises staff over (a year, a probation, a promotion round); both
    ends included. The register, the summaries, the exports and the API filter by it."""

    class Kind(models.TextChoices):
        ANNUAL = "annual", _("Annual appraisal")
        PROBATION = "probation", _("Probation")
        PROMOTION = "promotion", _("Promotion")
        RENEWAL = "renewal", _("Contract renewal")

    name = models.CharField(_("name"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.ANNUAL)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("appraisal period")
        verbose_name_plural = _("appraisal periods")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="reports_period_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot come before the first day.")})

    @property
    def name_lang(self) -> str:
        """The language HR wrote the name in, as an HTML `lang` (pages mark it, WCAG 3.1.2):
        Chinese when it has more Chinese characters than Latin letters, else English."""
        han = len(_HAN.findall(self.name))
        return "zh-Hans" if han > len(_LATIN.findall(self.name)) else "en"


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


class ScoreWeights(models.Model):
    """HR's weighting of the training score (one row, pk=1; see `summaries.training_score`)."""

    per_hour = models.DecimalField(
        _("points per training hour"), max_digits=6, decimal_places=2, default=2
    )
    per_course = models.DecimalField(
        _("points per course completed"), max_digits=6, decimal_places=2, default=5
    )
    per_certificate = models.DecimalField(
        _("points per valid certificate"), max_digits=6, decimal_places=2, default=3
    )
    per_level = models.DecimalField(
        _("points per competency level gained"), max_digits=6, decimal_places=2, default=4
    )
    quiz_weight = models.DecimalField(
        _("points for a mean quiz score of 100%"), max_digits=6, decimal_places=2, default=20
    )
    per_overdue = models.DecimalField(
        _("points taken off per overdue mandatory course"),
        max_digits=6,
        decimal_places=2,
        default=10,
    )
    maximum = models.DecimalField(_("highest score"), max_digits=6, decimal_places=2, default=100)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("training score weighting")
        verbose_name_plural = _("training score weighting")

    def __str__(self) -> str:
        return str(_("Training score weighting"))

    @classmethod
    def current(cls) -> ScoreWeights:
        """The weighting in force (the defaults until HR changes them; never saved here)."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)


class ReportExport(models.Model):
    """A file HR asked for (register or summaries as CSV / XLSX, a ZIP or a combined PDF of
    summaries), built by the task worker with visible progress. The file reaches storage only
    when complete."""

    class Kind(models.TextChoices):
        REGISTER_CSV = "register_csv", _("Certificate register (CSV)")
        REGISTER_XLSX = "register_xlsx", _("Certificate register (Excel)")
        REGISTER_ZIP = "register_zip", _("Certificate PDFs (ZIP)")
        SUMMARIES_CSV = "summaries_csv", _("Appraisal summaries (CSV)")
        SUMMARIES_XLSX = "summaries_xlsx", _("Appraisal summaries (Excel)")
        SUMMARIES_ZIP = "summaries_zip", _("Appraisal summaries (ZIP of PDFs)")
        UNIT_PDF = "unit_pdf", _("Appraisal summaries of an org unit (one PDF)")

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    filters = models.JSONField(_("filter"), default=dict, blank=True)
    description = models.CharField(_("description"), max_length=255, blank=True)
    language = models.CharField(_("language"), max_length=10, default="zh-hans")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    total = models.PositiveIntegerField(_("rows"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    file = models.FileField(_("file"), upload_to="report-exports/", blank=True)
    error = models.TextField(_("error"), blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # As on CertificateExport: the running job's sign of life, and its runs (a run the
    # recovery sweep gave up on cannot overwrite a newer one).
    heartbeat_at = models.DateTimeField(_("last progress at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("times started"), default=0)

    class Meta:
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_kind_display()}"

    @property
    def percent(self) -> int:
        if self.state == self.State.DONE:
            return 100
        return int(self.done * 100 / self.total) if self.total else 0


# --- the evaluation system's feed: API tokens and webhooks -------------------------------------


class ApiToken(models.Model):
    """A bearer token for `/api/v1/`. Only its SHA-256 is stored; the token itself is shown
    once, when HR creates it. It carries scopes, expires, and can be revoked."""

    class Scope(models.TextChoices):
        STAFF = "staff:read", _("Read staff")
        CERTIFICATES = "certificates:read", _("Read certificates")
        SUMMARIES = "summaries:read", _("Read appraisal summaries")

    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=16, unique=True)
    key_hash = models.CharField(_("SHA-256 of the token"), max_length=64, unique=True)
    scopes = models.JSONField(_("scopes"), default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def is_usable(self, now=None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now


class WebhookEndpoint(models.Model):
    """A URL of the evaluation system that hears about certificates, with the shared secret the
    bodies are signed with (HMAC-SHA256 over "<timestamp>.<body>")."""

    class Event(models.TextChoices):
        ISSUED = "certificate.issued", _("Certificate issued")
        REVOKED = "certificate.revoked", _("Certificate revoked")
        EXPIRED = "certificate.expired", _("Certificate expired")

    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(_("URL"), max_length=500)
    secret = models.CharField(_("signing secret"), max_length=128)
    events = models.JSONField(_("events"), default=list)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class WebhookDelivery(models.Model):
    """One event for one endpoint: the exact body sent, every attempt's outcome, and when the
    next attempt is due. One row per endpoint, event and certificate (the event id), so an
    event is never sent twice as two deliveries."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        RETRYING = "retrying", _("Retrying")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Gave up")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("endpoint"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(_("event"), max_length=40, choices=WebhookEndpoint.Event.choices)
    event_id = models.UUIDField(_("event id"))
    certificate_code = models.CharField(_("certificate"), max_length=20, blank=True)
    body = models.TextField(_("body"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_status = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["endpoint", "event_id"], name="reports_webhook_event_once"
            ),
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="reports_hook_due_idx")]

    def __str__(self) -> str:
        return f"{self.event} {self.certificate_code} → {self.endpoint_id}"
