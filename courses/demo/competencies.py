"""The competencies the demo courses give evidence for (the framework's first entries)."""

from __future__ import annotations

from training.competencies.models import Competency
from training.competencies.services import competency_save
from training.people.models import Language

# code, area, scale, language, name_zh, name_en, description (en)
DEMO_COMPETENCIES = [
    ("lang-en", "languages", "cefr", "en", "英语服务能力", "English for service",
     "Spoken interaction and writing in English with library users."),
    ("lang-ja", "languages", "cefr", "ja", "日语服务能力", "Japanese for service",
     "Spoken interaction in Japanese with library users."),
    ("cross-cultural", "cultural", "five", None, "跨文化沟通", "Cross-cultural communication",
     "Serving users from other cultures with awareness of context, names and expectations."),
    ("intl-ill", "international", "five", None, "国际馆际互借与文献传递",
     "International interlibrary loan and document delivery",
     "Requesting and supplying documents across borders: systems, copyright, costs, delivery."),
    ("visiting-scholar", "international", "five", None, "访问学者与国际学生支持",
     "Visiting-scholar and international-student support",
     "Accounts, access, orientation and referral for international students and scholars."),
    ("intl-databases", "international", "five", None, "国际数据库检索",
     "Searching international databases",
     "Transliteration, author names across scripts and controlled vocabularies."),
]  # fmt: skip


def load_competencies() -> int:
    """Create the demo competencies that do not exist yet; returns how many were created."""
    existing = set(
        Competency.objects.filter(code__in=[row[0] for row in DEMO_COMPETENCIES]).values_list(
            "code", flat=True
        )
    )
    created = 0
    for code, area, scale, language, name_zh, name_en, description in DEMO_COMPETENCIES:
        if code in existing:
            continue
        competency_save(
            competency=Competency(
                code=code,
                area=area,
                scale=scale,
                language=Language.objects.get(code=language) if language else None,
                name_zh=name_zh,
                name_en=name_en,
                description=description,
            )
        )
        created += 1
    return created
