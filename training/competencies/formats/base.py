"""What the framework formats share: errors with their line, decoding a file, checking a value,
and the parsed form of a file (specs) that the importer compares with the database.

Nothing here touches the database.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# The formats (`kind` of a file).
COMPETENCIES_CSV = "csv"
CASE_JSON = "case"
REQUIREMENTS_CSV = "requirements-csv"
KINDS = (COMPETENCIES_CSV, CASE_JSON, REQUIREMENTS_CSV)

# A file may be at most this large (settings.MERIDIAN_FRAMEWORK_MAX_BYTES overrides it).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# The most rows a file may have: far more than any framework needs (a CASE document has an
# item per competency and per level descriptor, so up to seven items per row).
MAX_ROWS = 10_000
# The longest description or level descriptor accepted (the names follow the model's fields).
TEXT_LIMIT = 5000

# Cells a spreadsheet would run as a formula. An exported cell starting with one of these (or
# with the apostrophe itself, or with a tab or carriage return, which some spreadsheets strip
# first) gets a leading apostrophe; on import one leading apostrophe is always removed.
FORMULA_STARTS = ("=", "+", "-", "@")
ESCAPE = "'"
ESCAPED_STARTS = (*FORMULA_STARTS, ESCAPE, "\t", "\r")

# Bidirectional overrides and isolates can make a value display as something it is not.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Line breaks and tabs are text inside a description or a descriptor, not in a name or a code.
MULTILINE_ALLOWED = frozenset("\n\r\t")

CREATE = "create"
UPDATE = "update"
UNCHANGED = "unchanged"


def max_bytes() -> int:
    return int(getattr(settings, "MERIDIAN_FRAMEWORK_MAX_BYTES", DEFAULT_MAX_BYTES))


# --- errors -----------------------------------------------------------------------------------


class FrameworkError(NamedTuple):
    """One problem with a file: its line (None: the file as a whole) and what is wrong."""

    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("line %(line)d: %(message)s") % {"line": self.line, "message": self.message}


class FrameworkImportError(Exception):
    """A file that cannot be imported. `errors` lists every problem found, in file order."""

    def __init__(self, errors: Iterable[tuple[int | None, str]]):
        self.errors = sorted(
            (FrameworkError(line, message) for line, message in errors),
            key=lambda error: (error.line is not None, error.line or 0),
        )
        super().__init__("\n".join(str(error) for error in self.errors))


def show(value: str, limit: int = 60) -> str:
    """A value as it may appear inside an error message: quoted, shortened, controls escaped."""
    shown = "".join(
        repr(char)[1:-1] if unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS else char
        for char in value[: limit + 1]
    )
    if len(value) > limit:
        shown = shown[:limit] + "…"
    return f"'{shown}'"


def one_of(values: Iterable[str]) -> str:
    return ", ".join(values)


# --- decoding ---------------------------------------------------------------------------------


def decode(data: bytes, *, what: str) -> str:
    """The text of an uploaded file: UTF-8, with or without a byte order mark.

    `what` names the expected kind of file in messages ("CSV", "JSON"). Raises
    FrameworkImportError for an empty, too large, binary or wrongly encoded file.
    """
    limit = max_bytes()
    if not data or not data.strip() or data.strip() == codecs.BOM_UTF8:
        raise FrameworkImportError([(None, _("The file is empty."))])
    if len(data) > limit:
        raise FrameworkImportError(
            [
                (
                    None,
                    _("The file is too large (%(size)s); it may be at most %(limit)s.")
                    % {"size": filesizeformat(len(data)), "limit": filesizeformat(limit)},
                )
            ]
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FrameworkImportError(
            [
                (
                    1,
                    _(
                        "The file is UTF-16 encoded (Excel's 'Unicode Text'); save it as UTF-8 "
                        "(in Excel: 'CSV UTF-8 (Comma delimited)') and try again."
                    ),
                )
            ]
        )
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise FrameworkImportError(
            [
                (
                    None,
                    _(
                        "This is a spreadsheet workbook or an archive, not a %(what)s file. In "
                        "Excel, use Save As 'CSV UTF-8 (Comma delimited)' and upload that file."
                    )
                    % {"what": what},
                )
            ]
        )
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    nul = data.find(b"\x00")
    if nul != -1:
        raise FrameworkImportError(
            [
                (
                    data.count(b"\n", 0, nul) + 1,
                    _(
                        "The file contains a NUL byte (at byte %(position)d); it is not a "
                        "%(what)s text file."
                    )
                    % {"position": nul + 1, "what": what},
                )
            ]
        )
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        position = bom + error.start
        raise FrameworkImportError(
            [
                (
                    data.count(b"\n", 0, position) + 1,
                    _(
                        "The file is not UTF-8 encoded (byte 0x%(byte)02X at position %(position)d "
                        "of the file). Save it as UTF-8 and try again."
                    )
                    % {"byte": data[position], "position": position + 1},
                )
            ]
        ) from None


# --- checking a value -------------------------------------------------------------------------


def text_problem(value: str, *, column: str, limit: int, multiline: bool = False) -> str | None:
    """Why `value` cannot be stored in `column` (None: it can)."""
    for char in value:
        if multiline and char in MULTILINE_ALLOWED:
            continue
        if unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS:
            return _(
                "%(column)s contains a control character (%(char)s); only printable text is "
                "accepted."
            ) % {"column": column, "char": f"U+{ord(char):04X}"}
    if len(value) > limit:
        return _(
            "%(column)s is %(length)d characters long; at most %(limit)d are allowed (%(value)s)."
        ) % {"column": column, "length": len(value), "limit": limit, "value": show(value)}
    return None


# --- what a file says -------------------------------------------------------------------------


@dataclass(frozen=True)
class DescriptorSpec:
    level: int
    text_zh: str
    text_en: str


@dataclass
class CompetencySpec:
    """One competency as a file gives it, checked for form (not yet against the database).

    `language` and `description` are None when the file does not have them (a CSV file without
    that column): an existing competency keeps its value. `descriptors` holds the levels the file
    speaks of, None for a level whose cells are empty (its descriptor is removed); with
    `descriptors_complete` the levels not in it are removed too (a CASE document always gives
    every descriptor).
    """

    line: int | None
    code: str
    area: str
    scale: str
    name_zh: str
    name_en: str
    language: str | None = None
    description: str | None = None
    descriptors: dict[int, DescriptorSpec | None] = field(default_factory=dict)
    descriptors_complete: bool = False
    where: str = ""  # besides the line: which part of the file (a CASE item)


@dataclass(frozen=True)
class RequirementSpec:
    """One row of a role requirements file: a level as written (A1-C2 or 1-5)."""

    line: int | None
    role_code: str
    competency_code: str
    skill: str
    level: str


@dataclass(frozen=True)
class Change:
    """What an import does with one row: create, update (the fields that change) or nothing."""

    line: int | None
    key: str
    action: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    kind: str
    dry_run: bool
    changes: tuple[Change, ...]

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    @property
    def created(self) -> int:
        return self.count(CREATE)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def rows(self) -> int:
        return len(self.changes)

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }

    def summary(self) -> str:
        if self.kind == REQUIREMENTS_CSV:
            if self.dry_run:
                text = _(
                    "Check only, nothing was saved. Role requirements to create: %(created)d, "
                    "to update: %(updated)d, unchanged: %(unchanged)d."
                )
            else:
                text = _(
                    "Role requirements imported. Created: %(created)d, updated: %(updated)d, "
                    "unchanged: %(unchanged)d."
                )
        elif self.dry_run:
            text = _(
                "Check only, nothing was saved. Competencies to create: %(created)d, to update: "
                "%(updated)d, unchanged: %(unchanged)d."
            )
        else:
            text = _(
                "Competencies imported. Created: %(created)d, updated: %(updated)d, unchanged: "
                "%(unchanged)d."
            )
        return text % self.counts()
