"""The framework as CSV: one row per competency, or one row per role requirement.

Competencies (header names are case-insensitive; the header is line 1):

required  code, area, scale, name_zh, name_en
optional  language                 the ISO code of the language a CEFR competency measures
          description
          descriptor_N_zh, descriptor_N_en
                                   what level N means (N = 1-5; 6 too on the CEFR scale, C2);
                                   a pair of columns, both filled or both empty

An optional column that is present is the truth for every row (an empty `description` clears
it, empty descriptor cells remove that level's descriptor); a column that is left out leaves the
field of existing competencies alone.

Role requirements: role_code, competency_code, level (A1-C2 on the CEFR scale, 1-5 otherwise)
and the optional skill (listening, reading, interaction, production, writing; empty: all five).

Files are UTF-8, with or without a byte order mark; exports carry one, so that Excel reads the
Chinese right. A cell that would start with = + - @ in an export starts with an apostrophe
instead, and on import one leading apostrophe is removed: such text round-trips. Any other cell
starting with one of those characters is refused, because a spreadsheet would run it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator

from django.utils.translation import gettext as _

from training.people.models import JobRole

from ..levels import SKILLS, Scale, level_label, max_level
from ..models import Area, Competency, RoleRequirement
from .base import (
    ESCAPE,
    ESCAPED_STARTS,
    FORMULA_STARTS,
    MAX_ROWS,
    TEXT_LIMIT,
    CompetencySpec,
    DescriptorSpec,
    FrameworkError,
    FrameworkImportError,
    RequirementSpec,
    decode,
    one_of,
    show,
    text_problem,
)

DESCRIPTOR_LEVELS = range(1, max_level(Scale.CEFR) + 1)
EXPORTED_DESCRIPTOR_LEVELS = range(1, max_level(Scale.FIVE) + 1)

COMPETENCY_REQUIRED = ("code", "area", "scale", "name_zh", "name_en")
COMPETENCY_OPTIONAL = (
    "language",
    "description",
    *(f"descriptor_{n}_{lang}" for n in DESCRIPTOR_LEVELS for lang in ("zh", "en")),
)
REQUIREMENT_REQUIRED = ("role_code", "competency_code", "level")
REQUIREMENT_OPTIONAL = ("skill",)

CODE_LIMIT = Competency._meta.get_field("code").max_length
NAME_LIMIT = Competency._meta.get_field("name_en").max_length
ROLE_CODE_LIMIT = JobRole._meta.get_field("code").max_length

LIMITS = {
    "code": CODE_LIMIT,
    "competency_code": CODE_LIMIT,
    "role_code": ROLE_CODE_LIMIT,
    "area": 40,
    "scale": 40,
    "language": 10,
    "skill": 40,
    "level": 10,
    "name_zh": NAME_LIMIT,
    "name_en": NAME_LIMIT,
}
MULTILINE = re.compile(r"^(description|descriptor_\d_(zh|en))$")


# --- writing ----------------------------------------------------------------------------------


def safe_cell(value) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets an apostrophe."""
    text = "" if value is None else str(value)
    return ESCAPE + text if text.startswith(ESCAPED_STARTS) else text


