"""The round-trip guarantee: what a format writes without a Problem reads back the same."""

import dataclasses

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from assessments.formats import FORMATS, export, parse
from assessments.formats.base import question_label, to_html, validate_question
from assessments.spec import QType

from .cases import assert_same, every_type, listening_question
from .strategies import questions

# What each format cannot hold, by the questions of cases.every_type().
GIFT_CANNOT = {"A warm referral", "Renewal e-mail"}  # ordering; two blanks


@pytest.mark.parametrize("format_name", FORMATS)
def test_every_type_round_trips_through_bytes(format_name):
    questions_ = every_type()
    data, problems = export(format_name, questions_)
    assert isinstance(data, bytes)
    skipped = {p.where.split('"')[1] for p in problems}
    assert skipped == (GIFT_CANNOT if format_name == "gift" else set())
    assert all(p.unsupported for p in problems)
    result = parse(format_name, data)
    assert result.problems == []
    assert_same([q for q in questions_ if q.name not in skipped], result.questions)


def test_moodle_xml_keeps_the_audio_clip():
    data, problems = export("moodle-xml", [listening_question()])
    assert problems == []
    assert_same([listening_question()], parse("moodle-xml", data).questions, audio=True)


def _written(questions_, problems):
    """The questions a dump wrote whole: those no Problem names."""
    named = {p.where for p in problems}
    return [q for i, q in enumerate(questions_, start=1) if question_label(i, q) not in named]


PROPERTY = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.mark.parametrize("format_name", ["gift", "csv"])
@PROPERTY
@given(data=st.data())
def test_random_questions_round_trip(format_name, data):
    questions_ = data.draw(st.lists(questions(), min_size=1, max_size=4))
    assume(all(validate_question(q) == [] for q in questions_))
    written, problems = export(format_name, questions_)
    # A gradable question is never refused as an error, at most as something the format lacks.
    assert all(p.unsupported for p in problems), problems
    result = parse(format_name, written)
    assert result.problems == []
    assert_same(_written(questions_, problems), result.questions)


@PROPERTY
@given(questions_=st.lists(questions(audio=True), min_size=1, max_size=4))
def test_random_questions_round_trip_through_moodle_xml(questions_):
    assume(all(validate_question(q) == [] for q in questions_))
    written, problems = export("moodle-xml", questions_)
    assert problems == []
    result = parse("moodle-xml", written)
    assert result.problems == []
    assert_same(questions_, result.questions, audio=True)


@PROPERTY
@given(questions_=st.lists(questions(), min_size=1, max_size=3))
def test_gift_only_refuses_what_it_documents(questions_):
    assume(all(validate_question(q) == [] for q in questions_))
    _written_, problems = export("gift", questions_)
    for problem in problems:
        q = questions_[int(problem.where.split()[1]) - 1]
        reasons = (
            q.qtype is QType.ORDERING,
            q.qtype is QType.CLOZE,  # several blanks, or an answer holding "->"
            q.qtype is QType.MATCHING and any(o.feedback or "->" in o.text for o in q.options),
            q.qtype is QType.SHORT and any("->" in o.text + o.feedback for o in q.options),
        )
        assert any(reasons), (problem, q)


def test_the_demo_quizzes_are_gradable_and_survive_every_format():
    from assessments.demo.content import quiz_definitions

    demo = [
        dataclasses.replace(q, text=to_html(q.text, "html"))
        for quiz in quiz_definitions()
        for language in ("zh", "en")
        for q in quiz["questions"][language]
    ]
    assert demo
    for q in demo:
        assert validate_question(q) == [], q.name
    for format_name in FORMATS:
        data, problems = export(format_name, demo)
        assert all(p.unsupported for p in problems)
        result = parse(format_name, data)
        assert result.problems == []
        lost = {p.where for p in problems if "audio" not in p.message}
        kept = [q for i, q in enumerate(demo, start=1) if question_label(i, q) not in lost]
        assert_same(kept, result.questions, audio=format_name == "moodle-xml")
