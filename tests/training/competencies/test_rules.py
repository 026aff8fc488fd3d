"""The level, gap and recommendation rules (training/competencies/rules.py), case by case."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from training.competencies.rules import (
    Fact,
    Gap,
    Level,
    Offer,
    Requirement,
    Status,
    add_months,
    gaps,
    in_force,
    level_of,
    recommend,
    status,
    worst_status,
)

DAY = dt.date(2026, 11, 25)
C = 7  # a competency id


def fact(level, source="quiz", *, days_ago=10, skill="", expires_on=None, withdrawn_on=None):
    return Fact(
        competency_id=C,
        level=level,
        source=source,
        recorded_on=DAY - dt.timedelta(days=days_ago),
        skill=skill,
        expires_on=expires_on,
        withdrawn_on=withdrawn_on,
    )


def level(facts, *, language=False, day=DAY):
    return level_of(facts, day=day, is_language=language)


# --- rule 1 and 4: verified evidence, the highest counts ---------------------------------------


def test_the_highest_verified_evidence_is_the_level():
    assert level([fact(2), fact(4, "course"), fact(3)]).level == 4


def test_no_evidence_is_no_level():
    result = level([])
    assert result.level is None and result.evidence_count == 0


def test_a_self_assessment_never_raises_the_verified_level_but_is_kept_beside_it():
    result = level([fact(2), fact(5, "self")])
    assert result.level == 2
    assert result.self_assessed == {"": 5}
    assert level([fact(5, "self")]).level is None


def test_the_latest_self_assessment_per_skill_is_shown():
    result = level(
        [
            fact(2, "self", skill="reading", days_ago=30),
            fact(4, "self", skill="reading", days_ago=3),
            fact(3, "self", skill="writing", days_ago=30),
        ],
        language=True,
    )
    assert result.self_assessed == {"reading": 4, "writing": 3}


# --- rule 2: expiry and withdrawal -------------------------------------------------------------


def test_evidence_counts_through_its_last_day_and_not_after():
    certificate = fact(4, "course", expires_on=DAY)
    assert in_force(certificate, DAY)
    assert not in_force(certificate, DAY + dt.timedelta(days=1))
    assert level([certificate, fact(2)]).level == 4
    assert level([certificate, fact(2)], day=DAY + dt.timedelta(days=1)).level == 2


def test_an_expired_certificate_alone_leaves_no_level():
    expired = fact(4, "course", days_ago=800, expires_on=DAY - dt.timedelta(days=70))
    assert level([expired]).level is None


def test_withdrawn_evidence_stops_counting_from_the_day_it_was_withdrawn():
    revoked = fact(4, "course", withdrawn_on=DAY)
    assert level([revoked, fact(1)]).level == 1
    assert level([revoked, fact(1)], day=DAY - dt.timedelta(days=1)).level == 4


def test_evidence_recorded_later_does_not_count_for_an_earlier_day():
    assert level([fact(3, days_ago=0)], day=DAY - dt.timedelta(days=1)).level is None


# --- rule 3: the manager's assessment is the baseline ------------------------------------------


def test_a_managers_assessment_can_lower_the_level_earlier_evidence_showed():
    assert level([fact(4, "course", days_ago=60), fact(2, "manager", days_ago=5)]).level == 2


def test_evidence_after_the_assessment_raises_it_again():
    facts = [fact(4, days_ago=60), fact(2, "manager", days_ago=30), fact(3, days_ago=5)]
    assert level(facts).level == 3


def test_the_latest_assessment_is_the_baseline():
    facts = [fact(5, "manager", days_ago=60), fact(2, "manager", days_ago=30)]
    assert level(facts).level == 2


def test_an_expired_assessment_no_longer_holds_the_level_down():
    facts = [
        fact(4, "course", days_ago=60),
        fact(1, "manager", days_ago=30, expires_on=DAY - dt.timedelta(days=1)),
    ]
    assert level(facts).level == 4


# --- rule 5: languages in five skills ----------------------------------------------------------


def test_whole_language_evidence_counts_for_every_skill():
    result = level([fact(3, "course")], language=True)
    assert set(result.skills.values()) == {3}
    assert result.level == 3


def test_a_language_is_as_strong_as_its_weakest_skill():
    result = level([fact(3, "course"), fact(5, "manager", skill="interaction")], language=True)
    assert result.skills["interaction"] == 5
    assert result.skills["reading"] == 3
    assert result.level == 3
    assert result.for_skill("interaction") == 5
    assert result.for_skill() == 3


def test_a_language_with_a_skill_never_shown_has_no_overall_level():
    result = level([fact(4, "manager", skill="interaction")], language=True)
    assert result.level is None
    assert result.for_skill("interaction") == 4
    assert result.for_skill("writing") is None


def test_a_skill_assessment_is_the_baseline_of_that_skill_only():
    facts = [fact(5, "course", days_ago=60), fact(2, "manager", skill="writing", days_ago=5)]
    result = level(facts, language=True)
    assert result.skills["writing"] == 2
    assert result.skills["listening"] == 5
    assert result.level == 2


# --- gaps --------------------------------------------------------------------------------------


def test_status_meets_below_missing_and_not_required():
    result = Level(3)
    assert status(Requirement(C, 3), result) == Status.MEETS
    assert status(Requirement(C, 4), result) == Status.BELOW
    assert status(Requirement(C, 1), None) == Status.MISSING
    assert status(Requirement(C, 1), Level(None)) == Status.MISSING
    assert status(None, result) == Status.NOT_REQUIRED


def test_a_skill_requirement_compares_that_skill():
    result = level([fact(3, "course"), fact(5, "manager", skill="interaction")], language=True)
    assert status(Requirement(C, 5, "interaction"), result) == Status.MEETS
    assert status(Requirement(C, 5), result) == Status.BELOW


def test_gaps_lists_unmet_requirements_with_the_current_level():
    found = gaps(
        [Requirement(C, 4), Requirement(8, 2), Requirement(9, 1)], {C: Level(2), 9: Level(1)}
    )
    assert [(gap.competency_id, gap.current, gap.status) for gap in found] == [
        (C, 2, Status.BELOW),
        (8, None, Status.MISSING),
    ]


def test_the_worst_status_speaks_for_a_cell():
    assert worst_status([Status.MEETS, Status.BELOW]) == Status.BELOW
    assert worst_status([Status.MEETS, Status.MISSING, Status.BELOW]) == Status.MISSING
    assert worst_status([]) == Status.NOT_REQUIRED


# --- recommendations ---------------------------------------------------------------------------


def test_courses_closing_more_gaps_come_first_then_shorter_ones():
    found = gaps([Requirement(1, 3), Requirement(2, 3)], {})
    long_both = Offer("both", 300, ((1, 3), (2, 4)))
    short_one = Offer("one", 30, ((1, 3),))
    shorter_one = Offer("one-short", 20, ((2, 5),))
    unrelated = Offer("other", 10, ((9, 5),))
    result = recommend(found, [short_one, unrelated, long_both, shorter_one])
    assert [rec.offer.key for rec in result] == ["both", "one-short", "one"]
    assert {gap.competency_id for gap in result[0].closes} == {1, 2}


def test_a_course_below_the_requirement_is_suggested_only_for_gaps_nothing_closes():
    found = gaps([Requirement(1, 4), Requirement(2, 3)], {1: Level(1)})
    closes_two = Offer("closes-2", 60, ((2, 3),))
    raises_one = Offer("raises-1", 60, ((1, 2),))
    raises_two = Offer("raises-2", 60, ((2, 2),))
    result = recommend(found, [closes_two, raises_one, raises_two])
    assert [rec.offer.key for rec in result] == ["closes-2", "raises-1"]
    assert result[1].closes == () and result[1].raises[0].competency_id == 1


def test_completed_courses_are_not_suggested():
    found = gaps([Requirement(1, 3)], {})
    offer = Offer("done", 30, ((1, 3),))
    assert recommend(found, [offer], done=frozenset({"done"})) == []


def test_no_gaps_no_suggestions():
    assert recommend([], [Offer("x", 30, ((1, 5),))]) == []


# --- properties --------------------------------------------------------------------------------

levels = st.integers(min_value=1, max_value=5)
sources = st.sampled_from(["quiz", "course", "manager", "self"])


@st.composite
def facts(draw):
    return fact(
        draw(levels),
        draw(sources),
        days_ago=draw(st.integers(min_value=0, max_value=400)),
        expires_on=draw(st.one_of(st.none(), st.dates(DAY - dt.timedelta(days=300), DAY))),
    )


@given(st.lists(facts(), max_size=8))
def test_the_level_is_one_of_the_counting_verified_levels(items):
    counting = [item.level for item in items if in_force(item, DAY) and item.source != "self"]
    result = level(items).level
    assert (result is None) == (not counting)
    if counting:
        assert result in counting


@given(st.lists(facts(), max_size=8), levels)
def test_adding_a_self_assessment_never_changes_the_level(items, self_level):
    assert level(items).level == level([*items, fact(self_level, "self", days_ago=0)]).level


@given(st.lists(facts(), max_size=8), levels)
def test_new_course_evidence_never_lowers_the_level(items, new_level):
    before = level(items).level or 0
    after = level([*items, fact(new_level, "course", days_ago=0)]).level
    assert after >= before


@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)), st.integers(0, 120))
def test_add_months_lands_in_the_right_month_and_never_overshoots(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day


def test_a_gap_knows_its_competency():
    assert Gap(Requirement(3, 2), None, Status.MISSING).competency_id == 3
