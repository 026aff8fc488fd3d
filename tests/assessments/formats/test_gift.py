"""GIFT: every documented feature (snippets from Moodle's GIFT documentation), errors, writing."""

from decimal import Decimal as D

import pytest

from assessments.formats import gift
from assessments.spec import AudioClip, ParsedOption, ParsedQuestion, QType

from .cases import assert_same, every_type, html, listening_question

Opt = ParsedOption


def one(text: str) -> ParsedQuestion:
    result = gift.parse(text)
    assert result.problems == []
    assert len(result.questions) == 1
    return result.questions[0]


def options(q: ParsedQuestion) -> list[tuple]:
    return [(o.text, o.fraction, o.feedback) for o in q.options]


# --- question types -----------------------------------------------------------------------------


def test_multiple_choice():
    q = one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}")
    assert q.qtype is QType.SINGLE
    assert q.text == "<p>Who&#x27;s buried in Grant&#x27;s tomb?</p>"
    assert options(q) == [("Grant", 0, ""), ("Jefferson", 0, ""), ("no one", 1, "")]
    assert q.name == "Who's buried in Grant's tomb?"  # like Moodle: the text names it


def test_answers_on_separate_indented_lines():
    q = one(
        "Japanese characters originally came from what country? {\n"
        "    ~India\n    =China\n    ~Korea\n    ~Egypt}"
    )
    assert [o.text for o in q.options] == ["India", "China", "Korea", "Egypt"]


