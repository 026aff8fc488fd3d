"""The staff x competencies matrix: cells, their HTML and the CSV of exactly what is shown.

A cell is a staff member's level in one competency and its status against THAT person's job
role (rules.status; a language required in several skills shows the worst of them). Colour is
never the only signal: every cell has a marker (✓ ↓ ✗ –) and visually hidden text.

500 staff x 20 competencies is 10,000 cells, so cells are not rendered through the template
engine: there are only a few distinct cells on a page (status x level x requirement), and each
distinct one is rendered once per page (`CellRenderer`) and joined per row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from training.certificates.export import spreadsheet_safe
from training.competencies.levels import Skill
from training.competencies.models import Competency
from training.competencies.rules import Level, Requirement, Status, status, worst_status
from training.people import policies
from training.people.models import StaffProfile
from training.people.services import audit_log

from .selectors import MatrixData, Signature, level_of_signature

MARKERS = {
    Status.MEETS: "✓",
    Status.BELOW: "↓",
    Status.MISSING: "✗",
    Status.NOT_REQUIRED: "–",
}


def status_label(value: Status) -> str:
    """The short status text of the legend and the CSV."""
    return {
        Status.MEETS: _("meets"),
        Status.BELOW: _("below"),
        Status.MISSING: _("missing"),
        Status.NOT_REQUIRED: _("not required"),
    }[value]


@dataclass(frozen=True, slots=True)
class Cell:
    status: Status
    label: str  # the level shown, "" when there is none
    required: str  # what the role requires, "" when nothing ("B1", "B1 (Spoken interaction)")
    partial: bool = False  # a language known in some skills only (no overall level yet)

    @property
    def text(self) -> str:
        return f"{self.label}*" if self.partial else self.label


@dataclass
class MatrixRow:
    staff: StaffProfile
    cells: list[Cell]
    html: SafeString | str = ""


def _requirement_text(competency: Competency, requirements: Sequence[Requirement]) -> str:
    parts = []
    for requirement in requirements:
        text = competency.level_label(requirement.level)
        if not competency.is_language:
            text = _("level %(level)s") % {"level": text}
        if requirement.skill:
            text = f"{text} ({Skill(requirement.skill).label})"
        parts.append(text)
    return ", ".join(parts)


def _cell(
    competency: Competency, level: Level | None, requirements: Sequence[Requirement] | None
) -> tuple[Status, int | None, bool]:
    """(status, level shown, partial) for one staff member and one competency."""
    if requirements:
        statuses = [status(requirement, level) for requirement in requirements]
        worst = worst_status(statuses)
        # Show the level the worst requirement was compared with (a one-skill requirement
        # compares that skill).
        shown = requirements[statuses.index(worst)]
        value = level.for_skill(shown.skill) if level is not None else None
    else:
        worst = Status.NOT_REQUIRED
        value = level.level if level is not None else None
    partial = False
    if value is None and level is not None and level.skills:
        known = [v for v in level.skills.values() if v is not None]
        if known:
            value, partial = max(known), True
    return worst, value, partial


def build_rows(
    staff: Iterable[StaffProfile], columns: Sequence[Competency], data: MatrixData
) -> list[MatrixRow]:
    """A MatrixRow per staff member (in the given order), a Cell per column.

    A cell depends only on the role, the column and the level (its signature), and there are
    few distinct ones, so each is computed once (`memo`) and shared between rows.
    """
    levels = data.levels
    requirements = data.requirements
    memo: dict[tuple, Cell] = {}
    cells_seen: dict[tuple, Cell] = {}
    required_texts: dict[tuple[int, int], str] = {}
    indexed = [(j, c, c.pk) for j, c in enumerate(columns)]

    def make(role_id: int | None, competency: Competency, level: Signature) -> Cell:
        reqs = requirements.get((role_id, competency.pk)) if role_id is not None else None
        result, value, partial = _cell(competency, level_of_signature(level), reqs)
        required = ""
        if reqs:
            key = (role_id, competency.pk)
            required = required_texts.get(key)
            if required is None:
                required = required_texts[key] = _requirement_text(competency, reqs)
        label = competency.level_label(value) if value else ""
        cell_key = (result, label, required, partial)
        cell = cells_seen.get(cell_key)
        if cell is None:
            cell = cells_seen[cell_key] = Cell(result, label, required, partial)
        return cell

    rows = []
    for person in staff:
        pk, role_id = person.pk, person.job_role_id
        cells = []
        for j, competency, competency_id in indexed:
            level = levels.get((pk, competency_id))
            key = (role_id, j, level)
            cell = memo.get(key)
            if cell is None:
                cell = memo[key] = make(role_id, competency, level)
            cells.append(cell)
        rows.append(MatrixRow(person, cells))
    return rows


class CellRenderer:
    """Renders rows to HTML: each distinct cell once (in the active language), each row's
    header (name linking to the staff page, unit, role) from a few cached pieces."""

    def __init__(self) -> None:
        self._done: dict[int, str] = {}
        self._explain = {
            Status.MEETS: _("meets the requirement (%(required)s)"),
            Status.BELOW: _("below the requirement (%(required)s)"),
            Status.MISSING: _("no verified level; required %(required)s"),
            Status.NOT_REQUIRED: _("not required for this role"),
        }
        self._partial = _("in some skills only")
        self._required = _("Required: %(required)s")
        self._left = f' <span class="tag">{escape(_("left"))}</span>'
        marker = 999999999
        self._url = reverse("team-staff", args=[marker]).split(str(marker))
        self._names: dict[tuple[str, int | None], str] = {}

    def cell(self, cell: Cell) -> str:
        key = id(cell)
        html = self._done.get(key)
        if html is None:
            html = self._done[key] = self._render(cell)
        return html

    def _render(self, cell: Cell) -> str:
        explain = self._explain[cell.status] % {"required": cell.required}
        if cell.partial:
            explain = f"{explain}; {self._partial}"
        title = (
            f' title="{escape(self._required % {"required": cell.required})}"'
            if cell.required
            else ""
        )
        return (
            f'<td class="mx mx--{cell.status.value}"{title}>'
            f'<span class="mx__mark" aria-hidden="true">{MARKERS[cell.status]}</span>'
            f'<span class="mx__level">{escape(cell.text)}</span>'
            f'<span class="visually-hidden">, {escape(explain)}</span></td>'
        )

    def _name(self, kind: str, obj) -> str:
        key = (kind, obj.pk if obj is not None else None)
        html = self._names.get(key)
        if html is None:
            html = self._names[key] = escape(obj.name) if obj is not None else "—"
        return html

    def row(self, row: MatrixRow) -> SafeString:
        person = row.staff
        before, after = self._url
        header = (
            f'<th scope="row" class="mx-name"><a href="{before}{person.pk}{after}">'
            f'<span lang="zh-Hans">{escape(person.name_zh)}</span></a> '
            f'<span class="muted" lang="en">{escape(person.name_latin)}</span>'
            f"{'' if person.is_active else self._left}</th>"
            f"<td>{self._name('unit', person.org_unit)}</td>"
            f"<td>{self._name('role', person.job_role if person.job_role_id else None)}</td>"
        )
        cells = "".join([self.cell(cell) for cell in row.cells])
        return mark_safe(header + cells)  # noqa: S308 (every piece is escaped above)


def render_rows(rows: list[MatrixRow]) -> list[MatrixRow]:
    """Fill in each row's HTML: the row header and the cells (the template adds <tr>)."""
    renderer = CellRenderer()
    for row in rows:
        row.html = renderer.row(row)
    return rows


