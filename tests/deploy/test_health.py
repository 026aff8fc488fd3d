"""/health/ and /health/live/ in this process, against real dependencies and real broken ones
(a Redis port nobody listens on, a media directory that does not exist, an S3 endpoint that
refuses connections): the failing check is named and the answer is 503."""

from __future__ import annotations

import json
import uuid

import pytest
from django.test import override_settings

from tests.deploy.conftest import REDIS_URL, S3_CREDENTIALS
from tests.servers import free_port

pytestmark = pytest.mark.django_db

REDIS_CACHE = "django.core.cache.backends.redis.RedisCache"
TIMEOUTS = {"socket_connect_timeout": 2, "socket_timeout": 2}


def get(client, url: str):
    response = client.get(url)
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    # A load balancer polls this every few seconds: no session, no CSRF cookie, nothing kept.
    assert not response.cookies
    return response, json.loads(response.content)


def test_ok_shape_without_signing_in(client):
    response, body = get(client, "/health/")
    assert response.status_code == 200
    assert body == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }


def test_not_under_a_language_prefix(client):
    assert client.get("/en/health/").status_code == 404


def test_live_does_not_look_at_dependencies(client):
    broken = {"default": {"BACKEND": REDIS_CACHE, "LOCATION": f"redis://127.0.0.1:{free_port()}"}}
    with override_settings(CACHES=broken):
        response, body = get(client, "/health/live/")
    assert response.status_code == 200
    assert body == {"status": "ok"}


def test_only_reads(client):
    assert client.post("/health/").status_code == 405
    assert client.head("/health/").status_code == 200


def test_cache_on_a_closed_port_fails_the_cache_check(client):
    location = f"redis://127.0.0.1:{free_port()}/5"
    broken = {"default": {"BACKEND": REDIS_CACHE, "LOCATION": location, "OPTIONS": TIMEOUTS}}
    with override_settings(CACHES=broken):
        response, body = get(client, "/health/")
    assert response.status_code == 503
    assert body["status"] == "fail"
    assert body["checks"] == {"database": "ok", "cache": "fail", "storage": "ok"}
    assert body["errors"] == {"cache": "ConnectionError"}
    # The error's class, never its text (which holds the address).
    assert str(location) not in response.content.decode()


def test_real_redis_passes(client):
    import redis

    server = redis.Redis.from_url(REDIS_URL)
    try:
        server.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    # A prefix of this test's own: the two-server test may use database 5 at the same time.
    prefix = f"health-test-{uuid.uuid4().hex}"
    cache = {
        "default": {
            "BACKEND": REDIS_CACHE,
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": TIMEOUTS,
        }
    }
    with override_settings(CACHES=cache):
        response, body = get(client, "/health/")
    assert response.status_code == 200
    assert body["checks"]["cache"] == "ok"
    # The check cleans up after itself.
    assert server.keys(f"{prefix}*") == []
    server.close()


def test_missing_media_directory_fails_the_storage_check(client, tmp_path):
    missing = tmp_path / "not-there"
    storages = {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(missing)},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        response, body = get(client, "/health/")
        assert response.status_code == 503
        assert body["checks"] == {"database": "ok", "cache": "ok", "storage": "fail"}
        missing.mkdir()
        response, body = get(client, "/health/")
        assert response.status_code == 200


def s3_storages(endpoint: str, bucket: str) -> dict:
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "access_key": S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
                "secret_key": S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
            },
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def test_s3_bucket_passes_and_a_missing_bucket_fails(client, s3_endpoint, bucket):
    with override_settings(STORAGES=s3_storages(s3_endpoint, bucket)):
        response, body = get(client, "/health/")
    assert response.status_code == 200, body
    with override_settings(STORAGES=s3_storages(s3_endpoint, bucket + "-gone")):
        response, body = get(client, "/health/")
    assert response.status_code == 503
    assert body["checks"]["storage"] == "fail"
    assert body["errors"] == {"storage": "ClientError"}


def test_s3_endpoint_refusing_connections_fails_the_storage_check(client):
    closed = f"http://127.0.0.1:{free_port()}"
    with override_settings(STORAGES=s3_storages(closed, "meridian")):
        response, body = get(client, "/health/")
    assert response.status_code == 503
    assert body["checks"] == {"database": "ok", "cache": "ok", "storage": "fail"}
    assert body["errors"]["storage"] == "EndpointConnectionError"
