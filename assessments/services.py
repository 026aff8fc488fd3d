"""Writes of the assessments app: attempts (start, save, submit, close, regrade) and imports.

Every service is keyword-only and atomic. The attempt services act for the learner themselves
(views pass the signed-in user's staff profile); an attempt belonging to someone else is
refused as if it did not exist.

Integrity of an attempt:

- one attempt in progress per learner and quiz (a unique constraint): starting twice resumes;
- attempt numbers are unique per learner and quiz (a unique constraint);
- every save and submit locks the attempt row (`select_for_update`) and re-reads its state, so
  concurrent submits give exactly one grade: the first grades, the others find it finished and
  return it with `graded_now=False` (no error, no second grade);
- a form carries the attempt's `revision`; a save or submit from an older revision (a stale tab,
  a replayed request) is refused with `StaleForm` and changes nothing;
- answers are refused after the attempt finished, and after its time limit plus the grace
  period: the attempt is then closed with the answers it had, finishing at its time limit;
- grading is `grading.grade` over the attempt's frozen layout, on the server.
"""

from __future__ import annotations

import json
import logging
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents.models import Document

from training.competencies.models import Competency
from training.people import policies
from training.people.models import StaffProfile
from training.people.services import audit_log

from . import grading
from .layout import clean_response, item_from_question, spec_of
from .models import (
    Attempt,
    AttemptAnswer,
    Question,
    QuestionBank,
    QuestionCategory,
    QuestionOption,
    QuizPage,
)
from .signals import attempt_graded, attempt_submitted
from .spec import AudioClip, ParseResult, Problem

logger = logging.getLogger(__name__)

# A request that has lost its connection and a JSON body the size of a book are both refused
# long before this; it bounds what one attempt may store.
MAX_RESPONSES_BYTES = 200_000


class AttemptError(ValidationError):
    """An answer or a submit that cannot be taken; the message says why, for the learner."""


class StaleForm(AttemptError):
    pass


class AttemptClosed(AttemptError):
    pass


class TimeUp(AttemptClosed):
    pass


@dataclass(frozen=True)
class SubmitOutcome:
    attempt: Attempt
    graded_now: bool


# --- starting ---------------------------------------------------------------------------------


def _draw(quiz: QuizPage, rng: random.Random) -> list[Question]:
    """The quiz's questions for one attempt: fixed ones, and random draws from categories.

    One query for the slots, one per random slot, two for the questions and their options:
    the number of questions does not change the count.
    """
    slots = list(quiz.slots.select_related("category").all())
    used = {slot.question_id for slot in slots if slot.question_id}
    order: list[int] = []
    for slot in slots:
        if slot.question_id:
            order.append(slot.question_id)
            continue
        category = slot.category
        scope = Q(category_id=category.pk)
        if slot.include_subcategories:
            # The top category (empty path) holds the whole bank.
            below = {"category__path__startswith": f"{category.path}/"} if category.path else {}
            scope |= Q(category__bank_id=category.bank_id, **below)
        candidates = Question.objects.filter(scope)
        pool = sorted(set(candidates.values_list("pk", flat=True)) - used)
        picked = rng.sample(pool, min(slot.draw_count, len(pool)))
        used.update(picked)
        order.extend(picked)
    questions = Question.objects.select_related("audio").prefetch_related("options").in_bulk(order)
    return [questions[pk] for pk in order if pk in questions]


def _deadline(quiz: QuizPage, started_at: datetime) -> datetime | None:
    limits = []
    if quiz.time_limit_minutes:
        limits.append(started_at + timedelta(minutes=quiz.time_limit_minutes))
    if quiz.closes_at:
        limits.append(quiz.closes_at)
    return min(limits) if limits else None


def attempts_left(*, quiz: QuizPage, used: int) -> int | None:
    """How many more attempts a learner who has used `used` may start; None: unlimited."""
    if not quiz.attempts_allowed:
        return None
    return max(0, quiz.attempts_allowed - used)


def _schedule_close(attempt: Attempt) -> None:
    """Ask the task worker to close the attempt when its time (plus grace) runs out."""
    from .tasks import attempt_close_overdue

    task = attempt_close_overdue.using(backend=settings.MERIDIAN_SCHEDULED_TASKS_BACKEND)
    if attempt.hard_deadline <= timezone.now() or not task.get_backend().supports_defer:
        # Already past (an attempt recorded after the fact), or no deferring backend: the
        # attempt is closed when next touched, or by the `close_overdue_attempts` command.
        return
    task.using(run_after=attempt.hard_deadline).enqueue(attempt_id=attempt.pk)


