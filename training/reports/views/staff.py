"""The manager's page about one staff member, and the manager's competency assessment.

/team/staff/<pk>/: managers (their subtree), HR (everyone) and admins; a staff member the user
may not see answers 404 exactly like one that does not exist (`policies.staff_visible_to`).
The assessment form is shown, and its POST accepted, only for someone who manages the person
(`policies.can_manage_staff`): HR may look at anyone but assesses only the staff they manage
(403 otherwise). The write goes through `competencies.services.competency_assess`.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from training.competencies.selectors import framework
from training.competencies.services import competency_assess
from training.people import policies
from training.people.models import StaffProfile

from .. import staff_selectors
from ..forms import AssessmentForm
from .access import team_required


def _staff(request, pk: int) -> StaffProfile:
    try:
        return staff_selectors.visible_staff(user=request.user, pk=pk)
    except StaffProfile.DoesNotExist:
        raise Http404 from None


def _render(request, staff: StaffProfile, *, form: AssessmentForm | None = None) -> HttpResponse:
    page = staff_selectors.staff_page(user=request.user, staff=staff)
    if page.can_assess and form is None:
        form = AssessmentForm(competencies=page.competencies)
    return render(
        request,
        "reports/team_staff.html",
        {
            "page": page,
            "staff": staff,
            "assess_form": form if page.can_assess else None,
            "can_export_record": policies.can_manage_certificates(request.user),
        },
    )


@team_required
@require_GET
def staff_competencies(request, pk: int):
    return _render(request, _staff(request, pk))


@team_required
@require_POST
def staff_assess(request, pk: int):
    staff = _staff(request, pk)
    if not policies.can_manage_staff(request.user, staff):
        raise PermissionDenied
    form = AssessmentForm(request.POST, competencies={c.pk: c for c in framework()})
    if form.is_valid():
        competency = form.cleaned_data["competency"]
        try:
            competency_assess(
                staff=staff,
                competency=competency,
                level=form.cleaned_data["level"],
                skill=form.cleaned_data["skill"] or "",
                note=form.cleaned_data["note"],
                actor=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Your assessment of %(competency)s at level %(level)s is recorded.")
                % {
                    "competency": competency.name,
                    "level": competency.level_label(form.cleaned_data["level"]),
                },
            )
            return redirect(reverse("team-staff", kwargs={"pk": staff.pk}) + "#competencies")
    messages.error(request, _("The assessment was not recorded: see the form below."))
    return _render(request, staff, form=form)
