"""Reads for the certificate pages: the holder's own list, and HR's pages.

Each returns what its page shows in a fixed number of queries. HR's callers check
`policies.can_manage_certificates` first (these do it again, so a forgotten check shows nothing
rather than everything)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q
from django.utils import timezone

from training.people import policies
from training.people.models import AuditEntry, StaffProfile

from .models import Certificate, Status
from .services import reminder_days

RECENT_EXPORTS = 5


@dataclass(frozen=True)
class HolderEntry:
    certificate: Certificate
    status: Status
    days_left: int | None
    renewable: bool


def holder_certificates(*, staff: StaffProfile) -> list[HolderEntry]:
    """The staff member's certificates, newest first, with what the page needs (two queries).

    A certificate may be renewed (recertification) when it is the current one for its course,
    the course expires, and it is expired or inside the first reminder window, unless the course
    has already been started again.
    """
    today = timezone.localdate()
    window = max(reminder_days(), default=60)
    certificates = list(
        Certificate.objects.filter(staff=staff)
        .with_status_data()
        .select_related("enrolment")
        .order_by("-issued_at", "-pk")
    )
    entries = []
    for certificate in certificates:
        status = certificate.status_on(today)
        days_left = (certificate.expires_on - today).days if certificate.expires_on else None
        renewable = (
            status in {Status.VALID, Status.EXPIRED}
            and days_left is not None
            and days_left <= window
            and certificate.enrolment.round == certificate.round
        )
        entries.append(HolderEntry(certificate, status, days_left, renewable))
    return entries


def certificates_for_hr(*, user: User | AnonymousUser):
    """Every certificate, for HR and admins (nobody else: none), with what a listing row needs:
    the holder and their unit, and the revocation and replacement that make up the status."""
    if not policies.can_manage_certificates(user):
        return Certificate.objects.none()
    return Certificate.objects.select_related(
        "staff__org_unit", "revocation", "superseded_by"
    ).order_by("-issued_at", "-pk")


def certificate_for_hr(*, user: User | AnonymousUser, code: str) -> Certificate:
    """One certificate by its code (stored form) with its holder, revocation (and who revoked
    it), the one it replaces and the one replacing it; DoesNotExist otherwise."""
    return (
        certificates_for_hr(user=user)
        .select_related("revocation__revoked_by", "supersedes", "issued_by", "enrolment")
        .get(code=code)
    )


def certificate_history(certificate: Certificate) -> list[AuditEntry]:
    """The audit entries about a certificate, oldest first: its issue, revocation and renewal,
    and the re-issue that replaced it (that entry is about the replacement)."""
    return list(
        AuditEntry.objects.filter(
            Q(target_type="certificates.certificate", target_id=str(certificate.pk))
            | Q(action="certificate.reissue", data__supersedes=certificate.code)
        )
        .select_related("actor__staff_profile")
        .order_by("created_at", "pk")
    )
