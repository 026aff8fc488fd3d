"""The staff directory: the library's org tree, job roles, staff profiles and the audit log.

Everything here is the bottom layer: it imports nothing from the other Meridian apps.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

code_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$",
    _("Use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit."),
)


class BilingualNameMixin(models.Model):
    """A name in Chinese and in English; `name` gives the one for the active language."""

    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = get_language() or settings.LANGUAGE_CODE
        if language.startswith("zh"):
            return self.name_zh or self.name_en
        return self.name_en or self.name_zh


class OrgUnitQuerySet(models.QuerySet):
    def subtree_of(self, units) -> OrgUnitQuerySet:
        """Units at or below any of `units` (a materialised-path prefix match per unit)."""
        condition = models.Q(pk__in=[])
        for unit in units:
            condition |= models.Q(path__startswith=unit.path)
        return self.filter(condition)

    def active(self) -> OrgUnitQuerySet:
        return self.filter(is_active=True)


class OrgUnit(BilingualNameMixin):
    """A unit of the library's organisation: the library, its departments and their teams.

    `path` is a materialised path of primary keys ("/1/4/9/") kept by the services, so that
    "this unit and everything under it" is one indexed prefix query on every database.
    """

    class Kind(models.TextChoices):
        LIBRARY = "library", _("Library")
        DEPARTMENT = "department", _("Department")
        TEAM = "team", _("Team")

    code = models.CharField(_("code"), max_length=40, unique=True, validators=[code_validator])
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")
    depth = models.PositiveSmallIntegerField(editable=False, default=0)
    is_active = models.BooleanField(_("active"), default=True)

    objects = OrgUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("org unit")
        verbose_name_plural = _("org units")
        ordering = ["path"]

    # Which kinds may sit under which: library > department > team.
    ALLOWED_PARENT_KIND = {
        Kind.LIBRARY: None,
        Kind.DEPARTMENT: Kind.LIBRARY,
        Kind.TEAM: Kind.DEPARTMENT,
    }

    def clean(self) -> None:
        expected = self.ALLOWED_PARENT_KIND.get(self.kind)
        if expected is None and self.parent_id is not None:
            raise ValidationError(
                {"parent": _("A library is the top of the tree; it has no parent.")}
            )
        if expected is not None:
            if self.parent is None:
                raise ValidationError({"parent": _("This kind of unit needs a parent unit.")})
            if self.parent.kind != expected:
                raise ValidationError(
                    {
                        "parent": _("A %(kind)s must sit under a %(parent_kind)s.")
                        % {
                            "kind": self.get_kind_display().lower(),
                            "parent_kind": self.Kind(expected).label.lower(),
                        }
                    }
                )
            if self.pk and self.parent.path.startswith(self.path or "\0"):
                raise ValidationError({"parent": _("A unit cannot be moved under itself.")})

    def is_within(self, other: OrgUnit) -> bool:
        return bool(self.path) and self.path.startswith(other.path)


class Language(BilingualNameMixin):
    """A language a staff member may speak, identified by its ISO 639-1 code."""

    code = models.CharField(_("code"), max_length=10, unique=True)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["code"]


class JobRole(BilingualNameMixin):
    """A job role such as Circulation Desk Assistant; competency requirements hang on it later."""

    code = models.CharField(_("code"), max_length=40, unique=True, validators=[code_validator])
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("job role")
        verbose_name_plural = _("job roles")
        ordering = ["code"]


class StaffProfileQuerySet(models.QuerySet):
    def with_directory_data(self) -> StaffProfileQuerySet:
        """Everything a staff listing shows, in a fixed number of queries."""
        return self.select_related("user", "org_unit", "job_role").prefetch_related(
            "languages", "managed_units"
        )

    def active(self) -> StaffProfileQuerySet:
        return self.filter(is_active=True)

    def in_units(self, units) -> StaffProfileQuerySet:
        return self.filter(org_unit__in=OrgUnit.objects.subtree_of(units))


# The languages Meridian writes e-mail in, each named in itself (as a language switch shows it).
PREFERRED_LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]


class StaffProfile(models.Model):
    """A member of staff: the person behind a user account, placed in the org tree."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.PROTECT,
        related_name="staff_profile",
    )
    staff_number = models.CharField(
        _("staff number"), max_length=40, unique=True, validators=[code_validator]
    )
    name_zh = models.CharField(_("name (Chinese)"), max_length=100)
    name_latin = models.CharField(
        _("name (Latin letters)"), max_length=150, help_text=_("As in the passport, e.g. ZHANG Zhe")
    )
    job_role = models.ForeignKey(
        JobRole,
        verbose_name=_("job role"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
    )
    org_unit = models.ForeignKey(
        OrgUnit, verbose_name=_("org unit"), on_delete=models.PROTECT, related_name="staff"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages spoken"), blank=True, related_name="speakers"
    )
    managed_units = models.ManyToManyField(
        OrgUnit,
        verbose_name=_("manages"),
        blank=True,
        related_name="managers",
        help_text=_("Org units this person manages, with everything below them."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    left_on = models.DateField(
        _("left on"),
        null=True,
        blank=True,
        help_text=_(
            "The last working day of someone who left; the retention period counts from it."
        ),
    )
    erased_at = models.DateTimeField(
        _("training record removed at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the retention rule removed this person's training record."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=PREFERRED_LANGUAGES,
        default="zh-hans",
        help_text=_("The language of the e-mails Meridian sends this person (reminders, digests)."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StaffProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff")
        ordering = ["org_unit__path", "name_latin"]
        indexes = [models.Index(Lower("name_latin"), name="people_staff_name_latin_lower")]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """Both scripts when both are known, the reader's first: '张喆 (ZHANG Zhe)' in Chinese,
        'ZHANG Zhe (张喆)' in English."""
        if self.name_zh and self.name_latin:
            if (get_language() or "").startswith("en"):
                return f"{self.name_latin} ({self.name_zh})"
            return f"{self.name_zh} ({self.name_latin})"
        return self.name_zh or self.name_latin


class AuditEntry(models.Model):
    """An append-only record of a write that matters: who did what to which object, and when."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(max_length=80, db_index=True)
    target_type = models.CharField(max_length=80, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    summary = models.CharField(max_length=255, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.summary}"
