"""The evaluation system's feed: `/api/v1/` (django-ninja), read-only, token-authenticated.

Every endpoint is a GET that needs `Authorization: Bearer <token>` (an `ApiToken` created by
HR in the admin) with the endpoint's scope. A browser session does not count. Lists are paged
(`limit` 1-500, default 100; `offset`) and filter with the same FilterSets as HR's pages and
exports (`RegisterFilter`, `SummaryFilter`), reading the same query parameters, so that the feed
and the register always select the same rows. A filter value that is not valid is a 400 with
the form's errors, never "everything". Every call made with a recognisable token, refused ones
included, leaves an `api.call` audit entry (`audited`, the one place that does it).

Decimals (hours, scores) are strings ("3.5"), to keep them exact; dates are ISO 8601
("2026-05-01"), times ISO 8601 with their offset. Texts that exist in one language per field
(competency names, course titles in summaries, the score formula) follow `Accept-Language`
(Chinese by default, English for `en`); certificates carry both course titles.
"""

import datetime as dt
import functools
import uuid
from decimal import Decimal
from typing import Annotated, Literal

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.utils import timezone
from ninja import Field, NinjaAPI, Path, Query, Schema, Swagger
from ninja.errors import AuthenticationError, ValidationError
from pydantic import WithJsonSchema

from training.certificates.links import verify_url
from training.certificates.models import Certificate, normalise_code
from training.people.models import OrgUnit, StaffProfile
from training.people.services import audit_log

from .api_auth import ScopeDenied, TokenAuth
from .hr_filters import RegisterFilter, SummaryFilter
from .models import ApiToken, AppraisalPeriod, ScoreWeights
from .summaries import Summary, score_formula, summaries_for, summary_staff

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000
STAFF_NUMBER_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$"
CODE_PATTERN = r"^[A-Za-z0-9-]{1,64}$"
MAX_PERIOD_ID = 2_147_483_647

DESCRIPTION = """
The training records of the library's staff, for the university's staff evaluation system.

**Authentication**: every endpoint needs `Authorization: Bearer <token>`, a token HR creates in
the admin (API tokens), with the endpoint's scope (`staff:read`, `certificates:read`,
`summaries:read`). A missing, unknown, expired or revoked token gets 401; a token without the
scope gets 403. Every call is audited.

**Paging**: `limit` (1-500, default 100) and `offset` (default 0); a page is
`{"count": total, "limit", "offset", "next": URL or null, "previous": URL or null, "items": [...]}`.

**Filters** are the HR register's and summaries' filters, with the same parameters. A value
that is not valid (an unknown org unit code, a period that does not exist) is a 400 with
`errors` by parameter, never an unfiltered list.

**Values**: decimals (hours, scores) are strings such as `"3.5"`; dates are ISO 8601
(`2026-05-01`), times ISO 8601 with their UTC offset. Texts with one language per field follow
`Accept-Language` (Chinese by default, `en` for English).
"""


def _docs_url() -> str | None:
    # ninja's docs page uses its bundled Swagger UI only when "ninja" is an installed app;
    # otherwise it loads it from a CDN, which Meridian never does: no docs page then.
    return "/docs" if "ninja" in settings.INSTALLED_APPS else None


api = NinjaAPI(
    title="Meridian",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    docs_url=_docs_url(),
    # No "validator" badge: Swagger UI would fetch it from validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)


# --- errors ------------------------------------------------------------------------------------


class ApiError(Exception):
    def __init__(self, status: int, detail: str, errors: dict | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors


class Error(Schema):
    detail: str
    errors: dict[str, list[str]] | None = None


ERRORS = {400: Error, 401: Error, 403: Error, 404: Error}


def _error(request, status: int, detail: str, errors: dict | None = None) -> HttpResponse:
    body = {"detail": detail}
    if errors is not None:
        body["errors"] = errors
    return api.create_response(request, body, status=status)


@api.exception_handler(ApiError)
def _api_error(request, exc: ApiError):
    return _error(request, exc.status, exc.detail, exc.errors)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    response = _error(
        request, 401, "A valid API token is required (Authorization: Bearer <token>)."
    )
    response["WWW-Authenticate"] = 'Bearer realm="meridian"'
    return response


@api.exception_handler(ScopeDenied)
def _scope_denied(request, exc: ScopeDenied):
    return _error(request, 403, f"This token does not have the scope {exc.scope}.")


@api.exception_handler(ValidationError)
def _invalid(request, exc: ValidationError):
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("query", "path")]
        errors.setdefault(".".join(loc) or "request", []).append(str(error.get("msg", "")))
    return _error(request, 400, "The request is not valid.", errors)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error(request, 404, "Not found.")


# --- the audit of every call (refused ones with a recognisable token too) ------------------------


def _printable(text: str, limit: int) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text[:limit])


