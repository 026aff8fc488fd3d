"""Public verification of a certificate: finding it by its code, and the facts a verifier sees.

Anyone holding a certificate (or a copy of one) can check it at `/verify/<code>/`, without
signing in. What the page and its JSON (`?format=json`) show is decided here, once:

- every fact printed on the certificate, as it was issued (the holder's names, the course title
  in the language completed and in the other language, the level, the competency levels, the
  hours, the completion, issue and expiry dates, the issuing library and the signatory), so an
  edited PDF is caught by comparing it with the page;
- the SHA-256 checksum of the stored PDF, so the very file can be compared;
- the status today: valid, expired (since when), revoked (since when) or superseded (by which
  certificate, with a link to its own verify page).

It shows nothing else about the person: not the staff number, org unit, e-mail or account, and
not their other certificates. The reason for a revocation is not shown either: HR writes it for
the audit trail, it can be personal (misconduct, an error in someone's record), and a verifier
only needs to know that the certificate no longer counts and since when.

Lookups take one query whether the code is well-formed or not, so a malformed code and an unknown
one cannot be told apart, by the answer or by its timing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import get_language

from training.competencies.levels import CEFRLevel, level_label

from .links import verify_url
from .models import Certificate, Status, format_code, normalise_code

# --- the selector -----------------------------------------------------------------------------


def certificate_by_code(text: str) -> Certificate | None:
    """The certificate whose code is `text` (any case, with or without dashes or spaces), with
    what its status needs; None for an unknown or malformed code. Always exactly one query."""
    code = normalise_code(text) or ""  # "" is never a stored code: same query, no match
    return (
        Certificate.objects.select_related("revocation", "superseded_by").filter(code=code).first()
    )


# --- the facts --------------------------------------------------------------------------------


def hours_text(hours: Decimal) -> str:
    """Hours as printed: '1', '1.5' (no trailing zeros, no exponent)."""
    return f"{Decimal(hours).normalize():f}"


def _chinese() -> bool:
    return (get_language() or "").startswith("zh")


def _local_date(moment: dt.datetime | None) -> dt.date | None:
    return timezone.localdate(moment) if moment is not None else None


@dataclass(frozen=True)
class CompetencyFact:
    """A competency level the certificate evidences, as issued."""

    code: str
    name_zh: str
    name_en: str
    scale: str
    level: int
    level_label: str

    @property
    def name(self) -> str:
        """The name in the active language, else the other one."""
        if _chinese():
            return self.name_zh or self.name_en or self.code
        return self.name_en or self.name_zh or self.code

    @property
    def other_name(self) -> str:
        other = self.name_en if _chinese() else self.name_zh
        return other if other and other != self.name else ""

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "scale": self.scale,
            "level": self.level,
            "level_label": self.level_label,
        }


def _competency(entry) -> CompetencyFact | None:
    if not isinstance(entry, dict):
        return None
    try:
        level = int(entry.get("level"))
        label = level_label(entry.get("scale", ""), level)
    except (TypeError, ValueError, IndexError):
        return None
    return CompetencyFact(
        code=str(entry.get("code", "")),
        name_zh=str(entry.get("name_zh", "")),
        name_en=str(entry.get("name_en", "")),
        scale=str(entry.get("scale", "")),
        level=level,
        level_label=label,
    )


@dataclass(frozen=True)
class VerificationFacts:
    """What the verify page and its JSON show about one certificate (and nothing more)."""

    code: str  # grouped, as printed: ABCD-2345-EFGH-6789
    verify_url: str
    status: Status
    status_since: dt.date | None  # the first day of the status (None while valid)
    holder_name_zh: str
    holder_name_latin: str
    certificate_title_zh: str
    certificate_title_en: str
    course_title: str  # as completed
    course_title_zh: str
    course_title_en: str
    course_language: str
    level: str  # the course's CEFR level, or ""
    competencies: tuple[CompetencyFact, ...]
    hours: Decimal
    completed_on: dt.date
    issued_on: dt.date
    expires_on: dt.date | None
    issuer_zh: str
    issuer_en: str
    signatory_name_zh: str
    signatory_name_en: str
    signatory_title_zh: str
    signatory_title_en: str
    revoked_on: dt.date | None
    successor_code: str | None  # grouped code of the replacing certificate
    successor_verify_url: str | None
    pdf_sha256: str

    @property
    def other_course_title(self) -> str:
        """The course title in the other language, when there is one and it differs."""
        chinese = self.course_language.startswith("zh")
        other = self.course_title_en if chinese else self.course_title_zh
        return other if other and other != self.course_title else ""

    @property
    def course_title_lang(self) -> str:
        """The HTML `lang` of the title as completed (and, swapped, of the other title)."""
        return "zh-Hans" if self.course_language.startswith("zh") else "en"

    @property
    def other_course_title_lang(self) -> str:
        return "en" if self.course_language.startswith("zh") else "zh-Hans"

    @property
    def level_display(self) -> str:
        """'B1 Intermediate' (translated) for a CEFR level, else the level as stored."""
        if self.level in CEFRLevel.values:
            return str(CEFRLevel(self.level).label)
        return self.level

    @property
    def issuer(self) -> str:
        if _chinese():
            return self.issuer_zh or self.issuer_en
        return self.issuer_en or self.issuer_zh

    @property
    def other_issuer(self) -> str:
        other = self.issuer_en if _chinese() else self.issuer_zh
        return other if other and other != self.issuer else ""

    @property
    def hours_display(self) -> str:
        """'1', '1.5': as the certificate prints the hours."""
        return hours_text(self.hours)

    @property
    def has_signatory(self) -> bool:
        return bool(self.signatory_name_zh or self.signatory_name_en)

    def as_json(self) -> dict:
        """The same facts with stable, language-independent keys; dates in ISO 8601."""

        def iso(day: dt.date | None) -> str | None:
            return day.isoformat() if day is not None else None

        return {
            "code": self.code,
            "verify_url": self.verify_url,
            "status": str(self.status.value),
            "status_since": iso(self.status_since),
            "holder": {"name_zh": self.holder_name_zh, "name_latin": self.holder_name_latin},
            "certificate_title": {
                "zh": self.certificate_title_zh,
                "en": self.certificate_title_en,
            },
            "course": {
                "title": self.course_title,
                "title_zh": self.course_title_zh,
                "title_en": self.course_title_en,
                "language": self.course_language,
                "level": self.level,
            },
            "competencies": [competency.as_json() for competency in self.competencies],
            "hours": self.hours_display,
            "completed_on": iso(self.completed_on),
            "issued_on": iso(self.issued_on),
            "expires_on": iso(self.expires_on),
            "issuer": {"name_zh": self.issuer_zh, "name_en": self.issuer_en},
            "signatory": {
                "name_zh": self.signatory_name_zh,
                "name_en": self.signatory_name_en,
                "title_zh": self.signatory_title_zh,
                "title_en": self.signatory_title_en,
            },
            "revoked_on": iso(self.revoked_on),
            "superseded_by": (
                {"code": self.successor_code, "verify_url": self.successor_verify_url}
                if self.successor_code
                else None
            ),
            "pdf_sha256": self.pdf_sha256 or None,
        }


def verification_facts(
    certificate: Certificate, *, today: dt.date | None = None
) -> VerificationFacts:
    """The facts of a certificate found by `certificate_by_code` (no further queries)."""
    today = today or timezone.localdate()
    status = certificate.status_on(today)
    revocation = certificate.revocation_or_none()
    successor = certificate.successor_or_none()
    revoked_on = _local_date(revocation.revoked_at) if revocation is not None else None
    since = None
    if status == Status.REVOKED:
        since = revoked_on
    elif status == Status.SUPERSEDED:
        since = _local_date(successor.issued_at)
    elif status == Status.EXPIRED:
        since = certificate.expires_on + dt.timedelta(days=1)  # expires_on is the last valid day
    design = certificate.design or {}
    competencies = tuple(
        fact
        for fact in (_competency(entry) for entry in certificate.competencies or [])
        if fact is not None
    )
    successor_code = successor.formatted_code if successor is not None else None
    return VerificationFacts(
        code=certificate.formatted_code,
        verify_url=verify_url(certificate.formatted_code),
        status=status,
        status_since=since,
        holder_name_zh=certificate.holder_name_zh,
        holder_name_latin=certificate.holder_name_latin,
        certificate_title_zh=design.get("title_zh", ""),
        certificate_title_en=design.get("title_en", ""),
        course_title=certificate.course_title,
        course_title_zh=certificate.course_title_zh,
        course_title_en=certificate.course_title_en,
        course_language=certificate.locale,
        level=certificate.level,
        competencies=competencies,
        hours=certificate.hours,
        completed_on=_local_date(certificate.completed_at),
        issued_on=_local_date(certificate.issued_at),
        expires_on=certificate.expires_on,
        issuer_zh=design.get("issuer_zh", ""),
        issuer_en=design.get("issuer_en", ""),
        signatory_name_zh=design.get("signatory_name_zh", ""),
        signatory_name_en=design.get("signatory_name_en", ""),
        signatory_title_zh=design.get("signatory_title_zh", ""),
        signatory_title_en=design.get("signatory_title_en", ""),
        revoked_on=revoked_on,
        successor_code=successor_code,
        successor_verify_url=verify_url(successor_code) if successor_code else None,
        pdf_sha256=certificate.pdf_sha256,
    )


def canonical_code(text: str) -> str | None:
    """The grouped form of a well-formed code (whether or not it exists), else None."""
    code = normalise_code(text)
    return format_code(code) if code else None
