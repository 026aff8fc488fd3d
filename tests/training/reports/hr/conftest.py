"""HR data on top of the team fixtures (tests/training/reports/conftest.py): appraisal periods,
certificates (inserted directly, with the course evidence `certificate_issue` would record),
graded quiz attempts and overdue assignments.

`hr_world` (today is frozen by no one: dates are relative to the current local day, and the
periods are "last year" and "this year so far"):

- periods: `year` = the previous calendar year (annual appraisal); `current` = 1 January of
  this year to today (probation);
- LI Yun (ISSS desk, desk role): this year "服务台英语" (English B2, 3.5 h, score 92, valid)
  and last year "跨文化沟通入门" (intercultural 3, 2 h); two quiz attempts graded this year
  (80 and 90 → mean 85);
- SUN Yue (ISSS visiting-scholar team): this year "国际文献传递" 6 h, REVOKED; last year
  "访问学者接待" 1.5 h that expired 10 days ago; one open assignment 20 days overdue;
- ZHANG Zhe (ISSS manager): this year "服务台英语" re-issued (the first superseded by the
  second: one completion, not two);
- QIAN Sheng (Circulation): this year "=HYPERLINK(\"x\")" — a course title that looks like a
  formula — 1 h, valid; his Chinese name exercises CSV/XLSX encodings.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone

from assessments.models import Attempt
from training.certificates.models import Certificate, new_code
from training.certificates.services import certificate_revoke
from training.competencies.models import Evidence
from training.competencies.services import evidence_record
from training.progress.models import Assignment, Enrolment
from training.reports.models import AppraisalPeriod

COURSE_KEYS = {
    "desk-english": uuid.UUID("00000000-0000-4000-8000-000000000001"),
    "intercultural": uuid.UUID("00000000-0000-4000-8000-000000000002"),
    "ill": uuid.UUID("00000000-0000-4000-8000-000000000003"),
    "visiting": uuid.UUID("00000000-0000-4000-8000-000000000004"),
    "formula": uuid.UUID("00000000-0000-4000-8000-000000000005"),
}


def local_noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=timezone.get_current_timezone())


def make_certificate(
    staff,
    course: str,
    *,
    title_zh: str,
    title_en: str,
    hours: str | Decimal,
    completed_on: dt.date,
    expires_on: dt.date | None = None,
    level: str = "",
    competencies: list[tuple] = (),
    score: str | None = "90",
    supersedes: Certificate | None = None,
) -> Certificate:
    """A certificate as `certificate_issue` leaves it (enrolment, snapshot, course evidence),
    inserted directly: no course pages, no PDF. `competencies` is [(Competency, level), ...]."""
    completed_at = local_noon(completed_on)
    if supersedes is not None:
        enrolment = supersedes.enrolment
        round_ = supersedes.round
    else:
        enrolment = Enrolment.objects.create(
            staff=staff,
            course_key=COURSE_KEYS[course],
            source="self",
            completed_at=completed_at,
            completed_locale="zh-hans",
        )
        round_ = enrolment.round
    certificate = Certificate.objects.create(
        code=new_code(),
        staff=staff,
        enrolment=enrolment,
        round=round_,
        supersedes=supersedes,
        course_key=COURSE_KEYS[course],
        locale="zh-hans",
        holder_name_zh=staff.name_zh,
        holder_name_latin=staff.name_latin,
        staff_number=staff.staff_number,
        course_title=title_zh,
        course_title_zh=title_zh,
        course_title_en=title_en,
        level=level,
        competencies=[
            {"code": competency.code, "level": value, "name_zh": competency.name_zh}
            for competency, value in competencies
        ],
        hours=Decimal(hours),
        score=Decimal(score) if score is not None else None,
        completed_at=completed_at,
        issued_at=completed_at + dt.timedelta(minutes=5)
        if supersedes is None
        else completed_at + dt.timedelta(hours=2),
        expires_on=expires_on,
        design={},
    )
    if supersedes is None:
        for competency, value in competencies:
            evidence_record(
                staff=staff,
                competency=competency,
                level=value,
                source=Evidence.Source.COURSE,
                source_ref=f"completion:{enrolment.pk}:{round_}",
                recorded_at=completed_at,
                expires_on=expires_on,
            )
    return certificate


def make_attempt(staff, percent: str, graded_on: dt.date, number: int = 1) -> Attempt:
    at = local_noon(graded_on)
    return Attempt.objects.create(
        staff=staff,
        quiz_key=uuid.UUID("00000000-0000-4000-8000-0000000000aa"),
        number=number,
        state=Attempt.State.FINISHED,
        started_at=at - dt.timedelta(minutes=20),
        finished_at=at,
        pass_mark=Decimal(60),
        score=Decimal(percent),
        max_score=Decimal(100),
        percent=Decimal(percent),
        passed=Decimal(percent) >= 60,
        graded_at=at,
    )


@pytest.fixture
def hr_world(team):
    org, f = team.org, team.framework
    today = timezone.localdate()
    this_year = dt.date(today.year, 1, 1)
    last_year = dt.date(today.year - 1, 1, 1)
    year = AppraisalPeriod.objects.create(
        name=f"{last_year.year} 年度考核",
        kind=AppraisalPeriod.Kind.ANNUAL,
        starts_on=last_year,
        ends_on=dt.date(last_year.year, 12, 31),
    )
    current = AppraisalPeriod.objects.create(
        name=f"{today.year} 试用期考核",
        kind=AppraisalPeriod.Kind.PROBATION,
        starts_on=this_year,
        ends_on=today,
    )
    # A day inside this year's period that is not in the future (the suite may run on 1 Jan).
    this_year_day = max(this_year, today - dt.timedelta(days=1))
    last_year_day = dt.date(last_year.year, 6, 15)

    li_english = make_certificate(
        org.learner,
        "desk-english",
        title_zh="服务台英语",
        title_en="English at the service desk",
        hours="3.5",
        completed_on=this_year_day,
        expires_on=today + dt.timedelta(days=700),
        level="B2",
        competencies=[(f.english, 4)],
        score="92",
    )
    li_intercultural = make_certificate(
        org.learner,
        "intercultural",
        title_zh="跨文化沟通入门",
        title_en="Intercultural communication: first steps",
        hours="2",
        completed_on=last_year_day,
        expires_on=today + dt.timedelta(days=300),
        competencies=[(f.intercultural, 3)],
    )
    make_attempt(org.learner, "80", this_year_day, number=1)
    make_attempt(org.learner, "90", this_year_day, number=2)

    sun_ill = make_certificate(
        org.visiting,
        "ill",
        title_zh="国际文献传递",
        title_en="International document delivery",
        hours="6",
        completed_on=this_year_day,
        expires_on=today + dt.timedelta(days=700),
        competencies=[(f.ill, 2)],
    )
    certificate_revoke(certificate=sun_ill, reason="Completed by someone else.", actor=org.hr.user)
    sun_visiting = make_certificate(
        org.visiting,
        "visiting",
        title_zh="访问学者接待",
        title_en="Welcoming visiting scholars",
        hours="1.5",
        completed_on=last_year_day,
        expires_on=today - dt.timedelta(days=10),
    )
    overdue = Assignment.objects.create(
        staff=org.visiting,
        course_key=COURSE_KEYS["visiting"],
        due_date=today - dt.timedelta(days=20),
        reason="Required for the visiting-scholar desk.",
        assigned_by=org.isss_manager.user,
    )
    Assignment.objects.filter(pk=overdue.pk).update(created_at=local_noon(this_year_day))

    zhang_first = make_certificate(
        org.isss_manager,
        "desk-english",
        title_zh="服务台英语",
        title_en="English at the service desk",
        hours="3.5",
        completed_on=this_year_day,
        expires_on=today + dt.timedelta(days=700),
        level="B2",
        competencies=[(f.english, 4)],
    )
    zhang_reissued = make_certificate(
        org.isss_manager,
        "desk-english",
        title_zh="服务台英语",
        title_en="English at the service desk",
        hours="3.5",
        completed_on=this_year_day,
        expires_on=today + dt.timedelta(days=700),
        level="B2",
        competencies=[(f.english, 4)],
        supersedes=zhang_first,
    )

    qian_formula = make_certificate(
        org.circ_staff,
        "formula",
        title_zh='=HYPERLINK("x")',
        title_en='=HYPERLINK("x")',
        hours="1",
        completed_on=this_year_day,
        expires_on=None,
    )
    return SimpleNamespace(
        org=org,
        framework=f,
        today=today,
        year=year,
        current=current,
        li_english=li_english,
        li_intercultural=li_intercultural,
        sun_ill=sun_ill,
        sun_visiting=sun_visiting,
        sun_overdue=overdue,
        zhang_first=zhang_first,
        zhang_reissued=zhang_reissued,
        qian_formula=qian_formula,
    )
