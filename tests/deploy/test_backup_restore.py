"""scripts/backup.sh and scripts/restore.sh on PostgreSQL and an S3-compatible bucket (moto):
a database with a certificate and a bucket holding its PDF and an uploaded document are backed
up, restored into a NEW database and a NEW bucket, and a server on the restored copy verifies
the certificate and serves the identical files."""

from __future__ import annotations

import shutil
import subprocess
import uuid

import pytest
import requests
from django.db import connection
from django.utils import translation

from tests.deploy.conftest import new_bucket, s3_client, s3_env
from tests.servers import ROOT, current_database_url, free_port, gunicorn, scenario_env

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="backup.sh dumps PostgreSQL with pg_dump; run with DATABASE_URL=postgres://...",
    ),
]

PSQL = shutil.which("psql") or "psql"
BASH = shutil.which("bash") or "bash"
DOCUMENT = "documents/服务台/接待指南 v2.txt"
DOCUMENT_BYTES = "欢迎光临图书馆\n".encode() * 100


@pytest.fixture
def certificate(transactional_db):
    from tests.factories import make_staff, make_unit
    from tests.training.progress.conftest import Courses
    from training.certificates.models import Certificate, CertificateTemplate
    from training.progress.services import lesson_complete

    with translation.override("zh-hans"):
        library = make_unit("lib", "library", name_en="University Library")
        learner = make_staff(library, name_zh="钱昇", name_latin="QIAN Sheng")
        CertificateTemplate.objects.create(
            name="Library default", is_default=True, issuer_zh="滨江大学图书馆"
        )
        course = Courses().course("desk", lessons=("one",), title_zh="服务台", translate=False)
        for lesson in course.lessons.values():
            lesson_complete(staff=learner, lesson=lesson)
    certificate = Certificate.objects.get(staff=learner)
    assert certificate.pdf  # rendered by the (immediate) task of the test settings
    return certificate


@pytest.fixture
def restored_database():
    name = f"meridian_deploy_restore_{uuid.uuid4().hex[:8]}"
    base = current_database_url().rsplit("/", 1)[0]
    admin = f"{base}/postgres"
    subprocess.run([PSQL, admin, "-qc", f'CREATE DATABASE "{name}"'], check=True)  # noqa: S603
    try:
        yield f"{base}/{name}"
    finally:
        subprocess.run(  # noqa: S603
            [PSQL, admin, "-qc", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], check=True
        )


def run(script: str, directory, env) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own script)
        [BASH, str(ROOT / "scripts" / script), str(directory)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_backup_then_restore_into_a_new_database_and_bucket(
    certificate, restored_database, s3_endpoint, bucket, tmp_path
):
    s3 = s3_client(s3_endpoint)
    pdf = certificate.pdf.open("rb").read()
    s3.put_object(Bucket=bucket, Key=certificate.pdf.name, Body=pdf)
    s3.put_object(Bucket=bucket, Key=DOCUMENT, Body=DOCUMENT_BYTES)

    source_env = scenario_env(
        database_url=current_database_url(),
        PYTHON=str(ROOT / ".venv" / "bin" / "python"),
        **s3_env(s3_endpoint, bucket),
    )
    backup = tmp_path / "backup"
    done = run("backup.sh", backup, source_env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Backed up 2 media files" in done.stdout
    assert (backup / "database.dump").read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format

    # A second backup into the same directory is refused rather than mixed in.
    again = run("backup.sh", backup, source_env)
    assert again.returncode == 2
    assert "not empty" in again.stderr

    target_bucket = new_bucket(s3_endpoint)
    target_env = {
        **source_env,
        "DATABASE_URL": restored_database,
        **s3_env(s3_endpoint, target_bucket),
    }
    done = run("restore.sh", backup, target_env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Restored 2 media files" in done.stdout

    # Restoring over a database that has data is refused.
    again = run("restore.sh", backup, target_env)
    assert again.returncode == 2
    assert "not empty" in again.stderr

    # The files are byte for byte the same, under the same names.
    for key, body in ((certificate.pdf.name, pdf), (DOCUMENT, DOCUMENT_BYTES)):
        assert s3.get_object(Bucket=target_bucket, Key=key)["Body"].read() == body

    # A server on the restored copy (same SECRET_KEY, as docs/deploy.md says to keep it).
    port = free_port()
    server = gunicorn(env=target_env, port=port, log_dir=tmp_path, workers=1)
    try:
        base = f"http://127.0.0.1:{port}"
        facts = requests.get(f"{base}/verify/{certificate.code}/?format=json", timeout=30).json()
        assert facts["status"] == "valid"
        assert facts["holder"]["name_zh"] == "钱昇"
        health = requests.get(f"{base}/health/", timeout=30).json()
        assert health["status"] == "ok"
    finally:
        server.stop()
