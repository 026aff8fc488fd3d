"""Grading: pure functions from a question and a response to a grade. Server-side only.

Nothing here reads the database, the clock or a request; the same question and response always
give the same grade, so regrading is idempotent and the results can be checked exhaustively
(see tests/assessments/test_grading.py).

A response is what the learner submitted for one question, in the JSON form the attempt stores:

- SINGLE, TRUEFALSE, SJT: the chosen option's key (str), or None;
- MULTI: a list of chosen option keys;
- SHORT, NUMERIC: the typed text;
- MATCHING: {prompt option key: the chosen answer text};
- ORDERING: the option keys in the learner's order;
- CLOZE: {blank number as str: typed text, or the chosen option key for a drop-down blank}.

Anything else (a wrong type, unknown keys, duplicates) is treated as no answer for what it
cannot be read as; it never raises and never earns credit. Every grade is within 0..mark.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .spec import OptionSpec, ParsedOption, ParsedQuestion, QType, QuestionSpec

ZERO = Decimal(0)
ONE = Decimal(1)
# Scores are kept to 4 decimal places, enough for thirds and sevenths of a mark.
QUANT = Decimal("0.0001")


@dataclass(frozen=True)
class Grade:
    """The grade of one response. `fraction` is 0..1, `score` is fraction x mark.

    `correct` is True for full credit, False for none, None for partial credit.
    `chosen_keys` are the option keys whose feedback applies to this response.
    """

    fraction: Decimal
    score: Decimal
    mark: Decimal
    correct: bool | None
    chosen_keys: tuple[str, ...] = ()
    answered: bool = True


def clamp(value: Decimal, low: Decimal = ZERO, high: Decimal = ONE) -> Decimal:
    return max(low, min(high, value))


def normalise(text: str) -> str:
    """The form in which typed answers are compared.

    NFKC folds full-width letters, digits and punctuation (and the ideographic space) to their
    half-width forms, so a Chinese input method left in full-width mode costs nothing;
    casefold ignores case; split/join trims and collapses white space.
    """
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def text_matches(response: str, accepted: str) -> bool:
    """Whether a typed response matches an accepted answer (`*` matches any run of text).

    Wildcards are matched by scanning (leftmost match of each fixed part in turn, which is exact
    for a pattern whose only wildcard is `*`), so time stays linear whatever length is sent.
    """
    given = normalise(response)
    pattern = normalise(accepted)  # "＊" typed in full-width mode is a wildcard too
    if "*" not in pattern:
        return given == pattern
    first, *middle, last = pattern.split("*")
    if len(given) < len(first) + len(last) or not given.startswith(first):
        return False
    if not given.endswith(last):
        return False
    position, end = len(first), len(given) - len(last)
    for part in middle:
        found = given.find(part, position, end)
        if found < 0:
            return False
        position = found + len(part)
    return True


def parse_number(text: str) -> Decimal | None:
    """A typed number, or None. Full-width digits and a decimal comma are accepted."""
    cleaned = normalise(text).replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _as_decimal(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _best(options: Sequence[OptionSpec], matches) -> tuple[Decimal, tuple[str, ...]]:
    """The best credit among options that `matches`, and the key of the option that gave it."""
    best, key = None, ()
    for option in options:
        if matches(option):
            fraction = _as_decimal(option.fraction)
            if best is None or fraction > best:
                best, key = fraction, (option.key,)
    return (best if best is not None else ZERO), key


def _grade_choice(question: QuestionSpec, response) -> tuple[Decimal, tuple[str, ...], bool]:
    by_key = {option.key: option for option in question.options}
    if question.qtype == QType.MULTI:
        if not isinstance(response, list | tuple):
            return ZERO, (), False
        chosen = tuple(dict.fromkeys(k for k in response if isinstance(k, str) and k in by_key))
        total = sum((_as_decimal(by_key[k].fraction) for k in chosen), ZERO)
        return total, chosen, bool(chosen)
    if not isinstance(response, str) or response not in by_key:
        return ZERO, (), False
    return _as_decimal(by_key[response].fraction), (response,), True


def _grade_short(question: QuestionSpec, response) -> tuple[Decimal, tuple[str, ...], bool]:
    if not isinstance(response, str) or not normalise(response):
        return ZERO, (), False
    fraction, keys = _best(question.options, lambda o: text_matches(response, o.text))
    return fraction, keys, True


def _within(value: Decimal, option: OptionSpec) -> bool:
    target = parse_number(option.text)
    if target is None:
        return False
    tolerance = abs(_as_decimal(option.tolerance)) if option.tolerance is not None else ZERO
    try:
        return abs(value - target) <= tolerance
    except ArithmeticError:  # an exponent beyond Decimal's range ("1e1000000") matches nothing
        return False


def _grade_numeric(question: QuestionSpec, response) -> tuple[Decimal, tuple[str, ...], bool]:
    value = parse_number(response) if isinstance(response, str) else None
    if value is None:
        return ZERO, (), isinstance(response, str) and bool(normalise(response))
    fraction, keys = _best(question.options, lambda o: _within(value, o))
    return fraction, keys, True


def _grade_matching(question: QuestionSpec, response) -> tuple[Decimal, tuple[str, ...], bool]:
    prompts = [option for option in question.options if option.text]
    if not prompts or not isinstance(response, Mapping):
        return ZERO, (), False
    right = 0
    for prompt in prompts:
        given = response.get(prompt.key)
        if isinstance(given, str) and normalise(given) == normalise(prompt.match_text):
            right += 1
    answered = any(isinstance(response.get(p.key), str) and response.get(p.key) for p in prompts)
    return Decimal(right) / Decimal(len(prompts)), (), answered


def _grade_ordering(question: QuestionSpec, response) -> tuple[Decimal, tuple[str, ...], bool]:
    keys = [option.key for option in question.options]
    if not keys or not isinstance(response, list | tuple):
        return ZERO, (), False
    # Only a permutation of the items can be graded: a response that drops or repeats an item
    # is not an ordering of them (and would otherwise earn credit for the items it kept).
    if sorted(k for k in response if isinstance(k, str)) != sorted(keys) or len(response) != len(
        keys
    ):
        return ZERO, (), bool(response)
    right = sum(1 for given, expected in zip(response, keys, strict=True) if given == expected)
    return Decimal(right) / Decimal(len(keys)), (), True


def cloze_blanks(question: QuestionSpec | ParsedQuestion) -> dict[int, list]:
    """{blank number: its options}, in blank order (of a graded spec or of a parsed question)."""
    blanks: dict[int, list[OptionSpec]] = {}
    for option in question.options:
        if option.blank is not None:
            blanks.setdefault(option.blank, []).append(option)
    return dict(sorted(blanks.items()))


def is_dropdown(options: Sequence[OptionSpec | ParsedOption]) -> bool:
    """A cloze blank with a wrong option to choose from is a drop-down; otherwise it is typed."""
    return any(_as_decimal(option.fraction) <= ZERO for option in options)


def _grade_cloze(question: QuestionSpec, response) -> tuple[Decimal, tuple[str, ...], bool]:
    blanks = cloze_blanks(question)
    if not blanks or not isinstance(response, Mapping):
        return ZERO, (), False
    total, chosen, answered = ZERO, [], False
    for number, options in blanks.items():
        given = response.get(str(number))
        if not isinstance(given, str) or not given.strip():
            continue
        answered = True
        if is_dropdown(options):
            fraction, keys = _best(options, lambda o, g=given: o.key == g)
        else:
            fraction, keys = _best(options, lambda o, g=given: text_matches(g, o.text))
        total += clamp(fraction)
        chosen.extend(keys)
    return total / Decimal(len(blanks)), tuple(chosen), answered


_GRADERS = {
    QType.SINGLE: _grade_choice,
    QType.TRUEFALSE: _grade_choice,
    QType.SJT: _grade_choice,
    QType.MULTI: _grade_choice,
    QType.SHORT: _grade_short,
    QType.NUMERIC: _grade_numeric,
    QType.MATCHING: _grade_matching,
    QType.ORDERING: _grade_ordering,
    QType.CLOZE: _grade_cloze,
}


def grade(question: QuestionSpec, response) -> Grade:
    """Grade one response. Always returns a grade within 0..mark; never raises on bad input."""
    mark = _as_decimal(question.mark)
    if response is None:
        return Grade(fraction=ZERO, score=ZERO, mark=mark, correct=False, answered=False)
    raw, chosen, answered = _GRADERS[QType(question.qtype)](question, response)
    exact = clamp(raw)
    fraction = exact.quantize(QUANT, rounding=ROUND_HALF_UP)
    correct = True if fraction == ONE else False if fraction == ZERO else None
    # From the unrounded fraction: 2 of 3 pairs at mark 3 is 2, not 2.0001.
    score = (exact * mark).quantize(QUANT, rounding=ROUND_HALF_UP)
    return Grade(
        fraction=fraction,
        score=min(score, mark),
        mark=mark,
        correct=correct,
        chosen_keys=chosen,
        answered=answered,
    )


@dataclass(frozen=True)
class Total:
    score: Decimal
    max_score: Decimal
    percent: Decimal
    passed: bool


def total(grades: Sequence[Grade], *, pass_mark: Decimal | int) -> Total:
    """The attempt's total. `percent` is 0..100 (two places); passed when percent >= pass_mark."""
    score = sum((g.score for g in grades), ZERO)
    max_score = sum((g.mark for g in grades), ZERO)
    percent = (
        (score * 100 / max_score).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if max_score > 0
        else ZERO
    )
    return Total(
        score=score,
        max_score=max_score,
        percent=percent,
        passed=max_score > 0 and percent >= _as_decimal(pass_mark),
    )


