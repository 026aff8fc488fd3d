"""Signing in and out, in the language the person is reading."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import reverse


def home_url() -> str:
    """The home page in the active language: / in Chinese, /en/ in English."""
    return reverse("wagtail_serve", args=[""])


class LoginView(auth_views.LoginView):
    """Without a `next`, back to the home page of the login page's language (not always /)."""

    def get_default_redirect_url(self) -> str:
        return home_url()


class LogoutView(auth_views.LogoutView):
    """Signed out from an English page, the person lands on the English home page."""

    def get_default_redirect_url(self) -> str:
        return home_url()
