"""Reads of the staff directory. Each returns a queryset with its related data already fetched."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User

from . import policies
from .models import OrgUnit, StaffProfile


def staff_directory(*, user: User | AnonymousUser):
    """The staff `user` may see, with unit, role, languages and managed units prefetched."""
    return (
        policies.staff_visible_to(user)
        .with_directory_data()
        .order_by("org_unit__path", "name_latin", "pk")
    )


def staff_detail(*, user: User | AnonymousUser, pk: int) -> StaffProfile:
    """One visible staff member; DoesNotExist for anyone `user` may not see (callers answer 404)."""
    return staff_directory(user=user).get(pk=pk)


def own_profile(*, user: User | AnonymousUser) -> StaffProfile | None:
    if not user.is_authenticated:
        return None
    return StaffProfile.objects.with_directory_data().filter(user=user).first()


def unit_ancestors(unit: OrgUnit) -> list[OrgUnit]:
    """The unit's chain from the library down to itself, in one query."""
    ids = [int(part) for part in unit.path.strip("/").split("/") if part]
    by_id = OrgUnit.objects.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]
