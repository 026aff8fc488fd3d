"""Signals of the progress app, for the layers above it (certificates, reports).

`course_completed` is sent once per enrolment, after the transaction that recorded the completion
has committed (`transaction.on_commit`), with `sender=Enrolment` and `enrolment=<Enrolment>`.
Receivers call their own services (the certificates app issues a certificate). A failing receiver
is logged and does not undo the completion.
"""

from django.dispatch import Signal

course_completed = Signal()
