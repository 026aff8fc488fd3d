"""The CSV spreadsheet format: columns, answer syntax, errors by line, spreadsheet safety."""

import csv
import io
from decimal import Decimal as D

import pytest

from assessments.formats import csv_format
from assessments.spec import ParsedOption, ParsedQuestion, QType

from .cases import assert_same, every_type, listening_question

Opt = ParsedOption
HEADER = "type,name,category,text,answers,feedback,general_feedback,mark,competency,level,tags\n"


def rows(*lines: str) -> str:
    return HEADER + "".join(line + "\n" for line in lines)


def one(text: str) -> ParsedQuestion:
    result = csv_format.parse(text)
    assert result.problems == []
    assert len(result.questions) == 1
    return result.questions[0]


def test_a_single_choice_row_with_every_column():
    q = one(
        rows(
            'single,Greeting,Service desk/Greetings,"A student waits. You say:",'
            '"=I\'ll be with you in a moment. | ~Wait. | ~%50%Just a moment.",'
            '"Right. | Too blunt. | Polite, but say you\'ve seen them.",'
            'Acknowledge readers at once.,2,lang-en,2,"service, greetings"'
        )
    )
    assert (q.qtype, q.name, q.category, q.text, q.mark, q.competency, q.level, q.tags) == (
        QType.SINGLE,
        "Greeting",
        "Service desk/Greetings",
        "<p>A student waits. You say:</p>",
        D(2),
        "lang-en",
        2,
        ["service", "greetings"],
    )
    assert [(o.text, o.fraction, o.feedback) for o in q.options] == [
        ("I'll be with you in a moment.", 1, "Right."),
        ("Wait.", 0, "Too blunt."),
        ("Just a moment.", D("0.5"), "Polite, but say you've seen them."),
    ]
    assert q.general_feedback == "Acknowledge readers at once."
    assert q.shuffle is True


@pytest.mark.parametrize(
    ("qtype", "answers", "expected"),
    [
        ("multi", "~%50%DOI | ~%50%Pages | ~%-100%Passport", [("DOI", D("0.5"), None, "", None)]),
        (
            "short",
            "Paris | =%50%Lutetia",
            [("Paris", 1, None, "", None), ("Lutetia", D("0.5"), None, "", None)],
        ),
        (
            "numeric",
            "=5:0.1 | =%50%5:1 | 1..5 | 7",
            [
                ("5", 1, D("0.1"), "", None),
                ("5", D("0.5"), D(1), "", None),
                ("3", 1, D(2), "", None),
                ("7", 1, None, "", None),
            ],
        ),
        (
            "matching",
            "Canada -> Ottawa | Italy -> Rome | -> Sydney",
            [
                ("Canada", 0, None, "Ottawa", None),
                ("Italy", 0, None, "Rome", None),
                ("", 0, None, "Sydney", None),
            ],
        ),
        (
            "ordering",
            "Listen | Explain | Walk them over",
            [
                ("Listen", 0, None, "", None),
                ("Explain", 0, None, "", None),
                ("Walk them over", 0, None, "", None),
            ],
        ),
    ],
)
def test_answer_syntax_per_type(qtype, answers, expected):
    q = one(rows(f'{qtype},Q,,"Q?","{answers}"'))
    got = [(o.text, o.fraction, o.tolerance, o.match_text, o.blank) for o in q.options]
    assert got[: len(expected)] == expected


def test_truefalse_short_form_with_feedback_for_true_then_false():
    q = one(rows('truefalse,TF,,"The sun rises in the west.",false,"No. | Right."'))
    assert [(o.text, o.fraction, o.feedback) for o in q.options] == [
        ("true", 0, "No."),
        ("false", 1, "Right."),
    ]
    assert one(rows("truefalse,TF,,Q?,=True | ~False")).options[0].fraction == 1


def test_cloze_answers_are_grouped_by_blank_with_their_feedback():
    q = one(
        rows(
            'cloze,Renewal,,"Could it [[1]] be renewed by [[2]]?",'
            '"1: =possibly | 2: =20 May | 1: ~please kindly | 2: =%50%May","fb1 | fb2 | fb3 | fb4"'
        )
    )
    assert [(o.text, o.fraction, o.feedback, o.blank) for o in q.options] == [
        ("possibly", 1, "fb1", 1),
        ("please kindly", 0, "fb3", 1),
        ("20 May", 1, "fb2", 2),
        ("May", D("0.5"), "fb4", 2),
    ]


def test_text_formats_and_multi_line_cells():
    q = one(rows('ordering,O,,"[markdown]Put **these** in order:\n\n- one\n- two",a | b'))
    assert q.text == "<p>Put <strong>these</strong> in order:</p><ul><li>one</li><li>two</li></ul>"
    q = one(rows('ordering,O,,"[html]<p onclick=x>Hi<script>1</script></p>",a | b'))
    assert q.text == "<p>Hi</p>"
    q = one(rows('ordering,O,,"Line one\nLine two",a | b'))
    assert q.text == "<p>Line one<br/>Line two</p>"


def test_escapes_in_answers():
    q = one(rows(r'short,S,,Q?,"a \| b | \=c | 50\% | x-\>y | back\\slash"'))
    assert [o.text for o in q.options] == ["a | b", "=c", "50%", "x->y", "back\\slash"]


def test_bom_semicolons_optional_columns_and_blank_rows():
    text = "\ufefftype;text;answers;shuffle;transcript\nsingle;Q?;=a | ~b;no;Hello there\n;;;;\n"
    q = one(text)
    assert (q.shuffle, q.transcript, q.name) == (False, "Hello there", "Q?")


