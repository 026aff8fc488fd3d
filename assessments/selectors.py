"""Reads of the assessments app: what a learner sees of a quiz, an attempt and its review.

The review rules live here (`review_visibility`): while an attempt is in progress nothing of the
key is shown; once it is finished, the quiz's "immediately after" options apply, and once the
quiz has closed (`closes_at` has passed) its "after the quiz closes" options apply. Everything
built for a template goes through `question_views`, which leaves out whatever the rules hide,
so a template cannot show what it was not given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from training.people.models import StaffProfile

from . import grading
from .layout import spec_of
from .models import Attempt, Question, QuizPage
from .services import attempts_left
from .spec import (
    CHOICE_TYPES,
    TRUE,
    AudioClip,
    ParsedOption,
    ParsedQuestion,
    QType,
)

BLANK = re.compile(r"\[\[(\d+)\]\]")


@dataclass(frozen=True)
class Visibility:
    score: bool = False
    correctness: bool = False
    answers: bool = False
    feedback: bool = False

    @property
    def anything(self) -> bool:
        return self.score or self.correctness or self.answers or self.feedback


NOTHING = Visibility()


REVIEW_FIELDS = (
    "review_score_now",
    "review_correctness_now",
    "review_answers_now",
    "review_feedback_now",
    "review_score_closed",
    "review_correctness_closed",
    "review_answers_closed",
    "review_feedback_closed",
)


@dataclass(frozen=True)
class ReviewRules:
    """The review options that govern a quiz in every language: the strictest of its live
    translations, so that switching language never reveals more."""

    closes_at: datetime | None
    flags: dict[str, bool]

    def is_closed(self, now: datetime) -> bool:
        return self.closes_at is not None and now >= self.closes_at


def review_rules(quiz: QuizPage) -> ReviewRules:
    """One query: every live translation's options, combined strictly (see ReviewRules).

    A flag holds only if it holds in every translation; the quiz counts as closed only when
    every translation has closed.
    """
    rows = list(
        QuizPage.objects.filter(translation_key=quiz.translation_key)
        .filter(live=True)
        .values("closes_at", *REVIEW_FIELDS)
    ) or [{"closes_at": quiz.closes_at, **{f: getattr(quiz, f) for f in REVIEW_FIELDS}}]
    closes = [row["closes_at"] for row in rows]
    return ReviewRules(
        closes_at=None if None in closes else max(closes),
        flags={field: all(row[field] for row in rows) for field in REVIEW_FIELDS},
    )


def review_visibility(
    rules: ReviewRules | None, attempt: Attempt, now: datetime | None = None
) -> Visibility:
    """What the learner may see of `attempt` now (see the module docstring)."""
    if not attempt.is_finished or rules is None:
        return NOTHING
    when = "closed" if rules.is_closed(now or timezone.now()) else "now"
    return Visibility(
        score=rules.flags[f"review_score_{when}"],
        correctness=rules.flags[f"review_correctness_{when}"],
        answers=rules.flags[f"review_answers_{when}"],
        feedback=rules.flags[f"review_feedback_{when}"],
    )


def learner_attempts(*, staff: StaffProfile, quiz: QuizPage) -> list[Attempt]:
    """The learner's attempts at this quiz (any language), newest first, without their layout."""
    return list(
        Attempt.objects.filter(staff=staff, quiz_key=quiz.translation_key)
        .defer("layout", "responses")
        .order_by("-number")
    )


@dataclass
class AttemptRow:
    attempt: Attempt
    visibility: Visibility


@dataclass
class QuizOverview:
    question_count: int
    attempts: list[AttemptRow]
    in_progress: Attempt | None
    attempts_left: int | None
    can_start: bool
    best_percent: Decimal | None
    passed: bool
    reason: str = ""


def quiz_overview(*, quiz: QuizPage, staff: StaffProfile | None, now=None) -> QuizOverview:
    """The quiz page's summary for a learner (or an anonymous visitor when staff is None)."""
    now = now or timezone.now()
    count = sum(slot.draw_count if slot.category_id else 1 for slot in quiz.slots.all())
    if staff is None:
        return QuizOverview(count, [], None, None, False, None, False)
    attempts = learner_attempts(staff=staff, quiz=quiz)
    rules = review_rules(quiz)
    rows = [AttemptRow(a, review_visibility(rules, a, now)) for a in attempts]
    in_progress = next((a for a in attempts if not a.is_finished), None)
    left = attempts_left(quiz=quiz, used=len(attempts))
    # Only attempts whose score the review rules show count: a pass is part of the score.
    finished = [r for r in rows if r.attempt.is_finished and r.visibility.score]
    best = max((r.attempt.percent for r in finished), default=None)
    passed = any(r.attempt.passed for r in finished)
    reason = ""
    if in_progress is None:
        if not quiz.is_open(now):
            reason = _("This quiz is not open now.")
        elif left == 0:
            reason = _("You have used all the attempts this quiz allows.")
    can_start = in_progress is not None or not reason
    return QuizOverview(count, rows, in_progress, left, can_start, best, passed, reason)


# --- questions as the templates see them ------------------------------------------------------


@dataclass
class QuestionView:
    """One question for the attempt or review template. Key-derived fields stay empty unless
    the visibility allows them."""

    number: int
    position: int
    qtype: str
    text: str
    mark: str
    audio_url: str = ""
    audio_type: str = ""
    choices: list[dict] = field(default_factory=list)
    input_type: str = ""
    typed: str = ""
    prompts: list[dict] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    ordering: list[dict] = field(default_factory=list)
    places: list[int] = field(default_factory=list)
    cloze: list[dict] = field(default_factory=list)
    answered: bool = False
    # review only
    score: Decimal | None = None
    correct: bool | None = None
    show_correctness: bool = False
    right_answer: list[str] = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)
    transcript: str = ""


