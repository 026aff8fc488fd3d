"""Grading: examples for every question type, hostile responses, and properties that hold for
any valid question and any response (hypothesis).

`assessments.grading` is pure (no database, clock or request), so nothing here needs a fixture.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.grading import (
    Grade,
    cloze_blanks,
    grade,
    is_dropdown,
    normalise,
    parse_number,
    right_answer,
    text_matches,
    total,
)
from assessments.spec import CHOICE_TYPES, OptionSpec, QType, QuestionSpec

D = Decimal
QUANT = D("0.0001")


def opt(key, text="", fraction=0, tolerance=None, **kwargs) -> OptionSpec:
    if tolerance is not None:
        kwargs["tolerance"] = D(str(tolerance))
    return OptionSpec(key=key, text=text, fraction=D(str(fraction)), **kwargs)


def question(qtype, *options, mark=1, text="Question") -> QuestionSpec:
    return QuestionSpec(qtype=QType(qtype), text=text, options=tuple(options), mark=D(str(mark)))


# --- example questions ---------------------------------------------------------------------

SINGLE = question(
    QType.SINGLE,
    opt("ill", "Interlibrary loan", 1),
    opt("hold", "Place a hold", "0.5"),
    opt("buy", "Buy the book", 0),
    opt("refuse", "Say it cannot be had", "-0.5"),
    mark=2,
)
MULTI = question(
    QType.MULTI,
    opt("id", "Campus card", "0.5"),
    opt("visa", "Visa page", "0.5"),
    opt("photo", "A photo", "-0.5"),
    opt("fee", "A fee", "-1"),
    mark=2,
)
TRUEFALSE = question(QType.TRUEFALSE, opt("t", "true", 1), opt("f", "false", 0))
SHORT = question(
    QType.SHORT,
    opt("full", "interlibrary loan", 1),
    opt("abbr", "ILL", 1),
    opt("loan", "loan", "0.5"),
    opt("any-loan", "*loan*", "0.25"),
    mark=4,
)
SHORT_ZH = question(QType.SHORT, opt("zh", "馆际互借", 1), opt("zh-part", "互借", "0.5"))
NUMERIC = question(
    QType.NUMERIC,
    opt("exact", "14", 1),
    opt("close", "14", "0.5", tolerance=2),
    mark=2,
)
# A range 10..20 is stored as its middle with half its width as the tolerance.
NUMERIC_RANGE = question(QType.NUMERIC, opt("range", "15", 1, tolerance=5))
NUMERIC_PI = question(QType.NUMERIC, opt("pi", "3.14", 1, tolerance="0.01"))
MATCHING = question(
    QType.MATCHING,
    opt("p-ill", "ILL", match_text="interlibrary loan"),
    opt("p-opac", "OPAC", match_text="online catalogue"),
    opt("p-isbn", "ISBN", match_text="book number"),
    opt("d-1", "", match_text="reading room"),
    mark=3,
)
ORDERING = question(
    QType.ORDERING,
    opt("greet", "Greet"),
    opt("listen", "Listen"),
    opt("check", "Check the record"),
    opt("explain", "Explain"),
)
CLOZE = question(
    QType.CLOZE,
    opt("b1-abbr", "ILL", 1, blank=1),
    opt("b1-full", "interlibrary loan", 1, blank=1),
    opt("b1-part", "loan", "0.5", blank=1),
    opt("b2", "14", 1, blank=2),
    opt("b3-circ", "circulation desk", 1, blank=3),
    opt("b3-ref", "reference desk", 0, blank=3),
    opt("b3-cafe", "café", "-0.5", blank=3),
    text="Ask for [[1]]; it takes [[2]] days; collect it at the [[3]].",
    mark=3,
)
SJT = question(
    QType.SJT,
    opt("best", "Ask which language they prefer", 1),
    opt("ok", "Speak slowly in English", "0.5"),
    opt("poor", "Send them to another desk", 0),
    opt("harm", "Ignore them", "-1"),
)

EXAMPLES = {
    "single": SINGLE,
    "multi": MULTI,
    "truefalse": TRUEFALSE,
    "short": SHORT,
    "numeric": NUMERIC,
    "matching": MATCHING,
    "ordering": ORDERING,
    "cloze": CLOZE,
    "sjt": SJT,
}


def fraction(q, response) -> Decimal:
    return grade(q, response).fraction


# --- SINGLE ---------------------------------------------------------------------------------


def test_single_right_option_earns_the_full_mark():
    g = grade(SINGLE, "ill")
    assert g == Grade(
        fraction=D(1), score=D(2), mark=D(2), correct=True, chosen_keys=("ill",), answered=True
    )


def test_single_partial_option_earns_its_share_of_the_mark():
    g = grade(SINGLE, "hold")
    assert (g.fraction, g.score, g.correct) == (D("0.5"), D(1), None)


def test_single_wrong_option_earns_nothing_but_is_answered():
    g = grade(SINGLE, "buy")
    assert (g.fraction, g.score, g.correct, g.answered) == (D(0), D(0), False, True)
    assert g.chosen_keys == ("buy",)


def test_single_negative_weight_floors_at_zero_and_keeps_its_feedback():
    g = grade(SINGLE, "refuse")
    assert (g.fraction, g.score, g.correct) == (D(0), D(0), False)
    assert g.chosen_keys == ("refuse",)


def test_single_unknown_key_is_no_answer():
    g = grade(SINGLE, "Interlibrary loan")  # the text, not the key
    assert (g.fraction, g.answered, g.chosen_keys) == (D(0), False, ())


def test_score_is_the_fraction_times_the_mark():
    quarter = question(QType.SINGLE, opt("a", "A", "0.25"), mark=3)
    g = grade(quarter, "a")
    assert (g.fraction, g.score, g.mark) == (D("0.25"), D("0.75"), D(3))


def test_fraction_and_score_are_kept_to_four_places():
    thirds = question(QType.SINGLE, opt("a", "A", "0.33333"), mark=3)
    g = grade(thirds, "a")
    assert g.fraction == D("0.3333")
    assert g.fraction.as_tuple().exponent == -4
    assert g.score.as_tuple().exponent == -4


# --- MULTI ----------------------------------------------------------------------------------


def test_multi_one_right_option_earns_partial_credit():
    g = grade(MULTI, ["id"])
    assert (g.fraction, g.score, g.correct) == (D("0.5"), D(1), None)


def test_multi_all_right_options_earn_full_credit():
    g = grade(MULTI, ["visa", "id"])
    assert (g.fraction, g.score, g.correct) == (D(1), D(2), True)
    assert g.chosen_keys == ("visa", "id")


def test_multi_negative_weights_subtract():
    assert fraction(MULTI, ["id", "visa", "photo"]) == D("0.5")


def test_multi_only_wrong_options_floor_at_zero():
    g = grade(MULTI, ["photo", "fee"])
    assert (g.fraction, g.score, g.correct, g.answered) == (D(0), D(0), False, True)
    assert g.chosen_keys == ("photo", "fee")


def test_multi_choosing_every_option_is_never_below_zero():
    assert fraction(MULTI, [o.key for o in MULTI.options]) == D(0)


def test_multi_choosing_every_option_is_never_above_one():
    generous = question(
        QType.MULTI, opt("a", "A", "0.6"), opt("b", "B", "0.6"), opt("c", "C", "0.6")
    )
    g = grade(generous, ["a", "b", "c"])
    assert (g.fraction, g.score, g.correct) == (D(1), D(1), True)


def test_multi_duplicate_keys_count_once():
    g = grade(MULTI, ["id", "id", "id", "id"])
    assert g.fraction == D("0.5")
    assert g.chosen_keys == ("id",)


def test_multi_unknown_keys_and_non_strings_are_ignored():
    g = grade(MULTI, ["id", "nope", 3, None, ["visa"], {"visa": True}])
    assert g.fraction == D("0.5")
    assert g.chosen_keys == ("id",)


def test_multi_empty_choice_is_unanswered():
    g = grade(MULTI, [])
    assert (g.fraction, g.answered, g.correct) == (D(0), False, False)


def test_multi_accepts_a_tuple_like_a_list():
    assert fraction(MULTI, ("id", "visa")) == D(1)


# --- TRUEFALSE ------------------------------------------------------------------------------


def test_truefalse_right_statement_earns_full_credit():
    g = grade(TRUEFALSE, "t")
    assert (g.fraction, g.correct, g.chosen_keys) == (D(1), True, ("t",))


def test_truefalse_wrong_statement_earns_nothing():
    g = grade(TRUEFALSE, "f")
    assert (g.fraction, g.correct, g.answered, g.chosen_keys) == (D(0), False, True, ("f",))


def test_truefalse_boolean_response_is_not_a_key():
    assert grade(TRUEFALSE, True).answered is False
    assert fraction(TRUEFALSE, True) == D(0)


# --- SHORT ----------------------------------------------------------------------------------


def test_short_best_of_several_accepted_answers_counts():
    # "loan" matches both "loan" (0.5) and "*loan*" (0.25): the better credit counts.
    g = grade(SHORT, "loan")
    assert (g.fraction, g.score, g.chosen_keys) == (D("0.5"), D(2), ("loan",))


def test_short_each_accepted_answer_earns_its_own_credit():
    assert fraction(SHORT, "interlibrary loan") == D(1)
    assert fraction(SHORT, "ILL") == D(1)
    assert fraction(SHORT, "a short-term loan please") == D("0.25")


def test_short_wrong_answer_earns_nothing_but_is_answered():
    g = grade(SHORT, "document delivery")
    assert (g.fraction, g.correct, g.answered, g.chosen_keys) == (D(0), False, True, ())


@pytest.mark.parametrize("typed", ["ill", "Ill", "iLL", "ILL"])
def test_short_case_is_ignored(typed):
    assert fraction(SHORT, typed) == D(1)


@pytest.mark.parametrize(
    "typed", ["  interlibrary loan  ", "interlibrary    loan", "\tinterlibrary\nloan\n"]
)
def test_short_surrounding_and_repeated_spaces_are_ignored(typed):
    assert fraction(SHORT, typed) == D(1)


@pytest.mark.parametrize("typed", ["ＩＬＬ", "ｉｌｌ", "\u3000ILL\u3000", "interlibrary\u3000loan"])
def test_full_width_answer_scores_like_half_width(typed):
    assert fraction(SHORT, typed) == D(1)


def test_full_width_digits_in_a_short_answer_score_like_half_width():
    iso = question(QType.SHORT, opt("iso", "ISO 690", 1))
    assert fraction(iso, "ＩＳＯ\u3000６９０") == D(1)


@pytest.mark.parametrize("typed", ["馆际互借", " 馆际互借 ", "\u3000馆际互借\u3000"])
def test_short_chinese_answer_matches(typed):
    g = grade(SHORT_ZH, typed)
    assert (g.fraction, g.chosen_keys) == (D(1), ("zh",))


def test_short_chinese_partial_answer_earns_its_credit_and_a_near_miss_nothing():
    assert fraction(SHORT_ZH, "互借") == D("0.5")
    assert fraction(SHORT_ZH, "馆际借阅") == D(0)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("interlibrary loan", 1), ("interloan", 1), ("INTER-LIBRARY LOAN", 1), ("loan", 0)],
)
def test_short_wildcard_matches_any_run_of_text(typed, expected):
    wild = question(QType.SHORT, opt("w", "inter*loan", 1))
    assert fraction(wild, typed) == D(expected)


def test_short_wildcard_answer_keeps_other_regex_characters_literal():
    wild = question(QType.SHORT, opt("w", "a.b(c)*", 1))
    assert fraction(wild, "a.b(c) and more") == D(1)
    assert fraction(wild, "axb(c)") == D(0)
    assert fraction(wild, "a.bc") == D(0)


@pytest.mark.parametrize("typed", ["*", "**", "inter*", "*loan"])
def test_short_asterisk_typed_by_the_learner_is_not_a_wildcard(typed):
    exact = question(QType.SHORT, opt("a", "interlibrary loan", 1))
    assert fraction(exact, typed) == D(0)


def test_short_catch_all_answer_gives_its_feedback_to_any_other_answer():
    with_catch_all = question(QType.SHORT, opt("right", "ILL", 1), opt("other", "*", 0))
    g = grade(with_catch_all, "no idea")
    assert (g.fraction, g.chosen_keys, g.answered) == (D(0), ("other",), True)
    assert grade(with_catch_all, "ill").chosen_keys == ("right",)


def test_short_negative_credit_answer_floors_at_zero():
    penalised = question(QType.SHORT, opt("right", "ILL", 1), opt("bad", "buy it", -1))
    g = grade(penalised, "buy it")
    assert (g.fraction, g.score, g.chosen_keys) == (D(0), D(0), ("bad",))


@pytest.mark.parametrize("typed", ["", "   ", "\u3000\u3000", "\n\t"])
def test_short_blank_answer_is_unanswered(typed):
    g = grade(SHORT, typed)
    assert (g.fraction, g.answered) == (D(0), False)


def test_full_width_asterisk_in_an_accepted_answer_is_a_wildcard():
    wild = question(QType.SHORT, opt("w", "馆际＊", 1))
    assert fraction(wild, "馆际互借") == D(1)


# --- NUMERIC --------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["14", "14.0", "14.000", " 14 ", "+14", "1.4e1"])
def test_numeric_exact_value_in_any_decimal_spelling_earns_full_credit(typed):
    g = grade(NUMERIC, typed)
    assert (g.fraction, g.score, g.chosen_keys) == (D(1), D(2), ("exact",))


@pytest.mark.parametrize(
    ("typed", "expected"), [("15", "0.5"), ("12", "0.5"), ("16", "0.5"), ("16.01", 0), ("11", 0)]
)
def test_numeric_best_of_several_accepted_values_counts_within_tolerance(typed, expected):
    assert fraction(NUMERIC, typed) == D(expected)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3.14", 1), ("3.15", 1), ("3.13", 1), ("3.151", 0), ("3.1", 0), ("3.16", 0)],
)
def test_numeric_tolerance_is_inclusive(typed, expected):
    assert fraction(NUMERIC_PI, typed) == D(expected)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("10", 1), ("15", 1), ("20", 1), ("12.5", 1), ("9.99", 0), ("20.01", 0), ("-15", 0)],
)
def test_numeric_range_as_middle_plus_minus_half_width(typed, expected):
    assert fraction(NUMERIC_RANGE, typed) == D(expected)


@pytest.mark.parametrize("typed", ["１４", "\u3000１４\u3000", "１４．０", "１４，０"])
def test_numeric_full_width_digits_score_like_half_width(typed):
    assert fraction(NUMERIC, typed) == D(1)


@pytest.mark.parametrize("typed", ["3,14", "3，14", " 3,14 "])
def test_numeric_decimal_comma_is_accepted(typed):
    assert fraction(NUMERIC_PI, typed) == D(1)


def test_numeric_negative_values():
    negative = question(QType.NUMERIC, opt("n", "-5", 1, tolerance="0.5"))
    assert fraction(negative, "-5") == D(1)
    assert fraction(negative, "－５") == D(1)  # full-width minus and digit
    assert fraction(negative, "5") == D(0)


def test_numeric_without_tolerance_needs_the_exact_value():
    exact = question(QType.NUMERIC, opt("x", "2.5", 1))
    assert fraction(exact, "2.5") == D(1)
    assert fraction(exact, "2.50001") == D(0)


@pytest.mark.parametrize("typed", ["fourteen", "十四", "14 days", "1.2.3", "--14", "14%", "½"])
def test_numeric_garbage_text_earns_nothing_but_is_answered(typed):
    g = grade(NUMERIC, typed)
    assert (g.fraction, g.correct, g.answered, g.chosen_keys) == (D(0), False, True, ())


@pytest.mark.parametrize("typed", ["", "  ", "\u3000"])
def test_numeric_blank_text_is_unanswered(typed):
    assert grade(NUMERIC, typed).answered is False


# --- MATCHING -------------------------------------------------------------------------------

MATCHING_RIGHT = {
    "p-ill": "interlibrary loan",
    "p-opac": "online catalogue",
    "p-isbn": "book number",
}


def test_matching_all_pairs_right_earns_full_credit():
    g = grade(MATCHING, MATCHING_RIGHT)
    assert (g.fraction, g.score, g.correct) == (D(1), D(3), True)


def test_matching_credit_is_the_share_of_right_pairs():
    two_right = {**MATCHING_RIGHT, "p-isbn": "online catalogue"}
    g = grade(MATCHING, two_right)
    assert (g.fraction, g.correct) == (D("0.6667"), None)
    assert abs(g.score - 2) <= D("0.0001")


def test_matching_distractor_answer_is_wrong_for_every_prompt():
    g = grade(MATCHING, {key: "reading room" for key in MATCHING_RIGHT})
    assert (g.fraction, g.answered) == (D(0), True)


def test_matching_distractor_is_not_a_prompt():
    g = grade(MATCHING, {"d-1": "reading room"})
    assert (g.fraction, g.answered) == (D(0), False)


def test_matching_missing_prompts_count_as_wrong():
    assert fraction(MATCHING, {"p-ill": "interlibrary loan"}) == D("0.3333")


def test_matching_answers_compare_ignoring_case_spaces_and_width():
    g = grade(
        MATCHING,
        {"p-ill": "ＩＮＴＥＲＬＩＢＲＡＲＹ\u3000ＬＯＡＮ", "p-opac": " Online  Catalogue "},
    )
    assert g.fraction == D("0.6667")


def test_matching_non_string_answers_are_ignored():
    g = grade(MATCHING, {"p-ill": ["interlibrary loan"], "p-opac": 1, "p-isbn": None})
    assert (g.fraction, g.answered) == (D(0), False)


def test_matching_empty_response_is_unanswered():
    assert grade(MATCHING, {}).answered is False


# --- ORDERING -------------------------------------------------------------------------------

ORDER = ["greet", "listen", "check", "explain"]


def test_ordering_right_order_earns_full_credit():
    g = grade(ORDERING, ORDER)
    assert (g.fraction, g.correct, g.answered) == (D(1), True, True)


def test_ordering_credit_is_the_share_of_items_in_the_right_place():
    assert fraction(ORDERING, ["greet", "listen", "explain", "check"]) == D("0.5")
    assert fraction(ORDERING, ["greet", "check", "explain", "listen"]) == D("0.25")


def test_ordering_every_item_misplaced_earns_nothing():
    g = grade(ORDERING, list(reversed(ORDER)))
    assert (g.fraction, g.correct, g.answered) == (D(0), False, True)


@pytest.mark.parametrize(
    "response",
    [
        ["greet", "listen", "check"],  # drops an item
        ["greet", "listen", "check", "check"],  # repeats one in place of another
        ["greet", "listen", "check", "explain", "explain"],  # repeats an extra one
        ["greet", "listen", "check", "explain", "other"],  # adds an unknown one
        ["greet", "listen", "check", 4],  # a non-key in place of an item
        ["greet", "listen", "check", "explain", None],
    ],
)
def test_ordering_response_that_drops_or_repeats_an_item_gets_zero(response):
    g = grade(ORDERING, response)
    assert (g.fraction, g.score, g.correct) == (D(0), D(0), False)


def test_ordering_empty_response_is_unanswered():
    assert grade(ORDERING, []).answered is False


# --- CLOZE ----------------------------------------------------------------------------------


def test_cloze_blanks_are_grouped_and_sorted_by_number():
    shuffled = replace(CLOZE, options=tuple(reversed(CLOZE.options)))
    blanks = cloze_blanks(shuffled)
    assert list(blanks) == [1, 2, 3]
    assert [o.key for o in blanks[1]] == ["b1-part", "b1-full", "b1-abbr"]


def test_cloze_blank_with_a_wrong_option_is_a_drop_down():
    blanks = cloze_blanks(CLOZE)
    assert not is_dropdown(blanks[1])
    assert not is_dropdown(blanks[2])
    assert is_dropdown(blanks[3])


def test_cloze_all_blanks_right_earns_full_credit():
    g = grade(CLOZE, {"1": "ill", "2": "14", "3": "b3-circ"})
    assert (g.fraction, g.score, g.correct) == (D(1), D(3), True)
    assert g.chosen_keys == ("b1-abbr", "b2", "b3-circ")


def test_cloze_credit_is_the_mean_of_the_blank_credits():
    g = grade(CLOZE, {"1": "loan", "2": "14", "3": "b3-ref"})  # 0.5 + 1 + 0
    assert (g.fraction, g.score, g.correct) == (D("0.5"), D("1.5"), None)


def test_cloze_typed_blank_matches_like_a_short_answer():
    g = grade(CLOZE, {"1": "\u3000ＩＮＴＥＲＬＩＢＲＡＲＹ  loan", "2": "１４", "3": "b3-circ"})
    assert g.fraction == D(1)


def test_cloze_drop_down_blank_is_chosen_by_key_not_text():
    g = grade(CLOZE, {"1": "ILL", "2": "14", "3": "circulation desk"})
    assert g.fraction == D("0.6667")


def test_cloze_drop_down_key_of_another_blank_earns_nothing():
    assert fraction(CLOZE, {"3": "b1-abbr"}) == D(0)


def test_cloze_negative_drop_down_option_does_not_reduce_other_blanks():
    g = grade(CLOZE, {"1": "ILL", "2": "14", "3": "b3-cafe"})
    assert g.fraction == D("0.6667")
    assert g.chosen_keys == ("b1-abbr", "b2", "b3-cafe")


def test_cloze_missing_blank_counts_as_zero():
    g = grade(CLOZE, {"1": "ILL"})
    assert (g.fraction, g.answered) == (D("0.3333"), True)


def test_cloze_blank_numbers_must_be_strings():
    g = grade(CLOZE, {1: "ILL", 2: "14", 3: "b3-circ"})
    assert (g.fraction, g.answered) == (D(0), False)


def test_cloze_blank_only_spaces_is_unanswered():
    g = grade(CLOZE, {"1": "  ", "2": "\u3000", "3": ""})
    assert (g.fraction, g.answered) == (D(0), False)


# --- SJT ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "expected", "correct"),
    [("best", "1", True), ("ok", "0.5", None), ("poor", "0", False), ("harm", "0", False)],
)
def test_sjt_best_acceptable_and_poor_responses(key, expected, correct):
    g = grade(SJT, key)
    assert (g.fraction, g.correct) == (D(expected), correct)
    assert g.chosen_keys == (key,)  # so the feedback of the chosen response is shown


# --- unanswered and correct -----------------------------------------------------------------


@pytest.mark.parametrize("q", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_no_response_is_unanswered_with_zero(q):
    assert grade(q, None) == Grade(
        fraction=D(0), score=D(0), mark=q.mark, correct=False, chosen_keys=(), answered=False
    )


@pytest.mark.parametrize(
    ("q", "response", "correct"),
    [
        (SINGLE, "ill", True),
        (SINGLE, "hold", None),
        (SINGLE, "buy", False),
        (MATCHING, MATCHING_RIGHT, True),
        (MATCHING, {"p-ill": "interlibrary loan"}, None),
        (ORDERING, ORDER, True),
        (ORDERING, ["greet", "listen", "explain", "check"], None),
        (ORDERING, list(reversed(ORDER)), False),
    ],
)
def test_correct_is_true_for_full_false_for_none_and_none_for_partial(q, response, correct):
    assert grade(q, response).correct is correct


def test_qtype_given_as_a_plain_string_is_graded():
    plain = replace(SINGLE, qtype="single")
    assert grade(plain, "ill") == grade(SINGLE, "ill")


# --- total ----------------------------------------------------------------------------------


def test_total_adds_scores_and_marks_and_gives_a_percent():
    grades = [grade(SINGLE, "ill"), grade(MULTI, ["id"]), grade(SJT, "poor")]  # 2 + 1 + 0 of 5
    t = total(grades, pass_mark=60)
    assert (t.score, t.max_score, t.percent, t.passed) == (D(3), D(5), D("60.00"), True)


def test_total_passes_at_exactly_the_pass_mark():
    grades = [grade(SINGLE, "ill"), grade(SINGLE, "hold")]  # 3 of 4
    assert total(grades, pass_mark=75).passed is True
    assert total(grades, pass_mark=D("75.00")).passed is True
    assert total(grades, pass_mark=D("75.01")).passed is False


def test_total_percent_is_rounded_to_two_places():
    grades = [grade(TRUEFALSE, "t"), grade(TRUEFALSE, "t"), grade(TRUEFALSE, "f")]
    t = total(grades, pass_mark=D("66.67"))
    assert (t.percent, t.passed) == (D("66.67"), True)


def test_total_of_nothing_is_zero_and_not_passed():
    t = total([], pass_mark=0)
    assert (t.score, t.max_score, t.percent, t.passed) == (D(0), D(0), D(0), False)


def test_total_with_zero_max_score_is_zero_percent_and_not_passed():
    zero = Grade(fraction=D(0), score=D(0), mark=D(0), correct=False)
    t = total([zero, zero], pass_mark=0)
    assert (t.percent, t.passed) == (D(0), False)


def test_total_all_unanswered_fails():
    t = total([grade(q, None) for q in EXAMPLES.values()], pass_mark=1)
    assert (t.score, t.percent, t.passed) == (D(0), D(0), False)
    assert t.max_score == sum(q.mark for q in EXAMPLES.values())


# --- right_answer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        (SINGLE, ["Interlibrary loan"]),
        (TRUEFALSE, ["true"]),
        (question(QType.TRUEFALSE, opt("t", "true", 0), opt("f", "false", 1)), ["false"]),
        (SJT, ["Ask which language they prefer"]),
        (SHORT, ["interlibrary loan"]),  # the first answer with full credit only
        (SHORT_ZH, ["馆际互借"]),
        (NUMERIC, ["14"]),
        (NUMERIC_RANGE, ["15 ± 5"]),
        (NUMERIC_PI, ["3.14 ± 0.01"]),
        (question(QType.NUMERIC, opt("x", "2", 1, tolerance="0.50")), ["2 ± 0.5"]),
        (question(QType.NUMERIC, opt("x", "2", 1, tolerance=0)), ["2"]),
        (MULTI, ["Campus card", "Visa page"]),
        (
            MATCHING,
            ["ILL → interlibrary loan", "OPAC → online catalogue", "ISBN → book number"],
        ),
        (ORDERING, ["Greet", "Listen", "Check the record", "Explain"]),
        (CLOZE, ["ILL", "14", "circulation desk"]),
    ],
)
def test_right_answer_for_each_type(q, expected):
    assert right_answer(q) == expected


def test_right_answer_of_a_question_without_options_is_empty():
    for qtype in QType:
        assert right_answer(question(qtype)) == []


def test_right_answer_shows_a_whole_tolerance_without_exponent():
    wide = question(QType.NUMERIC, opt("x", "100", 1, tolerance=100))  # the range 0..200
    assert right_answer(wide) == ["100 ± 100"]


# --- the helpers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Interlibrary   Loan ", "interlibrary loan"),
        ("ＩＬＬ", "ill"),
        ("\u3000馆际\u3000互借\u3000", "馆际 互借"),
        ("１４，５", "14,5"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_normalise_folds_case_width_and_spaces(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("response", "accepted", "expected"),
    [
        ("ILL", "ill", True),
        ("ill", "I*", True),
        ("ill", "*", True),
        ("", "*", True),
        ("ill", "x*", False),
        ("a+b", "a+*", True),
        ("aab", "a+*", False),
        ("*", "ill", False),
    ],
)
def test_text_matches(response, accepted, expected):
    assert text_matches(response, accepted) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14", D(14)),
        ("１４", D(14)),
        ("3,14", D("3.14")),
        ("1 000", D(1000)),
        ("-2.5", D("-2.5")),
        ("1e3", D(1000)),
        ("1,000.5", None),
        ("1,2,3", None),
        ("NaN", None),
        ("nan", None),
        ("sNaN", None),
        ("Infinity", None),
        ("-Infinity", None),
        ("inf", None),
        ("fourteen", None),
        ("", None),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


# --- hostile responses ----------------------------------------------------------------------

HOSTILE = [
    0,
    1,
    -1,
    3.5,
    float("nan"),
    float("inf"),
    True,
    False,
    "",
    "x" * 100_000,
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999999",
    "-1e999999",
    "1e-999999",
    "9" * 10_000,
    "\x00",
    "\ud800",
    "[[1]]",
    {},
    {"x": "y"},
    {"1": {"2": ["3"]}},
    {"": None},
    [],
    [[]],
    [[["greet"]]],
    [{"a": 1}, None, 3.5],
    ["x" * 10_000],
    [None] * 4,
    {"p-ill": {"interlibrary loan": True}},
    {"1": ["ILL"], "2": 14, "3": ["b3-circ"]},
]


@pytest.mark.parametrize("q", EXAMPLES.values(), ids=EXAMPLES.keys())
@pytest.mark.parametrize("response", HOSTILE, ids=lambda r: repr(r)[:30])
def test_hostile_response_never_raises_and_earns_nothing(q, response):
    g = grade(q, response)
    assert (g.fraction, g.score, g.correct, g.chosen_keys) == (D(0), D(0), False, ())
    assert g.mark == q.mark


@pytest.mark.parametrize(
    ("q", "response"),
    [
        (SINGLE, ["ill"]),
        (SINGLE, {"ill": True}),
        (SINGLE, 1),
        (TRUEFALSE, ["t"]),
        (SJT, {"best": "best"}),
        (MULTI, "id"),
        (MULTI, {"id": True, "visa": True}),
        (SHORT, ["ILL"]),
        (SHORT, {"answer": "ILL"}),
        (SHORT_ZH, ["馆际互借"]),
        (NUMERIC, 14),
        (NUMERIC, 14.0),
        (NUMERIC, ["14"]),
        (MATCHING, list(MATCHING_RIGHT.items())),
        (MATCHING, [MATCHING_RIGHT]),
        (ORDERING, "greet listen check explain"),
        (ORDERING, dict(enumerate(ORDER))),
        (ORDERING, [ORDER]),
        (CLOZE, ["ILL", "14", "b3-circ"]),
        (CLOZE, "ILL 14 b3-circ"),
    ],
)
def test_right_answer_in_the_wrong_json_type_earns_nothing(q, response):
    g = grade(q, response)
    assert (g.fraction, g.score, g.correct) == (D(0), D(0), False)


@pytest.mark.parametrize(
    ("q", "response", "expected"),
    [
        (MULTI, ["id", ["visa"], {"visa": 1}, "visa " * 3], "0.5"),
        (CLOZE, {"1": "ILL", "2": ["14"], "3": 5}, "0.3333"),
        (MATCHING, {"p-ill": "interlibrary loan", "p-opac": {"x": "online catalogue"}}, "0.3333"),
        (ORDERING, ["greet", "listen", "check", ["explain"]], "0"),
    ],
)
def test_partly_garbled_response_earns_only_what_is_right(q, response, expected):
    assert fraction(q, response) == D(expected)


@pytest.mark.parametrize("typed", ["NaN", "Infinity", "-Infinity", "1e999999", "9" * 10_000])
def test_numeric_non_finite_or_huge_text_is_answered_with_zero(typed):
    g = grade(NUMERIC, typed)
    assert (g.fraction, g.answered) == (D(0), True)


def test_very_long_typed_answers_are_graded_quickly_and_correctly():
    padded = " " * 100_000 + "ILL" + "\u3000" * 100_000
    assert fraction(SHORT, padded) == D(1)
    assert fraction(SHORT, "x" * 100_000 + " loan") == D("0.25")  # "*loan*"
    assert fraction(NUMERIC, " " * 100_000 + "14") == D(1)


@pytest.mark.parametrize(
    "typed", ["1e1000000", "-1e1000000", "9.99999999999999999999999999999e999999"]
)
def test_numeric_response_beyond_the_decimal_exponent_range_never_raises(typed):
    g = grade(NUMERIC, typed)
    assert (g.fraction, g.answered) == (D(0), True)


# --- property tests -------------------------------------------------------------------------

ALL_TYPES = tuple(QType)

PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# The usual credits often, so that full and no credit are common; any 5-place credit otherwise.
FRACTIONS = st.sampled_from([D(1), D("0.5"), D(0), D(-1)]) | st.decimals(
    min_value=-1, max_value=1, places=5, allow_nan=False, allow_infinity=False
)
MARKS = st.decimals(
    min_value=D("0.0001"), max_value=10, places=4, allow_nan=False, allow_infinity=False
)
KEY_ALPHABET = "abcdefghij0123456789-_"
ANSWER_ALPHABET = list("abcABC12 .-ＡＢｃ１２\u3000馆际互借*") + ["ß"]
TEXTS = st.text(alphabet=ANSWER_ALPHABET, min_size=1, max_size=8).filter(lambda t: t.strip())
NUMBERS = st.decimals(
    min_value=-1000, max_value=1000, places=3, allow_nan=False, allow_infinity=False
)
TOLERANCES = st.none() | st.decimals(
    min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False
)


def keys(count: int):
    return st.lists(
        st.text(alphabet=KEY_ALPHABET, min_size=1, max_size=6),
        min_size=count,
        max_size=count,
        unique=True,
    )


@st.composite
def questions(draw, qtypes=ALL_TYPES) -> QuestionSpec:
    qtype = draw(st.sampled_from(qtypes))
    mark = draw(MARKS)
    if qtype == QType.TRUEFALSE:
        k = draw(keys(2))
        right = draw(st.booleans())
        options = [
            OptionSpec(k[0], "true", D(int(right))),
            OptionSpec(k[1], "false", D(int(not right))),
        ]
        return QuestionSpec(qtype, "True or false?", tuple(options), mark=mark)
    if qtype == QType.CLOZE:
        sizes = draw(st.lists(st.integers(1, 4), min_size=1, max_size=3))
        k = iter(draw(keys(sum(sizes))))
        options = [
            OptionSpec(next(k), draw(TEXTS), draw(FRACTIONS), blank=number)
            for number, size in enumerate(sizes, start=1)
            for _ in range(size)
        ]
        text = " ".join(f"[[{number}]]" for number in range(1, len(sizes) + 1))
        return QuestionSpec(qtype, text, tuple(options), mark=mark)
    if qtype == QType.MATCHING:
        prompts, distractors = draw(st.integers(1, 5)), draw(st.integers(0, 2))
        k = draw(keys(prompts + distractors))
        options = [OptionSpec(key, draw(TEXTS), match_text=draw(TEXTS)) for key in k[:prompts]]
        options += [OptionSpec(key, "", match_text=draw(TEXTS)) for key in k[prompts:]]
        return QuestionSpec(qtype, "Match", tuple(options), mark=mark)
    k = draw(keys(draw(st.integers(1, 6))))
    if qtype == QType.NUMERIC:
        options = [
            OptionSpec(key, str(draw(NUMBERS)), draw(FRACTIONS), tolerance=draw(TOLERANCES))
            for key in k
        ]
    elif qtype == QType.ORDERING:
        options = [OptionSpec(key, draw(TEXTS)) for key in k]
    else:
        options = [OptionSpec(key, draw(TEXTS), draw(FRACTIONS)) for key in k]
    return QuestionSpec(qtype, "Question", tuple(options), mark=mark)


def full_width(text: str) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text
    )


@st.composite
def disguised(draw, text: str) -> str:
    """The same answer as a learner might type it: other case, width and spacing."""
    if draw(st.booleans()):
        text = text.upper()
    if draw(st.booleans()):
        text = full_width(text)
    return (
        draw(st.sampled_from(["", " ", "\u3000", "\t"]))
        + text
        + draw(st.sampled_from(["", "  ", "\u3000", "\n"]))
    )


@st.composite
def well_formed_responses(draw, q: QuestionSpec):
    """A response of the right shape, built from the question's keys and texts."""
    all_keys = [o.key for o in q.options]
    qtype = q.qtype
    if qtype in (QType.SINGLE, QType.TRUEFALSE, QType.SJT):
        return draw(st.sampled_from(all_keys))
    if qtype == QType.MULTI:
        return draw(st.lists(st.sampled_from(all_keys), max_size=len(all_keys) + 2))
    if qtype == QType.SHORT:
        typed = draw(st.sampled_from([o.text for o in q.options]) | TEXTS)
        return draw(disguised(typed))
    if qtype == QType.NUMERIC:
        option = draw(st.sampled_from(q.options))
        spread = (option.tolerance or D(1)) * 2
        offset = draw(st.decimals(min_value=-spread, max_value=spread, places=3))
        value = D(option.text) + offset
        spelling = draw(st.sampled_from(["plain", "comma", "full-width"]))
        text = str(value)
        if spelling == "comma":
            text = text.replace(".", ",")
        elif spelling == "full-width":
            text = full_width(text)
        return draw(st.sampled_from([text, option.text]) | TEXTS)
    if qtype == QType.MATCHING:
        prompts = [o.key for o in q.options if o.text]
        answers = [o.match_text for o in q.options]
        return draw(st.dictionaries(st.sampled_from(prompts), st.sampled_from(answers)))
    if qtype == QType.ORDERING:
        order = draw(st.permutations(all_keys))
        mangle = draw(st.sampled_from(["none", "none", "drop", "repeat"]))
        if mangle == "drop":
            order = order[:-1]
        elif mangle == "repeat":
            order = [*order[:-1], order[0]]
        return list(order)
    # CLOZE
    response = {}
    for number, options in cloze_blanks(q).items():
        if draw(st.booleans()):
            if is_dropdown(options):
                response[str(number)] = draw(st.sampled_from(all_keys))
            else:
                typed = draw(st.sampled_from([o.text for o in options]) | TEXTS)
                response[str(number)] = draw(disguised(typed))
    return response


