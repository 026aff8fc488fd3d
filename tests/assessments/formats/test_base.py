"""Text conversion, sanitising and the gradability check shared by every format."""

from dataclasses import replace
from decimal import Decimal as D

import pytest

from assessments.formats.base import (
    as_plain_text,
    html_to_text,
    normalize_plain,
    sanitize_html,
    to_html,
    validate_question,
)
from assessments.spec import ParsedOption, ParsedQuestion, QType, TextFormat

from .cases import every_type

Opt = ParsedOption


# --- to_html -------------------------------------------------------------------------------------


def test_plain_text_is_escaped_with_paragraphs_and_line_breaks():
    text = "Ask: <is it due?> & say “thanks”\nsecond line\n\nnew paragraph"
    assert to_html(text, TextFormat.PLAIN) == (
        "<p>Ask: &lt;is it due?&gt; &amp; say “thanks”<br/>second line</p><p>new paragraph</p>"
    )
    assert to_html(text, TextFormat.MOODLE) == to_html(text, TextFormat.PLAIN)


def test_markdown_bold_italic_links_and_lists():
    text = (
        "Say **please** and *thank you*; see [the guide](https://lib.example.edu/guide).\n\n"
        "- first\n- second\n\n1. one\n2. two\n\n[bad](javascript:alert(1)) \\*not italic\\*"
    )
    assert to_html(text, TextFormat.MARKDOWN) == (
        "<p>Say <strong>please</strong> and <em>thank you</em>; see "
        '<a href="https://lib.example.edu/guide">the guide</a>.</p>'
        "<ul><li>first</li><li>second</li></ul><ol><li>one</li><li>two</li></ol>"
        "<p>[bad](javascript:alert(1)) *not italic*</p>"
    )


def test_markdown_escapes_html():
    assert to_html("<script>alert(1)</script> **x**", TextFormat.MARKDOWN) == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>x</strong></p>"
    )


def test_html_keeps_only_the_text_features():
    dirty = (
        '<div style="color:red" onclick="x()"><h2>Title</h2><p class="a">Hi <b>bold</b> '
        '<span>span</span><img src="x.png" onerror="alert(1)"><u>u</u></p>'
        "<ul><li>one</li></ul><table><tr><td>cell</td></tr></table></div>"
    )
    assert to_html(dirty, TextFormat.HTML) == (
        "<p><p>Title</p><p>Hi <b>bold</b> spanu</p><ul><li>one</li></ul>cell</p>"
    )


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        "<style>body{display:none}</style>",
        '<iframe src="https://evil.example"></iframe>',
        "<![CDATA[x><script>alert(1)</script>]]>",
        "<!-- <script>alert(1)</script> -->",
        "<?php echo 1; ?>",
        "<!DOCTYPE html>",
        '<svg onload="alert(1)"><script>alert(1)</script></svg>',
        '<object data="x.swf"></object><embed src="x.swf">',
    ],
)
def test_dangerous_markup_leaves_nothing_behind(markup):
    cleaned = to_html(f"<p>ok</p>{markup}", TextFormat.HTML)
    assert cleaned == "<p>ok</p>"


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://lib.example.edu/a?b=1&c=2", True),
        ("http://lib.example.edu", True),
        ("mailto:ill@lib.example.edu", True),
        ("javascript:alert(1)", False),
        ("jav\tascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:x", False),
        ("ftp://files.example.edu", False),
        ("tel:+861234", False),
        ("/relative/page", False),
        ("@@PLUGINFILE@@/x.pdf", False),
    ],
)
def test_only_http_https_and_mailto_links_survive(href, kept):
    cleaned = to_html(f'<p><a href="{href}" target="_blank" onclick="x">the link</a></p>', "html")
    assert ("<a href=" in cleaned) is kept
    assert "the link" in cleaned
    assert "onclick" not in cleaned and "target" not in cleaned


def test_wagtail_internal_link_attributes_are_dropped_without_a_database():
    markup = '<p><a data-linktype="page" data-id="3">page</a><a data-linktype="x">y</a></p>'
    assert to_html(markup, TextFormat.HTML) == "<p>pagey</p>"


@pytest.mark.parametrize(
    "markup",
    [
        "<p>It's “quoted” &amp; <b>bold</b> a&lt;b</p>",
        "<p>a<br>b</p><ul><li>x</li></ul>",
        "<b><p>x</b></p>",
        "<p>a<p>b",
        "plain & simple",
    ],
)
def test_sanitising_twice_changes_nothing(markup):
    once = sanitize_html(markup)
    assert sanitize_html(once) == once


# --- plain text ----------------------------------------------------------------------------------


def test_html_to_text_keeps_paragraphs_lines_and_list_items():
    markup = "<p>Hello  <b>there</b>,\n reader</p><p>a<br/>b</p><ul><li>one</li><li>two</li></ul>"
    assert html_to_text(markup) == "Hello there, reader\n\na\nb\n\none\ntwo"
    assert html_to_text("<p>&lt;3 &amp; &#x27;</p>") == "<3 & '"
    assert html_to_text("<script>x</script><p>y</p>") == "y"


def test_normalize_plain_is_idempotent():
    text = "  a \t b \r\n\n\n\n c  \n"
    assert normalize_plain(text) == "a b\n\nc"
    assert normalize_plain(normalize_plain(text)) == "a b\n\nc"


