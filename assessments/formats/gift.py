"""Moodle's GIFT text format: read and write.

Reading follows Moodle's own importer (question/format/gift/format.php) so that a file means
here what it means in Moodle:

- questions are separated by blank lines; lines starting with // are comments; `::name::`;
  `$CATEGORY: $course$/top/a/b` sets the category of the questions after it;
- `[html]`, `[moodle]`, `[plain]`, `[markdown]` before a text give its format (moodle by
  default; answers and feedback default to the question text's format);
- escapes `\\~ \\= \\# \\{ \\} \\: \\\\` and `\\n` (a line break);
- `{=right ~wrong ~%50%partial ~%-100%penalty}` is a single choice, or a multiple choice when
  no answer starts with `=`; `{T}` `{TRUE}` `{F}` `{FALSE}` with `#wrong feedback#right feedback`;
  `{=a =%50%b}` short answer; `{#5:0.1}`, `{#1..5}`, `{# =5:0 =%50%5:1}` numeric;
  `{=a -> b =c -> d}` matching; `#feedback` after an answer; `####general feedback`;
- a question whose text goes on after the braces is a missing-word question: our CLOZE with one
  blank `[[1]]` (a drop-down when it has `~` answers, typed otherwise).

Essays (`{}`) and descriptions (no braces) are unsupported. GIFT has no situational-judgement
or ordering questions, no tags, competencies, levels, marks or audio: Meridian writes what it
needs in a comment Moodle ignores, on a line of its own just before the question:

    // meridian: type=sjt; competency=cross-cultural; level=3; tags=service, greetings; shuffle=no

(keys: type, competency, level, tags, shuffle, mark, transcript; `%`, `;` and line breaks in a
value are written %25, %3B and %0A). Moodle's own `// [tag:name]` comments are read as tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import unquote

from django.utils.translation import gettext as _

from assessments.grading import is_dropdown
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
    BLANK_RE,
    YES_NO,
    as_plain_text,
    category_from_moodle,
    category_to_moodle,
    clean_tags,
    decimal_str,
    default_name,
    format_prefix,
    fraction_to_percent,
    leading_weight,
    normalize_name,
    normalize_plain,
    parse_decimal,
    plain_to_html_lines,
    question_label,
    text_in_format,
    to_html,
    unix_newlines,
    validate_question,
)

# Escaped characters become private-use placeholders while the structure is parsed, as in
# Moodle's importer; `unescape` turns them back into the characters they stand for.
_PLACEHOLDERS = {
    "\\": "\ue000",
    "~": "\ue001",
    "=": "\ue002",
    "#": "\ue003",
    "{": "\ue004",
    "}": "\ue005",
    ":": "\ue006",
    "n": "\ue007",
}
_CHARS = {p: ("\n" if c == "n" else c) for c, p in _PLACEHOLDERS.items()}
# An unknown escape (\x) is kept as it is; in the answers it is most likely a mistake. TeX's
# \( \) \[ \] are common in question banks and never a mistake.
_UNKNOWN = "\ue010"
_TEX = frozenset("()[]")
_BAD_WEIGHT = re.compile(r"^%[^%\s]*%")
_META = re.compile(r"^//\s*meridian:(.*)$", re.IGNORECASE)
_MOODLE_TAG = re.compile(r"\[tag:([^\]]+)\]")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_META_KEYS = ("type", "competency", "level", "tags", "shuffle", "mark", "transcript")


class _Malformed(Exception):
    """A question that cannot be read; the message says why."""


@dataclass
class _Meta:
    """What a `// meridian:` comment says about the question after it."""

    qtype: QType | None = None
    competency: str = ""
    level: int | None = None
    tags: list[str] = field(default_factory=list)
    shuffle: bool = True
    mark: Decimal = Decimal(1)
    transcript: str = ""
    broken: bool = False  # the comment had an error: its question is left out


def _escape_pre(text: str) -> str:
    def repl(match: re.Match[str]) -> str:
        char = match.group(1)
        return _PLACEHOLDERS.get(char) or _UNKNOWN + char

    return re.sub(r"\\(.)", repl, text, flags=re.DOTALL)


def _unescape(text: str) -> str:
    text = text.replace(_UNKNOWN, "\\")
    return "".join(_CHARS.get(c, c) for c in text)


def _split_format(raw: str, default: TextFormat) -> tuple[TextFormat, str]:
    """A text's format prefix ("[html]...") and the text without it, as Moodle reads them."""
    fmt, text = format_prefix(raw)
    return fmt or default, text.strip()


