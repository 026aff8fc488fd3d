"""A staff member's complete training record (training/reports/privacy.py): content, access,
audit, the PDF, and a bounded query count."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from decimal import Decimal

import pypdf
import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt
from tests.factories import make_staff
from training.certificates.models import Certificate, new_code
from training.competencies.models import Evidence
from training.people.models import AuditEntry
from training.progress.models import Assignment, AssignmentReminder, Enrolment, LessonProgress
from training.reports import privacy
from training.reports.models import ManagerDigest

from .conftest import local_noon

SECRET_FEEDBACK = "Right: the reading room closes at 22:00 (feedback nobody may see)."


@pytest.fixture
def li_history(hr_world):
    """LI Yun's extra history: lesson progress, an assignment with a reminder, and a quiz attempt
    whose layout holds the options' credit (never exported) and her responses."""
    li = hr_world.org.learner
    enrolment = hr_world.li_english.enrolment
    LessonProgress.objects.create(
        enrolment=enrolment,
        lesson_key=uuid.uuid4(),
        seconds_spent=600,
        completed_at=timezone.now(),
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(seconds_spent=1260)
    assignment = Assignment.objects.create(
        staff=li,
        course_key=uuid.uuid4(),
        due_date=hr_world.today + dt.timedelta(days=14),
        reason="新服务台流程 (new desk procedure)",
        assigned_by=hr_world.org.isss_manager.user,
    )
    AssignmentReminder.objects.create(
        assignment=assignment, due_date=assignment.due_date, kind="due_soon", days=7
    )
    at = local_noon(hr_world.today)
    attempt = Attempt.objects.create(
        staff=li,
        quiz_key=uuid.uuid4(),
        number=1,
        state=Attempt.State.FINISHED,
        started_at=at - dt.timedelta(minutes=5),
        finished_at=at,
        pass_mark=Decimal(60),
        score=Decimal(1),
        max_score=Decimal(2),
        percent=Decimal(50),
        passed=False,
        graded_at=at,
        layout=[
            {
                "position": 0,
                "qtype": "single",
                "text": "<p>When does the <b>reading room</b> close?</p>",
                "mark": "1.00",
                "general_feedback": SECRET_FEEDBACK,
                "options": [
                    {"key": "11", "text": "22:00", "fraction": "1", "feedback": SECRET_FEEDBACK},
                    {"key": "12", "text": "20:00", "fraction": "0", "feedback": "No."},
                ],
                "display": ["12", "11"],
            },
            {
                "position": 1,
                "qtype": "short",
                "text": "Say hello in Japanese.",
                "mark": "1.00",
                "options": [{"key": "21", "text": "こんにちは", "fraction": "1"}],
                "display": ["21"],
            },
        ],
        responses={"0": "12", "1": "こんばんは"},
    )
    return attempt


def _json(response) -> dict:
    assert response["Content-Type"].startswith("application/json")
    return json.loads(
        b"".join(response.streaming_content) if response.streaming else response.content
    )


# --- content ----------------------------------------------------------------------------------


def test_li_yun_record_holds_everything_she_has(hr_world, li_history, client):
    li = hr_world.org.learner
    client.force_login(li.user)
    response = client.get(reverse("my-record-json"))
    assert response.status_code == 200
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="training-record-{li.staff_number}-{today}.json"'
    )
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    # UTF-8, not \\u-escaped.
    assert "李赟".encode() in response.content
    record = _json(response)

    assert record["schema"] == privacy.SCHEMA
    assert record["generated_at"].startswith(today)
    assert list(record) == [
        "schema",
        "generated_at",
        "profile",
        "enrolments",
        "assignments",
        "quiz_attempts",
        "certificates",
        "competency_evidence",
        "manager_digests",
        "audit",
    ]
    profile = record["profile"]
    assert profile["name_zh"] == "李赟"
    assert profile["name_latin"] == "LI Yun"
    assert profile["staff_number"] == li.staff_number
    assert profile["email"] == li.user.email
    assert profile["org_unit"]["code"] == li.org_unit.code
    assert [u["code"] for u in profile["org_unit_path"]][-1] == li.org_unit.code
    assert profile["job_role"]["code"] == "desk"
    assert [lang["code"] for lang in profile["languages"]] == ["en", "ja"]
    assert profile["active"] is True
    assert profile["left_on"] is None
    assert profile["preferred_language"] == "zh-hans"

    # Certificates: both of hers, with verify URL, status and dates.
    certificates = {c["course_title"]: c for c in record["certificates"]}
    assert set(certificates) == {"服务台英语", "跨文化沟通入门"}
    english = certificates["服务台英语"]
    assert english["code"] == hr_world.li_english.formatted_code
    assert english["verify_url"].endswith(f"/verify/{hr_world.li_english.formatted_code}/")
    assert english["status"] == "valid"
    assert english["hours"] == "3.5"
    assert english["level"] == "B2"
    assert english["expires_on"] == (hr_world.today + dt.timedelta(days=700)).isoformat()
    assert english["revoked_at"] is None
    dt.datetime.fromisoformat(english["issued_at"])  # ISO 8601

    # Enrolments with lesson progress and time spent.
    enrolment = next(e for e in record["enrolments"] if e["lessons"])
    assert enrolment["course_key"] == str(hr_world.li_english.course_key)
    assert enrolment["course_title"] == "服务台英语"  # no page: the certificate's title
    assert enrolment["seconds_spent"] == 1260
    assert enrolment["lessons"][0]["seconds_spent"] == 600
    assert enrolment["completed_at"] is not None

    # Assignment: due date, reason, who assigned, reminders.
    (assignment,) = record["assignments"]
    assert assignment["reason"] == "新服务台流程 (new desk procedure)"
    assert assignment["assigned_by"] == "张喆 (ZHANG Zhe)"
    assert assignment["due_date"] == (hr_world.today + dt.timedelta(days=14)).isoformat()
    assert assignment["closed_at"] is None
    assert assignment["reminders"][0]["kind"] == "due_soon"

    # Quiz attempts: three (80, 90 and the one with responses); score, passed; her responses
    # as stored, with the chosen option's text; never the right answers or the feedback.
    assert sorted(a["percent"] for a in record["quiz_attempts"]) == ["50", "80", "90"]
    attempt = next(a for a in record["quiz_attempts"] if a["responses"])
    assert attempt["passed"] is False
    assert attempt["responses"][0] == {
        "position": 0,
        "question": "When does the reading room close?",
        "response": "12",
        "response_text": ["20:00"],
    }
    assert attempt["responses"][1]["response"] == "こんばんは"
    text = json.dumps(record, ensure_ascii=False)
    assert SECRET_FEEDBACK not in text
    assert "fraction" not in text
    assert "こんにちは" not in text  # the right answer to the short question

    # Evidence: course, the manager's assessment with its note, her self-assessments.
    evidence = record["competency_evidence"]
    sources = {e["source"] for e in evidence}
    assert sources == {"course", "manager", "self"}
    manager = next(e for e in evidence if e["source"] == "manager")
    assert manager["note"] == "Handles visiting scholars well."
    assert manager["recorded_by"] == "张喆 (ZHANG Zhe)"
    assert manager["competency_code"] == "intercultural"
    self_japanese = [
        e for e in evidence if e["source"] == "self" and e["competency_code"] == "japanese"
    ]
    assert len(self_japanese) == 5
    assert {e["level_label"] for e in self_japanese} == {"B2"}
    assert all(e["status"] == "in_force" for e in self_japanese)

    # Audit: entries about her records (certificate course evidence) and her own actions.
    actions = {entry["action"] for entry in record["audit"]}
    assert "competency.evidence" in actions
    assert record["manager_digests"] == []


