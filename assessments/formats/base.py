"""What every question format shares: text conversion, sanitising and the gradability check.

The neutral form (`assessments.spec.ParsedQuestion`) keeps two kinds of text:

- the question `text` is HTML, always passed through `sanitize_html` (Wagtail's whitelister for
  the features bold, italic, link, ol and ul), so a file can never bring in a script, a style, an
  event handler or a link other than http, https or mailto;
- everything else (`general_feedback`, and an option's `text`, `feedback` and `match_text`) is
  plain text in the form `normalize_plain` gives, because the site shows it escaped, with line
  breaks kept.

A parser keeps only the questions `validate_question` accepts; each other one becomes a Problem.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString
from django.utils.translation import gettext as _

from assessments.grading import ONE, cloze_blanks
from assessments.spec import FALSE, TRUE, ParsedOption, ParsedQuestion, QType, TextFormat

if TYPE_CHECKING:
    from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

LINK_SCHEMES = ("http://", "https://", "mailto:")
# Elements whose content is code or a widget, never text to keep when the element goes.
_DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "template",
        "noscript",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "head",
        "title",
        "textarea",
        "select",
        "svg",
        "math",
        "audio",
        "video",
        "canvas",
    }
)
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"})

BLANK_RE = re.compile(r"\[\[(\d+)\]\]")
FRACTION_PLACES = Decimal("0.00001")
NAME_MAX_LENGTH = 255
AUDIO_EXTENSIONS = frozenset({"mp3", "m4a", "ogg", "oga", "opus", "wav", "aac", "flac", "weba"})
TEXT_FORMAT_NAMES = {f.value: f for f in TextFormat}
# A text's format named before it, as GIFT and CSV write it: "[html]<p>...</p>".
_FORMAT_PREFIX = re.compile(r"^\s*\[([a-z]+)\]")
# A leading credit in percent, as GIFT and the CSV answers write it: "%50%", "%-33.3%".
_WEIGHT = re.compile(r"^%(-?\d+(?:[.,]\d+)?)%")
# The context a Moodle category path starts with: "$course$/".
_MOODLE_CONTEXT = re.compile(r"^\$[a-z0-9]+\$/?")
# Yes and no as GIFT's meridian comment and Moodle XML's <meridian> and flags write them.
YES_NO = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}


# --- plain text --------------------------------------------------------------------------------


def unix_newlines(text: str) -> str:
    """`text` with its line breaks, CRLF or CR, written LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalize_plain(text: str) -> str:
    """Plain text in its one canonical form.

    Guarantees: line breaks are "\\n"; no line has leading, trailing or repeated spaces or
    tabs; there is never more than one empty line in a row, and none at either end. Applying it
    twice changes nothing.
    """
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def normalize_name(text: str) -> str:
    """A question name on one line, spaces collapsed."""
    return " ".join(text.split())


def default_name(text_html: str, fallback: str) -> str:
    """The name a question without one gets: the start of its text, like Moodle does."""
    words = normalize_name(BLANK_RE.sub("_____", html_to_text(text_html)))
    if not words:
        return fallback
    return words if len(words) <= 60 else words[:59].rstrip() + "…"


def normalize_category(path: str) -> str:
    """A category path "a/b": parts stripped, empty parts dropped."""
    return "/".join(part.strip() for part in path.split("/") if part.strip())


def category_from_moodle(path: str) -> str:
    """A Moodle category path as a category: "$course$/top/a/b" -> "a/b"."""
    path = _MOODLE_CONTEXT.sub("", path.strip())
    return normalize_category(re.sub(r"^top(/|$)", "", path))


