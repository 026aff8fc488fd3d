"""A staff member's complete training record: everything Meridian holds about one person.

`training_record(staff)` collects it as a plain, JSON-ready dict (stable keys, ISO 8601 dates,
decimals as strings), `record_json(record)` writes it (UTF-8, not ASCII-escaped) and
`record_pdf(record)` prints the same content in readable sections with WeasyPrint, through the
certificates' restricted URL fetcher and fonts (nothing is fetched from the network).

What the record holds, and what it leaves out:

- the profile (names, staff number, account, e-mail, org unit with its chain, job role, languages,
  units managed, start date, status, leaving date, e-mail language);
- enrolments with their lesson progress (titles of the pages used, dates, time spent);
- assignments (due date, reason, who assigned, closed and why, reminders sent);
- quiz attempts (quiz, dates, score, passed) with the person's own responses as stored, and
  for a choice question the texts of the options they chose. Never the right answers: the
  credit of the options, the feedback and the per-question grades are not part of it;
- certificates (code, verify address, course, level, hours, dates, status, revocation);
- competency evidence of every source (quizzes, courses, self-assessments, managers' assessments
  with their notes), with withdrawn and expired evidence marked as such;
- the daily digests sent to them as a manager;
- audit entries in which they are the actor, or whose target is their profile, their user
  account or one of their records above (action, time, summary only).

The number of queries is fixed (about 15) whatever the size of the history.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from decimal import Decimal
from html import unescape
from typing import Any
from urllib.parse import urljoin

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField, Prefetch, Q
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext_lazy
from weasyprint import CSS, HTML
from weasyprint.document import DocumentMetadata

from assessments.models import Attempt
from training.certificates import render as certificate_render
from training.certificates.links import verify_url
from training.certificates.models import Certificate, Status, format_code
from training.competencies.levels import Skill, level_label
from training.competencies.models import Evidence
from training.people import policies
from training.people.models import PREFERRED_LANGUAGES, AuditEntry, OrgUnit, StaffProfile
from training.people.services import audit_log
from training.progress.models import Assignment, Enrolment, LessonProgress

from .models import ManagerDigest

SCHEMA = "meridian.training-record/1"
PDF_TEMPLATE = "reports/pdf/privacy_record.html"
PDF_STYLESHEET = "reports/pdf/privacy_record.css"
# The certificates' @font-face rules (Noto Serif CJK SC from MERIDIAN_FONT_DIR).
FONTS_STYLESHEET = "certificates/pdf/fonts.css"
MAX_QUESTION_TEXT = 300
TAGS = re.compile(r"<[^>]*>")
SPACES = re.compile(r"\s+")
CHOICE_TYPES = {"single", "truefalse", "multi", "dropdown"}


# --- small converters ---------------------------------------------------------------------------


def _iso(value) -> str | None:
    """ISO 8601: a date as YYYY-MM-DD, a datetime in local time with its offset."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat()


def _decimal(value) -> str | None:
    return None if value is None else f"{Decimal(value).normalize():f}"


def _plain(html: object, limit: int = MAX_QUESTION_TEXT) -> str:
    text = SPACES.sub(" ", unescape(TAGS.sub(" ", str(html or "")))).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _person(user) -> str | None:
    """Who did something: the staff member's names, else the account name (None: the system)."""
    if user is None:
        return None
    try:
        return user.staff_profile.display_name  # select_related: no query
    except StaffProfile.DoesNotExist:
        return user.get_full_name() or user.get_username()


def _unit(unit: OrgUnit | None) -> dict | None:
    if unit is None:
        return None
    return {"code": unit.code, "name_zh": unit.name_zh, "name_en": unit.name_en}


def _skill(value: str) -> str:
    return str(Skill(value).label) if value in Skill.values else value


# --- the audit entries about a person -----------------------------------------------------------


def _ids_as_text(queryset) -> Any:
    return queryset.annotate(pk_text=Cast("pk", CharField())).values("pk_text")