def right_answer(question: QuestionSpec) -> list[str]:
    """The right answer in words, for the review (only ever shown when the review rules allow).

    For typed answers the first accepted answer with full credit; for choices the best options'
    texts; for matching "prompt → answer"; for ordering the items in order; for cloze one entry
    per blank.
    """
    qtype = QType(question.qtype)
    options = question.options
    if qtype in (QType.SINGLE, QType.TRUEFALSE, QType.SJT, QType.SHORT, QType.NUMERIC):
        best = max((_as_decimal(o.fraction) for o in options), default=ZERO)
        return [_option_answer(qtype, o) for o in options if _as_decimal(o.fraction) == best][:1]
    if qtype == QType.MULTI:
        return [o.text for o in options if _as_decimal(o.fraction) > ZERO]
    if qtype == QType.MATCHING:
        return [f"{o.text} → {o.match_text}" for o in options if o.text]
    if qtype == QType.ORDERING:
        return [o.text for o in options]
    answers = []
    for _number, blank_options in cloze_blanks(question).items():
        best_option = max(blank_options, key=lambda o: _as_decimal(o.fraction))
        answers.append(best_option.text)
    return answers


def _option_answer(qtype: QType, option: OptionSpec) -> str:
    if qtype == QType.NUMERIC and option.tolerance:
        return f"{option.text} ± {format(option.tolerance.normalize(), 'f')}"
    return option.text