# --- CSV -------------------------------------------------------------------------------------


def matrix_csv(rows: Iterable[MatrixRow], columns: Sequence[Competency]) -> bytes:
    """The matrix as CSV: UTF-8 with a byte order mark (spreadsheets then read the Chinese
    right), staff number, names, unit, role, then a level and a status column per competency;
    every cell neutralised against formula injection."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = [
        _("Staff number"),
        _("Name (Chinese)"),
        _("Name (Latin letters)"),
        _("Org unit"),
        _("Job role"),
    ]
    for competency in columns:
        name = f"{competency.name} ({competency.code})"
        header += [
            _("%(competency)s: level") % {"competency": name},
            _("%(competency)s: status") % {"competency": name},
        ]
    writer.writerow([spreadsheet_safe(cell) for cell in header])
    labels = {value: status_label(value) for value in Status}
    for row in rows:
        person = row.staff
        line = [
            person.staff_number,
            person.name_zh,
            person.name_latin,
            person.org_unit.name,
            person.job_role.name if person.job_role_id else "",
        ]
        for cell in row.cells:
            line += [cell.text, labels[cell.status]]
        writer.writerow([spreadsheet_safe(cell) for cell in line])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def csv_filename(day: dt.date) -> str:
    return f"team-competencies-{day.isoformat()}.csv"


@transaction.atomic
def matrix_export_record(
    *, actor: User | AnonymousUser, staff_count: int, columns: Sequence[Competency], query: str
) -> None:
    """Audit a CSV export of the matrix (personal data leaving the system): who, how many staff,
    which competencies and filters. Managers, HR and admins only."""
    if not policies.can_see_team(actor):
        raise PermissionDenied("Only managers and HR may export the team matrix.")
    audit_log(
        actor=actor,
        action="team.matrix_export",
        summary=f"{staff_count} staff x {len(columns)} competencies",
        data={
            "staff": staff_count,
            "competencies": [competency.code for competency in columns],
            "filters": query,
        },
    )
