"""Dates as the pages write them (config/formats/), for tests that compare a page's text."""

from __future__ import annotations

import datetime as dt

from django.utils import formats, translation


def short_date(day: dt.date, language: str = "en") -> str:
    """The date of a table cell: 6 Nov 2026 in English, 2026-11-06 in Chinese."""
    with translation.override(language):
        return formats.date_format(day, "SHORT_DATE_FORMAT")
