"""Appraisal summaries: each staff member's training over an appraisal period, and the score.

What a summary counts (period = its first to its last day, both included, local time):

- **completions**: courses completed in the period, one per completion. A completion is its
  certificate; a re-issue replaces the certificate it supersedes (so it is not counted twice)
  and a revoked certificate's completion does not count.
- **hours**: the hours of those completions (as printed on their certificates).
- **valid certificates**: certificates issued by the last day and valid on it.
- **levels**: the verified competency levels (`competencies.selectors.verified_levels_for`,
  the level rule) on the first and on the last day, for the competencies the role requires and
  those the person has evidence of; the change, and the levels gained (rises only).
- **mean quiz score**: the mean percentage of the quiz attempts graded in the period.
- **overdue mandatory training**: on the last day, assignments past their due date that were
  still open, and mandatory courses of the role whose certificate had expired (a lapsed
  renewal).
- **training score**: `training_score`, HR's weighting (`ScoreWeights`) of the figures above,
  between 0 and the weighting's maximum. `score_formula` writes it out for the page.

`summaries_for` builds any number of summaries in a fixed number of queries (pinned in tests).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Attempt
from training.certificates.models import Certificate
from training.competencies.models import Competency, RoleRequirement
from training.competencies.selectors import verified_levels_for
from training.people.models import StaffProfile
from training.progress.models import Assignment, RoleCourse

from .models import AppraisalPeriod, ScoreWeights
from .selectors import course_titles

ONE_DECIMAL = Decimal("0.1")


# --- the score: a pure function ----------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """What the training score weighs."""

    hours: Decimal = Decimal(0)
    courses: int = 0
    certificates: int = 0
    levels_gained: int = 0
    mean_quiz: Decimal | None = None  # 0-100, None without graded attempts
    overdue: int = 0


def training_score(figures: Figures, weights: ScoreWeights) -> Decimal:
    """hours × per_hour + courses × per_course + certificates × per_certificate
    + levels gained × per_level + (mean quiz % ÷ 100) × quiz_weight − overdue × per_overdue,
    kept between 0 and the maximum, to one decimal (half up). No graded quiz adds nothing."""
    quiz = (figures.mean_quiz or Decimal(0)) / 100
    raw = (
        Decimal(figures.hours) * weights.per_hour
        + figures.courses * weights.per_course
        + figures.certificates * weights.per_certificate
        + figures.levels_gained * weights.per_level
        + quiz * weights.quiz_weight
        - figures.overdue * weights.per_overdue
    )
    bounded = min(max(raw, Decimal(0)), Decimal(weights.maximum))
    return bounded.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def score_formula(weights: ScoreWeights) -> str:
    """The formula with HR's numbers in it, in the active language."""

    def n(value: Decimal) -> str:
        return f"{Decimal(value).normalize():f}"

    return _(
        "score = hours × %(hour)s + courses completed × %(course)s + valid certificates × "
        "%(certificate)s + levels gained × %(level)s + mean quiz score (%%) ÷ 100 × %(quiz)s − "
        "overdue mandatory courses × %(overdue)s, kept between 0 and %(maximum)s"
    ) % {
        "hour": n(weights.per_hour),
        "course": n(weights.per_course),
        "certificate": n(weights.per_certificate),
        "level": n(weights.per_level),
        "quiz": n(weights.quiz_weight),
        "overdue": n(weights.per_overdue),
        "maximum": n(weights.maximum),
    }


# --- the summary ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Completion:
    course_key: uuid.UUID
    course_title: str
    completed_on: dt.date
    hours: Decimal
    code: str


@dataclass(frozen=True)
class LevelChange:
    competency_code: str
    competency_name: str
    required: str  # the level the role requires, as a label ("B1", "3"), or ""
    start: str  # the level on the first day, as a label, or ""
    end: str
    change: int  # end - start in steps of the scale (missing counts as 0)


@dataclass(frozen=True)
class OverdueItem:
    title: str
    due_on: dt.date | None  # an assignment's due date; None for a lapsed mandatory course
    kind: str  # "assignment" or "renewal"


@dataclass
class Summary:
    staff: StaffProfile
    period: AppraisalPeriod
    completions: list[Completion] = field(default_factory=list)
    valid_certificates: int = 0
    levels: list[LevelChange] = field(default_factory=list)
    quiz_attempts: int = 0
    mean_quiz_score: Decimal | None = None
    overdue: list[OverdueItem] = field(default_factory=list)
    score: Decimal = Decimal(0)

    @property
    def hours(self) -> Decimal:
        return sum((item.hours for item in self.completions), Decimal(0))

    @property
    def courses_completed(self) -> int:
        return len(self.completions)

    @property
    def levels_gained(self) -> int:
        return sum(max(change.change, 0) for change in self.levels)

    @property
    def overdue_mandatory(self) -> int:
        return len(self.overdue)

    @property
    def figures(self) -> Figures:
        return Figures(
            hours=self.hours,
            courses=self.courses_completed,
            certificates=self.valid_certificates,
            levels_gained=self.levels_gained,
            mean_quiz=self.mean_quiz_score,
            overdue=self.overdue_mandatory,
        )