def _plain(raw: str, default: TextFormat) -> str:
    fmt, text = _split_format(raw, default)
    return text_in_format(_unescape(text), fmt)


def _answer_weight(answer: str) -> tuple[Decimal | None, str]:
    """A leading %n% weight and the rest of the answer; (None, answer) when there is none."""
    weight, rest = leading_weight(answer)
    if weight is None and (bad := _BAD_WEIGHT.match(answer)):
        raise _Malformed(
            _("“%(weight)s” is not a weight; write it like %%50%%.")
            % {"weight": _unescape(bad.group(0))}
        )
    return weight, rest


def _choice_answers(body: str) -> list[str]:
    """The answers of a body written `=a ~b ~%50%c`, stripped, each with its `=` or `~`."""
    return [part.strip() for part in re.split(r"(?=[~=])", body) if part.strip()]


def _equals_answers(body: str) -> list[str]:
    """The answers of a body written `=a =b ...`, stripped and without their `=`."""
    return [raw.strip() for raw in body.split("=") if raw.strip()]


# --- reading -------------------------------------------------------------------------------------


def _parse_meta(text: str, meta: _Meta) -> None:
    for item in text.split(";"):
        if not item.strip():
            continue
        key, sep, value = item.partition("=")
        key, value = key.strip().lower(), unquote(value.strip())
        if not sep or key not in _META_KEYS:
            raise _Malformed(
                _("Unknown setting “%(item)s” in the meridian comment.") % {"item": item.strip()}
            )
        if key == "type":
            try:
                meta.qtype = QType(value.lower())
            except ValueError:
                raise _Malformed(_("Unknown question type “%(type)s”.") % {"type": value}) from None
        elif key == "competency":
            meta.competency = value
        elif key == "level":
            if not value.isdigit():
                raise _Malformed(
                    _("The level “%(level)s” is not a whole number.") % {"level": value}
                )
            meta.level = int(value)
        elif key == "tags":
            meta.tags = clean_tags(value.split(","))
        elif key == "shuffle":
            if value.lower() not in YES_NO:
                raise _Malformed(_("shuffle must be yes or no, not “%(v)s”.") % {"v": value})
            meta.shuffle = YES_NO[value.lower()]
        elif key == "mark":
            mark = parse_decimal(value)
            if mark is None:
                raise _Malformed(_("The mark “%(mark)s” is not a number.") % {"mark": value})
            meta.mark = mark
        else:
            meta.transcript = normalize_plain(value)


