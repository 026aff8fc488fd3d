"""Reads of the learning record, each in a fixed number of queries whatever the data size.

Records are keyed by translation_key; these selectors translate the keys into the pages of the
ACTIVE locale (`Locale.get_active()`) in one query per kind of page, falling back to the version
the learner used last when the course or lesson has no live page in the active language.

Percentages follow the completion rule in `completion.py` (computed with grouped queries over
all the learner's enrolments, never a query per row).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import timezone
from wagtail.models import Locale, Page

from courses.models import CoursePage, LessonPage
from training.competencies import rules
from training.competencies.levels import SKILLS, Skill
from training.competencies.models import Competency, Evidence
from training.competencies.selectors import evidence_history
from training.people.models import StaffProfile

from . import completion
from .models import Assignment, Enrolment, LessonProgress
from .recommendations import CompetencyProfile, MandatoryStatus, competency_profile

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"

RECOMMENDED_LIMIT = 6
# Suggestions from the learner's competency gaps on the dashboard (the rest: /me/competencies/).
SUGGESTED_LIMIT = 3


@dataclass(frozen=True)
class CourseProgress:
    """One course on a learner's dashboard (or in a provider's answer)."""

    course_key: uuid.UUID
    title: str
    page: Page | None  # the live course page to link to: active language, else the one used
    resume_page: Page | None  # where to continue: the last lesson (active language if it exists)
    state: str
    percent: int
    required_lessons: int
    completed_lessons: int
    enrolment: Enrolment | None = None
    assignment: Assignment | None = None
    due_date: date | None = None
    overdue: bool = False
    completed_at: datetime | None = None
    # Completed courses: required lessons added after completion (optional extra reading).
    new_lessons: int = 0

    @property
    def assigned(self) -> bool:
        return self.assignment is not None


# --- competencies: what the learner's pages show of competency_profile ----------------------


def _skill_label(skill: str) -> str:
    return Skill(skill).label if skill else ""


@dataclass(frozen=True)
class GapView:
    """A gap in words: the competency (and skill), the level required and the level held."""

    competency: Competency
    skill_label: str
    required_label: str
    current_label: str  # "" when there is no verified level
    status: rules.Status


def _gap_view(gap: rules.Gap, competencies: dict[int, Competency]) -> GapView:
    competency = competencies[gap.competency_id]
    return GapView(
        competency=competency,
        skill_label=_skill_label(gap.requirement.skill),
        required_label=competency.level_label(gap.requirement.level),
        current_label=competency.level_label(gap.current),
        status=gap.status,
    )


@dataclass(frozen=True)
class SuggestionView:
    """A suggested course (in the active language where translated) and why it is suggested."""

    course: CoursePage
    closes: list[GapView]
    raises: list[GapView]
    mandatory: bool
    due: date | None


def _suggestion_views(profile: CompetencyProfile, suggestions) -> list[SuggestionView]:
    return [
        SuggestionView(
            course=item.course,
            closes=[_gap_view(gap, profile.competencies) for gap in item.closes],
            raises=[_gap_view(gap, profile.competencies) for gap in item.raises],
            mandatory=item.mandatory,
            due=item.due,
        )
        for item in suggestions
    ]


@dataclass(frozen=True)
class RequirementView:
    """One requirement of the learner's role and where they stand."""

    competency: Competency
    skill_label: str
    required_label: str
    current_label: str
    status: rules.Status
    evidence_count: int  # verified evidence that counts today


@dataclass(frozen=True)
class SkillView:
    """One CEFR skill of a language: required, verified and self-assessed level side by side."""

    skill: str
    label: str
    required_label: str  # "" when the role does not require this skill
    verified_label: str
    self_label: str
    status: rules.Status


@dataclass(frozen=True)
class LanguageView:
    competency: Competency
    required: bool
    level_label: str  # the overall (weakest skill) verified level
    skills: list[SkillView]
    self_assessed: bool


@dataclass(frozen=True)
class OtherView:
    """A competency with evidence that the learner's role does not require."""

    competency: Competency
    level_label: str
    evidence_count: int
    self_assessed: bool


EVIDENCE_COUNTS = "counts"
EVIDENCE_SELF = "self"
EVIDENCE_EXPIRED = "expired"
EVIDENCE_WITHDRAWN = "withdrawn"
EVIDENCE_LATER = "later"


@dataclass(frozen=True)
class EvidenceView:
    evidence: Evidence
    level_label: str
    skill_label: str
    state: str  # one of the EVIDENCE_* states on the profile's day
    withdrawn_on: date | None

    @property
    def counts(self) -> bool:
        return self.state == EVIDENCE_COUNTS


