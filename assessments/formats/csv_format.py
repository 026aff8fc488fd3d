"""A spreadsheet format for trainers: one question per row, UTF-8 (a BOM is fine).

The first row names the columns, in any order:

    type,name,category,text,answers,feedback,general_feedback,mark,competency,level,tags

`type`, `text` and `answers` are required; `shuffle` (yes/no) and `transcript` may be added.
Columns are separated by commas (a file saved with semicolons or tabs is read too).

- type: single, multi, truefalse, short, numeric, matching, ordering, cloze or sjt.
- name: a short name for editors (the start of the text if empty).
- category: a path such as `Service desk/Greetings` (empty: the bank's top category).
- text: plain text (line breaks kept); start it with `[html]` or `[markdown]` for those.
  A cloze question writes its blanks [[1]], [[2]]... in the text.
- answers: the answers, separated by `|`:
  - single, multi, sjt: `=Right | ~Wrong | ~%50%Half | ~%-100%Penalty`
    (`=` is full credit, `~` none, `%n%` n percent);
  - truefalse: `true` or `false`, the right answer (feedback: for true | for false);
  - short: `Paris | =%50%Lutetia` (no prefix or `=`: full credit);
  - numeric: `=5:0.1 | =%50%5:1 | 1..5` (value:tolerance, or a range; `5` alone: exactly 5);
  - matching: `prompt -> answer | prompt -> answer | -> distractor`;
  - ordering: the items in their right order, `first | second | third`;
  - cloze: each answer with its blank, `1: =a | 1: ~b | 2: =c | 2: =%50%d`
    (a blank with a `~` answer is a drop-down, otherwise it is typed).
  A backslash keeps the next character as it is: `\\|`, `\\\\`, `\\=`, `\\%`, `-\\>`.
- feedback: the feedback of each answer, in the same order, separated by `|`.
- general_feedback: shown to everyone in the review.
- mark: the question's mark (1 if empty); competency: a competency code; level: its level
  (CEFR: 1 = A1 ... 6 = C2); tags: separated by commas; shuffle: yes or no (yes if empty);
  transcript: what a listening question's clip says.

Spreadsheets run a cell starting with `=`, `+`, `-` or `@` as a formula: type a `'` before it
(`'=Right | ~Wrong`); the reader drops that `'`, and the writer adds it, so a file opened in Excel
or LibreOffice is never run as formulas.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.spec import (
    FALSE,
    TRUE,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    Problem,
    QType,
    TextFormat,
)

from .base import (
    YES_NO,
    as_plain_text,
    clean_tags,
    decimal_str,
    default_name,
    format_prefix,
    fraction_to_percent,
    leading_weight,
    normalize_category,
    normalize_name,
    normalize_plain,
    parse_decimal,
    question_label,
    text_in_format,
    to_html,
    validate_question,
)

COLUMNS = (
    "type",
    "name",
    "category",
    "text",
    "answers",
    "feedback",
    "general_feedback",
    "mark",
    "competency",
    "level",
    "tags",
    "shuffle",
    "transcript",
)
REQUIRED = ("type", "text", "answers")
_FORMULA_START = ("=", "+", "-", "@")
_BLANK = re.compile(r"^(\d+)\s*:\s*")
_SHUFFLE = {**YES_NO, "": True, "y": True, "n": False}
_TF = {"true": True, "t": True, "false": False, "f": False}
_ESC = "\x00"  # marks a character that came escaped, while a cell is taken apart


class _RowError(Exception):
    """What is wrong with a row."""


# --- cells -------------------------------------------------------------------------------------


def _cell_in(value: str) -> str:
    """A cell as the file holds it, less the ' that protects it from running as a formula."""
    if value.startswith("'") and value[1:2] in (*_FORMULA_START, "'"):
        return value[1:]
    return value


def _cell_out(value: str) -> str:
    return "'" + value if value.startswith((*_FORMULA_START, "'")) else value


def _mark_escapes(text: str) -> str:
    """Each escaped character prefixed with _ESC, so separators can be found by plain search."""
    return re.sub(r"\\(.)", lambda m: _ESC + m.group(1), text, flags=re.DOTALL)