def test_as_plain_text_only_when_nothing_is_lost():
    assert as_plain_text("<p>a &amp; b<br/>c</p><p>d</p>") == "a & b\nc\n\nd"
    assert as_plain_text("<p>a <b>b</b></p>") is None
    assert as_plain_text("") == ""


# --- validate_question ---------------------------------------------------------------------------


@pytest.mark.parametrize("question", every_type(), ids=lambda q: q.qtype.value)
def test_every_hand_written_case_is_gradable(question):
    assert validate_question(question) == []


def _q(qtype: QType, options: list[ParsedOption], **kw) -> ParsedQuestion:
    return ParsedQuestion(qtype, name=kw.pop("name", "Q"), text="<p>Q?</p>", options=options, **kw)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        (_q(QType.SINGLE, [Opt("a", D(1))]), "at least 2 options"),
        (_q(QType.SINGLE, [Opt("a", D("0.5")), Opt("b")]), "no right answer"),
        (_q(QType.SJT, [Opt("a", D("0.5")), Opt("b")]), "no right answer"),
        (_q(QType.SINGLE, [Opt("", D(1)), Opt("b")]), "needs a text"),
        (_q(QType.MULTI, [Opt("a"), Opt("b", D(-1))]), "no right answer"),
        (_q(QType.MULTI, [Opt("a", D("0.5")), Opt("b", D("0.3"))]), "add up to 80%, not 100%"),
        (_q(QType.TRUEFALSE, [Opt("false", D(1)), Opt("true")]), '"true" then "false"'),
        (_q(QType.TRUEFALSE, [Opt("true", D(1)), Opt("false", D(1))]), "full credit and the other"),
        (_q(QType.SHORT, []), "at least one accepted answer"),
        (_q(QType.SHORT, [Opt("a", D("0.5"))]), "no right answer"),
        (_q(QType.NUMERIC, [Opt("five", D(1))]), "is not a number"),
        (_q(QType.NUMERIC, [Opt("5", D(1), tolerance=D(-1))]), "tolerance must be 0 or more"),
        (_q(QType.MATCHING, [Opt("a", match_text="b"), Opt("", match_text="c")]), "2 prompts"),
        (_q(QType.MATCHING, [Opt("a", match_text="b"), Opt("c")]), "answer to match"),
        (_q(QType.ORDERING, [Opt("a")]), "at least 2 items"),
        (_q(QType.CLOZE, [Opt("a", D(1), blank=1)]), "needs blanks"),
        (_q(QType.SINGLE, [Opt("a", D(2)), Opt("b")]), "between -100% and 100%"),
        (_q(QType.SINGLE, [Opt("a", D(1), tolerance=D(1)), Opt("b")]), "only numeric"),
        (_q(QType.SINGLE, [Opt("a", D(1), blank=1), Opt("b")]), "only cloze"),
        (_q(QType.SINGLE, [Opt("a", D(1), match_text="x"), Opt("b")]), "only matching"),
        (_q(QType.ORDERING, [Opt("a", D(1)), Opt("b")]), "carry no credit"),
        (_q(QType.SINGLE, [Opt("a", D(1)), Opt("b")], mark=D(0)), "mark must be more than 0"),
        (_q(QType.SINGLE, [Opt("a", D(1)), Opt("b")], name=""), "no name"),
        (_q(QType.SINGLE, [Opt("a", D(1)), Opt("b")], name="x" * 256), "longer than 255"),
        (_q(QType.SINGLE, [Opt("a", D(1)), Opt("b")], level=2), "level needs a competency"),
        (_q(QType.SINGLE, [Opt("a", D(1)), Opt("b")], tags=["a,b"]), "comma"),
        (_q(QType.SINGLE, [Opt("a", D(1)), Opt("b")], category="a//b"), "empty part"),
    ],
)
def test_validate_question_names_what_is_wrong(question, message):
    errors = validate_question(question)
    assert any(message in error for error in errors), errors


def test_multi_credits_may_be_off_by_a_rounding():
    third = D("0.33333")
    question = _q(QType.MULTI, [Opt("a", third), Opt("b", third), Opt("c", third), Opt("d", D(-1))])
    assert validate_question(question) == []


def test_numeric_without_tolerance_is_exact_and_valid():
    assert validate_question(_q(QType.NUMERIC, [Opt("13", D(1))])) == []


@pytest.mark.parametrize(
    ("text", "options", "message"),
    [
        ("<p>[[2]] then [[1]]</p>", [Opt("a", D(1), blank=1), Opt("b", D(1), blank=2)], "in order"),
        ("<p>[[1]] and [[1]]</p>", [Opt("a", D(1), blank=1)], "in order"),
        ("<p>[[1]]</p>", [Opt("a", D(1), blank=1), Opt("b", D(1), blank=2)], "not the same"),
        (
            "<p>[[1]] [[2]]</p>",
            [Opt("b", D(1), blank=2), Opt("a", D(1), blank=1)],
            "blank by blank",
        ),
        ("<p>[[1]]</p>", [Opt("a", D(1))], "needs its blank"),
        ("<p>[[1]]</p>", [Opt("a", D("0.5"), blank=1)], "Blank 1 has no right answer"),
    ],
)
def test_cloze_blanks_match_the_text(text, options, message):
    question = replace(_q(QType.CLOZE, options), text=text)
    assert any(message in error for error in validate_question(question))
