"""How a person's name is shown to the reader: in the reader's script first, both when known."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


def _names(person) -> tuple[str, str]:
    """(Chinese, Latin letters) of a staff profile, a certificate or a register row."""
    if person is None:
        return "", ""
    if isinstance(person, dict):
        return person.get("name_zh") or "", person.get("name_latin") or ""
    zh = getattr(person, "name_zh", None) or getattr(person, "holder_name_zh", None) or ""
    latin = getattr(person, "name_latin", None) or getattr(person, "holder_name_latin", None) or ""
    return zh, latin


@register.simple_tag
def person_name(person=None, *, zh: str = "", latin: str = "", alternate: bool = True, default=""):
    """`李赟 LI Yun` on a Chinese page and `LI Yun 李赟` on an English one, each part in its `lang`.

    The second name is muted (`person-name__alt`); `alternate=False` shows only the first, for
    tight places such as the page header. A person without names shows `default`.
    """
    if person is not None:
        zh, latin = _names(person)
    english = (get_language() or "").startswith("en")
    parts = [(latin, "en"), (zh, "zh-Hans")] if english else [(zh, "zh-Hans"), (latin, "en")]
    parts = [(name, lang) for name, lang in parts if name]
    if not parts:
        return default
    (first, first_lang), rest = parts[0], parts[1:]
    html = format_html('<span lang="{}">{}</span>', first_lang, first)
    if alternate and rest:
        second, second_lang = rest[0]
        html = format_html(
            '{} <span class="person-name__alt" lang="{}">{}</span>', html, second_lang, second
        )
    return format_html('<span class="person-name">{}</span>', html)
