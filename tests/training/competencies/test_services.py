"""Writes to staff competency records: manager's assessments, self-assessments, withdrawal."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from training.competencies import services
from training.competencies.models import Competency, Evidence, RoleRequirement
from training.competencies.selectors import levels_for, requirements_by_role
from training.people.models import AuditEntry, JobRole, Language


@pytest.fixture
def english(db) -> Competency:
    language, _ = Language.objects.get_or_create(
        code="en", defaults={"name_zh": "英语", "name_en": "English"}
    )
    return Competency.objects.create(
        code="lang-en",
        area="languages",
        scale="cefr",
        language=language,
        name_zh="英语",
        name_en="English",
    )


@pytest.fixture
def culture(db) -> Competency:
    return Competency.objects.create(
        code="culture", area="cultural", name_zh="跨文化沟通", name_en="Cross-cultural"
    )


def level(staff, competency):
    found = levels_for([staff.pk], [competency]).get((staff.pk, competency.pk))
    return found


def test_a_manager_assesses_their_staff_with_a_note(org, culture):
    evidence = services.competency_assess(
        staff=org.learner,
        competency=culture,
        level=3,
        note="Handled the visiting delegation",
        actor=org.isss_manager.user,
    )
    assert evidence.source == Evidence.Source.MANAGER
    assert evidence.recorded_by == org.isss_manager.user
    assert evidence.note == "Handled the visiting delegation"
    assert level(org.learner, culture).level == 3
    assert AuditEntry.objects.filter(action="competency.evidence", actor=org.isss_manager.user)


def test_a_manager_of_another_department_may_not_assess(org, culture):
    with pytest.raises(PermissionDenied):
        services.competency_assess(
            staff=org.learner, competency=culture, level=3, note="x", actor=org.circ_manager.user
        )
    with pytest.raises(PermissionDenied):
        services.competency_assess(
            staff=org.learner, competency=culture, level=3, note="x", actor=org.learner.user
        )
    assert not Evidence.objects.exists()


@pytest.mark.parametrize(
    ("level_value", "skill", "note"),
    [(6, "", "ok"), (0, "", "ok"), (3, "", "   "), (3, "reading", "ok")],
)
def test_bad_assessments_change_nothing(org, culture, level_value, skill, note):
    with pytest.raises(ValidationError):
        services.competency_assess(
            staff=org.learner,
            competency=culture,
            level=level_value,
            note=note,
            skill=skill,
            actor=org.isss_manager.user,
        )
    assert not Evidence.objects.exists()


def test_an_assessment_lowers_a_level_earlier_evidence_showed(org, english):
    services.evidence_record(
        staff=org.learner,
        competency=english,
        level=5,
        source=Evidence.Source.QUIZ,
        source_ref="attempt:1",
        recorded_at=timezone.now() - dt.timedelta(days=30),
    )
    assert level(org.learner, english).level == 5
    services.competency_assess(
        staff=org.learner,
        competency=english,
        level=3,
        skill="interaction",
        note="Struggles on the phone",
        actor=org.isss_manager.user,
    )
    result = level(org.learner, english)
    assert result.skills["interaction"] == 3
    assert result.skills["reading"] == 5
    assert result.level == 3


def test_a_self_assessment_is_kept_beside_the_verified_level(org, english):
    services.evidence_record(
        staff=org.learner,
        competency=english,
        level=3,
        source=Evidence.Source.COURSE,
        source_ref="completion:1:1",
    )
    services.self_assess(
        staff=org.learner,
        competency=english,
        actor=org.learner.user,
        levels={"listening": 5, "reading": 5, "interaction": 4, "production": 4, "writing": 2},
    )
    result = level(org.learner, english)
    assert result.level == 3
    assert result.self_assessed == {
        "listening": 5,
        "reading": 5,
        "interaction": 4,
        "production": 4,
        "writing": 2,
    }


def test_only_the_staff_member_self_assesses_and_only_a_language(org, english, culture):
    with pytest.raises(PermissionDenied):
        services.self_assess(
            staff=org.learner,
            competency=english,
            levels={"reading": 3},
            actor=org.isss_manager.user,
        )
    with pytest.raises(ValidationError):
        services.self_assess(
            staff=org.learner, competency=culture, levels={"reading": 3}, actor=org.learner.user
        )
    with pytest.raises(ValidationError):
        services.self_assess(
            staff=org.learner, competency=english, levels={"singing": 3}, actor=org.learner.user
        )
    with pytest.raises(ValidationError):  # 7 is off the CEFR scale: nothing of the form is kept
        services.self_assess(
            staff=org.learner,
            competency=english,
            levels={"reading": 3, "writing": 7},
            actor=org.learner.user,
        )
    assert not Evidence.objects.exists()


def test_withdrawing_is_once_and_keeps_the_row(org, culture):
    services.evidence_record(
        staff=org.learner,
        competency=culture,
        level=2,
        source=Evidence.Source.COURSE,
        source_ref="completion:9:1",
    )
    assert (
        services.evidence_withdraw(
            source="course", source_ref="completion:9:1", reason="revoked", actor=None
        )
        == 1
    )
    assert (
        services.evidence_withdraw(
            source="course", source_ref="completion:9:1", reason="again", actor=None
        )
        == 0
    )
    row = Evidence.objects.get()
    assert row.withdrawn_reason == "revoked"
    assert level(org.learner, culture) is None


def test_role_requirements_by_editors_and_hr_only(org, english):
    role = JobRole.objects.create(code="isss", name_zh="国际学生服务馆员", name_en="ISSS Librarian")
    requirement = services.role_requirement_save(
        requirement=RoleRequirement(
            job_role=role, competency=english, skill="interaction", level=5
        ),
        actor=org.hr.user,
    )
    assert requirements_by_role([role.pk])[role.pk][0].skill == "interaction"
    with pytest.raises(PermissionDenied):
        services.role_requirement_save(
            requirement=RoleRequirement(job_role=role, competency=english, level=3),
            actor=org.isss_manager.user,
        )
    with pytest.raises(ValidationError):  # C2 is 6: 7 is off the scale
        services.role_requirement_save(
            requirement=RoleRequirement(
                job_role=role, competency=english, skill="reading", level=7
            ),
            actor=org.editor.user,
        )
    assert RoleRequirement.objects.get() == requirement
