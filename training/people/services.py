"""Writes to the staff directory. Views, forms, commands and the admin all come through here.

Each service is keyword-only, validates with `full_clean()` before saving, runs in one
transaction, checks the actor's permission when an actor is given (commands and migrations run
as the system, `actor=None`), and writes an audit entry.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr
from django.utils import timezone

from . import policies, roster
from .models import AuditEntry, JobRole, Language, OrgUnit, StaffProfile
from .roles import MANAGERS
from .roster import RosterImportError, RosterImportResult  # noqa: F401 - part of the API


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


def _require_directory_deleter(actor: User | None) -> None:
    if actor is not None and not policies.can_delete_directory_entries(actor):
        raise PermissionDenied("Only administrators may delete org units and job roles.")


@transaction.atomic
def org_unit_delete(*, unit: OrgUnit, actor: User | None = None) -> None:
    """Delete an org unit. While staff, units or managers depend on it, the database refuses
    (models.PROTECT raises ProtectedError) and the audit entry is rolled back with it."""
    _require_directory_deleter(actor)
    audit_log(
        actor=actor, action="org_unit.delete", target=unit, summary=f"{unit.code} {unit.name_en}"
    )
    unit.delete()


@transaction.atomic
def job_role_delete(*, role: JobRole, actor: User | None = None) -> None:
    """Delete a job role; refused by the database (ProtectedError) while staff hold it."""
    _require_directory_deleter(actor)
    audit_log(
        actor=actor, action="job_role.delete", target=role, summary=f"{role.code} {role.name_en}"
    )
    role.delete()


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
    Deactivating someone without a leaving date records today as `left_on` (the retention
    period counts from it).
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
    if not profile.is_active and profile.left_on is None:
        profile.left_on = timezone.localdate()
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


# --- roster import ----------------------------------------------------------------------------


def roster_import(
    *, data: bytes, actor: User | None = None, dry_run: bool = False
) -> RosterImportResult:
    """Import an HR staff roster (CSV bytes; the columns are described in people/roster.py).

    Every row is checked before anything is written, and all the problems are reported together
    as a RosterImportError (each with its line); a roster with any problem writes nothing. A valid
    roster is applied in one transaction: the library root (created with the code "library" and
    settings.MERIDIAN_LIBRARY_NAME if there is none), its departments, their teams, the job roles
    and the staff, each through the directory's own services.

    Importing the same file again changes nothing: rows whose person already matches the file
    are counted as unchanged and are not saved, so they get no audit entry; the import itself
    always gets one `roster.import` entry with the counts.

    Staff who are not in the file are left as they are: they are NOT deactivated. HR deactivates
    someone explicitly with `active=no` on their row.

    With `dry_run=True` the roster is checked and the result says what an import would do; no
    write of any kind is made (not even the audit entry).
    """
    _require_directory_editor(actor)
    parsed = roster.read_roster(data)
    if dry_run:
        plan = roster.plan_roster(parsed, roster.DirectorySnapshot.load(parsed.rows))
        return plan.result(dry_run=True)
    with transaction.atomic():
        snapshot = roster.DirectorySnapshot.load(parsed.rows)
        plan = roster.plan_roster(parsed, snapshot)
        _apply_roster_plan(plan, snapshot, actor)
        result = plan.result(dry_run=False)
        audit_log(
            actor=actor,
            action="roster.import",
            summary=(
                f"Roster import: {result.rows} rows, {result.staff_created} created, "
                f"{result.staff_updated} updated, {result.staff_unchanged} unchanged"
            ),
            data={
                **result.counts(),
                "sha256": hashlib.sha256(data).hexdigest(),
                "created": [c.staff_number for c in result.changes if c.action == roster.CREATE],
                "updated": [c.staff_number for c in result.changes if c.action == roster.UPDATE],
            },
        )
    return result


def _validation_message(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def _apply_roster_plan(
    plan: roster.RosterPlan, snapshot: roster.DirectorySnapshot, actor: User | None
) -> None:
    """Write a checked plan. Runs inside the import's transaction; raises to roll it all back."""
    units = dict(snapshot.units)
    library = plan.library
    if library is None:
        names = settings.MERIDIAN_LIBRARY_NAME
        library = org_unit_save(
            unit=OrgUnit(
                code=roster.LIBRARY_CODE,
                kind=OrgUnit.Kind.LIBRARY,
                name_zh=names.get("zh-hans") or names.get("en", ""),
                name_en=names.get("en") or names.get("zh-hans", ""),
            ),
            actor=actor,
        )
        units[library.code] = library

    for change in plan.units:  # departments come before the teams in them
        unit = units.get(change.code) or OrgUnit(code=change.code, kind=change.kind)
        if change.kind == OrgUnit.Kind.DEPARTMENT:
            unit.parent = library
        else:
            unit.parent = units[change.parent_code]
        unit.name_zh = change.name_zh
        unit.name_en = change.name_en
        units[change.code] = org_unit_save(unit=unit, actor=actor)

    roles = dict(snapshot.roles)
    for change in plan.roles:
        role = roles.get(change.code) or JobRole(code=change.code)
        role.name_zh = change.name_zh
        role.name_en = change.name_en
        roles[change.code] = job_role_save(role=role, actor=actor)

    columns = plan.parsed.columns
    rows = {row.line: row for row in plan.parsed.rows}
    errors = []
    for change in plan.staff:
        if change.action == roster.UNCHANGED:
            continue
        row = rows[change.line]
        profile = snapshot.profiles.get(row.staff_number) or StaffProfile(
            staff_number=row.staff_number
        )
        profile.name_zh = row.name_zh
        profile.name_latin = row.name_latin
        profile.org_unit = units[row.unit_code]
        if "job_role" in columns or profile.pk is None:
            profile.job_role = roles[row.job_role] if row.job_role else None
        if "start_date" in columns or profile.pk is None:
            profile.start_date = row.start_date
        profile.is_active = row.is_active
        try:
            staff_profile_save(
                profile=profile,
                email=row.email,
                languages=(
                    [snapshot.languages[code] for code in row.languages]
                    if "languages" in columns
                    else None
                ),
                managed_units=(
                    [units[code] for code in row.manages] if "manages" in columns else None
                ),
                username=change.username or None,
                actor=actor,
            )
        except ValidationError as error:
            # The checks should have caught it; if not, report it like any other row problem.
            errors.append((row.line, _validation_message(error)))
    if errors:
        raise roster.RosterImportError(errors)