def category_to_moodle(category: str) -> str:
    """A category as the Moodle path GIFT and Moodle XML write: "a/b" -> "$course$/top/a/b"."""
    return "$course$/top" + (f"/{category}" if category else "")


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags stripped, without empty ones or repeats, in the order of their first appearance."""
    return list(dict.fromkeys(t.strip() for t in tags if t.strip()))


# --- HTML --------------------------------------------------------------------------------------


@cache
def _converter() -> EditorHTMLConverter:
    # Imported late: these load Django models, so Django must be set up first. The features are
    # those of the Question model's text.
    from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

    from assessments.models import TEXT_FEATURES

    return EditorHTMLConverter(features=TEXT_FEATURES)


def _safe_href(href: str) -> bool:
    # Browsers ignore control characters and spaces inside a scheme ("jav\tascript:").
    squeezed = re.sub(r"[\x00-\x20\x7f-\xa0]+", "", html.unescape(href)).lower()
    return squeezed.startswith(LINK_SCHEMES)


def sanitize_html(markup: str) -> str:
    """HTML reduced to paragraphs, line breaks, bold, italic, lists and safe links.

    Guarantees: no element other than p, br, b, strong, i, em, ol, ul, li and a; no attribute
    other than an a's href, and that only for http, https and mailto URLs; no comment, CDATA
    section, processing instruction or doctype; scripts, styles, media and form widgets are
    removed with their content; other elements are replaced by their content (headings and divs
    become paragraphs). The result is stripped, and sanitising it again changes nothing.
    """
    soup = BeautifulSoup(unix_newlines(markup), "html.parser")
    # Wagtail's whitelister keeps these nodes verbatim, and a CDATA section can hide a <script>
    # from it that a browser then runs.
    for node in soup.find_all(string=lambda s: isinstance(s, PreformattedString)):
        node.extract()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        if tag.name in _DROP_WITH_CONTENT:
            tag.decompose()
            continue
        if re.fullmatch(r"h[1-6]", tag.name):
            tag.name = "p"
        href = tag.get("href") if tag.name == "a" else None
        # Keep only an a's safe href: data-linktype and data-embedtype would make Wagtail look
        # up pages and embeds in the database.
        tag.attrs = {"href": href} if isinstance(href, str) and _safe_href(href) else {}
        if tag.name == "a" and not tag.attrs:
            tag.unwrap()
    return _converter().to_database_format(str(soup)).strip()


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _plain_to_html(text: str) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", normalize_plain(text)) if p]
    return "".join("<p>" + "<br/>".join(map(_escape, p.split("\n"))) + "</p>" for p in paragraphs)


def _markdown_inline(text: str) -> str:
    # Backslash escapes first, so that \* is never emphasis; then HTML-escape everything, so
    # only the markup made here is markup.
    stash: list[str] = []

    def keep(match: re.Match[str]) -> str:
        stash.append(match.group(1))
        return f"\x00{len(stash) - 1}\x00"

    text = re.sub(r"\\([\\`*_\[\]()#+\-.!])", keep, text)
    text = _escape(text)
    text = re.sub(
        r"\[([^\]\n]+)\]\(((?:https?://|mailto:)[^\s)]+)\)",
        lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>',
        text,
    )
    text = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(?=\S)(.+?)(?<=\S)\*", r"<em>\1</em>", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: _escape(stash[int(m.group(1))]), text)


_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")


def _markdown_to_html(text: str) -> str:
    """A small Markdown: paragraphs, **bold**, *italic*, [links](http...), - and 1. lists."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", unix_newlines(text)):
        kind, items = "", []
        for line in block.split("\n"):
            if not line.strip():
                continue
            bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
            line_kind = "ul" if bullet else "ol" if numbered else "p"
            content = (bullet or numbered).group(1) if (bullet or numbered) else line.strip()
            if line_kind != kind and items:
                out.append(_markdown_block(kind, items))
                items = []
            kind = line_kind
            items.append(_markdown_inline(content))
        if items:
            out.append(_markdown_block(kind, items))
    return "".join(out)


def _markdown_block(kind: str, items: list[str]) -> str:
    if kind == "p":
        return "<p>" + "\n".join(items) + "</p>"
    return f"<{kind}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{kind}>"


