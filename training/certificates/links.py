"""Addresses of certificates that leave the site: the verify link printed on the PDF and in
the QR code, and the identifiers of Open Badges credentials."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def site_url() -> str:
    return settings.MERIDIAN_SITE_URL.rstrip("/")


def verify_path(code: str) -> str:
    """The verify page in the default language (no language prefix): stable for print."""
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("certificate-verify", kwargs={"code": code})


def verify_url(code: str) -> str:
    return site_url() + verify_path(code)