@dataclass
class _Reader:
    result: ParseResult = field(default_factory=ParseResult)
    category: str = ""
    pending: _Meta | None = None
    pending_tags: list[str] = field(default_factory=list)

    def problem(self, line: int, message: str, unsupported: bool = False) -> None:
        self.result.problems.append(Problem(f"line {line}", message, unsupported))

    def block(self, lines: list[tuple[int, str]]) -> None:
        content: list[tuple[int, str]] = []
        for number, line in lines:
            stripped = line.strip()
            if not stripped.startswith("//"):
                content.append((number, line))
                continue
            self.pending_tags += [t.strip() for t in _MOODLE_TAG.findall(stripped)]
            meta = _META.match(stripped)
            if meta:
                self.pending = _Meta()
                try:
                    _parse_meta(meta.group(1), self.pending)
                except _Malformed as error:
                    self.pending.broken = True
                    self.problem(number, str(error))
        if not content:
            return  # a comment-only block: its meridian line belongs to the next question
        first, text = content[0]
        if text.strip().startswith("$CATEGORY:"):
            self.category = category_from_moodle(text.strip()[len("$CATEGORY:") :])
            content = content[1:]
            if not content:
                return
            first = content[0][0]
        meta, self.pending = self.pending or _Meta(), None
        tags, self.pending_tags = self.pending_tags, []
        joined = "\n".join(line for _number, line in content).strip()
        try:
            question = self.question(joined, first, meta, tags)
        except _Malformed as error:
            self.problem(first, str(error))
            return
        if question is None or meta.broken:
            return
        errors = validate_question(question)
        for message in errors:
            self.problem(first, message)
        if not errors:
            self.result.questions.append(question)

    def question(self, text: str, line: int, meta: _Meta, tags: list[str]) -> ParsedQuestion | None:
        text = _escape_pre(text)
        name = ""
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                raise _Malformed(_("The question name has no closing ::."))
            name = normalize_name(_unescape(text[2:end]))
            text = text[end + 2 :].strip()
        opens, closes = text.count("{"), text.count("}")
        if not opens and not closes:
            self.problem(
                line,
                _("A description without answers is not a question; Meridian does not import it."),
                unsupported=True,
            )
            return None
        if opens and not closes:
            raise _Malformed(_("The answers' brace { is never closed."))
        if closes and not opens:
            raise _Malformed(_("There is a closing brace } without an opening one."))
        if opens > 1 or closes > 1:
            raise _Malformed(
                _("A question has one pair of braces { }; escape others as \\{ and \\}.")
            )
        start, end = text.index("{"), text.index("}")
        if end < start:
            raise _Malformed(_("The closing brace } comes before the opening one."))
        prefix, body, suffix = text[:start], text[start + 1 : end], text[end + 1 :]
        general_raw = ""
        if "####" in body:
            at = body.rindex("####")
            body, general_raw = body[:at], body[at + 4 :]
        body = body.strip()
        if not body:
            self.problem(
                line, _("Essay questions are not supported; it was left out."), unsupported=True
            )
            return None
        unknown = re.search(f"{_UNKNOWN}(.)", body, re.DOTALL)
        if unknown and unknown.group(1) not in _TEX:
            raise _Malformed(
                _("Unknown escape \\%(char)s in the answers; write \\\\ for a backslash.")
                % {"char": unknown.group(1)}
            )

        fmt, _rest = _split_format(prefix, TextFormat.MOODLE)
        missing_word = bool(suffix.strip())
        if body.startswith("#"):
            qtype, options = QType.NUMERIC, self.numeric(body[1:], fmt, line)
        elif "~" in body:
            qtype = QType.SINGLE if "=" in body else QType.MULTI
            options = self.choice(body, fmt)
        elif "=" in body and "->" in body:
            qtype, options = QType.MATCHING, self.matching(body, fmt)
        elif body.split("#", 1)[0].strip() in _TF:
            qtype, options = QType.TRUEFALSE, self.truefalse(body, fmt)
        else:
            qtype, options = QType.SHORT, self.short(body, fmt)

        if missing_word and qtype in (QType.SINGLE, QType.MULTI, QType.SHORT):
            dropdown = qtype is not QType.SHORT
            qtype, raw_text = QType.CLOZE, prefix + "[[1]]" + suffix
            for option in options:
                option.blank = 1
            if dropdown and not is_dropdown(options):
                self.problem(
                    line,
                    _(
                        "This drop-down blank has no wrong choice, so Meridian will ask for its "
                        "answer to be typed."
                    ),
                    unsupported=True,
                )
            if not dropdown and is_dropdown(options):
                options = [o for o in options if o.fraction > 0]
                self.problem(
                    line,
                    _(
                        "A typed blank cannot hold wrong answers; the answers without credit "
                        "were left out."
                    ),
                    unsupported=True,
                )
        elif missing_word:
            raw_text = prefix + "_____" + suffix
        else:
            raw_text = prefix

        if meta.qtype is not None and meta.qtype is not qtype:
            if qtype in (QType.SINGLE, QType.MULTI) and meta.qtype in (
                QType.SINGLE,
                QType.MULTI,
                QType.SJT,
            ):
                qtype = meta.qtype
            else:
                raise _Malformed(
                    _(
                        "The meridian comment says %(said)s, but the answers make a %(found)s "
                        "question."
                    )
                    % {"said": meta.qtype.value, "found": qtype.value}
                )

        fmt, question_text = _split_format(raw_text, TextFormat.MOODLE)
        html = to_html(_unescape(question_text), fmt)
        return ParsedQuestion(
            qtype=qtype,
            name=name or default_name(html, f"line {line}"),
            text=html,
            options=options,
            general_feedback=_plain(general_raw, fmt) if general_raw.strip() else "",
            mark=meta.mark,
            category=self.category,
            tags=list(dict.fromkeys(meta.tags + tags)),
            competency=meta.competency,
            level=meta.level,
            shuffle=meta.shuffle,
            transcript=meta.transcript,
            source=f"line {line}",
        )

    @staticmethod
    def _answer_and_feedback(raw: str, fmt: TextFormat) -> tuple[str, str]:
        answer, _sep, feedback = raw.partition("#")
        return _plain(answer, fmt), _plain(feedback, fmt)

    def choice(self, body: str, fmt: TextFormat) -> list[ParsedOption]:
        options = []
        for raw in _choice_answers(body):
            if raw.startswith("="):
                fraction, raw = Decimal(1), raw[1:]
            else:
                weight, raw = _answer_weight(raw[1:] if raw.startswith("~") else raw)
                fraction = weight if weight is not None else Decimal(0)
            text, feedback = self._answer_and_feedback(raw, fmt)
            options.append(ParsedOption(text=text, fraction=fraction, feedback=feedback))
        return options

    def short(self, body: str, fmt: TextFormat) -> list[ParsedOption]:
        options = []
        for raw in _equals_answers(body):
            weight, raw = _answer_weight(raw)
            text, feedback = self._answer_and_feedback(raw, fmt)
            options.append(
                ParsedOption(
                    text=text, fraction=Decimal(1) if weight is None else weight, feedback=feedback
                )
            )
        return options

    def numeric(self, body: str, fmt: TextFormat, line: int) -> list[ParsedOption]:
        if "~" in body:
            body, _sep, _other = body.partition("~")
            self.problem(
                line,
                _("Feedback for any other number (~#...) is not supported; it was left out."),
                unsupported=True,
            )
        options = []
        for raw in _equals_answers(body):
            weight, raw = _answer_weight(raw)
            answer, _sep, feedback = raw.partition("#")
            value, tolerance = _number_and_tolerance(_unescape(answer).strip())
            options.append(
                ParsedOption(
                    text=value,
                    fraction=Decimal(1) if weight is None else weight,
                    feedback=_plain(feedback, fmt),
                    tolerance=tolerance,
                )
            )
        if not options:
            raise _Malformed(_("A numeric question needs at least one number."))
        return options

    def matching(self, body: str, fmt: TextFormat) -> list[ParsedOption]:
        options = []
        for raw in _equals_answers(body):
            if "->" not in raw:
                raise _Malformed(
                    _("“%(pair)s” is not a pair: write =prompt -> answer.")
                    % {"pair": _unescape(raw)}
                )
            prompt, _sep, answer = raw.partition("->")
            options.append(
                ParsedOption(
                    text=_plain(prompt, fmt) if prompt.strip() else "",
                    match_text=normalize_plain(_unescape(answer)),
                )
            )
        return options

    def truefalse(self, body: str, fmt: TextFormat) -> list[ParsedOption]:
        parts = body.split("#", 2) + ["", ""]
        answer = _TF[parts[0].strip()]
        wrong, right = _plain(parts[1], fmt), _plain(parts[2], fmt)
        return [
            ParsedOption(TRUE, Decimal(int(answer)), right if answer else wrong),
            ParsedOption(FALSE, Decimal(int(not answer)), wrong if answer else right),
        ]