def arbitrary_responses(q: QuestionSpec):
    """Any JSON-like value, with the question's keys and texts among its leaves."""
    known = sorted({o.key for o in q.options} | {o.text for o in q.options if o.text})
    leaves = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats()
        | st.text(max_size=20)
        | st.sampled_from(known)
        | st.sampled_from(["NaN", "Infinity", "1e999999", "", " ", "\u3000", "*", "1"])
    )
    return st.recursive(
        leaves,
        lambda children: (
            st.lists(children, max_size=5)
            | st.dictionaries(st.text(max_size=5) | st.sampled_from(known), children, max_size=5)
        ),
        max_leaves=15,
    )


@st.composite
def questions_and_responses(draw, qtypes=ALL_TYPES):
    q = draw(questions(qtypes))
    response = draw(well_formed_responses(q) | arbitrary_responses(q) | st.none())
    return q, response


def credits_of(q: QuestionSpec, g: Grade) -> list[tuple[int, Decimal]]:
    """The (blank, credit) of each chosen option: what the feedback rests on, whatever its key."""
    by_key = {o.key: o for o in q.options}
    return sorted(
        (by_key[k].blank if by_key[k].blank is not None else 0, by_key[k].fraction)
        for k in g.chosen_keys
    )


def same_score(a: Grade, b: Grade) -> bool:
    return (a.fraction, a.score, a.mark, a.correct, a.answered) == (
        b.fraction,
        b.score,
        b.mark,
        b.correct,
        b.answered,
    )


