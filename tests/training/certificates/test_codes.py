"""Verification codes: format, strength, grouping, normalisation and uniqueness."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from django.db import IntegrityError, transaction

from tests.factories import make_staff
from training.certificates import services
from training.certificates.models import (
    CODE_ALPHABET,
    CODE_GROUP,
    CODE_LENGTH,
    Certificate,
    format_code,
    new_code,
    normalise_code,
)

LOOK_ALIKES = "01OILU"


# --- format and strength ----------------------------------------------------------------------


def test_the_alphabet_has_no_look_alikes():
    assert len(CODE_ALPHABET) == len(set(CODE_ALPHABET)) == 30
    assert not any(ch.islower() for ch in CODE_ALPHABET)
    assert CODE_ALPHABET.isalnum() and CODE_ALPHABET.isascii()
    assert not set(LOOK_ALIKES) & set(CODE_ALPHABET)


def test_a_code_has_16_characters_from_the_alphabet():
    for _ in range(200):
        code = new_code()
        assert len(code) == CODE_LENGTH == 16
        assert set(code) <= set(CODE_ALPHABET)


def test_a_code_carries_at_least_64_bits():
    bits = CODE_LENGTH * math.log2(len(CODE_ALPHABET))

    assert bits >= 64
    assert bits == pytest.approx(16 * math.log2(30))  # about 78.5


def test_new_codes_are_distinct_and_use_the_whole_alphabet():
    codes = [new_code() for _ in range(5000)]

    assert len(set(codes)) == len(codes)
    counts = Counter("".join(codes))
    assert set(counts) == set(CODE_ALPHABET)
    expected = 5000 * CODE_LENGTH / len(CODE_ALPHABET)  # about 2667 of each
    assert all(0.8 * expected < count < 1.2 * expected for count in counts.values())


# --- grouping and normalisation ---------------------------------------------------------------


def test_codes_are_printed_in_four_groups_of_four():
    assert CODE_GROUP == 4
    assert format_code("ABCD2345EFGH6789") == "ABCD-2345-EFGH-6789"
    code = new_code()
    groups = format_code(code).split("-")
    assert [len(group) for group in groups] == [4, 4, 4, 4]
    assert "".join(groups) == code


@pytest.mark.parametrize(
    "typed",
    [
        "ABCD2345EFGH6789",
        "ABCD-2345-EFGH-6789",
        "abcd-2345-efgh-6789",
        "abcd2345efgh6789",
        "ABCD 2345 EFGH 6789",
        " ABCD-2345 efgh 6789 ",
        "ABCD\u20132345\u2013EFGH\u20136789",  # en dashes, as word processors print them
        "ABCD\u20102345\u2011EFGH\u00a06789",  # hyphen, non-breaking hyphen, no-break space
        "AB-CD-23-45-EF-GH-67-89",
    ],
)
def test_a_code_as_typed_normalises_to_the_stored_form(typed):
    assert normalise_code(typed) == "ABCD2345EFGH6789"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "ABCD-2345-EFGH-678",  # 15
        "ABCD-2345-EFGH-67899",  # 17
        "ABCD-2345-EFGH-678O",  # O is not in the alphabet
        "ABCD-2345-EFGH-6781",
        "ABCD-2345-EFGH-678I",
        "ABCD-2345-EFGH-678L",
        "ABCD-2345-EFGH-678U",
        "ABCD-2345-EFGH-6780",
        "ABCD_2345_EFGH_6789",
        "ABCD.2345.EFGH.6789",
        "ＡＢＣＤ２３４５ＥＦＧＨ６７８９",  # full-width letters are not the code's characters
        "ABCD2345EFGH6789" * 10,
        "<script>ABCD2345EFGH6789",
    ],
)
def test_anything_else_is_not_a_code(typed):
    assert normalise_code(typed) is None


def test_normalising_is_idempotent_and_inverts_grouping():
    for _ in range(100):
        code = new_code()
        assert normalise_code(code) == code
        assert normalise_code(format_code(code)) == code
        assert normalise_code(format_code(code).lower()) == code


# --- uniqueness -------------------------------------------------------------------------------


def _copy(certificate: Certificate, **fields) -> Certificate:
    """A second certificate of the same completion, as a re-issue would make (no other unique
    field clashes with the original), with `fields` changed."""
    values = {
        field.attname: getattr(certificate, field.attname)
        for field in Certificate._meta.concrete_fields
        if field.name not in {"id", "supersedes"}
    }
    values.update(supersedes=certificate, **fields)
    return Certificate(**values)


def test_the_database_refuses_a_duplicate_code(org, course, complete):
    certificate = complete(org.learner, course)

    with pytest.raises(IntegrityError), transaction.atomic():
        _copy(certificate).save()  # same code
    with transaction.atomic():
        _copy(certificate, code=new_code()).save()  # the same row with a fresh code is fine


def test_issuing_draws_again_when_a_code_is_taken(org, course, complete, monkeypatch):
    taken = complete(org.learner, course).code
    fresh = "WXYZ2345EFGH6789"
    drawn = iter([taken, taken, fresh])
    monkeypatch.setattr(services, "new_code", lambda: next(drawn))
    other = make_staff(org.isss_desk, name_zh="孙玥", name_latin="SUN Yue")

    certificate = complete(other, course)

    assert certificate.code == fresh
    assert Certificate.objects.filter(code=taken).count() == 1


def test_many_issued_certificates_have_distinct_codes(org, courses, complete):
    built = [courses.course(f"course-{n}", lessons=("one",), translate=False) for n in range(3)]
    staff = [org.learner, org.visiting, org.circ_staff, org.isss_manager, org.circ_manager]
    certificates = [complete(person, course) for course in built for person in staff]

    codes = [certificate.code for certificate in certificates]
    assert len(codes) == 15
    assert len(set(codes)) == len(codes)
    assert Certificate.objects.values("code").distinct().count() == 15
    for code in codes:
        assert normalise_code(code) == code
