"""Reading and checking an HR staff roster (a CSV file) before it is imported.

Nothing here writes to the database. `read_roster` turns the bytes of a file into rows without
touching the database at all; `DirectorySnapshot.load` reads what the rows refer to (a handful of
queries, no writes); `plan_roster` compares the two and works out exactly what an import would
create and change. `services.roster_import` does the writes, through the directory's services.

Every error is collected with its line number in the file (the header is line 1), so HR sees all
the problems of a file at once. A roster with any error is imported not at all.

Columns (header names are case-insensitive; spaces around them are ignored):

required  staff_number, name_zh, name_latin, email,
          department_code, department_name_zh, department_name_en
optional  team_code, team_name_zh, team_name_en     a team in the department (names required)
          job_role, job_role_name_zh, job_role_name_en
                                      a JobRole code; a new code needs both names, names given
                                      for an existing role rename it
          languages                   ISO codes separated by ';' or ','
          start_date                  YYYY-MM-DD
          active                      yes/no, true/false, 1/0, 是/否 (empty: yes)
          username                    new staff: default is the staff number in lower case;
                                      existing staff keep theirs unless one is given
          manages                     codes of org units the person manages, ';'-separated

An optional column that is present is the truth for every row: an empty `languages`, `job_role`,
`start_date` or `manages` cell clears it. A column that is left out leaves that field alone.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db.models.functions import Lower
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .models import JobRole, Language, OrgUnit, StaffProfile, code_validator
from .roles import MANAGERS

REQUIRED_COLUMNS = (
    "staff_number",
    "name_zh",
    "name_latin",
    "email",
    "department_code",
    "department_name_zh",
    "department_name_en",
)
OPTIONAL_COLUMNS = (
    "team_code",
    "team_name_zh",
    "team_name_en",
    "job_role",
    "job_role_name_zh",
    "job_role_name_en",
    "languages",
    "start_date",
    "active",
    "username",
    "manages",
)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

LIBRARY_CODE = "library"

TRUE_VALUES = frozenset({"yes", "true", "1", "是"})
FALSE_VALUES = frozenset({"no", "false", "0", "否"})

# Lists inside a cell (languages, manages). Codes never contain either separator.
LIST_SEPARATOR = re.compile(r"[;,]")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Han characters: a Chinese name in the name_latin column is almost always a swapped column.
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Bidirectional overrides and isolates can make a value display as something it is not.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Lookups of many values are done in slices, so that no query exceeds a database's
# limit on query parameters (SQLite's is the lowest).
QUERY_CHUNK = 500


def _max_length(model, field_name: str) -> int:
    return model._meta.get_field(field_name).max_length


MAX_LENGTHS = {
    "staff_number": _max_length(StaffProfile, "staff_number"),
    "name_zh": _max_length(StaffProfile, "name_zh"),
    "name_latin": _max_length(StaffProfile, "name_latin"),
    "email": _max_length(User, "email"),
    "username": _max_length(User, "username"),
    "department_code": _max_length(OrgUnit, "code"),
    "department_name_zh": _max_length(OrgUnit, "name_zh"),
    "department_name_en": _max_length(OrgUnit, "name_en"),
    "team_code": _max_length(OrgUnit, "code"),
    "team_name_zh": _max_length(OrgUnit, "name_zh"),
    "team_name_en": _max_length(OrgUnit, "name_en"),
    "job_role": _max_length(JobRole, "code"),
    "job_role_name_zh": _max_length(JobRole, "name_zh"),
    "job_role_name_en": _max_length(JobRole, "name_en"),
    # Lists and dates have no column in the database of their own; each item is checked.
    "languages": 1000,
    "manages": 2000,
    "start_date": 40,
    "active": 40,
}

_email_validator = EmailValidator()
_username_validator = UnicodeUsernameValidator()


# --- errors -----------------------------------------------------------------------------------


class RosterError(NamedTuple):
    """One problem with a roster: the line of the file (None: the file as a whole) and what."""

    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("line %(line)d: %(message)s") % {"line": self.line, "message": self.message}


class RosterImportError(Exception):
    """A roster that cannot be imported. `errors` lists every problem found, in file order."""

    def __init__(self, errors: Iterable[tuple[int | None, str]]):
        self.errors = sorted(
            (RosterError(line, message) for line, message in errors),
            key=lambda error: (error.line is not None, error.line or 0),
        )
        super().__init__("\n".join(str(error) for error in self.errors))


def _show(value: str, limit: int = 60) -> str:
    """A value as it may appear inside an error message: quoted, shortened, controls escaped."""
    shown = "".join(
        repr(char)[1:-1] if unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS else char
        for char in value[: limit + 1]
    )
    if len(value) > limit:
        shown = shown[:limit] + "…"
    return f"'{shown}'"


# --- reading the file -------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitSpec:
    """An org unit as one row of the file names it."""

    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class RosterRow:
    """One person in the roster, with every value checked for form (not yet against the DB)."""

    line: int
    staff_number: str
    name_zh: str
    name_latin: str
    email: str
    department: UnitSpec | None
    team: UnitSpec | None = None
    job_role: str = ""
    job_role_name_zh: str = ""
    job_role_name_en: str = ""
    languages: tuple[str, ...] = ()
    start_date: date | None = None
    is_active: bool = True
    username: str = ""
    manages: tuple[str, ...] = ()

    @property
    def unit_code(self) -> str:
        """The code of the unit the person belongs to: the team if given, else the department."""
        if self.team is not None:
            return self.team.code
        return self.department.code if self.department is not None else ""


@dataclass(frozen=True)
class ParsedRoster:
    """The rows of a file, the columns it has, and the problems found in single rows."""

    columns: frozenset[str]
    rows: tuple[RosterRow, ...]
    errors: tuple[RosterError, ...] = ()


def decode_roster(data: bytes, *, max_bytes: int | None = None) -> str:
    """The text of a roster file: UTF-8, with or without a byte order mark (BOM)."""
    if max_bytes is None:
        max_bytes = settings.MERIDIAN_ROSTER_MAX_BYTES
    if not data or not data.strip():
        raise RosterImportError([(None, _("The file is empty."))])
    if len(data) > max_bytes:
        raise RosterImportError(
            [
                (
                    None,
                    _("The file is too large (%(size)s); a roster may be at most %(limit)s.")
                    % {"size": filesizeformat(len(data)), "limit": filesizeformat(max_bytes)},
                )
            ]
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise RosterImportError(
            [
                (
                    1,
                    _(
                        "The file is UTF-16 encoded (Excel's 'Unicode Text'); save it as "
                        "'CSV UTF-8 (Comma delimited)' and try again."
                    ),
                )
            ]
        )
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise RosterImportError(
            [
                (
                    None,
                    _(
                        "This is a spreadsheet workbook (.xlsx or .xls), not a CSV file. In "
                        "Excel, use Save As 'CSV UTF-8 (Comma delimited)' and use that file."
                    ),
                )
            ]
        )
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    nul = data.find(b"\x00")
    if nul != -1:
        raise RosterImportError(
            [
                (
                    data.count(b"\n", 0, nul) + 1,
                    _(
                        "The file contains a NUL byte (at byte %(position)d); it is not a "
                        "CSV text file."
                    )
                    % {"position": nul + 1},
                )
            ]
        )
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        position = bom + error.start
        raise RosterImportError(
            [
                (
                    data.count(b"\n", 0, position) + 1,
                    _(
                        "The file is not UTF-8 encoded (byte 0x%(byte)02X at position %(position)d "
                        "of the file). Save it as 'CSV UTF-8 (Comma delimited)' and try again."
                    )
                    % {"byte": data[position], "position": position + 1},
                )
            ]
        ) from None
    if not text.strip():
        raise RosterImportError([(None, _("The file is empty."))])
    return text


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) for each record; the line is where the record starts in the file."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise RosterImportError(
                [
                    (
                        line,
                        _("The CSV file is malformed here (%(detail)s); nothing was read.")
                        % {"detail": str(error)},
                    )
                ]
            ) from None
        yield line, cells
        line = reader.line_num + 1


def _header(line: int, cells: list[str]) -> tuple[dict[str, int], list[RosterError]]:
    """Column name → position, and the problems of the header line."""
    errors = []
    positions: dict[str, int] = {}
    for position, cell in enumerate(cells):
        name = cell.strip().strip("\ufeff").strip().lower()
        if not name:
            continue
        if name not in COLUMNS:
            errors.append(
                RosterError(
                    line,
                    _("Unknown column %(column)s. The columns are: %(columns)s.")
                    % {"column": _show(name), "columns": ", ".join(COLUMNS)},
                )
            )
        elif name in positions:
            errors.append(
                RosterError(line, _("Column %(column)s appears twice.") % {"column": name})
            )
        else:
            positions[name] = position
    missing = [name for name in REQUIRED_COLUMNS if name not in positions]
    if missing:
        errors.append(
            RosterError(
                line,
                _("Required columns are missing: %(columns)s.") % {"columns": ", ".join(missing)},
            )
        )
        if len(cells) == 1 and ("\t" in cells[0] or ";" in cells[0]):
            errors.append(
                RosterError(
                    line,
                    _("The columns must be separated by commas, not by tabs or semicolons."),
                )
            )
    return positions, errors


class _RowReader:
    """Checks the values of one row, collecting errors instead of stopping at the first."""

    def __init__(self, line: int, values: dict[str, str], errors: list[RosterError]):
        self.line = line
        self.values = values
        self.errors = errors

    def error(self, message: str) -> None:
        self.errors.append(RosterError(self.line, message))

    def text(self, column: str, *, required: bool = False) -> str:
        """The cleaned value of a column ('' when empty, absent or invalid)."""
        value = unicodedata.normalize("NFC", self.values.get(column, "")).strip()
        if not value:
            if required:
                self.error(_("%(column)s is empty; it is required.") % {"column": column})
            return ""
        for char in value:
            if unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS:
                self.error(
                    _(
                        "%(column)s contains a control character (%(char)s); only printable "
                        "text is accepted."
                    )
                    % {"column": column, "char": f"U+{ord(char):04X}"}
                )
                return ""
        limit = MAX_LENGTHS[column]
        if len(value) > limit:
            self.error(
                _(
                    "%(column)s is %(length)d characters long; at most %(limit)d are allowed "
                    "(%(value)s)."
                )
                % {"column": column, "length": len(value), "limit": limit, "value": _show(value)}
            )
            return ""
        return value

    def code(self, column: str, *, required: bool = False) -> str:
        return self._check_code(column, self.text(column, required=required))

    def _check_code(self, column: str, value: str) -> str:
        if not value:
            return ""
        try:
            code_validator(value)
        except ValidationError:
            self.error(
                _("%(column)s: %(value)s is not a valid code. %(rule)s")
                % {"column": column, "value": _show(value), "rule": code_validator.message}
            )
            return ""
        return value

    def codes(self, column: str) -> tuple[str, ...]:
        """A ';'- or ','-separated list of codes, without duplicates, in the order given."""
        items = []
        for item in LIST_SEPARATOR.split(self.text(column)):
            item = item.strip()
            if item and self._check_code(column, item) and item not in items:
                items.append(item)
        return tuple(items)


def _parse_row(line: int, values: dict[str, str], errors: list[RosterError]) -> RosterRow:
    read = _RowReader(line, values, errors)

    staff_number = read.code("staff_number", required=True)
    name_zh = read.text("name_zh", required=True)
    name_latin = read.text("name_latin", required=True)
    if HAN.search(name_latin):
        read.error(
            _(
                "name_latin: %(value)s contains Chinese characters; give the name in Latin "
                "letters as in the passport, e.g. ZHANG Zhe."
            )
            % {"value": _show(name_latin)}
        )
        name_latin = ""

    email = read.text("email", required=True)
    if email:
        try:
            _email_validator(email)
        except ValidationError:
            read.error(
                _("email: %(value)s is not a valid email address.") % {"value": _show(email)}
            )
            email = ""

    department_code = read.code("department_code", required=True)
    department_name_zh = read.text("department_name_zh", required=True)
    department_name_en = read.text("department_name_en", required=True)
    department = (
        UnitSpec(department_code, department_name_zh, department_name_en)
        if department_code
        else None
    )

    team = None
    team_code = read.code("team_code")
    team_name_zh = read.text("team_name_zh")
    team_name_en = read.text("team_name_en")
    if team_code:
        for column, value in (("team_name_zh", team_name_zh), ("team_name_en", team_name_en)):
            if not value:
                read.error(
                    _("%(column)s is required when team_code is given.") % {"column": column}
                )
        if team_name_zh and team_name_en:
            team = UnitSpec(team_code, team_name_zh, team_name_en)
    elif not values.get("team_code", "").strip():
        for column, value in (("team_name_zh", team_name_zh), ("team_name_en", team_name_en)):
            if value:
                read.error(_("%(column)s is given but team_code is empty.") % {"column": column})

    job_role = read.code("job_role")
    job_role_name_zh = read.text("job_role_name_zh")
    job_role_name_en = read.text("job_role_name_en")
    if not job_role and not values.get("job_role", "").strip():
        for column, value in (
            ("job_role_name_zh", job_role_name_zh),
            ("job_role_name_en", job_role_name_en),
        ):
            if value:
                read.error(_("%(column)s is given but job_role is empty.") % {"column": column})

    languages = tuple(code.lower() for code in read.codes("languages"))

    start_date = None
    raw_date = read.text("start_date")
    if raw_date:
        try:
            if not ISO_DATE.match(raw_date):
                raise ValueError(raw_date)
            start_date = date.fromisoformat(raw_date)
        except ValueError:
            read.error(
                _("start_date: %(value)s is not a date in the form YYYY-MM-DD (e.g. 2024-09-01).")
                % {"value": _show(raw_date)}
            )

    is_active = True
    raw_active = read.text("active")
    if raw_active:
        if raw_active.lower() in TRUE_VALUES:
            is_active = True
        elif raw_active.lower() in FALSE_VALUES:
            is_active = False
        else:
            read.error(
                _("active: %(value)s is not one of yes, no, true, false, 1, 0, 是, 否.")
                % {"value": _show(raw_active)}
            )

    username = read.text("username").lower()
    if username:
        try:
            _username_validator(username)
        except ValidationError:
            read.error(
                _(
                    "username: %(value)s is not a valid username; use letters, digits and "
                    "@ . + - _ only."
                )
                % {"value": _show(username)}
            )
            username = ""

    manages = read.codes("manages")

    return RosterRow(
        line=line,
        staff_number=staff_number,
        name_zh=name_zh,
        name_latin=name_latin,
        email=email,
        department=department,
        team=team,
        job_role=job_role,
        job_role_name_zh=job_role_name_zh,
        job_role_name_en=job_role_name_en,
        languages=languages,
        start_date=start_date,
        is_active=is_active,
        username=username,
        manages=manages,
    )


def read_roster(data: bytes, *, max_bytes: int | None = None) -> ParsedRoster:
    """Decode and parse a roster file, checking each value's form. No database access.

    Raises RosterImportError for problems with the file as a whole (encoding, size, header);
    problems in single rows are returned in `errors`, so that they are reported with the rest.
    """
    text = decode_roster(data, max_bytes=max_bytes)
    records = _records(text)
    try:
        header_line, header_cells = next(records)
    except StopIteration:  # pragma: no cover - decode_roster refuses blank files
        raise RosterImportError([(None, _("The file is empty."))]) from None
    positions, errors = _header(header_line, header_cells)
    if errors:
        raise RosterImportError(errors)
    columns = frozenset(positions)
    known_positions = set(positions.values())

    rows = []
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines, and the rows of commas spreadsheets leave at the end
        extra = [
            cell
            for position, cell in enumerate(cells)
            if position not in known_positions and cell.strip()
        ]
        if extra:
            errors.append(
                RosterError(
                    line,
                    _("This row has a value in a column without a header: %(value)s.")
                    % {"value": _show(extra[0])},
                )
            )
        values = {
            name: cells[position] if position < len(cells) else ""
            for name, position in positions.items()
        }
        rows.append(_parse_row(line, values, errors))
    if not rows:
        raise RosterImportError([(None, _("The file has a header line but no staff rows."))])
    return ParsedRoster(columns=columns, rows=tuple(rows), errors=tuple(errors))


# --- what is in the database ------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    """A user account the roster might collide with."""

    user_id: int
    username: str
    staff_number: str  # '' for an account without a staff record

    def __str__(self) -> str:
        if self.staff_number:
            return _("staff member %(number)s") % {"number": self.staff_number}
        return _("the account %(username)s") % {"username": self.username}


def _chunks(values: Iterable[str | int]) -> Iterator[list]:
    values = sorted(set(values))
    for start in range(0, len(values), QUERY_CHUNK):
        yield values[start : start + QUERY_CHUNK]


@dataclass
class DirectorySnapshot:
    """What the database holds that a roster refers to. Loaded with reads only."""

    libraries: list[OrgUnit] = field(default_factory=list)
    units: dict[str, OrgUnit] = field(default_factory=dict)
    roles: dict[str, JobRole] = field(default_factory=dict)
    languages: dict[str, Language] = field(default_factory=dict)
    profiles: dict[str, StaffProfile] = field(default_factory=dict)
    accounts_by_username: dict[str, Account] = field(default_factory=dict)
    accounts_by_email: dict[str, list[Account]] = field(default_factory=dict)
    manager_user_ids: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, rows: Iterable[RosterRow]) -> DirectorySnapshot:
        rows = list(rows)
        snapshot = cls()
        # The org tree, the roles and the languages are small: read them whole.
        for unit in OrgUnit.objects.select_related("parent"):
            snapshot.units[unit.code] = unit
            if unit.kind == OrgUnit.Kind.LIBRARY:
                snapshot.libraries.append(unit)
        snapshot.roles = {role.code: role for role in JobRole.objects.all()}
        snapshot.languages = {lang.code.lower(): lang for lang in Language.objects.all()}

        numbers = [row.staff_number for row in rows if row.staff_number]
        for chunk in _chunks(numbers):
            for profile in StaffProfile.objects.filter(
                staff_number__in=chunk
            ).with_directory_data():
                snapshot.profiles[profile.staff_number] = profile

        usernames = {row.username for row in rows if row.username}
        usernames |= {row.staff_number.lower() for row in rows if row.staff_number}
        emails = {row.email.lower() for row in rows if row.email}
        accounts = User.objects.select_related("staff_profile").annotate(
            username_lower=Lower("username"), email_lower=Lower("email")
        )
        found: dict[int, User] = {}
        for chunk in _chunks(usernames):
            found.update((user.pk, user) for user in accounts.filter(username_lower__in=chunk))
        for chunk in _chunks(emails):
            found.update((user.pk, user) for user in accounts.filter(email_lower__in=chunk))
        for user in found.values():
            try:
                staff_number = user.staff_profile.staff_number
            except StaffProfile.DoesNotExist:
                staff_number = ""
            account = Account(user.pk, user.username, staff_number)
            snapshot.accounts_by_username[user.username.lower()] = account
            if user.email:
                snapshot.accounts_by_email.setdefault(user.email.lower(), []).append(account)

        user_ids = [profile.user_id for profile in snapshot.profiles.values()]
        for chunk in _chunks(user_ids):
            snapshot.manager_user_ids.update(
                User.objects.filter(pk__in=chunk, groups__name=MANAGERS).values_list(
                    "pk", flat=True
                )
            )
        return snapshot


# --- the plan ---------------------------------------------------------------------------------

CREATE = "create"
UPDATE = "update"
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class UnitChange:
    code: str
    kind: str
    parent_code: str  # the department of a team; '' for a department (it goes under the root)
    name_zh: str
    name_en: str
    action: str  # CREATE or UPDATE


@dataclass(frozen=True)
class RoleChange:
    code: str
    name_zh: str
    name_en: str
    action: str


@dataclass(frozen=True)
class StaffChange:
    """What the import does to the person on one line of the file."""

    line: int
    staff_number: str
    name: str
    action: str  # CREATE, UPDATE or UNCHANGED
    fields: tuple[str, ...] = ()  # the columns that change, for an update
    username: str = ""  # the username to set ('' keeps the current one)


@dataclass(frozen=True)
class RosterImportResult:
    """What an import did (or, for a dry run, would do)."""

    dry_run: bool
    staff_created: int
    staff_updated: int
    staff_unchanged: int
    units_created: int
    units_updated: int
    roles_created: int
    roles_updated: int
    changes: tuple[StaffChange, ...] = ()

    @property
    def rows(self) -> int:
        return self.staff_created + self.staff_updated + self.staff_unchanged

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "staff_created": self.staff_created,
            "staff_updated": self.staff_updated,
            "staff_unchanged": self.staff_unchanged,
            "units_created": self.units_created,
            "units_updated": self.units_updated,
            "roles_created": self.roles_created,
            "roles_updated": self.roles_updated,
        }

    def summary(self) -> str:
        values = self.counts()
        if self.dry_run:
            text = _(
                "Check only, nothing was saved. Rows: %(rows)d. Staff to create: "
                "%(staff_created)d, to update: %(staff_updated)d, unchanged: %(staff_unchanged)d. "
                "Org units to create: %(units_created)d, to update: %(units_updated)d. "
                "Job roles to create: %(roles_created)d, to update: %(roles_updated)d."
            )
        else:
            text = _(
                "Roster imported. Rows: %(rows)d. Staff created: %(staff_created)d, updated: "
                "%(staff_updated)d, unchanged: %(staff_unchanged)d. Org units created: "
                "%(units_created)d, updated: %(units_updated)d. Job roles created: "
                "%(roles_created)d, updated: %(roles_updated)d."
            )
        return text % values


@dataclass
class RosterPlan:
    """Everything an import of a valid roster does, worked out before anything is written."""

    parsed: ParsedRoster
    library: OrgUnit | None  # None: the library is created (code LIBRARY_CODE)
    units: list[UnitChange]  # departments first, then teams
    roles: list[RoleChange]
    staff: list[StaffChange]

    def result(self, *, dry_run: bool) -> RosterImportResult:
        def count(changes, action):
            return sum(1 for change in changes if change.action == action)

        return RosterImportResult(
            dry_run=dry_run,
            staff_created=count(self.staff, CREATE),
            staff_updated=count(self.staff, UPDATE),
            staff_unchanged=count(self.staff, UNCHANGED),
            units_created=count(self.units, CREATE) + (1 if self.library is None else 0),
            units_updated=count(self.units, UPDATE),
            roles_created=count(self.roles, CREATE),
            roles_updated=count(self.roles, UPDATE),
            changes=tuple(self.staff),
        )


def _kind_label(kind: str) -> str:
    return str(OrgUnit.Kind(kind).label).lower()


@dataclass
class _UnitInFile:
    code: str
    kind: str
    parent_code: str
    name_zh: str
    name_en: str
    line: int
    column: str  # department_code or team_code


class _Planner:
    def __init__(self, parsed: ParsedRoster, snapshot: DirectorySnapshot):
        self.parsed = parsed
        self.rows = parsed.rows
        self.columns = parsed.columns
        self.snapshot = snapshot
        self.errors: list[RosterError] = list(parsed.errors)
        self.file_units: dict[str, _UnitInFile] = {}

    def error(self, line: int | None, message: str) -> None:
        self.errors.append(RosterError(line, message))

    # The library root.
    def library(self) -> OrgUnit | None:
        libraries = self.snapshot.libraries
        if len(libraries) > 1:
            self.error(
                None,
                _(
                    "The directory has %(count)d library units (%(codes)s); an import needs "
                    "exactly one, or none (then it creates it)."
                )
                % {
                    "count": len(libraries),
                    "codes": ", ".join(unit.code for unit in libraries),
                },
            )
            return libraries[0]
        if libraries:
            return libraries[0]
        taken = self.snapshot.units.get(LIBRARY_CODE)
        if taken is not None:
            self.error(
                None,
                _(
                    "The directory has no library unit, and the code %(code)s needed to create "
                    "it belongs to a %(kind)s."
                )
                % {"code": _show(LIBRARY_CODE), "kind": _kind_label(taken.kind)},
            )
        return None

    def _names_in_row(self, line, prefix, spec: UnitSpec, known: _UnitInFile) -> None:
        for suffix in ("zh", "en"):
            value = getattr(spec, f"name_{suffix}")
            other = getattr(known, f"name_{suffix}")
            if value != other:
                self.error(
                    line,
                    _(
                        "%(column)s: %(value)s differs from %(other)s given for %(kind)s "
                        "%(code)s on line %(other_line)d."
                    )
                    % {
                        "column": f"{prefix}_name_{suffix}",
                        "value": _show(value),
                        "other": _show(other),
                        "kind": _kind_label(known.kind),
                        "code": _show(known.code),
                        "other_line": known.line,
                    },
                )

    def _register_unit(self, row: RosterRow, spec: UnitSpec, kind: str, parent: str) -> None:
        prefix = "department" if kind == OrgUnit.Kind.DEPARTMENT else "team"
        column = f"{prefix}_code"
        known = self.file_units.get(spec.code)
        if known is None:
            self.file_units[spec.code] = _UnitInFile(
                spec.code, kind, parent, spec.name_zh, spec.name_en, row.line, column
            )
            return
        if known.kind != kind:
            self.error(
                row.line,
                _(
                    "%(column)s: %(code)s is used as a %(kind)s here but as a %(other_kind)s "
                    "on line %(other_line)d; a code names one unit."
                )
                % {
                    "column": column,
                    "code": _show(spec.code),
                    "kind": _kind_label(kind),
                    "other_kind": _kind_label(known.kind),
                    "other_line": known.line,
                },
            )
            return
        if known.parent_code != parent:
            self.error(
                row.line,
                _(
                    "team_code: team %(code)s is in department %(department)s here but in "
                    "department %(other)s on line %(other_line)d."
                )
                % {
                    "code": _show(spec.code),
                    "department": _show(parent),
                    "other": _show(known.parent_code),
                    "other_line": known.line,
                },
            )
        self._names_in_row(row.line, prefix, spec, known)

    def units(self, library: OrgUnit | None) -> list[UnitChange]:
        for row in self.rows:
            if row.department is not None:
                self._register_unit(row, row.department, OrgUnit.Kind.DEPARTMENT, "")
                if row.team is not None:
                    self._register_unit(row, row.team, OrgUnit.Kind.TEAM, row.department.code)

        changes = []
        for unit in self.file_units.values():
            existing = self.snapshot.units.get(unit.code)
            if existing is None:
                if library is None and unit.code == LIBRARY_CODE:
                    self.error(
                        unit.line,
                        _("%(column)s: %(code)s is reserved for the library itself.")
                        % {"column": unit.column, "code": _show(unit.code)},
                    )
                    continue
                changes.append(
                    UnitChange(
                        unit.code, unit.kind, unit.parent_code, unit.name_zh, unit.name_en, CREATE
                    )
                )
                continue
            if existing.kind != unit.kind:
                self.error(
                    unit.line,
                    _(
                        "%(column)s: %(code)s already exists as a %(kind)s (%(name)s); it cannot "
                        "be used as a %(wanted)s."
                    )
                    % {
                        "column": unit.column,
                        "code": _show(unit.code),
                        "kind": _kind_label(existing.kind),
                        "name": existing.name_en,
                        "wanted": _kind_label(unit.kind),
                    },
                )
                continue
            parent = existing.parent
            if unit.kind == OrgUnit.Kind.DEPARTMENT:
                if library is not None and existing.parent_id != library.pk:
                    self.error(
                        unit.line,
                        _(
                            "department_code: department %(code)s already exists outside the "
                            "library %(library)s."
                        )
                        % {"code": _show(unit.code), "library": _show(library.code)},
                    )
                    continue
            elif parent is None or parent.code != unit.parent_code:
                self.error(
                    unit.line,
                    _(
                        "team_code: team %(code)s already exists in department %(current)s, not "
                        "in %(wanted)s; the import does not move teams. Move it in the admin "
                        "first."
                    )
                    % {
                        "code": _show(unit.code),
                        "current": _show(parent.code if parent else ""),
                        "wanted": _show(unit.parent_code),
                    },
                )
                continue
            if (existing.name_zh, existing.name_en) != (unit.name_zh, unit.name_en):
                changes.append(
                    UnitChange(
                        unit.code, unit.kind, unit.parent_code, unit.name_zh, unit.name_en, UPDATE
                    )
                )
        changes.sort(key=lambda change: change.kind != OrgUnit.Kind.DEPARTMENT)
        return changes

    def roles(self) -> list[RoleChange]:
        # code -> {column: (value, line)}, and the first line each code appears on
        given: dict[str, dict[str, tuple[str, int]]] = {}
        first_line: dict[str, int] = {}
        for row in self.rows:
            if not row.job_role:
                continue
            first_line.setdefault(row.job_role, row.line)
            names = given.setdefault(row.job_role, {})
            for column in ("job_role_name_zh", "job_role_name_en"):
                value = getattr(row, column)
                if not value:
                    continue
                if column in names and names[column][0] != value:
                    self.error(
                        row.line,
                        _(
                            "%(column)s: %(value)s differs from %(other)s given for job role "
                            "%(code)s on line %(other_line)d."
                        )
                        % {
                            "column": column,
                            "value": _show(value),
                            "other": _show(names[column][0]),
                            "code": _show(row.job_role),
                            "other_line": names[column][1],
                        },
                    )
                else:
                    names.setdefault(column, (value, row.line))

        changes = []
        for code, names in given.items():
            name_zh = names.get("job_role_name_zh", ("", 0))[0]
            name_en = names.get("job_role_name_en", ("", 0))[0]
            existing = self.snapshot.roles.get(code)
            if existing is None:
                missing = [
                    column
                    for column in ("job_role_name_zh", "job_role_name_en")
                    if column not in names
                ]
                if missing:
                    self.error(
                        first_line[code],
                        _(
                            "job_role: %(code)s is not an existing job role; to create it, give "
                            "job_role_name_zh and job_role_name_en (missing: %(columns)s)."
                        )
                        % {"code": _show(code), "columns": ", ".join(missing)},
                    )
                else:
                    changes.append(RoleChange(code, name_zh, name_en, CREATE))
                continue
            name_zh = name_zh or existing.name_zh
            name_en = name_en or existing.name_en
            if (name_zh, name_en) != (existing.name_zh, existing.name_en):
                changes.append(RoleChange(code, name_zh, name_en, UPDATE))
        return changes

    def references(self, library: OrgUnit | None) -> None:
        """Languages and managed units must exist (managed units: here or in the directory)."""
        known_units = set(self.file_units) | set(self.snapshot.units)
        known_units.add(library.code if library is not None else LIBRARY_CODE)
        known_languages = ", ".join(sorted(self.snapshot.languages))
        for row in self.rows:
            for code in row.languages:
                if code not in self.snapshot.languages:
                    self.error(
                        row.line,
                        _("languages: %(code)s is not a known language code (known: %(known)s).")
                        % {"code": _show(code), "known": known_languages},
                    )
            for code in row.manages:
                if code not in known_units:
                    self.error(
                        row.line,
                        _("manages: %(code)s is not an org unit in this file or in the directory.")
                        % {"code": _show(code)},
                    )

    def staff(self) -> list[StaffChange]:
        numbers: dict[str, int] = {}
        emails: dict[str, int] = {}
        usernames: dict[str, int] = {}
        email_of_number = {row.staff_number: row.email.lower() for row in self.rows}
        changes = []
        for row in self.rows:
            line = row.line
            profile = self.snapshot.profiles.get(row.staff_number)
            repeated_number = False
            if row.staff_number:
                other = numbers.setdefault(row.staff_number.lower(), line)
                if other != line:
                    repeated_number = True
                    self.error(
                        line,
                        _(
                            "staff_number: %(value)s is also on line %(other_line)d; each person "
                            "may appear only once."
                        )
                        % {"value": _show(row.staff_number), "other_line": other},
                    )
            if row.email:
                other = emails.setdefault(row.email.lower(), line)
                if other != line:
                    self.error(
                        line,
                        _("email: %(value)s is also used on line %(other_line)d.")
                        % {"value": _show(row.email), "other_line": other},
                    )
                for account in self.snapshot.accounts_by_email.get(row.email.lower(), []):
                    if profile is not None and account.user_id == profile.user_id:
                        continue
                    # Someone else's email that this same file changes is free to take.
                    if (
                        account.staff_number in email_of_number
                        and email_of_number[account.staff_number] != row.email.lower()
                    ):
                        continue
                    self.error(
                        line,
                        _("email: %(value)s already belongs to %(account)s.")
                        % {"value": _show(row.email), "account": account},
                    )
                    break

            # The username: the one given; else an existing person's own; else the default.
            if row.username:
                username, column = row.username, "username"
            elif profile is not None:
                username, column = profile.user.username.lower(), ""
            else:
                username, column = row.staff_number.lower(), "staff_number"
            if username:
                other = usernames.setdefault(username, line)
                # A repeated staff number repeats its default username: one error is enough.
                if other != line and not (repeated_number and column == "staff_number"):
                    self.error(
                        line,
                        _("username: %(value)s is also used on line %(other_line)d.")
                        % {"value": _show(username), "other_line": other},
                    )
                account = self.snapshot.accounts_by_username.get(username)
                if account is not None and (profile is None or account.user_id != profile.user_id):
                    if column == "staff_number":
                        message = _(
                            "username: the default username %(value)s (the staff number) "
                            "already belongs to %(account)s; give another one in the username "
                            "column."
                        )
                    else:
                        message = _("username: %(value)s already belongs to %(account)s.")
                    self.error(line, message % {"value": _show(username), "account": account})

            if profile is None:
                changes.append(
                    StaffChange(line, row.staff_number, row.name_latin, CREATE, (), username)
                )
                continue
            fields = self._changed_fields(row, profile)
            username_to_set = row.username if row.username != profile.user.username else ""
            changes.append(
                StaffChange(
                    line,
                    row.staff_number,
                    row.name_latin,
                    UPDATE if fields else UNCHANGED,
                    fields,
                    username_to_set,
                )
            )
        return changes

    def _changed_fields(self, row: RosterRow, profile: StaffProfile) -> tuple[str, ...]:
        user = profile.user
        columns = self.columns
        changed = []
        if profile.name_zh != row.name_zh:
            changed.append("name_zh")
        if profile.name_latin != row.name_latin or user.first_name != row.name_latin[:150]:
            changed.append("name_latin")
        if user.email != row.email:
            changed.append("email")
        if row.username and user.username != row.username:
            changed.append("username")
        if profile.org_unit.code != row.unit_code:
            changed.append("team_code" if row.team is not None else "department_code")
        if "job_role" in columns:
            current = profile.job_role.code if profile.job_role is not None else ""
            if current != row.job_role:
                changed.append("job_role")
        if "languages" in columns:
            current = {language.code.lower() for language in profile.languages.all()}
            if current != set(row.languages):
                changed.append("languages")
        if "start_date" in columns and profile.start_date != row.start_date:
            changed.append("start_date")
        if profile.is_active != row.is_active or user.is_active != row.is_active:
            changed.append("active")
        if "manages" in columns:
            current = {unit.code for unit in profile.managed_units.all()}
            is_in_group = user.pk in self.snapshot.manager_user_ids
            if current != set(row.manages) or is_in_group != bool(row.manages):
                changed.append("manages")
        return tuple(changed)


def plan_roster(parsed: ParsedRoster, snapshot: DirectorySnapshot) -> RosterPlan:
    """Check a parsed roster against the directory and work out what importing it would do.

    Raises RosterImportError with every problem found (those of single rows from reading, and
    those between rows or with the directory) if there is any; returns the plan otherwise.
    """
    planner = _Planner(parsed, snapshot)
    library = planner.library()
    units = planner.units(library)
    roles = planner.roles()
    planner.references(library)
    staff = planner.staff()
    if planner.errors:
        raise RosterImportError(planner.errors)
    return RosterPlan(parsed=parsed, library=library, units=units, roles=roles, staff=staff)
