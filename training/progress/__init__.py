"""Enrolments, assignments with due dates, lesson and course completion, learner dashboard."""
