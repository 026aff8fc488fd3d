"""A completed course is competency evidence until its certificate expires or is revoked."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from training.certificates import services
from training.competencies.models import Competency, Evidence
from training.competencies.selectors import levels_for
from training.people.models import JobRole
from training.progress.models import RoleCourse
from training.progress.recommendations import competency_profile


@pytest.fixture
def desk_english(db, course) -> Competency:
    competency = Competency.objects.create(
        code="desk-en", area="teamwork", name_zh="服务台英语", name_en="Desk English"
    )
    course.zh.competency_outcomes.create(competency=competency, level=3)
    course.zh.save_revision().publish()
    return competency


def level_on(staff, competency, day):
    found = levels_for([staff.pk], [competency], day=day).get((staff.pk, competency.pk))
    return found.level if found else None


def test_the_certificate_records_its_competencies_until_it_expires(
    org, course, complete, desk_english
):
    certificate = complete(org.learner, course)
    evidence = Evidence.objects.get(staff=org.learner, competency=desk_english)
    assert evidence.source == Evidence.Source.COURSE
    assert evidence.level == 3
    assert evidence.expires_on == certificate.expires_on
    assert evidence.source_ref == f"completion:{certificate.enrolment_id}:{certificate.round}"
    assert level_on(org.learner, desk_english, certificate.expires_on) == 3
    assert (
        level_on(org.learner, desk_english, certificate.expires_on + dt.timedelta(days=1)) is None
    )


def test_a_revoked_certificate_withdraws_its_evidence(org, course, complete, desk_english):
    certificate = complete(org.learner, course)
    services.certificate_revoke(certificate=certificate, reason="copied", actor=org.hr.user)
    evidence = Evidence.objects.get(staff=org.learner, competency=desk_english)
    assert evidence.withdrawn_at is not None
    assert "revoked" in evidence.withdrawn_reason
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    assert level_on(org.learner, desk_english, tomorrow) is None


def test_a_reissue_does_not_count_the_completion_twice(org, course, complete, desk_english):
    certificate = complete(org.learner, course)
    services.certificate_reissue(certificate=certificate, reason="name", actor=org.hr.user)
    assert Evidence.objects.filter(staff=org.learner, competency=desk_english).count() == 1


def test_the_profile_suggests_the_course_that_closes_the_gap_until_it_is_done(
    org, course, complete, desk_english
):
    role = JobRole.objects.create(code="desk", name_zh="服务台", name_en="Desk")
    role.competency_requirements.create(competency=desk_english, level=3)
    org.learner.job_role = role
    org.learner.save()

    before = competency_profile(staff=org.learner)
    assert [(row.competency.code, row.status) for row in before.rows] == [("desk-en", "missing")]
    assert [item.course.translation_key for item in before.suggestions] == [
        course.zh.translation_key
    ]
    assert before.suggestions[0].closes[0].competency_id == desk_english.pk

    certificate = complete(org.learner, course)
    after = competency_profile(staff=org.learner)
    assert [(row.current_label, row.status) for row in after.rows] == [("3", "meets")]
    assert after.gaps == [] and after.suggestions == []

    # Once the certificate has expired the gap is back, and so is the course.
    later = competency_profile(staff=org.learner, day=certificate.expires_on + dt.timedelta(days=1))
    assert [row.status for row in later.rows] == ["missing"]
    assert [item.course.translation_key for item in later.suggestions] == [
        course.zh.translation_key
    ]


def test_mandatory_courses_of_the_role_come_first_with_their_renewal(org, course, complete):
    role = JobRole.objects.create(code="desk", name_zh="服务台", name_en="Desk")
    RoleCourse.objects.create(
        job_role=role, course=course.zh, course_key=course.zh.translation_key, renew_every_months=12
    )
    org.learner.job_role = role
    org.learner.save()

    never = competency_profile(staff=org.learner)
    assert [(item.status, item.completed_on) for item in never.mandatory] == [("never", None)]
    assert never.suggestions[0].mandatory

    complete(org.learner, course)
    done = competency_profile(staff=org.learner)
    [status] = done.mandatory
    assert status.status == "done"
    assert status.renew_by == services.expiry_date(status.completed_on, 12)
    assert done.suggestions == []
    due = competency_profile(staff=org.learner, day=status.renew_by - dt.timedelta(days=10))
    assert due.mandatory[0].status == "due" and due.suggestions[0].due == status.renew_by
    overdue = competency_profile(staff=org.learner, day=status.renew_by + dt.timedelta(days=1))
    assert overdue.mandatory[0].status == "overdue"


def test_the_profile_takes_a_fixed_number_of_queries(
    org, course, complete, desk_english, django_assert_max_num_queries
):
    role = JobRole.objects.create(code="desk", name_zh="服务台", name_en="Desk")
    role.competency_requirements.create(competency=desk_english, level=4)
    org.learner.job_role = role
    org.learner.save()
    with django_assert_max_num_queries(10):
        competency_profile(staff=org.learner)
    complete(org.learner, course)
    for index in range(20):
        Evidence.objects.create(
            staff=org.learner,
            competency=desk_english,
            level=2,
            source=Evidence.Source.QUIZ,
            source_ref=f"attempt:{index}",
            recorded_at=timezone.now() - dt.timedelta(days=1),
        )
    with django_assert_max_num_queries(10):
        profile = competency_profile(staff=org.learner)
    assert profile.rows[0].status == "below"


def test_a_revoked_completion_is_suggested_again(org, course, complete, desk_english):
    role = JobRole.objects.create(code="desk", name_zh="服务台", name_en="Desk")
    role.competency_requirements.create(competency=desk_english, level=3)
    org.learner.job_role = role
    org.learner.save()
    certificate = complete(org.learner, course)
    assert competency_profile(staff=org.learner).suggestions == []
    services.certificate_revoke(certificate=certificate, reason="copied", actor=org.hr.user)
    profile = competency_profile(staff=org.learner)
    assert [row.status for row in profile.rows] == ["missing"]
    assert [item.course.translation_key for item in profile.suggestions] == [
        course.zh.translation_key
    ]