@PROPERTY_SETTINGS
@given(questions_and_responses())
def test_score_is_always_within_zero_and_the_mark(case):
    q, response = case
    g = grade(q, response)
    assert D(0) <= g.fraction <= D(1)
    assert D(0) <= g.score <= q.mark
    assert g.mark == q.mark
    assert g.correct is (True if g.fraction == 1 else False if g.fraction == 0 else None)
    assert set(g.chosen_keys) <= {o.key for o in q.options}
    if response is None:
        assert not g.answered


@PROPERTY_SETTINGS
@given(questions_and_responses())
def test_grading_is_deterministic_and_regrading_is_idempotent(case):
    q, response = case
    first = grade(q, response)
    assert grade(q, response) == first
    assert grade(copy.deepcopy(q), copy.deepcopy(response)) == first
    assert grade(q, json.loads(json.dumps(response))) == first


@PROPERTY_SETTINGS
@given(questions_and_responses(tuple(t for t in QType if t != QType.ORDERING)), st.data())
def test_option_order_does_not_change_the_score(case, data):
    q, response = case
    permuted = replace(q, options=tuple(data.draw(st.permutations(q.options))))
    before, after = grade(q, response), grade(permuted, response)
    assert same_score(before, after)
    assert credits_of(q, before) == credits_of(permuted, after)
    if q.qtype in CHOICE_TYPES:
        assert before.chosen_keys == after.chosen_keys


