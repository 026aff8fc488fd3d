"""Reads for the team pages, each in a fixed number of queries whatever the number of staff.

Who is visible comes from `training.people.policies` only: every function here starts from
`policies.staff_visible_to(user)` (a manager: their subtree and themself; HR: everyone).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import get_language

from courses.models import CoursePage
from training.certificates.models import Certificate
from training.competencies import rules
from training.competencies.levels import SKILLS
from training.competencies.models import Competency
from training.competencies.selectors import (
    levels_for,
    requirements_by_role,
    verified_levels_for,
)
from training.people import policies
from training.people.models import StaffProfile
from training.progress.models import Assignment

AnyUser = User | AnonymousUser

MAX_COLUMNS = 20
PANEL_LIMIT = 10
DUE_SOON_DAYS = 14
EXPIRING_DAYS = 60


# --- the matrix ------------------------------------------------------------------------------


def visible_staff(user: AnyUser) -> QuerySet[StaffProfile]:
    """`policies.staff_visible_to(user)`, built once per user object (a request's user).

    Building it reads the managed units (one query) for a manager; the queryset itself stays
    unevaluated and is only ever used as the start of other queries.
    """
    cached = getattr(user, "_meridian_team_visible", None)
    if cached is None:
        cached = policies.staff_visible_to(user)
        user._meridian_team_visible = cached
    return cached.all()


def team_staff(*, user: AnyUser) -> QuerySet[StaffProfile]:
    """The staff `user` may see, with unit and role, ordered by unit (tree order), then name."""
    return (
        visible_staff(user)
        .select_related("org_unit", "job_role")
        .order_by("org_unit__path", "name_latin", "pk")
    )


@dataclass(frozen=True)
class Columns:
    shown: list[Competency]
    total: int  # how many there would be without the cap

    @property
    def capped(self) -> bool:
        return self.total > len(self.shown)


def matrix_columns(*, user: AnyUser, competency: Competency | None = None) -> Columns:
    """The matrix's columns (one query): `competency` alone when one was chosen, otherwise the
    competencies required by the job roles of the staff `user` may see, in framework order, at
    most MAX_COLUMNS of them."""
    if competency is not None:
        return Columns([competency], 1)
    roles = visible_staff(user).filter(is_active=True, job_role__isnull=False).values("job_role_id")
    required = list(
        Competency.objects.filter(requirements__job_role_id__in=roles)
        .select_related("language")
        .distinct()
    )
    return Columns(required[:MAX_COLUMNS], len(required))


Signature = int | tuple[int | None, ...] | None


def signature(level: rules.Level | None, *, is_language: bool) -> Signature:
    """A level in the compact form the matrix keeps: the level (a five-level competency), or the
    overall level followed by the level in each skill in SKILLS order (a language)."""
    if level is None:
        return None
    if is_language:
        return (level.level, *(level.skills.get(skill) for skill in SKILLS))
    return level.level


def level_of_signature(value: Signature) -> rules.Level | None:
    """The rules.Level (verified level and skills only) a signature stands for."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return rules.Level(value[0], dict(zip(SKILLS, value[1:], strict=True)))
    return rules.Level(value)


@dataclass(frozen=True)
class MatrixData:
    """What the cells are computed from: levels and the requirements of the rows' roles."""

    levels: dict[tuple[int, int], Signature]  # (staff id, competency id); absent: no level
    requirements: dict[tuple[int, int], list[rules.Requirement]]  # (role id, competency id)
    day: dt.date


def _requirements_by_role_and_competency(
    role_ids: Iterable[int],
) -> dict[tuple[int, int], list[rules.Requirement]]:
    found: dict[tuple[int, int], list[rules.Requirement]] = defaultdict(list)
    for role_id, requirements in requirements_by_role(role_ids).items():
        for requirement in requirements:
            found[role_id, requirement.competency_id].append(requirement)
    return dict(found)


def matrix_data(
    staff: list[StaffProfile], columns: list[Competency], *, day: dt.date | None = None
) -> MatrixData:
    """Levels of `staff` in `columns` and their roles' requirements: three queries."""
    day = day or timezone.localdate()
    if not staff or not columns:
        return MatrixData({}, {}, day)
    role_ids = {person.job_role_id for person in staff if person.job_role_id is not None}
    return MatrixData(
        levels=matrix_levels([person.pk for person in staff], columns, day=day),
        requirements=_requirements_by_role_and_competency(role_ids) if role_ids else {},
        day=day,
    )


def matrix_levels(
    staff_ids: list[int], columns: list[Competency], *, day: dt.date
) -> dict[tuple[int, int], Signature]:
    """The verified levels of `staff_ids` in `columns` as signatures (the matrix never shows
    self-assessment): `competencies.selectors.verified_levels_for`, two queries."""
    if not staff_ids or not columns:
        return {}
    languages = {competency.pk for competency in columns if competency.is_language}
    return {
        pair: signature(level, is_language=pair[1] in languages)
        for pair, level in verified_levels_for(staff_ids, columns, day=day).items()
    }


def staff_with_gaps(
    staff: QuerySet[StaffProfile], *, competency_ids: list[int] | None = None
) -> list[int]:
    """Ids of the staff in `staff` with at least one unmet requirement of their job role (only
    requirements of `competency_ids`, when given). Five queries at most (the candidates, their
    requirements and competencies, the evidence stamp and the evidence)."""
    rows = list(staff.filter(job_role__isnull=False).values_list("pk", "job_role_id"))
    if not rows:
        return []
    requirements = _requirements_by_role_and_competency({role_id for _pk, role_id in rows})
    if competency_ids is not None:
        wanted = set(competency_ids)
        requirements = {key: reqs for key, reqs in requirements.items() if key[1] in wanted}
    by_role: dict[int, list[rules.Requirement]] = defaultdict(list)
    for (role_id, _competency_id), reqs in requirements.items():
        by_role[role_id].extend(reqs)
    rows = [(pk, role_id) for pk, role_id in rows if by_role.get(role_id)]
    if not rows:
        return []
    competencies = list(
        Competency.objects.filter(pk__in={cid for _role, cid in requirements}).only("pk", "scale")
    )
    levels = matrix_levels([pk for pk, _role in rows], competencies, day=timezone.localdate())
    found = []
    for pk, role_id in rows:
        for requirement in by_role[role_id]:
            level = level_of_signature(levels.get((pk, requirement.competency_id)))
            if rules.status(requirement, level) in (rules.Status.BELOW, rules.Status.MISSING):
                found.append(pk)
                break
    return found


# --- the panels ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Capped:
    """The first entries of a list, and how many there are in all."""

    items: list
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


@dataclass(frozen=True)
class AssignmentEntry:
    assignment: Assignment
    staff: StaffProfile
    title: str
    due_date: dt.date
    days: int  # days overdue (overdue list) or days left (due-soon list)


def _visible_active(user: AnyUser) -> QuerySet[StaffProfile]:
    return visible_staff(user).filter(is_active=True)


def _open_assignments(user: AnyUser) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(closed_at__isnull=True, staff__in=_visible_active(user))
        .select_related("staff__org_unit", "course")
        .order_by("due_date", "staff__name_latin", "pk")
    )