@transaction.atomic
def attempt_start(
    *, staff: StaffProfile, quiz: QuizPage, now: datetime | None = None, seed: int | None = None
) -> Attempt:
    """Start an attempt at `quiz` for `staff`, or return the one already in progress.

    Guarantees: the quiz is live and open and the learner has an attempt left (else
    AttemptError); at most one attempt in progress per learner and quiz even under concurrent
    starts; the questions (random draws and shuffles included) are frozen into the attempt.
    """
    now = now or timezone.now()
    current = (
        Attempt.objects.filter(staff=staff, quiz_key=quiz.translation_key)
        .filter(state=Attempt.State.IN_PROGRESS)
        .first()
    )
    if current is not None:
        if current.is_overdue(now):
            _finish(current, now=now, by=Attempt.FinishedBy.TIME_LIMIT)
        else:
            return current
    if not quiz.live:
        raise AttemptError(_("This quiz is not published."))
    if not quiz.is_open(now):
        raise AttemptError(_("This quiz is not open now."))
    used = Attempt.objects.filter(staff=staff, quiz_key=quiz.translation_key)
    number = (used.aggregate(n=Max("number"))["n"] or 0) + 1
    left = attempts_left(quiz=quiz, used=number - 1)
    if left == 0:
        raise AttemptError(_("You have used all the attempts this quiz allows."))
    # Draws and shuffles need no secrecy (the key never reaches the browser), only variety.
    rng = random.Random(seed if seed is not None else secrets.randbits(64))  # noqa: S311
    questions = _draw(quiz, rng)
    if not questions:
        raise AttemptError(_("This quiz has no questions yet."))
    if quiz.shuffle_questions:
        rng.shuffle(questions)
    layout = [
        item_from_question(q, position=i, rng=rng, shuffle=quiz.shuffle_options)
        for i, q in enumerate(questions)
    ]
    attempt = Attempt(
        staff=staff,
        quiz_key=quiz.translation_key,
        quiz=quiz,
        number=number,
        started_at=now,
        deadline=_deadline(quiz, now),
        grace_seconds=quiz.grace_seconds,
        layout=layout,
        pass_mark=quiz.pass_mark,
    )
    try:
        with transaction.atomic():
            attempt.save()
    except IntegrityError:
        # Another request started one at the same moment: that one is the attempt.
        existing = Attempt.objects.filter(
            staff=staff, quiz_key=quiz.translation_key, state=Attempt.State.IN_PROGRESS
        ).first()
        if existing is None:
            raise
        return existing
    if attempt.deadline is not None:
        transaction.on_commit(lambda: _schedule_close(attempt))
    return attempt


# --- answering and submitting -----------------------------------------------------------------


def _locked(attempt_id: int, staff: StaffProfile) -> Attempt:
    attempt = Attempt.objects.select_for_update().filter(pk=attempt_id, staff=staff).first()
    if attempt is None:
        raise PermissionDenied("No such attempt for this learner.")
    return attempt


def _merge(attempt: Attempt, responses: dict) -> dict:
    """The attempt's responses with `responses` (position -> raw answer) applied and cleaned.

    Every position of the layout is set from `responses` (a whole form: an absent position is a
    cleared answer).
    """
    merged = {}
    for item in attempt.layout:
        position = str(item["position"])
        cleaned = clean_response(item, responses.get(position))
        if cleaned is not None:
            merged[position] = cleaned
    if len(json.dumps(merged, ensure_ascii=False)) > MAX_RESPONSES_BYTES:
        raise AttemptError(_("These answers are too long to be saved."))
    return merged


def _check_open(attempt: Attempt, *, revision: int) -> None:
    if attempt.is_finished:
        raise AttemptClosed(_("This attempt has been submitted; answers can no longer change."))
    if revision != attempt.revision:
        raise StaleForm(
            _(
                "These answers come from an older copy of the page (another tab, or a form sent "
                "twice). Nothing was changed: reload the page to see your latest answers."
            )
        )


