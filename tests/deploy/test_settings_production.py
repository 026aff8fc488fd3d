"""config.settings.production imported in a fresh interpreter with different environments:
what is required stops the start with a clear message, what is optional has its default."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys

from tests.servers import ROOT

SHOW = """
import json
from django.conf import settings
import django
django.setup()
import logging
handler = logging.getLogger().handlers[0]
print(json.dumps({
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION", ""),
    "session": settings.SESSION_ENGINE,
    "storage": settings.STORAGES["default"]["BACKEND"],
    "acl": getattr(settings, "AWS_DEFAULT_ACL", "unset"),
    "querystring_auth": getattr(settings, "AWS_QUERYSTRING_AUTH", None),
    "overwrite": getattr(settings, "AWS_S3_FILE_OVERWRITE", None),
    "endpoint": getattr(settings, "AWS_S3_ENDPOINT_URL", None),
    "docs_serve": settings.WAGTAILDOCS_SERVE_METHOD,
    "formatter": type(handler.formatter).__module__ + "." + type(handler.formatter).__name__,
    "middleware0": settings.MIDDLEWARE[0],
}))
"""


def run(code: str = SHOW, **changes: str | None) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "REDIS_", "MERIDIAN_", "LOG_", "DJANGO_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "training.example.edu",
            "DATABASE_URL": "postgres://meridian@127.0.0.1:5432/meridian",
            "REDIS_URL": "redis://127.0.0.1:6379/5",
            "PYTHONPATH": str(ROOT),
        }
    )
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(  # noqa: S603 (this interpreter, our own code)
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )


def shown(**changes: str | None) -> dict:
    result = run(**changes)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_defaults_redis_cache_cached_sessions_files_on_disk_json_logs():
    values = shown()
    assert values["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert values["cache_location"] == "redis://127.0.0.1:6379/5"
    assert values["session"] == "django.contrib.sessions.backends.cached_db"
    assert values["storage"] == "django.core.files.storage.FileSystemStorage"
    assert values["docs_serve"] == "serve_view"
    assert values["formatter"] == "config.logging.JsonFormatter"
    assert values["middleware0"] == "config.logging.RequestIdMiddleware"


def test_missing_redis_url_stops_the_start_with_a_clear_message():
    result = run(REDIS_URL=None)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "REDIS_URL must be set" in result.stderr
    assert "MERIDIAN_LOCAL_CACHE=1" in result.stderr


def test_single_process_opt_out_keeps_sessions_in_the_database():
    values = shown(REDIS_URL=None, MERIDIAN_LOCAL_CACHE="1")
    assert values["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["session"] == "django.contrib.sessions.backends.db"


def test_missing_or_weak_secret_key_stops_the_start():
    for value in (None, "short", "django-insecure-" + "x" * 60):
        result = run(SECRET_KEY=value)
        assert result.returncode != 0
        assert "SECRET_KEY must be set" in result.stderr


def test_bucket_selects_private_s3_storage():
    values = shown(
        AWS_STORAGE_BUCKET_NAME="meridian-media",
        AWS_S3_ENDPOINT_URL="https://objects.example.edu",
    )
    assert values["storage"] == "storages.backends.s3.S3Storage"
    assert values["acl"] is None
    assert values["querystring_auth"] is True
    assert values["overwrite"] is False
    assert values["endpoint"] == "https://objects.example.edu"


def test_plain_logs_and_a_wrong_log_format():
    assert shown(LOG_FORMAT="plain")["formatter"] == "logging.Formatter"
    result = run(LOG_FORMAT="xml")
    assert result.returncode != 0
    assert "LOG_FORMAT must be json or plain" in result.stderr


def test_a_log_line_is_one_json_object():
    code = (
        "import django, logging, json; django.setup()\n"
        "log = logging.getLogger('meridian.test')\n"
        "try:\n    1 / 0\n"
        "except ZeroDivisionError:\n    log.exception('成绩 %s', 'boom')\n"
    )
    result = run(code)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    entry = json.loads(lines[0])
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "meridian.test"
    assert entry["message"] == "成绩 boom"
    assert "ZeroDivisionError" in entry["exception"]
    assert entry["time"].endswith("+00:00")
