"""`manage.py export_certificates`: a ZIP of a period's certificates, from the command line."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from training.certificates.models import Certificate
from training.people.models import AuditEntry

from .test_export import copies


@pytest.fixture
def issued(org, course, complete) -> Certificate:
    return complete(org.learner, course)


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("export_certificates", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def this_year(certificate: Certificate) -> str:
    return str(timezone.localtime(certificate.issued_at).year)


def test_the_command_writes_the_zip(tmp_path, org, course, complete, issued):
    complete(org.circ_staff, course)
    missing = copies(issued, 2)
    target = tmp_path / "certificates.zip"
    out, err = run("--period", this_year(issued), "--out", str(target))
    assert "4 certificates" in out and "2 rendered" in out
    assert "exported 4/4" in err  # the progress line
    archive = zipfile.ZipFile(target)
    pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
    assert len(pdfs) == 4
    assert all(archive.read(name).startswith(b"%PDF") for name in pdfs)
    manifest = archive.read("manifest.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(manifest)))
    assert len(rows) == 5 and any("钱昇" in row for row in rows)
    assert all(Certificate.objects.get(pk=c.pk).pdf for c in missing)  # stored for next time
    assert [p.name for p in tmp_path.iterdir()] == ["certificates.zip"]  # no temporary left
    entry = AuditEntry.objects.get(action="certificate.export")
    assert entry.actor is None
    assert entry.data["count"] == 4 and entry.data["file"] == "certificates.zip"


def test_the_filters_narrow_the_export(tmp_path, org, course, complete, issued):
    complete(org.circ_staff, course)
    target = tmp_path / "isss.zip"
    out, _err = run(
        "--period",
        this_year(issued),
        "--org-unit",
        "isss",
        "--course",
        course.zh.slug,
        "--status",
        "valid",
        "--out",
        str(target),
    )
    assert "1 certificate (" in out
    names = zipfile.ZipFile(target).namelist()
    assert [name for name in names if name.endswith(".pdf")] == [
        name for name in names if issued.code in name
    ]
    by_key = tmp_path / "by-key.zip"
    run("--period", this_year(issued), "--course", str(issued.course_key), "--out", str(by_key))
    assert len(zipfile.ZipFile(by_key).namelist()) == 3


def test_an_existing_file_is_kept_unless_forced(tmp_path, issued):
    target = tmp_path / "certificates.zip"
    target.write_bytes(b"precious")
    with pytest.raises(CommandError, match="--force"):
        run("--period", this_year(issued), "--out", str(target))
    assert target.read_bytes() == b"precious"
    run("--period", this_year(issued), "--out", str(target), "--force")
    assert zipfile.ZipFile(target).testzip() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["certificates.zip"]


@pytest.mark.parametrize("period", ["2026-H3", "last-year", "2026-13", "2026-07-01..2026-01-01"])
def test_a_bad_period_is_a_clear_error(tmp_path, issued, period):
    target = tmp_path / "x.zip"
    with pytest.raises(CommandError) as error:
        run("--period", period, "--out", str(target))
    assert period in str(error.value)
    assert not target.exists()


def test_the_help_explains_the_periods(capsys):
    with pytest.raises(SystemExit):
        call_command("export_certificates", "--help")
    shown = capsys.readouterr().out
    for example in ("2026-H1", "2026-Q1", "2026-05", "2026-01-01..2026-06-30"):
        assert example in shown


def test_bad_filters_are_errors(tmp_path, issued):
    target = tmp_path / "x.zip"
    with pytest.raises(CommandError, match="--org-unit"):
        run("--period", this_year(issued), "--org-unit", "nowhere", "--out", str(target))
    with pytest.raises(CommandError, match="--course"):
        run("--period", this_year(issued), "--course", "no-such-course", "--out", str(target))
    with pytest.raises(CommandError, match="No certificates"):
        run("--period", "2001", "--out", str(target))
    with pytest.raises(CommandError, match="does not exist"):
        run("--period", this_year(issued), "--out", str(tmp_path / "missing" / "x.zip"))
    assert not target.exists()


def test_a_failure_leaves_no_file(tmp_path, issued, monkeypatch):
    from training.certificates import render

    copies(issued, 1)

    def broken(certificates):
        raise RuntimeError("renderer down")
        yield  # a generator, like the real one

    monkeypatch.setattr(render, "certificates_pdfs", broken)
    with pytest.raises(RuntimeError, match="renderer down"):
        run("--period", this_year(issued), "--out", str(tmp_path / "x.zip"))
    assert list(tmp_path.iterdir()) == []
