"""Builders of raw lesson blocks for the demo courses (the JSON form courses.blocks stores)."""

from __future__ import annotations


def text(html: str) -> dict:
    return {"type": "text", "value": html}


def callout(kind: str, html: str) -> dict:
    return {"type": "callout", "value": {"kind": kind, "text": html}}


def phrasebook(title: str, phrases) -> dict:
    """phrases: (term, translation, note[, romanisation]) tuples."""
    return {
        "type": "phrasebook",
        "value": {"title": title, "phrases": [_phrase(*phrase) for phrase in phrases]},
    }


def _phrase(term: str, translation: str, note: str = "", romanisation: str = "") -> dict:
    return {
        "term": term,
        "translation": translation,
        "romanisation": romanisation,
        "audio": None,
        "note": note,
    }


def dialogue(title: str, setting: str, lines) -> dict:
    """lines: (speaker, line, translation) tuples."""
    return {
        "type": "dialogue",
        "value": {
            "title": title,
            "setting": setting,
            "lines": [
                {"speaker": speaker, "line": line, "translation": translation}
                for speaker, line, translation in lines
            ],
        },
    }


def scenario(title: str, situation: str, question: str, commentary: str) -> dict:
    return {
        "type": "scenario",
        "value": {
            "title": title,
            "situation": situation,
            "question": question,
            "commentary": commentary,
        },
    }


def check(question: str, options, explanation: str) -> dict:
    """options: (text, correct, feedback) tuples."""
    return {
        "type": "knowledge_check",
        "value": {
            "question": question,
            "options": [
                {"text": text, "correct": correct, "feedback": feedback}
                for text, correct, feedback in options
            ],
            "explanation": explanation,
        },
    }
