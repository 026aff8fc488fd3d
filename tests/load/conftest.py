# The course with a quiz of every question type, as the assessment tests build it.
from tests.assessments.conftest import quizzes  # noqa: F401
