"""Item analysis: hand-computed figures, flags and warnings, random drawing, and properties."""

import math
import statistics
from decimal import Decimal

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from assessments.analysis import (
    MIN_ATTEMPTS,
    Flag,
    cronbach_alpha,
    pearson,
    question_statistics,
    quiz_statistics,
)


@pytest.fixture(autouse=True)
def english():
    # The site's default language is Chinese; the assertions read the English source strings.
    with translation.override("en"):
        yield


def right_wrong(*rows: tuple[int, ...]) -> list[dict[int, tuple[int, int]]]:
    """Attempts of 1-mark questions numbered from 1: (1, 0, 1) = right, wrong, right."""
    return [{q: (score, 1) for q, score in enumerate(row, start=1)} for row in rows]


# --- a 4-attempt, 3-question quiz computed by hand ------------------------------------------------
#
#            Q1  Q2  Q3  total  score
#   A1        1   1   1    3    100 %
#   A2        1   1   0    2     66.7 %
#   A3        1   0   0    1     33.3 %
#   A4        0   0   0    0      0 %
HAND = right_wrong((1, 1, 1), (1, 1, 0), (1, 0, 0), (0, 0, 0))


def test_hand_computed_facility_and_sd():
    stats = {q.question_id: q for q in quiz_statistics(HAND).questions}
    # Q1: mean of 1,1,1,0 = 0.75; deviations .25,.25,.25,-.75; squares sum to
    # 3 x .0625 + .5625 = .75; / (n-1 = 3) = .25; sd = .5.
    assert stats[1].facility == 0.75
    assert stats[1].sd == 0.5
    # Q2: mean of 1,1,0,0 = .5; squares 4 x .25 = 1; / 3; sd = sqrt(1/3).
    assert stats[2].facility == 0.5
    assert stats[2].sd == pytest.approx(math.sqrt(1 / 3))
    # Q3: the mirror image of Q1: mean .25, sd .5.
    assert stats[3].facility == 0.25
    assert stats[3].sd == 0.5
    assert all(q.n == 4 for q in stats.values())


def test_hand_computed_discrimination():
    stats = {q.question_id: q for q in quiz_statistics(HAND).questions}
    # Q1: x = 1,1,1,0 (mean .75); rest = mean of Q2,Q3 = 1,.5,0,0 (mean .375).
    #   dx = .25,.25,.25,-.75   dy = .625,.125,-.375,-.375
    #   Sxy = .15625 + .03125 - .09375 + .28125 = .375
    #   Sxx = .75   Syy = .390625 + .015625 + .140625 + .140625 = .6875
    #   r = .375 / sqrt(.75 x .6875) = .375 / sqrt(33/64) = 3 / sqrt(33) = 0.5222
    assert stats[1].discrimination == pytest.approx(3 / math.sqrt(33))
    # Q2: x = 1,1,0,0 (mean .5); rest = mean of Q1,Q3 = 1,.5,.5,0 (mean .5).
    #   dx = .5,.5,-.5,-.5   dy = .5,0,0,-.5
    #   Sxy = .25 + .25 = .5   Sxx = 1   Syy = .5   r = .5 / sqrt(.5) = sqrt(.5) = 0.7071
    assert stats[2].discrimination == pytest.approx(math.sqrt(0.5))
    # Q3: x = 1,0,0,0 (mean .25); rest = mean of Q1,Q2 = 1,1,.5,0 (mean .625).
    #   dx = .75,-.25,-.25,-.25   dy = .375,.375,-.125,-.625
    #   Sxy = .28125 - .09375 + .03125 + .15625 = .375   Sxx = .75   Syy = .6875
    #   r = 3 / sqrt(33), as for Q1.
    assert stats[3].discrimination == pytest.approx(3 / math.sqrt(33))
    # Facilities .25..0.75 and discriminations above .5: nothing to flag.
    assert all(q.flags == () for q in stats.values())