@dataclass(frozen=True)
class EvidenceGroup:
    competency: Competency
    items: list[EvidenceView]

    @property
    def counting(self) -> int:
        return sum(1 for item in self.items if item.counts)


@dataclass(frozen=True)
class CompetencyPage:
    staff: StaffProfile
    day: date
    profile: CompetencyProfile
    requirements: list[RequirementView]
    others: list[OtherView]
    languages: list[LanguageView]
    evidence: list[EvidenceGroup]
    suggestions: list[SuggestionView]
    mandatory: list[MandatoryStatus]

    @property
    def language_ids(self) -> frozenset[int]:
        return frozenset(view.competency.pk for view in self.languages)


def _evidence_state(evidence: Evidence, day: date) -> tuple[str, date | None]:
    withdrawn_on = (
        timezone.localdate(evidence.withdrawn_at) if evidence.withdrawn_at is not None else None
    )
    if withdrawn_on is not None and withdrawn_on <= day:
        return EVIDENCE_WITHDRAWN, withdrawn_on
    if evidence.expires_on is not None and evidence.expires_on < day:
        return EVIDENCE_EXPIRED, withdrawn_on
    if timezone.localdate(evidence.recorded_at) > day:
        return EVIDENCE_LATER, withdrawn_on
    if evidence.source == Evidence.Source.SELF:
        return EVIDENCE_SELF, withdrawn_on
    return EVIDENCE_COUNTS, withdrawn_on


def _language_view(
    competency: Competency,
    level: rules.Level | None,
    requirements: list[rules.Requirement],
) -> LanguageView:
    skills = []
    for skill in Skill:
        required = [req.level for req in requirements if req.skill in ("", skill.value)]
        requirement = (
            rules.Requirement(competency.pk, max(required), skill.value) if required else None
        )
        verified = level.for_skill(skill.value) if level is not None else None
        own = level.self_assessed.get(skill.value) if level is not None else None
        skills.append(
            SkillView(
                skill=skill.value,
                label=skill.label,
                required_label=competency.level_label(requirement.level if requirement else None),
                verified_label=competency.level_label(verified),
                self_label=competency.level_label(own),
                status=rules.status(requirement, level),
            )
        )
    return LanguageView(
        competency=competency,
        required=bool(requirements),
        level_label=competency.level_label(level.level if level is not None else None),
        skills=skills,
        self_assessed=bool(level is not None and level.self_assessed),
    )


def competency_page(*, staff: StaffProfile, day: date | None = None) -> CompetencyPage:
    """/me/competencies/: the role's requirements and the learner's levels, each language skill
    by skill (verified beside self-assessed), the evidence behind every level, the courses that
    close the gaps and the role's mandatory courses; a fixed number of queries."""
    profile = competency_profile(staff=staff, day=day)
    day = profile.day
    competencies = profile.competencies
    levels = profile.levels

    requirements = [
        RequirementView(
            competency=row.competency,
            skill_label=_skill_label(row.skill),
            required_label=row.required_label,
            current_label=row.current_label,
            status=row.status,
            evidence_count=row.level.evidence_count if row.level is not None else 0,
        )
        for row in profile.rows
    ]
    required_by_competency: dict[int, list[rules.Requirement]] = defaultdict(list)
    for row in profile.rows:
        required_by_competency[row.competency.pk].append(row.requirement)

    others = [
        OtherView(
            competency=competency,
            level_label=competency.level_label(level.level),
            evidence_count=level.evidence_count,
            self_assessed=bool(level.self_assessed),
        )
        for competency, level in profile.other_levels
    ]
    languages = [
        _language_view(competency, levels.get(pk), required_by_competency.get(pk, []))
        for pk, competency in competencies.items()
        if competency.is_language and (pk in levels or pk in required_by_competency)
    ]

    by_competency: dict[int, list[EvidenceView]] = defaultdict(list)
    for evidence in evidence_history(staff).select_related("recorded_by__staff_profile"):
        state, withdrawn_on = _evidence_state(evidence, day)
        by_competency[evidence.competency_id].append(
            EvidenceView(
                evidence=evidence,
                level_label=evidence.competency.level_label(evidence.level),
                skill_label=_skill_label(evidence.skill),
                state=state,
                withdrawn_on=withdrawn_on,
            )
        )
    # Newest first; the skills of one self-assessment in the order of the CEFR grid.
    skill_order = {skill: index for index, skill in enumerate(("", *SKILLS))}
    for items in by_competency.values():
        items.sort(
            key=lambda view: (view.evidence.recorded_at, -skill_order[view.evidence.skill]),
            reverse=True,
        )
    order = {pk: index for index, pk in enumerate(competencies)}
    evidence = [
        EvidenceGroup(competency=items[0].evidence.competency, items=items)
        for _pk, items in sorted(by_competency.items(), key=lambda item: order.get(item[0], 0))
    ]
    return CompetencyPage(
        staff=staff,
        day=day,
        profile=profile,
        requirements=requirements,
        others=others,
        languages=languages,
        evidence=evidence,
        suggestions=_suggestion_views(profile, profile.suggestions),
        mandatory=profile.mandatory,
    )