def test_revoked_and_expired_are_marked(hr_world):
    sun = hr_world.org.visiting
    record = privacy.training_record(sun)
    certificates = {c["course_title"]: c for c in record["certificates"]}
    revoked = certificates["国际文献传递"]
    assert revoked["status"] == "revoked"
    assert revoked["revoked_at"] is not None
    assert revoked["revocation_reason"] == "Completed by someone else."
    assert certificates["访问学者接待"]["status"] == "expired"
    # The revocation withdrew the course evidence; the old B2 expired.
    statuses = {(e["source_ref"], e["status"]) for e in record["competency_evidence"]}
    assert ("certificate:sun-old", "expired") in statuses
    assert any(status == "withdrawn" for _ref, status in statuses)
    (overdue,) = record["assignments"]
    assert overdue["overdue"] is True
    assert overdue["reason"] == "Required for the visiting-scholar desk."


def test_manager_gets_digests_sent_to_them(hr_world):
    zhang = hr_world.org.isss_manager
    ManagerDigest.objects.create(manager=zhang, day=hr_world.today, overdue=1, due_soon=2)
    record = privacy.training_record(zhang)
    assert record["manager_digests"] == [
        {
            "day": hr_world.today.isoformat(),
            "sent_at": record["manager_digests"][0]["sent_at"],
            "overdue": 1,
            "due_soon": 2,
            "expiring": 0,
        }
    ]
    assert [u["code"] for u in record["profile"]["manages"]] == [hr_world.org.isss.code]
    # A re-issued certificate: the first one is superseded by the second.
    codes = {c["code"]: c for c in record["certificates"]}
    first = codes[hr_world.zhang_first.formatted_code]
    assert first["status"] == "superseded"
    assert first["replaced_by"] == hr_world.zhang_reissued.formatted_code
    # His assessment of LI Yun is an action of his: in his audit, as actor.
    assert any(
        e["role"] == "actor" and e["action"] == "competency.evidence" for e in record["audit"]
    )