def test_hand_computed_quiz_figures():
    stats = quiz_statistics(HAND)
    assert stats.n_attempts == 4
    # Sample item variances (marks): Q1 .75/3 = 1/4, Q2 1/3, Q3 1/4; sum 5/6.
    # Totals 3,2,1,0: mean 1.5, squared deviations 2.25+.25+.25+2.25 = 5, variance 5/3.
    # alpha = k/(k-1) x (1 - 5/6 / 5/3) = 3/2 x (1 - 1/2) = 0.75
    assert stats.cronbach_alpha == pytest.approx(0.75)
    # Scores 100, 66.7, 33.3, 0: mean 50, median (33.3 + 66.7) / 2 = 50,
    # sd = 100/3 x sqrt(5/3) = 43.03 (the totals' sd scaled to percent).
    assert stats.mean == pytest.approx(50)
    assert stats.median == pytest.approx(50)
    assert stats.sd == pytest.approx(100 / 3 * math.sqrt(5 / 3))
    # 0 % -> band 0, 33.3 % -> band 3, 66.7 % -> band 6, 100 % -> the last band.
    assert stats.histogram == [1, 0, 0, 1, 0, 0, 1, 0, 0, 1]
    assert [q.question_id for q in stats.questions] == [1, 2, 3]


def test_question_statistics_matches_quiz_statistics():
    quiz = quiz_statistics(HAND)
    for q in quiz.questions:
        assert question_statistics(q.question_id, HAND) == q


def test_a_question_nobody_answered():
    q = question_statistics(99, HAND)
    assert (q.n, q.facility, q.sd, q.discrimination, q.flags) == (0, None, None, None, ())
    assert not q.reliable


# --- discrimination: perfect, inverse, zero, undefined --------------------------------------------


def test_perfect_discrimination():
    # Everyone gets all right or all wrong: each question agrees exactly with the rest.
    stats = quiz_statistics(right_wrong((1, 1, 1), (0, 0, 0), (1, 1, 1), (0, 0, 0)))
    assert [q.discrimination for q in stats.questions] == [1.0, 1.0, 1.0]
    assert all(q.flags == () for q in stats.questions)
    # Three identical items 1,0,1,0: item variances 3 x 1/3 = 1; totals 3,0,3,0 have
    # variance 4 x 2.25 / 3 = 3; alpha = 3/2 x (1 - 1/3) = 1.
    assert stats.cronbach_alpha == 1.0


def test_inverse_discrimination_is_flagged():
    # Q1 is right exactly when the rest is wrong: r = -1, the key is probably wrong.
    attempts = right_wrong((0, 1, 1), (1, 0, 0), (0, 1, 1), (1, 0, 0))
    q1 = question_statistics(1, attempts)
    assert q1.discrimination == -1.0
    assert q1.flags == (Flag.NEGATIVE_DISCRIMINATION,)
    # Q2: its rest (mean of Q1 and Q3) is .5 in every attempt: no variance, no correlation,
    # and so no discrimination flag either.
    q2 = question_statistics(2, attempts)
    assert q2.discrimination is None
    assert q2.flags == ()


def test_zero_discrimination_is_low():
    # Q1 = 1,0,1,0 and Q2 = 1,1,0,0: Sxy = .25 - .25 - .25 + .25 = 0, so r = 0 for both.
    stats = quiz_statistics(right_wrong((1, 1), (0, 1), (1, 0), (0, 0)))
    assert [q.discrimination for q in stats.questions] == [0.0, 0.0]
    assert all(q.flags == (Flag.LOW_DISCRIMINATION,) for q in stats.questions)


def test_discrimination_needs_three_attempts():
    stats = quiz_statistics(right_wrong((1, 1), (0, 0)))
    assert [q.discrimination for q in stats.questions] == [None, None]
    assert all(q.flags == () for q in stats.questions)
    assert all(q.sd == pytest.approx(math.sqrt(0.5)) for q in stats.questions)


