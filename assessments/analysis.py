"""Item analysis: how well a quiz and each of its questions work, from the learners' attempts.

Pure functions: no models, no database. The caller loads the attempts and passes them in as a
list of mappings ``{question_id: (score, max_score)}``, one mapping per graded attempt.

Which attempts to pass: the first graded attempt of each learner, and only that one
-----------------------------------------------------------------------------------------
The caller selects them; this module cannot tell attempts apart. A second attempt is not a fresh
measurement: the learner has seen the questions, read the feedback and often retakes the quiz
*because* they failed, so later attempts make questions look easier than they are and blur the
difference between strong and weak candidates. Counting each learner once also keeps one keen
learner with ten attempts from outweighing nine colleagues.

The figures, in plain words
---------------------------
Every question's score is first turned into a share of its marks (0 = no credit, 1 = full credit),
so a 3-mark question and a 1-mark question are compared on the same scale. A learner's *score* for
the whole quiz is their marks as a percentage of the marks available in their attempt.

Facility (per question, 0 to 1)
    The average share of the marks that learners got: 0.8 means learners earned 80 % of this
    question's marks on average. It says how easy the question is. Most questions in a training
    quiz sit between about 0.3 and 0.9. Below 0.2 almost nobody gets it right: often the key or
    the wording is wrong, or the lesson does not teach it. Above 0.95 almost everybody gets it
    right: fine for a confidence-building or compliance question, but it tells you little.

Standard deviation (SD, per question)
    How much learners differ on this question, on the same 0-to-1 scale. Near 0 means everyone
    scored the same; about 0.5 is the most a right/wrong question can spread. A question that
    everybody gets right (or wrong) cannot separate anyone. Needs at least 2 attempts.

Discrimination (per question, -1 to 1)
    Whether the learners who do well on the rest of the quiz also do well on this question.
    Technically: the correlation between the share of marks on this question and the share of
    marks on all the *other* questions of the same attempt (the "corrected item-total
    correlation"; leaving the question out of the total stops it from correlating with itself).
    Read it as: 0.3 or more is good, 0.2 to 0.3 is acceptable, below 0.2 the question barely
    separates stronger from weaker learners, and a negative value means the stronger learners do
    *worse* on it than the weaker ones, which usually means a wrong key or a misleading wording.
    Needs at least 3 attempts that answered this question and at least one other, and is
    undefined when everybody scored the same on the question or on the rest.

Cronbach's alpha (for the whole quiz, at most 1)
    How consistently the questions measure the same thing, so how far you can trust the total
    score. 0.7 or more is usually enough for a training check, 0.8 or more for a decision that
    matters (a certificate); below 0.5 the total score is mostly noise. It is computed from the
    questions that every attempt answered (questions drawn at random are left out) and their
    marks, and needs at least 2 such questions and 2 attempts. Short quizzes give low alpha even
    when every question is good.

Mean, median and SD of the score (for the whole quiz, in %)
    The average score, the middle score (half the learners scored below it) and how spread out
    the scores are. The histogram counts the attempts in ten bands: 0-10 %, 10-20 %, ... 90-100 %
    (a band includes its lower bound; 100 % falls in the last band).

How many attempts are enough
    With fewer than ``MIN_ATTEMPTS`` (30) attempts the figures move a lot when one more learner
    takes the quiz: read them as a hint, not a verdict. ``QuizStats.warnings`` says so in words,
    and ``QuestionStats.reliable`` is False for a question answered fewer than 30 times.

Arithmetic is exact (scores become fractions; a float is taken as the decimal it prints as, so
0.7 is 7/10), so the results do not depend on the order of the attempts and a score of exactly
70 % always lands in the 70-80 % band. Floats are produced only at the end.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from statistics import median
from typing import TypeAlias

from django.utils.translation import gettext, gettext_lazy, ngettext

#: Below this many attempts the figures are indicative only (see the module docstring).
MIN_ATTEMPTS = 30

#: Number of bands in ``QuizStats.histogram`` (0-10 %, ..., 90-100 %).
HISTOGRAM_BINS = 10

# Flag thresholds, exact so that a facility of exactly 0.2 is not "too hard".
TOO_HARD_BELOW = Fraction(1, 5)
TOO_EASY_ABOVE = Fraction(19, 20)
LOW_DISCRIMINATION_BELOW = Fraction(1, 5)

Number: TypeAlias = int | float | Decimal | Fraction
QuestionId: TypeAlias = Hashable
Attempt: TypeAlias = Mapping[QuestionId, tuple[Number, Number]]


class Flag(Enum):
    """Something an editor should look at in a question. ``label`` is the human explanation."""

    TOO_HARD = "too_hard"
    TOO_EASY = "too_easy"
    NEGATIVE_DISCRIMINATION = "negative_discrimination"
    LOW_DISCRIMINATION = "low_discrimination"

    @property
    def label(self) -> str:
        """The explanation for an editor, translated lazily (safe to use at import time)."""
        return _FLAG_LABELS[self]

    @property
    def informative(self) -> bool:
        """True for a flag that is worth knowing but not a problem to fix (a very easy question)."""
        return self is Flag.TOO_EASY


_FLAG_LABELS = {
    Flag.TOO_HARD: gettext_lazy("Nearly everyone gets this wrong: check the key and the wording"),
    Flag.TOO_EASY: gettext_lazy(
        "Nearly everyone gets this right: fine for a confidence check, but it tells you little"
    ),
    Flag.NEGATIVE_DISCRIMINATION: gettext_lazy(
        "Strong candidates do worse on this than weak ones: the key may be wrong"
    ),
    Flag.LOW_DISCRIMINATION: gettext_lazy(
        "This question barely separates stronger from weaker candidates"
    ),
}


@dataclass(frozen=True)
class QuestionStats:
    """The figures of one question over the attempts that included it.

    ``n`` counts those attempts. ``facility`` (0..1) is None only when ``n`` is 0; ``sd`` is None
    when ``n`` < 2; ``discrimination`` (-1..1) is None when it is undefined (see
    ``question_statistics``). ``flags`` never holds a flag about a figure that is None.
    """

    question_id: QuestionId
    n: int
    facility: float | None
    sd: float | None
    discrimination: float | None
    flags: tuple[Flag, ...]

    @property
    def reliable(self) -> bool:
        """True when enough attempts answered this question to take the figures at face value."""
        return self.n >= MIN_ATTEMPTS


@dataclass(frozen=True)
class QuizStats:
    """The figures of a quiz over the attempts given.

    ``mean``, ``median`` and ``sd`` are of the percentage score (0..100): mean and median are None
    without attempts, sd when there are fewer than 2. ``cronbach_alpha`` is at most 1 (it can be
    negative) or None. ``questions`` is sorted by question id. ``histogram`` has
    ``HISTOGRAM_BINS`` counts that add up to ``n_attempts``. ``warnings`` are sentences for the
    editor, in the active language.
    """

    n_attempts: int
    mean: float | None
    median: float | None
    sd: float | None
    cronbach_alpha: float | None
    questions: list[QuestionStats]
    warnings: list[str]
    histogram: list[int]


# --- public functions -----------------------------------------------------------------------------


def quiz_statistics(attempts: Iterable[Attempt]) -> QuizStats:
    """The quiz's figures and every question's, from each learner's first graded attempt.

    Guarantees: the result does not depend on the order of the attempts; each question appears
    once, with the same numbers ``question_statistics`` gives for it.
    Raises ValueError for an attempt with no questions, a max score that is not positive, or a
    score outside 0..max score.
    """
    exact = _prepare(attempts)
    n = len(exact)
    percents = [100 * a.earned / a.available for a in exact]

    question_ids = _sorted_ids({qid for a in exact for qid in a.scores})
    questions = [_question_stats(qid, exact) for qid in question_ids]

    common = [qid for qid in question_ids if all(qid in a.scores for a in exact)]
    alpha = _cronbach_alpha_exact([[a.scores[qid][0] for qid in common] for a in exact])

    histogram = [0] * HISTOGRAM_BINS
    for percent in percents:
        # Exact arithmetic: 70 % is band 7; 100 % joins the last band.
        histogram[min(int(percent // 10), HISTOGRAM_BINS - 1)] += 1

    return QuizStats(
        n_attempts=n,
        mean=float(_exact_sum(percents) / n) if n else None,
        median=float(median(percents)) if n else None,
        sd=_sample_sd(percents),
        cronbach_alpha=_to_float(alpha),
        questions=questions,
        warnings=_warnings(n, len(question_ids), len(common)),
        histogram=histogram,
    )


def question_statistics(question_id: QuestionId, attempts: Iterable[Attempt]) -> QuestionStats:
    """One question's figures across the attempts (each learner's first graded attempt).

    Attempts that did not include the question (drawn at random) are left out of ``n``,
    ``facility`` and ``sd``. ``discrimination`` correlates the question's share of marks with the
    share of marks on the other questions of the same attempt, over the attempts that include the
    question and at least one other; it is None when fewer than 3 such attempts exist or when
    either side has no variance. The numbers equal those in ``quiz_statistics(attempts)``.
    """
    return _question_stats(question_id, _prepare(attempts))


def pearson(xs: Sequence[Number], ys: Sequence[Number]) -> float | None:
    """Pearson's correlation of two equally long sequences, in -1..1 (exactly 1 or -1 for a
    perfect linear relation), or None when it is undefined (fewer than 2 pairs, or either side
    constant). Raises ValueError when the lengths differ."""
    if len(xs) != len(ys):
        raise ValueError("pearson() needs two sequences of the same length.")
    return _to_float(_pearson_exact([_exact(x) for x in xs], [_exact(y) for y in ys]))


def cronbach_alpha(rows: Sequence[Sequence[Number]]) -> float | None:
    """Cronbach's alpha of a table with one row per attempt and one column per question (scores
    in marks). At most 1; None when there are fewer than 2 rows or 2 columns or the totals do not
    vary. Raises ValueError when the rows differ in length."""
    return _to_float(_cronbach_alpha_exact([[_exact(x) for x in row] for row in rows]))


# --- the arithmetic, exact ------------------------------------------------------------------------


def _exact(value: Number) -> Fraction:
    """``value`` as an exact fraction; a float counts as the decimal it prints as (0.1 -> 1/10),
    which is what the person who typed the score meant."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"Not a finite number: {value!r}.")
        return Fraction(repr(value))
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"Not a finite number: {value!r}.")
    return Fraction(value)


