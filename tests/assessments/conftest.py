"""A course with a quiz of every question type, for the attempt, view and analysis tests.

catalog > 英语服务台用语 (course) > 问候 (lesson) + 小测验 (quiz, completes the lesson)
bank "Service desk" with one question of each type in category "Desk".
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest
from wagtail.models import Page

from assessments.models import (
    Question,
    QuestionBank,
    QuestionCategory,
    QuestionOption,
    QuizPage,
    QuizSlot,
)
from courses.models import CourseIndexPage
from home.models import HomePage
from tests.courses.conftest import make_course, make_lesson, publish
from training.competencies.models import Competency
from training.competencies.services import competency_save
from training.people.models import Language


def make_question(category, qtype: str, text: str, options, **fields) -> Question:
    """A saved question; `options` are dicts of QuestionOption fields, in order."""
    question = Question(
        category=category, qtype=qtype, text=text, name=fields.pop("name", text), **fields
    )
    question.options = [QuestionOption(sort_order=i, **option) for i, option in enumerate(options)]
    question.full_clean()
    question.save()
    return question


def one_of_each(category, competency=None) -> list[Question]:
    """Nine questions, one per type, each with a known right answer (see `right_responses`)."""
    c = {"competency": competency, "level": 3} if competency else {}
    return [
        make_question(
            category,
            "single",
            "<p>Which greeting is polite?</p>",
            [
                {
                    "text": "Good morning, how can I help?",
                    "fraction": 1,
                    "feedback": "Warm and open.",
                },
                {"text": "What?", "fraction": 0, "feedback": "Too abrupt."},
                {"text": "Next!", "fraction": -Decimal("0.5")},
            ],
            name="greeting",
            **c,
        ),
        make_question(
            category,
            "multi",
            "<p>Which are document delivery services?</p>",
            [
                {"text": "ILL", "fraction": Decimal("0.5")},
                {"text": "Document supply", "fraction": Decimal("0.5")},
                {"text": "Photocopier repair", "fraction": -1},
            ],
            name="services",
            **c,
        ),
        make_question(
            category,
            "truefalse",
            "<p>A passport is a valid ID for a reader card.</p>",
            [
                {"text": "true", "fraction": 1},
                {"text": "false", "fraction": 0},
            ],
            name="passport",
            **c,
        ),
        make_question(
            category,
            "short",
            "<p>The acronym for interlibrary loan?</p>",
            [
                {"text": "ILL", "fraction": 1},
                {"text": "馆际互借", "fraction": 1},
            ],
            name="acronym",
            **c,
        ),
        make_question(
            category,
            "numeric",
            "<p>Loan period in days?</p>",
            [
                {"text": "30", "fraction": 1, "tolerance": Decimal(0)},
            ],
            name="loan-days",
            **c,
        ),
        make_question(
            category,
            "matching",
            "<p>Match the terms.</p>",
            [
                {"text": "ILL", "match_text": "interlibrary loan"},
                {"text": "OPAC", "match_text": "online catalogue"},
                {"text": "", "match_text": "reading room"},
            ],
            name="terms",
            **c,
        ),
        make_question(
            category,
            "ordering",
            "<p>Order the ILL steps.</p>",
            [
                {"text": "Check holdings"},
                {"text": "Send the request"},
                {"text": "Receive the item"},
            ],
            name="ill-steps",
            **c,
        ),
        make_question(
            category,
            "cloze",
            "<p>Use [[1]] to narrow a search and [[2]] to widen it.</p>",
            [
                {"text": "AND", "fraction": 1, "blank": 1},
                {"text": "OR", "fraction": 0, "blank": 1},
                {"text": "OR", "fraction": 1, "blank": 2},
            ],
            name="boolean",
            **c,
        ),
        make_question(
            category,
            "sjt",
            "<p>A scholar is upset about a fine. What do you do?</p>",
            [
                {
                    "text": "Listen, explain the rule, offer options",
                    "fraction": 1,
                    "feedback": "Best.",
                },
                {"text": "Waive it at once", "fraction": Decimal("0.5"), "feedback": "Acceptable."},
                {"text": "Point at the sign", "fraction": 0, "feedback": "Poor."},
            ],
            name="fine",
            **c,
        ),
    ]


def right_responses(attempt) -> dict[str, object]:
    """The full-marks response for every item of `attempt`, keyed by position (as the form)."""
    responses = {}
    for item in attempt.layout:
        options = item["options"]
        qtype = item["qtype"]
        if qtype in ("single", "truefalse", "sjt"):
            best = max(options, key=lambda o: Decimal(o["fraction"]))
            answer = best["key"]
        elif qtype == "multi":
            answer = [o["key"] for o in options if Decimal(o["fraction"]) > 0]
        elif qtype in ("short", "numeric"):
            answer = options[0]["text"]
        elif qtype == "matching":
            answer = {o["key"]: o["match_text"] for o in options if o["text"]}
        elif qtype == "ordering":
            answer = [o["key"] for o in options]
        else:
            answer = {
                str(o["blank"]): (o["key"] if o["blank"] == 1 else o["text"])
                for o in options
                if Decimal(o["fraction"]) == 1
            }
        responses[str(item["position"])] = answer
    return responses


def form_data(attempt, responses: dict) -> dict:
    """`responses` as the attempt form posts them (field names of layout.py)."""
    data = {"revision": str(attempt.revision)}
    for item in attempt.layout:
        response = responses.get(str(item["position"]))
        name = f"q{item['position']}"
        if response is None:
            continue
        qtype = item["qtype"]
        if qtype in ("single", "truefalse", "sjt", "short", "numeric", "multi"):
            data[name] = response
        elif qtype == "matching":
            for key, answer in response.items():
                data[f"{name}-{key}"] = answer
        elif qtype == "ordering":
            for place, key in enumerate(response, start=1):
                data[f"{name}-{key}"] = str(place)
        else:
            for blank, answer in response.items():
                data[f"{name}-b{blank}"] = answer
    return data


def make_quiz(course, slug="quiz", questions=(), **fields) -> QuizPage:
    quiz = QuizPage(slug=slug, title=fields.pop("title", "小测验"), **fields)
    for i, question in enumerate(questions):
        quiz.slots.add(QuizSlot(question=question, sort_order=i))
    course.add_child(instance=quiz)
    return publish(quiz)


@pytest.fixture
def quizzes(db, org):
    home = HomePage.objects.filter(depth=2).first() or Page.objects.get(depth=1)
    catalog = CourseIndexPage(slug="courses", title="课程目录")
    home.add_child(instance=catalog)
    catalog = publish(catalog)
    language = Language.objects.get(code="en")
    competency = competency_save(
        competency=Competency(
            code="lang-en",
            area="languages",
            scale="cefr",
            language=language,
            name_zh="英语服务能力",
            name_en="English for service",
        )
    )
    course = make_course(
        catalog, "english", "英语服务台用语", cefr_level="B1", target_language=language
    )
    lesson = make_lesson(course, "greetings", "问候")
    bank = QuestionBank.objects.create(name="Service desk")
    category = QuestionCategory.objects.create(bank=bank, path="Desk")
    questions = one_of_each(category, competency)
    quiz = make_quiz(course, questions=questions, lesson=lesson, pass_mark=70)
    return SimpleNamespace(
        course=course,
        lesson=lesson,
        bank=bank,
        category=category,
        questions=questions,
        quiz=quiz,
        competency=competency,
        learner=org.learner,
        org=org,
    )