def test_missing_word_drop_down_becomes_a_one_blank_cloze():
    q = one("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert q.qtype is QType.CLOZE
    assert q.text == "<p>Grant is [[1]] in Grant&#x27;s tomb.</p>"
    assert [(o.text, o.fraction, o.blank) for o in q.options] == [
        ("buried", 0, 1),
        ("entombed", 1, 1),
        ("living", 0, 1),
    ]


def test_missing_word_short_answer_is_a_typed_blank():
    q = one("Two plus {=two =2} equals four.")
    assert q.qtype is QType.CLOZE
    assert q.text == "<p>Two plus [[1]] equals four.</p>"
    assert [(o.text, o.fraction, o.blank) for o in q.options] == [("two", 1, 1), ("2", 1, 1)]


@pytest.mark.parametrize(
    ("answer", "right"), [("T", "true"), ("TRUE", "true"), ("F", "false"), ("FALSE", "false")]
)
def test_true_false(answer, right):
    q = one(f"The sun rises in the east.{{{answer}}}")
    assert q.qtype is QType.TRUEFALSE
    assert [o.text for o in q.options] == ["true", "false"]
    assert next(o.text for o in q.options if o.fraction == 1) == right


def test_true_false_feedback_is_wrong_then_right():
    q = one("Grant is buried in Grant's tomb.{FALSE#No, he is entombed.#Right: entombed.}")
    assert options(q) == [("true", 0, "No, he is entombed."), ("false", 1, "Right: entombed.")]


def test_short_answer():
    q = one("Who's buried in Grant's tomb?{=no one =nobody}")
    assert q.qtype is QType.SHORT
    assert options(q) == [("no one", 1, ""), ("nobody", 1, "")]


def test_short_answer_without_equals_and_partial_credit():
    assert options(one("Capital of France?{Paris}")) == [("Paris", 1, "")]
    q = one("Capital of France?{=Paris =%50%Lutetia#Its Roman name.}")
    assert options(q) == [("Paris", 1, ""), ("Lutetia", D("0.5"), "Its Roman name.")]


def test_matching():
    q = one(
        "Match the following countries with their corresponding capitals. {\n"
        "    =Canada -> Ottawa\n    =Italy  -> Rome\n    =Japan  -> Tokyo\n"
        "    =India  -> New Delhi\n    ####It's good to know the capitals\n}"
    )
    assert q.qtype is QType.MATCHING
    assert [(o.text, o.match_text) for o in q.options] == [
        ("Canada", "Ottawa"),
        ("Italy", "Rome"),
        ("Japan", "Tokyo"),
        ("India", "New Delhi"),
    ]
    assert q.general_feedback == "It's good to know the capitals"


def test_matching_distractor_has_no_prompt():
    q = one("Which animal eats which food? { =cat -> cat food =dog -> dog food = -> bird seed }")
    assert [(o.text, o.match_text) for o in q.options][-1] == ("", "bird seed")


def test_numeric_with_tolerance():
    q = one("When was Ulysses S. Grant born?{#1822:5}")
    assert q.qtype is QType.NUMERIC
    assert [(o.text, o.tolerance) for o in q.options] == [("1822", D(5))]


def test_numeric_range_is_its_middle_with_half_its_width():
    q = one("What is the value of pi (to 3 decimal places)? {#3.141..3.142}")
    assert [(o.text, o.tolerance) for o in q.options] == [("3.1415", D("0.0005"))]


def test_numeric_without_tolerance_is_exact():
    assert one("How many days has April? {#30}").options[0].tolerance is None


def test_multiple_numeric_answers_with_partial_credit_and_feedback():
    q = one(
        "When was Ulysses S. Grant born? {#\n"
        "    =1822:0      # Correct! Full credit.\n"
        "    =%50%1822:2  # He was born in 1822. Half credit for being close.\n}"
    )
    assert [(o.text, o.fraction, o.tolerance, o.feedback) for o in q.options] == [
        ("1822", 1, D(0), "Correct! Full credit."),
        ("1822", D("0.5"), D(2), "He was born in 1822. Half credit for being close."),
    ]


def test_numeric_missing_word_keeps_a_blank_line_in_the_text():
    q = one("Pi is about {#3.14:0.01} to two places.")
    assert q.qtype is QType.NUMERIC
    assert q.text == "<p>Pi is about _____ to two places.</p>"


def test_percentage_weights_make_a_multiple_response_question():
    q = one(
        "What two people are entombed in Grant's tomb? {\n"
        "   ~%-100%No one\n   ~%50%Grant\n   ~%50%Grant's wife\n   ~%-100%Grant's father\n}"
    )
    assert q.qtype is QType.MULTI
    assert [o.fraction for o in q.options] == [-1, D("0.5"), D("0.5"), -1]


def test_partial_credit_in_single_choice():
    q = one("Jesus Christ was from {\n~Jerusalem\n~%25%Bethlehem\n~%50%Galilee\n=Nazareth\n}.")
    assert q.qtype is QType.CLOZE  # the final "." makes it a missing-word question
    assert [o.fraction for o in q.options] == [0, D("0.25"), D("0.5"), 1]


def test_feedback_for_each_answer():
    q = one(
        "What's the answer to this multiple-choice question? {\n"
        "~wrong answer#feedback comment on the wrong answer\n"
        "~another wrong answer#feedback comment on this wrong answer\n"
        "=right answer#Very good!}"
    )
    assert [o.feedback for o in q.options] == [
        "feedback comment on the wrong answer",
        "feedback comment on this wrong answer",
        "Very good!",
    ]


def test_general_feedback():
    q = one("How are you? {=fine =well ####We hope you're feeling well.}")
    assert q.general_feedback == "We hope you're feeling well."
    assert [o.text for o in q.options] == ["fine", "well"]


# --- names, comments, categories, formats, escapes ----------------------------------------------


def test_names_comments_and_categories():
    result = gift.parse(
        "// A comment before everything\n"
        "$CATEGORY: $course$/top/Service desk/Greetings\n\n"
        "::Kanji Origins::Japanese characters originally came from what country? {=China}\n\n"
        "// another comment, inside the block\n"
        "::Rank::What is the rank of a general? {\n// a comment among the answers\n=five stars}\n\n"
        "$CATEGORY: tom/dick/harry\n\n"
        "::Third::Question?{=yes}\n"
    )
    assert result.problems == []
    assert [(q.name, q.category) for q in result.questions] == [
        ("Kanji Origins", "Service desk/Greetings"),
        ("Rank", "Service desk/Greetings"),
        ("Third", "tom/dick/harry"),
    ]
    assert result.questions[1].options[0].text == "five stars"


def test_category_top_is_the_bank_top():
    result = gift.parse("$CATEGORY: $course$/top\n\n::A::Q?{=a}")
    assert result.questions[0].category == ""


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("[html]<p>Is <b>this</b> bold?</p>{T}", "<p>Is <b>this</b> bold?</p>"),
        ("[markdown]Is **this** bold?{T}", "<p>Is <strong>this</strong> bold?</p>"),
        ("[plain]Is <b>this</b> bold?{T}", "<p>Is &lt;b&gt;this&lt;/b&gt; bold?</p>"),
        ("[moodle]Line one\\nLine two{T}", "<p>Line one<br/>Line two</p>"),
        ("[unknown]Text{T}", "<p>[unknown]Text</p>"),
    ],
)
def test_text_formats(source, text):
    assert one(source).text == text


def test_answers_and_feedback_default_to_the_question_format():
    q = one("[html]<p>Q?</p>{=<b>Yes</b> &amp; no#<i>Right</i> ~[plain]<b>No</b>}")
    assert options(q) == [("Yes & no", 1, "Right"), ("<b>No</b>", 0, "")]