def test_single_question_quiz_has_no_discrimination_or_alpha():
    stats = quiz_statistics([{1: (s, 1)} for s in (1, 0, 1, 1)])
    assert stats.questions[0].discrimination is None
    assert stats.questions[0].facility == 0.75
    assert stats.cronbach_alpha is None


# --- flags ----------------------------------------------------------------------------------------


def test_too_hard():
    # 1 right out of 10: facility .1.
    q = question_statistics(1, [{1: (int(i == 0), 1)} for i in range(10)])
    assert q.facility == pytest.approx(0.1)
    assert q.flags == (Flag.TOO_HARD,)


def test_too_easy_and_undefined_discrimination():
    # All right: facility 1, sd 0, no variance so no discrimination and no discrimination flag.
    q = question_statistics(1, right_wrong(*[(1, i % 2) for i in range(20)]))
    assert q.facility == 1.0
    assert q.sd == 0.0
    assert q.discrimination is None
    assert q.flags == (Flag.TOO_EASY,)
    assert Flag.TOO_EASY.informative
    assert not Flag.TOO_HARD.informative


def test_thresholds_are_exclusive():
    # Facility exactly .2 (1 in 5) and exactly .95 (19 in 20): neither too hard nor too easy.
    assert question_statistics(1, [{1: (int(i == 0), 1)} for i in range(5)]).flags == ()
    assert question_statistics(1, [{1: (int(i < 19), 1)} for i in range(20)]).flags == ()


def test_partial_credit_facility():
    # 2 of 4 marks and 3 of 4 marks: shares .5 and .75, facility .625 (given as Decimal and float).
    q = question_statistics(1, [{1: (Decimal("2"), Decimal("4"))}, {1: (3.0, 4.0)}])
    assert q.facility == 0.625
    assert q.sd == pytest.approx(math.sqrt(((0.5 - 0.625) ** 2 + (0.75 - 0.625) ** 2) / 1))


def test_flag_labels():
    assert str(Flag.TOO_HARD.label) == (
        "Nearly everyone gets this wrong: check the key and the wording"
    )
    assert str(Flag.NEGATIVE_DISCRIMINATION.label) == (
        "Strong candidates do worse on this than weak ones: the key may be wrong"
    )
    assert all(str(flag.label) for flag in Flag)


# --- warnings -------------------------------------------------------------------------------------


def test_no_attempts():
    stats = quiz_statistics([])
    assert stats.n_attempts == 0
    assert (stats.mean, stats.median, stats.sd, stats.cronbach_alpha) == (None,) * 4
    assert stats.questions == []
    assert stats.histogram == [0] * 10
    assert stats.warnings == ["There are no attempts yet, so no statistics can be computed."]


def test_one_attempt():
    stats = quiz_statistics(right_wrong((1, 0)))
    assert stats.mean == 50.0
    assert stats.sd is None
    assert stats.cronbach_alpha is None
    assert len(stats.warnings) == 1
    assert "only 1 attempt" in stats.warnings[0]
    assert "no statistics can be computed" in stats.warnings[0]


def test_few_attempts_are_indicative():
    stats = quiz_statistics(HAND)
    assert stats.warnings == [
        "There are only 4 attempts: with fewer than 30 attempts these figures are indicative only."
    ]
    assert not any(q.reliable for q in stats.questions)


def test_enough_attempts_no_warning():
    attempts = right_wrong(*[(i % 2, i % 3 != 0, i % 5 != 0) for i in range(MIN_ATTEMPTS)])
    stats = quiz_statistics(attempts)
    assert stats.warnings == []
    assert all(q.reliable for q in stats.questions)
    assert quiz_statistics(attempts[:-1]).warnings[0].startswith("There are only 29 attempts")


def test_warnings_follow_the_language():
    with translation.override("zh-hans"):
        warnings = quiz_statistics(HAND).warnings
    # Untranslated strings fall back to English; either way one sentence naming the count.
    assert len(warnings) == 1
    assert "4" in warnings[0]


