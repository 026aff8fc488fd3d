"""Seed a fresh database for the exam-burst fault scenario (test_postgres_restart.py), run as a
process of its own against that database (tests/servers.py's scenario environment):

    python -m tests.reliability.seed_exam LEARNERS QUESTIONS

A course with a quiz of single-choice questions (no time limit), LEARNERS staff members and a
signed-in session for each. Prints one JSON object: the quiz's URL and the session keys.
"""

from __future__ import annotations

import json
import sys


def main(learners: int, questions: int) -> dict:
    import django

    django.setup()

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.db import transaction
    from django.utils.module_loading import import_string
    from wagtail.models import Page

    from assessments.models import QuestionBank, QuestionCategory
    from courses.models import CourseIndexPage
    from home.models import HomePage
    from tests.assessments.conftest import make_question, make_quiz
    from tests.courses.conftest import make_course, make_lesson, publish
    from tests.factories import make_staff, make_unit

    session_store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    with transaction.atomic():
        home = HomePage.objects.filter(depth=2).first() or Page.objects.get(depth=1)
        catalog = CourseIndexPage(slug="courses", title="课程目录")
        home.add_child(instance=catalog)
        catalog = publish(catalog)
        course = make_course(catalog, "exam", "服务台考试")
        lesson = make_lesson(course, "intro", "简介")
        bank = QuestionBank.objects.create(name="Exam")
        category = QuestionCategory.objects.create(bank=bank, path="Exam")
        pool = [
            make_question(
                category,
                "single",
                f"<p>问题 {number}</p>",
                [
                    {"text": f"对 {number}", "fraction": 1},
                    {"text": f"错 {number}", "fraction": 0},
                    {"text": f"也错 {number}", "fraction": 0},
                ],
                name=f"q{number}",
            )
            for number in range(1, questions + 1)
        ]
        quiz = make_quiz(course, questions=pool, lesson=lesson, pass_mark=50)
        unit = make_unit("lib", "library", name_zh="大学图书馆", name_en="University Library")
        sessions = []
        for number in range(learners):
            staff = make_staff(
                unit, number=f"E{number:04d}", name_zh=f"考生{number}", name_latin=f"EXAM {number}"
            )
            user = staff.user
            session = session_store()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.create()
            sessions.append(session.session_key)
    return {"quiz_path": quiz.get_url(), "sessions": sessions}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]))))