def test_escaped_control_characters():
    q = one(
        "::GIFT Control Characters:: Which of these is NOT a control character? {\n"
        "  ~ \\~     # \\~ is a control character.\n"
        "  ~ \\=     # \\= is a control character.\n"
        "  ~ \\#     # \\# is a control character.\n"
        "  ~ \\{     # \\{ is a control character.\n"
        "  ~ \\}     # \\} is a control character.\n"
        "  = \\\\     # Correct! \\\\ (backslash) is not a control character.\n}"
    )
    assert [(o.text, o.feedback) for o in q.options] == [
        ("~", "~ is a control character."),
        ("=", "= is a control character."),
        ("#", "# is a control character."),
        ("{", "{ is a control character."),
        ("}", "} is a control character."),
        ("\\", "Correct! \\ (backslash) is not a control character."),
    ]


def test_escapes_in_text_and_name():
    q = one("::1 \\: 2::1 + 2 \\= 3 \\{really\\}\\nand \\(x\\) stays TeX {T}")
    assert q.name == "1 : 2"
    assert q.text == "<p>1 + 2 = 3 {really}<br/>and \\(x\\) stays TeX</p>"


def test_moodle_tag_comments_and_the_meridian_line():
    q = one(
        "// [tag:desk] [tag:phone]\n"
        "// meridian: type=sjt; competency=cross-cultural; level=3; tags=service, greetings; "
        "shuffle=no; mark=2; transcript=Hello%3B hi%0Athere\n"
        "::S::What do you do? {=Greet ~Ignore ~%50%Nod}"
    )
    assert q.qtype is QType.SJT
    assert (q.competency, q.level, q.shuffle, q.mark) == ("cross-cultural", 3, False, D(2))
    assert q.tags == ["service", "greetings", "desk", "phone"]
    assert q.transcript == "Hello; hi\nthere"


def test_meridian_line_in_the_comment_block_before_the_question():
    result = gift.parse("// meridian: competency=lang-en; level=2\n\n::A::Q?{=a}\n\n::B::Q?{=b}")
    assert [(q.competency, q.level) for q in result.questions] == [("lang-en", 2), ("", None)]


# --- unsupported and malformed -------------------------------------------------------------------


def test_essay_and_description_are_unsupported_and_named_by_line():
    result = gift.parse(
        "::Fine::Q?{T}\n\n"
        "::Essay::Write a short biography of Dag Hammarskjöld. {}\n\n"
        "// a description\n::Intro::You will now see questions on greetings.\n"
    )
    assert [q.name for q in result.questions] == ["Fine"]
    assert [(p.where, p.unsupported) for p in result.problems] == [
        ("line 3", True),
        ("line 6", True),
    ]
    assert result.errors == []


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("::Open::Where is the desk? {=here ~there", "never closed"),
        ("::Close::Where is the desk? =here }", "without an opening"),
        ("::Two::A {=a} and B {=b}.", "one pair of braces"),
        ("::Wrong way::A } and {", "comes before"),
        ("::No right::Which? {~a ~b ~c}", "no right answer"),
        ("::One pair::Match {=a -> b}", "at least 2 prompts"),
        ("::Not a pair::Match {=a -> b =c}", "is not a pair"),
        ("::Bad number::How many? {#five}", "not a number"),
        ("::Bad tolerance::How many? {#5:x}", "not a number"),
        ("::Bad range::How many? {#5..x}", "not a range"),
        ("::Reversed::How many? {#5..1}", "below the start"),
        ("::Escape::Which? {=a\\qb ~c}", "Unknown escape \\q"),
        ("::Weight::Which? {=a ~%x%b}", "is not a weight"),
        ("::Name never closed:Which? {T}", "no closing ::"),
        ("// meridian: level=high\n::Level::Which? {T}", "not a whole number"),
        ("// meridian: type=sjt\n::Type::Which? {=a =b}", "the answers make a short"),
        ("// meridian: colour=red\n::Key::Which? {T}", "Unknown setting"),
    ],
)
def test_malformed_questions_are_errors_naming_their_line(source, message):
    text = "::Good::Fine? {T}\n\n// padding\n\n" + source + "\n\n::After::Fine too? {F}\n"
    result = gift.parse(text)
    assert [q.name for q in result.questions] == ["Good", "After"]
    assert len(result.errors) >= 1
    problem = result.errors[0]
    start = 5 if not source.startswith("//") else 6
    assert problem.where in ("line 5", f"line {start}"), problem
    assert message in problem.message, problem


def test_line_numbers_count_crlf_files_and_multi_line_questions():
    text = "::A::Q?{\r\n=a\r\n=b\r\n}\r\n\r\n\r\n// c\r\n::B::Q? {~a ~b\r\n"
    result = gift.parse(text)
    assert [p.where for p in result.errors] == ["line 8"]


