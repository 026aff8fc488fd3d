"""Demo data for the team dashboard: what each job role requires, its mandatory courses, and the
demo staff's competency record (external certificates, managers' assessments, self-assessments)
and open assignments, so that /team/ shows real gaps, overdue work and language coverage.

Everything is written through the services a person would use (role_requirement_save,
evidence_record, assignment_create) and is dated relative to today. Safe to run on every
`make run`: evidence has stable source references (evidence_record records one piece per
reference), a role's requirements and mandatory courses are only seeded while the role has none,
and a course is only assigned to someone who has never had it assigned. What people changed since
is kept.

Who is who (home/demo/staff.py): the demo learner LI Yun (ISSS) meets most of the International
Student Services Librarian requirements but is below C1 in spoken English and has no evidence
for international interlibrary loan or multicultural events; the course on international ILL
closes one gap. DENG Xinyi and CHEN Jun meet everything; MA Siyuan's manager lowered her
cross-cultural level yesterday; HUANG Zicheng's IELTS certificate has expired. New starters (HU
Sheng, ZHENG Yawen, XIE Anqi, BAI Xue) have overdue or nearly due training.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage
from training.competencies.levels import SKILLS, cefr_rank
from training.competencies.models import Competency, Evidence, RoleRequirement
from training.competencies.services import evidence_record, role_requirement_save
from training.people import policies
from training.people.models import JobRole, StaffProfile
from training.progress.models import Assignment, Enrolment, RoleCourse
from training.progress.services import assignment_create, role_course_save

LevelValue = int | str  # 1-5, or a CEFR level such as "B2" for a language

# --- what each job role requires ------------------------------------------------------------------

# role code: [(competency code, skill ("" = the whole language / not a language), level)]
ROLE_REQUIREMENTS: dict[str, list[tuple[str, str, LevelValue]]] = {
    "circ-assistant": [
        ("lang-en", "listening", "B1"),
        ("lang-en", "interaction", "B1"),
        ("cross-cultural", "", 2),
        ("cultural-adjustment", "", 2),
        ("visiting-scholar", "", 2),
        ("remote-access", "", 1),
        ("cross-team-collab", "", 2),
    ],
    "stacks-assistant": [
        ("lang-en", "interaction", "A2"),
        ("cross-cultural", "", 1),
        ("cross-team-collab", "", 2),
    ],
    "reference-librarian": [
        ("lang-en", "", "B2"),
        ("cross-cultural", "", 3),
        ("intl-databases", "", 3),
        ("intl-orientation", "", 2),
        ("multilingual-discovery", "", 2),
        ("virtual-reference", "", 3),
    ],
    "subject-liaison": [
        ("lang-en", "", "B2"),
        ("lang-en", "reading", "C1"),
        ("cross-cultural", "", 3),
        ("intl-databases", "", 4),
        ("intl-orientation", "", 3),
        ("eresource-licensing", "", 2),
        ("cross-team-collab", "", 3),
    ],
    "isss-librarian": [
        ("lang-en", "listening", "C1"),
        ("lang-en", "interaction", "C1"),
        ("lang-en", "writing", "B2"),
        ("cross-cultural", "", 4),
        ("cultural-adjustment", "", 3),
        ("cultural-events", "", 2),
        ("visiting-scholar", "", 4),
        ("intl-orientation", "", 3),
        ("intl-ill", "", 2),
        ("virtual-reference", "", 2),
        ("cross-team-collab", "", 3),
    ],
    "acquisitions-librarian": [
        ("lang-en", "reading", "B2"),
        ("lang-en", "writing", "B1"),
        ("intl-databases", "", 2),
        ("foreign-collection", "", 3),
        ("eresource-licensing", "", 3),
        ("cross-team-collab", "", 2),
    ],
    "ill-specialist": [
        ("lang-en", "reading", "B2"),
        ("lang-en", "writing", "B2"),
        ("cross-cultural", "", 2),
        ("intl-ill", "", 4),
        ("intl-databases", "", 3),
        ("eresource-licensing", "", 2),
        ("cross-team-collab", "", 2),
    ],
    "systems-librarian": [
        ("lang-en", "reading", "B1"),
        ("multilingual-discovery", "", 3),
        ("remote-access", "", 4),
        ("cross-team-collab", "", 3),
    ],
    "digital-librarian": [
        ("lang-en", "reading", "B2"),
        ("lang-en", "writing", "B1"),
        ("multilingual-discovery", "", 2),
        ("remote-access", "", 3),
        ("virtual-reference", "", 2),
        ("eresource-licensing", "", 3),
    ],
    "special-collections": [
        ("lang-en", "reading", "B2"),
        ("lang-en", "interaction", "B1"),
        ("cross-cultural", "", 3),
        ("cultural-events", "", 3),
        ("intl-databases", "", 2),
        ("multilingual-discovery", "", 3),
    ],
    "conservator": [
        ("lang-en", "reading", "A2"),
        ("cross-cultural", "", 1),
        ("cross-team-collab", "", 2),
    ],
    "dept-head": [
        ("lang-en", "interaction", "B2"),
        ("cross-cultural", "", 3),
        ("cross-team-collab", "", 4),
        ("peer-coaching", "", 4),
    ],
    "training-coordinator": [
        ("lang-en", "writing", "B2"),
        ("cross-cultural", "", 3),
        ("cross-team-collab", "", 3),
        ("peer-coaching", "", 4),
    ],
    "hr-officer": [
        ("lang-en", "reading", "B1"),
        ("cross-cultural", "", 2),
        ("cross-team-collab", "", 3),
    ],
}

# role code: [(course slug, renew every N months or None = once is enough)]. The renewal periods
# follow the courses' certificate validity.
ROLE_COURSES: dict[str, list[tuple[str, int | None]]] = {
    "circ-assistant": [
        ("english-service-desk", None),
        ("cross-cultural-foundations", 36),
        ("serving-international-students", 36),
    ],
    "stacks-assistant": [("cross-cultural-foundations", 36)],
    "reference-librarian": [
        ("cross-cultural-foundations", 36),
        ("searching-international-databases", 24),
    ],
    "subject-liaison": [("searching-international-databases", 24)],
    "isss-librarian": [
        ("cross-cultural-foundations", 36),
        ("serving-international-students", 36),
    ],
    "acquisitions-librarian": [("searching-international-databases", None)],
    "ill-specialist": [("international-ill", 24)],
    "digital-librarian": [("searching-international-databases", 24)],
    "special-collections": [("cross-cultural-foundations", 36)],
    "dept-head": [("cross-cultural-foundations", 36)],
}

# --- the staff's record ---------------------------------------------------------------------------


def grid(levels: str) -> dict[str, str]:
    """'C1 C1 B2 B2 B2': listening, reading, spoken interaction, spoken production, writing (the
    order of the Europass self-assessment grid)."""
    values = levels.split()
    assert len(values) == len(SKILLS), levels  # noqa: S101 - a typo in the data below
    return dict(zip(SKILLS, values, strict=True))


@dataclass(frozen=True)
class Assess:
    """A manager's assessment (by the head of the person's department)."""

    code: str
    level: LevelValue | dict[str, str]  # a level, or CEFR levels per skill
    days_ago: int
    note: str


@dataclass(frozen=True)
class SelfRating:
    """A self-assessment of a language, one CEFR level per skill."""

    code: str
    levels: dict[str, str]
    days_ago: int


@dataclass(frozen=True)
class External:
    """A certificate from outside the library (a language test, a training workshop), filed by
    HR. `valid_days` after it was filed it stops counting."""

    code: str
    level: LevelValue
    days_ago: int
    note: str
    valid_days: int | None = None


APPRAISAL = (
    "年度考核：观察服务台接待并参考读者反馈。/ Annual appraisal: observed at the desk, with "
    "user feedback."
)
PROBATION = (
    "试用期考核：带教老师的观察记录和工作日志。/ End of probation: the mentor's observations "
    "and the work log."
)
INTERVIEW = (
    "语言面谈：与外籍教师进行 20 分钟情景对话。/ Language interview: a 20-minute role play "
    "with a foreign lecturer."
)
PROJECTS = "根据本年度项目和日常工作评定。/ Rated on this year's projects and day-to-day work."
HEADS_COURSE = (
    "CALIS 图书馆中层管理人员研修班结业证书。/ CALIS programme for library department heads, "
    "certificate of completion."
)
CET6 = "大学英语六级（CET-6）。/ College English Test, band 6."

STAFF_RECORDS: dict[str, list[Assess | SelfRating | External]] = {
    # Circulation: Front Desk
    "BJL0009": [  # LIU Ting: meets her role; rates her own spoken English lower than it is
        Assess("lang-en", grid("B2 B1 B2 B1 B1"), 240, APPRAISAL),
        Assess("cross-cultural", 3, 240, APPRAISAL),
        Assess("cultural-adjustment", 3, 240, APPRAISAL),
        Assess("visiting-scholar", 3, 240, APPRAISAL),
        Assess("remote-access", 2, 240, APPRAISAL),
        Assess("cross-team-collab", 3, 240, APPRAISAL),
        Assess(
            "peer-coaching",
            3,
            60,
            "带教新同事胡昇，带教计划执行良好。/ Mentoring the new colleague HU Sheng to a plan.",
        ),
        SelfRating("lang-en", grid("B2 B2 B1 B1 B1"), 30),
    ],
    "BJL0023": [  # ZHAO Kun: meets his role
        Assess("lang-en", grid("B1 B1 B1 A2 A2"), 300, APPRAISAL),
        Assess("cross-cultural", 2, 300, APPRAISAL),
        Assess("cultural-adjustment", 2, 300, APPRAISAL),
        Assess("visiting-scholar", 2, 300, APPRAISAL),
        Assess("remote-access", 2, 300, APPRAISAL),
        Assess("cross-team-collab", 3, 300, APPRAISAL),
        SelfRating("lang-en", grid("B2 B1 B2 B1 B1"), 15),
    ],
    "BJL0032": [  # SUN Jiaqi: speaks Korean; her TOPIK certificate expired
        External("lang-ko", "B2", 800, "韩国语能力考试 TOPIK II 5级。/ TOPIK II, level 5.", 730),
        Assess(
            "lang-ko",
            grid("B2 B1 B2 B1 A2"),
            200,
            "迎新周接待韩国交换生时观察：听说流利，书面回复需同事修改。/ Observed serving Korean "
            "exchange students in orientation week: fluent in conversation; written replies "
            "needed a colleague's corrections.",
        ),
        SelfRating("lang-ko", grid("C1 B2 C1 B2 B1"), 20),
        Assess("lang-en", grid("B1 B1 B1 B1 A2"), 200, APPRAISAL),
        Assess("cross-cultural", 3, 200, APPRAISAL),
        Assess("cross-team-collab", 2, 200, APPRAISAL),
    ],
    "BJL0039": [  # HU Sheng: started this year, most of his record still to come
        Assess("cross-cultural", 1, 120, PROBATION),
        Assess("cross-team-collab", 2, 120, PROBATION),
        SelfRating("lang-en", grid("B1 B1 A2 A2 A2"), 40),
    ],
    # Circulation: Stacks & Shelving
    "BJL0003": [  # YANG Deming: no English on record
        Assess("cross-cultural", 2, 260, APPRAISAL),
        Assess("cross-team-collab", 4, 260, APPRAISAL),
        Assess("peer-coaching", 3, 260, APPRAISAL),
    ],
    "BJL0029": [  # HE Ben: meets his role
        Assess("lang-en", grid("B1 B1 A2 A2 A2"), 260, APPRAISAL),
        Assess("cross-cultural", 2, 260, APPRAISAL),
        Assess("cross-team-collab", 2, 260, APPRAISAL),
    ],
    "BJL0036": [  # LUO Haoran: no cross-cultural evidence yet
        Assess("lang-en", grid("B2 B1 B1 B1 A2"), 150, PROBATION),
        Assess("cross-team-collab", 2, 150, PROBATION),
    ],
    # Reference & Research Support
    "BJL0007": [  # OUYANG Jing (head): her IELTS expired years ago
        External("lang-en", "C1", 2100, "雅思学术类 7.5 分。/ IELTS Academic, band 7.5.", 730),
        External("lang-de", "B2", 4000, "歌德学院德语证书 B2。/ Goethe-Zertifikat B2."),
        External("cross-team-collab", 4, 200, HEADS_COURSE, 1095),
        External("peer-coaching", 4, 200, HEADS_COURSE, 1095),
        SelfRating("lang-en", grid("C1 C1 C1 B2 C1"), 25),
    ],
    "BJL0013": [  # GAO Mingzhe: JLPT N1, but spoken Japanese rated B2 by his manager
        External(
            "lang-ja", "C1", 3300, "日本语能力测试 N1。/ Japanese-Language Proficiency Test N1."
        ),
        Assess(
            "lang-ja",
            {"interaction": "B2"},
            150,
            "N1 只考读和听；接待东京大学代表团时交流顺畅，但组织语言需要时间，口语互动评为 B2。"
            "/ N1 tests reading and listening only; hosting the University of Tokyo delegation he "
            "got on well but needed time to put sentences together, so spoken interaction is B2.",
        ),
        SelfRating("lang-ja", grid("C1 C1 B2 B2 B1"), 10),
        Assess("lang-en", grid("B2 C1 B2 B2 B2"), 150, APPRAISAL),
        Assess("cross-cultural", 3, 150, APPRAISAL),
        Assess("intl-databases", 4, 150, PROJECTS),
        Assess("intl-orientation", 3, 150, PROJECTS),
        Assess("eresource-licensing", 2, 150, PROJECTS),
        Assess("cross-team-collab", 3, 150, PROJECTS),
    ],
    "BJL0018": [  # XU Yi: French C1; database searching below what a liaison needs
        External("lang-fr", "C1", 2300, "法语高级水平证书 DALF C1。/ DALF C1."),
        Assess("lang-en", grid("B2 C1 B2 B2 B2"), 200, APPRAISAL),
        Assess("cross-cultural", 3, 200, APPRAISAL),
        Assess("intl-databases", 3, 200, PROJECTS),
        Assess("eresource-licensing", 3, 200, PROJECTS),
        Assess("cross-team-collab", 4, 200, PROJECTS),
    ],
    "BJL0026": [  # LIANG Chen: meets the reference librarian's requirements; speaks Vietnamese
        Assess("lang-vi", "B2", 180, INTERVIEW),
        SelfRating("lang-vi", grid("C1 B2 C1 C1 B2"), 30),
        Assess("lang-en", grid("B2 B2 B2 B2 B2"), 180, APPRAISAL),
        Assess("cross-cultural", 3, 180, APPRAISAL),
        Assess("intl-databases", 3, 180, PROJECTS),
        Assess("intl-orientation", 2, 180, PROJECTS),
        Assess("multilingual-discovery", 2, 180, PROJECTS),
        Assess("virtual-reference", 3, 180, PROJECTS),
    ],
    "BJL0033": [  # SONG Yutong: Spanish B2; English reading below C1
        External("lang-es", "B2", 1500, "西班牙语水平证书 DELE B2。/ DELE B2."),
        SelfRating("lang-es", grid("B2 C1 B2 B2 B1"), 45),
        Assess("lang-en", grid("B2 B2 B2 B2 B1"), 160, APPRAISAL),
        Assess("cross-cultural", 3, 160, APPRAISAL),
        Assess("intl-databases", 3, 160, PROJECTS),
        Assess("intl-orientation", 3, 160, PROJECTS),
        Assess("eresource-licensing", 2, 160, PROJECTS),
        Assess("cross-team-collab", 3, 160, PROJECTS),
    ],
    # International Student & Scholar Services
    "BJL0008": [  # ZHANG Zhe (head, the demo manager): his French certificate expired
        External(
            "lang-en",
            "C1",
            3000,
            "全国翻译专业资格（CATTI）二级口译（英语）。/ CATTI level 2 interpreter, English.",
        ),
        External("lang-fr", "B2", 930, "法语水平测试 TCF B2。/ TCF, B2.", 730),
        SelfRating("lang-fr", grid("B2 B2 B1 B1 B1"), 60),
        External(
            "cross-cultural",
            4,
            365,
            "CALIS 跨文化服务研修班结业证书。/ CALIS workshop on cross-cultural service, "
            "certificate of completion.",
            1095,
        ),
        External("cross-team-collab", 4, 500, HEADS_COURSE, 1095),
        External("peer-coaching", 4, 500, HEADS_COURSE, 1095),
    ],
    "BJL0015": [  # DENG Xinyi: meets every requirement; speaks Thai
        Assess("lang-en", "C1", 210, INTERVIEW),
        Assess("lang-th", "B2", 210, INTERVIEW),
        SelfRating("lang-th", grid("C1 B2 C1 C1 B1"), 45),
        Assess("cross-cultural", 4, 210, APPRAISAL),
        Assess("cultural-adjustment", 4, 210, APPRAISAL),
        Assess("cultural-events", 4, 210, PROJECTS),
        Assess("visiting-scholar", 4, 210, APPRAISAL),
        Assess("intl-orientation", 4, 210, PROJECTS),
        Assess("intl-ill", 2, 210, APPRAISAL),
        Assess("virtual-reference", 3, 210, APPRAISAL),
        Assess("cross-team-collab", 4, 210, PROJECTS),
        Assess("peer-coaching", 4, 210, PROJECTS),
    ],
    "BJL0027": [  # LIN Yue: Korean C1 in conversation; English listening and scholars below
        Assess("lang-ko", grid("C1 B2 C1 C1 B1"), 190, INTERVIEW),
        SelfRating("lang-ko", grid("C1 C1 C1 C1 B2"), 20),
        Assess("lang-en", grid("B2 B2 C1 B2 B2"), 190, INTERVIEW),
        Assess("cross-cultural", 4, 190, APPRAISAL),
        Assess("cultural-adjustment", 3, 190, APPRAISAL),
        Assess("cultural-events", 4, 190, PROJECTS),
        Assess("visiting-scholar", 3, 190, APPRAISAL),
        Assess("intl-orientation", 4, 190, PROJECTS),
        Assess("virtual-reference", 2, 190, APPRAISAL),
        Assess("cross-team-collab", 3, 190, PROJECTS),
    ],
    "BJL0031": [  # HUANG Zicheng: his IELTS certificate expired, so English is missing
        External("lang-en", "C1", 880, "雅思学术类 7.0 分。/ IELTS Academic, band 7.0.", 730),
        SelfRating("lang-en", grid("C1 C1 C1 B2 B2"), 14),
        Assess("lang-es", "B1", 170, INTERVIEW),
        SelfRating("lang-es", grid("B2 B2 B2 B1 B1"), 14),
        Assess("cross-cultural", 4, 170, APPRAISAL),
        Assess("cultural-adjustment", 3, 170, APPRAISAL),
        Assess("cultural-events", 3, 170, PROJECTS),
        Assess("visiting-scholar", 4, 170, APPRAISAL),
        Assess("intl-orientation", 3, 170, PROJECTS),
        Assess("virtual-reference", 2, 170, APPRAISAL),
        Assess("cross-team-collab", 3, 170, PROJECTS),
    ],
    "BJL0035": [  # MA Siyuan: speaks Arabic; her manager lowered her cross-cultural level
        Assess("lang-ar", grid("B2 B1 B2 B2 A2"), 160, INTERVIEW),
        SelfRating("lang-ar", grid("C1 B1 C1 B2 A2"), 30),
        Assess("lang-en", grid("C1 B2 B2 B2 B2"), 160, INTERVIEW),
        Assess("cross-cultural", 4, 400, PROBATION),
        Assess(
            "cross-cultural",
            3,
            1,
            "迎新周服务台：当众纠正一位沙特学生对她的称呼，学生投诉感到被冒犯；出发点是好的，但需"
            "加强对“面子”和委婉表达的理解。完成跨文化课程后复评。/ Orientation-week desk: she "
            "corrected how a Saudi student addressed her in front of others and he complained he "
            "felt humiliated. Good intentions, but she needs coaching on face and indirectness; "
            "re-assess after the cross-cultural course.",
        ),
        Assess("cultural-adjustment", 3, 160, APPRAISAL),
        Assess("cultural-events", 3, 160, PROJECTS),
        Assess("visiting-scholar", 3, 160, APPRAISAL),
        Assess("intl-orientation", 2, 160, PROJECTS),
        Assess("intl-ill", 2, 160, APPRAISAL),
        Assess("virtual-reference", 2, 160, APPRAISAL),
        Assess("cross-team-collab", 2, 160, PROJECTS),
    ],
    "BJL0025": [  # LI Yun, the demo learner: a few gaps, and a course that closes one
        Assess("lang-en", grid("C1 C1 B2 B2 B2"), 180, INTERVIEW),
        SelfRating("lang-en", grid("C1 C1 C1 C1 B2"), 21),
        Assess("lang-ja", grid("B1 B2 B1 B1 A2"), 180, INTERVIEW),
        SelfRating("lang-ja", grid("B2 B2 B2 B1 B1"), 21),
        Assess("cross-cultural", 4, 180, APPRAISAL),
        Assess("cultural-adjustment", 3, 180, APPRAISAL),
        Assess(
            "visiting-scholar",
            4,
            180,
            "独立负责访问学者的到校接待和科研咨询，读者反馈很好。/ Runs visiting scholars' "
            "arrival and research consultations on her own; excellent feedback.",
        ),
        Assess("intl-orientation", 3, 180, PROJECTS),
        Assess("virtual-reference", 2, 180, APPRAISAL),
        Assess("cross-team-collab", 3, 180, PROJECTS),
    ],
    "BJL0019": [  # CHEN Jun: meets every requirement; Russian C1 in conversation
        External("lang-ru", "B2", 2600, "俄语等级考试 ТРКИ-2。/ TORFL (ТРКИ) level 2."),
        Assess(
            "lang-ru",
            {"listening": "C1", "interaction": "C1"},
            200,
            "为俄罗斯访问学者团做全程陪同和咨询，听说达到 C1。/ Accompanied and advised the "
            "Russian visiting-scholar group throughout: listening and conversation at C1.",
        ),
        SelfRating("lang-ru", grid("C1 B2 C1 B2 B2"), 35),
        Assess("lang-en", "C1", 200, INTERVIEW),
        Assess("cross-cultural", 4, 200, APPRAISAL),
        Assess("cultural-adjustment", 4, 200, APPRAISAL),
        Assess("cultural-events", 2, 200, PROJECTS),
        Assess("visiting-scholar", 4, 200, APPRAISAL),
        Assess("intl-orientation", 3, 200, PROJECTS),
        Assess("intl-ill", 3, 200, APPRAISAL),
        Assess("virtual-reference", 3, 200, APPRAISAL),
        Assess("cross-team-collab", 4, 200, PROJECTS),
        Assess("peer-coaching", 3, 200, PROJECTS),
    ],
    "BJL0038": [  # ZHENG Yawen: new starter, several gaps
        Assess("lang-de", "B1", 100, INTERVIEW),
        SelfRating("lang-de", grid("B2 B2 B2 B1 B1"), 50),
        Assess("lang-en", grid("C1 C1 B2 B2 C1"), 100, INTERVIEW),
        Assess("cross-cultural", 3, 100, PROBATION),
        Assess("cultural-adjustment", 2, 100, PROBATION),
        Assess("visiting-scholar", 2, 100, PROBATION),
        Assess("virtual-reference", 2, 100, PROBATION),
        Assess("cross-team-collab", 2, 100, PROBATION),
    ],
    # Acquisitions & Interlibrary Loan
    "BJL0004": [  # HAN Liqun (head): Russian C1; his management certificate expired
        External("lang-ru", "C1", 6000, "俄语等级考试 ТРКИ-3。/ TORFL (ТРКИ) level 3."),
        External("lang-en", "B2", 8000, CET6),
        External("cross-team-collab", 4, 1300, HEADS_COURSE, 1095),
        External("peer-coaching", 4, 1300, HEADS_COURSE, 1095),
    ],
    "BJL0011": [  # TANG Xuemei: meets her role
        Assess("lang-en", grid("B1 B2 B1 A2 B1"), 230, APPRAISAL),
        Assess("intl-databases", 2, 230, APPRAISAL),
        Assess("foreign-collection", 4, 230, PROJECTS),
        Assess("eresource-licensing", 3, 230, PROJECTS),
        Assess("cross-team-collab", 3, 230, PROJECTS),
    ],
    "BJL0014": [  # FENG Jia: Japanese B2; English reading and licensing below her role
        External(
            "lang-ja", "B2", 3600, "日本语能力测试 N2。/ Japanese-Language Proficiency Test N2."
        ),
        SelfRating("lang-ja", grid("B2 B2 B1 B1 B1"), 60),
        Assess("lang-en", grid("B1 B1 B1 B1 B1"), 230, APPRAISAL),
        Assess("intl-databases", 2, 230, APPRAISAL),
        Assess("foreign-collection", 3, 230, PROJECTS),
        Assess("eresource-licensing", 2, 230, PROJECTS),
        Assess("cross-team-collab", 3, 230, PROJECTS),
    ],
    "BJL0020": [  # CAO Ying: meets her role; rates her own French lower than her manager does
        Assess("lang-en", grid("B2 C1 B2 B2 B2"), 220, APPRAISAL),
        Assess("lang-fr", "B1", 220, INTERVIEW),
        SelfRating("lang-fr", grid("B1 B2 A2 A2 B1"), 40),
        Assess("cross-cultural", 2, 220, APPRAISAL),
        Assess(
            "intl-ill",
            4,
            220,
            "独立处理与法国、日本合作馆的疑难文献传递，全年无超期。/ Handles difficult requests "
            "with partner libraries in France and Japan on her own; nothing overdue all year.",
        ),
        Assess("intl-databases", 3, 220, APPRAISAL),
        Assess("eresource-licensing", 3, 220, PROJECTS),
        Assess("cross-team-collab", 3, 220, PROJECTS),
    ],
    "BJL0028": [  # PENG Bo: his ILL certificate expired; English writing below his role
        External("lang-de", "B1", 1800, "歌德学院德语证书 B1。/ Goethe-Zertifikat B1."),
        Assess("lang-en", grid("B2 B2 B1 B1 B1"), 210, APPRAISAL),
        Assess("cross-cultural", 2, 210, APPRAISAL),
        Assess("intl-ill", 3, 210, APPRAISAL),
        Assess("intl-databases", 3, 210, APPRAISAL),
        Assess("eresource-licensing", 2, 210, PROJECTS),
        Assess("cross-team-collab", 2, 210, PROJECTS),
    ],
    "BJL0037": [  # XIE Anqi: new starter, speaks Korean
        Assess("lang-ko", grid("B2 B2 B1 B1 A2"), 150, INTERVIEW),
        SelfRating("lang-ko", grid("B2 B2 B2 B1 B1"), 35),
        Assess("lang-en", grid("B2 B2 B1 B1 B1"), 150, PROBATION),
        Assess("cross-cultural", 2, 150, PROBATION),
        Assess("intl-ill", 2, 150, PROBATION),
        Assess("intl-databases", 2, 150, PROBATION),
        Assess("cross-team-collab", 2, 150, PROBATION),
    ],
    # Digital Services
    "BJL0012": [  # JIANG Zhiyuan (the admin account): meets his role
        Assess("lang-en", grid("B1 B2 B1 B1 B1"), 250, APPRAISAL),
        Assess("multilingual-discovery", 4, 250, PROJECTS),
        Assess("remote-access", 4, 250, PROJECTS),
        Assess("cross-team-collab", 3, 250, PROJECTS),
        Assess("peer-coaching", 3, 250, PROJECTS),
    ],
    "BJL0024": [  # YAO Siqi: no online-reference evidence
        Assess("lang-en", grid("B2 B2 B1 B1 B1"), 250, APPRAISAL),
        Assess("multilingual-discovery", 2, 250, PROJECTS),
        Assess("remote-access", 4, 250, PROJECTS),
        Assess("eresource-licensing", 3, 250, PROJECTS),
    ],
    "BJL0030": [  # CHENG Hao: remote access and teamwork below his role
        SelfRating("lang-ja", grid("A2 B1 A2 A2 A1"), 70),
        Assess("lang-en", grid("B1 B2 B1 A2 B1"), 250, APPRAISAL),
        Assess("multilingual-discovery", 3, 250, PROJECTS),
        Assess("remote-access", 3, 250, PROJECTS),
        Assess("cross-team-collab", 2, 250, PROJECTS),
    ],
    # Special Collections
    "BJL0002": [  # ZHONG Wenbo (head): Japanese C1
        External(
            "lang-ja",
            "C1",
            7500,
            "日本语能力测试一级。/ Japanese-Language Proficiency Test, level 1.",
        ),
        External("lang-en", "B2", 9000, CET6),
    ],
    "BJL0005": [  # PAN Zhigang: no English on record
        Assess("cross-cultural", 2, 280, APPRAISAL),
        Assess("cross-team-collab", 4, 280, APPRAISAL),
        Assess(
            "peer-coaching",
            4,
            280,
            "系统带教白雪古籍修复技艺。/ Teaching BAI Xue book conservation to a plan.",
        ),
    ],
    "BJL0016": [  # LU Jingyi: meets her role; French B2
        External("lang-fr", "B2", 3200, "法语水平证书 DELF B2。/ DELF B2."),
        SelfRating("lang-fr", grid("B2 C1 B2 B2 B2"), 50),
        Assess("lang-en", grid("B2 B2 B1 B1 B2"), 270, APPRAISAL),
        Assess("cross-cultural", 3, 270, APPRAISAL),
        Assess("cultural-events", 4, 270, PROJECTS),
        Assess("intl-databases", 3, 270, APPRAISAL),
        Assess("multilingual-discovery", 4, 270, PROJECTS),
    ],
    "BJL0034": [  # TIAN Xinyue: multilingual cataloguing below her role
        Assess("lang-en", grid("B1 B2 B1 B1 B1"), 270, APPRAISAL),
        Assess("cross-cultural", 3, 270, APPRAISAL),
        Assess("cultural-events", 3, 270, PROJECTS),
        Assess("intl-databases", 2, 270, APPRAISAL),
        Assess("multilingual-discovery", 2, 270, PROJECTS),
    ],
    "BJL0040": [  # BAI Xue: new starter
        Assess("cross-cultural", 1, 90, PROBATION),
        SelfRating("lang-en", grid("A2 B1 A2 A2 A2"), 60),
    ],
    # Library office
    "BJL0017": [  # ZHOU Xiaolan (hr)
        External("lang-en", "B2", 7000, CET6),
    ],
    "BJL0021": [  # WU Tong (editor): the train-the-trainer certificate expired last month
        External(
            "lang-ja", "B2", 4000, "日本语能力测试 N2。/ Japanese-Language Proficiency Test N2."
        ),
        External(
            "peer-coaching",
            4,
            760,
            "CALIS 培训师培训结业证书。/ CALIS train-the-trainer course, certificate.",
            730,
        ),
        SelfRating("lang-en", grid("B2 B2 B2 B1 B2"), 80),
    ],
}

# --- assignments ----------------------------------------------------------------------------------

MANDATORY = "岗位必修课程。/ A mandatory course for your role."
ISSS_ILL = (
    "访问学者常需要本馆没有的文献，请在新学期前学会国际文献传递。/ Visiting scholars keep asking "
    "for papers we do not hold: learn international document delivery before the new semester."
)

# (staff number, courses in order of preference (the first one not completed or assigned before),
#  due in N days (negative: overdue), reason). The assigner is the head of the department.
ASSIGNMENTS: list[tuple[str, tuple[str, ...], int, str]] = [
    (
        "BJL0039",
        ("english-service-desk",),
        -14,
        "新员工入职培训：能独立用英语办理借还和办证。/ New-starter training: handle lending and "
        "registration in English on your own.",
    ),
    ("BJL0039", ("cross-cultural-foundations",), 5, MANDATORY),
    ("BJL0039", ("serving-international-students",), 40, MANDATORY),
    ("BJL0036", ("cross-cultural-foundations",), -12, MANDATORY),
    (
        "BJL0003",
        ("english-service-desk",),
        -3,
        "书库岗位需要 A2 英语口语，帮助读者在书库找书。/ The stacks need A2 spoken English to help "
        "users find books on the shelves.",
    ),
    (
        "BJL0032",
        ("serving-international-students",),
        7,
        "你在总服务台为留学生办理读者证。/ You issue library cards to international students at "
        "the front desk.",
    ),
    (
        "BJL0009",
        ("japanese-desk-basics",),
        90,
        "选修：日本交流周期间用日语问候读者。/ Optional: greet Japanese visitors during the "
        "exchange week.",
    ),
    ("BJL0025", ("cross-cultural-foundations",), 6, MANDATORY),
    ("BJL0025", ("international-ill",), 45, ISSS_ILL),
    ("BJL0027", ("international-ill",), 25, ISSS_ILL),
    ("BJL0031", ("international-ill",), -9, ISSS_ILL),
    (
        "BJL0035",
        ("cross-cultural-foundations", "serving-international-students"),
        3,
        "跨文化沟通复训，完成后复评。/ Cross-cultural refresher before your re-assessment.",
    ),
    ("BJL0038", ("cross-cultural-foundations",), -20, MANDATORY),
    ("BJL0038", ("serving-international-students",), 4, MANDATORY),
    (
        "BJL0018",
        ("searching-international-databases",),
        20,
        "学科馆员需要 4 级检索能力。/ Subject liaison needs database searching at level 4.",
    ),
    (
        "BJL0014",
        ("searching-international-databases", "international-ill"),
        30,
        "参加下学期的联合采购评估前完成。/ Complete before next semester's consortium review.",
    ),
    (
        "BJL0037",
        ("international-ill", "cross-cultural-foundations"),
        -5,
        "馆际互借专员岗位必修。/ Mandatory for interlibrary loan specialists.",
    ),
    (
        "BJL0037",
        ("searching-international-databases",),
        2,
        "处理外文文献请求需要。/ Needed for foreign-language document requests.",
    ),
    ("BJL0024", ("searching-international-databases",), 12, MANDATORY),
    (
        "BJL0040",
        ("cross-cultural-foundations",),
        50,
        "入职培训：特藏部接待国外研究者。/ Induction: Special Collections receives researchers "
        "from abroad.",
    ),
]


# --- loading --------------------------------------------------------------------------------------


def _level(level: LevelValue) -> int:
    return cefr_rank(level) if isinstance(level, str) else level


def load_role_requirements(counts: Counter) -> None:
    """The requirements of each demo role that has none yet."""
    roles = JobRole.objects.in_bulk(list(ROLE_REQUIREMENTS), field_name="code")
    competencies = Competency.objects.in_bulk(field_name="code")
    seeded = set(
        RoleRequirement.objects.filter(job_role__in=roles.values()).values_list(
            "job_role_id", flat=True
        )
    )
    for code, rows in ROLE_REQUIREMENTS.items():
        role = roles.get(code)
        if role is None or role.pk in seeded:
            continue
        for competency_code, skill, level in rows:
            competency = competencies.get(competency_code)
            if competency is None:
                continue
            role_requirement_save(
                requirement=RoleRequirement(
                    job_role=role,
                    competency=competency,
                    skill=skill,
                    level=_level(level),
                ),
                actor=None,
            )
            counts["role requirements"] += 1


def _courses() -> dict[str, CoursePage]:
    """The demo courses by slug, in the default language (every translation counts the same)."""
    found: dict[str, CoursePage] = {}
    for page in CoursePage.objects.live().select_related("locale").order_by("pk"):
        if page.slug not in found or page.locale.language_code == settings.LANGUAGE_CODE:
            found[page.slug] = page
    return found


def load_mandatory_courses(counts: Counter, courses: dict[str, CoursePage]) -> None:
    """The mandatory courses of each demo role that has none yet."""
    roles = JobRole.objects.in_bulk(list(ROLE_COURSES), field_name="code")
    seeded = set(
        RoleCourse.objects.filter(job_role__in=roles.values()).values_list("job_role_id", flat=True)
    )
    for code, rows in ROLE_COURSES.items():
        role = roles.get(code)
        if role is None or role.pk in seeded:
            continue
        for slug, months in rows:
            if slug in courses:
                role_course_save(
                    role_course=RoleCourse(
                        job_role=role, course=courses[slug], renew_every_months=months
                    ),
                    actor=None,
                )
                counts["mandatory courses"] += 1


def _managers() -> dict[int, list[StaffProfile]]:
    """{org unit id: the active staff who manage it}."""
    found: dict[int, list[StaffProfile]] = {}
    for manager in (
        StaffProfile.objects.filter(is_active=True, managed_units__isnull=False)
        .select_related("user")
        .prefetch_related("managed_units")
        .distinct()
    ):
        for unit in manager.managed_units.all():
            found.setdefault(unit.pk, []).append(manager)
    return found


def _manager_of(staff: StaffProfile, managers: dict[int, list[StaffProfile]]) -> User | None:
    """The user of the nearest manager above `staff` (the head of their department) who may
    manage them, or None (a department head, the library office)."""
    unit = staff.org_unit
    while unit is not None:
        for manager in managers.get(unit.pk, []):
            if (
                manager.pk != staff.pk
                and manager.user_id is not None
                and policies.can_manage_staff(manager.user, staff)
            ):
                return manager.user
        unit = unit.parent
    return None


def _staff() -> dict[str, StaffProfile]:
    numbers = set(STAFF_RECORDS) | {row[0] for row in ASSIGNMENTS}
    return {
        profile.staff_number: profile
        for profile in StaffProfile.objects.filter(
            staff_number__in=numbers, is_active=True
        ).select_related("user", "org_unit__parent__parent")
    }


def _record(counts: Counter, **kwargs) -> None:
    _evidence, created = evidence_record(**kwargs)
    if created:
        counts["evidence records"] += 1


def load_staff_records(counts: Counter, staff: dict[str, StaffProfile], now: dt.datetime) -> None:
    """Certificates, managers' assessments and self-assessments of the demo staff."""
    competencies = Competency.objects.in_bulk(field_name="code")
    managers = _managers()
    hr = User.objects.filter(username="hr").first()
    for number, entries in STAFF_RECORDS.items():
        profile = staff.get(number)
        if profile is None:
            continue
        manager = _manager_of(profile, managers)
        for entry in entries:
            competency = competencies.get(entry.code)
            if competency is None:
                continue
            recorded_at = now - dt.timedelta(days=entry.days_ago)
            if isinstance(entry, External):
                expires_on = (
                    timezone.localdate(recorded_at) + dt.timedelta(days=entry.valid_days)
                    if entry.valid_days
                    else None
                )
                _record(
                    counts,
                    staff=profile,
                    competency=competency,
                    level=_level(entry.level),
                    source=Evidence.Source.COURSE,
                    source_ref=f"demo:external:{entry.code}:{entry.days_ago}",
                    recorded_at=recorded_at,
                    expires_on=expires_on,
                    recorded_by=hr,
                    note=entry.note,
                )
            elif isinstance(entry, Assess):
                if manager is None:
                    continue
                levels = entry.level if isinstance(entry.level, dict) else {"": entry.level}
                for skill, level in levels.items():
                    _record(
                        counts,
                        staff=profile,
                        competency=competency,
                        level=_level(level),
                        skill=skill,
                        source=Evidence.Source.MANAGER,
                        source_ref=(
                            f"demo:assessment:{entry.code}:{skill or 'all'}:{entry.days_ago}"
                        ),
                        recorded_at=recorded_at,
                        recorded_by=manager,
                        note=entry.note,
                    )
            elif profile.user_id is not None:  # a self-assessment
                for skill, level in entry.levels.items():
                    _record(
                        counts,
                        staff=profile,
                        competency=competency,
                        level=_level(level),
                        skill=skill,
                        source=Evidence.Source.SELF,
                        source_ref=f"demo:self:{entry.code}:{skill}:{entry.days_ago}",
                        recorded_at=recorded_at,
                        recorded_by=profile.user,
                    )