def audit_condition(staff: StaffProfile, *, include_actor: bool = True) -> Q:
    """The audit entries about `staff`: about their profile, user account or one of their
    records, and (`include_actor`) those they made. One query with subqueries, on every
    database. Retention scrubs the entries about them (not those they made)."""
    targets = Q(target_type="people.staffprofile", target_id=str(staff.pk)) | Q(
        target_type="auth.user", target_id=str(staff.user_id)
    )
    records = (
        ("progress.enrolment", Enrolment.objects.filter(staff=staff)),
        ("progress.lessonprogress", LessonProgress.objects.filter(enrolment__staff=staff)),
        ("progress.assignment", Assignment.objects.filter(staff=staff)),
        ("assessments.attempt", Attempt.objects.filter(staff=staff)),
        ("certificates.certificate", Certificate.objects.filter(staff=staff)),
        ("competencies.evidence", Evidence.objects.filter(staff=staff)),
    )
    for label, queryset in records:
        targets |= Q(target_type=label, target_id__in=_ids_as_text(queryset))
    return targets | Q(actor_id=staff.user_id) if include_actor else targets


# --- collecting the record ----------------------------------------------------------------------


def record_subject(pk: int) -> StaffProfile:
    """The staff member a record is about (StaffProfile.DoesNotExist if there is none)."""
    return StaffProfile.objects.select_related("user", "org_unit", "job_role").get(pk=pk)


