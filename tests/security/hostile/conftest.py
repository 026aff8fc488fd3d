"""The hostile world: staff whose names are the corpus's storable values, brought in through the
real roster import, each with a certificate whose course title is a hostile value too; and the
readers that check each output (HTML, CSV, XLSX, JSON) for the value, safe and intact."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import unicodedata
import uuid
from decimal import Decimal
from types import SimpleNamespace

import openpyxl
import pytest
from django.utils import timezone

from tests.assessments.conftest import quizzes  # noqa: F401  (a fixture of test_quiz.py)
from tests.training.people.conftest import person, roster_bytes
from tests.training.reports.conftest import (  # noqa: F401  (fixtures used by these tests)
    complete,
    courses,
    default_language,
    framework,
    team,
    template,
)
from tests.training.reports.hr.conftest import hr_world  # noqa: F401
from training.certificates.models import Certificate, new_code
from training.people.models import StaffProfile
from training.people.services import roster_import
from training.progress.models import Enrolment
from training.reports.models import AppraisalPeriod

from .corpus import BY_NAME, CORPUS, STORABLE_KINDS, Hostile


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The verify page's rate limit counts in the cache (locmem, per process): each test starts
    with none of the previous tests' requests counted."""
    from django.core.cache import cache

    cache.clear()
    yield


# Values with Han characters go in the Chinese name column (the roster refuses Han in the Latin
# one, as a swapped column); every other storable value goes in both.
HAN_VALUES = ("cjk", "cjk-astral")


def stored(value: str) -> str:
    """What a text input keeps of a value: NFC-normalised, spaces and tabs around it removed."""
    return unicodedata.normalize("NFC", value).strip()


FORMULA_STARTS = ("=", "+", "-", "@")


def spreadsheet_text(value: str) -> str:
    """The cell a CSV/XLSX export must hold for `value`: a formula-like value behind an
    apostrophe, so that no spreadsheet evaluates it; anything else as it is."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def assert_html_safe(content: bytes | str, value: str) -> None:
    """`value` is on the page escaped, and never raw where escaping changes it."""
    text = content.decode() if isinstance(content, bytes) else content
    escaped = html.escape(value, quote=True)
    # Django escapes ' as &#x27; and html.escape as &#x27; too; " as &quot;.
    assert escaped in text, f"{value!r} is not on the page escaped"
    if escaped != value and any(char in value for char in '<>"'):
        assert value not in text, f"{value!r} is on the page unescaped"


def assert_never_raw(content: bytes | str) -> None:
    """No executable markup from the corpus, anywhere on a page."""
    text = content.decode() if isinstance(content, bytes) else content
    assert "<script>alert(1)" not in text
    assert "<img src=x onerror" not in text
    assert "onmouseover='alert" not in text


def csv_rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def xlsx_cells(content: bytes) -> list[list]:
    """The first sheet's cells (not values: the data type tells text from formula)."""
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    return [list(row) for row in workbook.worksheets[0].iter_rows()]


def json_body(response) -> object:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return json.loads(response.content)


def storable() -> list[Hostile]:
    return [item for item in CORPUS if item.kind in STORABLE_KINDS]


def certificate_for(staff: StaffProfile, title: str) -> Certificate:
    today = timezone.localdate()
    return _certificate(staff, title=title, day=max(dt.date(today.year, 1, 1), today))


def _certificate(staff: StaffProfile, *, title: str, day: dt.date) -> Certificate:
    """A certificate as `certificate_issue` leaves it (enrolment and snapshot), inserted
    directly: the course title is the hostile value."""
    at = dt.datetime.combine(day, dt.time(12), tzinfo=timezone.get_current_timezone())
    key = uuid.uuid4()
    enrolment = Enrolment.objects.create(
        staff=staff, course_key=key, source="self", completed_at=at, completed_locale="zh-hans"
    )
    return Certificate.objects.create(
        code=new_code(),
        staff=staff,
        enrolment=enrolment,
        round=enrolment.round,
        course_key=key,
        locale="zh-hans",
        holder_name_zh=staff.name_zh,
        holder_name_latin=staff.name_latin,
        staff_number=staff.staff_number,
        course_title=title,
        course_title_zh=title,
        course_title_en=title,
        level="",
        competencies=[],
        hours=Decimal("1.5"),
        score=Decimal("88"),
        completed_at=at,
        issued_at=at + dt.timedelta(minutes=5),
        expires_on=day + dt.timedelta(days=700),
        design={},
    )


@pytest.fixture
def hostile(org):
    """One staff member per storable corpus value (imported with the roster, in department
    "hostile"), each with one certificate titled with the same value; and a period around it.

    `hostile.people[name]` = (profile, certificate, expected stored value)."""
    rows = []
    for index, item in enumerate(storable()):
        number = f"H{index:03d}"
        if item.name in HAN_VALUES:
            fields = {"name_zh": item.value, "name_latin": f"HOSTILE {index}"}
        else:
            fields = {"name_zh": item.value, "name_latin": item.value}
        rows.append(
            person(
                number,
                department_code="hostile",
                department_name_zh="测试部",
                department_name_en="Hostile",
                **fields,
            )
        )
    roster_import(data=roster_bytes(rows), actor=org.admin)
    today = timezone.localdate()
    day = max(dt.date(today.year, 1, 1), today - dt.timedelta(days=1))
    period = AppraisalPeriod.objects.create(
        name="2026 hostile",
        kind=AppraisalPeriod.Kind.ANNUAL,
        starts_on=dt.date(today.year, 1, 1),
        ends_on=today,
    )
    people = {}
    for index, item in enumerate(storable()):
        profile = StaffProfile.objects.select_related("user").get(staff_number=f"H{index:03d}")
        value = stored(item.value)
        if item.name not in HAN_VALUES:
            assert profile.name_latin == value
        assert profile.name_zh == value
        people[item.name] = (profile, _certificate(profile, title=value, day=day), value)
    return SimpleNamespace(org=org, people=people, period=period, by_name=BY_NAME)
