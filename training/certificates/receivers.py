"""What the certificates app does when a course is completed (a signal of the progress app)."""

from __future__ import annotations

from django.dispatch import receiver

from training.progress.models import Enrolment
from training.progress.signals import course_completed

from .services import certificate_issue


@receiver(course_completed, dispatch_uid="certificates.course_completed")
def on_course_completed(sender, *, enrolment: Enrolment, **kwargs) -> None:
    # Sent after the completion committed; issuing is a quick insert and the PDF is rendered by
    # a task, so the learner's request does not wait for WeasyPrint.
    certificate_issue(enrolment=enrolment)