def _write(header: list[str], rows: Iterable[list]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    # With a byte order mark, so that Excel opens UTF-8 as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_competencies(competencies: Iterable[Competency]) -> bytes:
    """The competencies (with `language` and `descriptors` prefetched), one row each."""
    competencies = list(competencies)
    levels = list(EXPORTED_DESCRIPTOR_LEVELS)
    if any(d.level not in levels for c in competencies for d in c.descriptors.all()):
        levels = list(DESCRIPTOR_LEVELS)  # a C2 descriptor: level 6 too, nothing is lost
    header = [
        *COMPETENCY_REQUIRED[:3],
        "language",
        "name_zh",
        "name_en",
        "description",
        *(f"descriptor_{n}_{lang}" for n in levels for lang in ("zh", "en")),
    ]
    rows = []
    for competency in competencies:
        descriptors = {d.level: d for d in competency.descriptors.all()}
        row = [
            competency.code,
            competency.area,
            competency.scale,
            competency.language.code if competency.language_id else "",
            competency.name_zh,
            competency.name_en,
            competency.description,
        ]
        for level in levels:
            descriptor = descriptors.get(level)
            row += [descriptor.text_zh, descriptor.text_en] if descriptor else ["", ""]
        rows.append(row)
    return _write(header, rows)


def export_requirements(requirements: Iterable[RoleRequirement]) -> bytes:
    """Role requirements (with `job_role` and `competency` selected), one row each."""
    header = ["role_code", "competency_code", "skill", "level"]
    rows = [
        [
            requirement.job_role.code,
            requirement.competency.code,
            requirement.skill,
            level_label(requirement.competency.scale, requirement.level),
        ]
        for requirement in requirements
    ]
    return _write(header, rows)


# --- reading ----------------------------------------------------------------------------------


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
            raise FrameworkImportError(
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


def _header(
    line: int, cells: list[str], required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, int]:
    """Column name → position; raises FrameworkImportError for a header that is not right."""
    known = required + optional
    errors = []
    positions: dict[str, int] = {}
    for position, cell in enumerate(cells):
        name = cell.strip().strip("\ufeff").strip().lower()
        if not name:
            continue
        if name not in known:
            errors.append(
                (
                    line,
                    _("Unknown column %(column)s. The columns are: %(columns)s.")
                    % {"column": show(name), "columns": one_of(known)},
                )
            )
        elif name in positions:
            errors.append((line, _("Column %(column)s appears twice.") % {"column": name}))
        else:
            positions[name] = position
    missing = [name for name in required if name not in positions]
    if missing:
        errors.append(
            (line, _("Required columns are missing: %(columns)s.") % {"columns": one_of(missing)})
        )
        if len(cells) == 1 and ("\t" in cells[0] or ";" in cells[0]):
            errors.append(
                (line, _("The columns must be separated by commas, not by tabs or semicolons."))
            )
    for name in positions:
        if name.startswith("descriptor_"):
            other = name[:-2] + ("en" if name.endswith("zh") else "zh")
            if other not in positions:
                errors.append(
                    (
                        line,
                        _("Column %(column)s needs its partner column %(other)s.")
                        % {"column": name, "other": other},
                    )
                )
    if errors:
        raise FrameworkImportError(errors)
    return positions


def _rows(data: bytes, required, optional) -> tuple[frozenset[str], list, list[FrameworkError]]:
    """The columns of a file and its non-blank rows as (line, {column: cell})."""
    records = _records(decode(data, what="CSV"))
    try:
        header_line, header_cells = next(records)
    except StopIteration:  # pragma: no cover - decode() refuses blank files
        raise FrameworkImportError([(None, _("The file is empty."))]) from None
    positions = _header(header_line, header_cells, required, optional)
    known_positions = set(positions.values())
    errors: list[FrameworkError] = []
    rows = []
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines, and the rows of commas spreadsheets leave at the end
        if len(rows) == MAX_ROWS:
            raise FrameworkImportError(
                [
                    (
                        line,
                        _("The file has more than %(limit)d rows; split it into smaller files.")
                        % {"limit": MAX_ROWS},
                    )
                ]
            )
        extra = [
            cell
            for position, cell in enumerate(cells)
            if position not in known_positions and cell.strip()
        ]
        if extra:
            errors.append(
                FrameworkError(
                    line,
                    _("This row has a value in a column without a header: %(value)s.")
                    % {"value": show(extra[0])},
                )
            )
        values = {
            name: cells[position] if position < len(cells) else ""
            for name, position in positions.items()
        }
        rows.append((line, values))
    if not rows:
        raise FrameworkImportError([(None, _("The file has a header line but no rows."))])
    return frozenset(positions), rows, errors


class _Row:
    """Reads the cells of one row, collecting problems instead of stopping at the first."""

    def __init__(self, line: int, values: dict[str, str], errors: list[FrameworkError]):
        self.line = line
        self.values = values
        self.errors = errors

    def error(self, message: str) -> None:
        self.errors.append(FrameworkError(self.line, message))

    def text(self, column: str, *, required: bool = False) -> str:
        """The value of a cell without its escape ('' when empty, absent or refused)."""
        value = self.values.get(column, "").strip()
        if value.startswith(ESCAPE):
            value = value[len(ESCAPE) :]  # exported text that would look like a formula
        elif value.startswith(FORMULA_STARTS):
            self.error(
                _(
                    "%(column)s starts with %(char)s, which a spreadsheet runs as a formula "
                    "(%(value)s). If it is meant as text, start the cell with an apostrophe (')."
                )
                % {"column": column, "char": f"'{value[0]}'", "value": show(value)}
            )
            return ""
        if not value:
            if required:
                self.error(_("%(column)s is empty; it is required.") % {"column": column})
            return ""
        multiline = bool(MULTILINE.match(column))
        problem = text_problem(
            value, column=column, limit=LIMITS.get(column, TEXT_LIMIT), multiline=multiline
        )
        if problem:
            self.error(problem)
            return ""
        return value

    def choice(self, column: str, choices: Iterable[str], *, required: bool = True) -> str:
        value = self.text(column, required=required)
        if not value:
            return ""
        choices = list(choices)
        if value.lower() not in choices:
            self.error(
                _("%(column)s %(value)s is not one of %(choices)s.")
                % {"column": column, "value": show(value), "choices": one_of(choices)}
            )
            return ""
        return value.lower()


def read_competencies(data: bytes) -> tuple[list[CompetencySpec], list[FrameworkError]]:
    """The competencies of a CSV file and the problems of single rows (file problems raise)."""
    columns, rows, errors = _rows(data, COMPETENCY_REQUIRED, COMPETENCY_OPTIONAL)
    specs = []
    for line, values in rows:
        row = _Row(line, values, errors)
        code = row.text("code", required=True)
        area = row.choice("area", Area.values)
        scale = row.choice("scale", Scale.values)
        spec = CompetencySpec(
            line=line,
            code=code,
            area=area,
            scale=scale,
            name_zh=row.text("name_zh", required=True),
            name_en=row.text("name_en", required=True),
            language=row.text("language").lower() if "language" in columns else None,
            description=row.text("description") if "description" in columns else None,
        )
        for level in DESCRIPTOR_LEVELS:
            zh_column, en_column = f"descriptor_{level}_zh", f"descriptor_{level}_en"
            if zh_column not in columns:
                continue
            text_zh, text_en = row.text(zh_column), row.text(en_column)
            if not text_zh and not text_en:
                spec.descriptors[level] = None
                continue
            if scale and level > max_level(scale):
                row.error(
                    _("%(column)s: a competency on the scale %(scale)s has no level %(level)d.")
                    % {
                        "column": zh_column if text_zh else en_column,
                        "scale": scale,
                        "level": level,
                    }
                )
                continue
            if not text_zh or not text_en:
                row.error(
                    _("%(column)s is empty; a level descriptor needs both %(zh)s and %(en)s.")
                    % {
                        "column": en_column if text_zh else zh_column,
                        "zh": zh_column,
                        "en": en_column,
                    }
                )
                continue
            spec.descriptors[level] = DescriptorSpec(level, text_zh, text_en)
        specs.append(spec)
    return specs, errors


def read_requirements(data: bytes) -> tuple[list[RequirementSpec], list[FrameworkError]]:
    """The role requirements of a CSV file and the problems of single rows."""
    _columns, rows, errors = _rows(data, REQUIREMENT_REQUIRED, REQUIREMENT_OPTIONAL)
    specs = []
    for line, values in rows:
        row = _Row(line, values, errors)
        specs.append(
            RequirementSpec(
                line=line,
                role_code=row.text("role_code", required=True),
                competency_code=row.text("competency_code", required=True),
                skill=row.choice("skill", SKILLS, required=False),
                level=row.text("level", required=True),
            )
        )
    return specs, errors