def _clean(marked: str) -> str:
    return marked.replace(_ESC, "")


def _items(cell: str) -> list[str]:
    """A cell's `|`-separated items, stripped, with their escapes still marked."""
    marked = _mark_escapes(cell)
    items = re.split(f"(?<!{_ESC})\\|", marked)
    if len(items) == 1 and not items[0].strip():
        return []
    return [item.strip() for item in items]


def _escape(text: str) -> str:
    """An answer or feedback written so that `_items` and the answer syntax read it back."""
    text = re.sub(r"([\\|])", r"\\\1", text).replace("->", "-\\>")
    return "\\" + text if text.startswith(("=", "~", "%")) else text


def _text(marked: str) -> str:
    return normalize_plain(_clean(marked))


# --- reading the answers -------------------------------------------------------------------------


def _choice_item(item: str, allow_bare: bool) -> ParsedOption:
    if item.startswith("="):
        default, rest = Decimal(1), item[1:]
    elif item.startswith("~"):
        default, rest = Decimal(0), item[1:]
    elif allow_bare:
        default, rest = Decimal(1), item
    else:
        raise _RowError(
            _("“%(answer)s”: start each answer with = (right) or ~ (wrong).")
            % {"answer": _clean(item)}
        )
    weight, rest = leading_weight(rest.strip())
    return ParsedOption(text=_text(rest), fraction=default if weight is None else weight)


def _numeric_item(item: str) -> ParsedOption:
    rest = item[1:] if item.startswith("=") else item
    weight, rest = leading_weight(rest.strip())
    answer = _clean(rest).strip()
    if answer.find("..") > 0:
        low_text, _sep, high_text = answer.partition("..")
        low, high = parse_decimal(low_text), parse_decimal(high_text)
        if low is None or high is None or high < low:
            raise _RowError(_("“%(range)s” is not a range of numbers.") % {"range": answer})
        value, tolerance = decimal_str((low + high) / 2), (high - low) / 2
    else:
        value, sep, tolerance_text = answer.partition(":")
        value = value.strip()
        tolerance = parse_decimal(tolerance_text) if sep else None
        if parse_decimal(value) is None or (sep and tolerance is None):
            raise _RowError(
                _("“%(answer)s” is not a number (write 5, 5:0.1 or 1..5).") % {"answer": answer}
            )
    return ParsedOption(
        text=value, fraction=Decimal(1) if weight is None else weight, tolerance=tolerance
    )


def _matching_item(item: str) -> ParsedOption:
    parts = re.split(f"(?<!{_ESC})->", item, maxsplit=1)
    if len(parts) != 2:
        raise _RowError(
            _("“%(pair)s” is not a pair: write prompt -> answer.") % {"pair": _clean(item)}
        )
    prompt, answer = parts
    return ParsedOption(text=_text(prompt), match_text=_text(answer))


def _options(qtype: QType, cell: str) -> list[ParsedOption]:
    items = _items(cell)
    if any(not item for item in items):
        raise _RowError(_("An answer between two | is empty."))
    if qtype in (QType.SINGLE, QType.MULTI, QType.SJT):
        return [_choice_item(item, allow_bare=False) for item in items]
    if qtype is QType.TRUEFALSE:
        if len(items) == 1 and _clean(items[0]).strip().lower() in _TF:
            right = _TF[_clean(items[0]).strip().lower()]
            return [
                ParsedOption(TRUE, Decimal(int(right))),
                ParsedOption(FALSE, Decimal(int(not right))),
            ]
        options = [_choice_item(item, allow_bare=False) for item in items]
        for option in options:
            option.text = option.text.lower()
        return options
    if qtype is QType.SHORT:
        return [_choice_item(item, allow_bare=True) for item in items]
    if qtype is QType.NUMERIC:
        return [_numeric_item(item) for item in items]
    if qtype is QType.MATCHING:
        return [_matching_item(item) for item in items]
    if qtype is QType.ORDERING:
        return [ParsedOption(text=_text(item)) for item in items]
    options = []
    for item in items:
        blank = _BLANK.match(item)
        if not blank:
            raise _RowError(
                _("“%(answer)s”: start each cloze answer with its blank, as in 1: =answer.")
                % {"answer": _clean(item)}
            )
        option = _choice_item(item[blank.end() :], allow_bare=True)
        option.blank = int(blank.group(1))
        options.append(option)
    return options


