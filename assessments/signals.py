"""Signals of the assessments app, for the layers above it (progress, certificates, reports).

Both are sent after the transaction that recorded them has committed (`transaction.on_commit`),
with `sender=Attempt` and `attempt=<Attempt>`:

- `attempt_submitted`: an attempt has finished (submitted by the learner, or closed at its time
  limit or when the quiz closed). Sent once per attempt.
- `attempt_graded`: an attempt has a grade (`score`, `percent`, `passed`). Sent after the first
  grading and again after a regrade that changed the grade. Receivers must be idempotent: the
  progress app completes the quiz's lesson and checks course completion, both of which are
  recorded once whatever the number of signals.

A failing receiver is logged and does not undo the grade.
"""

from django.dispatch import Signal

attempt_submitted = Signal()
attempt_graded = Signal()
