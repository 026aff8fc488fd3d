"""Writes to the competency framework."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from training.people import policies
from training.people.models import StaffProfile
from training.people.services import audit_log

from .levels import SKILLS, Skill
from .models import Competency, Evidence, RoleRequirement


@transaction.atomic
def competency_save(*, competency: Competency, actor: User | None = None) -> Competency:
    """Create or update a competency (editors and admins; `actor=None` for the system)."""
    if actor is not None and not policies.is_editor(actor):
        raise PermissionDenied("Only editors and administrators may change the framework.")
    created = competency.pk is None
    competency.full_clean()
    competency.save()
    audit_log(
        actor=actor,
        action="competency.create" if created else "competency.update",
        target=competency,
        summary=f"{competency.code} {competency.name_en}",
    )
    return competency


@transaction.atomic
def evidence_record(
    *,
    staff: StaffProfile,
    competency: Competency,
    level: int,
    source: str,
    source_ref: str,
    score_percent: Decimal | None = None,
    recorded_at: datetime | None = None,
    skill: str = "",
    expires_on: date | None = None,
    recorded_by: User | None = None,
    note: str = "",
) -> tuple[Evidence, bool]:
    """Record that `staff` showed `competency` at `level`; return (evidence, created).

    Idempotent: the same source (`source`, `source_ref`) records one piece of evidence, so a
    repeated signal or a regrade never counts twice. The level must be on the competency's scale;
    a skill only on a language competency. `expires_on` is the last day it counts.
    """
    competency.validate_level(level)
    if skill and (skill not in SKILLS or not competency.is_language):
        raise ValidationError({"skill": _("Only a language competency has skills.")})
    evidence, created = Evidence.objects.get_or_create(
        staff=staff,
        competency=competency,
        source=source,
        source_ref=source_ref,
        defaults={
            "level": level,
            "skill": skill,
            "score_percent": score_percent,
            "recorded_at": recorded_at or timezone.now(),
            "expires_on": expires_on,
            "recorded_by": recorded_by,
            "note": note,
        },
    )
    if created:
        audit_log(
            actor=recorded_by,
            action="competency.evidence",
            target=evidence,
            summary=f"{competency.code} level {level} ({source_ref})",
            data={"staff": staff.pk},
        )
    return evidence, created


@transaction.atomic
def evidence_withdraw(*, source: str, source_ref: str, reason: str, actor: User | None) -> int:
    """Stop the evidence of one source counting from now (a revoked certificate); return how
    many pieces were withdrawn. The rows stay, with when and why, as the record's history;
    withdrawing again changes nothing."""
    now = timezone.now()
    rows = list(
        Evidence.objects.select_for_update()
        .filter(source=source, source_ref=source_ref, withdrawn_at__isnull=True)
        .values_list("pk", "staff_id")
    )
    if not rows:
        return 0
    Evidence.objects.filter(pk__in=[pk for pk, _staff in rows]).update(
        withdrawn_at=now, withdrawn_reason=reason[:200]
    )
    audit_log(
        actor=actor,
        action="competency.evidence_withdraw",
        target=None,
        summary=f"{source_ref}: {reason}"[:255],
        data={"evidence": [pk for pk, _staff in rows], "staff": sorted({s for _p, s in rows})},
    )
    return len(rows)


@transaction.atomic
def competency_assess(
    *,
    staff: StaffProfile,
    competency: Competency,
    level: int,
    note: str,
    actor: User,
    skill: str = "",
) -> Evidence:
    """Record a manager's assessment of `staff` in `competency` (optionally one language skill).

    Guarantees: only someone who manages the staff member (or an admin) may assess
    (PermissionDenied otherwise, nothing written); the note is required (ValidationError). The
    assessment becomes the baseline of the level rule (rules.py, rule 3): it can also lower a
    level the earlier evidence showed.
    """
    if not policies.can_manage_staff(actor, staff):
        raise PermissionDenied("You may only assess staff you manage.")
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Say what the assessment is based on.")})
    evidence, _created = evidence_record(
        staff=staff,
        competency=competency,
        level=level,
        source=Evidence.Source.MANAGER,
        source_ref=f"assessment:{uuid.uuid4().hex}",
        skill=skill,
        recorded_by=actor,
        note=note,
    )
    return evidence


@transaction.atomic
def self_assess(
    *, staff: StaffProfile, competency: Competency, levels: Mapping[str, int], actor: User
) -> list[Evidence]:
    """Record a staff member's own assessment of a language, one CEFR level per skill.

    Guarantees: only the staff member themself may self-assess (PermissionDenied); only a language
    competency, only the five skills, levels on the CEFR scale (ValidationError, nothing written).
    A self-assessment never changes the verified level (rules.py, rule 1): it is kept beside it.
    """
    if staff.user_id != actor.pk:
        raise PermissionDenied("A self-assessment is made by the staff member themself.")
    if not competency.is_language:
        raise ValidationError(_("Only a language is self-assessed on the CEFR scale."))
    unknown = set(levels) - set(SKILLS)
    if unknown or not levels:
        raise ValidationError(
            _(
                "Give a level for the skills listening, reading, spoken "
                "interaction, spoken production and writing."
            )
        )
    stamp = uuid.uuid4().hex
    now = timezone.now()
    recorded = []
    for skill in Skill:
        if skill.value not in levels:
            continue
        evidence, _created = evidence_record(
            staff=staff,
            competency=competency,
            level=levels[skill.value],
            source=Evidence.Source.SELF,
            source_ref=f"self:{stamp}:{skill.value}",
            skill=skill.value,
            recorded_at=now,
            recorded_by=actor,
        )
        recorded.append(evidence)
    return recorded


@transaction.atomic
def role_requirement_save(*, requirement: RoleRequirement, actor: User | None) -> RoleRequirement:
    """Create or change what a job role requires (editors, HR and admins)."""
    if actor is not None and not (policies.is_editor(actor) or policies.is_hr(actor)):
        raise PermissionDenied("Only editors and HR may change role requirements.")
    created = requirement.pk is None
    requirement.full_clean()
    requirement.save()
    audit_log(
        actor=actor,
        action="role_requirement.create" if created else "role_requirement.update",
        target=requirement,
        summary=f"{requirement.job_role.code} {requirement.competency.code} "
        f"{requirement.skill or 'all'} ≥ {requirement.level}",
    )
    return requirement
