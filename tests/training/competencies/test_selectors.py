"""The team's fast level query gives exactly the levels of the rule, on any mix of evidence."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.utils import timezone

from tests.factories import make_staff
from training.competencies.levels import SKILLS
from training.competencies.models import Competency, Evidence
from training.competencies.selectors import levels_for, verified_levels_for
from training.people.models import Language


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_verified_levels_for_equals_the_rule(org, seed, django_assert_max_num_queries):
    rng = random.Random(seed)
    language, _ = Language.objects.get_or_create(
        code="ja", defaults={"name_zh": "日语", "name_en": "Japanese"}
    )
    japanese = Competency.objects.create(
        code="lang-ja",
        area="languages",
        scale="cefr",
        language=language,
        name_zh="日语",
        name_en="Japanese",
    )
    culture = Competency.objects.create(
        code="culture", area="cultural", name_zh="跨文化", name_en="Culture"
    )
    staff = [make_staff(org.isss_desk, name_latin=f"STAFF {seed}-{index}") for index in range(25)]
    now = timezone.now()
    today = timezone.localdate()
    rows = []
    for person in staff:
        for competency in (japanese, culture):
            for index in range(rng.randint(0, 7)):
                source = rng.choice(["quiz", "course", "manager", "manager", "self"])
                skill = rng.choice(["", "", *SKILLS]) if competency.is_language else ""
                top = 6 if competency.is_language else 5
                rows.append(
                    Evidence(
                        staff=person,
                        competency=competency,
                        level=rng.randint(1, top),
                        skill=skill,
                        source=source,
                        source_ref=f"seed:{seed}:{index}:{rng.random()}",
                        recorded_at=now - dt.timedelta(days=rng.randint(-3, 900), minutes=index),
                        expires_on=rng.choice(
                            [None, None, today + dt.timedelta(days=rng.randint(-400, 400))]
                        ),
                        withdrawn_at=rng.choice(
                            [None, None, None, now - dt.timedelta(days=rng.randint(-5, 300))]
                        ),
                    )
                )
    Evidence.objects.bulk_create(rows)

    ids = [person.pk for person in staff]
    full = levels_for(ids, [japanese, culture])
    with django_assert_max_num_queries(2):
        fast = verified_levels_for(ids, [japanese, culture])
    checked = 0
    for person in staff:
        for competency in (japanese, culture):
            pair = (person.pk, competency.pk)
            expected = full.get(pair)
            got = fast.get(pair)
            if expected is None or expected.evidence_count == 0:
                assert got is None, pair  # only self-assessments, or nothing: no verified level
                continue
            assert (got.level, got.skills) == (expected.level, expected.skills), pair
            checked += 1
    assert checked > 20
