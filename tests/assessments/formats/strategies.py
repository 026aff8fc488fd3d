"""Hypothesis strategies for random gradable questions of every type."""

from __future__ import annotations

import html
from decimal import Decimal as D

from hypothesis import strategies as st

from assessments.formats.base import normalize_name, normalize_plain, to_html
from assessments.spec import FALSE, TRUE, AudioClip, ParsedOption, ParsedQuestion, QType

# Every character that means something in one of the formats, and some that tend to break
# text handling (non-breaking and ideographic spaces, Chinese, accents).
SPECIAL = list("~=#{}:\\|%->[]<>&\"'*_/;,.!?@+$`") + ["中", "文", "é", "\xa0", "\u3000"]
CHARS = st.one_of(
    st.sampled_from([*SPECIAL, *"abcxyz ABC 0123456789"]),
    st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs")),
)

line = st.text(CHARS, min_size=1, max_size=24).map(normalize_name).filter(bool)
# Plain text of one or more lines, sometimes with an empty line between paragraphs.
plain = st.builds(
    lambda first, rest: normalize_plain("\n".join([first, *rest])),
    line,
    st.lists(st.one_of(line, st.just("")), max_size=3),
)
maybe_plain = st.one_of(st.just(""), plain)
fractions = st.decimals(min_value=-1, max_value=1, places=5)
positive = st.decimals(min_value=D("0.00001"), max_value=1, places=5)
not_positive = st.decimals(min_value=-1, max_value=0, places=5)


@st.composite
def html_texts(draw) -> str:
    """Sanitised HTML built from the text features: paragraphs, bold, italic, links, lists."""

    def inline() -> str:
        text = html.escape(draw(line), quote=False)
        kind = draw(st.sampled_from(["text", "b", "strong", "i", "em", "a", "br"]))
        if kind == "a":
            page = draw(st.integers(0, 99))
            return f'<a href="https://lib.example.edu/{page}?a=1&amp;b=2">{text}</a>'
        if kind == "br":
            return text + "<br/>"
        return text if kind == "text" else f"<{kind}>{text}</{kind}>"

    blocks = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            blocks.append(
                "<p>" + "".join(inline() for _ in range(draw(st.integers(1, 3)))) + "</p>"
            )
        else:
            tag = draw(st.sampled_from(["ul", "ol"]))
            items = "".join(f"<li>{inline()}</li>" for _ in range(draw(st.integers(1, 3))))
            blocks.append(f"<{tag}>{items}</{tag}>")
    return to_html("".join(blocks), "html")


question_texts = st.one_of(plain.map(lambda t: to_html(t, "plain")), html_texts())


def _options(draw, count: tuple[int, int], fraction_of) -> list[ParsedOption]:
    return [
        ParsedOption(text=draw(plain), fraction=fraction_of(i), feedback=draw(maybe_plain))
        for i in range(draw(st.integers(*count)))
    ]


@st.composite
def choice_options(draw, qtype: QType) -> list[ParsedOption]:
    n = draw(st.integers(2, 5))
    if qtype is QType.MULTI:
        right = draw(st.integers(1, n))
        weights = draw(st.lists(st.integers(1, 1000), min_size=right, max_size=right))
        parts = [w * 100000 // sum(weights) for w in weights]
        parts[-1] += 100000 - sum(parts)  # the credits add up to exactly 100%
        credits = [D(p) / 100000 for p in parts]
        credits += [draw(not_positive) for _ in range(n - right)]
        credits = draw(st.permutations(credits))
    else:
        credits = [D(1)] + [draw(fractions) for _ in range(n - 1)]
        credits = draw(st.permutations(credits))
    return [ParsedOption(text=draw(plain), fraction=c, feedback=draw(maybe_plain)) for c in credits]


@st.composite
def cloze(draw) -> tuple[str, list[ParsedOption]]:
    blanks = draw(st.integers(1, 3))
    parts = [draw(st.one_of(st.just(""), line)) for _ in range(blanks + 1)]
    text = parts[0] + "".join(f" [[{n}]] {parts[n]}" for n in range(1, blanks + 1))
    options = []
    for blank in range(1, blanks + 1):
        if draw(st.booleans()):  # typed: every answer earns something
            credits = [D(1)] + draw(st.lists(positive, max_size=2))
        else:  # drop-down: at least one wrong choice
            credits = [D(1), draw(not_positive)] + draw(st.lists(fractions, max_size=2))
        for credit in draw(st.permutations(credits)):
            options.append(
                ParsedOption(
                    text=draw(plain), fraction=credit, feedback=draw(maybe_plain), blank=blank
                )
            )
    return to_html(text, "plain"), options


@st.composite
def questions(draw, *, audio: bool = False) -> ParsedQuestion:
    qtype = draw(st.sampled_from(list(QType)))
    text = draw(question_texts)
    if qtype in (QType.SINGLE, QType.MULTI, QType.SJT):
        options = draw(choice_options(qtype))
    elif qtype is QType.TRUEFALSE:
        right = draw(st.booleans())
        options = [
            ParsedOption(TRUE, D(int(right)), draw(maybe_plain)),
            ParsedOption(FALSE, D(int(not right)), draw(maybe_plain)),
        ]
    elif qtype is QType.SHORT:
        options = [ParsedOption(draw(plain), D(1), draw(maybe_plain))]
        options += _options(draw, (0, 2), lambda _i: draw(fractions))
        options = draw(st.permutations(options))
    elif qtype is QType.NUMERIC:
        options = [
            ParsedOption(
                text=str(draw(st.decimals(min_value=-10000, max_value=10000, places=3))),
                fraction=D(1) if i == 0 else draw(fractions),
                feedback=draw(maybe_plain),
                tolerance=draw(st.one_of(st.none(), st.decimals(0, 100, places=3))),
            )
            for i in range(draw(st.integers(1, 3)))
        ]
    elif qtype is QType.MATCHING:
        prompts = [
            ParsedOption(text=draw(plain), match_text=draw(plain), feedback=draw(maybe_plain))
            for _ in range(draw(st.integers(2, 4)))
        ]
        distractors = [ParsedOption(match_text=draw(plain)) for _ in range(draw(st.integers(0, 2)))]
        options = draw(st.permutations(prompts + distractors))
    elif qtype is QType.ORDERING:
        options = [
            ParsedOption(text=draw(plain), feedback=draw(maybe_plain))
            for _ in range(draw(st.integers(2, 5)))
        ]
    else:
        text, options = draw(cloze())
    competency = draw(st.one_of(st.just(""), line.filter(lambda s: "," not in s)))
    return ParsedQuestion(
        qtype=qtype,
        name=draw(line),
        text=text,
        options=list(options),
        general_feedback=draw(maybe_plain),
        mark=draw(st.decimals(min_value=D("0.01"), max_value=100, places=2)),
        category="/".join(draw(st.lists(line.filter(lambda s: "/" not in s), max_size=3))),
        tags=draw(st.lists(line.filter(lambda s: "," not in s), max_size=3, unique=True)),
        competency=competency,
        level=draw(st.integers(1, 6)) if competency and draw(st.booleans()) else None,
        shuffle=draw(st.booleans()),
        audio=draw(
            st.one_of(
                st.none(),
                st.builds(
                    AudioClip,
                    name=st.sampled_from(["clip.ogg", "a b.mp3", "中文 #1.wav", "x%20y.m4a"]),
                    content=st.binary(max_size=64),
                ),
            )
        )
        if audio
        else None,
        transcript=draw(maybe_plain),
    )