def to_html(text: str, fmt: TextFormat | str) -> str:
    """The sanitised HTML of `text` written in `fmt`.

    plain and moodle: the text is escaped; blank lines separate paragraphs, other line breaks
    become <br/>. markdown: see `_markdown_to_html`. html: taken as it is. Whatever the format,
    the result is what `sanitize_html` returns, so it is safe to show and stable: converting the
    result again as html gives the same string.
    """
    fmt = TextFormat(fmt)
    if fmt is TextFormat.HTML:
        return sanitize_html(text)
    if fmt is TextFormat.MARKDOWN:
        return sanitize_html(_markdown_to_html(text))
    return sanitize_html(_plain_to_html(text))


def html_to_text(markup: str) -> str:
    """The plain text of some HTML, in `normalize_plain` form.

    Paragraphs, list items and other blocks are separated by an empty line (list items by a line
    break), <br> is a line break, entities are decoded and other whitespace collapses as a
    browser would collapse it.
    """
    soup = BeautifulSoup(unix_newlines(markup), "html.parser")
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):
                continue
            if isinstance(child, NavigableString):
                parts.append(re.sub(r"[ \t\n\f]+", " ", str(child)))
            elif isinstance(child, Tag):
                if child.name in _DROP_WITH_CONTENT:
                    continue
                if child.name == "br":
                    parts.append("\n")
                elif child.name == "li":
                    parts.append("\n")
                    walk(child)
                elif child.name in _BLOCKS:
                    parts.append("\n\n")
                    walk(child)
                    parts.append("\n\n")
                else:
                    walk(child)

    walk(soup)
    return normalize_plain("".join(parts))


def as_plain_text(markup: str) -> str | None:
    """The plain text whose `to_html(..., PLAIN)` is exactly `markup`, or None if there is none.

    Writers use it to put a question's text in a file as plain text when nothing would be lost.
    """
    text = html_to_text(markup)
    return text if to_html(text, TextFormat.PLAIN) == markup else None


def plain_to_html_lines(text: str) -> str:
    """Plain text as HTML that `html_to_text` reads back exactly (escaped, lines as <br/>)."""
    return "<br/>".join(_escape(line) for line in normalize_plain(text).split("\n"))


def text_format(name: str) -> TextFormat | None:
    """The TextFormat a file names ("html", "plain"...), or None for a name we do not know."""
    return TEXT_FORMAT_NAMES.get(name.strip().lower())


def format_prefix(raw: str) -> tuple[TextFormat | None, str]:
    """The format `raw` names at its start ("[html]...") and the text after that name; None and
    `raw` unchanged when it names no format we know."""
    match = _FORMAT_PREFIX.match(raw)
    fmt = text_format(match.group(1)) if match else None
    if match is None or fmt is None:
        return None, raw
    return fmt, raw[match.end() :]


def text_in_format(text: str, fmt: TextFormat) -> str:
    """Some plain-text field (an answer, a feedback) written in `fmt`, as plain text."""
    if fmt in (TextFormat.HTML, TextFormat.MARKDOWN):
        return html_to_text(to_html(text, fmt))
    return normalize_plain(text)


# --- numbers -----------------------------------------------------------------------------------


