"""The demo quizzes (assessments/demo/content/): consistent with the demo courses, the same
questions in both languages, and every question well formed and gradable. No database needed."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from decimal import Decimal

import pytest

from assessments.demo.content import AUDIO_DIR, quiz_definitions
from assessments.grading import grade
from assessments.spec import FALSE, TRUE, OptionSpec, ParsedQuestion, QType, QuestionSpec
from courses.demo.competencies import DEMO_COMPETENCIES
from courses.demo.loader import course_definitions

QUIZZES = quiz_definitions()
COURSES = {course["slug"]: course for course in course_definitions()}
SCALE_TOP = {"cefr": 6, "five": 5}
LEVEL_TOP = {code: SCALE_TOP[scale] for code, _area, scale, *_rest in DEMO_COMPETENCIES}
LANGUAGES = ("zh", "en")
BLANK = re.compile(r"\[\[(\d+)\]\]")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
TAG = re.compile(r"</?([a-zA-Z0-9]+)")
# What question text may hold (assessments.formats.base.sanitize_html keeps only these).
TEXT_TAGS = {"p", "br", "b", "strong", "i", "em", "ol", "ul", "li", "a"}


def by_course(slug: str) -> dict:
    return next(quiz for quiz in QUIZZES if quiz["course"] == slug)


EVERY_QUESTION = [
    pytest.param(quiz, question, id=f"{quiz['course']}-{language}-{number}")
    for quiz in QUIZZES
    for language in LANGUAGES
    for number, question in enumerate(quiz["questions"][language], start=1)
]


def spec(question: ParsedQuestion) -> QuestionSpec:
    options = tuple(
        OptionSpec(
            key=str(index),
            text=option.text,
            fraction=option.fraction,
            feedback=option.feedback,
            match_text=option.match_text,
            tolerance=option.tolerance,
            blank=option.blank,
        )
        for index, option in enumerate(question.options)
    )
    return QuestionSpec(
        qtype=question.qtype,
        text=question.text,
        options=options,
        mark=question.mark,
        general_feedback=question.general_feedback,
    )


def best_response(question: QuestionSpec):
    """The response a learner who knows everything would give."""
    options = question.options
    match question.qtype:
        case QType.SINGLE | QType.TRUEFALSE | QType.SJT:
            return max(options, key=lambda o: o.fraction).key
        case QType.MULTI:
            return [o.key for o in options if o.fraction > 0]
        case QType.SHORT | QType.NUMERIC:
            return max(options, key=lambda o: o.fraction).text
        case QType.MATCHING:
            return {o.key: o.match_text for o in options if o.text}
        case QType.ORDERING:
            return [o.key for o in options]
        case QType.CLOZE:
            response = {}
            for option in sorted(options, key=lambda o: o.fraction):
                dropdown = any(
                    other.fraction <= 0 for other in options if other.blank == option.blank
                )
                response[str(option.blank)] = option.key if dropdown else option.text
            return response
    raise AssertionError(question.qtype)


def test_there_is_a_quiz_for_every_demo_course_in_module_order():
    assert [quiz["course"] for quiz in QUIZZES] == list(COURSES)


@pytest.mark.parametrize("quiz", QUIZZES, ids=lambda quiz: quiz["course"])
def test_quiz_settings(quiz):
    course = COURSES[quiz["course"]]
    lessons = [lesson["slug"] for lesson in course["lessons"]]
    assert quiz["after_lesson"] is None or quiz["after_lesson"] in lessons
    assert quiz["slug"] and re.fullmatch(r"[a-z0-9-]+", quiz["slug"])
    assert 0 < quiz["pass_mark"] <= 100
    assert quiz["attempts_allowed"] >= 0
    assert quiz["time_limit_minutes"] is None or quiz["time_limit_minutes"] > 0
    assert isinstance(quiz["required"], bool)
    for language in LANGUAGES:
        assert quiz["bank"][language]
        assert quiz[language]["title"]
        assert quiz[language]["intro"].startswith("<p>")
        assert 8 <= len(quiz["questions"][language]) <= 12


@pytest.mark.parametrize("quiz", QUIZZES, ids=lambda quiz: quiz["course"])
def test_zh_and_en_are_the_same_questions(quiz):
    def shape(question: ParsedQuestion):
        return (
            question.qtype,
            question.competency,
            question.level,
            len(question.options),
            [option.fraction for option in question.options],
            [option.blank for option in question.options],
            [bool(option.text) for option in question.options],
            question.audio.name if question.audio else None,
            question.shuffle,
            question.mark,
        )

    zh, en = quiz["questions"]["zh"], quiz["questions"]["en"]
    assert [shape(q) for q in zh] == [shape(q) for q in en]
    for chinese, english in zip(zh, en, strict=True):
        assert chinese.category.count("/") == english.category.count("/")
        assert chinese.transcript == english.transcript
        assert CJK.search(chinese.text), chinese.name  # the zh edition is written in Chinese


@pytest.mark.parametrize("quiz", QUIZZES, ids=lambda quiz: quiz["course"])
def test_names_are_unique_within_the_bank(quiz):
    for language in LANGUAGES:
        names = Counter(q.name for q in quiz["questions"][language])
        assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize(("quiz", "question"), EVERY_QUESTION)
def test_question_is_well_formed(quiz, question):
    outcomes = {code for code, _level in COURSES[quiz["course"]]["outcomes"]}
    assert question.competency in outcomes
    assert question.level is not None and 1 <= question.level <= LEVEL_TOP[question.competency]
    assert question.name and len(question.name) <= 60
    assert question.category and not question.category.startswith("/")
    assert question.text.startswith("<p>") and question.text.endswith("</p>")
    assert set(TAG.findall(question.text)) <= TEXT_TAGS
    assert question.general_feedback.strip()
    assert question.options
    assert all(isinstance(option.fraction, Decimal) for option in question.options)
    assert all(-1 <= option.fraction <= 1 for option in question.options)


@pytest.mark.parametrize(("quiz", "question"), EVERY_QUESTION)
def test_question_rules_of_its_type(quiz, question):
    options = question.options
    fractions = [option.fraction for option in options]
    match question.qtype:
        case QType.SINGLE:
            assert fractions.count(Decimal(1)) == 1
            assert len(options) >= 3
        case QType.TRUEFALSE:
            assert [option.text for option in options] == [TRUE, FALSE]
            assert sorted(fractions) == [0, 1]
        case QType.MULTI:
            assert sum(f for f in fractions if f > 0) == 1
            assert any(f < 0 for f in fractions)  # choosing everything cannot earn full credit
        case QType.SHORT | QType.NUMERIC:
            assert max(fractions) == 1
            if question.qtype == QType.NUMERIC:
                for option in options:
                    Decimal(option.text)
        case QType.MATCHING:
            prompts = [option for option in options if option.text]
            assert len(prompts) >= 3
            assert all(option.match_text for option in options)
            assert len({option.text for option in prompts}) == len(prompts)
        case QType.ORDERING:
            assert len(options) >= 3
            assert len({option.text for option in options}) == len(options)
            assert question.shuffle
        case QType.CLOZE:
            in_text = {int(number) for number in BLANK.findall(question.text)}
            in_options = {option.blank for option in options}
            assert in_text == in_options
            assert sorted(in_text) == list(range(1, len(in_text) + 1))
            for blank in in_text:
                assert max(o.fraction for o in options if o.blank == blank) == 1
        case QType.SJT:
            assert 3 <= len(options) <= 4
            assert Decimal(1) in fractions  # a best option
            assert any(f <= 0 for f in fractions)  # and a poor one
            assert all(option.feedback.strip() for option in options)
    if question.qtype != QType.CLOZE:
        assert all(option.blank is None for option in options)
        assert not BLANK.search(question.text)


@pytest.mark.parametrize(("quiz", "question"), EVERY_QUESTION)
def test_the_best_response_earns_full_marks(quiz, question):
    question_spec = spec(question)
    assert grade(question_spec, best_response(question_spec)).correct is True


@pytest.mark.parametrize(("quiz", "question"), EVERY_QUESTION)
def test_listening_clips(quiz, question):
    if question.audio is None:
        assert not question.transcript
        return
    path = AUDIO_DIR / question.audio.name
    assert path.is_file()
    assert question.audio.content == path.read_bytes()
    assert question.audio.content.startswith(b"OggS")
    assert len(question.audio.content) < 80 * 1024
    assert question.transcript.strip()


def test_the_language_courses_have_listening_questions_in_their_language():
    for slug, japanese in (("english-service-desk", False), ("japanese-desk-basics", True)):
        for language in LANGUAGES:
            listening = [q for q in by_course(slug)["questions"][language] if q.audio]
            assert len(listening) >= 3
            assert all(bool(CJK.search(q.transcript)) == japanese for q in listening)


def test_every_clip_is_used():
    used = {q.audio.name for quiz in QUIZZES for q in quiz["questions"]["en"] if q.audio}
    assert used == {path.name for path in AUDIO_DIR.glob("*.ogg")}


def test_cross_cultural_quiz_has_situational_judgement_questions():
    questions = by_course("cross-cultural-foundations")["questions"]
    for language in LANGUAGES:
        assert sum(q.qtype == QType.SJT for q in questions[language]) >= 5


def test_every_question_type_is_used():
    used = {q.qtype for quiz in QUIZZES for q in quiz["questions"]["en"]}
    assert used == set(QType)


@pytest.mark.parametrize(("quiz", "question"), EVERY_QUESTION)
def test_question_passes_the_formats_validation(quiz, question):
    try:
        base = importlib.import_module("assessments.formats.base")
    except ModuleNotFoundError:
        pytest.skip("assessments.formats.base does not exist yet")
    problems = base.validate_question(question)
    assert not problems, [str(problem) for problem in problems]
