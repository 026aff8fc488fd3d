"""Question bank, quizzes, attempts and grading; emits attempt_submitted / attempt_graded."""
