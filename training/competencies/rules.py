"""The level rule, the gap rule and the recommendation rule: pure functions over plain data.

Nothing here touches the database, so every case is a small test (tests/training/competencies/
test_rules.py). Selectors gather the facts; pages, exports and reminders ask these functions.

The level rule (`level_of`), for one staff member and one competency on a day D:

1. Only verified evidence counts: a completed course (its certificate), a passed quiz and a
   manager's assessment. A self-assessment never raises the verified level; it is kept beside
   it (`self_assessed`).
2. Evidence counts on D when it was recorded on or before D, was not withdrawn on or before D
   (a revoked certificate), and D is not after its last day (`expires_on`: a certificate's
   expiry, so an expired certificate stops counting the day after it expires).
3. The latest manager's assessment that counts is the baseline: it replaces everything recorded
   before it (the manager judged with that in view, and may rate lower). The level is the higher
   of the assessment and any evidence recorded after it.
4. Without a manager's assessment, the level is the highest level the evidence shows.
5. Languages are measured in five skills. Evidence for one skill counts for that skill; evidence
   for the language as a whole (a course, a quiz, an overall assessment) counts for every skill.
   A language's overall level is its weakest skill: a person is B1 when every skill is B1.

The gap rule (`status`): a requirement is met when the level reaches it, "below" when there is a
lower level, "missing" when there is none. A language requirement for one skill compares that
skill; one for the whole language compares the weakest skill.

The recommendation rule (`recommend`): a course closes a gap when it gives evidence for the
competency at the required level or above; courses that close more gaps come first, then shorter
ones. Where no course closes a gap, courses that raise the level towards it are suggested after.
Courses the person has already completed (and whose evidence still counts) are not suggested.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .levels import SKILLS

MANAGER = "manager"
SELF = "self"


@dataclass(frozen=True)
class Fact:
    """One piece of evidence, as the rule sees it."""

    competency_id: int
    level: int
    source: str
    recorded_on: dt.date
    skill: str = ""
    expires_on: dt.date | None = None
    withdrawn_on: dt.date | None = None
    recorded_at: dt.datetime | None = None  # orders facts recorded on the same day


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months, end-of-month safe (31 January + 1 month = 28 or 29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, last_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def in_force(fact: Fact, day: dt.date) -> bool:
    """Rule 2: recorded by `day`, not withdrawn by `day`, not past its last day."""
    if fact.recorded_on > day:
        return False
    if fact.withdrawn_on is not None and fact.withdrawn_on <= day:
        return False
    return fact.expires_on is None or day <= fact.expires_on


def _order(fact: Fact) -> tuple:
    return (fact.recorded_at or dt.datetime.combine(fact.recorded_on, dt.time.min), fact.level)


def _verified_level(facts: Sequence[Fact]) -> int | None:
    """Rules 3 and 4 over facts that all count (and all apply to the skill in question)."""
    verified = [fact for fact in facts if fact.source != SELF]
    if not verified:
        return None
    assessments = [fact for fact in verified if fact.source == MANAGER]
    if assessments:
        baseline = max(assessments, key=_order)
        later = [fact.level for fact in verified if _order(fact) > _order(baseline)]
        return max([baseline.level, *later])
    return max(fact.level for fact in verified)


@dataclass(frozen=True)
class Level:
    """A staff member's level in one competency on one day."""

    level: int | None
    skills: dict[str, int | None] = field(default_factory=dict)  # languages only
    self_assessed: dict[str, int] = field(default_factory=dict)  # skill ("" = whole) -> level
    evidence_count: int = 0

    def for_skill(self, skill: str = "") -> int | None:
        """The level in one skill, or (no skill) the overall level."""
        if skill and self.skills:
            return self.skills.get(skill)
        return self.level


