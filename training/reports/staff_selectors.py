"""Reads for the manager's staff page (/team/staff/<pk>/): everything about one person.

`staff_page` gathers the page in a fixed number of queries whatever the person's history: the
competency profile (training.progress.recommendations), the evidence history, courses and open
assignments (training.progress.selectors.dashboard), best quiz results and certificates. Every
level shown comes from the one level rule (training.competencies.rules) through the profile, so
this page, the team dashboard and the learner's own page never disagree.

Who may see whom is not decided here: `visible_staff` asks `policies.staff_visible_to`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from assessments.models import Attempt, QuizPage
from courses.models import CoursePage
from training.certificates.selectors import HolderEntry, holder_certificates
from training.competencies import rules
from training.competencies.levels import SKILLS, Skill, level_label, max_level
from training.competencies.models import Competency, Evidence
from training.competencies.selectors import evidence_history
from training.people import policies
from training.people.models import OrgUnit, StaffProfile
from training.people.selectors import unit_ancestors
from training.progress import completion
from training.progress.models import Assignment, Enrolment
from training.progress.recommendations import CompetencyProfile, competency_profile

# What a status says in words (colour is never the only signal) and the symbol beside it.
STATUS_SYMBOLS = {
    rules.Status.MEETS: "✓",
    rules.Status.BELOW: "▼",
    rules.Status.MISSING: "✗",
    rules.Status.NOT_REQUIRED: "–",
}


def status_text(status: rules.Status) -> str:
    return {
        rules.Status.MEETS: _("Meets the requirement"),
        rules.Status.BELOW: _("Below the requirement"),
        rules.Status.MISSING: _("No evidence yet"),
        rules.Status.NOT_REQUIRED: _("Not required by the role"),
    }[rules.Status(status)]


def skill_label(skill: str) -> str:
    return str(Skill(skill).label) if skill else ""


def visible_staff(*, user: User | AnonymousUser, pk: int) -> StaffProfile:
    """One staff member `user` may see, with unit, role and languages; DoesNotExist otherwise
    (another department's id and an id that does not exist look the same: callers answer 404)."""
    return policies.staff_visible_to(user).with_directory_data().get(pk=pk)


# --- the competency table and radar -------------------------------------------------------------


@dataclass(frozen=True)
class SkillRow:
    """One skill of a language: required, verified and self-assessed level."""

    skill: str
    required: int | None
    current: int | None
    self_assessed: int | None
    status: rules.Status
    scale: str

    @property
    def label(self) -> str:
        return skill_label(self.skill)

    @property
    def required_label(self) -> str:
        return level_label(self.scale, self.required) if self.required else ""

    @property
    def current_label(self) -> str:
        return level_label(self.scale, self.current) if self.current else ""

    @property
    def self_assessed_label(self) -> str:
        return level_label(self.scale, self.self_assessed) if self.self_assessed else ""

    @property
    def status_text(self) -> str:
        return status_text(self.status)

    @property
    def symbol(self) -> str:
        return STATUS_SYMBOLS[self.status]


@dataclass(frozen=True)
class CompetencyRow:
    """One line of the competency table and one spoke of the radar: a requirement of the role
    (a language may be required in one skill), or a competency with evidence the role does not
    require."""

    competency: Competency
    skill: str
    required: int | None
    current: int | None
    status: rules.Status
    self_assessed: int | None = None

    @property
    def label(self) -> str:
        if self.skill:
            return f"{self.competency.name} · {skill_label(self.skill)}"
        return self.competency.name

    @property
    def scale_max(self) -> int:
        return max_level(self.competency.scale)

    @property
    def required_label(self) -> str:
        return self.competency.level_label(self.required)

    @property
    def current_label(self) -> str:
        return self.competency.level_label(self.current)

    @property
    def self_assessed_label(self) -> str:
        return self.competency.level_label(self.self_assessed)

    @property
    def status_text(self) -> str:
        return status_text(self.status)

    @property
    def symbol(self) -> str:
        return STATUS_SYMBOLS[self.status]

    def normalised(self, level: int | None) -> float | None:
        """A level as a share of its scale (CEFR 1-6, others 1-5), 0-100, for the radar."""
        if level is None:
            return None
        return round(100 * level / self.scale_max, 1)


@dataclass(frozen=True)
class LanguageSkills:
    competency: Competency
    rows: list[SkillRow]


def _self_assessed(level: rules.Level | None, skill: str) -> int | None:
    """The self-assessed level in a skill, or (no skill) of the whole language: its weakest
    skill when all five were given, else an overall self-assessment if there is one."""
    if level is None or not level.self_assessed:
        return None
    given = level.self_assessed
    if skill:
        return given.get(skill, given.get(""))
    per_skill = [given.get(name, given.get("")) for name in SKILLS]
    if all(value is not None for value in per_skill):
        return min(per_skill)
    return given.get("")


def competency_rows(profile: CompetencyProfile) -> list[CompetencyRow]:
    """The role's requirements (framework order), then other competencies with evidence."""
    rows = [
        CompetencyRow(
            competency=row.competency,
            skill=row.requirement.skill,
            required=row.requirement.level,
            current=row.current,
            status=row.status,
            self_assessed=(
                _self_assessed(row.level, row.requirement.skill)
                if row.competency.is_language
                else None
            ),
        )
        for row in profile.rows
    ]
    for competency, level in profile.other_levels:
        rows.append(
            CompetencyRow(
                competency=competency,
                skill="",
                required=None,
                current=level.level,
                status=rules.Status.NOT_REQUIRED,
                self_assessed=_self_assessed(level, "") if competency.is_language else None,
            )
        )
    return rows


def language_skills(profile: CompetencyProfile) -> list[LanguageSkills]:
    """Per-skill levels of every language on the page (required, or with evidence)."""
    required: dict[int, dict[str, int]] = {}
    for row in profile.rows:
        if not row.competency.is_language:
            continue
        needs = required.setdefault(row.competency.pk, {})
        for skill in [row.requirement.skill] if row.requirement.skill else SKILLS:
            needs[skill] = max(needs.get(skill, 0), row.requirement.level)
    shown = [row.competency for row in profile.rows if row.competency.is_language]
    shown += [competency for competency, _level in profile.other_levels if competency.is_language]
    found, seen = [], set()
    for competency in shown:
        if competency.pk in seen:
            continue
        seen.add(competency.pk)
        level = profile.levels.get(competency.pk)
        needs = required.get(competency.pk, {})
        skill_rows = []
        for skill in SKILLS:
            need = needs.get(skill)
            requirement = rules.Requirement(competency.pk, need, skill) if need else None
            skill_rows.append(
                SkillRow(
                    skill=skill,
                    required=need,
                    current=level.for_skill(skill) if level is not None else None,
                    self_assessed=_self_assessed(level, skill),
                    status=rules.status(requirement, level),
                    scale=competency.scale,
                )
            )
        found.append(LanguageSkills(competency, skill_rows))
    return found


def radar_data(rows: list[CompetencyRow]) -> dict:
    """What radar.js draws: one spoke per table row, levels as a share of their scale (0-100),
    and the labels of the levels for the tooltips. Every word is already translated."""
    return {
        "labels": [row.label for row in rows],
        "max": 100,
        "series": [
            {
                "key": "required",
                "label": _("Required by the role"),
                "data": [row.normalised(row.required) for row in rows],
                "levels": [row.required_label for row in rows],
            },
            {
                "key": "current",
                "label": _("Current level"),
                "data": [row.normalised(row.current) for row in rows],
                "levels": [row.current_label for row in rows],
            },
        ],
        "noLevel": _("none"),
    }


@dataclass(frozen=True)
class SuggestionRow:
    """A course to take: mandatory for the role (renewal due), or closing / raising gaps."""

    course: CoursePage
    closes: list[str]
    raises: list[str]
    mandatory: bool
    due: dt.date | None


def _gap_name(profile: CompetencyProfile, gap: rules.Gap) -> str:
    competency = profile.competencies[gap.competency_id]
    if gap.requirement.skill:
        return f"{competency.name} · {skill_label(gap.requirement.skill)}"
    return competency.name


def suggestion_rows(profile: CompetencyProfile) -> list[SuggestionRow]:
    return [
        SuggestionRow(
            course=item.course,
            closes=[_gap_name(profile, gap) for gap in item.closes],
            raises=[_gap_name(profile, gap) for gap in item.raises],
            mandatory=item.mandatory,
            due=item.due,
        )
        for item in profile.suggestions
    ]


# --- courses and assignments -------------------------------------------------------------------


@dataclass(frozen=True)
class CourseRow:
    """A course the person is enrolled in or assigned, with progress (completion.py's rule)."""

    course_key: uuid.UUID
    title: str
    page: CoursePage | None
    percent: int
    enrolment: Enrolment | None
    assignment: Assignment | None
    overdue: bool

    @property
    def completed_at(self) -> dt.datetime | None:
        return self.enrolment.completed_at if self.enrolment else None

    @property
    def due_date(self) -> dt.date | None:
        return self.assignment.due_date if self.assignment else None


@dataclass(frozen=True)
class Learning:
    courses: list[CourseRow]  # enrolments: in progress first (latest first), then completed
    assigned: list[CourseRow]  # open assignments by due date


def learning_record(staff: StaffProfile, *, day: dt.date, locale: Locale) -> Learning:
    """Enrolments and open assignments with progress, titles in the active language where the
    course is translated (five queries whatever the number of courses)."""
    enrolments = list(Enrolment.objects.filter(staff=staff).select_related("course"))
    assignments = list(
        Assignment.objects.filter(staff=staff, closed_at__isnull=True).select_related("course")
    )
    keys = {e.course_key for e in enrolments} | {a.course_key for a in assignments}
    if not keys:
        return Learning([], [])
    active = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(translation_key__in=keys, locale=locale)
    }
    required = completion.required_counts(keys)
    done = completion.completed_required_counts(e.pk for e in enrolments)
    enrolment_by_key = {e.course_key: e for e in enrolments}
    assignment_by_key = {a.course_key: a for a in assignments}

    def row(key: uuid.UUID) -> CourseRow:
        enrolment = enrolment_by_key.get(key)
        assignment = assignment_by_key.get(key)
        used = (enrolment.course if enrolment else None) or (
            assignment.course if assignment else None
        )
        page = active.get(key) or used
        return CourseRow(
            course_key=key,
            title=page.title if page else _("(deleted course)"),
            page=page,
            percent=completion.percent(
                completed=done.get(enrolment.pk, 0) if enrolment else 0,
                required=required.get(key, 0),
                is_completed=bool(enrolment and enrolment.completed_at),
            ),
            enrolment=enrolment,
            assignment=assignment,
            overdue=bool(assignment and assignment.due_date < day),
        )

    in_progress = sorted(
        (e for e in enrolments if e.completed_at is None),
        key=lambda e: (e.last_opened_at or e.enrolled_at, e.pk),
        reverse=True,
    )
    completed = sorted(
        (e for e in enrolments if e.completed_at is not None),
        key=lambda e: (e.completed_at, e.pk),
        reverse=True,
    )
    return Learning(
        courses=[row(e.course_key) for e in (*in_progress, *completed)],
        assigned=[row(a.course_key) for a in sorted(assignments, key=lambda a: (a.due_date, a.pk))],
    )


