"""Importing into a bank and exporting it again: the service, the commands and the admin."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from assessments import formats, services
from assessments.models import Question, QuestionBank
from assessments.selectors import bank_questions
from courses.demo.competencies import load_competencies
from training.people.models import AuditEntry

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"

MALFORMED_GIFT = """// A good question first: it must not be imported either.
::ok:: Which service borrows from abroad? {=ILL ~OPAC}

::broken:: The loan period is {#30:
"""

UNSUPPORTED_GIFT = """::essay:: Describe your desk. {}

::ok:: ILL means interlibrary loan. {T}
"""


@pytest.fixture
def competencies(db):
    load_competencies()


def _import(text, fmt="gift", **kwargs):
    return services.questions_import(
        bank_name="Desk", result=formats.parse(fmt, text.encode()), **kwargs
    )


def test_a_malformed_file_imports_nothing_and_names_the_line():
    with pytest.raises(services.ImportRefused) as refused:
        _import(MALFORMED_GIFT)
    assert any("line 4" in str(problem) for problem in refused.value.problems)
    assert not Question.objects.exists() and not QuestionBank.objects.exists()


def test_unsupported_questions_need_the_editors_consent():
    with pytest.raises(services.ImportRefused) as refused:
        _import(UNSUPPORTED_GIFT)
    assert refused.value.unsupported_only
    assert "line 1" in str(refused.value.problems[0])
    assert not Question.objects.exists()
    report = _import(UNSUPPORTED_GIFT, skip_unsupported=True)
    assert report.created == 1 and len(report.skipped) == 1
    assert Question.objects.get().qtype == "truefalse"


def test_an_unknown_competency_refuses_the_file():
    text = "// meridian: competency=no-such-thing; level=2\n::q:: True? {T}\n"
    with pytest.raises(services.ImportRefused, match="no-such-thing"):
        _import(text)
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("sample", "fmt"),
    [("questions.gift", "gift"), ("questions.xml", "moodle-xml"), ("questions.csv", "csv")],
)
def test_every_sample_file_imports_and_exports_back_to_the_same_questions(
    sample, fmt, competencies
):
    data = (SAMPLES / sample).read_bytes()
    report = services.questions_import(bank_name="Sample", result=formats.parse(fmt, data))
    assert report.created == Question.objects.count() > 0
    first = bank_questions(report.bank)
    exported, left_out = formats.export("moodle-xml", first)
    assert left_out == []
    again = services.questions_import(
        bank_name="Sample again", result=formats.parse("moodle-xml", exported)
    )
    second = bank_questions(again.bank)

    def shape(questions):
        return [
            (
                q.qtype,
                q.name,
                q.text,
                q.category,
                q.mark,
                q.competency,
                q.level,
                q.tags,
                q.general_feedback,
                q.transcript,
                q.audio.content if q.audio else None,
                [
                    (o.text, o.fraction, o.feedback, o.match_text, o.tolerance, o.blank)
                    for o in q.options
                ],
            )
            for q in questions
        ]

    assert shape(second) == shape(first)


def test_the_command_imports_and_reports_problems(tmp_path, competencies, capsys):
    bad = tmp_path / "bad.gift"
    bad.write_text(MALFORMED_GIFT, encoding="utf-8")
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_questions", str(bad), "--format", "gift", "--bank", "Desk")
    assert "line 4" in capsys.readouterr().err
    assert not Question.objects.exists()
    call_command(
        "import_questions", str(SAMPLES / "questions.gift"), "--format", "gift", "--bank", "Desk"
    )
    count = Question.objects.count()
    assert count > 0
    out = tmp_path / "desk.gift"
    call_command("export_questions", "--bank", "Desk", "--format", "gift", "--out", str(out))
    result = formats.parse("gift", out.read_bytes())
    assert result.problems == [] and len(result.questions) == count
    assert AuditEntry.objects.filter(action="assessments.questions_import").count() == 1


def test_the_admin_upload_refuses_then_imports_with_consent(client, org):
    client.force_login(org.editor.user)
    url = reverse("assessments_import")
    page = client.get(url)
    assert page.status_code == 200
    upload = {"format": "gift", "bank": "Desk"}
    response = client.post(
        url, {**upload, "file": SimpleUploadedFile("q.gift", UNSUPPORTED_GIFT.encode())}
    )
    assert "line 1" in response.content.decode() and not Question.objects.exists()
    response = client.post(
        url,
        {
            **upload,
            "skip_unsupported": "on",
            "file": SimpleUploadedFile("q.gift", UNSUPPORTED_GIFT.encode()),
        },
    )
    assert response.status_code == 302 and Question.objects.count() == 1
    export = client.get(
        reverse("assessments_export"),
        {"bank": QuestionBank.objects.get().pk, "format": "gift"},
    )
    assert export.status_code == 200
    assert b"ILL means interlibrary loan" in export.content


def test_learners_cannot_import_or_export(client, org):
    client.force_login(org.learner.user)
    assert client.get(reverse("assessments_import")).status_code in (302, 403)
    assert client.get(reverse("assessments_export")).status_code in (302, 403)
