"""The demo's competency framework, role requirements, staff records and assignments
(courses/demo/competencies.py and training/reports/demo.py, loaded by `manage.py load_demo`)."""

import datetime as dt
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from courses.demo.competencies import DESCRIPTORS, load_competencies
from training.competencies import rules
from training.competencies.levels import SKILLS, cefr_rank
from training.competencies.models import Competency, Evidence, LevelDescriptor, RoleRequirement
from training.competencies.selectors import framework, levels_for, requirements_by_role
from training.people import policies
from training.people.models import AuditEntry, JobRole, StaffProfile
from training.progress.models import Assignment, Enrolment, RoleCourse
from training.progress.recommendations import competency_profile
from training.reports.demo import load_competency_demo

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

CJK = re.compile(r"[\u4e00-\u9fff]")


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo", force=True, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """The demo, loaded once for this module and rolled back after it (each test runs in a
    savepoint within it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def staff(number: str) -> StaffProfile:
    return StaffProfile.objects.select_related("job_role").get(staff_number=number)


def gaps_by_staff() -> dict[str, list[rules.Gap]]:
    """Every active staff member's gaps against their role today, by staff number."""
    people = list(StaffProfile.objects.filter(is_active=True, job_role__isnull=False))
    levels = levels_for([p.pk for p in people], framework())
    requirements = requirements_by_role()
    found = {}
    for person in people:
        mine = {cid: level for (sid, cid), level in levels.items() if sid == person.pk}
        found[person.staff_number] = rules.gaps(requirements[person.job_role_id], mine)
    return found


def test_the_framework_covers_every_theme_with_bilingual_level_descriptors(demo):
    competencies = list(framework())
    five_level = [c for c in competencies if not c.is_language]
    assert 14 <= len(five_level) <= 20
    assert {c.area for c in five_level} == {
        "cultural",
        "international",
        "technology",
        "resources",
        "teamwork",
    }
    for competency in five_level:
        descriptors = {d.level: d for d in competency.descriptors.all()}
        assert sorted(descriptors) == [1, 2, 3, 4, 5], competency.code
        for descriptor in descriptors.values():
            assert CJK.search(descriptor.text_zh), (competency.code, descriptor.level)
            assert not CJK.search(descriptor.text_en), (competency.code, descriptor.level)
            assert len(descriptor.text_en) > 60  # a behaviour, not a label
        assert CJK.search(competency.name_zh) and competency.name_en
        assert CJK.search(competency.description) and "\n" in competency.description
    # Each level says something different.
    texts = [d.text_en for c in five_level for d in c.descriptors.all()]
    assert len(set(texts)) == len(texts)


def test_one_cefr_competency_per_language_the_staff_speak(demo):
    languages = {c.language.code: c for c in framework() if c.is_language}
    assert {"en", "ja", "ko", "ru", "fr"} <= set(languages)
    spoken = set(
        StaffProfile.objects.filter(is_active=True).values_list("languages__code", flat=True)
    )
    assert spoken - set(languages) <= {"zh", "yue"}  # Chinese is not a foreign language
    for competency in languages.values():
        assert competency.scale == "cefr"
        assert competency.area == "languages"
        assert not competency.descriptors.exists()


def test_the_course_outcome_competencies_are_kept(demo):
    codes = set(Competency.objects.values_list("code", flat=True))
    assert {
        "lang-en",
        "lang-ja",
        "cross-cultural",
        "intl-ill",
        "visiting-scholar",
        "intl-databases",
    } <= codes


def test_every_role_has_requirements_on_the_competencys_scale(demo):
    for role in JobRole.objects.prefetch_related("competency_requirements__competency"):
        requirements = list(role.competency_requirements.all())
        assert requirements, role.code
        for requirement in requirements:
            requirement.full_clean()
    isss = {
        (r.competency.code, r.skill): r.level
        for r in RoleRequirement.objects.filter(job_role__code="isss-librarian")
    }
    assert isss[("lang-en", "interaction")] == cefr_rank("C1")
    assert isss[("cross-cultural", "")] == 4
    assert isss[("visiting-scholar", "")] == 4
    circ = {
        (r.competency.code, r.skill): r.level
        for r in RoleRequirement.objects.filter(job_role__code="circ-assistant")
    }
    assert circ[("lang-en", "interaction")] == cefr_rank("B1")
    assert circ[("cross-cultural", "")] == 2


def test_roles_have_mandatory_courses_some_to_renew(demo):
    role_courses = RoleCourse.objects.select_related("job_role", "course")
    by_role = {}
    for item in role_courses:
        by_role.setdefault(item.job_role.code, []).append(item)
        assert item.course_key == item.course.translation_key
    assert {"circ-assistant", "isss-librarian", "ill-specialist"} <= set(by_role)
    assert any(item.renew_every_months for item in role_courses)
    assert any(item.renew_every_months is None for item in role_courses)


def test_some_staff_meet_their_role_and_some_do_not(demo):
    gaps = gaps_by_staff()
    meeting = {number for number, found in gaps.items() if not found}
    assert len(meeting) >= 8
    assert len(gaps) - len(meeting) >= 15
    assert {"BJL0015", "BJL0019"} <= meeting  # DENG Xinyi and CHEN Jun, ISSS
    statuses = {gap.status for found in gaps.values() for gap in found}
    assert statuses == {rules.Status.BELOW, rules.Status.MISSING}


def test_an_expired_certificate_leaves_a_gap(demo):
    huang = staff("BJL0031")
    today = timezone.localdate()
    english = Competency.objects.get(code="lang-en")
    expired = Evidence.objects.filter(staff=huang, competency=english, expires_on__lt=today)
    assert expired.exists()
    in_force = Evidence.objects.in_force(today).verified()
    assert not in_force.filter(staff=huang, competency=english).exists()
    assert any(
        gap.competency_id == english.pk and gap.status == rules.Status.MISSING
        for gap in gaps_by_staff()["BJL0031"]
    )
    assert Evidence.objects.filter(expires_on__lt=today, source="course").count() >= 5


def test_a_manager_lowered_a_level_with_a_note(demo):
    ma = staff("BJL0035")
    competency = Competency.objects.get(code="cross-cultural")
    assessments = list(
        Evidence.objects.filter(staff=ma, competency=competency, source="manager").order_by(
            "recorded_at"
        )
    )
    assert [a.level for a in assessments] == [4, 3]
    assert "Saudi" in assessments[-1].note
    level = levels_for([ma.pk], [competency])[ma.pk, competency.pk]
    assert level.level == 3


def test_manager_assessments_come_from_the_staff_members_manager(demo):
    assessments = Evidence.objects.filter(source="manager").select_related("staff", "recorded_by")
    assert assessments.count() > 100
    for evidence in assessments:
        assert evidence.note
        assert policies.can_manage_staff(evidence.recorded_by, evidence.staff)
        assert evidence.recorded_by != evidence.staff.user


def test_self_assessments_some_higher_some_lower_than_verified(demo):
    today = timezone.localdate()
    people = StaffProfile.objects.filter(competency_evidence__source="self").distinct()
    languages = [c for c in framework() if c.is_language]
    levels = levels_for(people, languages, day=today)
    higher = lower = 0
    for level in levels.values():
        for skill, own in level.self_assessed.items():
            verified = level.for_skill(skill)
            if verified is None:
                continue
            higher += own > verified
            lower += own < verified
    assert higher >= 5
    assert lower >= 3
    # Self-assessments are of the five skills, recorded by the person themself.
    for evidence in Evidence.objects.filter(source="self").select_related("staff"):
        assert evidence.skill in SKILLS
        assert evidence.recorded_by_id == evidence.staff.user_id


@pytest.mark.parametrize(
    ("code", "level", "who"),
    [
        ("ja", "B2", "BJL0013"),  # GAO Mingzhe
        ("ko", "C1", "BJL0027"),  # LIN Yue
        ("ru", "C1", "BJL0019"),  # CHEN Jun
        ("fr", "C1", "BJL0018"),  # XU Yi
    ],
)
def test_someone_can_serve_in_each_language(demo, code, level, who):
    competency = Competency.objects.get(language__code=code)
    people = StaffProfile.objects.filter(is_active=True)
    levels = levels_for(people, [competency])
    speakers = {
        sid
        for (sid, _cid), found in levels.items()
        if (found.for_skill("interaction") or 0) >= cefr_rank(level)
    }
    assert staff(who).pk in speakers
    some = {sid for (sid, _cid), found in levels.items() if found.level}
    assert len(some) >= 2


def test_open_assignments_overdue_due_soon_and_later(demo):
    today = timezone.localdate()
    open_ = Assignment.objects.filter(closed_at__isnull=True).select_related("staff", "assigned_by")
    overdue = [a for a in open_ if a.due_date < today]
    soon = [a for a in open_ if today <= a.due_date <= today + dt.timedelta(days=7)]
    later = [a for a in open_ if a.due_date > today + dt.timedelta(days=7)]
    assert len(overdue) >= 3
    assert len(soon) >= 3
    assert len(later) >= 3
    for assignment in open_:
        assert assignment.reason
        assert policies.can_manage_staff(assignment.assigned_by, assignment.staff)
        assert not Enrolment.objects.filter(
            staff=assignment.staff,
            course_key=assignment.course_key,
            completed_at__isnull=False,
        ).exists()
        assert assignment.created_at.date() <= today


def test_the_learner_has_a_couple_of_gaps_and_suggestions(demo):
    learner = StaffProfile.objects.get(user__username="learner")
    profile = competency_profile(staff=learner)
    assert 2 <= len(profile.gaps) <= 4
    closing = [s for s in profile.suggestions if s.closes]
    assert closing, "a course closes one of the learner's gaps"
    assert any(s.mandatory for s in profile.suggestions)
    assert Assignment.objects.filter(staff=learner, closed_at__isnull=True).count() >= 2
    # Her self-assessed spoken English is above what her manager verified.
    english = Competency.objects.get(code="lang-en")
    level = profile.levels[english.pk]
    assert level.self_assessed["interaction"] > level.for_skill("interaction")


def test_a_second_load_creates_nothing(demo):
    models = (
        Competency,
        LevelDescriptor,
        RoleRequirement,
        RoleCourse,
        Evidence,
        Assignment,
        AuditEntry,
    )
    before = {model.__name__: model.objects.count() for model in models}
    output = load_demo()
    assert "Competency demo: nothing new." in output
    assert {model.__name__: model.objects.count() for model in models} == before


def test_edited_requirements_are_kept_and_missing_descriptors_filled_in(demo):
    role = JobRole.objects.get(code="stacks-assistant")
    role.competency_requirements.exclude(competency__code="lang-en").delete()
    kept = set(role.competency_requirements.values_list("pk", flat=True))
    competency = Competency.objects.get(code="remote-access")
    LevelDescriptor.objects.filter(competency=competency).delete()

    load_competencies()
    load_competency_demo()

    assert set(role.competency_requirements.values_list("pk", flat=True)) == kept
    assert [d.level for d in competency.descriptors.all()] == [1, 2, 3, 4, 5]
    assert competency.descriptors.get(level=3).text_en == DESCRIPTORS["remote-access"][2][1]