def test_numeric_feedback_for_other_answers_is_dropped_with_a_note():
    result = gift.parse("How many? {#5 ~#Count again.}")
    assert result.questions[0].options[0].text == "5"
    assert [(p.where, p.unsupported) for p in result.problems] == [("line 1", True)]


# --- writing -------------------------------------------------------------------------------------


def test_every_type_gift_can_hold_round_trips():
    questions = [q for q in every_type() if q.qtype is not QType.ORDERING]
    questions = [q for q in questions if q.name != "Renewal e-mail"]  # two blanks
    questions = [q for q in questions if q.qtype is not QType.MATCHING]
    text, problems = gift.dump(questions)
    assert problems == []
    result = gift.parse(text)
    assert result.problems == []
    assert_same(questions, result.questions)


def test_written_file_looks_like_hand_written_gift():
    q = every_type()[0]
    text, _problems = gift.dump([q])
    assert text == (
        "$CATEGORY: $course$/top/Service desk/Greetings\n\n"
        "// meridian: competency=lang-en; level=2; tags=service, greetings\n"
        "::Greeting a waiting student::You are on the phone and a student waits at the desk. "
        "You say\\:{\n"
        "\t=I'll be with you in just a moment.#Right\\: you show you've seen them.\n"
        "\t~Wait.#It sounds like an order.\n"
        "\t~%50%Just a moment, please.#Polite, but say you've seen them.\n"
        "\t~%-50%What do you want?#Too blunt.\n"
        "\t####Acknowledge new readers at once.\n"
        "}\n"
    )


def test_what_gift_cannot_hold_is_named_and_left_out():
    matching = next(q for q in every_type() if q.qtype is QType.MATCHING)
    with_feedback = ParsedQuestion(
        QType.MATCHING,
        name="With feedback",
        text=html("<p>Match.</p>"),
        options=[Opt("a", match_text="b", feedback="x"), Opt("c", match_text="d")],
    )
    arrow = ParsedQuestion(
        QType.SHORT, name="Arrow", text=html("<p>Type it.</p>"), options=[Opt("a -> b", D(1))]
    )
    end_blank = ParsedQuestion(
        QType.CLOZE, name="End", text="Fill [[1]]", options=[Opt("x", D(1), blank=1)]
    )
    invalid = ParsedQuestion(QType.SINGLE, name="Invalid", text="<p>Q</p>", options=[Opt("a")])
    ordering, renewal = every_type()[6], every_type()[7]
    text, problems = gift.dump(
        [matching, ordering, renewal, with_feedback, arrow, end_blank, invalid]
    )
    assert [(p.where, p.unsupported) for p in problems] == [
        ('question 2 "A warm referral"', True),
        ('question 3 "Renewal e-mail"', True),
        ('question 4 "With feedback"', True),
        ('question 5 "Arrow"', True),
        ('question 6 "End"', True),
        ('question 7 "Invalid"', False),
        ('question 7 "Invalid"', False),
    ]
    assert_same([matching], gift.parse(text).questions)


def test_audio_is_left_out_with_a_problem_and_the_rest_is_written():
    q = listening_question()
    text, problems = gift.dump([q])
    assert [p.message for p in problems] == [
        "GIFT cannot hold files: the audio clip en-where-printers.ogg was left out."
    ]
    assert problems[0].unsupported
    back = gift.parse(text).questions
    assert back[0].audio is None
    assert_same([q], back)


def test_texts_that_look_like_gift_syntax_are_escaped():
    q = ParsedQuestion(
        QType.SINGLE,
        name="::tricky:: {name}",
        text=html("<p>[html] is not a format here: {=x ~y} // no comment #1</p>"),
        options=[
            Opt("%50% off", D(0), "#1 =2 ~3"),
            Opt("=right", D(1), "[markdown] stays"),
            Opt("a\nb", D("0.5")),
            Opt("\\n is not a line break", D(0)),
        ],
        general_feedback="####not a separator",
    )
    text, problems = gift.dump([q])
    assert problems == []
    assert_same([q], gift.parse(text).questions)


def test_all_right_single_choice_still_reads_as_choice():
    q = ParsedQuestion(
        QType.SINGLE, name="All right", text="<p>Q</p>", options=[Opt("a", D(1)), Opt("b", D(1))]
    )
    text, _problems = gift.dump([q])
    assert_same([q], gift.parse(text).questions)


def test_empty_list_writes_an_empty_file():
    assert gift.dump([]) == ("", [])
    assert gift.parse("").questions == []


def test_audio_only_question_cannot_be_written():
    q = ParsedQuestion(
        QType.SHORT,
        name="Clip only",
        text="",
        options=[Opt("x", D(1))],
        audio=AudioClip("a.ogg", b"x"),
    )
    _text, problems = gift.dump([q])
    assert [p.where for p in problems] == ['question 1 "Clip only"']