# --- reading -------------------------------------------------------------------------------------


def _delimiter(first_line: str) -> str:
    if "," in first_line:
        return ","
    return ";" if ";" in first_line else "\t" if "\t" in first_line else ","


def _row(values: dict[str, str], line: int) -> ParsedQuestion:
    type_name = values.get("type", "").strip().lower()
    try:
        qtype = QType(type_name)
    except ValueError:
        raise _RowError(
            _("Unknown type “%(type)s”; use one of %(types)s.")
            % {"type": type_name, "types": ", ".join(t.value for t in QType)}
        ) from None
    fmt, raw_text = format_prefix(values.get("text", ""))
    text = to_html(raw_text, fmt or TextFormat.MOODLE)

    options = _options(qtype, values.get("answers", ""))
    feedback = [_text(item) for item in _items(values.get("feedback", ""))]
    if len(feedback) > len(options):
        raise _RowError(
            _("There are %(feedback)d feedbacks for %(answers)d answers.")
            % {"feedback": len(feedback), "answers": len(options)}
        )
    for option, text_ in zip(options, feedback, strict=False):
        option.feedback = text_
    if qtype is QType.CLOZE:
        # Keep each blank's answers together, in the order the file gives them.
        options.sort(key=lambda o: o.blank or 0)

    mark_text = values.get("mark", "").strip()
    mark = parse_decimal(mark_text) if mark_text else Decimal(1)
    if mark is None:
        raise _RowError(_("The mark “%(mark)s” is not a number.") % {"mark": mark_text})
    level_text = values.get("level", "").strip()
    if level_text and not level_text.isdigit():
        raise _RowError(_("The level “%(level)s” is not a whole number.") % {"level": level_text})
    shuffle_text = values.get("shuffle", "").strip().lower()
    if shuffle_text not in _SHUFFLE:
        raise _RowError(_("shuffle must be yes or no, not “%(v)s”.") % {"v": shuffle_text})
    general_format, general = format_prefix(values.get("general_feedback", ""))
    return ParsedQuestion(
        qtype=qtype,
        name=normalize_name(values.get("name", "")) or default_name(text, f"line {line}"),
        text=text,
        options=options,
        general_feedback=text_in_format(general, general_format or TextFormat.PLAIN),
        mark=mark,
        category=normalize_category(values.get("category", "")),
        tags=clean_tags(values.get("tags", "").split(",")),
        competency=values.get("competency", "").strip(),
        level=int(level_text) if level_text else None,
        shuffle=_SHUFFLE[shuffle_text],
        transcript=normalize_plain(values.get("transcript", "")),
        source=f"line {line}",
    )


def _malformed(error: csv.Error) -> str:
    return _("The CSV is malformed (%(error)s); check the quotes in this row.") % {"error": error}


