"""The competency framework and the staff competency record.

- `Competency`: what staff must be able to do, in an area, on a scale (CEFR A1-C2 for a language,
  measured in five skills; levels 1-5 elsewhere, each level with a `LevelDescriptor`).
- `RoleRequirement`: the level a job role needs (for a language: in one skill or in all).
- `Evidence`: append-only facts a level is computed from (see `rules.py`). Evidence stops counting
  when it expires (a certificate's expiry) or is withdrawn (a revoked certificate).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from training.people.models import BilingualNameMixin, JobRole, Language, code_validator

from .levels import Scale, Skill, level_label, max_level


class Area(models.TextChoices):
    LANGUAGES = "languages", _("Foreign languages")
    CULTURAL = "cultural", _("Cross-cultural communication")
    INTERNATIONAL = "international", _("International services")
    TECHNOLOGY = "technology", _("Information technology")
    RESOURCES = "resources", _("Resource management")
    TEAMWORK = "teamwork", _("Teamwork")


class Competency(BilingualNameMixin, ClusterableModel):
    code = models.CharField(_("code"), max_length=40, unique=True, validators=[code_validator])
    area = models.CharField(_("area"), max_length=20, choices=Area.choices)
    scale = models.CharField(_("scale"), max_length=10, choices=Scale.choices, default=Scale.FIVE)
    language = models.ForeignKey(
        Language,
        verbose_name=_("language"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("For a language competency: the language it measures."),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        ordering = ["area", "code"]

    def clean(self) -> None:
        if self.scale == Scale.CEFR and self.language_id is None:
            raise ValidationError({"language": _("A CEFR competency needs its language.")})
        if self.scale != Scale.CEFR and self.language_id is not None:
            raise ValidationError(
                {"language": _("Only a competency on the CEFR scale measures a language.")}
            )

    @property
    def is_language(self) -> bool:
        return self.scale == Scale.CEFR

    def level_label(self, level: int | None) -> str:
        return level_label(self.scale, level) if level else ""

    def validate_level(self, level: int) -> None:
        if not 1 <= level <= max_level(self.scale):
            raise ValidationError(
                _("Level %(level)s is not on the scale of %(competency)s.")
                % {"level": level, "competency": self.name}
            )


class LevelDescriptor(models.Model):
    """What a level of a five-level competency means, in both languages."""

    competency = ParentalKey(
        Competency,
        verbose_name=_("competency"),
        on_delete=models.CASCADE,
        related_name="descriptors",
    )
    level = models.PositiveSmallIntegerField(_("level"))
    text_zh = models.TextField(_("descriptor (Chinese)"))
    text_en = models.TextField(_("descriptor (English)"))

    class Meta:
        verbose_name = _("level descriptor")
        verbose_name_plural = _("level descriptors")
        ordering = ["competency", "level"]
        constraints = [
            models.UniqueConstraint(
                fields=["competency", "level"], name="competencies_descriptor_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.competency_id} · {self.level}"

    def clean(self) -> None:
        if self.competency_id is not None and self.level:
            self.competency.validate_level(self.level)


class RoleRequirement(models.Model):
    """A job role needs this competency at this level (a language: in one skill, or in all)."""

    job_role = models.ForeignKey(
        JobRole,
        verbose_name=_("job role"),
        on_delete=models.CASCADE,
        related_name="competency_requirements",
    )
    competency = models.ForeignKey(
        Competency,
        verbose_name=_("competency"),
        on_delete=models.PROTECT,
        related_name="requirements",
    )
    skill = models.CharField(
        _("skill"),
        max_length=12,
        choices=Skill.choices,
        blank=True,
        help_text=_("Languages only: the skill required; leave empty for all five skills."),
    )
    level = models.PositiveSmallIntegerField(_("required level"))

    class Meta:
        verbose_name = _("role requirement")
        verbose_name_plural = _("role requirements")
        ordering = ["job_role", "competency__area", "competency__code", "skill"]
        constraints = [
            models.UniqueConstraint(
                fields=["job_role", "competency", "skill"], name="competencies_requirement_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.job_role_id} · {self.competency_id} ≥ {self.level}"

    def clean(self) -> None:
        if self.competency_id is None:
            return
        if self.level:
            self.competency.validate_level(self.level)
        if self.skill and not self.competency.is_language:
            raise ValidationError({"skill": _("Only a language competency has skills.")})

    @property
    def level_label(self) -> str:
        return self.competency.level_label(self.level)


class EvidenceQuerySet(models.QuerySet):
    def verified(self) -> EvidenceQuerySet:
        """Everything but self-assessments: the evidence a level is computed from."""
        return self.exclude(source=Evidence.Source.SELF)

    def in_force(self, day) -> EvidenceQuerySet:
        """Evidence that counts on `day`: not withdrawn, not expired (see rules.in_force).

        "Recorded on or before `day`" is "before the next local midnight": a plain comparison
        an index can use (a `__date` lookup is a function call per row, on SQLite in Python).
        """
        next_midnight = timezone.make_aware(
            dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min)
        )
        return self.filter(
            Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=next_midnight),
            Q(expires_on__isnull=True) | Q(expires_on__gte=day),
            recorded_at__lt=next_midnight,
        )


class Evidence(models.Model):
    """Something that shows a staff member holds a competency at a level: a passed quiz, a
    completed course, a self-assessment or a manager's rating. Append-only; the staff member's
    current level is read from it."""

    class Source(models.TextChoices):
        QUIZ = "quiz", _("Quiz passed")
        COURSE = "course", _("Course completed (certificate)")
        SELF = "self", _("Self-assessment")
        MANAGER = "manager", _("Manager's assessment")

    staff = models.ForeignKey(
        "people.StaffProfile",
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="competency_evidence",
    )
    competency = models.ForeignKey(
        Competency, verbose_name=_("competency"), on_delete=models.PROTECT, related_name="evidence"
    )
    level = models.PositiveSmallIntegerField(_("level"))
    skill = models.CharField(
        _("skill"),
        max_length=12,
        choices=Skill.choices,
        blank=True,
        help_text=_("Languages only: the skill shown; empty for the language as a whole."),
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    source_ref = models.CharField(
        _("source reference"),
        max_length=64,
        help_text=_('What it comes from, e.g. "attempt:12".'),
    )
    score_percent = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    recorded_at = models.DateTimeField(_("recorded at"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)
    expires_on = models.DateField(
        _("counts until"), null=True, blank=True, help_text=_("The last day it counts.")
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_reason = models.CharField(_("withdrawn because"), max_length=200, blank=True)

    objects = EvidenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("competency evidence")
        verbose_name_plural = _("competency evidence")
        ordering = ["-recorded_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["staff", "competency", "source", "source_ref"],
                name="competencies_evidence_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.staff_id} · {self.competency_id} · {self.level}"