def _label(qtype: QType, text: str) -> str:
    if qtype == QType.TRUEFALSE:
        return _("True") if text == TRUE else _("False")
    return text


def _choice_views(item: dict, response: Any, qtype: QType) -> list[dict]:
    options = {option["key"]: option for option in item["options"]}
    chosen = set(response) if isinstance(response, list) else {response}
    return [
        {"key": key, "label": _label(qtype, options[key]["text"]), "checked": key in chosen}
        for key in item["display"]
        if key in options
    ]


def _cloze_parts(item: dict, response: Any) -> list[dict]:
    spec = spec_of(item)
    blanks = grading.cloze_blanks(spec)
    given = response if isinstance(response, dict) else {}
    parts = []
    text = expand_db_html(item["text"])
    last = 0
    for match in BLANK.finditer(text):
        parts.append({"html": mark_safe(text[last : match.start()])})  # noqa: S308 sanitised text
        number = int(match.group(1))
        options = blanks.get(number, [])
        dropdown = grading.is_dropdown(options)
        parts.append(
            {
                "blank": number,
                "name": f"q{item['position']}-b{number}",
                "dropdown": dropdown,
                "choices": [{"key": o.key, "label": o.text} for o in options] if dropdown else [],
                "value": given.get(str(number), ""),
            }
        )
        last = match.end()
    parts.append({"html": mark_safe(text[last:])})  # noqa: S308 sanitised rich text
    return parts


def question_views(
    attempt: Attempt, visibility: Visibility = NOTHING, *, review: bool = False
) -> list[QuestionView]:
    """The attempt's questions in the learner's order, with their answers, for a template."""
    views = []
    for number, item in enumerate(attempt.layout, start=1):
        qtype = QType(item["qtype"])
        response = attempt.responses.get(str(item["position"]))
        view = QuestionView(
            number=number,
            position=item["position"],
            qtype=qtype.value,
            text=item["text"],
            mark=item["mark"],
            audio_url=item.get("audio_url", ""),
            audio_type=item.get("audio_type", ""),
            answered=response is not None,
        )
        if qtype in CHOICE_TYPES:
            view.choices = _choice_views(item, response, qtype)
            view.input_type = "checkbox" if qtype == QType.MULTI else "radio"
        elif qtype in (QType.SHORT, QType.NUMERIC):
            view.typed = response if isinstance(response, str) else ""
        elif qtype == QType.MATCHING:
            given = response if isinstance(response, dict) else {}
            view.prompts = [
                {"key": o["key"], "text": o["text"], "selected": given.get(o["key"], "")}
                for o in item["options"]
                if o["text"]
            ]
            view.answers = item.get("answers", [])
        elif qtype == QType.ORDERING:
            options = {o["key"]: o for o in item["options"]}
            order = response if isinstance(response, list) else []
            places = {key: i + 1 for i, key in enumerate(order)}
            view.ordering = [
                {"key": key, "text": options[key]["text"], "place": places.get(key)}
                for key in item["display"]
            ]
            view.places = list(range(1, len(item["display"]) + 1))
        else:
            view.cloze = _cloze_parts(item, response)
        if review:
            _add_review(view, item, response, visibility)
        views.append(view)
    return views


def _add_review(view: QuestionView, item: dict, response: Any, visibility: Visibility) -> None:
    spec = spec_of(item)
    result = grading.grade(spec, response)
    view.transcript = item.get("transcript", "")
    if visibility.score:
        view.score = result.score
    if visibility.correctness:
        view.show_correctness = True
        view.correct = result.correct
    if visibility.answers:
        view.right_answer = [
            _label(spec.qtype, answer) for answer in grading.right_answer(spec) if answer
        ]
    if visibility.feedback:
        by_key = {option.key: option for option in spec.options}
        view.feedback = [by_key[key].feedback for key in result.chosen_keys if by_key[key].feedback]
        if spec.general_feedback:
            view.feedback.append(spec.general_feedback)


# --- export -----------------------------------------------------------------------------------


def bank_questions(bank) -> list[ParsedQuestion]:
    """Every question of `bank` in the neutral form the formats write, in a fixed order.

    Four queries whatever the size of the bank (questions, options, tags, nothing per row).
    """
    questions = (
        Question.objects.filter(category__bank=bank)
        .select_related("category", "competency", "audio")
        .prefetch_related("options", "tags")
        .order_by("category__path", "name", "pk")
    )
    parsed = []
    for question in questions:
        audio = None
        if question.audio is not None:
            with question.audio.open_file() as handle:
                audio = AudioClip(name=question.audio.filename, content=handle.read())
        parsed.append(
            ParsedQuestion(
                qtype=QType(question.qtype),
                name=question.name,
                text=question.text,
                options=[
                    ParsedOption(
                        text=option.text,
                        fraction=option.fraction,
                        feedback=option.feedback,
                        match_text=option.match_text,
                        tolerance=option.tolerance,
                        blank=option.blank,
                    )
                    for option in question.options.all()
                ],
                general_feedback=question.general_feedback,
                mark=question.mark,
                category=question.category.path,
                tags=sorted(tag.name for tag in question.tags.all()),
                competency=question.competency.code if question.competency else "",
                level=question.level,
                shuffle=question.shuffle_options,
                audio=audio,
                transcript=question.transcript,
                source=question.name,
            )
        )
    return parsed