# --- history, quizzes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizResult:
    """The best graded attempt at one quiz (any language version)."""

    quiz_key: uuid.UUID
    title: str
    finished_at: dt.datetime | None
    percent: Decimal | None
    passed: bool | None
    attempts: int


def quiz_results(staff: StaffProfile, *, locale: Locale) -> list[QuizResult]:
    """Best graded attempt per quiz, newest first (two queries: attempts, titles)."""
    attempts = list(
        Attempt.objects.filter(
            staff=staff, state=Attempt.State.FINISHED, percent__isnull=False
        ).select_related("quiz")
    )
    best: dict[uuid.UUID, Attempt] = {}
    counts: dict[uuid.UUID, int] = {}
    for attempt in attempts:
        counts[attempt.quiz_key] = counts.get(attempt.quiz_key, 0) + 1
        current = best.get(attempt.quiz_key)
        if current is None or (attempt.percent, attempt.finished_at) > (
            current.percent,
            current.finished_at,
        ):
            best[attempt.quiz_key] = attempt
    titles = (
        dict(
            QuizPage.objects.filter(translation_key__in=list(best), locale=locale).values_list(
                "translation_key", "title"
            )
        )
        if best
        else {}
    )
    results = [
        QuizResult(
            quiz_key=key,
            title=titles.get(key) or (attempt.quiz.title if attempt.quiz else _("(deleted quiz)")),
            finished_at=attempt.finished_at,
            percent=attempt.percent,
            passed=attempt.passed,
            attempts=counts[key],
        )
        for key, attempt in best.items()
    ]
    results.sort(
        key=lambda r: (r.finished_at or timezone.now(), str(r.quiz_key)),
        reverse=True,
    )
    return results