def audited(run):
    """Wraps each operation's `run` (authentication, the view and the error handlers): one
    `api.call` audit entry per call made with a token that names an `ApiToken`."""

    @functools.wraps(run)
    def wrapper(request: HttpRequest, *args, **kwargs):
        response = run(request, *args, **kwargs)
        token: ApiToken | None = getattr(request, "api_token", None)
        if token is not None:
            rows = getattr(request, "api_rows", 0)
            audit_log(
                actor=None,
                action="api.call",
                target=token,
                summary=_printable(
                    f"{request.method} {request.path} → {response.status_code} ({rows})", 255
                ),
                data={
                    "token": token.pk,
                    "prefix": token.prefix,
                    "method": request.method,
                    "path": _printable(request.path, 500),
                    "query": _printable(request.META.get("QUERY_STRING", ""), 1000),
                    "status": response.status_code,
                    "rows": rows,
                    "count": getattr(request, "api_count", None),
                },
            )
        return response

    return wrapper


# --- shared pieces ---------------------------------------------------------------------------


class Paged(Schema):
    count: int = Field(..., description="Rows the filter selects, over all pages.")
    limit: int
    offset: int
    next: str | None = Field(None, description="The next page's URL, null on the last page.")
    previous: str | None = Field(None, description="The previous page's URL, null on the first.")


class OrgUnitOut(Schema):
    code: str
    name_zh: str
    name_en: str


class RoleOut(Schema):
    id: int
    code: str
    name_zh: str
    name_en: str


def _unit(unit: OrgUnit | None) -> dict | None:
    if unit is None:
        return None
    return {"code": unit.code, "name_zh": unit.name_zh, "name_en": unit.name_en}


def _role(role) -> dict | None:
    if role is None:
        return None
    return {"id": role.pk, "code": role.code, "name_zh": role.name_zh, "name_en": role.name_en}


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def _params(request: HttpRequest) -> QueryDict:
    """The query parameters, refused (400) if one holds a NUL character: no database stores
    one, and such a value is never a filter anyone meant."""
    for key, values in request.GET.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            raise ApiError(400, "The request is not valid.", {key: ["Null characters."]})
    return request.GET


def _filter_errors(filterset) -> dict[str, list[str]]:
    return {name: [str(message) for message in errors] for name, errors in filterset.errors.items()}


def _page_url(request: HttpRequest, limit: int, offset: int) -> str:
    query = request.GET.copy()
    query["limit"] = str(limit)
    query["offset"] = str(offset)
    return f"{request.path}?{query.urlencode()}"


def _paged(request: HttpRequest, count: int, items: list, limit: int, offset: int, **extra):
    request.api_rows = len(items)
    request.api_count = count
    following = offset + limit
    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": _page_url(request, limit, following) if following < count else None,
        "previous": _page_url(request, limit, max(offset - limit, 0)) if offset > 0 else None,
        "items": items,
        **extra,
    }


def _slice(queryset: QuerySet, limit: int, offset: int) -> tuple[int, list]:
    count = queryset.count()
    rows = list(queryset[offset : offset + limit]) if offset < count else []
    return count, rows


Limit = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Rows per page (1-500).")
Offset = Query(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")


StaffStatus = Literal["active", "left", "all"]
StaffStatusQuery = Query(None, description="Current staff (the default), those who left, or all.")


def _text(description: str):
    return Query(None, description=description, max_length=200)


# Read as text (the FilterSet judges them, as on HR's pages), documented with their format.
DateText = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]
UuidText = Annotated[str, WithJsonSchema({"type": "string", "format": "uuid"})]
IssuedFromQuery = _text("Issued on or after this day (YYYY-MM-DD).")
IssuedToQuery = _text("Issued on or before this day (YYYY-MM-DD).")
CertificateCourseQuery = _text("A course key (UUID).")
SummaryCourseQuery = _text("A course key (UUID): completed it within the period.")


