"""An attempt's questions as given to the learner, and reading the learner's answers back.

When an attempt starts, each question becomes an *item*: a JSON-ready dict that freezes the
question (text, mark, options with their credit and feedback) and the order in which this learner
sees its options. The attempt keeps its items (`Attempt.layout`), so grading and review never
depend on the bank as it is today.

An item:

    {"position": 0, "question_id": 12, "name": "...", "qtype": "single", "text": "<p>...</p>",
     "mark": "1.00", "general_feedback": "...", "audio_url": "/documents/3/clip.ogg" or "",
     "transcript": "...", "competency_id": 4 or None, "level": 3 or None,
     "options": [{"key": "57", "text": "...", "fraction": "1", "feedback": "...",
                  "match_text": "", "tolerance": None, "blank": None}, ...],   # the right order
     "display": ["59", "57", "58"],          # option keys in the order this learner sees them
     "answers": ["...", "..."]}              # MATCHING: the answer texts, in the learner's order

Form fields: the answer to the item at position N is posted as `qN` (a choice key, several keys
for MULTI, or typed text); MATCHING posts `qN-<prompt key>`, ORDERING posts `qN-<item key>` =
the place (1, 2, ...) the learner gives the item, CLOZE posts `qN-b<blank>`.
Reading a form never trusts it: unknown keys are dropped, texts are cut to a sane length, and
anything that does not fit the item's type is no answer.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .grading import cloze_blanks, is_dropdown
from .spec import CHOICE_TYPES, OptionSpec, QType, QuestionSpec

MAX_TEXT = 500


def item_from_question(question, *, position: int, rng: random.Random, shuffle: bool) -> dict:
    """The frozen item for `question` (a Question with its options prefetched)."""
    qtype = QType(question.qtype)
    options = [
        {
            "key": str(option.pk),
            "text": option.text,
            "fraction": str(option.fraction),
            "feedback": option.feedback,
            "match_text": option.match_text,
            "tolerance": None if option.tolerance is None else str(option.tolerance),
            "blank": option.blank,
        }
        for option in question.options.all()
    ]
    display = [option["key"] for option in options]
    # Ordering questions are always shuffled: shown in the right order they would give the answer.
    if qtype == QType.ORDERING or (shuffle and question.shuffle_options and qtype != QType.CLOZE):
        rng.shuffle(display)
        if qtype == QType.ORDERING and len(display) > 1:
            while display == [option["key"] for option in options]:
                rng.shuffle(display)
    if qtype == QType.TRUEFALSE:
        display = sorted(display, key=lambda key: _option(options, key)["text"] != "true")
    answers = []
    if qtype == QType.MATCHING:
        answers = sorted({option["match_text"] for option in options if option["match_text"]})
        rng.shuffle(answers)
    audio = question.audio
    return {
        "position": position,
        "question_id": question.pk,
        "name": question.name,
        "qtype": qtype.value,
        "text": question.text,
        "mark": str(question.mark),
        "general_feedback": question.general_feedback,
        "audio_url": audio.url if audio is not None else "",
        "audio_type": _audio_type(audio.filename) if audio is not None else "",
        "transcript": question.transcript,
        "competency_id": question.competency_id,
        "level": question.level,
        "options": options,
        "display": display,
        "answers": answers,
    }


def _audio_type(filename: str) -> str:
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"ogg": "audio/ogg", "opus": "audio/ogg", "mp3": "audio/mpeg", "wav": "audio/wav"}.get(
        ext, ""
    )


def _option(options: list[dict], key: str) -> dict:
    return next(option for option in options if option["key"] == key)


def spec_of(item: Mapping) -> QuestionSpec:
    """The QuestionSpec that grading needs, from a frozen item."""
    return QuestionSpec(
        qtype=QType(item["qtype"]),
        text=item["text"],
        mark=Decimal(item["mark"]),
        general_feedback=item.get("general_feedback", ""),
        id=item.get("question_id"),
        options=tuple(
            OptionSpec(
                key=option["key"],
                text=option["text"],
                fraction=Decimal(option["fraction"]),
                feedback=option.get("feedback", ""),
                match_text=option.get("match_text", ""),
                tolerance=None if option.get("tolerance") is None else Decimal(option["tolerance"]),
                blank=option.get("blank"),
            )
            for option in item["options"]
        ),
    )


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    # NUL never belongs in an answer, and PostgreSQL cannot store it in JSON.
    value = value.replace("\x00", "").strip()[:MAX_TEXT]
    return value or None


def _one_of(value: Any, allowed: set[str]) -> bool:
    return isinstance(value, str) and value in allowed


def clean_response(item: Mapping, raw: Any) -> Any:
    """`raw` reduced to a well-formed response for this item, or None for no answer."""
    qtype = QType(item["qtype"])
    keys = [option["key"] for option in item["options"]]
    if raw is None:
        return None
    if qtype in CHOICE_TYPES and qtype != QType.MULTI:
        return raw if isinstance(raw, str) and raw in keys else None
    if qtype == QType.MULTI:
        if not isinstance(raw, list | tuple):
            return None
        chosen = [key for key in keys if key in {k for k in raw if isinstance(k, str)}]
        return chosen or None
    if qtype in (QType.SHORT, QType.NUMERIC):
        return _text(raw)
    if qtype == QType.MATCHING:
        if not isinstance(raw, Mapping):
            return None
        answers = set(item.get("answers", []))
        prompts = [option["key"] for option in item["options"] if option["text"]]
        cleaned = {
            key: raw[key]
            for key in prompts
            if isinstance(raw.get(key), str) and raw[key] in answers
        }
        return cleaned or None
    if qtype == QType.ORDERING:
        if not isinstance(raw, list | tuple) or sorted(
            k for k in raw if isinstance(k, str)
        ) != sorted(keys):
            return None
        return list(raw) if len(raw) == len(keys) else None
    # CLOZE
    if not isinstance(raw, Mapping):
        return None
    spec = spec_of(item)
    cleaned = {}
    for number, options in cloze_blanks(spec).items():
        given = raw.get(str(number))
        if is_dropdown(options):
            if isinstance(given, str) and given in {o.key for o in options}:
                cleaned[str(number)] = given
        elif (text := _text(given)) is not None:
            cleaned[str(number)] = text
    return cleaned or None


def response_from_form(item: Mapping, data) -> Any:
    """The response to `item` in a submitted form (a QueryDict), cleaned."""
    qtype = QType(item["qtype"])
    name = f"q{item['position']}"
    if qtype == QType.MULTI:
        return clean_response(item, data.getlist(name))
    if qtype in CHOICE_TYPES or qtype in (QType.SHORT, QType.NUMERIC):
        return clean_response(item, data.get(name))
    if qtype == QType.MATCHING:
        prompts = [option["key"] for option in item["options"] if option["text"]]
        return clean_response(item, {key: data.get(f"{name}-{key}") for key in prompts})
    if qtype == QType.ORDERING:
        places = {}
        for key in item["display"]:
            try:
                places[key] = int(data.get(f"{name}-{key}", ""))
            except ValueError:
                return None
        # Every place used once: anything else is not an ordering yet.
        if sorted(places.values()) != list(range(1, len(places) + 1)):
            return None
        return clean_response(item, sorted(places, key=places.__getitem__))
    blanks = {option["blank"] for option in item["options"] if option["blank"] is not None}
    return clean_response(item, {str(n): data.get(f"{name}-b{n}") for n in blanks})


def responses_from_form(layout: list[Mapping], data) -> dict[str, Any]:
    """{position as str: response} for every item the form answers (unanswered ones left out)."""
    responses = {}
    for item in layout:
        response = response_from_form(item, data)
        if response is not None:
            responses[str(item["position"])] = response
    return responses