def course_titles(keys: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Titles of the courses in the active language, or in another where a course has no
    translation (one query)."""
    if not keys:
        return {}
    active = (get_language() or settings.LANGUAGE_CODE).lower()
    titles: dict[uuid.UUID, str] = {}
    for key, language, title in CoursePage.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "title"
    ):
        if key not in titles or language.lower() == active:
            titles[key] = title
    return titles


def assignment_panels(
    *, user: AnyUser, today: dt.date | None = None, limit: int = PANEL_LIMIT
) -> tuple[Capped, Capped]:
    """(overdue, due within DUE_SOON_DAYS) open assignments of the visible staff in post, each
    the first `limit` by due date with the total count. Six queries at most."""
    today = today or timezone.localdate()
    overdue_qs = _open_assignments(user).filter(due_date__lt=today)
    soon_qs = _open_assignments(user).filter(
        due_date__gte=today, due_date__lte=today + dt.timedelta(days=DUE_SOON_DAYS)
    )
    overdue = list(overdue_qs[:limit])
    soon = list(soon_qs[:limit])
    titles = course_titles({a.course_key for a in overdue + soon})

    def entry(assignment: Assignment, days: int) -> AssignmentEntry:
        fallback = assignment.course.title if assignment.course is not None else ""
        return AssignmentEntry(
            assignment=assignment,
            staff=assignment.staff,
            title=titles.get(assignment.course_key) or fallback,
            due_date=assignment.due_date,
            days=days,
        )

    return (
        Capped(
            [entry(a, (today - a.due_date).days) for a in overdue],
            overdue_qs.count(),
        ),
        Capped(
            [entry(a, (a.due_date - today).days) for a in soon],
            soon_qs.count(),
        ),
    )


@dataclass(frozen=True)
class CertificateEntry:
    certificate: Certificate
    staff: StaffProfile
    title: str
    expires_on: dt.date
    days_left: int


def expiring_certificates(
    *, user: AnyUser, today: dt.date | None = None, limit: int = PANEL_LIMIT
) -> Capped:
    """Current certificates of the visible staff in post that expire within EXPIRING_DAYS and
    have not been renewed (a newer certificate for the same course), soonest first. Two queries
    at most."""
    today = today or timezone.localdate()
    renewed = Certificate.objects.filter(
        staff_id=OuterRef("staff_id"),
        course_key=OuterRef("course_key"),
        issued_at__gt=OuterRef("issued_at"),
        supersedes__isnull=True,
    )
    rows = (
        Certificate.objects.current()
        .filter(
            staff__in=_visible_active(user),
            expires_on__gte=today,
            expires_on__lte=today + dt.timedelta(days=EXPIRING_DAYS),
        )
        .exclude(Exists(renewed))
        .select_related("staff__org_unit")
        .order_by("expires_on", "staff__name_latin", "pk")
    )
    first = list(rows[:limit])
    return Capped(
        [
            CertificateEntry(
                certificate=c,
                staff=c.staff,
                title=c.title,
                expires_on=c.expires_on,
                days_left=(c.expires_on - today).days,
            )
            for c in first
        ],
        rows.count(),
    )


# --- language coverage -----------------------------------------------------------------------


def language_competencies() -> QuerySet[Competency]:
    """The language competencies (CEFR scale), in framework order."""
    return Competency.objects.filter(scale="cefr").select_related("language")


ALL_SKILLS = "all"


@dataclass(frozen=True)
class SkillLevel:
    skill: str
    verified: str  # CEFR label, "" when none
    self_assessed: str  # CEFR label, "" when none


@dataclass(frozen=True)
class SpeakerRow:
    staff: StaffProfile
    overall: str  # the overall verified level (the weakest skill), "" when not every skill is known
    skills: list[SkillLevel] = field(default_factory=list)  # in SKILLS order


@dataclass(frozen=True)
class Coverage:
    rows: list[SpeakerRow]
    by_unit: list[tuple[object, int]]  # (org unit, how many), in tree order
    # Staff whose own assessment reaches the level but whose verified level does not: shown
    # apart (someone to assess), never counted.
    self_only: list[SpeakerRow] = field(default_factory=list)


def _self_assessed(level: rules.Level, skill: str) -> int | None:
    return level.self_assessed.get(skill, level.self_assessed.get(""))


def language_coverage(
    *,
    user: AnyUser,
    competency: Competency,
    min_level: int,
    skill: str = ALL_SKILLS,
    day: dt.date | None = None,
) -> Coverage:
    """The visible staff in post whose VERIFIED level in `competency` reaches `min_level` (in one
    skill, or in all skills: the overall level). Self-assessment is shown, never counted.
    Two queries."""
    day = day or timezone.localdate()
    visible = _visible_active(user)
    levels = levels_for(visible, [competency], day=day)

    def reaches(value: int | None) -> bool:
        return value is not None and value >= min_level

    def verified(level: rules.Level) -> int | None:
        return level.level if skill == ALL_SKILLS else level.for_skill(skill)

    def self_assessed(level: rules.Level) -> int | None:
        if skill != ALL_SKILLS:
            return _self_assessed(level, skill)
        values = [_self_assessed(level, s) for s in SKILLS]
        return None if None in values else min(values)

    matched, self_only = {}, {}
    for (staff_id, _competency_id), level in levels.items():
        if reaches(verified(level)):
            matched[staff_id] = level
        elif reaches(self_assessed(level)):
            self_only[staff_id] = level
    if not matched and not self_only:
        return Coverage([], [])
    staff = list(
        visible.filter(pk__in=[*matched, *self_only])
        .select_related("org_unit", "job_role")
        .order_by("org_unit__path", "name_latin", "pk")
    )

    def label(value: int | None) -> str:
        return competency.level_label(value) if value else ""

    def row(person: StaffProfile, level: rules.Level) -> SpeakerRow:
        return SpeakerRow(
            staff=person,
            overall=label(level.level),
            skills=[
                SkillLevel(s, label(level.for_skill(s)), label(_self_assessed(level, s)))
                for s in SKILLS
            ],
        )

    rows, others = [], []
    counts: dict[int, list] = {}
    for person in staff:
        if person.pk in matched:
            rows.append(row(person, matched[person.pk]))
            entry = counts.setdefault(person.org_unit_id, [person.org_unit, 0])
            entry[1] += 1
        else:
            others.append(row(person, self_only[person.pk]))
    return Coverage(rows, [(unit, count) for unit, count in counts.values()], others)
