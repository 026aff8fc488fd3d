"""Addresses of certificates that leave the site: the verify link printed on the PDF and in
the QR code, and the identifiers of Open Badges credentials."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def site_url() -> str:
    return settings.MERIDIAN_SITE_URL.rstrip("/")


def verify_path(code: str) -> str:
    """The verify page in the default language (no language prefix), with the code grouped as
    printed ('ABCD-EFGH-JKMN-PQRS'): the page's canonical address, stable for print."""
    from .models import format_code, normalise_code

    grouped = format_code(normalise_code(code) or code)
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("certificate-verify", kwargs={"code": grouped})


def verify_url(code: str) -> str:
    return site_url() + verify_path(code)