def training_record(staff: StaffProfile, *, now: dt.datetime | None = None) -> dict:
    """Everything Meridian holds about `staff`, as a JSON-ready dict (see the module docstring)."""
    now = now or timezone.now()
    staff = (
        StaffProfile.objects.select_related("user", "org_unit", "job_role")
        .prefetch_related("languages", "managed_units")
        .get(pk=staff.pk)
    )
    user = staff.user
    unit_ids = [int(part) for part in staff.org_unit.path.strip("/").split("/") if part]
    units = OrgUnit.objects.in_bulk(unit_ids)
    today = timezone.localdate(now)

    certificates = list(
        Certificate.objects.filter(staff=staff)
        .select_related("revocation", "superseded_by")
        .order_by("issued_at", "pk")
    )
    titles_by_key = {str(c.course_key): c.course_title for c in certificates}

    enrolments = list(
        Enrolment.objects.filter(staff=staff)
        .select_related("course", "last_lesson")
        .prefetch_related(
            Prefetch(
                "lessons",
                queryset=LessonProgress.objects.select_related("lesson").order_by(
                    "first_opened_at", "pk"
                ),
            )
        )
        .order_by("enrolled_at", "pk")
    )
    assignments = list(
        Assignment.objects.filter(staff=staff)
        .select_related("course", "assigned_by__staff_profile")
        .prefetch_related("reminders")
        .order_by("created_at", "pk")
    )
    attempts = list(
        Attempt.objects.filter(staff=staff).select_related("quiz").order_by("started_at", "pk")
    )
    evidence = list(
        Evidence.objects.filter(staff=staff)
        .select_related("competency", "recorded_by__staff_profile")
        .order_by("recorded_at", "pk")
    )
    digests = list(ManagerDigest.objects.filter(manager=staff).order_by("day", "pk"))
    audit = list(
        AuditEntry.objects.filter(audit_condition(staff))
        .order_by("created_at", "pk")
        .values("created_at", "action", "target_type", "target_id", "summary", "actor_id")
    )

    def course_title(record) -> str:
        if record.course is not None:
            return record.course.title
        return titles_by_key.get(str(record.course_key), "")

    return {
        "schema": SCHEMA,
        "generated_at": _iso(now),
        "profile": {
            "staff_number": staff.staff_number,
            "name_zh": staff.name_zh,
            "name_latin": staff.name_latin,
            "username": user.get_username(),
            "email": user.email,
            "org_unit": _unit(staff.org_unit),
            "org_unit_path": [_unit(units[pk]) for pk in unit_ids if pk in units],
            "job_role": (
                {
                    "code": staff.job_role.code,
                    "name_zh": staff.job_role.name_zh,
                    "name_en": staff.job_role.name_en,
                }
                if staff.job_role
                else None
            ),
            "languages": [
                {"code": lang.code, "name_zh": lang.name_zh, "name_en": lang.name_en}
                for lang in sorted(staff.languages.all(), key=lambda lang: lang.code)
            ],
            "manages": [
                _unit(unit) for unit in sorted(staff.managed_units.all(), key=lambda u: u.path)
            ],
            "start_date": _iso(staff.start_date),
            "active": staff.is_active,
            "left_on": _iso(staff.left_on),
            "preferred_language": staff.preferred_language,
            "record_created_at": _iso(staff.created_at),
            "record_updated_at": _iso(staff.updated_at),
            "erased_at": _iso(staff.erased_at),
        },
        "enrolments": [
            {
                "course_key": str(enrolment.course_key),
                "course_title": course_title(enrolment),
                "source": enrolment.source,
                "enrolled_at": _iso(enrolment.enrolled_at),
                "last_opened_at": _iso(enrolment.last_opened_at),
                "last_lesson": enrolment.last_lesson.title if enrolment.last_lesson else None,
                "completed_at": _iso(enrolment.completed_at),
                "completed_language": enrolment.completed_locale,
                "round": enrolment.round,
                "seconds_spent": enrolment.seconds_spent,
                "lessons": [
                    {
                        "lesson_key": str(progress.lesson_key),
                        "lesson_title": progress.lesson.title if progress.lesson else None,
                        "first_opened_at": _iso(progress.first_opened_at),
                        "last_opened_at": _iso(progress.last_opened_at),
                        "completed_at": _iso(progress.completed_at),
                        "seconds_spent": progress.seconds_spent,
                    }
                    for progress in enrolment.lessons.all()
                ],
            }
            for enrolment in enrolments
        ],
        "assignments": [
            {
                "course_key": str(assignment.course_key),
                "course_title": course_title(assignment),
                "due_date": _iso(assignment.due_date),
                "reason": assignment.reason,
                "assigned_by": _person(assignment.assigned_by),
                "assigned_at": _iso(assignment.created_at),
                "closed_at": _iso(assignment.closed_at),
                "closed_reason": assignment.closed_reason,
                "overdue": assignment.closed_at is None and assignment.due_date < today,
                "reminders": [
                    {
                        "kind": reminder.kind,
                        "days": reminder.days,
                        "due_date": _iso(reminder.due_date),
                        "sent_at": _iso(reminder.sent_at),
                    }
                    for reminder in sorted(
                        assignment.reminders.all(), key=lambda r: (r.sent_at, r.pk)
                    )
                ],
            }
            for assignment in assignments
        ],
        "quiz_attempts": [_attempt(attempt) for attempt in attempts],
        "certificates": [_certificate(certificate, today) for certificate in certificates],
        "competency_evidence": [_evidence(item, today) for item in evidence],
        "manager_digests": [
            {
                "day": _iso(digest.day),
                "sent_at": _iso(digest.sent_at),
                "overdue": digest.overdue,
                "due_soon": digest.due_soon,
                "expiring": digest.expiring,
            }
            for digest in digests
        ],
        "audit": [
            {
                "at": _iso(entry["created_at"]),
                "action": entry["action"],
                "role": "actor" if entry["actor_id"] == staff.user_id else "subject",
                "target": (
                    f"{entry['target_type']}:{entry['target_id']}" if entry["target_type"] else ""
                ),
                "summary": entry["summary"],
            }
            for entry in audit
        ],
    }


def _attempt(attempt: Attempt) -> dict:
    items = attempt.layout if isinstance(attempt.layout, list) else []
    responses = attempt.responses if isinstance(attempt.responses, dict) else {}
    questions = []
    for item in items:
        if not isinstance(item, dict):
            continue
        position = item.get("position")
        response = responses.get(str(position), responses.get(position))
        question = {
            "position": position,
            "question": _plain(item.get("text")),
            "response": response,
        }
        if item.get("qtype") in CHOICE_TYPES and response is not None:
            texts = {
                str(option.get("key")): _plain(option.get("text"))
                for option in item.get("options") or []
                if isinstance(option, dict)
            }
            chosen = response if isinstance(response, list) else [response]
            question["response_text"] = [texts.get(str(key), "") for key in chosen]
        questions.append(question)
    return {
        "quiz_key": str(attempt.quiz_key),
        "quiz_title": attempt.quiz.title if attempt.quiz else None,
        "number": attempt.number,
        "state": attempt.state,
        "started_at": _iso(attempt.started_at),
        "finished_at": _iso(attempt.finished_at),
        "finished_by": attempt.finished_by,
        "graded_at": _iso(attempt.graded_at),
        "score": _decimal(attempt.score),
        "max_score": _decimal(attempt.max_score),
        "percent": _decimal(attempt.percent),
        "pass_mark": _decimal(attempt.pass_mark),
        "passed": attempt.passed,
        "responses": questions,
    }