def period_bounds(period: AppraisalPeriod) -> tuple[dt.datetime, dt.datetime]:
    """The first instant of the period and the first instant after it (local time)."""
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(period.starts_on, dt.time.min, tzinfo=tz)
    after = dt.datetime.combine(period.ends_on + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    return start, after


def summary_staff(staff: QuerySet[StaffProfile]) -> QuerySet[StaffProfile]:
    """The rows a summary prints about the person (one query with the list)."""
    return staff.select_related("org_unit", "job_role", "user").order_by(
        "org_unit__path", "name_latin", "pk"
    )


def summaries_for(
    staff: QuerySet[StaffProfile] | Iterable[StaffProfile],
    period: AppraisalPeriod,
    *,
    weights: ScoreWeights | None = None,
) -> list[Summary]:
    """The summaries of `staff` (in the order given) over `period`, in at most eleven queries
    (the staff and the weighting included) whatever the number of staff or of their records."""
    people = list(staff)
    if not people:
        return []
    weights = weights or ScoreWeights.current()
    ids = [person.pk for person in people]
    start, after = period_bounds(period)
    last_day = period.ends_on
    local = timezone.get_current_timezone()

    # Certificates issued by the last day (one query): completions and what was valid.
    completions: dict[int, list[Completion]] = defaultdict(list)
    valid: dict[int, int] = defaultdict(int)
    latest_by_course: dict[tuple[int, uuid.UUID], Certificate] = {}
    certificates = (
        Certificate.objects.filter(staff_id__in=ids, issued_at__lt=after)
        .select_related("revocation", "superseded_by")
        .order_by("completed_at", "pk")
    )
    for certificate in certificates:
        revoked = certificate.revocation_or_none() is not None
        superseded = certificate.successor_or_none() is not None
        head = not revoked and not superseded
        if head and start <= certificate.completed_at < after:
            completions[certificate.staff_id].append(
                Completion(
                    course_key=certificate.course_key,
                    course_title=certificate.title,
                    completed_on=certificate.completed_at.astimezone(local).date(),
                    hours=certificate.hours,
                    code=certificate.code,
                )
            )
        if head and (certificate.expires_on is None or certificate.expires_on >= last_day):
            valid[certificate.staff_id] += 1
        if not revoked:
            latest_by_course[certificate.staff_id, certificate.course_key] = certificate

    # Levels on the first and the last day (two queries), for required or evidenced ones.
    competencies = {competency.pk: competency for competency in Competency.objects.all()}
    required: dict[int, dict[int, int]] = defaultdict(dict)
    for role_id, competency_id, level in RoleRequirement.objects.filter(
        job_role_id__in={person.job_role_id for person in people}
    ).values_list("job_role_id", "competency_id", "level"):
        required[role_id][competency_id] = max(level, required[role_id].get(competency_id, 0))
    at_start = verified_levels_for(ids, competencies.values(), day=period.starts_on)
    at_end = verified_levels_for(ids, competencies.values(), day=last_day)

    # Quiz attempts graded in the period (one query).
    scores: dict[int, list[Decimal]] = defaultdict(list)
    for staff_id, percent in Attempt.objects.filter(
        staff_id__in=ids, graded_at__gte=start, graded_at__lt=after, percent__isnull=False
    ).values_list("staff_id", "percent"):
        scores[staff_id].append(percent)

    # Overdue on the last day: open assignments past due (one query), lapsed renewals (one).
    overdue: dict[int, list[OverdueItem]] = defaultdict(list)
    assignments = list(
        Assignment.objects.filter(staff_id__in=ids, created_at__lt=after, due_date__lt=last_day)
        .filter(Q(closed_at__isnull=True) | Q(closed_at__gte=after))
        .order_by("due_date", "pk")
    )
    titles = course_titles({row.course_key for row in assignments})
    for assignment in assignments:
        overdue[assignment.staff_id].append(
            OverdueItem(
                title=titles.get(assignment.course_key, ""),
                due_on=assignment.due_date,
                kind="assignment",
            )
        )
    mandatory: dict[int, list[RoleCourse]] = defaultdict(list)
    for role_course in RoleCourse.objects.filter(
        job_role_id__in={person.job_role_id for person in people}
    ).select_related("course"):
        mandatory[role_course.job_role_id].append(role_course)

    evidenced: dict[int, set[int]] = defaultdict(set)
    for staff_id, competency_id in (*at_start, *at_end):
        evidenced[staff_id].add(competency_id)

    summaries = []
    for person in people:
        levels = []
        pairs = evidenced.get(person.pk, set()) | set(required.get(person.job_role_id, {}))
        for competency_id in sorted(pairs, key=lambda pk: competencies[pk].code):
            competency = competencies[competency_id]
            before = at_start.get((person.pk, competency_id))
            now = at_end.get((person.pk, competency_id))
            before_value = (before.level if before else None) or 0
            now_value = (now.level if now else None) or 0
            levels.append(
                LevelChange(
                    competency_code=competency.code,
                    competency_name=competency.name,
                    required=competency.level_label(
                        required.get(person.job_role_id, {}).get(competency_id)
                    ),
                    start=competency.level_label(before_value),
                    end=competency.level_label(now_value),
                    change=now_value - before_value,
                )
            )
        items = list(overdue.get(person.pk, []))
        for role_course in mandatory.get(person.job_role_id, []):
            latest = latest_by_course.get((person.pk, role_course.course_key))
            if latest is not None and latest.expires_on and latest.expires_on < last_day:
                items.append(
                    OverdueItem(title=role_course.course.title, due_on=None, kind="renewal")
                )
        marks = scores.get(person.pk, [])
        mean = (
            (sum(marks, Decimal(0)) / len(marks)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
            if marks
            else None
        )
        summary = Summary(
            staff=person,
            period=period,
            completions=completions.get(person.pk, []),
            valid_certificates=valid.get(person.pk, 0),
            levels=levels,
            quiz_attempts=len(marks),
            mean_quiz_score=mean,
            overdue=items,
        )
        summary.score = training_score(summary.figures, weights)
        summaries.append(summary)
    return summaries
