"""Certificates: what was issued to whom, for which completion, and what became of it since.

An issued certificate is never edited or deleted. Everything it prints is copied into it when it
is issued (the holder's names, the course title in the language completed, levels, hours, the
template's wording), so re-rendering it years later gives the same document even if the person,
the course or the template changed. What happens to it afterwards lives in other rows:

- a `CertificateRevocation` (HR, with a reason; audited) makes it revoked;
- a re-issued certificate points at the one it replaces (`supersedes`), which makes that one
  superseded;
- its expiry date passing makes it expired.

The status is computed from those (`Certificate.status_on(day)`), never stored. The only field
written after issuing is the stored PDF (`pdf`, `pdf_sha256`): rendering is a background task.
"""

from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PreviewableMixin

from courses.models import CoursePage
from training.people.models import StaffProfile
from training.progress.models import Enrolment

# Verification codes: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V
# pairs are kept apart by dropping U), about 78 bits from `secrets`, printed in groups of four.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 16
CODE_GROUP = 4


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """'ABCD2345EFGH6789' -> 'ABCD-2345-EFGH-6789'."""
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def normalise_code(text: str) -> str | None:
    """A code as typed or scanned (any case, spaces or dashes) -> stored form, or None."""
    code = "".join(ch for ch in str(text)[:64] if ch not in " -\u2010\u2011\u2013\u00a0").upper()
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


class Layout(models.TextChoices):
    CLASSIC = "classic", _("Classic (border and seal)")
    MODERN = "modern", _("Modern (accent band)")


hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour such as #7a1f2b."))