@dataclass(frozen=True)
class EvidenceRow:
    """One line of the evidence history: withdrawn and expired evidence stay, marked."""

    evidence: Evidence
    level_label: str
    skill_label: str
    recorded_by: str
    recorded_on: dt.date
    expired: bool

    @property
    def withdrawn(self) -> bool:
        return self.evidence.withdrawn_at is not None


def _recorder_name(evidence: Evidence) -> str:
    user = evidence.recorded_by
    if user is None:
        return ""
    try:
        return user.staff_profile.display_name
    except StaffProfile.DoesNotExist:
        return user.get_username()


def evidence_rows(staff: StaffProfile, *, day: dt.date) -> list[EvidenceRow]:
    """The person's evidence, newest first, with competency and who recorded it (one query)."""
    rows = evidence_history(staff).select_related("recorded_by__staff_profile")
    return [
        EvidenceRow(
            evidence=item,
            level_label=item.competency.level_label(item.level),
            skill_label=skill_label(item.skill),
            recorded_by=_recorder_name(item),
            recorded_on=timezone.localdate(item.recorded_at),
            expired=item.expires_on is not None and item.expires_on < day,
        )
        for item in rows
    ]


# --- the page -----------------------------------------------------------------------------------


@dataclass
class StaffPage:
    staff: StaffProfile
    units: list[OrgUnit]
    profile: CompetencyProfile
    rows: list[CompetencyRow]
    languages: list[LanguageSkills]
    radar: dict
    suggestions: list[SuggestionRow]
    evidence: list[EvidenceRow]
    learning: Learning
    quizzes: list[QuizResult]
    certificates: list[HolderEntry]
    can_assess: bool
    day: dt.date = field(default_factory=timezone.localdate)

    @property
    def gaps(self) -> list[CompetencyRow]:
        return [
            row for row in self.rows if row.status in (rules.Status.BELOW, rules.Status.MISSING)
        ]

    @property
    def competencies(self) -> dict[int, Competency]:
        """The whole framework, in framework order (for the assessment form)."""
        return self.profile.competencies

    @property
    def courses(self) -> list[CourseRow]:
        return self.learning.courses


def staff_page(*, user: User | AnonymousUser, staff: StaffProfile) -> StaffPage:
    """Everything the staff page shows about `staff` (already checked visible to `user`)."""
    profile = competency_profile(staff=staff)
    rows = competency_rows(profile)
    locale = Locale.get_active()
    return StaffPage(
        staff=staff,
        units=unit_ancestors(staff.org_unit),
        profile=profile,
        rows=rows,
        languages=language_skills(profile),
        radar=radar_data(rows),
        suggestions=suggestion_rows(profile),
        evidence=evidence_rows(staff, day=profile.day),
        learning=learning_record(staff, day=profile.day, locale=locale),
        quizzes=quiz_results(staff, locale=locale),
        certificates=holder_certificates(staff=staff),
        can_assess=policies.can_manage_staff(user, staff),
        day=profile.day,
    )
