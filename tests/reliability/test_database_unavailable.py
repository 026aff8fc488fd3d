"""home/middleware.py: a database connection error anywhere in a request is answered 503 with
Retry-After, as a translated page (no database needed to render it) or as JSON where the client
reads JSON; other errors stay 500."""

import re

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from home.middleware import RETRY_AFTER

pytestmark = pytest.mark.urls("tests.reliability.urls")

HEADING = "Meridian is temporarily unavailable"


def heading(language: str) -> str:
    with translation.override(language):
        return gettext(HEADING)


def check_page(response, language: str) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER)
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert heading(language) in page
    assert f'lang="{"en" if language == "en" else "zh-Hans"}"' in page
    # The standalone page: none of base.html's navigation (which needs the database).
    assert "<nav" not in page
    # Its one inline style carries the nonce that this response's policy allows.
    nonce = re.search(r'<style nonce="([^"]+)">', page).group(1)
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


@pytest.fixture
def client(client):
    client.raise_request_exception = False
    return client


def test_view_error_is_a_chinese_503_page_by_default(client):
    check_page(client.get("/operational/"), "zh-hans")


def test_view_error_under_en_is_an_english_503_page(client):
    response = client.get("/en/operational/")
    check_page(response, "en")
    assert "Meridian is temporarily unavailable" in response.content.decode()


def test_interface_error_is_a_503_too(client):
    check_page(client.get("/interface/"), "zh-hans")


@pytest.mark.parametrize("path", ["/operational/", "/en/operational/"])
def test_a_client_asking_for_json_gets_json(client, path):
    response = client.get(path, headers={"Accept": "application/json"})
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER)
    body = response.json()
    assert body["unavailable"] is True
    assert body["retry_after"] == RETRY_AFTER
    language = "en" if path.startswith("/en/") else "zh-hans"
    with translation.override(language):
        assert body["error"] == gettext(
            "The service is temporarily unavailable. Your last saved answers are kept; please "
            "try again in a moment."
        )
    assert ("服务暂时不可用" in body["error"]) is (language == "zh-hans")


def test_the_api_answers_json_whatever_it_accepts(client):
    response = client.get("/api/v1/operational/", headers={"Accept": "text/html"})
    assert response.status_code == 503
    assert response.json()["unavailable"] is True


def test_an_error_in_a_middleware_below_is_covered(settings):
    middleware = list(settings.MIDDLEWARE)
    position = middleware.index("home.middleware.DatabaseUnavailableMiddleware")
    middleware.insert(position + 1, "tests.reliability.urls.FailingMiddleware")
    settings.MIDDLEWARE = middleware
    client = Client(raise_request_exception=False)  # loads the middleware on its first request
    check_page(client.get("/middleware-fails/"), "zh-hans")
    check_page(client.get("/en/middleware-fails/"), "en")
    assert client.get("/fine/").content == b"fine"


def test_other_errors_stay_500_and_good_requests_pass(client):
    assert client.get("/other/").status_code == 500
    response = client.get("/fine/")
    assert response.status_code == 200
    assert response.content == b"fine"


def test_the_shared_cache_out_of_reach_is_a_503_too(client, settings):
    """Redis stopped (a port nobody listens on: a real refused connection, not a stand-in)."""
    from tests.servers import free_port

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    check_page(client.get("/cache/"), "zh-hans")
    response = client.get("/cache/", headers={"Accept": "application/json"})
    assert response.status_code == 503
    assert response.json()["unavailable"] is True
