"""Demo certificates: two templates, and certificates for demo staff who passed the quizzes,
dated over the last years so that the demo shows valid, expiring, expired, revoked and
re-issued certificates. Creates only what is missing (safe to run on every `make run`)."""

from __future__ import annotations

import random
from datetime import timedelta

from django.contrib.auth.models import User
from django.utils import timezone
from wagtail.models import Locale

from assessments.models import Attempt, QuizPage
from courses.models import CoursePage, LessonPage, Topic
from training.people.models import StaffProfile
from training.progress.models import Enrolment
from training.progress.services import lesson_complete

from . import services
from .models import Certificate, CertificateTemplate, CertificateTemplateCourse

SEED = 20261125
DEFAULT_TEMPLATE = "滨江大学图书馆 · 标准证书 / Library standard"
LANGUAGE_TEMPLATE = "语言课程证书 / Language programme"


def load_templates() -> tuple[CertificateTemplate, CertificateTemplate]:
    default, _ = CertificateTemplate.objects.get_or_create(
        name=DEFAULT_TEMPLATE,
        defaults={
            "is_default": not CertificateTemplate.objects.filter(is_default=True).exists(),
            "layout": "classic",
            "accent_colour": "#8a1c2b",
            "issuer_zh": "滨江大学图书馆",
            "issuer_en": "Binjiang University Library",
            "signatory_name_zh": "钱琤",
            "signatory_name_en": "QIAN Cheng",
            "signatory_title_zh": "图书馆馆长",
            "signatory_title_en": "University Librarian",
            "footer_zh": "本证书用于员工培训记录与年度考核。",
            "footer_en": "Issued for the staff training record and the annual appraisal.",
        },
    )
    language, created = CertificateTemplate.objects.get_or_create(
        name=LANGUAGE_TEMPLATE,
        defaults={
            "layout": "modern",
            "accent_colour": "#1d4f91",
            "title_zh": "语言能力培训证书",
            "title_en": "Language Training Certificate",
            "statement_zh": "兹证明以上人员已完成下列语言培训课程并通过考核，达到所示等级。",
            "statement_en": (
                "has completed the language course below and passed its assessment at the "
                "level shown."
            ),
            "issuer_zh": "滨江大学图书馆",
            "issuer_en": "Binjiang University Library",
            "signatory_name_zh": "孙玥",
            "signatory_name_en": "SUN Yue",
            "signatory_title_zh": "国际服务部主任",
            "signatory_title_en": "Head of International Services",
        },
    )
    if created:
        zh = Locale.objects.get(language_code="zh-hans")
        for course in CoursePage.objects.filter(topic=Topic.LANGUAGES, locale=zh):
            CertificateTemplateCourse.objects.get_or_create(template=language, course=course)
    return default, language


def _completion_offsets(validity_months: int | None, rng: random.Random) -> int:
    """How many days ago a demo completion happened: mostly recent, some close to expiry."""
    span = (validity_months or 24) * 30
    return rng.choice(
        [rng.randint(5, 200), rng.randint(200, span - 70), span - rng.randint(5, 55), span + 20]
    )


def load_certificates(*, stdout=None) -> int:
    """Complete courses for the demo staff who passed their quizzes and issue the certificates."""
    load_templates()
    if Certificate.objects.exists():
        return services.certificates_issue_missing()
    rng = random.Random(SEED)  # noqa: S311 demo data, reproducible on purpose
    zh = Locale.objects.get(language_code="zh-hans")
    now = timezone.now()
    learner = User.objects.filter(username="learner").first()
    issued: list[Certificate] = []
    for course in CoursePage.objects.live().filter(locale=zh).order_by("path"):
        lessons = list(LessonPage.objects.live().child_of(course).filter(required=True))
        quiz_keys = set(
            QuizPage.objects.live()
            .child_of(course)
            .filter(required=True)
            .values_list("translation_key", flat=True)
        )
        passed: dict[int, set] = {}
        for staff_id, key in Attempt.objects.filter(
            quiz_key__in=quiz_keys, passed=True, staff__is_active=True
        ).values_list("staff_id", "quiz_key"):
            passed.setdefault(staff_id, set()).add(key)
        people = sorted(staff_id for staff_id, keys in passed.items() if keys >= quiz_keys)
        for staff_id in people:
            is_learner = learner is not None and learner.staff_profile.pk == staff_id
            if not is_learner and rng.random() > 0.7:
                continue
            staff = StaffProfile.objects.get(pk=staff_id)
            for lesson in lessons:
                lesson_complete(staff=staff, lesson=lesson)
            enrolment = Enrolment.objects.get(staff=staff, course_key=course.translation_key)
            if enrolment.completed_at is None:
                continue
            if is_learner:  # the demo learner's first certificate is due for renewal
                learner_first = not Certificate.objects.filter(staff=staff).exists()
                days = (course.certificate_validity_months or 24) * 30 - 40 if learner_first else 30
            else:
                days = _completion_offsets(course.certificate_validity_months, rng)
            completed_at = now - timedelta(days=days, hours=rng.randint(1, 9))
            Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=completed_at)
            enrolment.refresh_from_db()
            issued.append(services.certificate_issue(enrolment=enrolment, issued_at=completed_at))
    hr = User.objects.filter(username="hr").first()
    others = [c for c in issued if learner is None or c.staff.user_id != learner.pk]
    if hr is not None and len(others) >= 2:
        services.certificate_revoke(
            certificate=others[0],
            reason=(
                "演示：测验由他人代答，经部门核实后撤销。Demo: the quiz was taken by someone else."
            ),
            actor=hr,
        )
        services.certificate_reissue(
            certificate=others[1],
            reason=(
                "演示：证书上的拼音姓名更正。Demo: the Latin spelling of the name was corrected."
            ),
            actor=hr,
        )
    if stdout is not None:
        stdout.write(f"Certificates: {len(issued)} issued for demo completions.")
    return len(issued)