def attempt_save(
    *,
    attempt_id: int,
    staff: StaffProfile,
    responses: dict,
    revision: int,
    now: datetime | None = None,
) -> Attempt:
    """Save the learner's answers so far (the whole form). Returns the attempt, revision + 1.

    Raises StaleForm for an older revision, AttemptClosed after submission, TimeUp after the
    time limit plus grace (the attempt is then closed with what was saved before, and that
    closing is kept even though the save is refused).
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked(attempt_id, staff)
        closed = attempt.is_overdue(now)
        if closed:
            # Closed here and committed, then refused below: the closing must not roll back.
            _finish(attempt, now=now, by=Attempt.FinishedBy.TIME_LIMIT)
        else:
            _check_open(attempt, revision=revision)
            attempt.responses = _merge(attempt, responses)
            attempt.revision += 1
            attempt.save(update_fields=["responses", "revision"])
    if closed:
        raise TimeUp(
            _("The time limit has passed. Your attempt was closed with the answers saved before.")
        )
    return attempt


def attempt_submit(
    *,
    attempt_id: int,
    staff: StaffProfile,
    responses: dict | None,
    revision: int,
    now: datetime | None = None,
) -> SubmitOutcome:
    """Submit an attempt with its final answers (or None to submit what was saved) and grade it.

    Guarantees: exactly one grade per attempt. A submit that finds the attempt already finished
    (a concurrent or repeated submit) returns it with `graded_now=False` and changes nothing.
    After the time limit plus grace, the attempt is graded on the answers saved before, with
    the time limit as its finish time. A stale revision on an attempt in progress raises
    StaleForm and changes nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked(attempt_id, staff)
        if attempt.is_finished:
            return SubmitOutcome(attempt=attempt, graded_now=False)
        if attempt.is_overdue(now):
            _finish(attempt, now=now, by=Attempt.FinishedBy.TIME_LIMIT)
            return SubmitOutcome(attempt=attempt, graded_now=True)
        if revision != attempt.revision:
            raise StaleForm(
                _(
                    "These answers come from an older copy of the page (another tab, or a form "
                    "sent twice). Nothing was submitted: reload the page and submit again."
                )
            )
        if responses is not None:
            attempt.responses = _merge(attempt, responses)
        _finish(attempt, now=now, by=Attempt.FinishedBy.LEARNER, actor=staff.user)
        return SubmitOutcome(attempt=attempt, graded_now=True)


def _grade_rows(attempt: Attempt) -> tuple[list[AttemptAnswer], grading.Total]:
    grades = []
    rows = []
    for item in attempt.layout:
        result = grading.grade(spec_of(item), attempt.responses.get(str(item["position"])))
        grades.append(result)
        rows.append(
            AttemptAnswer(
                attempt=attempt,
                position=item["position"],
                question_id=item.get("question_id"),
                fraction=result.fraction,
                score=result.score,
                mark=result.mark,
                answered=result.answered,
            )
        )
    return rows, grading.total(grades, pass_mark=attempt.pass_mark)


def _finish(attempt: Attempt, *, now: datetime, by: str, actor: User | None = None) -> None:
    """Finish and grade a locked attempt in progress. The caller holds the row lock.

    `actor` is the learner who submitted, for the audit entry; None when time closed it.
    """
    if by == Attempt.FinishedBy.LEARNER or attempt.deadline is None:
        finished_at = now
    else:
        finished_at = min(now, attempt.deadline)
    rows, result = _grade_rows(attempt)
    attempt.state = Attempt.State.FINISHED
    attempt.finished_at = finished_at
    attempt.finished_by = by
    attempt.score = result.score
    attempt.max_score = result.max_score
    attempt.percent = result.percent
    attempt.passed = result.passed
    attempt.graded_at = now
    attempt.revision += 1
    attempt.save(
        update_fields=[
            "state",
            "finished_at",
            "finished_by",
            "score",
            "max_score",
            "percent",
            "passed",
            "graded_at",
            "revision",
            "responses",
        ]
    )
    AttemptAnswer.objects.bulk_create(rows)
    audit_log(
        actor=actor,
        action="assessments.attempt_graded",
        target=attempt,
        summary=f"attempt {attempt.number}: {result.percent}%",
        data={
            "quiz_key": str(attempt.quiz_key),
            "staff": attempt.staff_id,
            "percent": str(result.percent),
            "passed": result.passed,
            "finished_by": by,
        },
    )
    attempt_id = attempt.pk
    transaction.on_commit(lambda: _announce(attempt_id))


def _announce(attempt_id: int) -> None:
    attempt = Attempt.objects.select_related("staff", "quiz").get(pk=attempt_id)
    for signal in (attempt_submitted, attempt_graded):
        for receiver, response in signal.send_robust(sender=Attempt, attempt=attempt):
            if isinstance(response, Exception):
                logger.error(
                    "assessments receiver %r failed for attempt %s",
                    receiver,
                    attempt_id,
                    exc_info=response,
                )