def test_formula_protection_is_removed_when_reading():
    q = one(rows("single,'=Name,,'-Q?,'=a | ~b,'+fb | '@fb"))
    assert (q.name, q.text) == ("=Name", "<p>-Q?</p>")
    # Only the cell's first ' protects it; one inside the cell is text.
    assert [(o.text, o.feedback) for o in q.options] == [("a", "+fb"), ("b", "'@fb")]


def test_header_problems_are_on_line_1():
    result = csv_format.parse("type,text,answer,notes,text\nsingle,Q,=a\n")
    assert [p.where for p in result.problems] == ["line 1", "line 1", "line 1"]
    assert "notes" in result.problems[0].message and "answer" in result.problems[0].message
    assert "answers" in result.problems[1].message
    assert "text" in result.problems[2].message
    assert result.questions == []


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("essay,E,,Write.,x", "Unknown type “essay”"),
        ("single,S,,Q?,a | b", "start each answer with ="),
        ("single,S,,Q?,~a | ~b", "no right answer"),
        ("single,S,,Q?,=a || ~b", "is empty"),
        ("single,S,,Q?,=a | ~b,x | y | z", "3 feedbacks for 2 answers"),
        ("numeric,N,,Q?,=five", "is not a number"),
        ("numeric,N,,Q?,=5..1", "not a range"),
        ("matching,M,,Q?,a -> b | c", "is not a pair"),
        ("matching,M,,Q?,a -> b", "at least 2 prompts"),
        ("cloze,C,,Q [[1]]?,=a", "start each cloze answer with its blank"),
        ("cloze,C,,Q [[1]]?,2: =a", "not the same"),
        ("single,S,,Q?,=a | ~b,,,two", "mark “two” is not a number"),
        ("single,S,,Q?,=a | ~b,,,1,c,B1", "level “B1” is not a whole number"),
        ("single,S,,,=a | ~b", "no text"),
        ("single,S,,Q?,=a | ~b,,,,,,,extra", "12 cells but there are 11 columns"),
    ],
)
def test_row_errors_name_the_line_where_the_row_starts(row, message):
    text = rows('ordering,Good,,"A question\nover two lines",a | b', row, "ordering,After,,Q,a | b")
    result = csv_format.parse(text)
    assert [q.name for q in result.questions] == ["Good", "After"]
    assert result.errors[0].where == "line 4"
    assert message in result.errors[0].message, result.errors


def test_shuffle_must_be_yes_or_no():
    result = csv_format.parse("type,text,answers,shuffle\nsingle,Q,=a | ~b,maybe\n")
    assert result.errors[0].where == "line 2" and "yes or no" in result.errors[0].message


def test_unclosed_quote_is_an_error_not_a_crash():
    result = csv_format.parse(rows("ordering,Good,,Q,a | b", 'single,S,,"Q?,=a | ~b'))
    assert [q.name for q in result.questions] == ["Good"]
    assert [p.where for p in result.errors] == ["line 3"]
    assert "check the quotes" in result.errors[0].message


# --- writing -------------------------------------------------------------------------------------


def test_every_type_round_trips():
    questions = every_type()
    text, problems = csv_format.dump(questions)
    assert problems == []
    result = csv_format.parse(text)
    assert result.problems == []
    assert_same(questions, result.questions)


def test_written_rows_read_like_the_documented_syntax():
    text, _problems = csv_format.dump(every_type())
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0]) == list(csv_format.COLUMNS)
    by_name = {row["name"]: row for row in table}
    assert by_name["Greeting a waiting student"]["answers"] == (
        "'=I'll be with you in just a moment. | ~Wait. | ~%50%Just a moment, please. "
        "| ~%-50%What do you want?"
    )
    assert by_name["Internal due date"]["answers"] == "'=13 | =%50%13.5:1.5"
    assert by_name["Polite desk English"]["answers"] == (
        "Your book is overtime. -> Your book is overdue. | Return it until Friday. -> "
        "Return it by Friday. | -> You must pay the fine money."
    )
    assert by_name["Renewal e-mail"]["answers"] == "1: =possibly | 1: ~please kindly | 2: =by"
    assert by_name["Would you mind"]["answers"] == "false"
    assert by_name["A complete ILL request"]["shuffle"] == "no"


def test_no_written_cell_starts_like_a_formula():
    tricky = ParsedQuestion(
        QType.SHORT,
        name='=HYPERLINK("http://evil")',
        text="<p>+1 or -1?</p>",
        options=[Opt("@SUM(A1)", D(1), "-feedback"), Opt("'quoted", D(1))],
        general_feedback="=2+2",
        tags=["-tag"],
    )
    text, problems = csv_format.dump([tricky])
    assert problems == []
    for row in list(csv.reader(io.StringIO(text)))[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
    assert_same([tricky], csv_format.parse(text).questions)


def test_answers_that_look_like_syntax_are_escaped():
    q = ParsedQuestion(
        QType.MATCHING,
        name="Syntax",
        text="<p>[html] is only text here</p>",
        options=[
            Opt("=a | b", match_text="c -> d"),
            Opt("~%50%x\\", match_text="|y|", feedback="fb | with pipe"),
            Opt("", match_text="-> z"),
        ],
        general_feedback="[markdown] plain",
    )
    text, problems = csv_format.dump([q])
    assert problems == []
    assert_same([q], csv_format.parse(text).questions)


def test_audio_is_left_out_with_a_problem():
    text, problems = csv_format.dump([listening_question()])
    assert [(p.where, p.unsupported) for p in problems] == [
        ('question 1 "Listening: where are the printers?"', True)
    ]
    assert_same([listening_question()], csv_format.parse(text).questions)
