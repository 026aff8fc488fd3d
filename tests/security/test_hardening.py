"""Hardening: the Content Security Policy, cookie and session settings, login throttling
(django-axes) behind the reverse proxy, and `check --deploy` with the production settings.

The browser side of the policy (no violation, scripts still work) is tests/browser/test_csp.py.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client, RequestFactory, override_settings
from django.utils import translation
from django.utils.translation import gettext, ngettext

from home.security import axes_client_ip
from tests.courses import conftest as course_fixtures

# The catalog and its courses (tests/courses/conftest.py), reused as fixtures of this module.
locales = course_fixtures.locales
home = course_fixtures.home
home_en = course_fixtures.home_en
catalog = course_fixtures.catalog
english = course_fixtures.english
japanese = course_fixtures.japanese
lang_en_competency = course_fixtures.lang_en_competency
courses = course_fixtures.courses

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"
LIMIT = 5  # settings.AXES_FAILURE_LIMIT: the tests spell out the figure the settings promise
KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_!@%^*+="
EXECUTABLE = {"", "text/javascript", "module", "application/javascript"}


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_strict_policy(response, url: str) -> dict[str, list[str]]:
    directives = policy(response)
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header, (url, header)
    assert directives["default-src"] == ["'self'"], url
    for name in ("script-src", "style-src"):
        assert directives[name][0] == "'self'", (url, name, directives[name])
        # Beyond 'self', only this response's nonce (when the page needed one).
        assert all(source.startswith("'nonce-") for source in directives[name][1:]), url
    assert directives["img-src"] == ["'self'", "data:"], url
    assert directives["object-src"] == ["'none'"], url
    assert directives["base-uri"] == ["'self'"], url
    assert directives["form-action"] == ["'self'"], url
    assert directives["frame-ancestors"] == ["'none'"], url
    return directives


def assert_no_inline_code(response, url: str) -> None:
    """Every script and style element is a file or carries this response's nonce, and no element
    has an event-handler attribute or a javascript: link (the policy would refuse them)."""
    directives = policy(response)
    nonces = {
        source[len("'nonce-") : -1]
        for source in directives["script-src"] + directives["style-src"]
        if source.startswith("'nonce-")
    }
    html = BeautifulSoup(response.content, "html.parser")
    for script in html.find_all("script"):
        if script.get("src") or script.get("type", "").lower() not in EXECUTABLE:
            continue
        assert script.get("nonce") in nonces, (url, str(script)[:200])
    for style in html.find_all("style"):
        assert style.get("nonce") in nonces, (url, str(style)[:200])
    for element in html.find_all(True):
        handlers = [name for name in element.attrs if name.lower().startswith("on")]
        assert not handlers, (url, element.name, handlers)
        assert not element.get("href", "").strip().lower().startswith("javascript:"), url


def markers(response) -> dict[str, str]:
    """The widgets that home/static/home/admin-csp.js starts: {input id: function}."""
    html = BeautifulSoup(response.content, "html.parser")
    return {
        marker["data-meridian-target"]: marker["data-meridian-init"]
        for marker in html.select("[data-meridian-init]")
    }


# --- Content Security Policy ----------------------------------------------------------------


def test_site_admin_and_api_pages_have_the_strict_policy(client, org, courses):
    lesson = courses.lessons[0]
    login = client.get("/accounts/login/")
    assert_strict_policy(login, "/accounts/login/")
    assert_no_inline_code(login, "/accounts/login/")
    client.force_login(org.learner.user)
    site = ["/", "/en/", "/courses/", courses.desk.url, lesson.url, "/me/", "/en/me/"]
    for url in site:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict_policy(response, url)
        assert_no_inline_code(response, url)
    # API: the JSON feed and its documentation page (django-ninja's Swagger UI, from static
    # files: its settings are a JSON data block, not a script).
    for url in ("/api/v1/docs", "/api/v1/openapi.json"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict_policy(response, url)
    docs = client.get("/api/v1/docs")
    assert_no_inline_code(docs, "/api/v1/docs")
    assert b"swagger-ui-bundle.js" in docs.content
    # Errors carry it too.
    assert_strict_policy(client.get("/en/no-such-page/"), "404")


def test_wagtail_admin_pages_have_the_strict_policy_and_nonced_scripts(client, org, courses):
    client.force_login(org.admin)
    urls = [
        "/admin/",
        f"/admin/pages/{courses.desk.pk}/edit/",  # InlinePanels and date-time pickers
        f"/admin/pages/{courses.lessons[0].pk}/edit/",  # StreamField
        "/admin/pages/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict_policy(response, url)
        assert_no_inline_code(response, url)
    edit = client.get(urls[1])
    html = BeautifulSoup(edit.content, "html.parser")
    # Wagtail's InlinePanel scripts run with the response's nonce ...
    nonce = next(s[7:-1] for s in policy(edit)["script-src"] if s.startswith("'nonce-"))
    panels = [s for s in html.find_all("script") if "new InlinePanel(" in s.get_text()]
    assert len(panels) == 2  # prerequisites, competency outcomes
    assert all(script["nonce"] == nonce for script in panels)
    # ... and the choosers are started by a file (home/static/home/admin-csp.js), from markers.
    assert markers(edit) == {"id_cover_image": "ImageChooser"}
    assert b"home/admin-csp.js" in edit.content
    assert b"new ImageChooser(" not in edit.content
    # So are the date pickers (an appraisal period's first and last day).
    period = client.get("/admin/appraisal/periods/new/")
    assert_strict_policy(period, "period")
    assert_no_inline_code(period, "period")
    assert markers(period) == {"id_starts_on": "initDateChooser", "id_ends_on": "initDateChooser"}
    # Each response has its own nonce.
    again = client.get(urls[1])
    assert policy(again)["script-src"] != policy(edit)["script-src"]


def test_wagtail_preview_may_be_framed_by_the_admin_only(client, org, courses):
    """The editor shows the preview in an iframe of the admin (X-Frame-Options SAMEORIGIN from
    Wagtail): the policy then lets the site itself frame it, and nobody else."""
    client.force_login(org.admin)
    url = f"/admin/pages/{courses.desk.pk}/edit/preview/"
    edit = client.get(f"/admin/pages/{courses.desk.pk}/edit/")
    form = BeautifulSoup(edit.content, "html.parser").select_one("form[data-edit-form]")
    data = {
        field["name"]: field.get("value", "")
        for field in form.select("input[name]")
        if field.get("type") not in ("checkbox", "radio", "submit", "file")
    }
    for field in form.select("textarea[name]"):
        data[field["name"]] = field.get_text()
    for select in form.select("select[name]"):
        chosen = select.select_one("option[selected]") or select.select_one("option")
        data[select["name"]] = chosen.get("value", "") if chosen else ""
    assert client.post(url, data).json()["is_valid"] is True
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    assert response["X-Frame-Options"] == "SAMEORIGIN", response.headers
    assert policy(response)["frame-ancestors"] == ["'self'"], (
        response["Content-Security-Policy"],
        type(response),
        response.headers,
    )
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_certificate_template_preview_allows_only_its_own_style_attribute(client, org):
    """The HTML preview of a certificate template sets its accent colours in a style attribute:
    the policy allows exactly that attribute's value (by hash), no other inline style."""
    from tests.training.certificates.test_preview import form_data
    from training.certificates.models import CertificateTemplate
    from training.certificates.preview import style_hash

    template = CertificateTemplate.objects.create(name="Default", accent_colour="#1f4e79")
    client.force_login(org.editor.user)
    url = f"/admin/snippets/certificates/certificatetemplate/preview/{template.pk}/"
    assert client.post(url, form_data(template)).json()["is_valid"] is True
    response = client.get(url, {"mode": "html"})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    style = html.select_one(".sheet")["style"]
    assert "#1f4e79" in style
    directives = policy(response)
    assert directives["style-src-attr"] == ["'unsafe-hashes'", style_hash(style)]
    assert directives["style-src"][0] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]