@dataclass(frozen=True)
class Dashboard:
    staff: StaffProfile
    today: date
    assigned: list[CourseProgress]
    in_progress: list[CourseProgress]
    completed: list[CourseProgress]
    recommended: list[CoursePage]
    # Courses for the learner's role and gaps (mandatory ones first), best first.
    suggestions: list[SuggestionView] = field(default_factory=list)

    @property
    def overdue_count(self) -> int:
        return sum(1 for entry in self.assigned if entry.overdue)


def _live(page: Page | None) -> Page | None:
    return page if page is not None and page.live else None


def _progress_entries(
    *,
    enrolments: list[Enrolment],
    assignments: list[Assignment],
    locale: Locale,
    today: date,
    active_courses: dict[uuid.UUID, CoursePage] | None = None,
) -> dict[uuid.UUID, CourseProgress]:
    """CourseProgress per course key for these enrolments and open assignments.

    Queries: at most four (pages of the active locale for courses and lessons, required counts,
    completed counts), whatever the number of enrolments.
    """
    by_key = {enrolment.course_key: enrolment for enrolment in enrolments}
    assignment_by_key = {assignment.course_key: assignment for assignment in assignments}
    keys = set(by_key) | set(assignment_by_key)
    if not keys:
        return {}
    if active_courses is None:
        active_courses = {
            page.translation_key: page
            for page in CoursePage.objects.live().filter(translation_key__in=keys, locale=locale)
        }
    lesson_keys = {
        e.last_lesson_key for e in enrolments if e.last_lesson_key and e.completed_at is None
    }
    active_lessons = (
        {
            page.translation_key: page
            for page in LessonPage.objects.live()
            .filter(translation_key__in=lesson_keys, locale=locale)
            .only("pk", "title", "url_path", "translation_key", "locale_id", "live", "path")
        }
        if lesson_keys
        else {}
    )
    required = completion.required_counts(keys)
    done = completion.completed_required_counts(e.pk for e in enrolments)

    entries = {}
    for key in keys:
        enrolment = by_key.get(key)
        assignment = assignment_by_key.get(key)
        used = (enrolment.course if enrolment else None) or (
            assignment.course if assignment else None
        )
        page = _live(active_courses.get(key)) or _live(used)
        title = (page or used).title if (page or used) else ""
        n_required = required.get(key, 0)
        n_done = done.get(enrolment.pk, 0) if enrolment else 0
        is_completed = bool(enrolment and enrolment.completed_at)
        if is_completed:
            state = COMPLETED
        elif enrolment is not None:
            state = IN_PROGRESS
        else:
            state = NOT_STARTED
        resume = None
        if enrolment is not None and not is_completed and enrolment.last_lesson_key:
            resume = active_lessons.get(enrolment.last_lesson_key) or _live(enrolment.last_lesson)
        entries[key] = CourseProgress(
            course_key=key,
            title=title,
            page=page,
            resume_page=resume or page,
            state=state,
            percent=completion.percent(
                completed=n_done, required=n_required, is_completed=is_completed
            ),
            required_lessons=n_required,
            completed_lessons=n_done,
            enrolment=enrolment,
            assignment=assignment,
            due_date=assignment.due_date if assignment else None,
            overdue=bool(assignment and assignment.due_date < today),
            completed_at=enrolment.completed_at if enrolment else None,
            new_lessons=max(0, n_required - n_done) if is_completed else 0,
        )
    return entries