def level_of(facts: Iterable[Fact], *, day: dt.date, is_language: bool) -> Level:
    """The level rule (module docstring) for one staff member and one competency on `day`."""
    counting = [fact for fact in facts if in_force(fact, day)]
    self_assessed: dict[str, int] = {}
    for fact in sorted((f for f in counting if f.source == SELF), key=_order):
        self_assessed[fact.skill] = fact.level  # the latest per skill wins
    verified = [fact for fact in counting if fact.source != SELF]
    if not is_language:
        return Level(_verified_level(verified), {}, self_assessed, len(verified))
    skills = {
        skill: _verified_level([fact for fact in verified if fact.skill in ("", skill)])
        for skill in SKILLS
    }
    values = list(skills.values())
    overall = None if any(value is None for value in values) else min(values)
    return Level(overall, skills, self_assessed, len(verified))


# --- gaps ------------------------------------------------------------------------------------


class Status(StrEnum):
    MEETS = "meets"
    BELOW = "below"
    MISSING = "missing"
    NOT_REQUIRED = "none"


@dataclass(frozen=True)
class Requirement:
    competency_id: int
    level: int
    skill: str = ""


def status(requirement: Requirement | None, level: Level | None) -> Status:
    """The gap rule for one requirement."""
    if requirement is None:
        return Status.NOT_REQUIRED
    current = level.for_skill(requirement.skill) if level is not None else None
    if current is None:
        return Status.MISSING
    return Status.MEETS if current >= requirement.level else Status.BELOW


@dataclass(frozen=True)
class Gap:
    requirement: Requirement
    current: int | None
    status: Status

    @property
    def competency_id(self) -> int:
        return self.requirement.competency_id


def gaps(requirements: Iterable[Requirement], levels: dict[int, Level]) -> list[Gap]:
    """The requirements that are not met, each with the current level (None when missing)."""
    found = []
    for requirement in requirements:
        level = levels.get(requirement.competency_id)
        result = status(requirement, level)
        if result in (Status.BELOW, Status.MISSING):
            current = level.for_skill(requirement.skill) if level is not None else None
            found.append(Gap(requirement, current, result))
    return found


def worst_status(statuses: Iterable[Status]) -> Status:
    """One cell for several requirements (a language required in two skills): the worst."""
    order = [Status.MISSING, Status.BELOW, Status.MEETS, Status.NOT_REQUIRED]
    found = set(statuses)
    return next((item for item in order if item in found), Status.NOT_REQUIRED)


# --- recommendations -------------------------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    """A course the person could take: its key, length and the evidence it gives."""

    key: object
    minutes: int
    outcomes: tuple[tuple[int, int], ...]  # (competency id, level)


@dataclass(frozen=True)
class Recommendation:
    offer: Offer
    closes: tuple[Gap, ...]
    raises: tuple[Gap, ...]


def recommend(gaps_found: Sequence[Gap], offers: Iterable[Offer], *, done: frozenset = frozenset()):
    """The recommendation rule (module docstring): courses that close gaps, best first."""
    closing: list[Recommendation] = []
    raising: list[Recommendation] = []
    for offer in offers:
        if offer.key in done:
            continue
        closes, raises = [], []
        for gap in gaps_found:
            levels = [lvl for cid, lvl in offer.outcomes if cid == gap.competency_id]
            if not levels:
                continue
            best = max(levels)
            if best >= gap.requirement.level:
                closes.append(gap)
            elif best > (gap.current or 0):
                raises.append(gap)
        if closes:
            closing.append(Recommendation(offer, tuple(closes), tuple(raises)))
        elif raises:
            raising.append(Recommendation(offer, (), tuple(raises)))
    closing.sort(key=lambda rec: (-len(rec.closes), rec.offer.minutes, str(rec.offer.key)))
    closed = {id(gap) for rec in closing for gap in rec.closes}
    # A course that only raises a level is worth showing for gaps no course closes.
    raising = [rec for rec in raising if any(id(gap) not in closed for gap in rec.raises)]
    raising.sort(
        key=lambda rec: (
            -max(lvl for cid, lvl in rec.offer.outcomes),
            rec.offer.minutes,
            str(rec.offer.key),
        )
    )
    return closing + raising
