"""Reads of the framework and of staff levels, in a fixed number of queries.

`levels_for` is how every page, export and reminder learns levels: one query for the evidence of
any number of staff, then the pure level rule (rules.level_of) per staff member and competency.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import timezone

from .levels import SKILLS
from .models import Competency, Evidence, RoleRequirement
from .rules import Fact, Level, Requirement, level_of


def framework() -> QuerySet[Competency]:
    """Every competency with its language and level descriptors, in framework order."""
    return Competency.objects.select_related("language").prefetch_related("descriptors")


def _date(value: dt.datetime | None, zone) -> dt.date | None:
    return value.astimezone(zone).date() if value is not None else None


def facts_for(staff, *, day: dt.date, competency_ids: Iterable[int] | None = None):
    """{(staff id, competency id): [Fact, ...]} of the evidence that counts on `day` (one query).

    `staff` is a queryset or a list of ids.
    """
    rows = Evidence.objects.in_force(day).filter(staff__in=staff)
    if competency_ids is not None:
        rows = rows.filter(competency_id__in=list(competency_ids))
    return facts_for_rows(rows)


def facts_for_rows(rows: QuerySet[Evidence]) -> dict[tuple[int, int], list[Fact]]:
    """{(staff id, competency id): [Fact, ...]} of an evidence queryset (one query)."""
    found: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    zone = timezone.get_current_timezone()
    for (
        staff_id,
        competency_id,
        level,
        source,
        skill,
        recorded_at,
        expires_on,
        withdrawn_at,
    ) in rows.values_list(
        "staff_id",
        "competency_id",
        "level",
        "source",
        "skill",
        "recorded_at",
        "expires_on",
        "withdrawn_at",
    ).iterator(chunk_size=5000):
        found[staff_id, competency_id].append(
            Fact(
                competency_id=competency_id,
                level=level,
                source=source,
                recorded_on=_date(recorded_at, zone),
                skill=skill,
                expires_on=expires_on,
                withdrawn_on=_date(withdrawn_at, zone),
                recorded_at=recorded_at,
            )
        )
    return found


def levels_for(
    staff, competencies: Iterable[Competency], *, day: dt.date | None = None
) -> dict[tuple[int, int], Level]:
    """{(staff id, competency id): Level} on `day` (default today) for every pair with evidence.

    A pair without evidence is absent: its level is None ("missing").
    """
    day = day or timezone.localdate()
    by_id = {competency.pk: competency for competency in competencies}
    facts = facts_for(staff, day=day, competency_ids=by_id)
    return {
        key: level_of(items, day=day, is_language=by_id[key[1]].is_language)
        for key, items in facts.items()
    }


def verified_levels_for(
    staff, competencies: Iterable[Competency], *, day: dt.date | None = None
) -> dict[tuple[int, int], Level]:
    """The verified levels (no self-assessments) of many staff: what the team matrix, the gap
    filter and the digests need. The same levels as `levels_for` (a test holds them equal), in
    one query of small rows.

    The evidence that counts comes ordered by when it was recorded, so rules 3 and 4 become one
    pass: a manager's assessment sets the level (what came before no longer matters), any other
    evidence raises it. Per skill for a language; whole-language evidence feeds every skill.
    """
    day = day or timezone.localdate()
    by_id = {competency.pk: competency for competency in competencies}
    if not by_id:
        return {}
    rows = (
        Evidence.objects.in_force(day)
        .verified()
        .filter(staff__in=staff, competency_id__in=list(by_id))
        .order_by("staff_id", "competency_id", "recorded_at", "level")
        .values_list("staff_id", "competency_id", "level", "source", "skill")
    )
    manager = Evidence.Source.MANAGER
    running: dict[tuple[int, int], dict[str, int]] = {}
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for staff_id, competency_id, level, source, skill in rows.iterator(chunk_size=5000):
        pair = (staff_id, competency_id)
        current = running.setdefault(pair, {})
        counts[pair] += 1
        for target in (skill,) if skill or not by_id[competency_id].is_language else SKILLS:
            if source == manager or level > current.get(target, 0):
                current[target] = level
    levels: dict[tuple[int, int], Level] = {}
    for pair, current in running.items():
        if by_id[pair[1]].is_language:
            skills = {skill: current.get(skill) for skill in SKILLS}
            values = list(skills.values())
            overall = None if None in values else min(values)
            levels[pair] = Level(overall, skills, {}, counts[pair])
        else:
            levels[pair] = Level(current.get(""), {}, {}, counts[pair])
    return levels


def requirements_by_role(
    role_ids: Iterable[int] | None = None,
) -> dict[int, list[Requirement]]:
    """{job role id: [Requirement, ...]} (one query)."""
    rows = RoleRequirement.objects.all()
    if role_ids is not None:
        rows = rows.filter(job_role_id__in=list(role_ids))
    found: dict[int, list[Requirement]] = defaultdict(list)
    for role_id, competency_id, level, skill in rows.values_list(
        "job_role_id", "competency_id", "level", "skill"
    ):
        found[role_id].append(Requirement(competency_id=competency_id, level=level, skill=skill))
    return found


def evidence_history(staff, competency_ids: Iterable[int] | None = None) -> QuerySet[Evidence]:
    """A staff member's evidence, newest first, with who recorded it (for the history tables)."""
    rows = Evidence.objects.filter(staff=staff).select_related(
        "competency", "competency__language", "recorded_by"
    )
    if competency_ids is not None:
        rows = rows.filter(competency_id__in=list(competency_ids))
    return rows.order_by("-recorded_at", "-pk")
