"""Reads for the holder's own certificate pages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils import timezone

from training.people.models import StaffProfile

from .models import Certificate, Status
from .services import reminder_days

_UNSAFE = re.compile(r"[^\w.-]+", re.ASCII)


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


def pdf_filename(certificate: Certificate) -> str:
    """An ASCII file name for the download: the Latin name and the code."""
    name = _UNSAFE.sub("-", certificate.holder_name_latin).strip("-.") or "certificate"
    return f"certificate-{name}-{certificate.formatted_code}.pdf"
