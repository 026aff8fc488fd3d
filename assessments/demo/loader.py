"""Creates the demo quizzes (banks, questions, quiz pages in both languages) and demo attempts.

Idempotent like the course loader: a bank that exists is not imported again, a quiz page that
exists (same slug under the same course) is left as it is, and attempts are only simulated for
a quiz that has none, so running `load_demo` again changes nothing.

The attempts are simulated with a fixed seed: each demo staff member has an ability and each
question a difficulty, and a learner answers rightly with the logistic probability of the two
(a one-parameter item-response model), so that item analysis shows realistic figures: harder
questions have lower facility, and questions discriminate between stronger and weaker learners.
"""

from __future__ import annotations

import math
import random
from contextlib import nullcontext
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)

from assessments import services
from assessments.layout import spec_of
from assessments.models import Attempt, Question, QuestionBank, QuizPage, QuizSlot
from assessments.spec import ParseResult, QType
from courses.models import CoursePage, LessonPage
from training.people.models import StaffProfile

from .content import quiz_definitions

SEED = 20261125


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _bank(name: str, questions) -> tuple[QuestionBank, list[Question]]:
    bank = QuestionBank.objects.filter(name=name).first()
    if bank is None:
        report = services.questions_import(
            bank_name=name, result=ParseResult(questions=list(questions))
        )
        bank = report.bank
    by_name = {q.name: q for q in Question.objects.filter(category__bank=bank)}
    return bank, [by_name[q.name] for q in questions if q.name in by_name]


def _slots(questions: list[Question]) -> list[QuizSlot]:
    return [QuizSlot(question=q, sort_order=i) for i, q in enumerate(questions)]


@transaction.atomic
def load_quizzes(*, catalog: Page, stdout=None) -> list[QuizPage]:
    """Create every demo quiz under its course (zh) and the English translation.

    Wagtail would queue a reference-index update for every quiz slot saved, including the slots
    a translation copies and then replaces (gone by the time the worker runs them, each a failed
    task in the worker's log); the quizzes' references are indexed once at the end instead.
    """
    # Wagtail's switch cannot be nested: leave it alone when a caller has turned updates off.
    already_off = getattr(reference_index_auto_update_disabled, "value", False)
    with nullcontext() if already_off else disable_reference_index_auto_update():
        quizzes = _load_quizzes(catalog=catalog, stdout=stdout)
    for quiz in quizzes:
        for version in quiz.get_translations(inclusive=True).specific():
            ReferenceIndex.create_or_update_for_object(version)
    return quizzes


def _load_quizzes(*, catalog: Page, stdout=None) -> list[QuizPage]:
    en = Locale.objects.get(language_code="en")
    quizzes = []
    created = 0
    for definition in quiz_definitions():
        course = CoursePage.objects.child_of(catalog).filter(slug=definition["course"]).first()
        if course is None:
            continue
        quiz = QuizPage.objects.child_of(course).filter(slug=definition["slug"]).first()
        if quiz is None:
            _bank_zh, questions_zh = _bank(definition["bank"]["zh"], definition["questions"]["zh"])
            lesson = None
            if definition.get("after_lesson"):
                lesson = (
                    LessonPage.objects.child_of(course)
                    .filter(slug=definition["after_lesson"])
                    .first()
                )
            quiz = QuizPage(
                slug=definition["slug"],
                title=definition["zh"]["title"],
                intro=definition["zh"]["intro"],
                lesson=lesson,
                required=definition.get("required", True),
                pass_mark=definition["pass_mark"],
                attempts_allowed=definition.get("attempts_allowed", 0),
                time_limit_minutes=definition.get("time_limit_minutes"),
            )
            quiz.slots = _slots(questions_zh)
            course.add_child(instance=quiz)
            _publish(quiz)
            created += 1
        if quiz.get_translation_or_none(en) is None:
            _bank_en, questions_en = _bank(definition["bank"]["en"], definition["questions"]["en"])
            quiz_en = quiz.copy_for_translation(en)
            quiz_en.title = definition["en"]["title"]
            quiz_en.intro = definition["en"]["intro"]
            if quiz.lesson_id is not None:
                quiz_en.lesson = quiz.lesson.get_translation_or_none(en) or quiz.lesson
            quiz_en.slots = _slots(questions_en)
            _publish(quiz_en)
        quizzes.append(quiz)
    if stdout is not None:
        stdout.write(f"Quizzes: {len(quizzes)} in the courses, {created} created now.")
    return quizzes


