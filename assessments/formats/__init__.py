"""Question import and export formats: GIFT, Moodle XML and CSV.

Every format reads a file into `assessments.spec.ParseResult` and writes a list of
`ParsedQuestion`s back, naming what it could not write. `FORMATS` lists them by the name the
`import_questions --format` option and the admin use; `parse` and `export` take that name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessments.spec import ParsedQuestion, ParseResult, Problem

from . import csv_format, gift, moodle_xml


@dataclass(frozen=True)
class QuestionFormat:
    """One file format: how to read it from bytes and how to write questions into bytes."""

    name: str
    label: str
    extension: str
    media_type: str
    read: Callable[[bytes], ParseResult]
    write: Callable[[list[ParsedQuestion]], tuple[bytes, list[Problem]]]

    def parse(self, data: bytes | str) -> ParseResult:
        """Read a file (bytes as uploaded, or text). See the format module for what it holds."""
        return self.read(data.encode("utf-8") if isinstance(data, str) else data)

    def dump(self, questions: list[ParsedQuestion]) -> tuple[bytes, list[Problem]]:
        """The file's bytes and the problems of the questions it could not hold in full."""
        return self.write(questions)


def decode_text(data: bytes) -> tuple[str | None, Problem | None]:
    """A text file's content: UTF-8 with or without a BOM, or UTF-16 with its BOM.

    Guarantees: either the text (without BOM) and None, or None and a Problem naming the line of
    the first byte that is not UTF-8.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _without_nul(data.decode("utf-16"))
        except UnicodeDecodeError:
            return None, Problem(_("file"), _("The file is not valid UTF-16 text."))
    try:
        return _without_nul(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return None, Problem(
            f"line {line}",
            _(
                "The file is not UTF-8 text (it may be GBK or another legacy encoding). "
                "Save it as UTF-8, e.g. “CSV UTF-8” in Excel, and import it again."
            ),
        )


def _without_nul(text: str) -> tuple[str | None, Problem | None]:
    # No database column holds a NUL (PostgreSQL refuses it in text): a file with one is not a
    # text file, and is refused before anything is imported, on every database alike.
    nul = text.find("\x00")
    if nul == -1:
        return text, None
    return None, Problem(
        f"line {text.count(chr(10), 0, nul) + 1}",
        _("The file contains a NUL character; it is not a text file."),
    )


def _text_reader(parse: Callable[[str], ParseResult]) -> Callable[[bytes], ParseResult]:
    def read(data: bytes) -> ParseResult:
        text, problem = decode_text(data)
        if problem is not None:
            return ParseResult(problems=[problem])
        return parse(text)

    return read


def _text_writer(
    dump: Callable[[list[ParsedQuestion]], tuple[str, list[Problem]]], bom: bool = False
) -> Callable[[list[ParsedQuestion]], tuple[bytes, list[Problem]]]:
    def write(questions: list[ParsedQuestion]) -> tuple[bytes, list[Problem]]:
        text, problems = dump(questions)
        return (("\ufeff" if bom else "") + text).encode("utf-8"), problems

    return write


FORMATS: dict[str, QuestionFormat] = {
    "gift": QuestionFormat(
        name="gift",
        label=gettext_lazy("GIFT (Moodle text format)"),
        extension="gift",
        media_type="text/plain; charset=utf-8",
        read=_text_reader(gift.parse),
        write=_text_writer(gift.dump),
    ),
    "moodle-xml": QuestionFormat(
        name="moodle-xml",
        label=gettext_lazy("Moodle XML"),
        extension="xml",
        media_type="application/xml",
        read=moodle_xml.parse,
        write=moodle_xml.dump,
    ),
    "csv": QuestionFormat(
        name="csv",
        label=gettext_lazy("CSV spreadsheet"),
        extension="csv",
        media_type="text/csv; charset=utf-8",
        read=_text_reader(csv_format.parse),
        # The BOM tells Excel the file is UTF-8, so Chinese text opens readable.
        write=_text_writer(csv_format.dump, bom=True),
    ),
}


def get_format(format_name: str) -> QuestionFormat:
    """The format called `format_name`; ValueError naming the known ones if there is none."""
    try:
        return FORMATS[format_name]
    except KeyError:
        raise ValueError(
            f"Unknown question format {format_name!r}; use one of {', '.join(FORMATS)}."
        ) from None


def parse(format_name: str, data: bytes | str) -> ParseResult:
    """Read a file in the format called `format_name` (see `FORMATS`)."""
    return get_format(format_name).parse(data)


def export(format_name: str, questions: list[ParsedQuestion]) -> tuple[bytes, list[Problem]]:
    """Write questions in the format called `format_name`: the file's bytes and the problems."""
    return get_format(format_name).dump(questions)
