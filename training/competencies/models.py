"""The competency framework: what staff must be able to do, on which scale.

Only the framework's core lives here so far (competencies and their areas); role requirements and
staff competency records build on it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from training.people.models import BilingualNameMixin, Language, code_validator

from .levels import Scale, max_level


class Area(models.TextChoices):
    LANGUAGES = "languages", _("Foreign languages")
    CULTURAL = "cultural", _("Cross-cultural communication")
    INTERNATIONAL = "international", _("International services")
    TECHNOLOGY = "technology", _("Information technology")
    RESOURCES = "resources", _("Resource management")
    TEAMWORK = "teamwork", _("Teamwork")


class Competency(BilingualNameMixin):
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

    def validate_level(self, level: int) -> None:
        if not 1 <= level <= max_level(self.scale):
            raise ValidationError(
                _("Level %(level)s is not on the scale of %(competency)s.")
                % {"level": level, "competency": self.name}
            )


class Evidence(models.Model):
    """Something that shows a staff member holds a competency at a level: a passed quiz, a
    completed course, a self-assessment or a manager's rating. Append-only; the staff member's
    current level is read from it."""

    class Source(models.TextChoices):
        QUIZ = "quiz", _("Quiz")
        COURSE = "course", _("Course")
        SELF = "self", _("Self-assessment")
        MANAGER = "manager", _("Manager's rating")

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