def _certificate(certificate: Certificate, today: dt.date) -> dict:
    revocation = certificate.revocation_or_none()
    successor = certificate.successor_or_none()
    return {
        "code": format_code(certificate.code),
        "verify_url": verify_url(certificate.code),
        "course_key": str(certificate.course_key),
        "course_title": certificate.course_title,
        "course_title_zh": certificate.course_title_zh,
        "course_title_en": certificate.course_title_en,
        "language": certificate.locale,
        "holder_name_zh": certificate.holder_name_zh,
        "holder_name_latin": certificate.holder_name_latin,
        "level": certificate.level,
        "hours": _decimal(certificate.hours),
        "score": _decimal(certificate.score),
        "round": certificate.round,
        "completed_at": _iso(certificate.completed_at),
        "issued_at": _iso(certificate.issued_at),
        "expires_on": _iso(certificate.expires_on),
        "status": str(certificate.status_on(today).value),
        "revoked_at": _iso(revocation.revoked_at) if revocation else None,
        "revocation_reason": revocation.reason if revocation else None,
        "replaced_by": format_code(successor.code) if successor else None,
    }


def _evidence(item: Evidence, today: dt.date) -> dict:
    competency = item.competency
    if item.withdrawn_at is not None:
        status = "withdrawn"
    elif item.expires_on is not None and item.expires_on < today:
        status = "expired"
    else:
        status = "in_force"
    return {
        "competency_code": competency.code,
        "competency_name_zh": competency.name_zh,
        "competency_name_en": competency.name_en,
        "skill": item.skill,
        "level": item.level,
        "level_label": level_label(competency.scale, item.level) if item.level else "",
        "source": item.source,
        "source_ref": item.source_ref,
        "score_percent": _decimal(item.score_percent),
        "recorded_at": _iso(item.recorded_at),
        "recorded_by": _person(item.recorded_by),
        "note": item.note,
        "expires_on": _iso(item.expires_on),
        "withdrawn_at": _iso(item.withdrawn_at),
        "withdrawn_reason": item.withdrawn_reason,
        "status": status,
    }


# --- JSON -----------------------------------------------------------------------------------------


def record_filename(record: dict, extension: str) -> str:
    """training-record-<staff number>-<date>.<extension> (the staff number is [A-Za-z0-9_.-])."""
    number = re.sub(r"[^A-Za-z0-9_.-]", "_", record["profile"]["staff_number"]) or "staff"
    day = (record["generated_at"] or "")[:10]
    return f"training-record-{number}-{day}.{extension}"


def record_json(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8")


# --- PDF ------------------------------------------------------------------------------------------

_stylesheet: CSS | None = None
_stylesheet_lock = threading.Lock()


def _stylesheets(renderer) -> list[CSS]:
    """The certificates' font faces (parsed once per process with the shared font configuration)
    and this document's own layout."""
    global _stylesheet
    with _stylesheet_lock:
        if _stylesheet is None:
            _stylesheet = CSS(
                url=urljoin(certificate_render.BASE_URL, static(PDF_STYLESHEET)),
                base_url=certificate_render.BASE_URL,
                url_fetcher=renderer.fetcher,
                font_config=renderer.font_config,
            )
    fonts = [
        sheet
        for path, sheet in zip(certificate_render.STYLESHEETS, renderer.stylesheets, strict=True)
        if path == FONTS_STYLESHEET
    ]
    return [*fonts, _stylesheet]


ISO_DATETIME = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d):\d\d(?:[+-]\d\d:\d\d|Z)?$")


def _readable(value):
    """A copy of the record with its ISO datetimes as 'YYYY-MM-DD HH:MM' (local time)."""
    if isinstance(value, dict):
        return {key: _readable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_readable(item) for item in value]
    if isinstance(value, str):
        match = ISO_DATETIME.match(value)
        if match:
            return f"{match[1]} {match[2]}"
    return value


