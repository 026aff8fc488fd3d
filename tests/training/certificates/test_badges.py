"""Open Badges 3.0: a certificate as an (unsigned) OpenBadgeCredential."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from decimal import Decimal

import pytest
from django.core.cache import cache

from training.certificates.badges import (
    open_badge_credential,
    open_badge_filename,
    open_badge_json,
)
from training.certificates.links import site_url, verify_url
from training.certificates.models import Certificate
from training.certificates.services import certificate_revoke

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
URN_UUID = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def certificate(org, course, complete) -> Certificate:
    return complete(org.learner, course)


def in_memory_certificate(**fields) -> Certificate:
    """A certificate that is never saved: the credential is built from its fields alone."""
    values = {
        "code": "ABCD2345EFGH6789",
        "course_key": uuid.UUID("5f0c1e8a-3b1d-4c8e-9a57-2b8f6d0e4c11"),
        "locale": "en",
        "holder_name_zh": "李赟",
        "holder_name_latin": "LI Yun",
        "staff_number": "S99999",
        "course_title": "English at the service desk",
        "course_title_zh": "服务台英语",
        "course_title_en": "English at the service desk",
        "level": "B1",
        "competencies": [
            {
                "code": "svc-en",
                "name_zh": "英语服务",
                "name_en": "Service in English",
                "scale": "cefr",
                "level": 3,
            },
            {
                "code": "intercultural",
                "name_zh": "跨文化沟通",
                "name_en": "Intercultural communication",
                "scale": "five",
                "level": 2,
            },
        ],
        "hours": Decimal("1.5"),
        "score": Decimal("87.50"),
        "completed_at": dt.datetime(2025, 3, 1, 2, 30, tzinfo=dt.UTC),
        "issued_at": dt.datetime(2025, 3, 1, 2, 31, 5, 123456, tzinfo=dt.UTC),
        "expires_on": dt.date(2027, 3, 1),
        "design": {
            "title_zh": "结业证书",
            "title_en": "Certificate of Completion",
            "issuer_zh": "滨江大学图书馆",
            "issuer_en": "Binjiang University Library",
        },
    }
    values.update(fields)
    return Certificate(**values)


def test_the_credential_has_the_open_badges_3_shape(certificate):
    credential = open_badge_credential(certificate)

    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["id"] == verify_url(certificate.formatted_code)
    assert credential["issuer"] == {
        "id": site_url(),
        "type": ["Profile"],
        "name": "滨江大学图书馆",  # completed in Chinese: the texts are in Chinese
    }
    assert isinstance(credential["name"], str) and "服务台英语" in credential["name"]
    assert isinstance(credential["description"], str) and credential["description"]
    assert TIMESTAMP.match(credential["validFrom"])
    assert TIMESTAMP.match(credential["validUntil"])
    assert "proof" not in credential  # unsigned: verified through its id (the verify page)

    subject = credential["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert "id" not in subject
    assert subject["identifier"] == [
        {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": name}
        for name in ("李赟", "LI Yun")
    ]
    assert TIMESTAMP.match(subject["activityEndDate"])

    achievement = subject["achievement"]
    assert achievement["id"] == f"urn:uuid:{certificate.course_key}"
    assert achievement["type"] == ["Achievement"]
    assert achievement["achievementType"] == "Certificate"
    assert achievement["name"] == "服务台英语"
    assert isinstance(achievement["description"], str) and achievement["description"]
    assert isinstance(achievement["criteria"]["narrative"], str)
    assert achievement["criteria"]["narrative"]

    assert credential["credentialSchema"] == [
        {
            "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
            "ob_v3p0_achievementcredential_schema.json",
            "type": "1EdTechJsonSchemaValidator2019",
        }
    ]
    status = credential["credentialStatus"]
    assert status["id"] == verify_url(certificate.formatted_code) + "?format=json"
    assert isinstance(status["type"], str) and status["type"]


def test_dates_are_utc_and_valid_until_ends_the_last_valid_day():
    credential = open_badge_credential(in_memory_certificate())

    assert credential["validFrom"] == "2025-03-01T02:31:05Z"
    # expires_on 2027-03-01 is the last valid day; it ends at midnight in Shanghai (UTC+8)
    assert credential["validUntil"] == "2027-03-01T16:00:00Z"
    assert credential["credentialSubject"]["activityEndDate"] == "2025-03-01T02:30:00Z"


def test_a_certificate_without_expiry_has_no_valid_until():
    credential = open_badge_credential(in_memory_certificate(expires_on=None))

    assert "validUntil" not in credential


def test_the_language_follows_the_completion_unless_asked():
    english = open_badge_credential(in_memory_certificate(locale="en"))
    chinese = open_badge_credential(in_memory_certificate(locale="zh-hans"))
    asked = open_badge_credential(in_memory_certificate(locale="zh-hans"), language="en")

    assert english["issuer"]["name"] == "Binjiang University Library"
    assert english["credentialSubject"]["achievement"]["name"] == "English at the service desk"
    assert chinese["issuer"]["name"] == "滨江大学图书馆"
    assert chinese["credentialSubject"]["achievement"]["name"] == "服务台英语"
    assert asked["credentialSubject"]["achievement"]["name"] == "English at the service desk"
    # whatever the language, the identifiers do not change
    for key in ("id", "validFrom", "validUntil", "credentialStatus"):
        assert english[key] == chinese[key] == asked[key]
    assert (
        english["credentialSubject"]["achievement"]["id"]
        == chinese["credentialSubject"]["achievement"]["id"]
    )


def test_levels_and_score_are_results_described_by_the_achievement():
    credential = open_badge_credential(in_memory_certificate())
    subject = credential["credentialSubject"]
    descriptions = {item["id"]: item for item in subject["achievement"]["resultDescription"]}
    results = subject["result"]

    assert len(results) == 4  # course level, two competencies, score
    for result in results:
        assert result["type"] == ["Result"]
        description = descriptions[result["resultDescription"]]
        assert description["type"] == ["ResultDescription"]
        assert isinstance(description["name"], str) and description["name"]
        assert description["resultType"] in {"PerformanceLevel", "Percent"}
        assert URN_UUID.match(description["id"])
        if "allowedValue" in description:
            assert result["value"] in description["allowedValue"]
    values = [result["value"] for result in results]
    assert values == ["B1", "B1", "2", "87.50"]
    assert any("Service in English" in item["name"] for item in descriptions.values())


def test_result_descriptions_are_the_same_for_every_holder_of_the_course():
    first = open_badge_credential(in_memory_certificate())
    second = open_badge_credential(
        in_memory_certificate(code="WXYZ2345EFGH6789", holder_name_latin="SUN Yue")
    )

    def ids(credential):
        achievement = credential["credentialSubject"]["achievement"]
        return [achievement["id"]] + [item["id"] for item in achievement["resultDescription"]]

    assert ids(first) == ids(second)
    assert first["id"] != second["id"]


def test_a_certificate_without_levels_or_score_has_no_results():
    credential = open_badge_credential(in_memory_certificate(level="", competencies=[], score=None))

    assert "result" not in credential["credentialSubject"]
    assert "resultDescription" not in credential["credentialSubject"]["achievement"]


def test_nothing_private_is_in_the_badge(org, certificate):
    text = open_badge_json(certificate)

    assert certificate.staff_number not in text
    assert org.learner.user.email not in text
    assert org.learner.user.username not in text
    assert org.isss_desk.name_en not in text and org.isss_desk.name_zh not in text
    assert json.loads(text) == open_badge_credential(certificate)
    assert "李赟" in text  # readable UTF-8, not \\u escapes


def test_the_status_address_answers_with_the_current_status(client, org, certificate):
    status_url = open_badge_credential(certificate)["credentialStatus"]["id"]
    path = status_url.removeprefix(site_url())

    assert client.get(path).json()["status"] == "valid"
    certificate_revoke(certificate=certificate, reason="Issued in error", actor=org.hr.user)
    assert client.get(path).json()["status"] == "revoked"
    # the id of the credential is the verify page itself
    page = client.get(open_badge_credential(certificate)["id"].removeprefix(site_url()))
    assert page.status_code == 200
    assert 'data-status="revoked"' in page.content.decode()


def test_an_issuer_without_a_name_in_the_design_is_the_library(settings):
    credential = open_badge_credential(in_memory_certificate(design={}), language="en")

    assert credential["issuer"]["name"] == settings.MERIDIAN_LIBRARY_NAME["en"]
    assert credential["name"]  # "Certificate: <course>"


def test_the_filename():
    certificate = in_memory_certificate()

    assert open_badge_filename(certificate) == "open-badge-ABCD-2345-EFGH-6789.json"
    assert open_badge_filename(certificate).isascii()
