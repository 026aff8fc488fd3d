"""Certificates to test with: courses completed by the staff of the `org` fixture.

`complete(staff, built_course)` completes every required lesson as the learner would and returns
the certificate that the completion issued (the receiver runs after commit, as in production).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.utils import translation

from tests.training.progress.conftest import Courses
from training.certificates.models import Certificate, CertificateTemplate
from training.progress.services import lesson_complete


@pytest.fixture(autouse=True)
def default_language():
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def courses(db) -> Courses:
    return Courses()


@pytest.fixture
def template(db) -> CertificateTemplate:
    return CertificateTemplate.objects.create(
        name="Library default",
        is_default=True,
        issuer_zh="滨江大学图书馆",
        issuer_en="Binjiang University Library",
        signatory_name_zh="钱琤",
        signatory_name_en="QIAN Cheng",
        signatory_title_zh="馆长",
        signatory_title_en="University Librarian",
    )


@pytest.fixture
def course(courses) -> SimpleNamespace:
    built = courses.course(
        "english-desk",
        lessons=("one", "two"),
        title_zh="服务台英语",
        title_en="English at the service desk",
    )
    built.zh.certificate_validity_months = 24
    built.zh.cefr_level = ""
    built.zh.save_revision().publish()
    built.zh.refresh_from_db()
    return built


@pytest.fixture
def complete(django_capture_on_commit_callbacks, template):
    def run(staff, built, *, english: bool = False) -> Certificate:
        lessons = built.lessons_en if english else built.lessons
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in lessons.values():
                if lesson.required:
                    lesson_complete(staff=staff, lesson=lesson)
        return Certificate.objects.filter(staff=staff, course_key=built.zh.translation_key).latest(
            "issued_at"
        )

    return run
