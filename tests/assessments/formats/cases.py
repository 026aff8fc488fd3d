"""Hand-written questions of every type, and the comparison the round-trip guarantee promises."""

from __future__ import annotations

from decimal import Decimal as D

from assessments.formats.base import to_html
from assessments.spec import AudioClip, ParsedOption, ParsedQuestion, QType, TextFormat

Opt = ParsedOption

COMPARED = (
    "qtype",
    "name",
    "category",
    "text",
    "general_feedback",
    "mark",
    "tags",
    "competency",
    "level",
    "shuffle",
)
OPTION_FIELDS = ("text", "feedback", "match_text", "tolerance", "blank")


def html(text: str) -> str:
    return to_html(text, TextFormat.HTML)


def snapshot(q: ParsedQuestion, *, transcript: bool = True, audio: bool = False) -> dict:
    """What the round trip keeps of a question, with fractions rounded to five places."""
    shot = {name: getattr(q, name) for name in COMPARED}
    shot["options"] = [
        {name: getattr(o, name) for name in OPTION_FIELDS} | {"fraction": round(o.fraction, 5)}
        for o in q.options
    ]
    if transcript:
        shot["transcript"] = q.transcript
    if audio:
        shot["audio"] = (q.audio.name, q.audio.content) if q.audio else None
    return shot


def assert_same(expected: list[ParsedQuestion], actual: list[ParsedQuestion], **kw) -> None:
    assert [snapshot(q, **kw) for q in actual] == [snapshot(q, **kw) for q in expected]


def every_type() -> list[ParsedQuestion]:
    """One question of each type, about serving international students at the desk."""
    return [
        ParsedQuestion(
            QType.SINGLE,
            name="Greeting a waiting student",
            category="Service desk/Greetings",
            text=html("<p>You are on the phone and a student waits at the desk. You say:</p>"),
            options=[
                Opt(
                    "I'll be with you in just a moment.", D(1), "Right: you show you've seen them."
                ),
                Opt("Wait.", D(0), "It sounds like an order."),
                Opt("Just a moment, please.", D("0.5"), "Polite, but say you've seen them."),
                Opt("What do you want?", D("-0.5"), "Too blunt."),
            ],
            general_feedback="Acknowledge new readers at once.",
            competency="lang-en",
            level=2,
            tags=["service", "greetings"],
        ),
        ParsedQuestion(
            QType.MULTI,
            name="A complete ILL request",
            category="ILL/Requests",
            text=html("<p>Which belong in a copy request? <em>Choose all that apply.</em></p>"),
            options=[
                Opt("The DOI or ISSN", D("0.5"), "Identifiers fix the item."),
                Opt("The page range", D("0.5")),
                Opt("The reader's passport number", D(-1), "Never send personal data."),
            ],
            shuffle=False,
            mark=D(2),
        ),
        ParsedQuestion(
            QType.TRUEFALSE,
            name="Would you mind",
            text=html(
                "<p>“Would you mind waiting?” — “No, not at all.” means the reader "
                "<strong>refuses</strong> to wait.</p>"
            ),
            options=[
                Opt("true", D(0), "No: it means they don't mind."),
                Opt("false", D(1), "Right."),
            ],
            general_feedback="“No, not at all” agrees to a “Would you mind…?” request.",
        ),
        ParsedQuestion(
            QType.SHORT,
            name="An e-mail address",
            category="Service desk/Listening",
            text=html(
                "<p>Type the address you heard: ayesha underscore khan at example dot org.</p>"
            ),
            options=[
                Opt("ayesha_khan@example.org", D(1), "Right."),
                Opt("ayesha khan@example.org", D("0.33333"), "The underscore is missing."),
                Opt("*", D(0), "Listen again for “underscore”."),
            ],
            transcript="My address is ayesha underscore khan at example dot org.",
        ),
        ParsedQuestion(
            QType.NUMERIC,
            name="Internal due date",
            text=html(
                "<p>A loan arrives on 22 April for four weeks; you ask for it a week early. "
                "Which day of May is the internal due date?</p>"
            ),
            options=[
                Opt("13", D(1), "Right: 20 May less a week.", tolerance=None),
                Opt("13.5", D("0.5"), "Close.", tolerance=D("1.5")),
            ],
        ),
        ParsedQuestion(
            QType.MATCHING,
            name="Polite desk English",
            text=html("<p>Match each slip with the polite way to say it.</p>"),
            options=[
                Opt("Your book is overtime.", match_text="Your book is overdue."),
                Opt("Return it until Friday.", match_text="Return it by Friday."),
                Opt("", match_text="You must pay the fine money."),
            ],
            tags=["vocabulary"],
        ),
        ParsedQuestion(
            QType.ORDERING,
            name="A warm referral",
            text=html("<p>Put the steps of a warm referral in order.</p>"),
            options=[
                Opt("Listen and restate the need"),
                Opt("Explain who can help and why", feedback="Say why, so it is not a brush-off."),
                Opt("Call or walk them over"),
            ],
        ),
        ParsedQuestion(
            QType.CLOZE,
            name="Renewal e-mail",
            text=html("<p>Could the loan [[1]] be renewed? We will return it [[2]] 20 May.</p>"),
            options=[
                Opt("possibly", D(1), "Softens the request.", blank=1),
                Opt("please kindly", D(0), "Sounds doubled.", blank=1),
                Opt("by", D(1), blank=2),
            ],
            general_feedback="Soften requests; deadlines take “by”.",
        ),
        ParsedQuestion(
            QType.CLOZE,
            name="One drop-down blank",
            text=html("<p>A reader who is [[1]] may still borrow with a temporary card.</p>"),
            options=[
                Opt("new", D(1), blank=1),
                Opt("banned", D(0), "No.", blank=1),
                Opt("visiting", D("0.5"), blank=1),
            ],
        ),
        ParsedQuestion(
            QType.SJT,
            name="Shipped twelve days ago",
            category="ILL/Costs and time",
            text=html(
                "<p>A visiting scholar's loan was “shipped” twelve days ago and has not "
                "arrived. What do you do?</p>"
            ),
            options=[
                Opt("Check our side, then ask the lender for tracking; update the reader.", D(1)),
                Opt("Ask the lender for tracking.", D("0.5"), "Acceptable, but check our side."),
                Opt("Tell her to wait.", D(0), "Leaves her without a plan."),
            ],
            competency="cross-cultural",
            level=3,
            tags=["service", "ill"],
        ),
    ]


def listening_question() -> ParsedQuestion:
    return ParsedQuestion(
        QType.SINGLE,
        name="Listening: where are the printers?",
        text=html("<p>Listen to the reader. Which answer is best?</p>"),
        options=[Opt("Behind the stairs, on your left.", D(1)), Opt("Second floor.", D(0))],
        audio=AudioClip("en-where-printers.ogg", b"OggS\x00\x02fake clip \xff\x00"),
        transcript="Excuse me. Where are the printers?",
    )