# --- Cookies and sessions -------------------------------------------------------------------


def test_session_and_csrf_cookies_are_http_only_and_same_site(client, org):
    user = org.learner.user
    user.set_password(PASSWORD)
    user.save()
    page = client.get("/accounts/login/")
    csrf = page.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["samesite"] == "Lax"
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"
    # Ends when the browser closes (no Max-Age/Expires), and on the server after 8 hours.
    assert not session["max-age"] and not session["expires"]
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert client.session.get_expire_at_browser_close() is True
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert client.get("/").headers["X-Frame-Options"] == "DENY"


# --- Login throttling -----------------------------------------------------------------------


def failed_logins(client: Client, url: str, username: str, times: int, **headers) -> list:
    return [
        client.post(url, {"username": username, "password": "wrong"}, **headers)
        for _ in range(times)
    ]


def in_language(language: str, message: str, plural: str | None = None, n: int = 0) -> str:
    with translation.override(language):
        return (
            ngettext(message, plural, n) % {"limit": n, "minutes": n}
            if plural
            else gettext(message)
        )


def lockout_texts(language: str) -> list[str]:
    return [
        in_language(language, "Too many sign-in attempts"),
        in_language(
            language,
            "The password was wrong %(limit)s time in a row.",
            "The password was wrong %(limit)s times in a row.",
            LIMIT,
        ),
        in_language(
            language,
            "To protect the account, signing in with this user name from your network is paused "
            "for %(minutes)s minute.",
            "To protect the account, signing in with this user name from your network is paused "
            "for %(minutes)s minutes.",
            15,
        ),
        in_language(language, "Back to sign in"),
    ]