def attempt_close_overdue(*, attempt_id: int, now: datetime | None = None) -> bool:
    """Close an attempt whose time limit (plus grace) has passed, at its time limit.

    Returns whether this call closed it. Safe to call any number of times and at any moment:
    an attempt still within its time, or already finished, is left alone.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().filter(pk=attempt_id).first()
        if attempt is None or not attempt.is_overdue(now):
            return False
        by = (
            Attempt.FinishedBy.QUIZ_CLOSED
            if attempt.quiz is not None and attempt.quiz.closes_at == attempt.deadline
            else Attempt.FinishedBy.TIME_LIMIT
        )
        _finish(attempt, now=now, by=by)
        return True


def attempts_close_overdue(*, now: datetime | None = None) -> int:
    """Close every attempt past its time limit plus grace; the number closed."""
    now = now or timezone.now()
    candidates = Attempt.objects.filter(
        state=Attempt.State.IN_PROGRESS, deadline__isnull=False, deadline__lt=now
    ).values_list("pk", flat=True)
    return sum(attempt_close_overdue(attempt_id=pk, now=now) for pk in list(candidates))


# --- importing questions ----------------------------------------------------------------------


class ImportRefused(ValidationError):
    """A file that cannot be imported; `problems` name each line or question that is wrong."""

    def __init__(self, problems: list[Problem], *, unsupported_only: bool = False):
        self.problems = problems
        self.unsupported_only = unsupported_only
        super().__init__([str(problem) for problem in problems])


@dataclass(frozen=True)
class ImportReport:
    bank: QuestionBank
    created: int
    skipped: list[Problem]


def _category(bank: QuestionBank, path: str, cache: dict[str, QuestionCategory]):
    path = "/".join(part.strip() for part in path.split("/") if part.strip())
    if path not in cache:
        cache[path] = QuestionCategory.objects.get_or_create(bank=bank, path=path)[0]
    return cache[path]


def _audio_document(clip: AudioClip, *, title: str, actor: User | None) -> Document:
    document = Document(title=title[:255], uploaded_by_user=actor if actor else None)
    document.file.save(clip.name, ContentFile(clip.content), save=False)
    document.save()
    return document


@transaction.atomic
def questions_import(
    *,
    bank_name: str,
    result: ParseResult,
    actor: User | None = None,
    skip_unsupported: bool = False,
) -> ImportReport:
    """Import parsed questions into the bank `bank_name` (created if missing), all or nothing.

    Guarantees: nothing is written when the file has any error, when a question is not gradable
    or names a competency that does not exist, or when it holds unsupported questions and
    `skip_unsupported` is False (ImportRefused lists them all, by line or name). Categories are
    created as needed. One audit entry records the import.
    """
    from .formats.base import validate_question

    if actor is not None and not policies.can_author_assessments(actor):
        raise PermissionDenied("Only training editors may import questions.")
    problems = list(result.errors)
    codes = {q.competency for q in result.questions if q.competency}
    competencies = {c.code: c for c in Competency.objects.filter(code__in=codes)}
    for question in result.questions:
        where = question.source or question.name
        problems.extend(Problem(where, message) for message in validate_question(question))
        if question.competency and question.competency not in competencies:
            problems.append(
                Problem(where, _("Unknown competency “%(code)s”.") % {"code": question.competency})
            )
        elif question.competency and question.level is not None:
            try:
                competencies[question.competency].validate_level(question.level)
            except ValidationError as error:
                problems.append(Problem(where, " ".join(error.messages)))
    if problems:
        raise ImportRefused(problems)
    if result.unsupported and not skip_unsupported:
        raise ImportRefused(result.unsupported, unsupported_only=True)
    name = bank_name.strip()
    if not name:
        raise ImportRefused([Problem(_("bank"), _("Give the bank a name."))])
    bank, _created = QuestionBank.objects.get_or_create(name=name[:120])
    categories: dict[str, QuestionCategory] = {}
    for parsed in result.questions:
        question = Question(
            category=_category(bank, parsed.category, categories),
            name=parsed.name[:255] or parsed.source,
            qtype=parsed.qtype.value,
            text=parsed.text,
            general_feedback=parsed.general_feedback,
            mark=parsed.mark,
            competency=competencies.get(parsed.competency),
            level=parsed.level if parsed.competency else None,
            shuffle_options=parsed.shuffle,
            transcript=parsed.transcript,
        )
        if parsed.audio is not None:
            question.audio = _audio_document(parsed.audio, title=question.name, actor=actor)
        question.options = [
            QuestionOption(
                sort_order=i,
                text=option.text,
                fraction=option.fraction,
                feedback=option.feedback,
                match_text=option.match_text[:255],
                tolerance=option.tolerance,
                blank=option.blank,
            )
            for i, option in enumerate(parsed.options)
        ]
        try:
            question.full_clean()
        except ValidationError as error:
            raise ImportRefused(
                [Problem(parsed.source or parsed.name, m) for m in error.messages]
            ) from error
        question.save()
        if parsed.tags:
            question.tags.add(*parsed.tags)
            question.save()
    audit_log(
        actor=actor,
        action="assessments.questions_import",
        target=bank,
        summary=f"{len(result.questions)} questions into {bank.name}",
        data={"created": len(result.questions), "skipped": [str(p) for p in result.unsupported]},
    )
    return ImportReport(bank=bank, created=len(result.questions), skipped=result.unsupported)
