"""Background tasks of the certificates app (run by the task worker, `manage.py db_worker`)."""

from __future__ import annotations

from django_tasks import task

from . import services
from .models import Certificate


@task()
def certificate_render(*, certificate_id: int) -> bool:
    """Render and store the PDF of a newly issued certificate; False if it was already stored."""
    certificate = Certificate.objects.get(pk=certificate_id)
    if certificate.pdf:
        return False
    services.certificate_pdf_ensure(certificate=certificate)
    return True


@task()
def certificates_daily() -> dict[str, int]:
    """Issue certificates a failed receiver missed and send expiry reminders.

    The scheduled daily round is `training.reports.tasks.reminders_daily`, which does this and
    also sends assignment reminders and manager digests; this task stays for anyone who enqueues
    the certificate part alone."""
    issued = services.certificates_issue_missing()
    reminders = services.certificate_expiry_reminders_send()
    return {
        "issued": issued,
        "reminders_sent": reminders.sent,
        "reminders_failed": reminders.failed,
    }
