"""Fixtures for the roster import tests: building roster files."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from training.people.roster import COLUMNS

SAMPLE_ROSTER = Path(__file__).resolve().parents[3] / "docs" / "samples" / "staff_roster.csv"


def roster_bytes(
    rows: list[dict[str, str]],
    *,
    columns: tuple[str, ...] | list[str] | None = None,
    bom: bool = False,
    encoding: str = "utf-8",
) -> bytes:
    """A roster CSV with the given columns (default: every column) and rows (missing: '')."""
    columns = list(columns or COLUMNS)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    data = out.getvalue().encode(encoding)
    return codecs.BOM_UTF8 + data if bom else data


def person(number: str, **fields: str) -> dict[str, str]:
    """A valid roster row for a person in the Circulation department; override any column."""
    row = {
        "staff_number": number,
        "name_zh": "王芳",
        "name_latin": "WANG Fang",
        "email": f"{number.lower()}@library.example.edu",
        "department_code": "circ",
        "department_name_zh": "流通部",
        "department_name_en": "Circulation",
    }
    row.update(fields)
    return row


@pytest.fixture
def sample_roster() -> bytes:
    """docs/samples/staff_roster.csv: ten staff in two departments and four teams."""
    return SAMPLE_ROSTER.read_bytes()


@pytest.fixture
def make_roster():
    return roster_bytes