@pytest.mark.parametrize(
    ("prefix", "language", "html_lang"), [("", "zh-hans", "zh-Hans"), ("/en", "en", "en")]
)
def test_five_failures_lock_the_user_out_with_a_translated_page(
    client, org, prefix, language, html_lang
):
    user = org.learner.user
    user.set_password(PASSWORD)
    user.save()
    url = f"{prefix}/accounts/login/"
    responses = failed_logins(client, url, user.username, LIMIT - 1)
    assert [r.status_code for r in responses] == [200] * (LIMIT - 1)  # the form, with its error

    locked = failed_logins(client, url, user.username, 1)[0]
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(15 * 60)
    page = BeautifulSoup(locked.content, "html.parser")
    assert page.html["lang"] == html_lang
    text = " ".join(page.select_one("main").get_text(" ").split())
    for expected in lockout_texts(language):
        assert expected in text, (expected, text)
    assert page.select_one("main a")["href"] == url
    assert_strict_policy(locked, url)

    # Even the right password is refused now, and nobody is signed in.
    right = client.post(url, {"username": user.username, "password": PASSWORD})
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    attempt = AccessAttempt.objects.get(username=user.username)
    assert attempt.ip_address == "127.0.0.1"
    # Other users from the same address are not affected (a library's shared NAT address).
    other = org.circ_staff.user
    other.set_password(PASSWORD)
    other.save()
    assert client.post(url, {"username": other.username, "password": PASSWORD}).status_code == 302


def test_a_correct_login_resets_the_count(client, org):
    user = org.learner.user
    user.set_password(PASSWORD)
    user.save()
    failed_logins(client, "/accounts/login/", user.username, LIMIT - 1)
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username=user.username).exists()
    client.post("/accounts/logout/")
    # A fresh count: four more failures do not lock, the fifth does.
    assert {r.status_code for r in failed_logins(client, "/accounts/login/", user.username, 4)} == {
        200
    }
    assert failed_logins(client, "/accounts/login/", user.username, 1)[0].status_code == 429


def test_the_wagtail_admin_login_is_throttled_too(client, org):
    editor = org.editor.user
    editor.set_password(PASSWORD)
    editor.save()
    responses = failed_logins(client, "/admin/login/", editor.username, LIMIT)
    assert [r.status_code for r in responses] == [200] * (LIMIT - 1) + [429]
    page = BeautifulSoup(responses[-1].content, "html.parser")
    assert in_language("zh-hans", "Too many sign-in attempts") in page.get_text()
    assert page.select_one("main a")["href"] == "/admin/login/"
    # The site's sign-in page shares the count: the same person is locked out there as well.
    right = client.post("/accounts/login/", {"username": editor.username, "password": PASSWORD})
    assert right.status_code == 429


