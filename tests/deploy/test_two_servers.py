"""Two app servers and two task workers on one PostgreSQL database, Redis and an S3-compatible
bucket: the deployment of docs/deploy.md, run on this machine.

The servers are gunicorn with the production settings and config/gunicorn.py
(tests.servers.scenario_env); the bucket is moto's S3 server; the cache is Redis database 5.
A learner signs in on server A through the login form and completes a course there; a worker
renders the certificate into the bucket; the learner downloads it from server B with the same
session cookie; the verify page, the health check and the verify rate limit are the same on
both servers; the logs are JSON lines.
"""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.utils import translation
from pypdf import PdfReader

from tests.deploy.conftest import REDIS_URL, s3_client, s3_env
from tests.servers import current_database_url, db_worker, free_port, gunicorn, scenario_env

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="several processes share one database only on PostgreSQL (SQLite is one file "
        "behind one process in production); run with DATABASE_URL=postgres://...",
    ),
]

PASSWORD = "correct-horse-battery-staple-42"  # noqa: S105 (a test user's password)
VERIFY_LIMIT = 5


def wait_until(condition, *, timeout: float, what: str, processes=()):
    """Poll until `condition()` is true; a bound on waiting, not a measurement."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        for process in processes:
            assert process.alive(), f"{process.name} exited:\n{process.output()[-3000:]}"
        time.sleep(0.3)
    logs = "\n".join(f"--- {p.name}\n{p.output()[-3000:]}" for p in processes)
    raise AssertionError(f"{what} did not happen within {timeout} s\n{logs}")


@pytest.fixture
def world(transactional_db):
    """The learner, a two-lesson course and the default certificate template, committed (the
    servers read them through their own connections)."""
    from tests.factories import make_staff, make_unit
    from tests.training.progress.conftest import Courses
    from training.certificates.models import CertificateTemplate

    with translation.override("zh-hans"):
        library = make_unit("lib", "library", name_en="University Library")
        desk = make_unit("desk", "department", library, name_en="Service Desk")
        learner = make_staff(desk, name_zh="李赟", name_latin="LI Yun")
        # Hashed as production does: the test settings' fast hasher is unknown to the servers.
        learner.user.password = PBKDF2PasswordHasher().encode(PASSWORD, "deploy-test-salt")
        learner.user.save()
        CertificateTemplate.objects.create(
            name="Library default",
            is_default=True,
            issuer_zh="滨江大学图书馆",
            issuer_en="Binjiang University Library",
        )
        course = Courses().course(
            "english-desk", lessons=("one", "two"), title_zh="服务台英语", translate=False
        )
    return learner, course


@pytest.fixture
def deployment(world, redis_db, s3_endpoint, bucket, tmp_path):
    """Two gunicorn servers and two db_workers; stopped before the database is flushed."""
    env = scenario_env(
        database_url=current_database_url(),
        REDIS_URL=REDIS_URL,
        MERIDIAN_VERIFY_RATE_LIMIT=str(VERIFY_LIMIT),
        LOG_FORMAT="json",
        DB_CONN_MAX_AGE="60",
        **s3_env(s3_endpoint, bucket),
    )
    env.pop("MERIDIAN_LOCAL_CACHE", None)
    processes = []
    try:
        servers = []
        for _ in range(2):
            port = free_port()
            server = gunicorn(env=env, port=port, log_dir=tmp_path, workers=2, config=True)
            processes.append(server)
            servers.append((f"http://127.0.0.1:{port}", server))
        for number in (1, 2):
            processes.append(db_worker(env=env, log_dir=tmp_path, name=f"worker-{number}"))
        yield servers, processes, bucket
    finally:
        for process in processes:
            process.stop()


def test_two_servers_two_workers_one_database(deployment, world, redis_db):
    from django_tasks_db.models import DBTaskResult

    from training.certificates.models import Certificate

    (a, server_a), (b, server_b) = deployment[0]
    processes, bucket = deployment[1], deployment[2]
    learner, course = world

    # Signed in on A through the real login form.
    session_a = requests.Session()
    page = session_a.get(f"{a}/accounts/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    answer = session_a.post(
        f"{a}/accounts/login/",
        data={
            "username": learner.user.username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": token,
        },
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 302, answer.text[:2000]
    assert "sessionid" in session_a.cookies

    # The course completed on A, lesson by lesson, as the learner's browser would post it.
    for lesson in course.lessons.values():
        done = session_a.post(
            f"{a}/me/lessons/{lesson.pk}/complete/",
            data={"csrfmiddlewaretoken": session_a.cookies["csrftoken"]},
            headers={"X-CSRFToken": session_a.cookies["csrftoken"]},
            allow_redirects=False,
            timeout=60,
        )
        assert done.status_code == 302, done.text[:2000]

    # Issued on completion; the PDF is rendered by one of the two workers into the bucket.
    certificate = wait_until(
        lambda: Certificate.objects.filter(staff=learner).exclude(pdf="").first(),
        timeout=180,
        what="the certificate PDF",
        processes=processes,
    )
    render = DBTaskResult.objects.get(task_path__endswith="certificate_render")
    assert render.status == "SUCCESSFUL"
    assert set(render.worker_ids) <= {"worker-1", "worker-2"} and render.worker_ids

    keys = [
        item["Key"]
        for item in s3_client(deployment[0][0][1].env["AWS_S3_ENDPOINT_URL"])
        .list_objects_v2(Bucket=bucket)
        .get("Contents", [])
    ]
    assert certificate.pdf.name in keys
    stored = (
        s3_client(server_a.env["AWS_S3_ENDPOINT_URL"])
        .get_object(Bucket=bucket, Key=certificate.pdf.name)["Body"]
        .read()
    )
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(stored)).pages)
    assert "李赟" in text

    # The object is private: no anonymous read from the bucket.
    anonymous = requests.get(
        f"{server_a.env['AWS_S3_ENDPOINT_URL']}/{bucket}/{certificate.pdf.name}", timeout=30
    )
    assert anonymous.status_code == 403

    # Downloaded through B with the session cookie A set: sessions are shared.
    session_b = requests.Session()
    session_b.cookies.set("sessionid", session_a.cookies["sessionid"])
    download = session_b.get(
        f"{b}/me/certificates/{certificate.code}/pdf/", allow_redirects=False, timeout=60
    )
    assert download.status_code == 200
    assert download.headers["Content-Type"] == "application/pdf"
    assert download.content == stored
    # Nobody else gets it, on either server.
    for base in (a, b):
        stranger = requests.get(
            f"{base}/me/certificates/{certificate.code}/pdf/", allow_redirects=False, timeout=30
        )
        assert stranger.status_code == 302
        assert "/accounts/login/" in stranger.headers["Location"]

    # The public verify page, on both servers (at its canonical address, which the printed
    # code redirects to when written differently).
    verify_path = requests.get(f"{a}/verify/{certificate.code}/", timeout=30).url[len(a) :]
    for key in redis_db.scan_iter("*ratelimit*"):
        redis_db.delete(key)
    for base in (a, b):
        page = requests.get(f"{base}{verify_path}", allow_redirects=False, timeout=30)
        assert page.status_code == 200
        assert "李赟" in page.text
        facts = requests.get(f"{base}{verify_path}?format=json", timeout=30).json()
        assert facts["holder"]["name_zh"] == "李赟"
        assert facts["status"] == "valid"

    # Health on both, every dependency listed.
    for base in (a, b):
        health = requests.get(f"{base}/health/", timeout=30)
        assert health.status_code == 200
        assert health.json() == {
            "status": "ok",
            "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
        }
        assert "Set-Cookie" not in health.headers

    # The verify limit counts across both servers (and their gunicorn processes) in Redis:
    # alternating A and B, the 429 comes after VERIFY_LIMIT requests in total. The counter is
    # per clock minute; start early in a minute so the run does not straddle two.
    if time.time() % 60 > 40:
        time.sleep(61 - time.time() % 60)
    for key in redis_db.scan_iter("*ratelimit*"):
        redis_db.delete(key)
    statuses = []
    for number in range(VERIFY_LIMIT + 2):
        base = (a, b)[number % 2]
        answer = requests.get(f"{base}{verify_path}", allow_redirects=False, timeout=30)
        statuses.append(answer.status_code)
    assert statuses == [200] * VERIFY_LIMIT + [429, 429]

    # Logs: one JSON object per line, gunicorn's and Django's, with the proxy's request id.
    missing = requests.get(
        f"{a}/no-such-page-for-the-log/", headers={"X-Request-ID": "deploy-test-42"}, timeout=30
    )
    assert missing.status_code == 404
    assert missing.headers["X-Request-ID"] == "deploy-test-42"
    server_a.stop()
    lines = [line for line in Path(server_a.log).read_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]
    assert all({"time", "level", "logger", "message"} <= entry.keys() for entry in entries)
    loggers = {entry["logger"] for entry in entries}
    assert "gunicorn.error" in loggers
    not_found = [e for e in entries if e["logger"] == "django.request" and e.get("status") == 404]
    assert any(
        e.get("request_id") == "deploy-test-42" and "no-such-page" in e["message"]
        for e in not_found
    ), not_found
