"""Forms of the team pages: a manager's competency assessment, and assigning courses in bulk.

Every choice a form offers is limited to what the user may use (the framework; the staff and
org units they manage, through `training.people.policies`), so a forged value is a form error
("Select a valid choice") and nothing is saved. The services check the permission again.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from django import forms
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from courses.models import CoursePage
from training.competencies.levels import CEFR_ORDER, Skill
from training.competencies.models import Area, Competency
from training.people import policies
from training.people.models import OrgUnit, StaffProfile

NOTE_MAX_LENGTH = 2000


def _level_choices() -> list[tuple[int, str]]:
    # One list for both scales: 1-5 everywhere, 6 only on the CEFR scale (C2).
    choices = []
    for value, cefr in enumerate(CEFR_ORDER, start=1):
        if value <= 5:
            label = _("%(level)s (languages: %(cefr)s)") % {"level": value, "cefr": cefr}
        else:
            label = _("%(level)s (languages only: %(cefr)s)") % {"level": value, "cefr": cefr}
        choices.append((value, label))
    return choices


class AssessmentForm(forms.Form):
    """A manager's assessment of one competency (a language: optionally one skill)."""

    competency = forms.TypedChoiceField(label=gettext_lazy("Competency"), coerce=int)
    skill = forms.ChoiceField(
        label=gettext_lazy("Skill"),
        required=False,
        help_text=gettext_lazy("Languages only; leave empty for the language as a whole."),
    )
    level = forms.TypedChoiceField(
        label=gettext_lazy("Level"),
        coerce=int,
        help_text=gettext_lazy("Levels 1-5; languages on the CEFR scale, 1 = A1 … 6 = C2."),
    )
    note = forms.CharField(
        label=gettext_lazy("What the assessment is based on"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Say what the assessment is based on.")},
    )

    def __init__(self, *args, competencies: Mapping[int, Competency], **kwargs):
        super().__init__(*args, **kwargs)
        self.competencies = dict(competencies)
        groups: dict[str, list[tuple[int, str]]] = {}
        for competency in self.competencies.values():
            groups.setdefault(competency.area, []).append((competency.pk, competency.name))
        areas = dict(Area.choices)
        self.fields["competency"].choices = [("", "—")] + [
            (str(areas.get(area, area)), items) for area, items in groups.items()
        ]
        self.fields["skill"].choices = [("", _("The language as a whole")), *Skill.choices]
        self.fields["level"].choices = [("", "—"), *_level_choices()]

    def clean_note(self) -> str:
        note = self.cleaned_data["note"].strip()
        if not note:
            raise ValidationError(_("Say what the assessment is based on."), code="required")
        return note

    def clean_competency(self) -> Competency:
        competency = self.competencies.get(self.cleaned_data["competency"])
        if competency is None:  # cannot happen past the choices, but never trust it
            raise ValidationError(_("Choose a competency of the framework."), code="invalid")
        return competency

    def clean(self):
        cleaned = super().clean()
        competency = cleaned.get("competency")
        if competency is None:
            return cleaned
        if cleaned.get("skill") and not competency.is_language:
            self.add_error("skill", _("Only a language competency has skills."))
        level = cleaned.get("level")
        if level is not None:
            try:
                competency.validate_level(level)
            except ValidationError as error:
                self.add_error("level", error)
        return cleaned


class StaffChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: StaffProfile) -> str:
        return f"{obj.display_name} · {obj.staff_number} · {obj.org_unit.name}"


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: OrgUnit) -> str:
        return ("— " * max(obj.depth - 1, 0)) + obj.name if obj.depth else obj.name


def live_courses_by_key() -> tuple[dict[uuid.UUID, CoursePage], dict[int, uuid.UUID]]:
    """One live course per translation_key, in the active language where it is translated
    (else its first version), and every live course page's key by pk (one or two queries)."""
    active = Locale.get_active()
    chosen: dict[uuid.UUID, CoursePage] = {}
    keys: dict[int, uuid.UUID] = {}
    for page in CoursePage.objects.live().order_by("pk"):
        keys[page.pk] = page.translation_key
        current = chosen.get(page.translation_key)
        if current is None or (page.locale_id == active.pk and current.locale_id != active.pk):
            chosen[page.translation_key] = page
    return chosen, keys


class AssignForm(forms.Form):
    """Courses for several staff and/or a whole org unit (with everything below it)."""

    courses = forms.MultipleChoiceField(
        label=gettext_lazy("Courses"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Choose at least one course.")},
    )
    staff = StaffChoiceField(
        label=gettext_lazy("Staff"),
        queryset=StaffProfile.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    org_unit = UnitChoiceField(
        label=gettext_lazy("Everyone in an org unit"),
        queryset=OrgUnit.objects.none(),
        required=False,
        empty_label="—",
        help_text=gettext_lazy(
            "Includes the teams below it. Staff who have left are not included."
        ),
    )
    due_date = forms.DateField(
        label=gettext_lazy("Due date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("The staff see it beside the assignment."),
        error_messages={"required": gettext_lazy("Give the reason.")},
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.managed_staff = policies.staff_managed_by(user).active()
        self.fields["staff"].queryset = self.managed_staff.select_related("org_unit").order_by(
            "org_unit__path", "name_latin", "pk"
        )
        self.fields["org_unit"].queryset = (
            policies.org_units_managed_by(user).active().order_by("path")
        )
        self.course_pages, self.course_keys = live_courses_by_key()
        pages = sorted(self.course_pages.values(), key=lambda page: (page.title, page.pk))
        self.fields["courses"].choices = [(str(page.pk), page.title) for page in pages]

    def preselect(self, query) -> None:
        """Pre-select from a link (?staff=<id>&course=<id>, each may repeat). A course id of
        any language version selects the course; values the user may not use are ignored."""
        staff_ids = [int(value) for value in query.getlist("staff") if value.isdigit()]
        if staff_ids:
            self.initial["staff"] = staff_ids
        courses = []
        for value in query.getlist("course"):
            key = self.course_keys.get(int(value)) if value.isdigit() else None
            if key is not None:
                courses.append(str(self.course_pages[key].pk))
        if courses:
            self.initial["courses"] = courses

    def clean_courses(self) -> list[CoursePage]:
        by_pk = {page.pk: page for page in self.course_pages.values()}
        chosen = [by_pk[int(value)] for value in self.cleaned_data["courses"]]
        return list({page.translation_key: page for page in chosen}.values())

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise ValidationError(_("The due date cannot be in the past."), code="past")
        return due

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Give the reason."), code="required")
        return reason

    def clean(self):
        cleaned = super().clean()
        chosen = list(cleaned.get("staff") or [])
        unit = cleaned.get("org_unit")
        if "staff" in self.errors or "org_unit" in self.errors:
            return cleaned
        if not chosen and unit is None:
            raise ValidationError(
                _("Choose the staff, or an org unit to assign everyone in it."), code="required"
            )
        people = {person.pk: person for person in chosen}
        if unit is not None:
            in_unit = self.managed_staff.in_units([unit]).select_related("org_unit")
            for person in in_unit:
                people.setdefault(person.pk, person)
            if not people:
                self.add_error("org_unit", _("Nobody in post works in this unit."))
        cleaned["people"] = sorted(people.values(), key=lambda p: (p.name_latin, p.pk))
        return cleaned
