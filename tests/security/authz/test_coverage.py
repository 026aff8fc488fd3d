"""The matrix covers every URL pattern: a new URL without an entry in the matrix (or a listed
exclusion with its reason) fails here, naming the patterns that are not covered."""

from __future__ import annotations

import re

from . import test_admin, test_api, test_site
from .urlmap import all_patterns

COVERED = {case.covers for module in (test_site, test_api, test_admin) for case in module.CASES}


def test_every_url_pattern_is_in_the_matrix():
    uncovered = [
        f"{key}  ({route})"
        for route, key in all_patterns()
        if key not in COVERED and test_admin.excluded_reason(key) is None
    ]
    assert not uncovered, (
        "URL patterns without an entry in the authorisation matrix (tests/security/authz/): "
        "add cases for them, or an exclusion with its reason:\n  " + "\n  ".join(uncovered)
    )


def test_every_exclusion_is_needed_and_explained():
    keys = [key for _route, key in all_patterns()]
    for pattern, reason in test_admin.EXCLUDED.items():
        assert reason.strip(), f"exclusion {pattern} gives no reason"
        matched = [key for key in keys if re.search(pattern, key)]
        assert matched, f"exclusion {pattern} matches no URL pattern any more: remove it"
        assert not set(matched) & COVERED, (
            f"exclusion {pattern} hides URLs the matrix requests: {set(matched) & COVERED}"
        )


def test_every_case_names_a_real_pattern():
    keys = {key for _route, key in all_patterns()}
    assert keys >= COVERED, f"cases cover names that are no URL pattern: {COVERED - keys}"