# --- access -----------------------------------------------------------------------------------


def test_access_rules(hr_world, client):
    org = hr_world.org
    li, sun = org.learner, org.visiting
    own = [reverse("my-record-export"), reverse("my-record-json"), reverse("my-record-pdf")]
    hr_urls = [
        reverse("hr-staff-record-json", args=[li.pk]),
        reverse("hr-staff-record-pdf", args=[li.pk]),
    ]

    # Anonymous: to the sign-in page.
    for url in own + hr_urls:
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"] or "accounts" in response["Location"]

    # SUN Yue's own download is hers, never LI Yun's; the HR addresses are closed to her.
    client.force_login(sun.user)
    record = _json(client.get(reverse("my-record-json")))
    assert record["profile"]["staff_number"] == sun.staff_number
    assert "李赟" not in json.dumps(record, ensure_ascii=False)
    for url in hr_urls:
        assert client.get(url).status_code == 403

    # LI Yun's manager: 403 as well (the issue says HR).
    client.force_login(org.isss_manager.user)
    for url in hr_urls:
        assert client.get(url).status_code == 403

    # A user without a staff record: 404 on the own pages.
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_user("no-profile", password="x"))
    for url in own:
        assert client.get(url).status_code == 404

    # HR: anyone's record; an unknown staff member is 404; POST is refused.
    client.force_login(org.hr.user)
    record = _json(client.get(hr_urls[0]))
    assert record["profile"]["name_zh"] == "李赟"
    assert client.get(reverse("hr-staff-record-json", args=[999999])).status_code == 404
    assert client.post(hr_urls[0]).status_code == 405


def test_downloads_are_audited_with_the_subject(hr_world, client):
    org = hr_world.org
    li = org.learner
    client.force_login(li.user)
    assert client.get(reverse("my-record-json")).status_code == 200
    client.force_login(org.hr.user)
    assert client.get(reverse("hr-staff-record-json", args=[li.pk])).status_code == 200

    entries = list(
        AuditEntry.objects.filter(action="privacy.record_export").order_by("created_at", "pk")
    )
    assert [(e.actor_id, e.target_type, e.target_id) for e in entries] == [
        (li.user_id, "people.staffprofile", str(li.pk)),
        (org.hr.user_id, "people.staffprofile", str(li.pk)),
    ]
    assert entries[0].data["own"] is True and entries[0].data["format"] == "json"
    assert entries[1].data["own"] is False
    assert "HR" in entries[1].summary
    # The next export lists the earlier exports among the entries about her.
    record = privacy.training_record(li)
    assert [e["action"] for e in record["audit"]].count("privacy.record_export") == 2


def test_export_page_and_links(hr_world, client):
    org = hr_world.org
    client.force_login(org.learner.user)
    page = client.get(reverse("my-record-export")).content.decode()
    assert reverse("my-record-json") in page and reverse("my-record-pdf") in page
    assert reverse("my-record-export") in client.get(reverse("my-record")).content.decode()
    assert reverse("my-record-export") in client.get(reverse("learner-dashboard")).content.decode()

    # The team page about LI Yun links HR's copy for HR only.
    hr_link = reverse("hr-staff-record-pdf", args=[org.learner.pk])
    client.force_login(org.hr.user)
    assert hr_link in client.get(reverse("team-staff", args=[org.learner.pk])).content.decode()
    client.force_login(org.isss_manager.user)
    assert hr_link not in client.get(reverse("team-staff", args=[org.learner.pk])).content.decode()


