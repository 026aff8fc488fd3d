"""The plain shape of a question, shared by grading, import/export and the attempt snapshot.

Nothing here touches the database: `grading.py` grades a `QuestionSpec`, the formats in
`formats/` read and write `ParsedQuestion`, and an attempt stores the specs it was started with
(so editing a question later never changes an attempt already taken).

How each type uses its options (`OptionSpec`):

- SINGLE, TRUEFALSE, SJT: one option is chosen; its `fraction` is the credit (-1..1, a negative
  credit counts as zero). TRUEFALSE has exactly two options whose `text` is "true" and "false".
  SJT (situational judgement) weights are 1 (best), between 0 and 1 (acceptable), 0 or less (poor).
- MULTI: any options are chosen; the credit is the sum of their fractions, kept within 0..1.
- SHORT: every option is an accepted answer (`text`, `*` is a wildcard) with its credit; the best
  match counts. Matching ignores case, surrounding and repeated spaces, and full-width versus
  half-width forms (Unicode NFKC).
- NUMERIC: every option is an accepted value (`text`, a decimal) with a `tolerance`; the best
  match counts. A range a..b is the value (a+b)/2 with tolerance (b-a)/2.
- MATCHING: every option pairs a prompt (`text`) with its answer (`match_text`); an option with
  an empty `text` is a distractor answer. Credit: the share of prompts matched rightly.
- ORDERING: the options in their right order; credit: the share of items in the right place.
- CLOZE: the question text holds blanks written `[[1]]`, `[[2]]`...; each option belongs to one
  `blank`. A blank whose options include a wrong one (fraction <= 0) is a drop-down choice, any
  other blank is typed and matched like SHORT. Credit: the mean of the blanks' credits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class QType(StrEnum):
    SINGLE = "single"
    MULTI = "multi"
    TRUEFALSE = "truefalse"
    SHORT = "short"
    NUMERIC = "numeric"
    MATCHING = "matching"
    ORDERING = "ordering"
    CLOZE = "cloze"
    SJT = "sjt"


# Types whose options are chosen by key (the learner picks, never types).
CHOICE_TYPES = frozenset({QType.SINGLE, QType.TRUEFALSE, QType.SJT, QType.MULTI})

TRUE, FALSE = "true", "false"


class TextFormat(StrEnum):
    """How a question's text is written, as GIFT and Moodle XML name the formats."""

    HTML = "html"
    PLAIN = "plain"
    MOODLE = "moodle"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class OptionSpec:
    key: str
    text: str = ""
    fraction: Decimal = Decimal(0)
    feedback: str = ""
    match_text: str = ""
    tolerance: Decimal | None = None
    blank: int | None = None


@dataclass(frozen=True)
class QuestionSpec:
    """What grading needs to know of a question. `id` is the bank question's id, if any."""

    qtype: QType
    text: str
    options: tuple[OptionSpec, ...]
    mark: Decimal = Decimal(1)
    general_feedback: str = ""
    id: int | None = None


# --- the neutral form that import and export speak --------------------------------------------


@dataclass
class ParsedOption:
    text: str = ""
    fraction: Decimal = Decimal(0)
    feedback: str = ""
    match_text: str = ""
    tolerance: Decimal | None = None
    blank: int | None = None


@dataclass
class AudioClip:
    """A listening question's clip: the file name and its bytes."""

    name: str
    content: bytes


@dataclass
class ParsedQuestion:
    """One question as a file describes it. `text` is HTML (see formats.base.to_html)."""

    qtype: QType
    name: str
    text: str
    options: list[ParsedOption] = field(default_factory=list)
    general_feedback: str = ""
    mark: Decimal = Decimal(1)
    category: str = ""  # a path "Service desk/Greetings"; "" is the bank's top category
    tags: list[str] = field(default_factory=list)
    competency: str = ""  # a competency code, or ""
    level: int | None = None  # the level on the competency's scale (CEFR: 1 = A1 ... 6 = C2)
    shuffle: bool = True
    audio: AudioClip | None = None
    transcript: str = ""
    source: str = ""  # where it came from, for messages: "line 12" or "question 3"


@dataclass(frozen=True)
class Problem:
    """Something wrong with a file. `unsupported` problems may be skipped if the editor agrees;
    any other problem means the file is not imported at all."""

    where: str
    message: str
    unsupported: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ParseResult:
    questions: list[ParsedQuestion] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.unsupported]

    @property
    def unsupported(self) -> list[Problem]:
        return [p for p in self.problems if p.unsupported]