# --- staff --------------------------------------------------------------------------------------


class StaffFilter(SummaryFilter):
    """The summaries' staff filter without the period: q, org_unit, role, staff_status."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("period", "course", "competency"):
            self.filters.pop(name)


class StaffOut(Schema):
    staff_number: str
    name_zh: str
    name_latin: str
    email: str
    org_unit: OrgUnitOut
    role: RoleOut | None
    active: bool
    start_date: dt.date | None
    left_on: dt.date | None


class StaffPage(Paged):
    items: list[StaffOut]


def _staff(person: StaffProfile) -> dict:
    return {
        "staff_number": person.staff_number,
        "name_zh": person.name_zh,
        "name_latin": person.name_latin,
        "email": person.user.email,
        "org_unit": _unit(person.org_unit),
        "role": _role(person.job_role),
        "active": person.is_active,
        "start_date": person.start_date,
        "left_on": person.left_on,
    }


def _staff_rows() -> QuerySet[StaffProfile]:
    return StaffProfile.objects.select_related("user", "org_unit", "job_role").order_by(
        "org_unit__path", "name_latin", "pk"
    )


@api.get(
    "/staff",
    response={200: StaffPage, **ERRORS},
    auth=TokenAuth("staff:read"),
    operation_id="staff_list",
    summary="Staff",
    tags=["staff"],
)
def staff_list(
    request,
    q: str = _text("A name (Chinese or Latin letters) or a staff number."),
    org_unit: str = _text("An org unit's code: its staff and its sub-units' staff."),
    role: str = _text("A job role's id."),
    staff_status: StaffStatus = StaffStatusQuery,
    limit: int = Limit,
    offset: int = Offset,
):
    params = _params(request)
    filterset = StaffFilter(params, queryset=_staff_rows())
    if not filterset.is_valid():
        raise ApiError(400, "The filter is not valid.", _filter_errors(filterset))
    count, people = _slice(filterset.qs, limit, offset)
    return _paged(request, count, [_staff(person) for person in people], limit, offset)


@api.get(
    "/staff/{staff_number}",
    response={200: StaffOut, **ERRORS},
    auth=TokenAuth("staff:read"),
    operation_id="staff_detail",
    summary="A staff member",
    tags=["staff"],
)
def staff_detail(
    request,
    staff_number: str = Path(..., pattern=STAFF_NUMBER_PATTERN, max_length=40),
):
    person = _staff_rows().filter(staff_number=staff_number).first()
    if person is None:
        raise ApiError(404, "No staff member has this staff number.")
    request.api_rows = 1
    return _staff(person)


# --- certificates -------------------------------------------------------------------------------

StatusName = Literal["valid", "expired", "revoked", "superseded"]
StatusQuery = Query(None, description="The status today.")


class CertificateOut(Schema):
    code: str = Field(..., description="The verification code (16 characters, no dashes).")
    verify_url: str
    holder_name_zh: str
    holder_name_latin: str
    staff_number: str
    org_unit: OrgUnitOut = Field(..., description="The holder's org unit now.")
    course_key: uuid.UUID = Field(..., description="The course, whatever its language.")
    course_title: str = Field(..., description="The title in the language completed.")
    course_title_zh: str
    course_title_en: str
    locale: str = Field(..., description="The language the course was completed in.")
    level: str
    hours: str = Field(..., description="A decimal, as a string.")
    score: str | None = Field(None, description="A percentage, as a string.")
    completed_at: dt.datetime
    issued_at: dt.datetime
    expires_on: dt.date | None
    status: StatusName
    revoked_at: dt.datetime | None
    supersedes: str | None = Field(None, description="The code of the certificate it replaced.")
    superseded_by: str | None = Field(None, description="The code of its replacement.")


class CertificatePage(Paged):
    items: list[CertificateOut]


def _certificate_rows() -> QuerySet[Certificate]:
    return Certificate.objects.select_related(
        "staff__org_unit", "revocation", "superseded_by", "supersedes"
    ).order_by("-issued_at", "-pk")


def _certificate(certificate: Certificate, today: dt.date) -> dict:
    revocation = certificate.revocation_or_none()
    successor = certificate.successor_or_none()
    return {
        "code": certificate.code,
        "verify_url": verify_url(certificate.code),
        "holder_name_zh": certificate.holder_name_zh,
        "holder_name_latin": certificate.holder_name_latin,
        "staff_number": certificate.staff_number,
        "org_unit": _unit(certificate.staff.org_unit),
        "course_key": certificate.course_key,
        "course_title": certificate.course_title,
        "course_title_zh": certificate.course_title_zh,
        "course_title_en": certificate.course_title_en,
        "locale": certificate.locale,
        "level": certificate.level,
        "hours": _decimal(certificate.hours),
        "score": _decimal(certificate.score),
        "completed_at": certificate.completed_at,
        "issued_at": certificate.issued_at,
        "expires_on": certificate.expires_on,
        "status": str(certificate.status_on(today)),
        "revoked_at": revocation.revoked_at if revocation else None,
        "supersedes": certificate.supersedes.code if certificate.supersedes_id else None,
        "superseded_by": successor.code if successor else None,
    }


@api.get(
    "/certificates",
    response={200: CertificatePage, **ERRORS},
    auth=TokenAuth("certificates:read"),
    operation_id="certificate_list",
    summary="Certificates (the HR register)",
    tags=["certificates"],
)
def certificate_list(
    request,
    q: str = _text("A holder's name, a staff number or a certificate code."),
    period: str = _text("An appraisal period's id: issued from its first to last day."),
    issued_from: DateText = IssuedFromQuery,
    issued_to: DateText = IssuedToQuery,
    org_unit: str = _text("An org unit's code: its holders and its sub-units' holders."),
    role: str = _text("A job role's id (the holder's role now)."),
    course: UuidText = CertificateCourseQuery,
    competency: str = _text("A competency's code: courses that evidenced it."),
    status: StatusName = StatusQuery,
    limit: int = Limit,
    offset: int = Offset,
):
    params = _params(request)
    today = timezone.localdate()
    filterset = RegisterFilter(params, queryset=_certificate_rows(), today=today)
    if not filterset.is_valid():
        raise ApiError(400, "The filter is not valid.", _filter_errors(filterset))
    count, rows = _slice(filterset.qs, limit, offset)
    items = [_certificate(certificate, today) for certificate in rows]
    return _paged(request, count, items, limit, offset)


@api.get(
    "/certificates/{code}",
    response={200: CertificateOut, **ERRORS},
    auth=TokenAuth("certificates:read"),
    operation_id="certificate_detail",
    summary="A certificate",
    tags=["certificates"],
)
def certificate_detail(
    request,
    code: str = Path(
        ..., pattern=CODE_PATTERN, max_length=64, description="With or without dashes."
    ),
):
    normalised = normalise_code(code)
    certificate = (
        _certificate_rows().filter(code=normalised).first() if normalised is not None else None
    )
    if certificate is None:
        raise ApiError(404, "No certificate has this code.")
    request.api_rows = 1
    return _certificate(certificate, timezone.localdate())


# --- appraisal periods and summaries --------------------------------------------------------------


class PeriodOut(Schema):
    id: int
    name: str
    kind: Literal["annual", "probation", "promotion", "renewal"]
    starts_on: dt.date
    ends_on: dt.date


class PeriodPage(Paged):
    items: list[PeriodOut]


def _period(period: AppraisalPeriod) -> dict:
    return {
        "id": period.pk,
        "name": period.name,
        "kind": period.kind,
        "starts_on": period.starts_on,
        "ends_on": period.ends_on,
    }


@api.get(
    "/periods",
    response={200: PeriodPage, **ERRORS},
    auth=TokenAuth("summaries:read"),
    operation_id="period_list",
    summary="Appraisal periods",
    tags=["summaries"],
)
def period_list(request, limit: int = Limit, offset: int = Offset):
    _params(request)
    count, periods = _slice(AppraisalPeriod.objects.order_by("-starts_on", "name"), limit, offset)
    return _paged(request, count, [_period(period) for period in periods], limit, offset)


class CompletionOut(Schema):
    course_key: uuid.UUID
    course_title: str
    completed_on: dt.date
    hours: str
    code: str = Field(..., description="The certificate's code.")


class LevelOut(Schema):
    competency_code: str
    competency_name: str
    required: str = Field(..., description="The level the role requires, or empty.")
    start: str = Field(..., description="The verified level on the first day, or empty.")
    end: str = Field(..., description="The verified level on the last day, or empty.")
    change: int = Field(..., description="Steps of the scale from start to end.")


class OverdueOut(Schema):
    title: str
    due_on: dt.date | None
    kind: Literal["assignment", "renewal"]


class SummaryOut(Schema):
    staff_number: str
    name_zh: str
    name_latin: str
    org_unit: OrgUnitOut
    role: RoleOut | None
    active: bool
    hours: str
    courses_completed: int
    valid_certificates: int
    quiz_attempts: int
    mean_quiz_score: str | None
    overdue_mandatory: int
    levels_gained: int
    score: str
    completions: list[CompletionOut]
    levels: list[LevelOut]
    overdue: list[OverdueOut]


class SummaryPage(Paged):
    period: PeriodOut
    score_formula: str
    items: list[SummaryOut]


def _summary(summary: Summary) -> dict:
    person = summary.staff
    return {
        "staff_number": person.staff_number,
        "name_zh": person.name_zh,
        "name_latin": person.name_latin,
        "org_unit": _unit(person.org_unit),
        "role": _role(person.job_role),
        "active": person.is_active,
        "hours": _decimal(summary.hours),
        "courses_completed": summary.courses_completed,
        "valid_certificates": summary.valid_certificates,
        "quiz_attempts": summary.quiz_attempts,
        "mean_quiz_score": _decimal(summary.mean_quiz_score),
        "overdue_mandatory": summary.overdue_mandatory,
        "levels_gained": summary.levels_gained,
        "score": _decimal(summary.score),
        "completions": [
            {
                "course_key": item.course_key,
                "course_title": item.course_title,
                "completed_on": item.completed_on,
                "hours": _decimal(item.hours),
                "code": item.code,
            }
            for item in summary.completions
        ],
        "levels": [
            {
                "competency_code": item.competency_code,
                "competency_name": str(item.competency_name),
                "required": str(item.required),
                "start": str(item.start),
                "end": str(item.end),
                "change": item.change,
            }
            for item in summary.levels
        ],
        "overdue": [
            {"title": item.title, "due_on": item.due_on, "kind": item.kind}
            for item in summary.overdue
        ],
    }


@api.get(
    "/periods/{period_id}/summaries",
    response={200: SummaryPage, **ERRORS},
    auth=TokenAuth("summaries:read"),
    operation_id="summary_list",
    summary="Appraisal summaries of a period",
    tags=["summaries"],
)
def summary_list(
    request,
    period_id: int = Path(..., ge=1, le=MAX_PERIOD_ID),
    q: str = _text("A name (Chinese or Latin letters) or a staff number."),
    org_unit: str = _text("An org unit's code: its staff and its sub-units' staff."),
    role: str = _text("A job role's id."),
    course: UuidText = SummaryCourseQuery,
    competency: str = _text("A competency's code: required by the role, or evidenced."),
    staff_status: StaffStatus = StaffStatusQuery,
    limit: int = Limit,
    offset: int = Offset,
):
    params = _params(request).copy()
    period = AppraisalPeriod.objects.filter(pk=period_id).first()
    if period is None:
        raise ApiError(404, "No appraisal period has this id.")
    params["period"] = str(period.pk)
    filterset = SummaryFilter(params, queryset=StaffProfile.objects.all())
    if not filterset.is_valid():
        raise ApiError(400, "The filter is not valid.", _filter_errors(filterset))
    # Page the staff first, then compute the page's summaries only.
    count, people = _slice(summary_staff(filterset.qs), limit, offset)
    weights = ScoreWeights.current()
    items = [_summary(summary) for summary in summaries_for(people, period, weights=weights)]
    return _paged(
        request,
        count,
        items,
        limit,
        offset,
        period=_period(period),
        score_formula=score_formula(weights),
    )


# --- anything else under /api/v1/: a JSON 404, not the site's HTML page -----------------------


@api.api_operation(
    ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
    "/{path:rest}",
    include_in_schema=False,
)
def not_found(request, rest: str):
    raise ApiError(404, "Not found.")


api.add_decorator(audited, mode="view")
