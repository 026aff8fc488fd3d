"""The admin's own customisations in the user's admin language (their Wagtail preference), and the
account page that sets that preference.

Found by the editor's browser journey (tests/browser/test_journey_editor.py): strings of the
project's admin that stayed in one language whatever the user chose.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from tests.factories import make_editor, make_unit
from training.people.services import audit_log

pytestmark = pytest.mark.django_db

LANGUAGES = ["zh-hans", "en"]


def in_language(message: str, language: str) -> str:
    with translation.override(language):
        return gettext(message)


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def admin_client(client):
    user = User.objects.create_superuser("admin", "admin@library.example.edu", "pw")

    def signed_in(language: str):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return signed_in


@pytest.mark.parametrize("language", LANGUAGES)
def test_audit_log_labels_follow_the_admin_language(admin_client, language):
    client = admin_client(language)
    audit_log(actor=None, action="staff.create", target=None, summary="S00001 LI Yun")
    listing = soup(client.get(reverse("people_audit_log:index")))
    headers = [th.get_text(" ", strip=True) for th in listing.select("table.listing thead th")]
    for label in ("Time", "Actor", "Action", "Summary"):
        assert any(in_language(label, language) in header for header in headers), headers
    entry = listing.select_one("table.listing tbody td.title a")["href"]
    labels = [dt.get_text(strip=True) for dt in soup(client.get(entry)).select("dl dt")]
    expected = ("Time", "Actor", "Action", "Object type", "Object ID", "Summary", "Details")
    assert labels == [in_language(label, language) for label in expected]


@pytest.mark.parametrize("language", LANGUAGES)
def test_certificate_templates_breadcrumb_follows_the_admin_language(admin_client, language):
    # Another language first: Wagtail translated the crumb once, in whatever language was active.
    other = "en" if language == "zh-hans" else "zh-hans"
    index = reverse("wagtailsnippets_certificates_certificatetemplate:list")
    admin_client(other).get(index)
    crumbs = soup(admin_client(language).get(index)).select("[data-w-breadcrumbs-target] a")
    assert in_language("Home", language) in [crumb.get_text(strip=True) for crumb in crumbs]


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_chooser_title_follows_the_admin_language(admin_client, language):
    other = "en" if language == "zh-hans" else "zh-hans"
    new = reverse("progress_role_courses:add")
    admin_client(other).get(new)  # the form class and its widgets are built once
    page = soup(admin_client(language).get(new))
    with translation.override(language):
        expected = f"{gettext('Choose a page')} ({gettext('Course')})"
    assert expected in page.get_text(" ", strip=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_member_saves_their_admin_language(client, language):
    """A staff member's user has no last name (the directory keeps one Latin name): Wagtail's
    account form asked for one and refused to save the language preference."""
    editor = make_editor(make_unit("lib", "library"), name_latin="WU Yi").user
    assert editor.last_name == ""
    client.force_login(editor)
    account = reverse("wagtailadmin_account")
    form = soup(client.get(account)).select_one("form#w-editor-form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.select("input[name]")
        if field.get("type") not in ("checkbox", "file", "submit")
    }
    data.update(
        {
            "locale-preferred_language": language,
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-contrast": "system",
            "theme-density": "default",
        }
    )
    response = client.post(account, data)
    assert response.status_code == 302, soup(response).select(".error-message")
    assert UserProfile.get_for_user(editor).preferred_language == language
    page = soup(client.get(account))
    assert page.html["lang"] == language
    assert page.select_one("h1").get_text(strip=True) == in_language("Account", language)
