"""Who may see or change whom. The one place that answers it.

Every view, export and API endpoint that shows staff data asks this module, so the rules live in
one tested file:

- a learner (every staff member) sees their own record;
- a manager also sees everyone in the org units they manage, with the whole subtree below;
- HR sees every staff record; a superuser may do everything;
- editors author content; being an editor gives no view of other people's records.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q

from .models import OrgUnit, StaffProfile
from .roles import EDITORS, HR, MANAGERS

AnyUser = User | AnonymousUser


def _group_names(user: AnyUser) -> frozenset[str]:
    # Cached on the user object for the request: navigation asks several questions per page.
    cached = getattr(user, "_meridian_groups", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._meridian_groups = cached
    return cached


def is_hr(user: AnyUser) -> bool:
    return user.is_authenticated and (user.is_superuser or HR in _group_names(user))


def is_editor(user: AnyUser) -> bool:
    return user.is_authenticated and (user.is_superuser or EDITORS in _group_names(user))


def is_manager(user: AnyUser) -> bool:
    """A manager is in the Managers group *and* manages at least one org unit."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return MANAGERS in _group_names(user) and bool(managed_unit_ids(user))


def profile_of(user: AnyUser) -> StaffProfile | None:
    if not user.is_authenticated:
        return None
    try:
        return user.staff_profile
    except StaffProfile.DoesNotExist:
        return None


def learner_profile(user: AnyUser) -> StaffProfile | None:
    """The staff profile a user learns as: their own, and only while they are in post."""
    staff = profile_of(user)
    return staff if staff is not None and staff.is_active else None


def can_author_assessments(user: AnyUser) -> bool:
    """Question banks, imports and exports, regrading and item analysis: training editors."""
    return is_editor(user)


def managed_unit_ids(user: AnyUser) -> tuple[int, ...]:
    cached = getattr(user, "_meridian_managed_units", None)
    if cached is None:
        cached = tuple(
            OrgUnit.objects.filter(managers__user=user).values_list("pk", flat=True)
            if user.is_authenticated
            else ()
        )
        user._meridian_managed_units = cached
    return cached


def org_units_visible_to(user: AnyUser):
    """The org units whose staff `user` may see (for filters and pickers)."""
    if is_hr(user):
        return OrgUnit.objects.all()
    if is_manager(user):
        return OrgUnit.objects.subtree_of(OrgUnit.objects.filter(pk__in=managed_unit_ids(user)))
    return OrgUnit.objects.none()


def org_units_managed_by(user: AnyUser):
    """The org units whose whole staff `user` may assign training to: the subtrees of the units
    they manage (admins: every unit). HR sees every unit but manages none by being HR."""
    if not user.is_authenticated:
        return OrgUnit.objects.none()
    if user.is_superuser:
        return OrgUnit.objects.all()
    if is_manager(user):
        return OrgUnit.objects.subtree_of(OrgUnit.objects.filter(pk__in=managed_unit_ids(user)))
    return OrgUnit.objects.none()


def staff_visible_to(user: AnyUser):
    """The staff profiles `user` may see, as a queryset (compose it; never evaluate it here)."""
    if not user.is_authenticated:
        return StaffProfile.objects.none()
    if is_hr(user):
        return StaffProfile.objects.all()
    if is_manager(user):
        return StaffProfile.objects.filter(
            Q(org_unit__in=org_units_visible_to(user)) | Q(user=user)
        )
    return StaffProfile.objects.filter(user=user)


def staff_managed_by(user: AnyUser):
    """The staff `user` may assign training to: the managed subtree (admins: everyone)."""
    if not user.is_authenticated:
        return StaffProfile.objects.none()
    if user.is_superuser:
        return StaffProfile.objects.all()
    if is_manager(user):
        return StaffProfile.objects.filter(org_unit__in=org_units_managed_by(user))
    return StaffProfile.objects.none()


def can_view_staff(user: AnyUser, profile: StaffProfile) -> bool:
    return staff_visible_to(user).filter(pk=profile.pk).exists()


def can_manage_staff(user: AnyUser, profile: StaffProfile) -> bool:
    return staff_managed_by(user).filter(pk=profile.pk).exists()


def can_edit_directory(user: AnyUser) -> bool:
    """Create and change staff, org units and job roles, and import rosters: HR and admins."""
    return is_hr(user)


def can_delete_directory_entries(user: AnyUser) -> bool:
    """Delete org units and job roles (staff records are never deleted): active superusers."""
    return user.is_authenticated and user.is_active and user.is_superuser


def can_see_team(user: AnyUser) -> bool:
    """The team pages (/team/) are for managers, HR and admins."""
    return is_manager(user) or is_hr(user)


def can_use_admin(user: AnyUser) -> bool:
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def can_manage_certificates(user: AnyUser) -> bool:
    """The certificate list, revocation, re-issue and bulk exports: HR and admins."""
    return is_hr(user)