@dataclass(frozen=True)
class _Exact:
    """An attempt after conversion: question id -> (score, max score), and its totals."""

    scores: dict[QuestionId, tuple[Fraction, Fraction]]
    earned: Fraction
    available: Fraction


def _prepare(attempts: Iterable[Attempt]) -> list[_Exact]:
    """Convert and check every score once, so each figure works on the same exact values."""
    prepared: list[_Exact] = []
    for index, attempt in enumerate(attempts):
        if not attempt:
            raise ValueError(f"Attempt {index} has no graded questions.")
        converted: dict[QuestionId, tuple[Fraction, Fraction]] = {}
        for qid, (score, max_score) in attempt.items():
            s, m = _exact(score), _exact(max_score)
            if m <= 0:
                raise ValueError(f"Attempt {index}, question {qid!r}: max score must be positive.")
            if not 0 <= s <= m:
                raise ValueError(
                    f"Attempt {index}, question {qid!r}: score {score} is outside 0..{max_score}."
                )
            converted[qid] = (s, m)
        prepared.append(
            _Exact(
                scores=converted,
                earned=_exact_sum(s for s, _ in converted.values()),
                available=_exact_sum(m for _, m in converted.values()),
            )
        )
    return prepared


def _sorted_ids(ids: set[QuestionId]) -> list[QuestionId]:
    """The ids in their natural order; ids of mixed types (1 and "1") by type name, then value."""
    try:
        return sorted(ids)
    except TypeError:
        return sorted(ids, key=lambda qid: (type(qid).__name__, repr(qid)))