# --- PDF --------------------------------------------------------------------------------------


def _fonts(reader: pypdf.PdfReader) -> dict[str, bytes]:
    """Each embedded font's name and program."""
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            owner = font
            if font.get("/Subtype") == "/Type0":
                owner = font["/DescendantFonts"][0].get_object()
            descriptor = owner["/FontDescriptor"].get_object()
            key = next(k for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor)
            fonts[str(font["/BaseFont"])] = descriptor[key].get_object().get_data()
    return fonts


def test_pdf_reads_back_with_chinese_and_the_cjk_font(hr_world, li_history, client):
    client.force_login(hr_world.org.learner.user)
    response = client.get(reverse("my-record-pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].endswith('.pdf"')
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages)
    compact = "".join(text.split())
    assert "李赟" in compact
    assert "服务台英语" in compact
    assert hr_world.li_english.formatted_code in compact
    assert "Handlesvisitingscholarswell." in compact
    assert "20:00" in compact  # her response
    assert SECRET_FEEDBACK.split()[0] + SECRET_FEEDBACK.split()[1] not in compact
    # The certificates' fonts: Noto Serif CJK SC, prepared as "Meridian Serif" (and Full).
    fonts = _fonts(reader)
    assert fonts and all("Meridian-Serif" in name for name in fonts), list(fonts)
    assert all(b"Noto Serif CJK" in program for program in fonts.values())
    assert "Training record" in reader.metadata.title


# --- queries ----------------------------------------------------------------------------------


def _grow_history(staff, n: int, assigner) -> None:
    """n more of everything: enrolments with lessons and certificates, assignments with
    reminders, attempts, evidence, digests."""
    today = timezone.localdate()
    competency = Evidence.objects.filter(staff=staff).first().competency
    for i in range(n):
        enrolment = Enrolment.objects.create(
            staff=staff, course_key=uuid.uuid4(), source="self", completed_at=timezone.now()
        )
        for _ in range(2):
            LessonProgress.objects.create(enrolment=enrolment, lesson_key=uuid.uuid4())
        Certificate.objects.create(
            code=new_code(),
            staff=staff,
            enrolment=enrolment,
            course_key=enrolment.course_key,
            locale="zh-hans",
            holder_name_zh=staff.name_zh,
            holder_name_latin=staff.name_latin,
            staff_number=staff.staff_number,
            course_title=f"课程{i}",
            hours=Decimal(1),
            completed_at=timezone.now(),
            design={},
        )
        assignment = Assignment.objects.create(
            staff=staff,
            course_key=uuid.uuid4(),
            due_date=today,
            assigned_by=assigner,
        )
        AssignmentReminder.objects.create(
            assignment=assignment, due_date=today, kind="due_soon", days=1
        )
        Attempt.objects.create(
            staff=staff,
            quiz_key=uuid.uuid4(),
            number=1,
            state=Attempt.State.FINISHED,
            started_at=timezone.now(),
            finished_at=timezone.now(),
            pass_mark=Decimal(60),
        )
        Evidence.objects.create(
            staff=staff,
            competency=competency,
            level=2,
            source="manager",
            source_ref=f"grow:{i}",
            recorded_at=timezone.now(),
            recorded_by=assigner,
            note="ok",
        )
        ManagerDigest.objects.create(manager=staff, day=today - dt.timedelta(days=i))


def test_query_count_does_not_grow_with_the_history(hr_world, django_assert_max_num_queries):
    li = hr_world.org.learner
    with django_assert_max_num_queries(14):
        small = privacy.training_record(li)
    _grow_history(li, 40, hr_world.org.isss_manager.user)
    with django_assert_max_num_queries(14):
        large = privacy.training_record(li)
    assert len(large["certificates"]) == len(small["certificates"]) + 40
    assert len(large["manager_digests"]) == 40


def test_a_new_staff_member_has_an_empty_but_complete_record(org):
    person = make_staff(org.isss_desk, name_zh="新人", name_latin="XIN Ren")
    record = privacy.training_record(person)
    assert record["enrolments"] == record["certificates"] == record["quiz_attempts"] == []
    assert record["profile"]["name_zh"] == "新人"
    assert privacy.record_filename(record, "json").startswith(
        f"training-record-{person.staff_number}-"
    )
    pdf = privacy.record_pdf(record)
    assert "新人" in "".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
