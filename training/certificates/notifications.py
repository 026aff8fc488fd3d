"""E-mail about certificates: the expiry reminder, in the language the course was completed in."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .links import site_url
from .models import Certificate


def _language(certificate: Certificate) -> str:
    """The holder's e-mail language (their staff record), like every other reminder."""
    preferred = getattr(certificate.staff, "preferred_language", "") or settings.LANGUAGE_CODE
    return "en" if preferred.startswith("en") else settings.LANGUAGE_CODE


def expiry_reminder_send(*, certificate: Certificate, days_left: int) -> None:
    """Send the holder one reminder that `certificate` expires in `days_left` days."""
    recipient = certificate.staff.user.email
    if not recipient:
        return
    with translation.override(_language(certificate)):
        context = {
            "certificate": certificate,
            "days_left": days_left,
            "name": certificate.holder_name_zh or certificate.holder_name_latin,
            "link": site_url() + reverse("my-certificates"),
            "library": certificate.design.get(
                "issuer_zh" if translation.get_language().startswith("zh") else "issuer_en", ""
            ),
        }
        subject = render_to_string("certificates/email/expiry_subject.txt", context).strip()
        body = render_to_string("certificates/email/expiry_body.txt", context)
    send_mail(subject, body, None, [recipient])
