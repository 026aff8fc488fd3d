"""Writes of the reports app's HR side: appraisal periods, the training score weighting, and the
audit entry of a summary PDF downloaded.

Each service is keyword-only, validates with `full_clean()` before saving, runs in one
transaction, checks the actor (HR with the model permission, or a superuser; `actor=None` is
the system: commands, demo data) and writes an audit entry. The Wagtail admin
(admin_appraisal.py) saves through them.
"""

from __future__ import annotations

from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext

from training.people import policies
from training.people.services import audit_log

from .models import AppraisalPeriod, ScoreWeights
from .summaries import Summary

WEIGHT_FIELDS = (
    "per_hour",
    "per_course",
    "per_certificate",
    "per_level",
    "quiz_weight",
    "per_overdue",
    "maximum",
)


def _require(actor: User | None, permission: str, message: str) -> None:
    if actor is None:  # the system
        return
    if not (policies.is_hr(actor) and actor.has_perm(permission)):
        raise PermissionDenied(message)


def _period_data(period: AppraisalPeriod) -> dict:
    return {
        "name": period.name,
        "kind": period.kind,
        "starts_on": period.starts_on.isoformat() if period.starts_on else None,
        "ends_on": period.ends_on.isoformat() if period.ends_on else None,
    }


@transaction.atomic
def appraisal_period_save(*, period: AppraisalPeriod, actor: User | None) -> AppraisalPeriod:
    """Create or change an appraisal period (HR). The last day may not come before the first
    (ValidationError on `ends_on`); names are unique."""
    created = period.pk is None
    _require(
        actor,
        "reports.add_appraisalperiod" if created else "reports.change_appraisalperiod",
        "Only HR may manage appraisal periods.",
    )
    before = (
        None
        if created
        else AppraisalPeriod.objects.filter(pk=period.pk)
        .values("name", "starts_on", "ends_on")
        .first()
    )
    period.full_clean()
    period.save()
    data = _period_data(period)
    if before:
        data["before"] = {
            "name": before["name"],
            "starts_on": before["starts_on"].isoformat(),
            "ends_on": before["ends_on"].isoformat(),
        }
    audit_log(
        actor=actor,
        action="appraisal_period.create" if created else "appraisal_period.change",
        target=period,
        summary=f"{'Created' if created else 'Changed'} appraisal period {period.name}",
        data=data,
    )
    return period


@transaction.atomic
def appraisal_period_delete(*, period: AppraisalPeriod, actor: User | None) -> None:
    """Delete an appraisal period (HR). Exports that used it keep their files and their filter
    in words; the summaries are worked out from the records, so nothing else goes."""
    _require(actor, "reports.delete_appraisalperiod", "Only HR may delete appraisal periods.")
    data = _period_data(period)
    audit_log(
        actor=actor,
        action="appraisal_period.delete",
        target=period,
        summary=f"Deleted appraisal period {period.name}",
        data=data,
    )
    period.delete()


def _weights_data(weights: ScoreWeights) -> dict[str, str]:
    return {name: f"{Decimal(getattr(weights, name)).normalize():f}" for name in WEIGHT_FIELDS}


@transaction.atomic
def score_weights_save(*, weights: ScoreWeights, actor: User | None) -> ScoreWeights:
    """Save HR's weighting of the training score: always the one row (pk=1), created on the
    first save. Every weight is validated by the model's fields (at most 4 digits before the
    point, 2 after); the highest score must be above 0. The audit entry keeps the old and the
    new weights."""
    _require(actor, "reports.change_scoreweights", "Only HR may change the training score.")
    weights.pk = 1
    before = ScoreWeights.objects.select_for_update().filter(pk=1).first()
    weights.full_clean(exclude=["updated_by"])
    errors = {}
    for name in WEIGHT_FIELDS:
        if Decimal(getattr(weights, name)) < 0:
            errors[name] = gettext(
                "A weight cannot be negative (the overdue weight is already taken off)."
            )
    if Decimal(weights.maximum) <= 0:
        errors["maximum"] = gettext("The highest score must be above 0.")
    if errors:
        raise ValidationError(errors)
    weights.updated_by = actor if actor is not None and actor.is_authenticated else None
    weights.save()
    audit_log(
        actor=actor,
        action="score_weights.change",
        target=weights,
        summary="Changed the training score weighting",
        data={
            "before": _weights_data(before or ScoreWeights()),
            "after": _weights_data(weights),
        },
    )
    return weights


@transaction.atomic
def summary_pdf_record_download(*, summary: Summary, actor: User, kind: str = "pdf") -> None:
    """Record that `actor` (HR) downloaded a staff member's appraisal summary as a PDF."""
    if not policies.is_hr(actor):
        raise PermissionDenied("Only HR may download appraisal summaries.")
    audit_log(
        actor=actor,
        action="appraisal_summary.download",
        target=summary.staff,
        summary=f"Appraisal summary {kind} of {summary.staff.staff_number}, {summary.period.name}",
        data={
            "kind": kind,
            "staff_number": summary.staff.staff_number,
            "period": summary.period.pk,
            "period_name": summary.period.name,
            "score": f"{summary.score}",
        },
    )
