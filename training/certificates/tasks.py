"""Background tasks of the certificates app (run by the task worker, `manage.py db_worker`)."""

from __future__ import annotations

from django_tasks import task

from . import services
from .models import Certificate


@task()
def certificate_render(*, certificate_id: int) -> bool:
    """Render and store the PDF of a newly issued certificate; False if it was already stored."""
    from .render import certificate_pdf  # WeasyPrint loads only where PDFs are made

    certificate = Certificate.objects.select_related("staff").get(pk=certificate_id)
    if certificate.pdf:
        return False
    services.certificate_store_pdf(certificate=certificate, pdf=certificate_pdf(certificate))
    return True


@task()
def certificates_daily() -> dict[str, int]:
    """The daily round: issue certificates a failed receiver missed, send expiry reminders."""
    issued = services.certificates_issue_missing()
    reminders = services.certificate_expiry_reminders_send()
    return {
        "issued": issued,
        "reminders_sent": reminders.sent,
        "reminders_failed": reminders.failed,
    }
