from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from . import policies, selectors
from .filters import StaffFilter
from .models import StaffProfile

STAFF_PER_PAGE = 50


@login_required
def my_record(request):
    profile = selectors.own_profile(user=request.user)
    return render(
        request,
        "people/my_record.html",
        {
            "profile": profile,
            "units": selectors.unit_ancestors(profile.org_unit) if profile else [],
        },
    )


@login_required
def staff_directory(request):
    if not policies.can_see_team(request.user):
        raise PermissionDenied
    staff_filter = StaffFilter(
        request.GET or None,
        queryset=selectors.staff_directory(user=request.user),
        org_units=policies.org_units_visible_to(request.user),
    )
    if staff_filter.is_bound and not staff_filter.is_valid():
        # An invalid filter (a forged org unit id, say) shows the form's error and no rows,
        # rather than silently dropping the filter and showing everyone.
        staff = StaffProfile.objects.none()
    else:
        staff = staff_filter.qs
    page = Paginator(staff, STAFF_PER_PAGE)
    page_obj = page.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "people/staff_directory.html",
        {"filter": staff_filter, "page_obj": page_obj, "query": query.urlencode()},
    )


@login_required
def staff_detail(request, pk: int):
    try:
        profile = selectors.staff_detail(user=request.user, pk=pk)
    except StaffProfile.DoesNotExist:
        # Someone you may not see and someone who does not exist look the same.
        raise Http404 from None
    return render(
        request,
        "people/staff_detail.html",
        {
            "profile": profile,
            "units": selectors.unit_ancestors(profile.org_unit),
        },
    )
