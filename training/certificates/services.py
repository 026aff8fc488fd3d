"""Writes about certificates: issuing, storing the PDF, revoking, re-issuing, recertifying and
expiry reminders. Every function is keyword-only, atomic, checks permission and writes the audit
entry inside its own transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from assessments.models import Attempt, QuizPage
from courses.models import CoursePage
from training.competencies.models import Competency, Evidence
from training.competencies.rules import add_months
from training.competencies.services import evidence_record, evidence_withdraw
from training.people import policies
from training.people.services import audit_log
from training.progress.models import Enrolment
from training.progress.services import assignment_create, enrolment_restart

from .models import (
    Certificate,
    CertificateRevocation,
    CertificateTemplate,
    CertificateTemplateCourse,
    ExpiryReminder,
    new_code,
)
from .signals import certificate_issued, certificate_revoked

logger = logging.getLogger(__name__)

CODE_ATTEMPTS = 8  # a clash of 78-bit codes is astronomically rare; retry a few times anyway


# --- issuing ----------------------------------------------------------------------------------


def template_for_course(course_key) -> CertificateTemplate | None:
    """The template a course chose (any of its translations), else the default one."""
    chosen = (
        CertificateTemplateCourse.objects.filter(course__translation_key=course_key)
        .select_related("template")
        .order_by("sort_order", "pk")
        .first()
    )
    if chosen is not None:
        return chosen.template
    return CertificateTemplate.objects.filter(is_default=True).first()


def expiry_date(issued_on: dt.date, validity_months: int | None) -> dt.date | None:
    """The last day a certificate is valid: `validity_months` after issue (end-of-month safe)."""
    if not validity_months:
        return None
    return add_months(issued_on, validity_months)


def _quiz_score(enrolment: Enrolment, course: CoursePage) -> Decimal | None:
    """The mean, over the course's quizzes, of the learner's best passing percentage; None for a
    course without quizzes (or completed without a passed attempt on record)."""
    quiz_keys = set(QuizPage.objects.child_of(course).values_list("translation_key", flat=True))
    if not quiz_keys:
        return None
    attempts = Attempt.objects.filter(
        staff_id=enrolment.staff_id,
        quiz_key__in=quiz_keys,
        passed=True,
        percent__isnull=False,
    )
    best = attempts.values("quiz_key").annotate(best=Max("percent")).order_by()
    scores = [row["best"] for row in best]
    if not scores:
        return None
    return (sum(scores) / len(scores)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _course_versions(course_key) -> dict[str, CoursePage]:
    return {
        page.locale.language_code: page
        for page in CoursePage.objects.filter(translation_key=course_key).select_related("locale")
    }


def _snapshot(enrolment: Enrolment) -> dict:
    """Everything a certificate prints, copied from the completion, the course and the person."""
    versions = _course_versions(enrolment.course_key)
    completed = versions.get(enrolment.completed_locale) or (
        CoursePage.objects.filter(pk=enrolment.course_id).first()
    )
    if completed is None and versions:
        completed = next(iter(versions.values()))
    if completed is None:
        raise ValidationError(_("The completed course no longer exists."))
    zh = next((page for code, page in versions.items() if code.startswith("zh")), None)
    en = next((page for code, page in versions.items() if code.startswith("en")), None)
    competencies = []
    with translation.override("en"):
        for outcome in completed.competency_outcomes.select_related("competency").order_by(
            "sort_order"
        ):
            competency = outcome.competency
            competencies.append(
                {
                    "code": competency.code,
                    "name_zh": competency.name_zh,
                    "name_en": competency.name_en,
                    "scale": competency.scale,
                    "level": outcome.level,
                }
            )
    minutes = completed.estimated_minutes or 0
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    staff = enrolment.staff
    return {
        "course": completed,
        "course_revision_id": completed.live_revision_id,
        "locale": completed.locale.language_code,
        "holder_name_zh": staff.name_zh,
        "holder_name_latin": staff.name_latin,
        "staff_number": staff.staff_number,
        "course_title": completed.title,
        "course_title_zh": zh.title if zh else "",
        "course_title_en": en.title if en else "",
        "level": completed.cefr_level or "",
        "competencies": competencies,
        "hours": hours,
        "score": _quiz_score(enrolment, completed),
        "validity_months": completed.certificate_validity_months,
    }


def _create_with_fresh_code(**fields) -> Certificate:
    """Insert a certificate, drawing a new code if (improbably) the code is taken."""
    for _attempt in range(CODE_ATTEMPTS):
        code = new_code()
        if Certificate.objects.filter(code=code).exists():
            continue
        certificate = Certificate(code=code, **fields)
        certificate.full_clean(validate_constraints=False)
        with transaction.atomic():
            certificate.save()
        return certificate
    raise IntegrityError("Could not draw an unused certificate code.")


def _enqueue_render(certificate_id: int) -> None:
    from .tasks import certificate_render  # tasks import these services

    def enqueue() -> None:
        try:
            certificate_render.enqueue(certificate_id=certificate_id)
        except Exception:  # the download renders on demand; a missing worker is not fatal
            logger.exception("Could not queue the PDF of certificate %s", certificate_id)

    transaction.on_commit(enqueue)


@transaction.atomic
def certificate_issue(
    *, enrolment: Enrolment, issued_by: User | None = None, issued_at: dt.datetime | None = None
) -> Certificate:
    """Issue the certificate for the enrolment's completed round; return it.

    Guarantees: exactly one certificate per completion (enrolment and round) — idempotent and
    concurrency-safe (the enrolment row is locked, and a partial unique constraint stands behind
    it), so a repeated or concurrent call returns the same certificate. Everything printed is
    copied into it; it expires the course's validity after the completion (the day it was
    earned, which is also the issue day unless it is issued late). `issued_at` dates a backfilled
    certificate (default: now). The PDF is rendered by a
    background task queued after commit, so issuing never waits for it. A course that is not
    completed is refused with ValidationError. `issued_by=None` is the system.
    """
    locked = Enrolment.objects.select_for_update().select_related("staff").get(pk=enrolment.pk)
    if locked.completed_at is None:
        raise ValidationError(_("The course has not been completed, so no certificate is issued."))
    existing = Certificate.objects.filter(
        enrolment=locked, round=locked.round, supersedes__isnull=True
    ).first()
    if existing is not None:
        return existing
    snapshot = _snapshot(locked)
    template = template_for_course(locked.course_key)
    issued_at = issued_at or timezone.now()
    validity = snapshot.pop("validity_months")
    certificate = _create_with_fresh_code(
        staff=locked.staff,
        enrolment=locked,
        round=locked.round,
        course_key=locked.course_key,
        completed_at=locked.completed_at,
        issued_at=issued_at,
        expires_on=expiry_date(timezone.localdate(locked.completed_at), validity),
        issued_by=issued_by,
        template=template,
        design=template.design() if template else CertificateTemplate().design(),
        **snapshot,
    )
    audit_log(
        actor=issued_by,
        action="certificate.issue",
        target=certificate,
        summary=f"{certificate.formatted_code} for staff {certificate.staff_number}",
        data={"course_key": str(certificate.course_key), "round": certificate.round},
    )
    _record_evidence(certificate)
    _enqueue_render(certificate.pk)
    transaction.on_commit(
        partial(certificate_issued.send_robust, sender=Certificate, certificate=certificate)
    )
    return certificate


def evidence_ref(certificate: Certificate) -> str:
    """The evidence source of a completion: its certificates (a re-issue too) share it."""
    return f"completion:{certificate.enrolment_id}:{certificate.round}"


def _record_evidence(certificate: Certificate) -> None:
    """The completed course is evidence of its competencies until the certificate expires."""
    by_code = Competency.objects.in_bulk(
        [item["code"] for item in certificate.competencies], field_name="code"
    )
    for item in certificate.competencies:
        competency = by_code.get(item["code"])
        if competency is None:
            continue
        evidence_record(
            staff=certificate.staff,
            competency=competency,
            level=item["level"],
            source=Evidence.Source.COURSE,
            source_ref=evidence_ref(certificate),
            recorded_at=certificate.completed_at,
            expires_on=certificate.expires_on,
        )


def certificates_issue_missing() -> int:
    """Issue the certificates of completions that have none (a receiver that failed, data that
    predates certificates); return how many were issued. Safe to run at any time."""
    has_certificate = Certificate.objects.filter(enrolment=OuterRef("pk"), round=OuterRef("round"))
    missing = Enrolment.objects.filter(completed_at__isnull=False).exclude(Exists(has_certificate))
    issued = 0
    for enrolment in missing.iterator():
        try:
            with transaction.atomic():
                # Two workers may run this at once: count only what this run issued (the
                # enrolment's lock, taken again by `certificate_issue`, orders them).
                locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
                if Certificate.objects.filter(enrolment=locked, round=locked.round).exists():
                    continue
                certificate_issue(enrolment=locked)
            issued += 1
        except ValidationError:
            logger.warning("Enrolment %s: completed course is gone; no certificate", enrolment.pk)
    return issued


# --- the stored PDF ---------------------------------------------------------------------------


def certificate_store_pdf(*, certificate: Certificate, pdf: bytes) -> Certificate:
    """Store the rendered PDF of a certificate (the only write after issuing).

    Idempotent: a certificate that already has a stored PDF keeps it (a second render of the
    same certificate is identical in content). The file is saved before the row points at it.
    """
    if Certificate.objects.filter(pk=certificate.pk).exclude(pdf="").exists():
        certificate.refresh_from_db(fields=["pdf", "pdf_sha256", "pdf_rendered_at"])
        return certificate
    name = f"{certificate.code}.pdf"
    certificate.pdf.save(name, ContentFile(pdf), save=False)
    certificate.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    certificate.pdf_rendered_at = timezone.now()
    updated = Certificate.objects.filter(pk=certificate.pk, pdf="").update(
        pdf=certificate.pdf.name,
        pdf_sha256=certificate.pdf_sha256,
        pdf_rendered_at=certificate.pdf_rendered_at,
    )
    if not updated:  # a concurrent render stored it first: keep theirs, drop ours
        certificate.pdf.storage.delete(certificate.pdf.name)
        certificate.refresh_from_db(fields=["pdf", "pdf_sha256", "pdf_rendered_at"])
    return certificate


def stored_pdf(certificate: Certificate) -> bytes | None:
    """The stored PDF, or None if there is none, it is gone, or it does not match its checksum."""
    if not certificate.pdf:
        return None
    try:
        with certificate.pdf.storage.open(certificate.pdf.name, "rb") as stored:
            data = stored.read()
    except OSError:
        logger.warning("Certificate %s: stored PDF %s is missing", certificate.pk, certificate.pdf)
        return None
    if certificate.pdf_sha256 and hashlib.sha256(data).hexdigest() != certificate.pdf_sha256:
        logger.warning("Certificate %s: stored PDF does not match its checksum", certificate.pk)
        return None
    return data


def certificate_pdf_ensure(*, certificate: Certificate) -> bytes:
    """The certificate's PDF: the stored one when it is intact, else rendered now and stored
    (the background task and a download that comes before it both end here)."""
    data = stored_pdf(certificate)
    if data is None:
        from .render import certificate_pdf  # WeasyPrint loads only where PDFs are made

        data = certificate_pdf(certificate)
        certificate_store_pdf(certificate=certificate, pdf=data)
    return data


# --- revocation, re-issue, recertification ---------------------------------------------------


def _require_certificate_manager(actor: User | None, message: str) -> None:
    if actor is not None and not policies.can_manage_certificates(actor):
        raise PermissionDenied(message)


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, reason: str, actor: User | None
) -> CertificateRevocation:
    """Revoke a certificate with a reason (HR and admins); return the revocation.

    Guarantees: a certificate is revoked once (a second call is refused with ValidationError);
    the reason is required; the certificate itself is not changed — the revocation is its own
    row — and the audit entry records who, when and why.
    """
    _require_certificate_manager(actor, "Only HR may revoke certificates.")
    locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if CertificateRevocation.objects.filter(certificate=locked).exists():
        raise ValidationError(_("This certificate has already been revoked."))
    revocation = CertificateRevocation(
        certificate=locked, revoked_by=actor, reason=(reason or "").strip()
    )
    revocation.full_clean(validate_constraints=False)
    revocation.save()
    # A revoked certificate no longer shows its competencies.
    evidence_withdraw(
        source=Evidence.Source.COURSE,
        source_ref=evidence_ref(locked),
        reason=f"certificate {locked.formatted_code} revoked",
        actor=actor,
    )
    audit_log(
        actor=actor,
        action="certificate.revoke",
        target=locked,
        summary=f"{locked.formatted_code} revoked",
        data={"reason": revocation.reason, "staff_number": locked.staff_number},
    )
    transaction.on_commit(
        partial(
            certificate_revoked.send_robust,
            sender=Certificate,
            certificate=locked,
            revocation=revocation,
        )
    )
    return revocation


@transaction.atomic
def certificate_reissue(
    *, certificate: Certificate, reason: str, actor: User | None
) -> Certificate:
    """Issue a replacement for a certificate (HR and admins); return the new certificate.

    For a corrected name or a new template: the replacement has a new code, the holder's current
    names and the course's template of today, and the same completion, course version, level,
    hours, score and expiry. The old certificate is unchanged and from now on shows as superseded.
    A revoked or already superseded certificate cannot be re-issued (ValidationError).
    """
    _require_certificate_manager(actor, "Only HR may re-issue certificates.")
    locked = Certificate.objects.select_for_update().select_related("staff").get(pk=certificate.pk)
    if CertificateRevocation.objects.filter(certificate=locked).exists():
        raise ValidationError(_("A revoked certificate cannot be re-issued."))
    if Certificate.objects.filter(supersedes=locked).exists():
        raise ValidationError(_("This certificate has already been replaced."))
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Give the reason for the re-issue.")})
    template = template_for_course(locked.course_key)
    staff = locked.staff
    replacement = _create_with_fresh_code(
        staff=staff,
        enrolment_id=locked.enrolment_id,
        round=locked.round,
        supersedes=locked,
        course_key=locked.course_key,
        course_id=locked.course_id,
        course_revision_id=locked.course_revision_id,
        locale=locked.locale,
        holder_name_zh=staff.name_zh,
        holder_name_latin=staff.name_latin,
        staff_number=staff.staff_number,
        course_title=locked.course_title,
        course_title_zh=locked.course_title_zh,
        course_title_en=locked.course_title_en,
        level=locked.level,
        competencies=locked.competencies,
        hours=locked.hours,
        score=locked.score,
        completed_at=locked.completed_at,
        expires_on=locked.expires_on,
        issued_by=actor,
        template=template,
        design=template.design() if template else locked.design,
    )
    audit_log(
        actor=actor,
        action="certificate.reissue",
        target=replacement,
        summary=f"{replacement.formatted_code} replaces {locked.formatted_code}",
        data={"reason": reason.strip(), "supersedes": locked.code},
    )
    _enqueue_render(replacement.pk)
    # The replacement has a code of its own: systems that hold the old one hear of the new one.
    transaction.on_commit(
        partial(certificate_issued.send_robust, sender=Certificate, certificate=replacement)
    )
    return replacement


@dataclass(frozen=True)
class Recertification:
    enrolment: Enrolment
    assignment_id: int | None


@transaction.atomic
def certificate_recertify(
    *, certificate: Certificate, actor: User | None, due_date: dt.date | None = None
) -> Recertification:
    """Start recertification: the holder takes the course again for a new certificate.

    The enrolment starts a new round (progress is cleared; the old certificate keeps its record
    and stays valid until it expires). With a due date the course is also re-assigned, which
    needs an actor who manages the holder (or the system). Only the holder's current certificate
    for its course can be renewed, and only once per round.
    """
    locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if locked.status_on() not in {"valid", "expired"}:
        raise ValidationError(_("Only a valid or expired certificate can be renewed."))
    enrolment = Enrolment.objects.get(pk=locked.enrolment_id)
    if enrolment.round != locked.round:
        raise ValidationError(_("The course has already been started again for renewal."))
    enrolment_restart(enrolment=enrolment, actor=actor)
    assignment_id = None
    if due_date is not None:
        course = CoursePage.objects.live().filter(translation_key=locked.course_key)
        page = course.filter(pk=locked.course_id).first() or course.first()
        if page is None:
            raise ValidationError(_("The course is no longer published."))
        assignment = assignment_create(
            staff=enrolment.staff,
            course=page,
            due_date=due_date,
            reason=_("Recertification: certificate %(code)s expires on %(date)s.")
            % {
                "code": locked.formatted_code,
                "date": locked.expires_on.isoformat() if locked.expires_on else "-",
            },
            assigned_by=actor,
        )
        assignment_id = assignment.pk
    audit_log(
        actor=actor,
        action="certificate.recertify",
        target=locked,
        summary=f"{locked.formatted_code}: round {enrolment.round}",
        data={"assignment_id": assignment_id},
    )
    return Recertification(enrolment=enrolment, assignment_id=assignment_id)


# --- expiry reminders -------------------------------------------------------------------------


def reminder_days() -> tuple[int, ...]:
    days = getattr(settings, "MERIDIAN_CERTIFICATE_REMINDER_DAYS", (60, 30, 7))
    return tuple(sorted({int(day) for day in days if int(day) > 0}, reverse=True))


@dataclass(frozen=True)
class ReminderRun:
    sent: int
    failed: int


def certificate_expiry_reminders_send(*, today: dt.date | None = None) -> ReminderRun:
    """E-mail holders whose current certificate expires within a reminder stage (by default 60,
    30 and 7 days before); return what was sent.

    Guarantees: each certificate gets each stage at most once (a unique row per certificate and
    stage, written in the same transaction as the send); a certificate first seen inside several
    stages (issued late, or reminders switched on late) gets only the nearest one; revoked,
    superseded and already expired certificates, and holders who left, get none. A renewed
    certificate (a newer one for the same course) ends the reminders of the old one. The mail is
    in the language the course was completed in, with a link to the holder's certificates.
    """
    from .notifications import expiry_reminder_send  # e-mail composition lives there

    today = today or timezone.localdate()
    stages = reminder_days()
    if not stages:
        return ReminderRun(sent=0, failed=0)
    horizon = today + dt.timedelta(days=stages[0])
    renewed = Certificate.objects.filter(
        staff_id=OuterRef("staff_id"),
        course_key=OuterRef("course_key"),
        issued_at__gt=OuterRef("issued_at"),
        supersedes__isnull=True,
    )
    due = (
        Certificate.objects.current()
        .filter(expires_on__gte=today, expires_on__lte=horizon, staff__is_active=True)
        .exclude(Exists(renewed))
        .select_related("staff__user")
        .prefetch_related("expiry_reminders")
        .order_by("expires_on", "pk")
    )
    sent = failed = 0
    for certificate in due:
        days_left = (certificate.expires_on - today).days
        stage = min(day for day in stages if day >= days_left)
        already = {reminder.days_before for reminder in certificate.expiry_reminders.all()}
        if any(day <= stage for day in already):
            continue
        try:
            with transaction.atomic():
                ExpiryReminder.objects.create(certificate=certificate, days_before=stage)
                expiry_reminder_send(certificate=certificate, days_left=days_left)
        except IntegrityError:
            continue  # a concurrent run sent this stage
        except Exception:
            failed += 1
            logger.exception("Expiry reminder for certificate %s failed", certificate.pk)
            continue
        sent += 1
    return ReminderRun(sent=sent, failed=failed)
