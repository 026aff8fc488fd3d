"""The hostile input corpus: values a person can type, paste or put in a file, each with a name
(the test id) and what kind of trouble it is.

Kinds:
- markup: HTML or script; must come out escaped in HTML and intact in every other output;
- template: Django/Jinja template syntax; must never be evaluated;
- text: CJK (with a character outside the BMP), right-to-left, combining characters, zero-width
  joiners; must come out intact (after NFC normalisation, which names get on input);
- formula: spreadsheet formula prefixes; must be neutralised (a leading apostrophe) in CSV and
  stored as text in XLSX;
- sql: SQL-ish text; stored and shown as text;
- path: path traversal; never a file name on disk or in a ZIP;
- control: NUL and other control characters; refused (PostgreSQL cannot store NUL in text);
- long: 10,000 and 1,000,000 characters; a form error where there is a maximum length, never
  a database error or a 500.
"""

from __future__ import annotations

from typing import NamedTuple


class Hostile(NamedTuple):
    name: str
    value: str
    kind: str


SCRIPT = "<script>alert(1)</script>"
IMG_ONERROR = '"><img src=x onerror=alert(1)>'

CORPUS: tuple[Hostile, ...] = (
    Hostile("script", SCRIPT, "markup"),
    Hostile("img-onerror", IMG_ONERROR, "markup"),
    Hostile("attr-break", "' onmouseover='alert(1)", "markup"),
    Hostile("javascript-url", "javascript:alert(document.cookie)", "markup"),
    Hostile("javascript-url-mixed", "JaVaScRiPt:alert(1)", "markup"),
    Hostile("template-var", "{{ 7*7 }}", "template"),
    Hostile("template-tag", "{% debug %}", "template"),
    Hostile("cjk", "张三丰", "text"),
    Hostile("cjk-astral", "𠮷野家", "text"),  # U+20BB7, outside the BMP
    Hostile("arabic", "مرحبا بالعالم", "text"),
    Hostile("hebrew", "שלום עולם", "text"),
    Hostile("rtl-override", "abc\u202etxt.exe", "bidi"),
    Hostile("combining", "Ame\u0301lie Zoe\u0308", "text"),
    Hostile("zwj", "👩\u200d💻 team", "text"),
    Hostile("zero-width", "ad\u200bmin\u200c", "text"),
    Hostile("formula-hyperlink", '=HYPERLINK("http://evil.example/","click")', "formula"),
    Hostile("formula-plus", "+cmd|' /C calc'!A0", "formula"),
    Hostile("formula-minus", "-2+3", "formula"),
    Hostile("formula-at", "@SUM(1)", "formula"),
    Hostile("formula-tab", "\t=1+1", "formula-control"),
    Hostile("formula-cr", "\r=1+1", "formula-control"),
    Hostile("sql", "'; DROP TABLE people_staffprofile; --", "sql"),
    Hostile("sql-or", "' OR '1'='1", "sql"),
    Hostile("path", "../../etc/passwd", "path"),
    Hostile("path-windows", "..\\..\\windows\\win.ini", "path"),
    Hostile("nul", "abc\x00def", "control"),
    Hostile("controls", "bell\x07back\x08esc\x1b", "control"),
    Hostile("long-10k", "長" * 10_000, "long"),
    Hostile("long-1m", "x" * 1_000_000, "long"),
)

BY_NAME = {item.name: item for item in CORPUS}


def of_kind(*kinds: str) -> list[Hostile]:
    return [item for item in CORPUS if item.kind in kinds]


def values(*kinds: str):
    """pytest parameters (value, id=name) of the given kinds (all when none given)."""
    import pytest

    return [
        pytest.param(item.value, id=item.name) for item in CORPUS if not kinds or item.kind in kinds
    ]


# A sample for inputs that take one of a list of values (a choice, an id, a date, a URL): one of
# each kind of trouble, so that a refusal path is exercised without repeating the corpus.
SAMPLE = ("script", "template-tag", "cjk-astral", "rtl-override", "formula-plus", "sql", "path")
SAMPLE += ("nul", "controls", "long-1m")


def sample() -> list[Hostile]:
    return [BY_NAME[name] for name in SAMPLE]


# Short printable values that a text field may accept and that must come out intact.
STORABLE_KINDS = ("markup", "template", "text", "formula", "sql", "path")
# Values every input must refuse or strip before the database.
REFUSED_KINDS = ("control",)
