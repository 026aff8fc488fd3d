"""A staff member's competencies against their role, their gaps, and the courses that close them.

`competency_profile` gathers the facts in a fixed number of queries (whatever the history) and
asks the pure rules in training.competencies.rules. The learner's /me/competencies/, the manager's
staff page and the reminders all read this one profile, so they never disagree.

Mandatory courses of the role (RoleCourse) come first among the suggestions when they were never
completed or their renewal is due (within RENEWAL_NOTICE_DAYS) or overdue.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from django.utils import timezone, translation
from wagtail.models import Locale

from courses.models import CourseCompetencyOutcome, CoursePage
from training.competencies import rules
from training.competencies.models import Competency, Evidence
from training.competencies.selectors import framework, levels_for, requirements_by_role
from training.people.models import StaffProfile

from .models import Enrolment, RoleCourse

RENEWAL_NOTICE_DAYS = 30


@dataclass(frozen=True)
class RequirementRow:
    competency: Competency
    requirement: rules.Requirement
    level: rules.Level | None
    current: int | None
    status: rules.Status

    @property
    def required_label(self) -> str:
        return self.competency.level_label(self.requirement.level)

    @property
    def current_label(self) -> str:
        return self.competency.level_label(self.current)

    @property
    def skill(self) -> str:
        return self.requirement.skill


@dataclass(frozen=True)
class Suggestion:
    course: CoursePage
    closes: tuple[rules.Gap, ...] = ()
    raises: tuple[rules.Gap, ...] = ()
    mandatory: bool = False
    due: dt.date | None = None


@dataclass(frozen=True)
class MandatoryStatus:
    course: CoursePage
    completed_on: dt.date | None
    renew_by: dt.date | None
    status: str  # "done", "due", "overdue" or "never"

    @property
    def needs_action(self) -> bool:
        return self.status != "done"


@dataclass(frozen=True)
class CompetencyProfile:
    staff: StaffProfile
    day: dt.date
    rows: list[RequirementRow]
    levels: dict[int, rules.Level]
    competencies: dict[int, Competency]
    gaps: list[rules.Gap]
    suggestions: list[Suggestion]
    mandatory: list[MandatoryStatus]

    @property
    def other_levels(self) -> list[tuple[Competency, rules.Level]]:
        """Competencies with evidence that the role does not require, in framework order."""
        required = {row.competency.pk for row in self.rows}
        return [
            (competency, self.levels[pk])
            for pk, competency in self.competencies.items()
            if pk in self.levels and pk not in required
        ]


def _in_language(versions: list[CoursePage], locale_id: int | None) -> CoursePage:
    return next((page for page in versions if page.locale_id == locale_id), versions[0])


def _live_courses() -> dict[uuid.UUID, list[CoursePage]]:
    courses: dict[uuid.UUID, list[CoursePage]] = {}
    for page in CoursePage.objects.live().order_by("pk"):
        courses.setdefault(page.translation_key, []).append(page)
    return courses


def _offers(courses: dict[uuid.UUID, list[CoursePage]]) -> list[rules.Offer]:
    """One offer per course (all its translations), with the best outcome per competency."""
    page_keys = {page.pk: key for key, pages in courses.items() for page in pages}
    outcomes: dict[uuid.UUID, dict[int, int]] = {}
    for course_id, competency_id, level in CourseCompetencyOutcome.objects.filter(
        course_id__in=page_keys
    ).values_list("course_id", "competency_id", "level"):
        best = outcomes.setdefault(page_keys[course_id], {})
        best[competency_id] = max(level, best.get(competency_id, 0))
    return [
        rules.Offer(
            key=key,
            minutes=courses[key][0].estimated_minutes or 0,
            outcomes=tuple(sorted(found.items())),
        )
        for key, found in outcomes.items()
    ]


def _mandatory(
    staff: StaffProfile,
    day: dt.date,
    courses: dict[uuid.UUID, list[CoursePage]],
    completed: dict[uuid.UUID, dt.date],
    locale_id: int | None,
) -> list[MandatoryStatus]:
    if staff.job_role_id is None:
        return []
    found = []
    for role_course in RoleCourse.objects.filter(job_role_id=staff.job_role_id).order_by("pk"):
        versions = courses.get(role_course.course_key)
        if not versions:
            continue  # unpublished: nothing to take
        completed_on = completed.get(role_course.course_key)
        renew_by = None
        if completed_on is None:
            status = "never"
        elif role_course.renew_every_months:
            renew_by = rules.add_months(completed_on, role_course.renew_every_months)
            if renew_by < day:
                status = "overdue"
            elif renew_by <= day + dt.timedelta(days=RENEWAL_NOTICE_DAYS):
                status = "due"
            else:
                status = "done"
        else:
            status = "done"
        found.append(
            MandatoryStatus(_in_language(versions, locale_id), completed_on, renew_by, status)
        )
    return found


def _still_counting(
    staff: StaffProfile, day: dt.date, rounds: dict[str, uuid.UUID]
) -> frozenset[uuid.UUID]:
    """Completed courses whose evidence still counts, so that taking them again would change
    nothing. A completion whose certificate expired or was revoked (its evidence expired or was
    withdrawn) is worth suggesting again."""
    if not rounds:
        return frozenset()
    counting = (
        Evidence.objects.in_force(day)
        .filter(staff=staff, source=Evidence.Source.COURSE, source_ref__in=list(rounds))
        .values_list("source_ref", flat=True)
    )
    return frozenset(rounds[ref] for ref in counting)


def competency_profile(*, staff: StaffProfile, day: dt.date | None = None) -> CompetencyProfile:
    """Levels, the role's requirements and their status, gaps, suggestions and mandatory courses
    of one staff member on `day` (default today), in a fixed number of queries."""
    day = day or timezone.localdate()
    competencies = {competency.pk: competency for competency in framework()}
    levels = {
        competency_id: level
        for (_staff_id, competency_id), level in levels_for(
            [staff.pk], competencies.values(), day=day
        ).items()
    }
    requirements = (
        requirements_by_role([staff.job_role_id]).get(staff.job_role_id, [])
        if staff.job_role_id
        else []
    )
    order = {pk: index for index, pk in enumerate(competencies)}
    requirements.sort(key=lambda req: (order.get(req.competency_id, 0), req.skill))
    rows = [
        RequirementRow(
            competency=competencies[req.competency_id],
            requirement=req,
            level=levels.get(req.competency_id),
            current=(
                levels[req.competency_id].for_skill(req.skill)
                if req.competency_id in levels
                else None
            ),
            status=rules.status(req, levels.get(req.competency_id)),
        )
        for req in requirements
    ]
    gaps = rules.gaps(requirements, levels)

    locale_id = (
        Locale.objects.filter(language_code=translation.get_language())
        .values_list("pk", flat=True)
        .first()
    )
    courses = _live_courses()
    completions = Enrolment.objects.filter(staff=staff, completed_at__isnull=False).values_list(
        "pk", "round", "course_key", "completed_at"
    )
    completed, rounds = {}, {}
    for pk, round_, key, when in completions:
        completed[key] = timezone.localdate(when)
        rounds[f"completion:{pk}:{round_}"] = key
    mandatory = _mandatory(staff, day, courses, completed, locale_id)
    suggestions = [
        Suggestion(course=item.course, mandatory=True, due=item.renew_by)
        for item in mandatory
        if item.needs_action
    ]
    suggested = {item.course.translation_key for item in suggestions}
    for recommendation in rules.recommend(
        gaps, _offers(courses), done=_still_counting(staff, day, rounds) | suggested
    ):
        suggestions.append(
            Suggestion(
                course=_in_language(courses[recommendation.offer.key], locale_id),
                closes=recommendation.closes,
                raises=recommendation.raises,
            )
        )
    return CompetencyProfile(
        staff=staff,
        day=day,
        rows=rows,
        levels=levels,
        competencies=competencies,
        gaps=gaps,
        suggestions=suggestions,
        mandatory=mandatory,
    )
