"""Issuing, immutability, revocation, re-issue, recertification and expiry reminders."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from training.certificates import services
from training.certificates.models import (
    Certificate,
    CertificateTemplate,
    CertificateTemplateCourse,
    ExpiryReminder,
    ImmutableCertificate,
    Status,
)
from training.competencies.models import Competency
from training.people.models import AuditEntry
from training.progress.models import Enrolment, LessonProgress
from training.progress.services import lesson_complete


def audit(certificate: Certificate, action: str):
    return AuditEntry.objects.filter(
        action=action, target_type="certificates.certificate", target_id=str(certificate.pk)
    )


def test_completion_issues_one_certificate_with_everything_it_prints(org, course, complete):
    competency = Competency.objects.create(
        code="desk-en", area="languages", name_zh="服务台英语", name_en="Desk English"
    )
    course.zh.competency_outcomes.create(competency=competency, level=3)
    course.zh.save_revision().publish()

    certificate = complete(org.learner, course)

    assert Certificate.objects.filter(staff=org.learner).count() == 1
    assert certificate.holder_name_zh == "李赟"
    assert certificate.holder_name_latin == "LI Yun"
    assert certificate.staff_number == org.learner.staff_number
    assert certificate.locale == "zh-hans"
    assert certificate.course_title == "服务台英语"
    assert certificate.course_title_en == "English at the service desk"
    assert (
        certificate.course_revision_id
        == course.zh.__class__.objects.get(pk=course.zh.pk).live_revision_id
    )
    assert certificate.competencies == [
        {
            "code": "desk-en",
            "name_zh": "服务台英语",
            "name_en": "Desk English",
            "scale": "five",
            "level": 3,
        }
    ]
    assert certificate.hours == Decimal("1.0")  # 60 estimated minutes
    assert certificate.score is None  # the course has no quiz
    today = timezone.localdate()
    assert certificate.expires_on == services.expiry_date(today, 24)
    assert certificate.design["issuer_zh"] == "滨江大学图书馆"
    assert certificate.status == Status.VALID
    assert len(certificate.code) == 16
    assert audit(certificate, "certificate.issue").count() == 1


def test_the_english_completion_prints_the_english_title(org, course, complete):
    certificate = complete(org.learner, course, english=True)
    assert certificate.locale == "en"
    assert certificate.course_title == "English at the service desk"
    assert certificate.course_title_zh == "服务台英语"


def test_issue_is_idempotent(org, course, complete):
    certificate = complete(org.learner, course)
    enrolment = Enrolment.objects.get(pk=certificate.enrolment_id)
    again = services.certificate_issue(enrolment=enrolment)
    assert again.pk == certificate.pk
    assert services.certificates_issue_missing() == 0
    assert Certificate.objects.count() == 1


def test_unique_constraint_stands_behind_the_service(org, course, complete):
    certificate = complete(org.learner, course)
    duplicate = Certificate.objects.get(pk=certificate.pk)
    duplicate.pk = None
    duplicate._state.adding = True
    duplicate.code = "ABCDEFGHJKMNPQRS"
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_a_course_not_completed_gets_no_certificate(org, course):
    lesson_complete(staff=org.learner, lesson=course.lessons["one"])
    enrolment = Enrolment.objects.get(staff=org.learner)
    with pytest.raises(ValidationError):
        services.certificate_issue(enrolment=enrolment)
    assert not Certificate.objects.exists()


def test_missing_certificates_are_issued_by_the_daily_round(org, course):
    # Completion recorded while the receiver did not run (its on_commit callbacks are dropped).
    for lesson in course.lessons.values():
        lesson_complete(staff=org.learner, lesson=lesson)
    assert Enrolment.objects.get(staff=org.learner).completed_at is not None
    assert not Certificate.objects.exists()
    assert services.certificates_issue_missing() == 1
    assert services.certificates_issue_missing() == 0
    assert Certificate.objects.get().holder_name_latin == "LI Yun"


def test_issued_certificates_are_never_edited_or_deleted(org, course, complete):
    certificate = complete(org.learner, course)
    certificate.course_title = "Forged"
    with pytest.raises(ImmutableCertificate):
        certificate.save()
    with pytest.raises(ImmutableCertificate):
        certificate.save(update_fields=["course_title"])
    with pytest.raises(ImmutableCertificate):
        certificate.delete()
    assert Certificate.objects.get(pk=certificate.pk).course_title == "服务台英语"


def test_the_course_template_is_used_and_its_wording_is_copied(org, course, complete, template):
    special = CertificateTemplate.objects.create(name="Languages", title_en="Language Certificate")
    CertificateTemplateCourse.objects.create(template=special, course=course.en)
    certificate = complete(org.learner, course)
    assert certificate.template == special
    assert certificate.design["title_en"] == "Language Certificate"
    special.title_en = "Changed later"
    special.save()
    certificate.refresh_from_db()
    assert certificate.design["title_en"] == "Language Certificate"


def test_expiry_follows_the_course_validity_at_month_ends():
    assert services.expiry_date(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert services.expiry_date(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert services.expiry_date(dt.date(2026, 11, 25), 24) == dt.date(2028, 11, 25)
    assert services.expiry_date(dt.date(2026, 11, 25), None) is None


# --- revocation -------------------------------------------------------------------------------


def test_revocation_is_audited_and_final(org, course, complete):
    certificate = complete(org.learner, course)
    revocation = services.certificate_revoke(
        certificate=certificate, reason="Completed under another account", actor=org.hr.user
    )
    certificate = Certificate.objects.with_status_data().get(pk=certificate.pk)
    assert certificate.status == Status.REVOKED
    assert revocation.revoked_by == org.hr.user
    entry = audit(certificate, "certificate.revoke").get()
    assert entry.actor == org.hr.user
    assert entry.data["reason"] == "Completed under another account"
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=certificate, reason="again", actor=org.hr.user)
    assert audit(certificate, "certificate.revoke").count() == 1


@pytest.mark.parametrize("who", ["learner", "isss_manager", "editor"])
def test_only_hr_revokes(org, course, complete, who):
    certificate = complete(org.learner, course)
    with pytest.raises(PermissionDenied):
        services.certificate_revoke(
            certificate=certificate, reason="x", actor=getattr(org, who).user
        )
    assert Certificate.objects.get(pk=certificate.pk).status == Status.VALID


def test_revocation_needs_a_reason(org, course, complete):
    certificate = complete(org.learner, course)
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=certificate, reason="   ", actor=org.hr.user)
    assert not audit(certificate, "certificate.revoke").exists()


# --- re-issue ---------------------------------------------------------------------------------


def test_reissue_supersedes_with_the_corrected_name(org, course, complete):
    certificate = complete(org.learner, course)
    org.learner.name_latin = "LI Yun (corrected)"
    org.learner.save()
    replacement = services.certificate_reissue(
        certificate=certificate, reason="Name corrected", actor=org.hr.user
    )
    old = Certificate.objects.with_status_data().get(pk=certificate.pk)
    assert old.status == Status.SUPERSEDED
    assert old.holder_name_latin == "LI Yun"  # the old one is unchanged
    assert replacement.status == Status.VALID
    assert replacement.code != old.code
    assert replacement.holder_name_latin == "LI Yun (corrected)"
    assert (replacement.expires_on, replacement.hours, replacement.completed_at) == (
        old.expires_on,
        old.hours,
        old.completed_at,
    )
    assert replacement.supersedes == old
    with pytest.raises(ValidationError):
        services.certificate_reissue(certificate=old, reason="again", actor=org.hr.user)


def test_a_revoked_certificate_is_not_reissued(org, course, complete):
    certificate = complete(org.learner, course)
    services.certificate_revoke(certificate=certificate, reason="fraud", actor=org.hr.user)
    with pytest.raises(ValidationError):
        services.certificate_reissue(certificate=certificate, reason="x", actor=org.hr.user)
    assert Certificate.objects.count() == 1


# --- recertification --------------------------------------------------------------------------


def test_recertification_starts_a_new_round_and_issues_a_new_certificate(org, course, complete):
    first = complete(org.learner, course)
    result = services.certificate_recertify(
        certificate=first,
        actor=org.isss_manager.user,
        due_date=timezone.localdate() + dt.timedelta(days=30),
    )
    enrolment = Enrolment.objects.get(pk=first.enrolment_id)
    assert enrolment.round == 2
    assert enrolment.completed_at is None
    assert not LessonProgress.objects.filter(
        enrolment=enrolment, completed_at__isnull=False
    ).exists()
    assert result.assignment_id is not None
    assert Certificate.objects.get(pk=first.pk).status == Status.VALID  # until it expires

    second = complete(org.learner, course)
    assert second.pk != first.pk
    assert second.round == 2
    assert Certificate.objects.filter(staff=org.learner).count() == 2
    # The same round cannot be renewed twice.
    with pytest.raises(ValidationError):
        services.certificate_recertify(certificate=first, actor=org.learner.user)


def test_another_learner_cannot_recertify_someone_else(org, course, complete):
    certificate = complete(org.learner, course)
    with pytest.raises(PermissionDenied):
        services.certificate_recertify(certificate=certificate, actor=org.circ_staff.user)
    assert Enrolment.objects.get(pk=certificate.enrolment_id).round == 1


# --- expiry reminders -------------------------------------------------------------------------


def test_reminders_go_once_per_stage_in_the_holders_language(org, course, complete):
    certificate = complete(org.learner, course)
    expires = certificate.expires_on
    mail.outbox.clear()

    def run(days_before: int) -> int:
        return services.certificate_expiry_reminders_send(
            today=expires - dt.timedelta(days=days_before)
        ).sent

    assert run(61) == 0
    assert run(60) == 1
    assert run(59) == 0  # the 60-day stage went already
    assert run(45) == 0
    assert run(30) == 1
    assert run(30) == 0
    assert run(7) == 1
    assert run(3) == 0
    assert run(-1) == 0  # expired: no more reminders
    assert sorted(ExpiryReminder.objects.values_list("days_before", flat=True)) == [7, 30, 60]
    assert len(mail.outbox) == 3
    first = mail.outbox[0]
    assert first.to == [org.learner.user.email]
    assert "服务台英语" in first.subject and "60" in first.subject
    assert certificate.formatted_code in first.body
    assert "/me/certificates/" in first.body


def test_the_reminder_is_in_the_holders_e_mail_language(org, course, complete):
    org.learner.preferred_language = "en"
    org.learner.save()
    certificate = complete(org.learner, course)  # completed in Chinese
    mail.outbox.clear()
    services.certificate_expiry_reminders_send(today=certificate.expires_on - dt.timedelta(days=30))
    [message] = mail.outbox
    assert "English at the service desk" in message.subject
    assert "expires in 30 days" in message.subject


def test_a_late_start_sends_only_the_nearest_stage(org, course, complete):
    certificate = complete(org.learner, course)
    sent = services.certificate_expiry_reminders_send(
        today=certificate.expires_on - dt.timedelta(days=5)
    )
    assert sent.sent == 1
    assert list(ExpiryReminder.objects.values_list("days_before", flat=True)) == [7]


def test_revoked_and_renewed_certificates_get_no_reminder(org, course, complete):
    certificate = complete(org.learner, course)
    services.certificate_revoke(certificate=certificate, reason="fraud", actor=org.hr.user)
    assert (
        services.certificate_expiry_reminders_send(
            today=certificate.expires_on - dt.timedelta(days=30)
        ).sent
        == 0
    )


def test_a_renewed_certificate_gets_no_reminder(org, course, complete):
    first = complete(org.learner, course)
    services.certificate_recertify(certificate=first, actor=org.learner.user)
    with time_machine.travel(first.expires_on - dt.timedelta(days=90), tick=False):
        renewed = complete(org.learner, course)
    assert renewed.expires_on > first.expires_on
    day = first.expires_on - dt.timedelta(days=30)
    assert services.certificate_expiry_reminders_send(today=day).sent == 0
    assert not ExpiryReminder.objects.filter(certificate=first).exists()
    # The renewed one is reminded in its own time.
    day = renewed.expires_on - dt.timedelta(days=30)
    assert services.certificate_expiry_reminders_send(today=day).sent == 1


def test_reminder_days_are_configurable(org, course, complete, settings):
    settings.MERIDIAN_CERTIFICATE_REMINDER_DAYS = (14,)
    certificate = complete(org.learner, course)
    day = certificate.expires_on - dt.timedelta(days=30)
    assert services.certificate_expiry_reminders_send(today=day).sent == 0
    day = certificate.expires_on - dt.timedelta(days=14)
    assert services.certificate_expiry_reminders_send(today=day).sent == 1


def test_status_follows_the_clock(org, course, complete):
    certificate = complete(org.learner, course)
    with time_machine.travel(
        dt.datetime.combine(certificate.expires_on, dt.time(12), tzinfo=dt.UTC)
    ):
        assert Certificate.objects.get(pk=certificate.pk).status == Status.VALID
    later = certificate.expires_on + dt.timedelta(days=1)
    assert Certificate.objects.get(pk=certificate.pk).status_on(later) == Status.EXPIRED
    assert Certificate.objects.with_status(Status.EXPIRED, later).count() == 1
    assert Certificate.objects.with_status(Status.VALID, later).count() == 0