def load_assignments(
    counts: Counter,
    staff: dict[str, StaffProfile],
    courses: dict[str, CoursePage],
    now: dt.datetime,
) -> None:
    """Open assignments: some overdue, some due within a week, some later. A course is assigned
    only to someone who never had it assigned and has not completed it."""
    today = timezone.localdate(now)
    managers = _managers()
    people = [staff[number] for number, *_rest in ASSIGNMENTS if number in staff]
    assigned = set(
        Assignment.objects.filter(staff__in=people).values_list("staff_id", "course_key")
    )
    completed = set(
        Enrolment.objects.filter(staff__in=people, completed_at__isnull=False).values_list(
            "staff_id", "course_key"
        )
    )
    for number, slugs, due_in, reason in ASSIGNMENTS:
        profile = staff.get(number)
        if profile is None:
            continue
        keys = [courses[slug].translation_key for slug in slugs if slug in courses]
        if any((profile.pk, key) in assigned for key in keys):
            continue  # done on an earlier run (or by a manager since)
        assigner = _manager_of(profile, managers)
        course = next(
            (
                courses[slug]
                for slug in slugs
                if slug in courses and (profile.pk, courses[slug].translation_key) not in completed
            ),
            None,
        )
        if assigner is None or course is None:
            continue
        try:
            with transaction.atomic():
                assignment = assignment_create(
                    staff=profile,
                    course=course,
                    due_date=max(today, today + dt.timedelta(days=due_in)),
                    reason=reason,
                    assigned_by=assigner,
                )
        except ValidationError:
            continue
        assigned.add((profile.pk, course.translation_key))
        # Assigned some weeks ago; an overdue one was due before today (which the service
        # rightly refuses for a new assignment).
        Assignment.objects.filter(pk=assignment.pk).update(
            due_date=today + dt.timedelta(days=due_in),
            created_at=now - dt.timedelta(days=max(2, 30 - due_in // 2)),
        )
        counts["assignments"] += 1


def load_appraisal_periods(counts: Counter, today: dt.date) -> None:
    """Last year's and this year's annual appraisal, and this half year's probation reviews:
    the periods HR filters the register and the summaries by."""
    from .models import AppraisalPeriod

    year = today.year
    periods = [
        (f"{year - 1} 年度考核", AppraisalPeriod.Kind.ANNUAL, (year - 1, 1, 1), (year - 1, 12, 31)),
        (f"{year} 年度考核", AppraisalPeriod.Kind.ANNUAL, (year, 1, 1), (year, 12, 31)),
    ]
    half = (year, 1, 1), (year, 6, 30)
    if today.month > 6:
        half = (year, 7, 1), (year, 12, 31)
    periods.append(
        (
            f"{year} {'上' if today.month <= 6 else '下'}半年试用期考核",
            AppraisalPeriod.Kind.PROBATION,
            *half,
        )
    )
    for name, kind, start, end in periods:
        _, created = AppraisalPeriod.objects.get_or_create(
            name=name,
            defaults={"kind": kind, "starts_on": dt.date(*start), "ends_on": dt.date(*end)},
        )
        if created:
            counts["appraisal periods"] += 1


def load_competency_demo(*, stdout=None) -> Counter:
    """Role requirements, mandatory courses, staff records and assignments of the demo; returns
    what was created (nothing on a second run)."""
    counts: Counter = Counter()
    now = timezone.now()
    courses = _courses()
    staff = _staff()
    with transaction.atomic():
        load_role_requirements(counts)
        load_mandatory_courses(counts, courses)
        load_staff_records(counts, staff, now)
        load_assignments(counts, staff, courses, now)
        load_appraisal_periods(counts, timezone.localdate(now))
    if stdout is not None:
        created = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
        stdout.write(f"Competency demo: {created or 'nothing new'}.")
    return counts