# --- questions drawn at random --------------------------------------------------------------------


def test_random_drawing():
    attempts = [
        {1: (1, 1), 2: (1, 1), 3: (1, 1)},  # 100 %
        {1: (1, 1), 2: (0, 1), 4: (0, 1)},  # 33.3 %
        {1: (0, 1), 3: (0, 1), 4: (0, 1)},  # 0 %
    ]
    stats = quiz_statistics(attempts)
    by_id = {q.question_id: q for q in stats.questions}
    assert {qid: q.n for qid, q in by_id.items()} == {1: 3, 2: 2, 3: 2, 4: 2}
    # Q1 against the rest of each attempt: x = 1,1,0; rest = (1+1)/2, (0+0)/2, (0+0)/2 = 1,0,0.
    #   means 2/3 and 1/3; dx = 1/3,1/3,-2/3; dy = 2/3,-1/3,-1/3
    #   Sxy = 2/9 - 1/9 + 2/9 = 1/3; Sxx = Syy = 6/9; r = (1/3) / (2/3) = .5
    assert by_id[1].discrimination == pytest.approx(0.5)
    # The others were drawn only twice: too few for a correlation.
    assert [by_id[q].discrimination for q in (2, 3, 4)] == [None, None, None]
    assert by_id[2].facility == 0.5
    assert by_id[4].facility == 0.0
    assert by_id[4].flags == (Flag.TOO_HARD,)
    # Only Q1 is in every attempt: no alpha, and the editor is told why.
    assert stats.cronbach_alpha is None
    assert any("Cronbach's alpha cannot be computed" in w for w in stats.warnings)
    assert stats.histogram == [1, 0, 0, 1, 0, 0, 0, 0, 0, 1]


def test_alpha_over_the_common_questions_only():
    # Q1 and Q2 in every attempt, Q3 and Q4 drawn at random: alpha is that of Q1 and Q2.
    attempts = [
        {1: (1, 1), 2: (1, 1), 3: (1, 1)},
        {1: (1, 1), 2: (0, 1), 4: (0, 1)},
        {1: (0, 1), 2: (0, 1), 3: (0, 1)},
        {1: (0, 1), 2: (1, 1), 4: (1, 1)},
        {1: (1, 1), 2: (1, 1), 4: (0, 1)},
    ]
    stats = quiz_statistics(attempts)
    common = [[a[1][0], a[2][0]] for a in attempts]
    assert stats.cronbach_alpha == pytest.approx(cronbach_alpha(common))
    expected = "uses only the 2 questions answered in every attempt (of 4)"
    assert any(expected in w for w in stats.warnings)


def test_scores_are_weighted_by_marks():
    # 1 of 1 mark and 0 of 3 marks: 25 %, not the 50 % an average of shares would give.
    stats = quiz_statistics([{1: (1, 1), 2: (0, 3)}, {1: (0, 1), 2: (3, 3)}])
    assert stats.mean == 50.0  # 25 % and 75 %
    assert stats.histogram == [0, 0, 1, 0, 0, 0, 0, 1, 0, 0]


def test_histogram_bands_are_exact():
    # 0.7 as a float is a hair below 7/10, but the person meant 70 %: band 7.
    stats = quiz_statistics([{1: (0.7, 1.0)}, {1: (0.1, 1)}, {1: (Decimal("9.99"), 100)}])
    assert stats.histogram == [1, 1, 0, 0, 0, 0, 0, 1, 0, 0]


@pytest.mark.parametrize(
    "attempt",
    [
        {},
        {1: (1, 0)},
        {1: (2, 1)},
        {1: (-1, 1)},
        {1: (float("nan"), 1)},
        {1: (Decimal("Infinity"), 1)},
    ],
)
def test_rejects_bad_input(attempt):
    with pytest.raises(ValueError):
        quiz_statistics([attempt])


# --- helpers --------------------------------------------------------------------------------------


