"""The learner dashboard and the learner's POST actions (enrol, complete a lesson, heartbeat).

Every POST view: sign-in required (anonymous visitors are sent to the sign-in page), POST only
(405 otherwise), CSRF-protected (Django's middleware; nothing here is exempt), a staff profile
required (403 with an explanation otherwise), 404 for a page that is missing, not live or not of
the right kind. All of them are idempotent: repeating a request changes nothing more.
"""

from __future__ import annotations

import json
import math

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.models import CoursePage, LessonPage
from training.competencies import services as competency_services
from training.people import policies

from . import selectors, services
from .forms import CEFR_DESCRIPTORS, SelfAssessmentForm

# What an empty heartbeat counts: the interval at which the lesson page beats.
HEARTBEAT_DEFAULT_SECONDS = 30


def _no_staff_record(request) -> HttpResponse:
    return render(request, "people/no_staff_record.html", status=403)


@login_required
def dashboard(request):
    staff = policies.profile_of(request.user)
    board = selectors.dashboard(staff=staff) if staff is not None else None
    return render(request, "progress/dashboard.html", {"board": board})


def _self_assessment_initial(request, page: selectors.CompetencyPage) -> dict:
    """`?competency=<id>` opens the form on that language with the learner's last levels."""
    try:
        competency_id = int(request.GET.get("competency", ""))
    except ValueError:
        return {}
    competency = page.profile.competencies.get(competency_id)
    if competency is None or not competency.is_language:
        return {}
    level = page.profile.levels.get(competency_id)
    own = level.self_assessed if level is not None else {}
    return {"competency": competency_id, **{skill: value for skill, value in own.items() if skill}}


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def my_competencies(request):
    """/me/competencies/: the learner's levels against their role, the evidence, the courses that
    close the gaps, and the CEFR self-assessment (POST), which never changes a verified level."""
    staff = policies.learner_profile(request.user)
    if staff is None:
        return _no_staff_record(request)
    if request.method == "POST":
        form = SelfAssessmentForm(request.POST)
        if form.is_valid():
            competency = form.cleaned_data["competency"]
            try:
                competency_services.self_assess(
                    staff=staff, competency=competency, levels=form.levels(), actor=request.user
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _(
                        "Your self-assessment of %(language)s is saved. It is shown beside your "
                        "verified level and does not change it."
                    )
                    % {"language": competency.name},
                )
                return redirect(reverse("my-competencies") + "#languages")
        page = selectors.competency_page(staff=staff)
    else:
        page = selectors.competency_page(staff=staff)
        form = SelfAssessmentForm(initial=_self_assessment_initial(request, page))
    return render(
        request,
        "progress/competencies.html",
        {"page": page, "form": form, "cefr_descriptors": CEFR_DESCRIPTORS},
    )


@login_required
@require_POST
def course_enrol(request, course_id: int):
    staff = policies.learner_profile(request.user)
    if staff is None:
        return _no_staff_record(request)
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    services.enrolment_start(staff=staff, course=course, actor=request.user)
    messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    lesson = selectors.first_lesson(course)
    return redirect((lesson or course).get_url(request))


@login_required
@require_POST
def lesson_complete(request, lesson_id: int):
    """Mark the lesson complete; go on to the next lesson (POST then=stay: back to this one)."""
    staff = policies.learner_profile(request.user)
    if staff is None:
        return _no_staff_record(request)
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        result = services.lesson_complete(staff=staff, lesson=lesson)
    except ValidationError:
        raise Http404 from None  # a live lesson outside any course: nothing to complete
    if result.course_completed_now:
        messages.success(request, _("Lesson complete. You have completed the course. Well done!"))
    elif result.lesson_completed_now:
        messages.success(request, _("Lesson complete."))
    else:
        messages.info(request, _("You had already completed this lesson."))
    following = None if request.POST.get("then") == "stay" else selectors.next_lesson(lesson)
    return redirect((following or lesson).get_url(request))


def _seconds(request) -> int | None:
    """The `seconds` of a heartbeat, from a JSON or a form body; None if it is not a number.

    A heartbeat that does not say (an empty POST, as the lesson page's script sends every 30
    seconds) counts HEARTBEAT_DEFAULT_SECONDS.
    """
    if request.content_type == "application/json":
        if not request.body:
            return HEARTBEAT_DEFAULT_SECONDS
        try:
            data = json.loads(request.body)
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(data, dict):
            return None
        value = data.get("seconds", HEARTBEAT_DEFAULT_SECONDS)
    else:
        value = request.POST.get("seconds", HEARTBEAT_DEFAULT_SECONDS)
    if isinstance(value, bool | dict | list) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):
        return None
    return int(number)


@login_required
@require_POST
def lesson_heartbeat(request, lesson_id: int):
    """Count time spent on an open lesson: 204 No Content; each call counts 0-60 seconds.

    The body may say how long: JSON `{"seconds": n}` or a form field `seconds`; an empty body
    counts HEARTBEAT_DEFAULT_SECONDS. Anything that is not a number is a 400 and counts nothing.
    """
    staff = policies.learner_profile(request.user)
    if staff is None:
        return JsonResponse(
            {"error": _("Your account has no staff record, so no learning time is recorded.")},
            status=403,
        )
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    seconds = _seconds(request)
    if seconds is None:
        return JsonResponse({"error": _("Send the number of seconds as “seconds”.")}, status=400)
    services.lesson_time_add(staff=staff, lesson=lesson, seconds=seconds)
    return HttpResponse(status=204)
