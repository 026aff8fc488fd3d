"""What the reports app does when the certificates app says something happened: queue the
webhooks of the evaluation system (webhooks.py). The signals are sent after the certificate's
transaction committed and with `send_robust`, so nothing here can undo or delay an issue or a
revocation; the HTTP requests are made later by the task worker."""

from __future__ import annotations

from django.dispatch import receiver

from training.certificates.models import Certificate
from training.certificates.signals import certificate_issued, certificate_revoked

from .webhooks import Event, webhook_event_record


@receiver(certificate_issued, dispatch_uid="reports.webhooks.certificate_issued")
def on_certificate_issued(sender, *, certificate: Certificate, **kwargs) -> None:
    webhook_event_record(event=Event.ISSUED, certificate=certificate)


@receiver(certificate_revoked, dispatch_uid="reports.webhooks.certificate_revoked")
def on_certificate_revoked(sender, *, certificate: Certificate, **kwargs) -> None:
    webhook_event_record(event=Event.REVOKED, certificate=certificate)
