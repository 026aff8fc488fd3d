"""Forms of the learner's pages: the CEFR self-assessment of a language."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from training.competencies.levels import CEFR_ORDER, CEFRLevel, Scale, Skill
from training.competencies.models import Competency

# The CEFR global scale in a sentence per level (after the Council of Europe's descriptors):
# the help a learner reads before choosing a level.
CEFR_DESCRIPTORS = (
    (
        CEFRLevel.A1,
        _(
            "Can understand and use familiar everyday expressions and very basic phrases, "
            "if the other person speaks slowly and clearly."
        ),
    ),
    (
        CEFRLevel.A2,
        _(
            "Can handle simple, routine exchanges on familiar matters and understand "
            "frequently used expressions."
        ),
    ),
    (
        CEFRLevel.B1,
        _(
            "Can deal with most everyday situations, understand the main points of clear "
            "speech and text, and briefly explain opinions and plans."
        ),
    ),
    (
        CEFRLevel.B2,
        _(
            "Can talk with a native speaker fluently enough that neither finds it a strain, "
            "and explain a point of view on a topic in detail."
        ),
    ),
    (
        CEFRLevel.C1,
        _(
            "Can express ideas fluently and spontaneously, and use the language flexibly for "
            "social, academic and professional purposes."
        ),
    ),
    (
        CEFRLevel.C2,
        _(
            "Can understand virtually everything heard or read with ease, and express "
            "themselves precisely, even on complex matters."
        ),
    ),
)

SKILL_HELP = {
    Skill.LISTENING: _("Understanding what you hear, such as a patron's question at the desk."),
    Skill.READING: _("Understanding what you read, such as an e-mail or a request form."),
    Skill.INTERACTION: _("Taking part in a conversation, such as a reference interview."),
    Skill.PRODUCTION: _("Speaking on your own, such as explaining a library service."),
    Skill.WRITING: _("Writing e-mails, notices and replies."),
}

LEVEL_CHOICES = [(rank, CEFRLevel(code).label) for rank, code in enumerate(CEFR_ORDER, start=1)]


class LanguageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Competency) -> str:
        return obj.name


class SelfAssessmentForm(forms.Form):
    """A language competency and a CEFR level (1 = A1 ... 6 = C2) for each of the five skills.

    Anything else (an unknown competency, one that is not a language, a level off the scale, a
    skill left out) is a form error, so nothing reaches the service.
    """

    competency = LanguageChoiceField(
        label=_("Language"),
        queryset=Competency.objects.none(),
        empty_label=_("Choose a language"),
        error_messages={
            "invalid_choice": _("Choose one of the languages in the list."),
            "required": _("Choose the language you are assessing."),
        },
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["competency"].queryset = Competency.objects.filter(
            scale=Scale.CEFR
        ).select_related("language")
        for skill in Skill:
            self.fields[skill.value] = forms.TypedChoiceField(
                label=skill.label,
                choices=[("", _("Choose a level")), *LEVEL_CHOICES],
                coerce=int,
                help_text=SKILL_HELP[skill],
                error_messages={
                    "invalid_choice": _("Choose a level from A1 to C2."),
                    "required": _("Choose a level for this skill."),
                },
            )

    @property
    def language_choices(self) -> list[tuple]:
        """The competency field's options in one query (a template loop, or list() on the
        choices themselves, would also count them)."""
        return list(iter(self.fields["competency"].choices))

    @property
    def skill_fields(self) -> list[forms.BoundField]:
        return [self[skill.value] for skill in Skill]

    def levels(self) -> dict[str, int]:
        """{skill: level} of a valid form."""
        return {skill.value: self.cleaned_data[skill.value] for skill in Skill}
