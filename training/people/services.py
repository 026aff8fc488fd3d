"""Writes to the staff directory. Views, forms, commands and the admin all come through here.

Each service is keyword-only, validates with `full_clean()` before saving, runs in one
transaction, checks the actor's permission when an actor is given (commands and migrations run
as the system, `actor=None`), and writes an audit entry.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr

from . import policies
from .models import AuditEntry, JobRole, Language, OrgUnit, StaffProfile
from .roles import MANAGERS


def audit_log(
    *,
    actor: User | None,
    action: str,
    target: object | None = None,
    summary: str = "",
    data: dict | None = None,
) -> AuditEntry:
    """Append an audit entry. Call it inside the transaction of the write it describes."""
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        summary=summary[:255],
        data=data or {},
    )


def _require_directory_editor(actor: User | None) -> None:
    if actor is not None and not policies.can_edit_directory(actor):
        raise PermissionDenied("Only HR and administrators may change the staff directory.")


@transaction.atomic
def org_unit_save(*, unit: OrgUnit, actor: User | None = None) -> OrgUnit:
    """Create or update an org unit and keep the materialised paths of its subtree right.

    Moving a unit rewrites the paths and depths of everything below it in one UPDATE, so a
    subtree query is never stale. A unit cannot be moved under itself (see OrgUnit.clean).
    """
    _require_directory_editor(actor)
    created = unit.pk is None
    before = None if created else OrgUnit.objects.values("path", "depth").get(pk=unit.pk)
    if unit.parent_id is not None:
        # Lock the parent's row so that a concurrent move cannot interleave with this one.
        unit.parent = OrgUnit.objects.select_for_update().get(pk=unit.parent_id)
    unit.full_clean(exclude=["path", "depth"])
    unit.depth = 0 if unit.parent is None else unit.parent.depth + 1
    unit.save()
    new_path = (unit.parent.path if unit.parent else "/") + f"{unit.pk}/"
    if new_path != unit.path:
        unit.path = new_path
        unit.save(update_fields=["path"])
        if before is not None:
            OrgUnit.objects.filter(path__startswith=before["path"]).exclude(pk=unit.pk).update(
                path=Concat(Value(new_path), Substr("path", len(before["path"]) + 1)),
                depth=F("depth") + (unit.depth - before["depth"]),
            )
    audit_log(
        actor=actor,
        action="org_unit.create" if created else "org_unit.update",
        target=unit,
        summary=f"{unit.code} {unit.name_en}",
    )
    return unit


@transaction.atomic
def job_role_save(*, role: JobRole, actor: User | None = None) -> JobRole:
    """Create or update a job role."""
    _require_directory_editor(actor)
    created = role.pk is None
    role.full_clean()
    role.save()
    audit_log(
        actor=actor,
        action="job_role.create" if created else "job_role.update",
        target=role,
        summary=f"{role.code} {role.name_en}",
    )
    return role


def _sync_managers_group(user: User, manages_something: bool) -> None:
    group, _ = Group.objects.get_or_create(name=MANAGERS)
    if manages_something:
        user.groups.add(group)
    else:
        user.groups.remove(group)


@transaction.atomic
def staff_profile_save(
    *,
    profile: StaffProfile,
    email: str,
    languages: Iterable[Language] | None = None,
    managed_units: Iterable[OrgUnit] | None = None,
    username: str | None = None,
    actor: User | None = None,
) -> StaffProfile:
    """Create or update a staff member together with their user account.

    A new profile gets a new user account (username defaults to the staff number, with no usable
    password: people sign in with a password set by an administrator or through single sign-on).
    Membership of the Managers group follows `managed_units`: a person who manages a unit is a
    manager, and stops being one when they manage none. Inactive staff cannot sign in.
    """
    _require_directory_editor(actor)
    created = profile.pk is None
    if created and profile.user_id is None:
        user = User(username=(username or profile.staff_number).lower())
        user.set_unusable_password()
    else:
        user = profile.user
        if username:
            user.username = username.lower()
    user.email = email.strip()
    user.first_name = profile.name_latin[:150]
    user.is_active = profile.is_active
    user.full_clean(exclude=["password"])
    user.save()
    profile.user = user
    profile.full_clean()
    profile.save()
    if languages is not None:
        profile.languages.set(languages)
    if managed_units is not None:
        managed_units = list(managed_units)
        profile.managed_units.set(managed_units)
        _sync_managers_group(user, bool(managed_units))
    audit_log(
        actor=actor,
        action="staff.create" if created else "staff.update",
        target=profile,
        summary=f"{profile.staff_number} {profile.name_latin}",
    )
    return profile