def decimal_str(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 2.50 -> "2.5", 1E+2 -> "100"."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def parse_decimal(text: str) -> Decimal | None:
    """The finite decimal `text` holds, without trailing zeros ("1.0000000" -> 1), or None.

    Trailing zeros matter to Django's DecimalValidator: 1.0000000 has seven decimal places.
    """
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return Decimal(decimal_str(value)) if value.is_finite() else None


def round_fraction(value: Decimal) -> Decimal:
    """A credit kept to five decimal places (what the bank stores), e.g. 33.33333% -> 0.33333."""
    return value.quantize(FRACTION_PLACES).normalize() + 0  # + 0 turns -0 into 0


def percent_to_fraction(text: str) -> Decimal | None:
    """A percentage such as "33.33333" or "-100" as a credit rounded to five places, or None."""
    value = parse_decimal(text.replace(",", "."))
    return None if value is None else round_fraction(value / 100)


def leading_weight(text: str) -> tuple[Decimal | None, str]:
    """A leading "%n%" credit as a fraction and the rest of `text`; None and `text` without one."""
    match = _WEIGHT.match(text)
    if match is None:
        return None, text
    return percent_to_fraction(match.group(1)), text[match.end() :]


def fraction_to_percent(value: Decimal) -> str:
    """A credit as the percentage files write: 0.5 -> "50", 0.33333 -> "33.333"."""
    return decimal_str(value * 100)


def question_label(index: int, question: ParsedQuestion) -> str:
    """How messages about a question in a list name it: question 3 "Greeting"."""
    return f'question {index} "{question.name}"'


# --- gradability ---------------------------------------------------------------------------------


def validate_question(q: ParsedQuestion) -> list[str]:
    """Everything that stops `q` from being stored and graded, as messages for an editor.

    An empty list guarantees that grading can use the question as `assessments.spec` describes
    its type, and that every format's writer either writes it so that reading the file gives the
    same question back, or names what it cannot write.
    """
    errors: list[str] = []
    if not q.name.strip():
        errors.append(_("The question has no name."))
    elif len(q.name) > NAME_MAX_LENGTH:
        errors.append(_("The name is longer than %(max)d characters.") % {"max": NAME_MAX_LENGTH})
    if not html_to_text(q.text) and q.audio is None:
        errors.append(_("The question has no text."))
    if not q.mark.is_finite() or q.mark <= 0:
        errors.append(_("The mark must be more than 0."))
    if q.level is not None and q.level < 1:
        errors.append(_("The level must be 1 or more."))
    if q.level is not None and not q.competency:
        errors.append(_("A level needs a competency."))
    if any(not tag.strip() or "," in tag for tag in q.tags):
        errors.append(_("A tag cannot be empty or hold a comma."))
    if q.category != normalize_category(q.category):
        errors.append(_("The category path has an empty part or spaces around a part."))

    for number, option in enumerate(q.options, start=1):
        if not option.fraction.is_finite() or not -ONE <= option.fraction <= ONE:
            errors.append(
                _("Option %(number)d: the credit must be between -100%% and 100%%.")
                % {"number": number}
            )
        if option.tolerance is not None and q.qtype is not QType.NUMERIC:
            errors.append(
                _("Option %(number)d: only numeric answers have a tolerance.") % {"number": number}
            )
        if option.blank is not None and q.qtype is not QType.CLOZE:
            errors.append(
                _("Option %(number)d: only cloze options belong to a blank.") % {"number": number}
            )
        if option.match_text and q.qtype is not QType.MATCHING:
            errors.append(
                _("Option %(number)d: only matching options have an answer to match.")
                % {"number": number}
            )
        if option.fraction and q.qtype in (QType.MATCHING, QType.ORDERING):
            errors.append(
                _("Option %(number)d: matching and ordering options carry no credit.")
                % {"number": number}
            )
    check = _TYPE_CHECKS.get(q.qtype)
    if check is not None:
        errors.extend(check(q))
    return errors


def _right(options: list[ParsedOption]) -> bool:
    return any(o.fraction == ONE for o in options)


def _check_choice(q: ParsedQuestion) -> list[str]:
    errors = []
    if len(q.options) < 2:
        errors.append(_("A choice question needs at least 2 options."))
    if any(not o.text for o in q.options):
        errors.append(_("Every option needs a text."))
    if q.qtype is not QType.MULTI and not _right(q.options):
        errors.append(_("The question has no right answer (an option with full credit)."))
    if q.qtype is QType.MULTI:
        total = sum((o.fraction for o in q.options if o.fraction > 0), Decimal(0))
        if total == 0:
            errors.append(_("The question has no right answer (an option with positive credit)."))
        elif abs(total - ONE) > Decimal("0.01"):
            errors.append(
                _("The right answers' credits add up to %(total)s%%, not 100%%.")
                % {"total": fraction_to_percent(total)}
            )
    return errors


def _check_truefalse(q: ParsedQuestion) -> list[str]:
    if [o.text for o in q.options] != [TRUE, FALSE]:
        return [_('A true/false question has exactly two options, "true" then "false".')]
    if sorted(o.fraction for o in q.options) != [0, 1]:
        return [_("One of true and false must have full credit and the other none.")]
    return []


def _check_short(q: ParsedQuestion) -> list[str]:
    errors = []
    if not q.options:
        errors.append(_("The question needs at least one accepted answer."))
    elif not _right(q.options):
        errors.append(_("The question has no right answer (an answer with full credit)."))
    if any(not o.text for o in q.options):
        errors.append(_("Every accepted answer needs a text."))
    return errors


def _check_numeric(q: ParsedQuestion) -> list[str]:
    errors = _check_short(q)
    for number, option in enumerate(q.options, start=1):
        if parse_decimal(option.text) is None:
            errors.append(
                _("Answer %(number)d: “%(text)s” is not a number.")
                % {"number": number, "text": option.text}
            )
        # No tolerance means the exact value, as grading reads it.
        tolerance = option.tolerance
        if tolerance is not None and (not tolerance.is_finite() or tolerance < 0):
            errors.append(
                _("Answer %(number)d: the tolerance must be 0 or more.") % {"number": number}
            )
    return errors


def _check_matching(q: ParsedQuestion) -> list[str]:
    errors = []
    if sum(1 for o in q.options if o.text) < 2:
        errors.append(_("A matching question needs at least 2 prompts."))
    if any(not o.match_text for o in q.options):
        errors.append(_("Every prompt and distractor needs an answer to match."))
    return errors


def _check_ordering(q: ParsedQuestion) -> list[str]:
    errors = []
    if len(q.options) < 2:
        errors.append(_("An ordering question needs at least 2 items."))
    if any(not o.text for o in q.options):
        errors.append(_("Every item needs a text."))
    return errors


def _check_cloze(q: ParsedQuestion) -> list[str]:
    errors = []
    in_text = [int(n) for n in BLANK_RE.findall(q.text)]
    if not in_text:
        errors.append(_("A cloze question's text needs blanks written [[1]], [[2]]..."))
    elif in_text != list(range(1, len(in_text) + 1)):
        errors.append(_("The blanks must appear once each, in order: [[1]], [[2]]..."))
    blanks = [o.blank for o in q.options]
    if any(b is None for b in blanks):
        errors.append(_("Every option of a cloze question needs its blank."))
        return errors
    if blanks != sorted(blanks):
        errors.append(_("List a cloze question's options blank by blank: blank 1's, then 2's..."))
    if in_text and set(blanks) != set(in_text):
        errors.append(_("The text's blanks and the options' blanks are not the same."))
    for blank, options in cloze_blanks(q).items():
        if not _right(options):
            errors.append(_("Blank %(blank)d has no right answer.") % {"blank": blank})
        if any(not o.text for o in options):
            errors.append(_("Blank %(blank)d has an option without text.") % {"blank": blank})
    return errors


_TYPE_CHECKS = {
    QType.SINGLE: _check_choice,
    QType.SJT: _check_choice,
    QType.MULTI: _check_choice,
    QType.TRUEFALSE: _check_truefalse,
    QType.SHORT: _check_short,
    QType.NUMERIC: _check_numeric,
    QType.MATCHING: _check_matching,
    QType.ORDERING: _check_ordering,
    QType.CLOZE: _check_cloze,
}