def _number_and_tolerance(answer: str) -> tuple[str, Decimal | None]:
    """A numeric answer's value and tolerance: "5:0.1", "1..5" (the middle ± half) or "5"
    (no tolerance: the exact value)."""
    if answer.find("..") > 0:
        low_text, _sep, high_text = answer.partition("..")
        low, high = parse_decimal(low_text), parse_decimal(high_text)
        if low is None or high is None:
            raise _Malformed(_("“%(range)s” is not a range of numbers.") % {"range": answer})
        if high < low:
            raise _Malformed(
                _("In the range “%(range)s” the end is below the start.") % {"range": answer}
            )
        return decimal_str((low + high) / 2), (high - low) / 2
    value, sep, tolerance_text = answer.partition(":")
    tolerance = parse_decimal(tolerance_text) if sep else None
    if parse_decimal(value) is None or (sep and tolerance is None):
        raise _Malformed(_("“%(answer)s” is not a number with its tolerance.") % {"answer": answer})
    return value.strip(), tolerance


def parse(text: str) -> ParseResult:
    """Read GIFT text.

    Guarantees: every question in the result passes `validate_question`; every question that
    could not be read, or is not gradable, is a Problem naming the line where it starts (an
    unsupported one, such as an essay, with unsupported=True) and is left out.
    """
    reader = _Reader()
    block: list[tuple[int, str]] = []
    # The placeholders must not occur in the text itself; as private-use characters they mean
    # nothing to a reader, so dropping them loses nothing.
    text = re.sub("[\ue000-\ue010]", "", text.lstrip("\ufeff"))
    lines = unix_newlines(text).split("\n")
    for number, line in enumerate(lines, start=1):
        if line.strip():
            block.append((number, line))
        elif block:
            reader.block(block)
            block = []
    if block:
        reader.block(block)
    return reader.result


