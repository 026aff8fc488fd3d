"""Signals of the assessments app, for the layers above it (progress, certificates, reports).

Both are sent after the transaction that recorded them has committed (`transaction.on_commit`),
with `sender=Attempt` and `attempt=<Attempt>`:

- `attempt_submitted`: an attempt has finished (submitted by the learner, or closed at its time
  limit or when the quiz closed). Sent once per attempt.
- `attempt_graded`: an attempt has a grade (`score`, `percent`, `passed`). Sent once per
  attempt, right after `attempt_submitted`. Receivers are idempotent all the same (the progress
  app records lesson and course completion and competency evidence once, however often told).

A failing receiver is logged and does not undo the grade.
"""

from django.dispatch import Signal

attempt_submitted = Signal()
attempt_graded = Signal()
