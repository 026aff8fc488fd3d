"""The certificate renderer reads nothing but the project's own files.

WeasyPrint fetches stylesheets, images and fonts through `CertificateURLFetcher`: static files,
media files, the prepared fonts and data: URLs only. Everything else is refused with a clear
error (which WeasyPrint logs, leaving the resource out), and a render never opens a socket.
"""

from __future__ import annotations

import logging
import socket

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from training.certificates import render
from training.certificates.render import CertificateURLFetcher, URLRefused, resolve_url

REFUSED = [
    "http://example.com/x.png",
    "https://example.com/x.png",
    "https://example.com/static/certificates/pdf/certificate.css",
    "http://certificate.invalid/static/certificates/pdf/certificate.css",
    "//example.com/static/certificates/pdf/certificate.css",
    "ftp://example.com/x.png",
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "/etc/passwd",
    "/static/../../etc/passwd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2fetc/passwd",
    "/media/../settings.py",
    "/media/images/../../config/settings/base.py",
    "https://certificate.invalid/media/../config/settings/base.py",
    "/_fonts/../db.sqlite3",
    "/_fonts/../../etc/passwd",
    "/_fonts/sub/NotoSerifCJKsc-Regular-basic.otf",
    "/_fonts/settings.py",
    "/static/",
    "/media/",
    "/static//etc/passwd",
    "/media/x\\..\\..\\settings.py",
    "javascript:alert(1)",
]


@pytest.fixture
def fetcher() -> CertificateURLFetcher:
    return CertificateURLFetcher()


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test on any attempt to resolve a name or open a connection."""

    def refuse(*args, **kwargs):
        pytest.fail(f"network access during a certificate render: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("url", REFUSED)
def test_fetcher_refuses_anything_outside_its_roots(fetcher, no_network, url):
    with pytest.raises(URLRefused, match="does not fetch"):
        fetcher(url)


def test_refusal_explains_what_is_allowed(fetcher):
    with pytest.raises(URLRefused) as refused:
        fetcher("http://example.com/x.png")
    message = str(refused.value)
    assert "http://example.com/x.png" in message
    assert "static files" in message and "data: URLs" in message


def test_fetcher_serves_static_files(fetcher, no_network):
    response = fetcher("/static/certificates/pdf/certificate.css")
    assert response.content_type == "text/css"
    assert b"@page" in response.read()
    absolute = fetcher(f"{render.BASE_URL}static/certificates/pdf/fonts.css")
    assert b"@font-face" in absolute.read()


def test_fetcher_serves_media_files_from_storage(fetcher, no_network):
    name = default_storage.save("images/fetcher-test.txt", ContentFile(b"media bytes"))
    assert fetcher(f"/media/{name}").read() == b"media bytes"
    assert fetcher(f"{render.BASE_URL}media/{name}").read() == b"media bytes"


def test_fetcher_serves_the_prepared_fonts(fetcher, no_network):
    response = fetcher("/_fonts/NotoSerifCJKsc-Regular-basic.otf")
    assert response.read(4) == b"OTTO"


def test_missing_files_are_errors_not_guesses(fetcher):
    with pytest.raises(FileNotFoundError):
        fetcher("/static/certificates/pdf/no-such-file.css")
    with pytest.raises(FileNotFoundError):
        fetcher("/_fonts/NoSuchFont.otf")
    with pytest.raises(OSError):
        fetcher("/media/images/no-such-file.png")


def test_fetcher_serves_data_urls(fetcher, no_network):
    assert fetcher("data:text/plain;base64,aGVsbG8=").read() == b"hello"
    response = fetcher("data:image/svg+xml,%3Csvg%2F%3E")
    assert response.read() == b"<svg/>"
    assert response.content_type == "image/svg+xml"


def test_resolve_url_maps_to_the_three_roots():
    assert resolve_url("/static/certificates/pdf/certificate.css") == (
        "static",
        "certificates/pdf/certificate.css",
    )
    assert resolve_url(f"{render.BASE_URL}media/images/logo.max-400x200.png") == (
        "media",
        "images/logo.max-400x200.png",
    )
    assert resolve_url("/_fonts/NotoSerifCJKsc-Bold-full.otf") == (
        "font",
        "NotoSerifCJKsc-Bold-full.otf",
    )


def test_render_of_hostile_html_fetches_nothing_outside(no_network, caplog, monkeypatch):
    """Even raw HTML (not the escaped template) cannot make WeasyPrint reach out: the fetcher
    refuses, WeasyPrint logs it and leaves the resources out, and no socket is touched."""
    refused = []
    original = render.resolve_url

    def spy(url):
        try:
            return original(url)
        except URLRefused:
            refused.append(url)
            raise

    monkeypatch.setattr(render, "resolve_url", spy)
    html = (
        "<html><head>"
        '<link rel="stylesheet" href="file:///etc/passwd">'
        '<link rel="stylesheet" href="http://example.com/evil.css">'
        "<style>@import url(https://example.com/import.css);"
        "p { background: url(/static/../../etc/passwd) }</style>"
        "</head><body>"
        '<p>text</p><img src="http://example.com/x.png"><img src="https://example.com/y.png">'
        '<img src="../../../etc/passwd"><img src="/media/../settings.py">'
        "</body></html>"
    )
    with caplog.at_level(logging.WARNING, logger="weasyprint"), render._lock:
        pdf = render._layout(html, render._get_renderer(), {}).write_pdf()
    assert pdf.startswith(b"%PDF")
    assert "file:///etc/passwd" in refused
    assert "http://example.com/evil.css" in refused
    assert "https://example.com/import.css" in refused
    assert "http://example.com/x.png" in refused
    assert "https://example.com/y.png" in refused
    assert f"{render.BASE_URL}etc/passwd" in refused  # ../ resolved against the base: no root
    assert "does not fetch" in caplog.text