# --- writing -------------------------------------------------------------------------------------

_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")


def _escape(text: str) -> str:
    """Text with GIFT's special characters escaped and line breaks written \\n."""
    return _GIFT_SPECIAL.sub(r"\\\1", text).replace("\r", "").replace("\n", "\\n")


def _field(text: str, fmt: TextFormat) -> str:
    """A plain-text field (answer, feedback) written so it reads back as `text` in `fmt`."""
    written = _escape(plain_to_html_lines(text) if fmt is TextFormat.HTML else text)
    # A field starting with "[" could be read as a format prefix: name the format outright.
    return f"[{fmt.value}]{written}" if written.startswith("[") else written


def _weight(fraction: Decimal) -> str:
    return f"%{fraction_to_percent(fraction)}%"


def _feedback(text: str, fmt: TextFormat) -> str:
    """An answer's feedback as it follows the answer: "#text", or nothing."""
    return f"#{_field(text, fmt)}" if text else ""


def _meta_value(value: str) -> str:
    return value.replace("%", "%25").replace(";", "%3B").replace("\n", "%0A")


def _meta_line(q: ParsedQuestion) -> str:
    items = []
    if q.qtype is QType.SJT:
        items.append("type=sjt")
    if q.competency:
        items.append(f"competency={_meta_value(q.competency)}")
    if q.level is not None:
        items.append(f"level={q.level}")
    if q.tags:
        items.append("tags=" + ", ".join(_meta_value(t) for t in q.tags))
    if not q.shuffle:
        items.append("shuffle=no")
    if q.mark != 1:
        items.append(f"mark={decimal_str(q.mark)}")
    if q.transcript:
        items.append(f"transcript={_meta_value(q.transcript)}")
    return "// meridian: " + "; ".join(items) if items else ""


class _CannotWrite(Exception):
    """A question GIFT cannot hold; the message says why."""


def _choice_body(options: list[ParsedOption], fmt: TextFormat, use_equals: bool) -> list[str]:
    lines = []
    for option in options:
        text = _field(option.text, fmt)
        if use_equals and option.fraction == 1:
            mark = "="
        elif option.fraction == 0 and not text.startswith("%"):
            mark = "~"
        else:
            mark = "~" + _weight(option.fraction)
        lines.append(mark + text + _feedback(option.feedback, fmt))
    if not any(line.startswith("~") for line in lines):
        # Without a ~ Moodle reads a short answer: write one right answer as ~%100%.
        lines[-1] = "~" + _weight(Decimal(1)) + lines[-1][1:]
    return lines


def _typed_body(options: list[ParsedOption], fmt: TextFormat) -> list[str]:
    lines = []
    for option in options:
        text = _field(option.text, fmt)
        weight = (
            "" if option.fraction == 1 and not text.startswith("%") else _weight(option.fraction)
        )
        lines.append("=" + weight + text + _feedback(option.feedback, fmt))
    if any("->" in line for line in lines):
        raise _CannotWrite(_("GIFT would read an answer holding “->” as a matching question."))
    return lines


