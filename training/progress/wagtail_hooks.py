"""Wagtail hooks of the progress app.

- The providers behind `courses.learner_state`: the catalog and the course and lesson pages ask
  them for the learner's standing without importing this app (courses sits below progress).
  Providers only read.
- `before_serve_page`: opening a lesson page (GET, signed-in staff) records the resume point
  through `services.lesson_open`, and marks the lesson as the request's current lesson, which is
  the lesson the LESSON_STATE_HOOK provider offers `complete_url` and `heartbeat_url` for.
- The mandatory courses of each job role (`RoleCourse`) in the admin's "Competency framework"
  menu group (training.competencies.viewsets), saved through `services.role_course_save`.
"""

from __future__ import annotations

import logging
import uuid

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from courses.learner_state import (
    COURSE_STATUS_HOOK,
    LESSON_STATE_HOOK,
    CourseStatus,
    LessonStates,
)
from courses.models import LessonPage
from training.competencies.viewsets import (
    FRAMEWORK_MENU_HOOK,
    FrameworkPermissionPolicy,
    NoDeleteMixin,
    may_edit_requirements,
)
from training.people import policies
from training.people.roles import EDITORS, HR
from training.people.viewsets import ServiceSaveMixin

from . import selectors, services
from .models import RoleCourse

logger = logging.getLogger(__name__)

# Set on the request by `record_lesson_open` for every LessonPage served.
CURRENT_LESSON_ATTRIBUTE = "meridian_current_lesson"


def _url(page, request) -> str | None:
    return page.get_url(request) if page is not None else None


def _status(entry: selectors.CourseProgress | None, course, request) -> CourseStatus:
    if entry is None or entry.enrolment is None:
        return CourseStatus(
            assigned=entry is not None and entry.assigned,
            due_date=entry.due_date if entry else None,
            overdue=entry.overdue if entry else False,
            # An unsaved page (an editor's preview of a new course) has no id to enrol in.
            enrol_url=reverse("course-enrol", args=[course.pk])
            if course.live and course.pk
            else None,
        )
    return CourseStatus(
        state=entry.state,
        percent=entry.percent,
        assigned=entry.assigned,
        due_date=entry.due_date,
        overdue=entry.overdue,
        resume_url=(
            _url(entry.resume_page, request) if entry.state == selectors.IN_PROGRESS else None
        ),
        enrol_url=None,
    )


@hooks.register(COURSE_STATUS_HOOK)
def course_statuses(*, request, courses) -> dict[uuid.UUID, CourseStatus]:
    """{translation_key: CourseStatus} for `courses`, in a fixed number of queries.

    Users without a staff profile get nothing (every course shows as not started, no URLs).
    """
    staff = policies.profile_of(request.user)
    if staff is None:
        return {}
    courses = list(courses)
    progress = selectors.course_progress(staff=staff, courses=courses)
    return {
        course.translation_key: _status(progress.get(course.translation_key), course, request)
        for course in courses
    }


@hooks.register(LESSON_STATE_HOOK)
def lesson_states(*, request, course, lessons) -> LessonStates:
    """The learner's standing in `course`: completed lesson keys, course status and the URLs.

    `complete_url` and `heartbeat_url` are for the lesson being served in this request (see the
    module docstring), so on a course page they are None. `course.enrol_url` is set while the
    learner is not enrolled. Users without a staff profile get the default LessonStates.
    """
    staff = policies.profile_of(request.user)
    if staff is None:
        return LessonStates()
    status = course_statuses(request=request, courses=[course])[course.translation_key]
    enrolled = status.state != selectors.NOT_STARTED
    completed = (
        selectors.completed_lesson_keys(staff=staff, course_key=course.translation_key)
        if enrolled
        else frozenset()
    )
    current = getattr(request, CURRENT_LESSON_ATTRIBUTE, None)
    if current is not None and not (
        current.path.startswith(course.path) and current.depth == course.depth + 1
    ):
        current = None
    return LessonStates(
        enrolled=enrolled,
        completed_lesson_keys=completed,
        course=status,
        complete_url=reverse("lesson-complete", args=[current.pk]) if current else None,
        heartbeat_url=reverse("lesson-heartbeat", args=[current.pk]) if current else None,
    )


@hooks.register("before_serve_page")
def record_lesson_open(page, request, serve_args, serve_kwargs):
    """A signed-in staff member opening a lesson (GET) sets their resume point; never blocks."""
    if not isinstance(page, LessonPage):
        return None
    setattr(request, CURRENT_LESSON_ATTRIBUTE, page)
    if request.method != "GET":
        return None
    staff = policies.learner_profile(request.user)
    if staff is None:
        return None
    try:
        services.lesson_open(staff=staff, lesson=page)
    except ValidationError:
        logger.warning("Lesson %s could not be recorded as opened", page.pk, exc_info=True)
    return None


# --- the mandatory courses of each job role, in the admin -------------------------------------

# Registered when this module is imported, before any view asks: editors and HR keep them.
register_permission_policy(
    RoleCourse,
    FrameworkPermissionPolicy(
        RoleCourse, may_write=may_edit_requirements, writer_groups=(EDITORS, HR)
    ),
    exact_class=True,
)


class RoleCourseIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("job_role", "course")


class RoleCourseServiceSave(ServiceSaveMixin):
    def save_with_service(self):
        return services.role_course_save(role_course=self.form.instance, actor=self.request.user)


class RoleCourseCreateView(RoleCourseServiceSave, generic.CreateView):
    pass


class RoleCourseEditView(RoleCourseServiceSave, generic.EditView):
    pass


def _course_title(role_course: RoleCourse) -> str:
    return role_course.course.title


def _renewal(role_course: RoleCourse) -> str:
    months = role_course.renew_every_months
    if not months:
        return gettext("Once")
    return ngettext("Every month", "Every %(months)d months", months) % {"months": months}


class RoleCourseViewSet(NoDeleteMixin, ModelViewSet):
    """The courses every holder of a job role must complete, listed by role."""

    model = RoleCourse
    name = "progress_role_courses"
    url_prefix = "competency-framework/mandatory-courses"
    icon = "doc-full"
    menu_label = gettext_lazy("Mandatory courses")
    # In the "Competency framework" submenu, after competencies and role requirements.
    menu_hook = FRAMEWORK_MENU_HOOK
    menu_order = 30
    index_view_class = RoleCourseIndexView
    add_view_class = RoleCourseCreateView
    edit_view_class = RoleCourseEditView
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        "job_role",  # the title column, linking to the edit view
        Column("course", label=gettext_lazy("Course"), accessor=_course_title),
        Column("renew_every_months", label=gettext_lazy("Renewal"), accessor=_renewal),
    ]
    list_filter = ["job_role"]
    search_fields = ["job_role__code", "job_role__name_zh", "job_role__name_en", "course__title"]
    edit_handler = ObjectList(
        [FieldPanel("job_role"), FieldPanel("course"), FieldPanel("renew_every_months")]
    )


@hooks.register("register_admin_viewset")
def register_role_course_viewset():
    return RoleCourseViewSet()
