"""A competency framework, job roles with requirements and staff evidence for the team pages.

On top of the `org` fixture (tests/conftest.py):

- competencies: English and Japanese (CEFR), intercultural communication and international
  interlibrary loan (levels 1-5);
- job roles: "desk" (English spoken interaction B1 and reading A2, intercultural 2) held by
  LI Yun, SUN Yue and QIAN Sheng; "isss-librarian" (English B2 in every skill, intercultural 3,
  interlibrary loan 2) held by ZHANG Zhe;
- evidence: LI Yun has an English course at B1 and a manager's intercultural 2 (meets all), and
  rates herself C1 in English and B2 in Japanese; SUN Yue passed an English quiz at A2 (below)
  and holds an EXPIRED English certificate at B2 (not counted), nothing intercultural (missing);
  ZHANG Zhe has an English course at B2 (meets), interlibrary loan 1 (below), nothing
  intercultural (missing); QIAN Sheng (another department) has a manager's English B2.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.utils import timezone, translation

from tests.training.progress.conftest import Courses
from training.certificates.models import Certificate, CertificateTemplate
from training.competencies.levels import Scale, Skill
from training.competencies.models import Area, Competency, RoleRequirement
from training.competencies.services import (
    competency_assess,
    competency_save,
    evidence_record,
    role_requirement_save,
    self_assess,
)
from training.people.models import JobRole, Language, StaffProfile
from training.progress.services import lesson_complete

A2, B1, B2, C1 = 2, 3, 4, 5


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language (a request under /en/ leaves English active)."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


def _competency(code, area, scale, name_zh, name_en, language=None) -> Competency:
    return competency_save(
        competency=Competency(
            code=code,
            area=area,
            scale=scale,
            name_zh=name_zh,
            name_en=name_en,
            language=Language.objects.get(code=language) if language else None,
        )
    )


def _require(role, competency, level, skill="") -> RoleRequirement:
    return role_requirement_save(
        requirement=RoleRequirement(job_role=role, competency=competency, level=level, skill=skill),
        actor=None,
    )


@pytest.fixture
def framework(db) -> SimpleNamespace:
    english = _competency("english", Area.LANGUAGES, Scale.CEFR, "英语", "English", "en")
    japanese = _competency("japanese", Area.LANGUAGES, Scale.CEFR, "日语", "Japanese", "ja")
    intercultural = _competency(
        "intercultural", Area.CULTURAL, Scale.FIVE, "跨文化沟通", "Intercultural communication"
    )
    ill = _competency(
        "intl-ill",
        Area.INTERNATIONAL,
        Scale.FIVE,
        "国际馆际互借",
        "International interlibrary loan",
    )
    desk = JobRole.objects.create(code="desk", name_zh="服务台馆员", name_en="Desk librarian")
    librarian = JobRole.objects.create(
        code="isss-librarian", name_zh="国际学生服务馆员", name_en="ISSS librarian"
    )
    _require(desk, english, B1, Skill.INTERACTION)
    _require(desk, english, A2, Skill.READING)
    _require(desk, intercultural, 2)
    _require(librarian, english, B2)
    _require(librarian, intercultural, 3)
    _require(librarian, ill, 2)
    return SimpleNamespace(
        english=english,
        japanese=japanese,
        intercultural=intercultural,
        ill=ill,
        desk=desk,
        librarian=librarian,
    )


def give_role(role: JobRole, *staff: StaffProfile) -> None:
    StaffProfile.objects.filter(pk__in=[person.pk for person in staff]).update(job_role=role)
    for person in staff:
        person.refresh_from_db()


@pytest.fixture
def team(org, framework) -> SimpleNamespace:
    f = framework
    give_role(f.desk, org.learner, org.visiting, org.circ_staff)
    give_role(f.librarian, org.isss_manager)
    now = timezone.now()
    today = timezone.localdate()
    ten_days_ago = now - dt.timedelta(days=10)

    # LI Yun: meets everything the desk role asks.
    evidence_record(
        staff=org.learner,
        competency=f.english,
        level=B1,
        source="course",
        source_ref="certificate:li-english",
        recorded_at=ten_days_ago,
        expires_on=today + dt.timedelta(days=300),
    )
    competency_assess(
        staff=org.learner,
        competency=f.intercultural,
        level=2,
        note="Handles visiting scholars well.",
        actor=org.isss_manager.user,
    )
    self_assess(
        staff=org.learner,
        competency=f.english,
        levels=dict.fromkeys(
            (Skill.LISTENING, Skill.READING, Skill.INTERACTION, Skill.PRODUCTION, Skill.WRITING),
            C1,
        ),
        actor=org.learner.user,
    )
    self_assess(
        staff=org.learner,
        competency=f.japanese,
        levels=dict.fromkeys(
            (Skill.LISTENING, Skill.READING, Skill.INTERACTION, Skill.PRODUCTION, Skill.WRITING),
            B2,
        ),
        actor=org.learner.user,
    )

    # SUN Yue: a quiz at A2 counts; the B2 certificate expired yesterday and does not.
    evidence_record(
        staff=org.visiting,
        competency=f.english,
        level=A2,
        source="quiz",
        source_ref="attempt:sun-1",
        recorded_at=ten_days_ago,
    )
    evidence_record(
        staff=org.visiting,
        competency=f.english,
        level=B2,
        source="course",
        source_ref="certificate:sun-old",
        recorded_at=now - dt.timedelta(days=800),
        expires_on=today - dt.timedelta(days=1),
    )

    # ZHANG Zhe: English meets B2, interlibrary loan below, intercultural missing.
    evidence_record(
        staff=org.isss_manager,
        competency=f.english,
        level=B2,
        source="course",
        source_ref="certificate:zhang-english",
        recorded_at=ten_days_ago,
    )
    evidence_record(
        staff=org.isss_manager,
        competency=f.ill,
        level=1,
        source="quiz",
        source_ref="attempt:zhang-ill",
        recorded_at=ten_days_ago,
    )

    # QIAN Sheng (Circulation): another department, English B2 by his manager.
    competency_assess(
        staff=org.circ_staff,
        competency=f.english,
        level=B2,
        note="Fluent at the desk.",
        actor=org.circ_manager.user,
    )
    return SimpleNamespace(org=org, framework=f)


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
    )


@pytest.fixture
def complete(django_capture_on_commit_callbacks, template):
    """Complete a course as the learner would; return the certificate it issued."""

    def run(staff, built) -> Certificate:
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in built.lessons.values():
                if lesson.required:
                    lesson_complete(staff=staff, lesson=lesson)
        return Certificate.objects.filter(staff=staff, course_key=built.zh.translation_key).latest(
            "issued_at"
        )

    return run


# --- a large team, for the query-count pins and bench/team_matrix.py -------------------------

SURNAMES = [
    ("王", "WANG"),
    ("李", "LI"),
    ("张", "ZHANG"),
    ("刘", "LIU"),
    ("陈", "CHEN"),
    ("杨", "YANG"),
    ("赵", "ZHAO"),
    ("黄", "HUANG"),
    ("周", "ZHOU"),
    ("欧阳", "OUYANG"),
]
GIVEN = [
    ("芳", "Fang"),
    ("伟", "Wei"),
    ("娜", "Na"),
    ("敏", "Min"),
    ("晓明", "Xiaoming"),
    ("婷婷", "Tingting"),
    ("浩然", "Haoran"),
    ("赟", "Yun"),
    ("喆", "Zhe"),
    ("玥", "Yue"),
]
LANGUAGE_CODES = ("en", "ja", "ko", "ru", "fr")
FIVE_LEVEL_AREAS = (
    Area.CULTURAL,
    Area.INTERNATIONAL,
    Area.TECHNOLOGY,
    Area.RESOURCES,
    Area.TEAMWORK,
)


def build_team(
    *,
    staff: int,
    competencies: int = 20,
    evidence: tuple[int, int] = (3, 6),
    parent=None,
    prefix: str = "big",
    seed: int = 2026,
) -> SimpleNamespace:
    """`staff` staff in 4 departments x 4 teams (under `parent`, or a new library), with job
    roles requiring 8-12 of `competencies` competencies (a quarter of them languages, some
    required in one skill), and `evidence` pieces per staff member and competency (a mix of
    courses, quizzes, managers' assessments and self-assessments, some expired or withdrawn),
    plus open assignments (some overdue). Inserted with bulk_create, for speed."""
    import random
    import uuid

    from django.contrib.auth.models import User

    from tests.factories import make_unit
    from training.competencies.levels import SKILLS, max_level
    from training.competencies.models import Evidence
    from training.progress.models import Assignment

    rng = random.Random(seed)
    if parent is None:
        parent = make_unit(f"{prefix}-lib", "library", name_zh="大学图书馆", name_en="Library")
    teams = []
    for d in range(4):
        department = make_unit(f"{prefix}-d{d}", "department", parent)
        teams += [make_unit(f"{prefix}-d{d}-t{t}", "team", department) for t in range(4)]

    languages = list(Language.objects.filter(code__in=LANGUAGE_CODES).order_by("code"))
    n_languages = min(len(languages), max(1, competencies // 4))
    framework = [
        Competency(
            code=f"{prefix}-lang-{language.code}",
            area=Area.LANGUAGES,
            scale=Scale.CEFR,
            language=language,
            name_zh=language.name_zh,
            name_en=language.name_en,
        )
        for language in languages[:n_languages]
    ]
    framework += [
        Competency(
            code=f"{prefix}-c{i:02d}",
            area=FIVE_LEVEL_AREAS[i % len(FIVE_LEVEL_AREAS)],
            scale=Scale.FIVE,
            name_zh=f"能力{i:02d}",
            name_en=f"Competency {i:02d}",
        )
        for i in range(competencies - n_languages)
    ]
    framework = Competency.objects.bulk_create(framework)

    roles = JobRole.objects.bulk_create(
        JobRole(code=f"{prefix}-role-{r}", name_zh=f"岗位{r}", name_en=f"Role {r}")
        for r in range(4)
    )
    requirements = []
    for r, role in enumerate(roles):
        # Every competency is required by some role (so the matrix has them all as columns).
        own = framework[r :: len(roles)]
        others = [c for c in framework if c not in own]
        extra = rng.sample(others, max(0, min(len(others), rng.randint(8, 12) - len(own))))
        for competency in own + extra:
            top = max_level(competency.scale)
            if competency.is_language and rng.random() < 0.5:
                for skill in rng.sample(SKILLS, 2):
                    requirements.append(
                        RoleRequirement(
                            job_role=role,
                            competency=competency,
                            skill=skill,
                            level=rng.randint(2, top - 1),
                        )
                    )
            else:
                requirements.append(
                    RoleRequirement(
                        job_role=role, competency=competency, level=rng.randint(2, top - 1)
                    )
                )
    RoleRequirement.objects.bulk_create(requirements)

    users = User.objects.bulk_create(
        User(username=f"{prefix}-{i:05d}", password="!") for i in range(staff)
    )
    people = []
    for i, user in enumerate(users):
        (surname_zh, surname_en), (given_zh, given_en) = rng.choice(SURNAMES), rng.choice(GIVEN)
        people.append(
            StaffProfile(
                user=user,
                staff_number=f"{prefix.upper()}{i:05d}",
                name_zh=surname_zh + given_zh,
                name_latin=f"{surname_en} {given_en}",
                org_unit=teams[i % len(teams)],
                job_role=roles[i % len(roles)] if i % 10 else None,
            )
        )
    people = StaffProfile.objects.bulk_create(people)

    now = timezone.now()
    today = timezone.localdate()
    rows = []
    for person in people:
        for competency in framework:
            top = max_level(competency.scale)
            for n in range(rng.randint(*evidence)):
                source = rng.choices(["course", "quiz", "manager", "self"], [3, 3, 2, 2])[0]
                recorded = now - dt.timedelta(days=rng.randint(1, 1000), minutes=n)
                expires = None
                if source in ("course", "quiz"):
                    expires = timezone.localdate(recorded) + dt.timedelta(days=730)
                rows.append(
                    Evidence(
                        staff=person,
                        competency=competency,
                        level=rng.randint(1, top),
                        skill=rng.choice(SKILLS)
                        if competency.is_language and rng.random() < 0.6
                        else "",
                        source=source,
                        source_ref=f"bench:{n}",
                        recorded_at=recorded,
                        expires_on=expires,
                        withdrawn_at=recorded + dt.timedelta(days=30)
                        if source == "course" and rng.random() < 0.03
                        else None,
                    )
                )
    Evidence.objects.bulk_create(rows, batch_size=5000)

    Assignment.objects.bulk_create(
        Assignment(
            staff=person,
            course_key=uuid.UUID(int=rng.getrandbits(128)),
            due_date=today + dt.timedelta(days=rng.randint(-30, 60)),
            reason="bench",
        )
        for person in people
        for _ in range(rng.randint(0, 2))
    )
    return SimpleNamespace(
        units=teams, competencies=framework, roles=roles, staff=people, evidence=len(rows)
    )
