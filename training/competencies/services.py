"""Writes to the competency framework."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction

from training.people import policies
from training.people.services import audit_log

from .models import Competency


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
