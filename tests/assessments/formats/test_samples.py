"""The sample files in docs/samples/ import without a single problem."""

from pathlib import Path

import pytest

from assessments.formats import parse
from assessments.spec import QType

SAMPLES = Path(__file__).resolve().parents[3] / "docs" / "samples"


@pytest.mark.parametrize(
    ("file_name", "format_name", "types"),
    [
        (
            "questions.gift",
            "gift",
            {"single", "multi", "truefalse", "short", "numeric", "matching", "cloze", "sjt"},
        ),
        ("questions.xml", "moodle-xml", {t.value for t in QType}),
        ("questions.csv", "csv", {t.value for t in QType}),
    ],
)
def test_sample_files_parse_without_problems(file_name, format_name, types):
    result = parse(format_name, (SAMPLES / file_name).read_bytes())
    assert result.problems == []
    assert {q.qtype.value for q in result.questions} == types
    for q in result.questions:
        assert q.name and q.text and q.source
        # Marks are stored with two decimal places: "1.0000000" must arrive as 1.
        assert q.mark.as_tuple().exponent >= -2, (q.name, q.mark)


def test_the_xml_sample_carries_a_listening_clip():
    result = parse("moodle-xml", (SAMPLES / "questions.xml").read_bytes())
    clip = next(q for q in result.questions if q.audio is not None)
    assert clip.audio.name == "ja-where-toilet.ogg"
    assert clip.audio.content.startswith(b"OggS")
    assert clip.transcript == "すみません、お手洗いはどこですか。"
    assert "PLUGINFILE" not in clip.text