@PROPERTY_SETTINGS
@given(st.data())
def test_ordering_rekeyed_consistently_scores_the_same(data):
    q = data.draw(questions((QType.ORDERING,)))
    response = data.draw(well_formed_responses(q))
    names = data.draw(st.permutations([f"renamed-{i}" for i in range(len(q.options))]))
    rename = {o.key: name for o, name in zip(q.options, names, strict=True)}
    rekeyed = replace(q, options=tuple(replace(o, key=rename[o.key]) for o in q.options))
    assert same_score(grade(q, response), grade(rekeyed, [rename[k] for k in response]))


def best_choice(q: QuestionSpec):
    if q.qtype == QType.MULTI:
        return [o.key for o in q.options if o.fraction > 0]
    return max(q.options, key=lambda o: o.fraction).key


@PROPERTY_SETTINGS
@given(st.data())
def test_choosing_the_best_option_gives_the_maximum_fraction(data):
    q = data.draw(questions(tuple(CHOICE_TYPES)))
    best = grade(q, best_choice(q))
    if q.qtype == QType.MULTI:
        achievable = sum((o.fraction for o in q.options if o.fraction > 0), D(0))
    else:
        achievable = max(o.fraction for o in q.options)
    expected = max(D(0), min(D(1), achievable)).quantize(QUANT, rounding=ROUND_HALF_UP)
    assert best.fraction == expected
    for response in data.draw(st.lists(well_formed_responses(q), min_size=1, max_size=5)):
        assert grade(q, response).fraction <= best.fraction