EVIDENCE_STATUS = {
    "in_force": gettext_lazy("Counts"),
    "expired": gettext_lazy("Expired"),
    "withdrawn": gettext_lazy("Withdrawn"),
}


def _label(choices, value: str) -> str:
    return str(choices(value).label) if value in choices.values else value


def _pdf_context(record: dict) -> dict:
    """The record with what a template cannot work out itself (labels, durations)."""
    record = _readable(record)
    profile = record["profile"]
    enrolments = []
    for enrolment in record["enrolments"]:
        enrolments.append({**enrolment, "minutes": round(enrolment["seconds_spent"] / 60)})
    evidence = [
        {
            **item,
            "skill_label": _skill(item["skill"]) if item["skill"] else "",
            "source_label": _label(Evidence.Source, item["source"]),
            "status_label": str(EVIDENCE_STATUS.get(item["status"], item["status"])),
        }
        for item in record["competency_evidence"]
    ]
    certificates = [
        {**item, "status_label": _label(Status, item["status"])} for item in record["certificates"]
    ]
    assignments = [
        {**item, "closed_label": _label(Assignment.CloseReason, item["closed_reason"])}
        for item in record["assignments"]
    ]
    return {
        "record": record,
        "profile": profile,
        "enrolments": enrolments,
        "evidence": evidence,
        "certificates": certificates,
        "assignments": assignments,
        "preferred_language": dict(PREFERRED_LANGUAGES).get(
            profile["preferred_language"], profile["preferred_language"]
        ),
        "unit_path": " › ".join(
            unit["name_zh"] or unit["name_en"] for unit in profile["org_unit_path"]
        ),
    }


def record_pdf(record: dict) -> bytes:
    """The record as a PDF (A4 portrait), in the active language's labels."""
    html = render_to_string(PDF_TEMPLATE, _pdf_context(record))
    profile = record["profile"]
    name = " ".join(n for n in (profile["name_zh"], profile["name_latin"]) if n)
    with certificate_render.shared_renderer() as renderer:
        document = HTML(
            string=html,
            base_url=certificate_render.BASE_URL,
            url_fetcher=renderer.fetcher,
        ).render(font_config=renderer.font_config, stylesheets=_stylesheets(renderer))
        document.metadata = DocumentMetadata(
            title=f"Training record: {name} ({profile['staff_number']})",
            authors=[str(settings.MERIDIAN_LIBRARY_NAME.get("en", ""))],
            created=record["generated_at"],
            modified=record["generated_at"],
            lang="zh-Hans",
        )
        return document.write_pdf()


# --- the download, as a service -------------------------------------------------------------------

FORMATS = {"json": "application/json; charset=utf-8", "pdf": "application/pdf"}


def can_export_record(user, staff: StaffProfile) -> bool:
    """A staff member exports their own record; HR (and admins) anyone's. Managers do not."""
    if not user.is_authenticated:
        return False
    return staff.user_id == user.pk or policies.can_manage_certificates(user)


@transaction.atomic
def record_export(*, staff: StaffProfile, fmt: str, actor) -> tuple[bytes, str]:
    """The training record of `staff` as (file contents, file name) in `fmt` ("json" or "pdf").

    Guarantees: only the person themself or HR (PermissionDenied otherwise, nothing written); an
    unknown format is a ValueError; every export is audited ("privacy.record_export", with the
    subject as target, the format and whether it was the person's own or HR's copy).
    """
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format {fmt!r}.")
    if actor is None or not can_export_record(actor, staff):
        raise PermissionDenied("Only the staff member and HR may export a training record.")
    record = training_record(staff)
    body = record_json(record) if fmt == "json" else record_pdf(record)
    own = staff.user_id == actor.pk
    audit_log(
        actor=actor,
        action="privacy.record_export",
        target=staff,
        summary=f"Training record ({fmt.upper()}) of staff {staff.staff_number}"
        + ("" if own else " produced by HR"),
        data={"format": fmt, "own": own, "bytes": len(body)},
    )
    return body, record_filename(record, fmt)