def simulated_response(item: dict, right: bool, rng: random.Random):
    """A plausible response: the best answer if `right`, else a wrong (or partly right) one."""
    spec = spec_of(item)
    options = list(spec.options)
    best = max(options, key=lambda o: o.fraction)
    qtype = spec.qtype
    if qtype in (QType.SINGLE, QType.TRUEFALSE, QType.SJT):
        if right:
            return best.key
        others = [o for o in options if o.key != best.key]
        return rng.choice(others).key if others else None
    if qtype == QType.MULTI:
        good = [o.key for o in options if o.fraction > 0]
        return good if right else good[:1] + [o.key for o in options if o.fraction <= 0][:1]
    if qtype in (QType.SHORT, QType.NUMERIC):
        return best.text if right else "?"
    if qtype == QType.MATCHING:
        pairs = {o.key: o.match_text for o in options if o.text}
        if right:
            return pairs
        keys = list(pairs)
        values = [pairs[k] for k in keys]
        rng.shuffle(values)
        return dict(zip(keys, values, strict=True))
    if qtype == QType.ORDERING:
        order = [o.key for o in options]
        if not right and len(order) > 1:
            order[0], order[1] = order[1], order[0]
        return order
    answers = {}
    for option in options:
        if option.blank is not None and option.fraction == 1 and str(option.blank) not in answers:
            answers[str(option.blank)] = (
                option.key
                if any(o.blank == option.blank and o.fraction <= 0 for o in options)
                else option.text
            )
    return answers if right else {}


def _difficulty(question_id: int) -> float:
    return random.Random(question_id * 7919).uniform(-1.5, 1.5)  # noqa: S311 demo data


def simulate_attempts(*, quizzes: list[QuizPage], stdout=None) -> int:
    """Give the demo staff first (and some second) attempts at each quiz that has none yet."""
    rng = random.Random(SEED)  # noqa: S311 demo data, reproducible on purpose
    staff = list(StaffProfile.objects.filter(is_active=True).order_by("staff_number"))
    ability = {person.pk: rng.gauss(0.6, 1.1) for person in staff}
    now = timezone.now()
    total = 0
    for quiz in quizzes:
        if Attempt.objects.filter(quiz_key=quiz.translation_key).exists():
            continue
        takers = [p for p in staff if rng.random() < 0.9]
        for person in takers:
            started = now - timedelta(days=rng.randint(3, 60), minutes=rng.randint(0, 600))
            for _second in range(2):
                attempt = services.attempt_start(
                    staff=person, quiz=quiz, now=started, seed=rng.randrange(1 << 30)
                )
                responses = {}
                for item in attempt.layout:
                    chance = 1 / (
                        1 + math.exp(-(ability[person.pk] - _difficulty(item["question_id"])))
                    )
                    responses[str(item["position"])] = simulated_response(
                        item, rng.random() < chance, rng
                    )
                minutes = rng.randint(4, max(5, (quiz.time_limit_minutes or 20) - 1))
                outcome = services.attempt_submit(
                    attempt_id=attempt.pk,
                    staff=person,
                    responses=responses,
                    revision=attempt.revision,
                    now=started + timedelta(minutes=minutes),
                )
                total += 1
                # Those who failed try again a day later, a little better prepared.
                if outcome.attempt.passed or rng.random() < 0.4:
                    break
                ability[person.pk] += 0.5
                started += timedelta(days=1)
    if stdout is not None:
        stdout.write(f"Quiz attempts: {total} simulated now.")
    return total
