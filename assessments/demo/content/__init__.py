"""The demo quizzes, one module per demo course (same file names as courses/demo/content/).

Each module defines a QUIZ dict:

    QUIZ = {
        "course": "english-service-desk",   # a course slug in courses/demo/content
        "slug": "final-quiz",
        "after_lesson": None,                # or a lesson slug: passing the quiz completes it
        "pass_mark": 70,                     # percent
        "attempts_allowed": 3,               # 0 = unlimited
        "time_limit_minutes": 20,            # or None
        "required": True,                    # required for course completion
        "bank": {"zh": ..., "en": ...},      # the question bank's name
        "zh": {"title": ..., "intro": "<p>...</p>"},
        "en": {"title": ..., "intro": "<p>...</p>"},
        "questions": {"zh": [ParsedQuestion, ...], "en": [ParsedQuestion, ...]},
    }

The zh and en lists are the same questions in the same order (same types, competencies,
levels and number of options). Listening questions load their clip with `clip()`.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from assessments.spec import AudioClip

AUDIO_DIR = Path(__file__).resolve().parent.parent / "audio"


def clip(name: str) -> AudioClip:
    """The listening clip `name` from assessments/demo/audio/."""
    return AudioClip(name=name, content=(AUDIO_DIR / name).read_bytes())


def quiz_definitions() -> list[dict]:
    """Every QUIZ in assessments/demo/content/, in module-name order."""
    modules = sorted(info.name for info in pkgutil.iter_modules(__path__))
    return [importlib.import_module(f"{__name__}.{name}").QUIZ for name in modules]
