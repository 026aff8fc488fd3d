"""Moodle XML: read and write.

Read: `<quiz>` with `<question type="category">` (`$course$/top/a/b`), multichoice (single
true/false, shuffleanswers), truefalse, shortanswer (usecase is ignored: Meridian always ignores
case), numerical (answer and tolerance), matching (subquestion/answer), ordering (qtype_ordering:
the answers in their right order) and cloze (Moodle's embedded answers, `{1:SHORTANSWER:=a}`,
`{1:MULTICHOICE:=a~b}`..., become blanks `[[1]]`, `[[2]]`...). Texts have a format attribute
(html, moodle_auto_format, plain_text, markdown); fractions are percentages; `<defaultgrade>` is
the mark; `<tags>` the tags. An audio file embedded in the question text (`<file name="x.mp3"
encoding="base64">`, referenced as `@@PLUGINFILE@@/x.mp3` by an `<audio>`, `<source>` or `<a>`)
becomes the question's clip, and its reference leaves the text.

Unsupported: every other question type (essay, description, calculated..., ddwtos, gapselect,
random...), and numerical or multiple-response blanks in a cloze question.

What Moodle has no place for travels in an element Moodle ignores:
`<meridian type="sjt" competency="..." level="3" shuffle="no"><transcript>...</transcript>
</meridian>`, and a `<feedback>` inside a matching `<subquestion>` or an ordering `<answer>`.

The parser refuses any DTD, so entity expansion ("billion laughs") and external entities are
never processed.
"""

from __future__ import annotations

import base64
import binascii
import html
import posixpath
import re
import xml.etree.ElementTree as ET  # noqa: S405 - only to build and write; reading is defused
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import quote, unquote

from bs4 import BeautifulSoup, Tag
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

from assessments.grading import cloze_blanks, is_dropdown
from assessments.spec import (
    FALSE,
    TRUE,
    AudioClip,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    Problem,
    QType,
    TextFormat,
)

from .base import (
    AUDIO_EXTENSIONS,
    BLANK_RE,
    YES_NO,
    category_from_moodle,
    category_to_moodle,
    clean_tags,
    decimal_str,
    default_name,
    fraction_to_percent,
    html_to_text,
    normalize_name,
    normalize_plain,
    parse_decimal,
    percent_to_fraction,
    plain_to_html_lines,
    question_label,
    text_in_format,
    to_html,
    validate_question,
)

_FORMATS = {
    "html": TextFormat.HTML,
    "moodle_auto_format": TextFormat.MOODLE,
    "plain_text": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
}
_PLUGINFILE = "@@PLUGINFILE@@/"
_UNSUPPORTED_LABELS = {
    "essay": "essay",
    "description": "description",
    "calculated": "calculated",
    "calculatedsimple": "calculated",
    "calculatedmulti": "calculated",
    "random": "random",
    "randomsamatch": "random short-answer matching",
}

# Moodle's embedded-answer (cloze) syntax: {weight:TYPE:alternatives}.
_CLOZE_START = re.compile(r"\{(\d*):([A-Z_]+):")
_CLOZE_TYPED = {"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"}
_CLOZE_CHOICE = {
    "MULTICHOICE",
    "MC",
    "MULTICHOICE_V",
    "MCV",
    "MULTICHOICE_H",
    "MCH",
    "MULTICHOICE_S",
    "MCS",
    "MULTICHOICE_VS",
    "MCVS",
    "MULTICHOICE_HS",
    "MCHS",
}
_CLOZE_UNSUPPORTED = {
    "NUMERICAL",
    "NM",
    "MULTIRESPONSE",
    "MR",
    "MULTIRESPONSE_H",
    "MRH",
    "MULTIRESPONSE_S",
    "MRS",
    "MULTIRESPONSE_HS",
    "MRHS",
}
_CLOZE_WEIGHT = re.compile(r"^%(-?\d+(?:[.,]\d*)?)%")
# Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class _Malformed(Exception):
    """A question that cannot be read; the message says why."""


class _Unsupported(Exception):
    """A question Meridian cannot take; the message says why."""


# --- reading -------------------------------------------------------------------------------------


def _format(element: ET.Element | None) -> TextFormat:
    name = element.get("format", "html") if element is not None else "html"
    return _FORMATS.get(name, TextFormat.HTML)