class CertificateTemplate(PreviewableMixin, ClusterableModel):
    """The look and wording of a certificate, edited by training editors (with a live preview).

    Every text is plain text: it is escaped when rendered, never read as HTML or CSS. The layout
    is one of the project's own stylesheets; editors choose it and an accent colour.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used for every course that has not chosen a template."),
    )
    layout = models.CharField(
        _("layout"), max_length=20, choices=Layout.choices, default=Layout.CLASSIC
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#8a1c2b", validators=[hex_colour]
    )
    title_zh = models.CharField(_("title (Chinese)"), max_length=60, default="结业证书")
    title_en = models.CharField(
        _("title (English)"), max_length=80, default="Certificate of Completion"
    )
    statement_zh = models.CharField(
        _("statement (Chinese)"),
        max_length=200,
        default="兹证明以上人员已完成下列培训课程，考核合格，特发此证。",
    )
    statement_en = models.CharField(
        _("statement (English)"),
        max_length=300,
        default="has successfully completed the training course below and its assessment.",
    )
    issuer_zh = models.CharField(
        _("issuing library (Chinese)"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty for the library's name from the site settings."),
    )
    issuer_en = models.CharField(_("issuing library (English)"), max_length=160, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_name_zh = models.CharField(_("signatory (Chinese)"), max_length=60, blank=True)
    signatory_name_en = models.CharField(_("signatory (English)"), max_length=100, blank=True)
    signatory_title_zh = models.CharField(
        _("signatory's title (Chinese)"), max_length=80, blank=True
    )
    signatory_title_en = models.CharField(
        _("signatory's title (English)"), max_length=120, blank=True
    )
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    footer_zh = models.CharField(_("footer (Chinese)"), max_length=200, blank=True)
    footer_en = models.CharField(_("footer (English)"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel(
            [FieldPanel("layout"), FieldPanel("accent_colour"), FieldPanel("is_default")]
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("title_zh"), FieldPanel("title_en")]),
                FieldRowPanel([FieldPanel("statement_zh"), FieldPanel("statement_en")]),
                FieldRowPanel([FieldPanel("issuer_zh"), FieldPanel("issuer_en")]),
                FieldRowPanel([FieldPanel("footer_zh"), FieldPanel("footer_en")]),
            ],
            heading=_("Wording"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldRowPanel([FieldPanel("signatory_name_zh"), FieldPanel("signatory_name_en")]),
                FieldRowPanel([FieldPanel("signatory_title_zh"), FieldPanel("signatory_title_en")]),
                FieldPanel("signature"),
            ],
            heading=_("Logo and signature"),
        ),
        InlinePanel("courses", label=_("Courses that use this template")),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="certificates_one_default_template",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    # Live preview in the admin: the PDF as it will print, and the HTML it is made from.
    preview_modes = [("", _("PDF")), ("html", _("HTML"))]

    def serve_preview(self, request, mode_name):
        from .preview import template_preview_response  # rendering imports this module

        return template_preview_response(self, mode_name, request)

    def design(self) -> dict:
        """The wording and look a certificate copies when it is issued."""
        library = settings.MERIDIAN_LIBRARY_NAME
        return {
            "template_id": self.pk,
            "layout": self.layout,
            "accent_colour": self.accent_colour,
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "statement_zh": self.statement_zh,
            "statement_en": self.statement_en,
            "issuer_zh": self.issuer_zh or library["zh-hans"],
            "issuer_en": self.issuer_en or library["en"],
            "logo_id": self.logo_id,
            "signatory_name_zh": self.signatory_name_zh,
            "signatory_name_en": self.signatory_name_en,
            "signatory_title_zh": self.signatory_title_zh,
            "signatory_title_en": self.signatory_title_en,
            "signature_id": self.signature_id,
            "footer_zh": self.footer_zh,
            "footer_en": self.footer_en,
        }


class CertificateTemplateCourse(Orderable):
    """A course (all its translations) that prints its certificates with a template."""

    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="courses")
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("course using the template")
        constraints = [
            models.UniqueConstraint(fields=["course"], name="certificates_one_template_per_course")
        ]


class Status(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


class CertificateQuerySet(models.QuerySet):
    def with_status_data(self) -> CertificateQuerySet:
        """Everything `status_on` and a listing need, in a fixed number of queries."""
        return self.select_related("staff", "revocation", "superseded_by", "course")

    def current(self) -> CertificateQuerySet:
        """Neither revoked nor superseded (may be expired)."""
        return self.filter(revocation__isnull=True, superseded_by__isnull=True)

    def valid_on(self, day: dt.date) -> CertificateQuerySet:
        return self.current().filter(Q(expires_on__isnull=True) | Q(expires_on__gte=day))

    def with_status(self, status: str, day: dt.date) -> CertificateQuerySet:
        if status == Status.REVOKED:
            return self.filter(revocation__isnull=False)
        if status == Status.SUPERSEDED:
            return self.filter(revocation__isnull=True, superseded_by__isnull=False)
        if status == Status.EXPIRED:
            return self.current().filter(expires_on__lt=day)
        if status == Status.VALID:
            return self.valid_on(day)
        return self.none()


class ImmutableCertificate(Exception):
    """An issued certificate was about to be changed or deleted."""


class Certificate(models.Model):
    """One certificate for one completion of a course (by one staff member, in one round)."""

    # Fields written after issuing: the stored PDF, by the rendering task.
    MUTABLE_FIELDS = frozenset({"pdf", "pdf_sha256", "pdf_rendered_at"})

    code = models.CharField(_("verification code"), max_length=CODE_LENGTH, unique=True)
    staff = models.ForeignKey(
        StaffProfile,
        verbose_name=_("holder"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    round = models.PositiveSmallIntegerField(
        _("round"),
        default=1,
        help_text=_("Which completion of the course this is: 2 after a first recertification."),
    )
    supersedes = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
    )
    course_key = models.UUIDField(_("course key"))
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The language version of the course that was completed."),
    )
    course_revision_id = models.PositiveIntegerField(
        _("course version"), null=True, blank=True, help_text=_("The course page's live revision.")
    )
    locale = models.CharField(_("language completed"), max_length=20)
    holder_name_zh = models.CharField(_("holder's name (Chinese)"), max_length=100, blank=True)
    holder_name_latin = models.CharField(_("holder's name (Latin letters)"), max_length=150)
    staff_number = models.CharField(_("staff number"), max_length=40)
    course_title = models.CharField(_("course title"), max_length=255)
    course_title_zh = models.CharField(_("course title (Chinese)"), max_length=255, blank=True)
    course_title_en = models.CharField(_("course title (English)"), max_length=255, blank=True)
    level = models.CharField(_("level"), max_length=20, blank=True)
    competencies = models.JSONField(
        _("competency levels"),
        default=list,
        blank=True,
        help_text=_("The competency levels the course evidences, as issued."),
    )
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    completed_at = models.DateTimeField(_("completed at"))
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    design = models.JSONField(_("wording and look, as issued"), default=dict)
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/%m/", blank=True)
    pdf_sha256 = models.CharField(_("PDF checksum (SHA-256)"), max_length=64, blank=True)
    pdf_rendered_at = models.DateTimeField(_("PDF rendered at"), null=True, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # One certificate per completion; a re-issue replaces one (`supersedes`) instead.
            models.UniqueConstraint(
                fields=["enrolment", "round"],
                condition=Q(supersedes__isnull=True),
                name="certificates_one_per_completion",
            ),
        ]
        indexes = [
            models.Index(fields=["issued_at"], name="certificates_issued_idx"),
            models.Index(fields=["expires_on"], name="certificates_expires_idx"),
            models.Index(fields=["course_key", "issued_at"], name="certificates_course_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.formatted_code} {self.holder_name_latin}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            update_fields = kwargs.get("update_fields")
            if update_fields is None or not set(update_fields) <= self.MUTABLE_FIELDS:
                raise ImmutableCertificate("An issued certificate is never edited.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableCertificate("An issued certificate is never deleted; revoke it instead.")

    @property
    def formatted_code(self) -> str:
        return format_code(self.code)

    @property
    def holder_name(self) -> str:
        if self.holder_name_zh and self.holder_name_latin:
            return f"{self.holder_name_zh} ({self.holder_name_latin})"
        return self.holder_name_zh or self.holder_name_latin

    @property
    def title(self) -> str:
        """The course title in the active language when it exists, else as completed."""
        language = get_language() or settings.LANGUAGE_CODE
        localised = self.course_title_zh if language.startswith("zh") else self.course_title_en
        return localised or self.course_title

    def revocation_or_none(self) -> CertificateRevocation | None:
        try:
            return self.revocation
        except CertificateRevocation.DoesNotExist:
            return None

    def successor_or_none(self) -> Certificate | None:
        try:
            return self.superseded_by
        except Certificate.DoesNotExist:
            return None

    def status_on(self, day: dt.date | None = None) -> Status:
        day = day or timezone.localdate()
        if self.revocation_or_none() is not None:
            return Status.REVOKED
        if self.successor_or_none() is not None:
            return Status.SUPERSEDED
        if self.expires_on is not None and self.expires_on < day:
            return Status.EXPIRED
        return Status.VALID

    @property
    def status(self) -> Status:
        return self.status_on()


class CertificateRevocation(models.Model):
    """HR withdrew a certificate, with a reason. One per certificate; never undone."""

    certificate = models.OneToOneField(
        Certificate,
        verbose_name=_("certificate"),
        on_delete=models.PROTECT,
        related_name="revocation",
    )
    revoked_at = models.DateTimeField(_("revoked at"), default=timezone.now)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), max_length=1000)

    class Meta:
        verbose_name = _("revocation")
        verbose_name_plural = _("revocations")

    def __str__(self) -> str:
        return f"{self.certificate_id} revoked {self.revoked_at:%Y-%m-%d}"

    def clean(self) -> None:
        if not self.reason.strip():
            raise ValidationError({"reason": _("Give the reason for the revocation.")})


class ExpiryReminder(models.Model):
    """A reminder sent to the holder that a certificate expires in `days_before` days; once per
    certificate and stage."""

    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("certificate"),
        on_delete=models.PROTECT,
        related_name="expiry_reminders",
    )
    days_before = models.PositiveSmallIntegerField(_("days before expiry"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("expiry reminder")
        verbose_name_plural = _("expiry reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "days_before"], name="certificates_reminder_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.certificate_id} -{self.days_before}d"


class CertificateExport(models.Model):
    """A ZIP of certificate PDFs for a filter, built in the background with visible progress."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

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
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    total = models.PositiveIntegerField(_("certificates"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    file = models.FileField(_("file"), upload_to="certificate-exports/", blank=True)
    error = models.TextField(_("error"), blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # The running job writes its heartbeat at the start and after every batch; a job whose
    # heartbeat stopped (its worker was killed) is queued again by `certificate_exports_recover`.
    # `attempts` counts the runs, so a run that was given up on cannot overwrite a newer one.
    heartbeat_at = models.DateTimeField(_("last progress at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("times started"), default=0)

    class Meta:
        verbose_name = _("certificate export")
        verbose_name_plural = _("certificate exports")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.description}"

    @property
    def percent(self) -> int:
        if self.state == self.State.DONE:
            return 100
        return int(self.done * 100 / self.total) if self.total else 0
