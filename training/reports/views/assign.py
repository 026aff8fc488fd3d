"""Assigning courses to several staff, or a whole org unit, in one step (/team/assign/).

Who may: assigning is a manager's act, so only someone who manages staff (and admins) may open
this page: `policies.is_manager`. HR may see every record but assigns nothing unless they also
manage an org unit (403 otherwise), in which case they assign to the staff they manage, like any
manager. The choices offered are the user's managed staff (in post) and org units, so a forged
id is a form error and nothing is saved; the service checks every person again before writing.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from training.people import policies
from training.progress.services import BulkResult, assignments_create_bulk

from ..forms import AssignForm
from .access import local_path, team_required


def summary(result: BulkResult) -> str:
    """'12 assigned, 3 updated, 2 already completed: 李赟 (LI Yun) – English at the desk; …'"""
    text = _("%(created)s assigned, %(updated)s updated") % {
        "created": result.created,
        "updated": result.updated,
    }
    if result.skipped_completed:
        names = "; ".join(
            _("%(name)s – %(course)s") % {"name": person.display_name, "course": course.title}
            for person, course in result.skipped_completed
        )
        text += _(", %(count)s already completed: %(names)s") % {
            "count": len(result.skipped_completed),
            "names": names,
        }
    return text + "."


def _next_url(request) -> str | None:
    return local_path(request, request.POST.get("next") or request.GET.get("next"))


@team_required
@require_http_methods(["GET", "POST"])
def assign_courses(request):
    if not policies.is_manager(request.user):
        raise PermissionDenied  # HR who manages nobody: assigning is a manager's act
    if request.method == "POST":
        form = AssignForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                result = assignments_create_bulk(
                    staff=form.cleaned_data["people"],
                    courses=form.cleaned_data["courses"],
                    due_date=form.cleaned_data["due_date"],
                    reason=form.cleaned_data["reason"],
                    assigned_by=request.user,
                )
            except ValidationError as error:
                # A course unpublished or a person who left since the form was shown.
                form.add_error(None, error.messages)
            else:
                messages.success(request, summary(result))
                return redirect(_next_url(request) or reverse("team-assign"))
        messages.error(request, _("Nothing was assigned: see the form below."))
    else:
        form = AssignForm(user=request.user)
        form.preselect(request.GET)
    return render(
        request,
        "reports/team_assign.html",
        {"form": form, "next": _next_url(request) or ""},
    )