def test_pearson():
    assert pearson([1, 2, 3], [2, 4, 6]) == 1.0
    assert pearson([1, 2, 3], [3, 2, 1]) == -1.0
    assert pearson([1, 2, 3], [1, 1, 1]) is None
    assert pearson([1], [1]) is None
    # x = 1,2,3,4 and y = 1,3,2,4: Sxy = 4, Sxx = Syy = 5, r = .8
    assert pearson([1, 2, 3, 4], [1, 3, 2, 4]) == pytest.approx(0.8)
    with pytest.raises(ValueError):
        pearson([1, 2], [1])


def test_cronbach_alpha_helper():
    assert cronbach_alpha([[1, 1], [0, 0]]) == 1.0
    assert cronbach_alpha([[1, 1]]) is None
    assert cronbach_alpha([[1], [0]]) is None
    assert cronbach_alpha([[1, 1], [1, 1]]) is None
    # Two items that cancel out: totals constant -> undefined.
    assert cronbach_alpha([[1, 0], [0, 1]]) is None
    with pytest.raises(ValueError):
        cronbach_alpha([[1, 1], [1]])


# --- properties -----------------------------------------------------------------------------------

QUESTION_IDS = st.integers(min_value=1, max_value=5)
MAX_SCORES = st.sampled_from([1, 2, 3, Decimal("0.5"), Decimal("2.5"), 1.5])


@st.composite
def graded(draw) -> tuple:
    max_score = draw(MAX_SCORES)
    if isinstance(max_score, float):
        return (draw(st.floats(min_value=0, max_value=max_score)), max_score)
    quarters = draw(st.integers(min_value=0, max_value=4))
    return (max_score * quarters / 4, max_score)


ATTEMPT = st.dictionaries(QUESTION_IDS, graded(), min_size=1, max_size=5)


@st.composite
def fixed_quiz(draw) -> list:
    """Every attempt answers the same questions (no random drawing), so alpha is mostly defined."""
    k = draw(st.integers(min_value=2, max_value=5))
    row = st.fixed_dictionaries({q: graded() for q in range(1, k + 1)})
    return draw(st.lists(row, max_size=25))


# Half of the examples draw questions at random, half are fixed quizzes.
ATTEMPTS = st.one_of(st.lists(ATTEMPT, max_size=25), fixed_quiz())


@settings(max_examples=150, deadline=None)
@given(ATTEMPTS)
def test_properties(attempts):
    stats = quiz_statistics(attempts)
    assert stats.n_attempts == len(attempts)
    assert sum(stats.histogram) == len(attempts)
    assert len(stats.histogram) == 10
    if stats.cronbach_alpha is not None:
        assert stats.cronbach_alpha <= 1
    if stats.mean is not None:
        assert 0 <= stats.mean <= 100
        assert 0 <= stats.median <= 100
    for q in stats.questions:
        assert 0 <= q.facility <= 1
        assert q.sd is None or q.sd >= 0
        if q.discrimination is None:
            assert not {Flag.NEGATIVE_DISCRIMINATION, Flag.LOW_DISCRIMINATION} & set(q.flags)
        else:
            assert -1 <= q.discrimination <= 1
        assert question_statistics(q.question_id, attempts) == q


@settings(max_examples=100, deadline=None)
@given(ATTEMPTS, st.randoms(use_true_random=False))
def test_order_of_attempts_does_not_matter(attempts, rnd):
    shuffled = [dict(rnd.sample(list(a.items()), len(a))) for a in attempts]
    rnd.shuffle(shuffled)
    assert quiz_statistics(shuffled) == quiz_statistics(attempts)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(-50, 50), st.integers(-50, 50)),
        min_size=2,
        max_size=30,
    )
)
def test_pearson_agrees_with_statistics_correlation(pairs):
    xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
    r = pearson(xs, ys)
    if len(set(xs)) < 2 or len(set(ys)) < 2:
        assert r is None
    else:
        assert -1 <= r <= 1
        assert r == pytest.approx(statistics.correlation(xs, ys), abs=1e-9)