def dashboard(*, staff: StaffProfile) -> Dashboard:
    """The learner dashboard of `staff`, in the active language, in a fixed number of queries.

    Sections: `assigned` (open assignments by due date, overdue flagged, with progress),
    `in_progress` (enrolments not completed and not assigned, most recently opened first),
    `completed` (newest first; 100 % even if lessons were added since, with `new_lessons`),
    `suggestions` (the first SUGGESTED_LIMIT courses of `recommendations.competency_profile`: the
    role's mandatory courses to do or renew, then courses that close competency gaps; courses the
    learner is taking are left out) and `recommended` (mandatory live courses of the active locale
    that the learner has not started and that are not among the suggestions).
    """
    locale = Locale.get_active()
    today = timezone.localdate()
    enrolments = list(Enrolment.objects.filter(staff=staff).select_related("course", "last_lesson"))
    assignments = list(
        Assignment.objects.filter(staff=staff, closed_at__isnull=True).select_related("course")
    )
    entries = _progress_entries(
        enrolments=enrolments, assignments=assignments, locale=locale, today=today
    )
    started_keys = set(entries)
    # Courses for the role and the gaps; not those the learner is already taking (they are on
    # the dashboard above), but a completed mandatory course whose renewal is due is.
    profile = competency_profile(staff=staff, day=today)
    open_keys = {key for key, entry in entries.items() if entry.state != COMPLETED}
    suggestions = _suggestion_views(
        profile,
        [item for item in profile.suggestions if item.course.translation_key not in open_keys][
            :SUGGESTED_LIMIT
        ],
    )
    recommended = list(
        CoursePage.objects.live()
        .filter(locale=locale, mandatory=True)
        .exclude(translation_key__in=started_keys | {s.course.translation_key for s in suggestions})
        .order_by("title", "pk")[:RECOMMENDED_LIMIT]
    )

    assigned = sorted(
        (entries[a.course_key] for a in assignments),
        key=lambda entry: (entry.due_date, entry.title, str(entry.course_key)),
    )
    assigned_keys = {a.course_key for a in assignments}
    in_progress = sorted(
        (
            entries[e.course_key]
            for e in enrolments
            if e.completed_at is None and e.course_key not in assigned_keys
        ),
        key=lambda entry: (
            entry.enrolment.last_opened_at or entry.enrolment.enrolled_at,
            entry.enrolment.pk,
        ),
        reverse=True,
    )
    completed = sorted(
        (entries[e.course_key] for e in enrolments if e.completed_at is not None),
        key=lambda entry: (entry.completed_at, entry.enrolment.pk),
        reverse=True,
    )
    return Dashboard(
        staff=staff,
        today=today,
        assigned=assigned,
        in_progress=in_progress,
        completed=completed,
        recommended=recommended,
        suggestions=suggestions,
    )


def course_progress(
    *, staff: StaffProfile, courses: Iterable[Page]
) -> dict[uuid.UUID, CourseProgress]:
    """CourseProgress per translation_key of `courses` (pages, any locale) for `staff`.

    For the catalog and the course pages: a fixed number of queries for any number of courses.
    Courses the learner has neither started nor been assigned are left out (not started).
    """
    pages = {page.translation_key: page for page in courses}
    if not pages:
        return {}
    enrolments = list(
        Enrolment.objects.filter(staff=staff, course_key__in=pages).select_related(
            "course", "last_lesson"
        )
    )
    assignments = list(
        Assignment.objects.filter(
            staff=staff, course_key__in=pages, closed_at__isnull=True
        ).select_related("course")
    )
    if not enrolments and not assignments:
        return {}
    return _progress_entries(
        enrolments=enrolments,
        assignments=assignments,
        locale=Locale.get_active(),
        today=timezone.localdate(),
        # The pages asked about are the ones being shown: link to those.
        active_courses={key: page for key, page in pages.items() if page.live},
    )


def completed_lesson_keys(*, staff: StaffProfile, course_key: uuid.UUID) -> frozenset[uuid.UUID]:
    """The lessons (translation keys) `staff` completed in a course, in any language."""
    return frozenset(
        LessonProgress.objects.filter(
            enrolment__staff=staff,
            enrolment__course_key=course_key,
            completed_at__isnull=False,
        ).values_list("lesson_key", flat=True)
    )


def first_lesson(course: Page) -> LessonPage | None:
    """The first live lesson of `course` (in the course's own locale), in the editor's order."""
    return LessonPage.objects.live().child_of(course).order_by("path").first()


def next_lesson(lesson: LessonPage) -> LessonPage | None:
    """The live lesson after `lesson` in its course, or None at the end."""
    return (
        LessonPage.objects.live()
        .sibling_of(lesson, inclusive=False)
        .filter(path__gt=lesson.path)
        .order_by("path")
        .first()
    )
