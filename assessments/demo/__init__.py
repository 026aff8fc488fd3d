"""Demo content for the assessments app: the demo courses' quizzes and their listening clips."""
