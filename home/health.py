"""Health checks for the load balancer and the process supervisor (docs/deploy.md).

- `/health/` (readiness): can this app server do its work? One cheap round trip to each thing it
  depends on — the database (`SELECT 1`), the cache (a write and a read of one short-lived key)
  and the media storage (the bucket, or the media directory) — answered as JSON
  `{"status": "ok", "checks": {"database": "ok", "cache": "ok", "storage": "ok"}}` with 200, or
  `"status": "fail"` with 503 and the failing check named (`"cache": "fail"`, and the kind of
  error in `errors`: an exception class name, never its message, which may hold an address).
  The load balancer stops sending requests to a server answering 503.
- `/health/live/` (liveness): does the process answer at all? Touches nothing; a supervisor
  restarts the process when this stops answering. A database outage must not make every app
  server restart, so this one does not look at dependencies.

No authentication, no session, no cookie, no language prefix; `Cache-Control: no-store`. Each
check has a timeout of a few seconds (the cache's socket timeouts in production, the storage
client's below), so a dead dependency gives a 503 quickly rather than a hung request.
"""

from __future__ import annotations

import functools
import logging
import os
import uuid

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 3


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    # A key of its own per check: several servers checking at once do not read each other's.
    key = f"meridian:health:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    try:
        if cache.get(key) != "1":
            raise RuntimeError("the cache did not return the value just written")
    finally:
        cache.delete(key)


@functools.cache
def _s3_client(endpoint_url, region_name, access_key, secret_key, security_token, verify):
    """A client of the storage's bucket with short timeouts and no retries (the storage's own
    client waits a minute, with retries, before giving up): built once per process."""
    import boto3
    from botocore.config import Config

    return boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint_url,
        region_name=region_name,
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        aws_session_token=security_token,
        verify=verify,
        config=Config(
            connect_timeout=TIMEOUT_SECONDS,
            read_timeout=TIMEOUT_SECONDS,
            retries={"max_attempts": 1, "mode": "standard"},
            signature_version="s3v4",
        ),
    )


def check_storage() -> None:
    storage = storages["default"]
    bucket_name = getattr(storage, "bucket_name", None)
    if bucket_name:
        client = _s3_client(
            storage.endpoint_url,
            storage.region_name,
            storage.access_key,
            storage.secret_key,
            storage.security_token,
            storage.verify,
        )
        # HEAD of the bucket: fails on a wrong endpoint, bucket or credentials.
        client.head_bucket(Bucket=bucket_name)
    elif isinstance(storage, FileSystemStorage):
        location = storage.location
        if not os.path.isdir(location) or not os.access(location, os.W_OK | os.X_OK):
            raise OSError("the media directory is missing or not writable")
    else:
        storage.exists("health-check")


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}


def _json(body: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_safe
def ready(request):
    checks: dict[str, str] = {}
    errors: dict[str, str] = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # any failure of a dependency is a failed check
            checks[name] = "fail"
            errors[name] = type(error).__name__
            logger.warning("Health check %s failed", name, exc_info=True)
        else:
            checks[name] = "ok"
    body: dict = {"status": "fail" if errors else "ok", "checks": checks}
    if errors:
        body["errors"] = errors
    return _json(body, status=503 if errors else 200)


@never_cache
@require_safe
def live(request):
    return _json({"status": "ok"})
