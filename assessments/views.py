"""The learner's quiz pages: overview, attempt (answer, save, submit) and review.

They are routes of `QuizPage` (see models.py), so they live under the quiz's own URL in each
language. Every view needs a signed-in staff member; an attempt is looked up by (learner, quiz,
number), so another learner's attempt number is simply not found (404). The attempt form works
without JavaScript (Save and Submit buttons); with JavaScript, `quiz-attempt.js` also saves as
the learner goes (POST to the save route with `Accept: application/json`).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from training.people import policies

from . import selectors, services
from .layout import responses_from_form
from .models import Attempt, QuizPage


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _attempt(quiz: QuizPage, staff, number: int) -> Attempt:
    attempt = Attempt.objects.filter(
        staff=staff, quiz_key=quiz.translation_key, number=number
    ).first()
    if attempt is None:
        raise Http404("No such attempt.")
    return attempt


def _revision(request) -> int:
    try:
        return int(request.POST.get("revision", ""))
    except ValueError:
        return -1


def _form(request):
    """The posted form without NUL characters: no answer needs one, and PostgreSQL cannot store
    one in the attempt's JSON (a hostile form would otherwise be a server error)."""
    data = request.POST.copy()
    for key, values in data.lists():
        data.setlist(key, [value.replace("\x00", "") for value in values])
    return data


def _guard(request, quiz: QuizPage, *, post: bool = False):
    """(staff, None) for a learner who may go on, else (None, the response to send)."""
    if post and request.method != "POST":
        return None, HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return None, redirect_to_login(quiz.get_url(request))
    staff = policies.learner_profile(request.user)
    if staff is None:
        return None, TemplateResponse(request, "people/no_staff_record.html", status=403)
    return staff, None


def _context(request, quiz: QuizPage, **extra) -> dict:
    context = quiz.get_context(request)
    context["course"] = quiz.get_parent()
    context.update(extra)
    attempt = extra.get("attempt")
    if attempt is not None:
        context["content_lang"] = _content_lang(attempt, quiz)
    return context


def _content_lang(attempt: Attempt, page: QuizPage) -> str:
    """The language of the attempt's questions (the quiz version it was started in) as an HTML
    `lang`, when it is not the page's: a learner who switched language reads them as they were."""
    if attempt.quiz_id is None or attempt.quiz_id == page.pk:
        return ""
    language = (
        Page.objects.filter(pk=attempt.quiz_id)
        .values_list("locale__language_code", flat=True)
        .first()
    )
    if not language or language == get_language():
        return ""
    return "zh-Hans" if language == "zh-hans" else language


def quiz_overview(request, quiz: QuizPage) -> HttpResponse:
    staff = policies.learner_profile(request.user)
    overview = selectors.quiz_overview(quiz=quiz, staff=staff)
    return TemplateResponse(
        request, "assessments/quiz_page.html", _context(request, quiz, overview=overview)
    )


def attempt_start_view(request, quiz: QuizPage) -> HttpResponse:
    staff, refusal = _guard(request, quiz, post=True)
    if refusal:
        return refusal
    try:
        attempt = services.attempt_start(staff=staff, quiz=quiz)
    except services.AttemptError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(quiz.get_url(request))
    return redirect(_attempt_url(request, quiz, attempt.number))


def _attempt_url(request, quiz: QuizPage, number: int, route: str = "attempt_route") -> str:
    return quiz.get_url(request) + quiz.reverse_subpage(route, args=[number])


def attempt_view(request, quiz: QuizPage, number: int) -> HttpResponse:
    staff, refusal = _guard(request, quiz)
    if refusal:
        return refusal
    attempt = _attempt(quiz, staff, number)
    now = timezone.now()
    if attempt.is_overdue(now) and services.attempt_close_overdue(attempt_id=attempt.pk, now=now):
        messages.warning(request, _("The time limit has passed; your attempt was submitted."))
        attempt.refresh_from_db()
    if attempt.is_finished:
        return redirect(_attempt_url(request, quiz, number, "review_route"))
    questions = selectors.question_views(attempt)
    seconds_left = (
        max(0, int((attempt.deadline - now).total_seconds())) if attempt.deadline else None
    )
    return TemplateResponse(
        request,
        "assessments/attempt.html",
        _context(
            request,
            quiz,
            attempt=attempt,
            questions=questions,
            unanswered=sum(1 for q in questions if not q.answered),
            save_url=_attempt_url(request, quiz, number, "save_route"),
            submit_url=_attempt_url(request, quiz, number, "submit_route"),
            seconds_left=seconds_left,
            time_left=(
                f"{seconds_left // 60}:{seconds_left % 60:02d}" if seconds_left is not None else ""
            ),
        ),
    )


def attempt_save_view(request, quiz: QuizPage, number: int) -> HttpResponse:
    staff, refusal = _guard(request, quiz, post=True)
    if refusal:
        return refusal
    attempt = _attempt(quiz, staff, number)
    responses = responses_from_form(attempt.layout, _form(request))
    try:
        saved = services.attempt_save(
            attempt_id=attempt.pk, staff=staff, responses=responses, revision=_revision(request)
        )
    except services.AttemptError as error:
        message = " ".join(error.messages)
        finished = isinstance(error, services.AttemptClosed)
        if _wants_json(request):
            return JsonResponse(
                {
                    "error": message,
                    "finished": finished,
                    "review_url": _attempt_url(request, quiz, number, "review_route"),
                },
                status=409,
            )
        messages.error(request, message)
        return redirect(_attempt_url(request, quiz, number))
    if _wants_json(request):
        return JsonResponse({"revision": saved.revision, "saved": len(saved.responses)})
    messages.success(request, _("Your answers are saved."))
    return redirect(_attempt_url(request, quiz, number))


def attempt_submit_view(request, quiz: QuizPage, number: int) -> HttpResponse:
    staff, refusal = _guard(request, quiz, post=True)
    if refusal:
        return refusal
    attempt = _attempt(quiz, staff, number)
    try:
        outcome = services.attempt_submit(
            attempt_id=attempt.pk,
            staff=staff,
            responses=responses_from_form(attempt.layout, _form(request)),
            revision=_revision(request),
        )
    except services.AttemptError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(_attempt_url(request, quiz, number))
    if not outcome.graded_now:
        messages.info(request, _("This attempt had already been submitted; here is its result."))
    return redirect(_attempt_url(request, quiz, number, "review_route"))


def attempt_review_view(request, quiz: QuizPage, number: int) -> HttpResponse:
    staff, refusal = _guard(request, quiz)
    if refusal:
        return refusal
    attempt = _attempt(quiz, staff, number)
    if attempt.is_overdue(timezone.now()):
        services.attempt_close_overdue(attempt_id=attempt.pk)
        attempt.refresh_from_db()
    if not attempt.is_finished:
        return redirect(_attempt_url(request, quiz, number))
    visibility = selectors.review_visibility(selectors.review_rules(quiz), attempt)
    return TemplateResponse(
        request,
        "assessments/review.html",
        _context(
            request,
            quiz,
            attempt=attempt,
            visibility=visibility,
            questions=selectors.question_views(attempt, visibility, review=True),
        ),
    )