def _exact_sum(values: Iterable[Fraction]) -> Fraction:
    """The exact sum. Adds the numerators of equal denominators as integers: scores come in a few
    denominators (halves, quarters, hundredths), and this is many times faster than adding
    Fractions one by one, which reduces every partial sum."""
    by_denominator: defaultdict[int, int] = defaultdict(int)
    for value in values:
        by_denominator[value.denominator] += value.numerator
    return sum((Fraction(n, d) for d, n in by_denominator.items()), Fraction(0))


def _exact_sum_of_products(xs: Sequence[Fraction], ys: Sequence[Fraction]) -> Fraction:
    """The exact sum of x * y over the pairs, the same way as _exact_sum."""
    by_denominator: defaultdict[int, int] = defaultdict(int)
    for x, y in zip(xs, ys, strict=True):
        by_denominator[x.denominator * y.denominator] += x.numerator * y.numerator
    return sum((Fraction(n, d) for d, n in by_denominator.items()), Fraction(0))


def _sum_sq_dev(values: Sequence[Fraction]) -> Fraction:
    """Sum of squared deviations from the mean (exact)."""
    # The shortcut sum(v^2) - sum(v)^2 / n is exact here (no cancellation as with floats) and
    # needs no subtraction per value.
    total = _exact_sum(values)
    return _exact_sum_of_products(values, values) - total * total / len(values)


def _sample_sd(values: Sequence[Fraction]) -> float | None:
    """Sample standard deviation (divisor n - 1), None for fewer than 2 values."""
    if len(values) < 2:
        return None
    return math.sqrt(_sum_sq_dev(values) / (len(values) - 1))


@dataclass(frozen=True)
class _Correlation:
    """A correlation kept as its sign and its exact square, so that comparisons with thresholds
    are exact and the float never leaves -1..1 (r squared <= 1 exactly, by Cauchy-Schwarz)."""

    sign: int
    squared: Fraction

    def __float__(self) -> float:
        return self.sign * math.sqrt(self.squared)

    def below(self, threshold: Fraction) -> bool:
        """r < threshold, for a threshold >= 0."""
        return self.sign < 0 or self.squared < threshold * threshold