def parse(text: str) -> ParseResult:
    """Read the CSV format described above.

    Guarantees: every question in the result passes `validate_question`; every row that cannot be
    read or is not gradable is a Problem naming the line where the row starts ("line 7") and is
    left out; a missing, unknown or repeated column is a Problem on line 1.
    """
    result = ParseResult()
    text = text.lstrip("\ufeff")
    # strict: a quote left open is an error, not a cell that swallows the rest of the file.
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]), strict=True
    )
    try:
        header = [_cell_in(h).strip().lower() for h in next(reader, [])]
    except csv.Error as error:
        result.problems.append(Problem("line 1", _malformed(error)))
        return result
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    repeated = sorted({h for h in header if header.count(h) > 1})
    for message, names in (
        (_("Unknown column(s): %(names)s."), unknown),
        (_("Missing column(s): %(names)s."), missing),
        (_("Repeated column(s): %(names)s."), repeated),
    ):
        if names:
            result.problems.append(Problem("line 1", message % {"names": ", ".join(names)}))
    if result.problems:
        return result
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            result.problems.append(Problem(f"line {line}", _malformed(error)))
            break
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            result.problems.append(
                Problem(
                    f"line {start}",
                    _("The row has %(cells)d cells but there are %(columns)d columns.")
                    % {"cells": len(row), "columns": len(header)},
                )
            )
            continue
        values = {name: _cell_in(cell) for name, cell in zip(header, row, strict=False)}
        try:
            question = _row(values, start)
        except _RowError as error:
            result.problems.append(Problem(f"line {start}", str(error)))
            continue
        errors = validate_question(question)
        result.problems.extend(Problem(f"line {start}", message) for message in errors)
        if not errors:
            result.questions.append(question)
    return result


# --- writing -------------------------------------------------------------------------------------


def _answer_items(q: ParsedQuestion) -> list[str]:
    items = []
    for option in q.options:
        text = _escape(option.text)
        weight = f"%{fraction_to_percent(option.fraction)}%"
        if q.qtype is QType.NUMERIC:
            prefix = "=" if option.fraction == 1 else "=" + weight
            tolerance = "" if option.tolerance is None else f":{decimal_str(option.tolerance)}"
            items.append(prefix + option.text + tolerance)
        elif q.qtype is QType.MATCHING:
            prompt = text + " " if option.text else ""
            items.append(f"{prompt}-> {_escape(option.match_text)}")
        elif q.qtype is QType.ORDERING:
            items.append(text)
        else:
            marker = "=" if option.fraction == 1 else "~" if option.fraction == 0 else "~" + weight
            blank = f"{option.blank}: " if q.qtype is QType.CLOZE else ""
            items.append(blank + marker + text)
    return items


def _row_out(q: ParsedQuestion) -> dict[str, str]:
    plain = as_plain_text(q.text)
    text = plain if plain is not None and not plain.startswith("[") else "[html]" + q.text
    if q.qtype is QType.TRUEFALSE:
        answers = "true" if q.options[0].fraction == 1 else "false"
    else:
        answers = " | ".join(_answer_items(q))
    feedback = [_escape(o.feedback) for o in q.options]
    general = q.general_feedback
    return {
        "type": q.qtype.value,
        "name": q.name,
        "category": q.category,
        "text": text,
        "answers": answers,
        "feedback": " | ".join(feedback) if any(feedback) else "",
        "general_feedback": "[plain]" + general if general.startswith("[") else general,
        "mark": decimal_str(q.mark),
        "competency": q.competency,
        "level": "" if q.level is None else str(q.level),
        "tags": ", ".join(q.tags),
        "shuffle": "yes" if q.shuffle else "no",
        "transcript": q.transcript,
    }


def dump(questions: list[ParsedQuestion]) -> tuple[str, list[Problem]]:
    """Write questions in the CSV format described above (a str; see formats.export for bytes).

    Guarantees: for every question written without a Problem, `parse` gives back an equal
    question (type, name, category, text, options, feedback, mark, tags, competency, level,
    shuffle, transcript). A question that is not gradable is left out and named in a Problem;
    an audio clip is left out with a Problem (CSV holds no files), the rest of its question is
    written. No cell starts with a character that makes a spreadsheet run it as a formula.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    problems: list[Problem] = []
    for index, q in enumerate(questions, start=1):
        where = question_label(index, q)
        errors = validate_question(q)
        if not errors and not q.text.strip():
            errors.append(_("The question has no text without its audio clip."))
        if errors:
            problems.extend(Problem(where, message) for message in errors)
            continue
        if q.audio is not None:
            problems.append(
                Problem(
                    where,
                    _("CSV cannot hold files: the audio clip %(name)s was left out.")
                    % {"name": q.audio.name},
                    unsupported=True,
                )
            )
        row = _row_out(q)
        writer.writerow([_cell_out(row[column]) for column in COLUMNS])
    return out.getvalue(), problems