@override_settings(MERIDIAN_TRUSTED_PROXIES=1)
def test_behind_the_proxy_each_client_address_is_counted_on_its_own(org):
    user = org.learner.user
    user.set_password(PASSWORD)
    user.save()
    proxy = {"REMOTE_ADDR": "10.0.0.2"}  # our reverse proxy: every request comes from it
    first, second = Client(**proxy), Client(**proxy)
    # The client writes its own X-Forwarded-For; the proxy appends the address it saw.
    locked = failed_logins(
        first,
        "/accounts/login/",
        user.username,
        LIMIT,
        HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.5",
    )
    assert locked[-1].status_code == 429
    assert AccessAttempt.objects.get().ip_address == "203.0.113.5"
    # Another person behind the same proxy signs in with the same username.
    response = second.post(
        "/accounts/login/",
        {"username": user.username, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.6",
    )
    assert response.status_code == 302
    assert second.session["_auth_user_id"] == str(user.pk)
    # The locked-out one still is, whatever it writes further left in the header.
    again = first.post(
        "/accounts/login/",
        {"username": user.username, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.6, 203.0.113.5",
    )
    assert again.status_code == 429


@override_settings(MERIDIAN_TRUSTED_PROXIES=0)
def test_a_forged_forwarded_for_is_not_trusted_without_a_proxy(client, org):
    user = org.learner.user
    user.set_password(PASSWORD)
    user.save()
    statuses = [
        client.post(
            "/accounts/login/",
            {"username": user.username, "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        ).status_code
        for number in range(LIMIT)
    ]
    assert statuses == [200] * (LIMIT - 1) + [429]
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["127.0.0.1"]


def test_ipv6_clients_are_counted_per_network():
    factory = RequestFactory()
    one = factory.post("/", REMOTE_ADDR="2001:db8:1:2:aaaa::1")
    two = factory.post("/", REMOTE_ADDR="2001:db8:1:2:bbbb::9")
    assert axes_client_ip(one) == axes_client_ip(two) == "2001:db8:1:2::"
    assert axes_client_ip(factory.post("/", REMOTE_ADDR="::ffff:192.0.2.1")) == "192.0.2.1"
    assert axes_client_ip(factory.post("/", REMOTE_ADDR="")) is None


# --- Production settings --------------------------------------------------------------------


def production_env(tmp_path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "AWS_", "REDIS", "SECURE_", "SESSION_", "AXES_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="".join(secrets.choice(KEY_ALPHABET) for _ in range(64)),
        ALLOWED_HOSTS="meridian.library.example.edu",
        CSRF_TRUSTED_ORIGINS="https://meridian.library.example.edu",
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy-check.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:6379/15",
        MERIDIAN_TRUSTED_PROXIES="1",
    )
    return env


def test_check_deploy_with_production_settings_gives_no_warnings(tmp_path):
    result = subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output, output
    assert "WARNING" not in output and "?:" not in output, output


def test_production_settings_make_the_cookies_https_only(tmp_path):
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.SECURE_HSTS_SECONDS, "
        "s.SECURE_SSL_REDIRECT, s.X_FRAME_OPTIONS, s.AXES_FAILURE_LIMIT, "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]))"
    )
    env = production_env(tmp_path)
    env.update(
        AWS_STORAGE_BUCKET_NAME="meridian-media", AWS_S3_ENDPOINT_URL="https://s3.example.edu:9000"
    )
    result = subprocess.run(  # noqa: S603 (the interpreter running the tests, fixed code)
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [
        True,
        True,
        True,
        "Lax",
        31536000,
        True,
        "DENY",
        5,
        ["'self'", "data:", "https://s3.example.edu:9000"],
    ]