def _pearson_exact(xs: Sequence[Fraction], ys: Sequence[Fraction]) -> _Correlation | None:
    if len(xs) < 2:
        return None
    # Exact, so the shortcut formula is safe (see _sum_sq_dev).
    sxy = _exact_sum_of_products(xs, ys) - _exact_sum(xs) * _exact_sum(ys) / len(xs)
    sxx, syy = _sum_sq_dev(xs), _sum_sq_dev(ys)
    if sxx == 0 or syy == 0:
        return None
    return _Correlation(sign=(sxy > 0) - (sxy < 0), squared=sxy * sxy / (sxx * syy))


def _cronbach_alpha_exact(rows: Sequence[Sequence[Fraction]]) -> Fraction | None:
    if len(rows) < 2:
        return None
    k = len(rows[0])
    if any(len(row) != k for row in rows):
        raise ValueError("cronbach_alpha() needs the same questions in every row.")
    if k < 2:
        return None
    # Sums of squared deviations stand in for variances: the n - 1 divisors cancel in the ratio.
    total_ss = _sum_sq_dev([_exact_sum(row) for row in rows])
    if total_ss == 0:
        return None
    item_ss = _exact_sum(_sum_sq_dev([row[i] for row in rows]) for i in range(k))
    return Fraction(k, k - 1) * (1 - item_ss / total_ss)


def _to_float(value: Fraction | _Correlation | None) -> float | None:
    return None if value is None else float(value)


def _question_stats(question_id: QuestionId, attempts: Sequence[_Exact]) -> QuestionStats:
    shares: list[Fraction] = []
    pairs: list[tuple[Fraction, Fraction]] = []  # (this question, the rest of the attempt)
    for attempt in attempts:
        if question_id not in attempt.scores:
            continue
        score, max_score = attempt.scores[question_id]
        share = score / max_score
        shares.append(share)
        if attempt.available > max_score:  # the attempt has other questions to compare with
            rest = (attempt.earned - score) / (attempt.available - max_score)
            pairs.append((share, rest))

    n = len(shares)
    facility = _exact_sum(shares) / n if n else None
    # Fewer than 3 pairs: a correlation of 2 points is always +-1 and means nothing.
    correlation = (
        _pearson_exact([x for x, _ in pairs], [y for _, y in pairs]) if len(pairs) >= 3 else None
    )

    flags: list[Flag] = []
    if facility is not None:
        if facility < TOO_HARD_BELOW:
            flags.append(Flag.TOO_HARD)
        elif facility > TOO_EASY_ABOVE:
            flags.append(Flag.TOO_EASY)
    if correlation is not None:
        if correlation.sign < 0:
            flags.append(Flag.NEGATIVE_DISCRIMINATION)
        elif correlation.below(LOW_DISCRIMINATION_BELOW):
            flags.append(Flag.LOW_DISCRIMINATION)

    return QuestionStats(
        question_id=question_id,
        n=n,
        facility=_to_float(facility),
        sd=_sample_sd(shares),
        discrimination=_to_float(correlation),
        flags=tuple(flags),
    )


def _warnings(n: int, n_questions: int, n_common: int) -> list[str]:
    """Sentences telling the editor how far to trust the figures (in the active language)."""
    if n == 0:
        return [gettext("There are no attempts yet, so no statistics can be computed.")]
    if n == 1:
        return [
            gettext(
                "There is only 1 attempt, so no statistics can be computed: "
                "at least 2 attempts are needed."
            )
        ]
    warnings: list[str] = []
    if n < MIN_ATTEMPTS:
        warnings.append(
            ngettext(
                "There is only %(n)d attempt: with fewer than %(min)d attempts these figures "
                "are indicative only.",
                "There are only %(n)d attempts: with fewer than %(min)d attempts these figures "
                "are indicative only.",
                n,
            )
            % {"n": n, "min": MIN_ATTEMPTS}
        )
    if n_common < n_questions:
        if n_common < 2:
            warnings.append(
                gettext(
                    "Cronbach's alpha cannot be computed: fewer than 2 questions were answered "
                    "in every attempt (questions drawn at random are left out)."
                )
            )
        else:
            warnings.append(
                ngettext(
                    "Cronbach's alpha uses only the %(k)d question answered in every attempt "
                    "(of %(total)d); questions drawn at random are left out.",
                    "Cronbach's alpha uses only the %(k)d questions answered in every attempt "
                    "(of %(total)d); questions drawn at random are left out.",
                    n_common,
                )
                % {"k": n_common, "total": n_questions}
            )
    return warnings
