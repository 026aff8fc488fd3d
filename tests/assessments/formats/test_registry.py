"""The format registry: names, bytes in and out, text decoding."""

import pytest

from assessments.formats import FORMATS, decode_text, export, get_format, parse

from .cases import every_type

GIFT = "::Q::Where is the desk? {=Ground floor ~Upstairs}\n"
CSV = "type,name,text,answers\nsingle,Q,Where is the desk?,=Ground floor | ~Upstairs\n"


def test_the_three_formats():
    assert list(FORMATS) == ["gift", "moodle-xml", "csv"]
    assert [f.extension for f in FORMATS.values()] == ["gift", "xml", "csv"]
    assert all(str(f.label) for f in FORMATS.values())


def test_unknown_format_name():
    with pytest.raises(ValueError, match="use one of gift, moodle-xml, csv"):
        get_format("qti")


@pytest.mark.parametrize(("name", "text"), [("gift", GIFT), ("csv", CSV)])
@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_text_formats_read_utf8_bytes_with_or_without_bom(name, text, prefix):
    result = parse(name, prefix + text.encode())
    assert result.problems == []
    assert [q.name for q in result.questions] == ["Q"]


@pytest.mark.parametrize(("name", "text"), [("gift", GIFT), ("csv", CSV)])
def test_utf16_with_bom_is_read_too(name, text):
    assert [q.name for q in parse(name, text.encode("utf-16")).questions] == ["Q"]


def test_str_is_accepted_too():
    assert [q.name for q in parse("gift", GIFT).questions] == ["Q"]


@pytest.mark.parametrize("name", ["gift", "csv"])
def test_undecodable_bytes_are_a_problem_naming_the_line(name):
    data = "::Q::第一行\n\n".encode() + "::R::第二行 {T}".encode("gbk")
    result = parse(name, data)
    assert result.questions == []
    assert [p.where for p in result.problems] == ["line 3"]
    assert "not UTF-8" in result.problems[0].message and not result.problems[0].unsupported


def test_decode_text_drops_the_bom():
    assert decode_text(b"\xef\xbb\xbfabc") == ("abc", None)


def test_export_gives_bytes_and_csv_starts_with_a_bom():
    for name in FORMATS:
        data, problems = export(name, every_type()[:2])
        assert isinstance(data, bytes) and problems == []
    assert export("csv", [])[0] == "\ufeff".encode() + b"type,name,category,text,answers," + (
        b"feedback,general_feedback,mark,competency,level,tags,shuffle,transcript\r\n"
    )