def _raw(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return element.findtext("text") or ""


def _plain(element: ET.Element | None) -> str:
    """A text element (<x format="..."><text>...</text></x>) as plain text."""
    return text_in_format(_raw(element), _format(element)) if element is not None else ""


def _flag(element: ET.Element, path: str, default: bool) -> bool:
    value = (element.findtext(path) or "").strip().lower()
    return YES_NO.get(value, default)


def _fraction(answer: ET.Element) -> Decimal:
    text = answer.get("fraction", "0")
    fraction = percent_to_fraction(text)
    if fraction is None:
        raise _Malformed(_("The fraction “%(fraction)s” is not a number.") % {"fraction": text})
    return fraction


def _option(answer: ET.Element, text: str, **fields) -> ParsedOption:
    """The option an <answer> gives: `text`, with the answer's credit and feedback."""
    return ParsedOption(
        text=text, fraction=_fraction(answer), feedback=_plain(answer.find("feedback")), **fields
    )


@dataclass
class _Reader:
    result: ParseResult = field(default_factory=ParseResult)
    category: str = ""
    where: str = ""

    def problem(self, message: str, unsupported: bool = False) -> None:
        self.result.problems.append(Problem(self.where, message, unsupported))

    def question(self, element: ET.Element, number: int) -> None:
        qtype = element.get("type", "")
        name = normalize_name(element.findtext("name/text") or "")
        self.where = f'question {number} "{name}"' if name else f"question {number}"
        readers = {
            "multichoice": self.multichoice,
            "truefalse": self.truefalse,
            "shortanswer": self.shortanswer,
            "numerical": self.numerical,
            "matching": self.matching,
            "ordering": self.ordering,
            "cloze": self.cloze,
        }
        if qtype not in readers:
            label = _UNSUPPORTED_LABELS.get(qtype, qtype or "untyped")
            self.problem(
                _("%(type)s questions are not supported; it was left out.") % {"type": label},
                unsupported=True,
            )
            return
        try:
            question = self.common(element, name, number)
            readers[qtype](element, question)
            self.finish_text(element, question)
            self.meridian(element, question)
        except _Malformed as error:
            self.problem(str(error))
            return
        except _Unsupported as error:
            self.problem(str(error), unsupported=True)
            return
        errors = validate_question(question)
        for message in errors:
            self.problem(message)
        if not errors:
            self.result.questions.append(question)

    def common(self, element: ET.Element, name: str, number: int) -> ParsedQuestion:
        text_element = element.find("questiontext")
        grade = element.findtext("defaultgrade")
        mark = parse_decimal(grade) if grade and grade.strip() else Decimal(1)
        if mark is None:
            raise _Malformed(_("The default grade “%(grade)s” is not a number.") % {"grade": grade})
        return ParsedQuestion(
            qtype=QType.SINGLE,
            name=name,
            text=_raw(text_element),  # still raw: `finish_text` turns it into HTML
            general_feedback=_plain(element.find("generalfeedback")),
            mark=mark,
            category=self.category,
            tags=clean_tags(e.text or "" for e in element.findall("tags/tag/text")),
            source=f"question {number}",
        )

    def finish_text(self, element: ET.Element, question: ParsedQuestion) -> None:
        """Turn the raw question text into sanitised HTML, taking out its audio clip."""
        text_element = element.find("questiontext")
        fmt = _format(text_element)
        raw = question.text
        if fmt is TextFormat.HTML and text_element is not None:
            raw, question.audio = self.audio(raw, text_element)
        question.text = to_html(raw, fmt)
        if not question.name:
            question.name = default_name(question.text, question.source)

    def audio(self, raw: str, text_element: ET.Element) -> tuple[str, AudioClip | None]:
        files: dict[str, bytes] = {}
        for file in text_element.findall("file"):
            name = posixpath.basename(file.get("name", ""))
            try:
                files[name] = base64.b64decode(file.text or "")
            except (binascii.Error, ValueError):
                raise _Malformed(
                    _("The embedded file %(name)s is not valid base64.") % {"name": name}
                ) from None
        if _PLUGINFILE not in raw:
            return raw, None
        soup = BeautifulSoup(raw, "html.parser")
        clip: AudioClip | None = None
        for tag in soup.find_all(["a", "audio", "source", "img", "video"]):
            if tag.decomposed:
                continue
            url = tag.get("href") or tag.get("src") or ""
            if not isinstance(url, str) or not url.startswith(_PLUGINFILE):
                continue
            name = posixpath.basename(unquote(url[len(_PLUGINFILE) :].split("?")[0]))
            is_audio = name.rsplit(".", 1)[-1].lower() in AUDIO_EXTENSIONS and name in files
            if not is_audio:
                self.problem(
                    _("The file %(name)s was left out: only audio clips are imported.")
                    % {"name": name},
                    unsupported=True,
                )
                continue
            if clip is None:
                clip = AudioClip(name=name, content=files[name])
            elif clip.name != name:
                self.problem(
                    _("A question has one audio clip; %(name)s was left out.") % {"name": name},
                    unsupported=True,
                )
            if tag.name == "source" and isinstance(tag.parent, Tag) and tag.parent.name == "audio":
                tag = tag.parent
            parent = tag.parent
            tag.decompose()
            # The clip's own paragraph goes with it, so the text reads as if it were never there.
            if (
                isinstance(parent, Tag)
                and parent.name == "p"
                and not parent.get_text(strip=True)
                and not parent.find(True)
            ):
                parent.decompose()
        return str(soup), clip

    def meridian(self, element: ET.Element, question: ParsedQuestion) -> None:
        meta = element.find("meridian")
        if meta is None:
            return
        said = meta.get("type")
        if said:
            try:
                said_type = QType(said.strip().lower())
            except ValueError:
                raise _Malformed(_("Unknown question type “%(type)s”.") % {"type": said}) from None
            choice = {QType.SINGLE, QType.MULTI, QType.SJT}
            if said_type is not question.qtype and not (
                said_type in choice and question.qtype in choice
            ):
                raise _Malformed(
                    _("<meridian> says %(said)s, but this is a %(found)s question.")
                    % {"said": said_type.value, "found": question.qtype.value}
                )
            question.qtype = said_type
        question.competency = (meta.get("competency") or "").strip()
        level = meta.get("level")
        if level is not None:
            if not level.strip().isdigit():
                raise _Malformed(
                    _("The level “%(level)s” is not a whole number.") % {"level": level}
                )
            question.level = int(level)
        shuffle = meta.get("shuffle")
        if shuffle is not None:
            if shuffle.strip().lower() not in YES_NO:
                raise _Malformed(_("shuffle must be yes or no, not “%(v)s”.") % {"v": shuffle})
            question.shuffle = YES_NO[shuffle.strip().lower()]
        question.transcript = normalize_plain(meta.findtext("transcript") or "")

    # -- the question types --

    def multichoice(self, element: ET.Element, question: ParsedQuestion) -> None:
        question.qtype = QType.SINGLE if _flag(element, "single", True) else QType.MULTI
        question.shuffle = _flag(element, "shuffleanswers", True)
        question.options = [_option(answer, _plain(answer)) for answer in element.findall("answer")]

    def truefalse(self, element: ET.Element, question: ParsedQuestion) -> None:
        question.qtype = QType.TRUEFALSE
        found: dict[str, ParsedOption] = {}
        for answer in element.findall("answer"):
            text = _plain(answer).lower()
            if text not in (TRUE, FALSE):
                raise _Malformed(
                    _("A true/false answer must be true or false, not “%(text)s”.") % {"text": text}
                )
            found[text] = _option(answer, text)
        question.options = [found[key] for key in (TRUE, FALSE) if key in found]

    def shortanswer(self, element: ET.Element, question: ParsedQuestion) -> None:
        question.qtype = QType.SHORT
        question.options = [_option(answer, _plain(answer)) for answer in element.findall("answer")]

    def numerical(self, element: ET.Element, question: ParsedQuestion) -> None:
        question.qtype = QType.NUMERIC
        options = []
        for answer in element.findall("answer"):
            value = _plain(answer)
            if value == "*":
                self.problem(
                    _("The feedback for any other number (*) is not supported; it was left out."),
                    unsupported=True,
                )
                continue
            # Without a <tolerance> the value must be exact, which grading writes as None.
            tolerance_text = (answer.findtext("tolerance") or "").strip()
            tolerance = parse_decimal(tolerance_text) if tolerance_text else None
            if parse_decimal(value) is None or (tolerance_text and tolerance is None):
                raise _Malformed(
                    _("“%(value)s ± %(tolerance)s” is not a number with its tolerance.")
                    % {"value": value, "tolerance": tolerance_text}
                )
            options.append(_option(answer, value, tolerance=tolerance))
        if element.findall("units/unit"):
            self.problem(_("Units are not supported; they were left out."), unsupported=True)
        question.options = options

    def matching(self, element: ET.Element, question: ParsedQuestion) -> None:
        question.qtype = QType.MATCHING
        question.shuffle = _flag(element, "shuffleanswers", True)
        question.options = [
            ParsedOption(
                text=_plain(sub),
                match_text=normalize_plain(sub.findtext("answer/text") or ""),
                feedback=_plain(sub.find("feedback")),
            )
            for sub in element.findall("subquestion")
        ]

    def ordering(self, element: ET.Element, question: ParsedQuestion) -> None:
        question.qtype = QType.ORDERING
        answers = element.findall("answer")
        # qtype_ordering keeps each item's right position in its fraction.
        positions = [parse_decimal(a.get("fraction", "")) for a in answers]
        if all(p is not None for p in positions) and len(set(positions)) == len(positions):
            answers = [
                a for _p, a in sorted(zip(positions, answers, strict=True), key=lambda x: x[0])
            ]
        question.options = [
            ParsedOption(text=_plain(answer), feedback=_plain(answer.find("feedback")))
            for answer in answers
        ]

    def cloze(self, element: ET.Element, question: ParsedQuestion) -> None:
        question.qtype = QType.CLOZE
        parts: list[str] = []
        options: list[ParsedOption] = []
        weights: list[int] = []
        raw, position, blank = question.text, 0, 0
        while match := _CLOZE_START.search(raw, position):
            kind = match.group(2)
            if kind in _CLOZE_UNSUPPORTED:
                label = "numerical" if kind in ("NUMERICAL", "NM") else "multiple-response"
                raise _Unsupported(
                    _("Cloze questions with %(kind)s blanks are not supported; it was left out.")
                    % {"kind": label}
                )
            if kind not in _CLOZE_TYPED | _CLOZE_CHOICE:
                raise _Malformed(_("Unknown cloze blank type %(kind)s.") % {"kind": kind})
            blank += 1
            alternatives, end = _cloze_alternatives(raw, match.end())
            blank_options = [
                ParsedOption(text=text, fraction=fraction, feedback=feedback, blank=blank)
                for fraction, text, feedback in alternatives
            ]
            if kind in _CLOZE_TYPED and is_dropdown(blank_options):
                blank_options = [o for o in blank_options if o.fraction > 0]
                self.problem(
                    _(
                        "Blank %(blank)d: a typed blank cannot hold wrong answers; the answers "
                        "without credit were left out."
                    )
                    % {"blank": blank},
                    unsupported=True,
                )
            elif kind in _CLOZE_CHOICE and not is_dropdown(blank_options):
                self.problem(
                    _(
                        "Blank %(blank)d: this drop-down has no wrong choice, so Meridian will ask "
                        "for its answer to be typed."
                    )
                    % {"blank": blank},
                    unsupported=True,
                )
            weights.append(int(match.group(1) or "1"))
            options.extend(blank_options)
            parts.append(raw[position : match.start()] + f"[[{blank}]]")
            position = end
        parts.append(raw[position:])
        if len(set(weights)) > 1:
            self.problem(
                _("Blanks of different weights: Meridian weighs every blank the same."),
                unsupported=True,
            )
        question.text = "".join(parts)
        question.options = options
        if element.findtext("defaultgrade") is None and weights:
            question.mark = Decimal(sum(weights))


def _cloze_alternatives(raw: str, start: int) -> tuple[list[tuple[Decimal, str, str]], int]:
    """The alternatives of one embedded answer, and where it ends (after its "}")."""
    alternatives: list[tuple[Decimal, str, str]] = []
    answer: list[str] = []
    feedback: list[str] = []
    current = answer
    index = start

    def close() -> None:
        text = "".join(answer)
        fraction = Decimal(0)
        if text.startswith("="):
            fraction, text = Decimal(1), text[1:]
        elif weight := _CLOZE_WEIGHT.match(text):
            fraction = percent_to_fraction(weight.group(1)) or Decimal(0)
            text = text[weight.end() :]
        alternatives.append((fraction, html_to_text(text), html_to_text("".join(feedback))))

    while index < len(raw):
        char = raw[index]
        if char == "\\" and index + 1 < len(raw):
            current.append(raw[index + 1])
            index += 2
            continue
        if char == "&" and raw.startswith("&#", index):
            current.append("&#")  # an entity such as &#039;, not a feedback
            index += 2
            continue
        if char == "}":
            close()
            return alternatives, index + 1
        if char == "~":
            close()
            answer, feedback = [], []
            current = answer
        elif char == "#" and current is answer:
            current = feedback
        else:
            current.append(char)
        index += 1
    raise _Malformed(_("An embedded answer {…} is never closed."))


def parse(data: bytes | str) -> ParseResult:
    """Read a Moodle XML file.

    Guarantees: a file with a DTD (and so any entity) is refused whole with a Problem, never
    expanded; malformed XML is a Problem naming the parser's line; every question in the result
    passes `validate_question`; every question that could not be read, is not gradable or is of
    a type Meridian does not have is a Problem naming it (`question 7 "name"`, counting the
    questions that are not categories) and is left out.
    """
    result = ParseResult()
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        result.problems.append(
            Problem(
                _("file"),
                _("The file declares a DTD or entities, which are refused for safety."),
            )
        )
        return result
    except ET.ParseError as error:
        line, column = error.position
        result.problems.append(
            Problem(f"line {line}", _("The XML is not well formed (%(error)s).") % {"error": error})
        )
        return result
    if root.tag != "quiz":
        result.problems.append(
            Problem(_("file"), _("This is not a Moodle XML file: it has no <quiz>."))
        )
        return result
    reader = _Reader(result=result)
    number = 0
    for element in root.findall("question"):
        if element.get("type") == "category":
            reader.category = category_from_moodle(element.findtext("category/text") or "")
            continue
        number += 1
        reader.question(element, number)
    return result


# --- writing -------------------------------------------------------------------------------------


def _text_element(parent: ET.Element, tag: str, text: str, fmt: str = "plain_text") -> ET.Element:
    element = ET.SubElement(parent, tag, format=fmt)
    ET.SubElement(element, "text").text = text
    return element


def _answer(parent: ET.Element, option: ParsedOption) -> ET.Element:
    fraction = fraction_to_percent(option.fraction)
    answer = ET.SubElement(parent, "answer", fraction=fraction, format="plain_text")
    ET.SubElement(answer, "text").text = option.text
    _text_element(answer, "feedback", option.feedback)
    return answer


def _cloze_escape(text: str) -> str:
    # HTML first (the question text is HTML), then Moodle's backslash escapes.
    return re.sub(r"([\\}#~])", r"\\\1", plain_to_html_lines(text))


def _cloze_markup(options: list[ParsedOption]) -> str:
    kind = "MULTICHOICE" if is_dropdown(options) else "SHORTANSWER"
    alternatives = []
    for option in options:
        text = _cloze_escape(option.text)
        if option.fraction == 1:
            prefix = "="
        elif option.fraction == 0 and not text.startswith(("=", "%")):
            prefix = ""
        else:
            prefix = f"%{fraction_to_percent(option.fraction)}%"
        feedback = f"#{_cloze_escape(option.feedback)}" if option.feedback else ""
        alternatives.append(prefix + text + feedback)
    return f"{{1:{kind}:" + "~".join(alternatives) + "}"


class _CannotWrite(Exception):
    """A question that cannot be written; the message says why."""


def _question_element(q: ParsedQuestion) -> ET.Element:
    qtype = {
        QType.SINGLE: "multichoice",
        QType.MULTI: "multichoice",
        QType.SJT: "multichoice",
        QType.TRUEFALSE: "truefalse",
        QType.SHORT: "shortanswer",
        QType.NUMERIC: "numerical",
        QType.MATCHING: "matching",
        QType.ORDERING: "ordering",
        QType.CLOZE: "cloze",
    }[q.qtype]
    element = ET.Element("question", type=qtype)
    name = ET.SubElement(element, "name")
    ET.SubElement(name, "text").text = q.name

    text = q.text
    if q.qtype is QType.CLOZE:
        if _CLOZE_START.search(text):
            raise _CannotWrite(_("The text holds Moodle's {1:TYPE:...} syntax itself."))
        blanks = cloze_blanks(q)
        text = BLANK_RE.sub(lambda m: _cloze_markup(blanks[int(m.group(1))]), text)
    if q.audio is not None:
        src = _PLUGINFILE + quote(q.audio.name)
        text += f'<p><audio controls="controls" src="{html.escape(src)}"></audio></p>'
    question_text = _text_element(element, "questiontext", text, fmt="html")
    if q.audio is not None:
        file = ET.SubElement(question_text, "file", name=q.audio.name, path="/", encoding="base64")
        file.text = base64.b64encode(q.audio.content).decode("ascii")
    _text_element(element, "generalfeedback", q.general_feedback)
    ET.SubElement(element, "defaultgrade").text = decimal_str(q.mark)
    ET.SubElement(element, "penalty").text = "0.3333333"
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber")

    meta: dict[str, str] = {}
    if q.qtype is QType.SJT:
        meta["type"] = "sjt"
    if q.competency:
        meta["competency"] = q.competency
    if q.level is not None:
        meta["level"] = str(q.level)
    if not q.shuffle:
        meta["shuffle"] = "no"
    if meta or q.transcript:
        meridian = ET.SubElement(element, "meridian", meta)
        if q.transcript:
            ET.SubElement(meridian, "transcript").text = q.transcript

    shuffle = "true" if q.shuffle else "false"
    if qtype == "multichoice":
        ET.SubElement(element, "single").text = "false" if q.qtype is QType.MULTI else "true"
        ET.SubElement(element, "shuffleanswers").text = shuffle
        ET.SubElement(element, "answernumbering").text = "abc"
        for option in q.options:
            _answer(element, option)
    elif qtype in ("truefalse", "shortanswer"):
        if qtype == "shortanswer":
            ET.SubElement(element, "usecase").text = "0"
        for option in q.options:
            _answer(element, option)
    elif qtype == "numerical":
        for option in q.options:
            answer = _answer(element, option)
            if option.tolerance is not None:
                ET.SubElement(answer, "tolerance").text = decimal_str(option.tolerance)
        ET.SubElement(element, "unitgradingtype").text = "0"
        ET.SubElement(element, "showunits").text = "3"
        ET.SubElement(element, "unitsleft").text = "0"
    elif qtype == "matching":
        ET.SubElement(element, "shuffleanswers").text = shuffle
        for option in q.options:
            sub = _text_element(element, "subquestion", option.text)
            answer = ET.SubElement(sub, "answer")
            ET.SubElement(answer, "text").text = option.match_text
            if option.feedback:
                _text_element(sub, "feedback", option.feedback)
    elif qtype == "ordering":
        for tag, value in (
            ("layouttype", "VERTICAL"),
            ("selecttype", "ALL"),
            ("selectcount", "0"),
            ("gradingtype", "ABSOLUTE_POSITION"),
            ("showgrading", "SHOW"),
            ("numberingstyle", "none"),
        ):
            ET.SubElement(element, tag).text = value
        for position, option in enumerate(q.options, start=1):
            answer = ET.SubElement(element, "answer", fraction=str(position), format="plain_text")
            ET.SubElement(answer, "text").text = option.text
            if option.feedback:
                _text_element(answer, "feedback", option.feedback)

    if q.tags:
        tags = ET.SubElement(element, "tags")
        for tag in q.tags:
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag
    return element


def _strings(q: ParsedQuestion) -> list[str]:
    fields = [q.name, q.text, q.general_feedback, q.category, q.competency, q.transcript]
    fields += q.tags
    if q.audio is not None:
        fields.append(q.audio.name)
    for option in q.options:
        fields += [option.text, option.feedback, option.match_text]
    return fields


def dump(questions: list[ParsedQuestion]) -> tuple[bytes, list[Problem]]:
    """Write questions as Moodle XML (UTF-8 bytes).

    Guarantees: every type is written, with its audio clip as an embedded file; for every
    question written without a Problem, `parse` gives back an equal question (type, name,
    category, text, options, feedback, mark, tags, competency, level, shuffle, audio,
    transcript). A question that is not gradable or holds characters XML cannot carry is left
    out and named in a Problem.
    """
    root = ET.Element("quiz")
    problems: list[Problem] = []
    category: str | None = None
    for index, q in enumerate(questions, start=1):
        where = question_label(index, q)
        errors = validate_question(q)
        if any(_NOT_XML.search(s) for s in _strings(q)):
            errors.append(_("It holds control characters that XML cannot carry."))
        if errors:
            problems.extend(Problem(where, message) for message in errors)
            continue
        try:
            element = _question_element(q)
        except _CannotWrite as error:
            problems.append(Problem(where, str(error), unsupported=True))
            continue
        if q.category != category:
            holder = ET.SubElement(root, "question", type="category")
            path = category_to_moodle(q.category)
            ET.SubElement(ET.SubElement(holder, "category"), "text").text = path
            category = q.category
        root.append(element)
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n", problems