def _body(q: ParsedQuestion, fmt: TextFormat) -> list[str]:
    if q.qtype in (QType.SINGLE, QType.SJT):
        return _choice_body(q.options, fmt, use_equals=True)
    if q.qtype is QType.MULTI:
        return _choice_body(q.options, fmt, use_equals=False)
    if q.qtype is QType.SHORT:
        return _typed_body(q.options, fmt)
    if q.qtype is QType.NUMERIC:
        return [
            f"={'' if o.fraction == 1 else _weight(o.fraction)}{_escape(o.text)}"
            + ("" if o.tolerance is None else f":{decimal_str(o.tolerance)}")
            + _feedback(o.feedback, fmt)
            for o in q.options
        ]
    if q.qtype is QType.TRUEFALSE:
        right = next(o for o in q.options if o.fraction == 1)
        wrong = next(o for o in q.options if o is not right)
        text = "TRUE" if right.text == TRUE else "FALSE"
        if wrong.feedback or right.feedback:
            text += "#" + (_field(wrong.feedback, fmt) if wrong.feedback else "")
        if right.feedback:
            text += "#" + _field(right.feedback, fmt)
        return [text]
    if q.qtype is QType.MATCHING:
        if any(o.feedback for o in q.options):
            raise _CannotWrite(_("GIFT matching questions have no feedback for each pair."))
        if any("->" in o.text for o in q.options):
            raise _CannotWrite(_("GIFT cannot hold a matching prompt holding “->”."))
        return [
            "=" + (_field(o.text, fmt) + " " if o.text else "") + "-> " + _escape(o.match_text)
            for o in q.options
        ]
    if q.qtype is QType.CLOZE:
        if is_dropdown(q.options):
            return _choice_body(q.options, fmt, use_equals=True)
        return _typed_body(q.options, fmt)
    raise _CannotWrite(_("GIFT has no %(type)s questions.") % {"type": q.qtype.value})


def _question_text(q: ParsedQuestion) -> tuple[TextFormat, str, str]:
    """The question text's format and its parts before and after the answers' braces."""
    plain = as_plain_text(q.text)
    candidates = []
    if plain is not None and not plain.startswith("["):
        candidates.append((TextFormat.MOODLE, plain, ""))
    candidates.append((TextFormat.HTML, q.text, "[html]"))
    for fmt, text, prefix in candidates:
        if q.qtype is not QType.CLOZE:
            return fmt, prefix + _escape(text), ""
        before, _sep, after = text.partition("[[1]]")
        # Moodle reads a missing-word question only when text follows the braces.
        if after.strip():
            return fmt, prefix + _escape(before), _escape(after)
    raise _CannotWrite(_("In GIFT a blank cannot end the question text."))


def _write(q: ParsedQuestion) -> str:
    if q.qtype is QType.CLOZE and len(set(BLANK_RE.findall(q.text))) > 1:
        raise _CannotWrite(
            _("GIFT holds one blank per question; use Moodle XML or CSV for several.")
        )
    if q.qtype is QType.ORDERING:
        raise _CannotWrite(_("GIFT has no ordering questions; use Moodle XML or CSV."))
    if not q.text.strip():
        raise _CannotWrite(_("The question has no text without its audio clip."))
    fmt, before, after = _question_text(q)
    body = _body(q, fmt)
    if q.general_feedback:
        body.append("####" + _field(q.general_feedback, fmt))
    lines = "".join(f"\t{line}\n" for line in body)
    if q.qtype is QType.TRUEFALSE:
        answers = "{" + "".join(body) + "}"
    elif q.qtype is QType.NUMERIC:
        answers = "{#\n" + lines + "}"
    else:
        answers = "{\n" + lines + "}"
    return f"::{_escape(q.name)}::{before}{answers}{after}"


def dump(questions: list[ParsedQuestion]) -> tuple[str, list[Problem]]:
    """Write questions as GIFT.

    Guarantees: for every question written without a Problem, `parse` gives back an equal
    question (type, name, category, text, options, feedback, mark, tags, competency, level,
    shuffle, transcript). A question that is not gradable, or that GIFT cannot hold (ordering,
    several blanks, feedback on matching pairs), is left out and named in a Problem; an audio
    clip is left out with a Problem, the rest of its question is written.
    """
    blocks: list[str] = []
    problems: list[Problem] = []
    category = ""
    for index, q in enumerate(questions, start=1):
        where = question_label(index, q)
        errors = validate_question(q)
        if errors:
            problems.extend(Problem(where, message) for message in errors)
            continue
        try:
            written = _write(q)
        except _CannotWrite as error:
            problems.append(Problem(where, str(error), unsupported=True))
            continue
        if q.audio is not None:
            problems.append(
                Problem(
                    where,
                    _("GIFT cannot hold files: the audio clip %(name)s was left out.")
                    % {"name": q.audio.name},
                    unsupported=True,
                )
            )
        if q.category != category:
            blocks.append(f"$CATEGORY: {category_to_moodle(q.category)}")
            category = q.category
        meta = _meta_line(q)
        blocks.append(f"{meta}\n{written}" if meta else written)
    return ("\n\n".join(blocks) + "\n" if blocks else ""), problems