@PROPERTY_SETTINGS
@given(st.data())
def test_typing_the_best_accepted_answer_earns_its_credit(data):
    q = data.draw(questions((QType.SHORT, QType.NUMERIC)))
    best = max(q.options, key=lambda o: o.fraction)
    expected = max(D(0), best.fraction).quantize(QUANT, rounding=ROUND_HALF_UP)
    assert grade(q, best.text).fraction == expected


@PROPERTY_SETTINGS
@given(st.data())
def test_right_ordering_and_matching_earn_full_credit(data):
    q = data.draw(questions((QType.ORDERING, QType.MATCHING)))
    if q.qtype == QType.ORDERING:
        right = [o.key for o in q.options]
    else:
        right = {o.key: o.match_text for o in q.options if o.text}
    g = grade(q, right)
    assert (g.fraction, g.score, g.correct) == (D(1), q.mark, True)


@PROPERTY_SETTINGS
@given(st.data())
def test_case_width_and_spacing_of_a_typed_answer_do_not_change_its_grade(data):
    q = data.draw(questions((QType.SHORT, QType.NUMERIC)))
    typed = data.draw(well_formed_responses(q))
    assert grade(q, data.draw(disguised(typed))) == grade(q, typed)


@st.composite
def graded(draw) -> Grade:
    q, response = draw(questions_and_responses())
    return grade(q, response)


@PROPERTY_SETTINGS
@given(
    st.lists(graded(), max_size=5),
    st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
)
def test_total_is_within_zero_and_the_sum_of_marks(grades, pass_mark):
    t = total(grades, pass_mark=pass_mark)
    assert t.max_score == sum((g.mark for g in grades), D(0))
    assert D(0) <= t.score <= t.max_score
    assert D(0) <= t.percent <= D(100)
    assert t.passed is (t.max_score > 0 and t.percent >= pass_mark)
