"""Appraisal summaries (training/reports/summaries.py): what is counted, the score, queries."""

from __future__ import annotations

from decimal import Decimal

import pytest

from training.people.models import StaffProfile
from training.reports.models import ScoreWeights
from training.reports.summaries import (
    Figures,
    score_formula,
    summaries_for,
    summary_staff,
    training_score,
)


def by_name(summaries):
    return {summary.staff.name_latin: summary for summary in summaries}


def test_counts_completions_hours_and_certificates_of_the_period(hr_world):
    w = hr_world
    org = w.org
    summaries = by_name(summaries_for(summary_staff(StaffProfile.objects.all()), w.current))
    li = summaries["LI Yun"]
    assert [c.course_title for c in li.completions] == ["服务台英语"]
    assert li.hours == Decimal("3.5")
    # Both of LI Yun's certificates are valid on the last day of the period.
    assert li.valid_certificates == 2
    assert li.quiz_attempts == 2
    assert li.mean_quiz_score == Decimal("85.0")
    assert li.overdue == []
    # The re-issue replaces the first certificate: one completion, one valid certificate.
    zhang = summaries["ZHANG Zhe"]
    assert zhang.courses_completed == 1
    assert zhang.valid_certificates == 1
    # A revoked certificate's completion does not count; the expired one is not valid.
    sun = summaries["SUN Yue"]
    assert sun.completions == []
    assert sun.hours == 0
    assert sun.valid_certificates == 0
    assert [(item.kind, item.due_on) for item in sun.overdue] == [
        ("assignment", w.sun_overdue.due_date)
    ]
    assert summaries["QIAN Sheng"].hours == Decimal("1")
    assert org.hr.name_latin in summaries


def test_levels_at_start_and_end_of_the_period(hr_world):
    w = hr_world
    li = by_name(summaries_for(StaffProfile.objects.all(), w.current))["LI Yun"]
    english = next(level for level in li.levels if level.competency_code == "english")
    # The desk English course (B2) was completed within the period; before it nothing counted
    # except the team fixture's course at B1 recorded ten days ago (after the period start on
    # every day but the first ten of the year).
    assert english.end == "B2"
    assert english.change >= 1
    assert li.levels_gained >= 1
    last_year = by_name(summaries_for(StaffProfile.objects.all(), w.year))["LI Yun"]
    intercultural = next(
        level for level in last_year.levels if level.competency_code == "intercultural"
    )
    assert (intercultural.start, intercultural.end, intercultural.change) == ("", "3", 3)
    assert intercultural.required == "2"


def test_training_score_weighs_the_figures_and_is_bounded():
    weights = ScoreWeights()
    figures = Figures(
        hours=Decimal("3.5"),
        courses=1,
        certificates=2,
        levels_gained=1,
        mean_quiz=Decimal("85"),
        overdue=0,
    )
    # 3.5 x 2 + 1 x 5 + 2 x 3 + 1 x 4 + 0.85 x 20 - 0 = 7 + 5 + 6 + 4 + 17 = 39
    assert training_score(figures, weights) == Decimal("39.0")
    assert training_score(Figures(overdue=3), weights) == Decimal("0.0")
    assert training_score(Figures(hours=Decimal(500)), weights) == Decimal("100.0")
    heavy = ScoreWeights(per_overdue=Decimal("1"), maximum=Decimal("50"))
    assert training_score(Figures(courses=2, overdue=1), heavy) == Decimal("9.0")


def test_formula_shows_the_weights():
    text = score_formula(ScoreWeights(per_hour=Decimal("2.50")))
    assert "2.5" in text and "100" in text


@pytest.mark.parametrize("size", [5, 60])
def test_queries_do_not_grow_with_staff(hr_world, django_assert_max_num_queries, size):
    from tests.training.reports.conftest import build_team

    build_team(staff=size, competencies=6, evidence=(1, 2), prefix=f"s{size}")
    with django_assert_max_num_queries(11):
        summaries = summaries_for(summary_staff(StaffProfile.objects.all()), hr_world.current)
    assert len(summaries) >= size
