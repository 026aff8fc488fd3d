"""Issuing under concurrency, on real transactions and threads (see the assessments' concurrency
tests for how SQLite is put on a file so that it can have concurrent writers)."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tests.assessments.test_concurrency import database_file, together  # noqa: F401
from training.certificates import services
from training.certificates.models import Certificate, CertificateTemplate
from training.people.models import AuditEntry
from training.progress.models import Enrolment
from training.progress.services import enrolment_start, lesson_complete

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def template_row(transactional_db):
    return CertificateTemplate.objects.create(name="Default", is_default=True)


def test_concurrent_issue_gives_one_certificate(org, course, template_row):
    enrolment = enrolment_start(staff=org.learner, course=course.zh)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        completed_at=timezone.now(), completed_locale="zh-hans"
    )

    results, errors = together(
        lambda: services.certificate_issue(enrolment=Enrolment.objects.get(pk=enrolment.pk))
    )

    assert errors == []
    assert len({certificate.pk for certificate in results}) == 1
    assert Certificate.objects.count() == 1
    assert AuditEntry.objects.filter(action="certificate.issue").count() == 1


def test_concurrent_completion_of_the_last_lesson_issues_once(org, course, template_row):
    lesson_complete(staff=org.learner, lesson=course.lessons["one"])
    last = course.lessons["two"]

    results, errors = together(lambda: lesson_complete(staff=org.learner, lesson=last))

    assert errors == []
    assert sum(result.course_completed_now for result in results) == 1
    certificate = Certificate.objects.get()  # issued by the receiver, after the commit
    assert certificate.staff == org.learner
    assert certificate.round == 1
