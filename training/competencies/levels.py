"""Level scales: CEFR (A1-C2) for languages, 1-5 for everything else.

Levels are stored as small integers (1-6 on the CEFR scale, 1-5 on the five-level scale) so that
"meets the requirement" is a plain comparison on both scales.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Scale(models.TextChoices):
    CEFR = "cefr", _("CEFR (A1-C2)")
    FIVE = "five", _("Levels 1-5")


class CEFRLevel(models.TextChoices):
    A1 = "A1", _("A1 Beginner")
    A2 = "A2", _("A2 Elementary")
    B1 = "B1", _("B1 Intermediate")
    B2 = "B2", _("B2 Upper intermediate")
    C1 = "C1", _("C1 Advanced")
    C2 = "C2", _("C2 Proficient")


CEFR_ORDER = [level.value for level in CEFRLevel]


def cefr_rank(level: str) -> int:
    """1 for A1 ... 6 for C2; ValueError for anything else."""
    return CEFR_ORDER.index(level) + 1


def level_label(scale: str, value: int) -> str:
    """'B1' on the CEFR scale, '3' on the five-level scale."""
    if scale == Scale.CEFR:
        return CEFR_ORDER[value - 1]
    return str(value)


def max_level(scale: str) -> int:
    return len(CEFR_ORDER) if scale == Scale.CEFR else 5


class Skill(models.TextChoices):
    """The five CEFR skills a language competency is measured in (the Europass self-assessment
    grid). Evidence and requirements without a skill speak of the language as a whole."""

    LISTENING = "listening", _("Listening")
    READING = "reading", _("Reading")
    INTERACTION = "interaction", _("Spoken interaction")
    PRODUCTION = "production", _("Spoken production")
    WRITING = "writing", _("Writing")


SKILLS = tuple(skill.value for skill in Skill)
