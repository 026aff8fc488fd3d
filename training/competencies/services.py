"""Writes to the competency framework."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from training.people import policies
from training.people.models import StaffProfile
from training.people.services import audit_log

from .models import Competency, Evidence


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
) -> tuple[Evidence, bool]:
    """Record that `staff` showed `competency` at `level`; return (evidence, created).

    Idempotent: the same source (`source`, `source_ref`) records one piece of evidence, so a
    repeated signal or a regrade never counts twice. The level must be on the competency's scale.
    """
    competency.validate_level(level)
    evidence, created = Evidence.objects.get_or_create(
        staff=staff,
        competency=competency,
        source=source,
        source_ref=source_ref,
        defaults={
            "level": level,
            "score_percent": score_percent,
            "recorded_at": recorded_at or timezone.now(),
        },
    )
    if created:
        audit_log(
            actor=None,
            action="competency.evidence",
            target=evidence,
            summary=f"{competency.code} level {level} ({source_ref})",
            data={"staff": staff.pk},
        )
    return evidence, created
