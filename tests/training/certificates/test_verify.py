"""The public verify page (`/verify/<code>/`, `?format=json`), its form and its rate limit."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zoneinfo

import pytest
import time_machine
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from training.certificates import ratelimit
from training.certificates.links import verify_url
from training.certificates.models import Certificate
from training.certificates.services import (
    certificate_reissue,
    certificate_revoke,
    certificate_store_pdf,
)
from training.certificates.verification import certificate_by_code

UNKNOWN_CODE = "ABCD-2345-EFGH-6789"
LOCAL = zoneinfo.ZoneInfo(settings.TIME_ZONE)


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def certificate(org, course, complete) -> Certificate:
    return complete(org.learner, course)


def page_url(code: str, language: str = "zh-hans") -> str:
    with translation.override(language):
        return reverse("certificate-verify", kwargs={"code": code})


def form_url(language: str = "zh-hans") -> str:
    with translation.override(language):
        return reverse("certificate-verify-form")


def main(response) -> str:
    """The page's own content (the site header holds the address, in links)."""
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def status_of(response) -> str:
    found = re.search(r'data-status="([a-z]+)"', response.content.decode())
    return found.group(1) if found else ""


def assert_private_headers(response) -> None:
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"


def local_noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=LOCAL)


# --- a valid certificate ----------------------------------------------------------------------


def test_valid_certificate_page_in_chinese(client, certificate):
    response = client.get(page_url(certificate.formatted_code))

    assert response.status_code == 200
    assert_private_headers(response)
    assert status_of(response) == "valid"
    html = main(response)
    assert '<html lang="zh-Hans">' in response.content.decode()
    for fact in (
        certificate.formatted_code,
        "李赟",
        "LI Yun",
        "服务台英语",  # the title as completed
        "English at the service desk",  # and in the other language
        "滨江大学图书馆",  # the issuing library, from the certificate's design
        "Binjiang University Library",
        "钱琤",
        "QIAN Cheng",
        "结业证书",
    ):
        assert fact in html, fact
    completed = certificate.completed_at.astimezone(LOCAL).date()
    issued = certificate.issued_at.astimezone(LOCAL).date()
    assert f'datetime="{completed:%Y-%m-%d}"' in html
    assert f'datetime="{issued:%Y-%m-%d}"' in html
    assert f'datetime="{certificate.expires_on:%Y-%m-%d}"' in html
    assert "<dd>1</dd>" in html  # the hours: 60 minutes, printed as on the certificate


def test_valid_certificate_page_in_english(client, certificate):
    response = client.get(page_url(certificate.formatted_code, "en"))

    assert response.status_code == 200
    assert_private_headers(response)
    assert '<html lang="en">' in response.content.decode()
    html = main(response)
    assert status_of(response) == "valid"
    assert ">Valid<" in html
    assert "Status" in html
    assert "李赟" in html and "LI Yun" in html
    assert "服务台英语" in html and "English at the service desk" in html
    assert "Binjiang University Library" in html
    assert "Does not expire" not in html
    assert "<dt>Hours</dt>" in html and "<dd>1</dd>" in html
    assert "What the certificate says" in html


def test_valid_certificate_json(client, certificate):
    response = client.get(page_url(certificate.formatted_code), {"format": "json"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert_private_headers(response)
    data = response.json()
    assert data["code"] == certificate.formatted_code
    assert data["verify_url"] == verify_url(certificate.formatted_code)
    assert data["verify_url"].startswith(settings.MERIDIAN_SITE_URL.rstrip("/") + "/verify/")
    assert data["status"] == "valid"
    assert data["status_since"] is None
    assert data["holder"] == {"name_zh": "李赟", "name_latin": "LI Yun"}
    assert data["course"]["title"] == "服务台英语"
    assert data["course"]["title_zh"] == "服务台英语"
    assert data["course"]["title_en"] == "English at the service desk"
    assert data["course"]["language"] == "zh-hans"
    assert data["hours"] == "1"
    assert data["completed_on"] == certificate.completed_at.astimezone(LOCAL).date().isoformat()
    assert data["issued_on"] == certificate.issued_at.astimezone(LOCAL).date().isoformat()
    assert data["expires_on"] == certificate.expires_on.isoformat()
    assert data["issuer"] == {
        "name_zh": "滨江大学图书馆",
        "name_en": "Binjiang University Library",
    }
    assert data["revoked_on"] is None
    assert data["superseded_by"] is None
    assert set(data) == {
        "code",
        "verify_url",
        "status",
        "status_since",
        "holder",
        "certificate_title",
        "course",
        "competencies",
        "hours",
        "completed_on",
        "issued_on",
        "expires_on",
        "issuer",
        "signatory",
        "revoked_on",
        "superseded_by",
        "pdf_sha256",
    }


def test_json_is_the_same_in_every_language(client, certificate):
    chinese = client.get(page_url(certificate.formatted_code), {"format": "json"}).json()
    english = client.get(page_url(certificate.formatted_code, "en"), {"format": "json"}).json()

    assert chinese == english


def test_competency_levels_and_course_level_are_shown(client, org, course, complete):
    from training.competencies.models import Competency

    competency = Competency.objects.create(
        code="svc-en", name_zh="英语服务", name_en="Service in English", scale="five"
    )
    course.zh.cefr_level = ""
    course.zh.competency_outcomes.create(competency=competency, level=3)
    course.zh.save_revision().publish()
    certificate = complete(org.learner, course)

    html = main(client.get(page_url(certificate.formatted_code, "en")))
    data = client.get(page_url(certificate.formatted_code), {"format": "json"}).json()

    assert "Service in English" in html and "英语服务" in html
    assert "level 3" in html
    assert data["competencies"] == [
        {
            "code": "svc-en",
            "name_zh": "英语服务",
            "name_en": "Service in English",
            "scale": "five",
            "level": 3,
            "level_label": "3",
        }
    ]


def test_without_expiry_the_page_says_it_does_not_expire(client, org, courses, complete):
    built = courses.course("no-expiry", lessons=("one",), title_zh="无期限", title_en="Forever")
    certificate = complete(org.learner, built)
    assert certificate.expires_on is None

    html = main(client.get(page_url(certificate.formatted_code, "en")))
    data = client.get(page_url(certificate.formatted_code), {"format": "json"}).json()

    assert "Does not expire" in html
    assert "does not expire" in html
    assert data["expires_on"] is None


# --- expired, revoked, superseded -------------------------------------------------------------


def test_expired_certificate(client, certificate):
    first_expired_day = certificate.expires_on + dt.timedelta(days=1)
    with time_machine.travel(local_noon(first_expired_day), tick=False):
        zh = client.get(page_url(certificate.formatted_code))
        en = client.get(page_url(certificate.formatted_code, "en"))
        data = client.get(page_url(certificate.formatted_code), {"format": "json"}).json()

    assert zh.status_code == en.status_code == 200
    assert status_of(zh) == status_of(en) == "expired"
    assert ">Expired<" in main(en)
    assert "李赟" in main(zh) and "服务台英语" in main(zh)
    assert data["status"] == "expired"
    assert data["status_since"] == first_expired_day.isoformat()
    assert data["expires_on"] == certificate.expires_on.isoformat()


def test_the_last_day_is_still_valid(client, certificate):
    with time_machine.travel(local_noon(certificate.expires_on), tick=False):
        data = client.get(page_url(certificate.formatted_code), {"format": "json"}).json()

    assert data["status"] == "valid"


def test_revoked_certificate_shows_the_date_but_not_the_reason(client, org, certificate):
    reason = "Plagiarised the final quiz (case HR-2291)"
    revocation = certificate_revoke(certificate=certificate, reason=reason, actor=org.hr.user)
    revoked_on = revocation.revoked_at.astimezone(LOCAL).date()

    zh = client.get(page_url(certificate.formatted_code))
    en = client.get(page_url(certificate.formatted_code, "en"))
    response = client.get(page_url(certificate.formatted_code), {"format": "json"})

    assert status_of(zh) == status_of(en) == "revoked"
    assert ">Revoked<" in main(en)
    assert "revoked by the issuing library" in main(en)
    assert "李赟" in main(zh) and "服务台英语" in main(zh)
    data = response.json()
    assert data["status"] == "revoked"
    assert data["revoked_on"] == data["status_since"] == revoked_on.isoformat()
    for body in (zh.content.decode(), en.content.decode(), response.content.decode()):
        assert "Plagiarised" not in body
        assert "HR-2291" not in body
        assert "周珺" not in body  # who revoked it


def test_superseded_certificate_links_to_its_replacement(client, org, certificate):
    replacement = certificate_reissue(
        certificate=certificate, reason="Name corrected", actor=org.hr.user
    )

    zh = client.get(page_url(certificate.formatted_code))
    en = client.get(page_url(certificate.formatted_code, "en"))
    data = client.get(page_url(certificate.formatted_code), {"format": "json"}).json()

    assert status_of(zh) == status_of(en) == "superseded"
    assert ">Superseded<" in main(en)
    assert f'href="{page_url(replacement.formatted_code)}"' in main(zh)
    assert f'href="{page_url(replacement.formatted_code, "en")}"' in main(en)
    assert replacement.formatted_code in main(en)
    assert data["status"] == "superseded"
    assert data["status_since"] == replacement.issued_at.astimezone(LOCAL).date().isoformat()
    assert data["superseded_by"] == {
        "code": replacement.formatted_code,
        "verify_url": verify_url(replacement.formatted_code),
    }
    assert "Name corrected" not in zh.content.decode() + en.content.decode()
    followed = client.get(page_url(replacement.formatted_code))
    assert status_of(followed) == "valid"


# --- the PDF checksum -------------------------------------------------------------------------


def test_the_checksum_of_the_stored_pdf_is_shown(client, certificate):
    certificate.refresh_from_db()
    if not certificate.pdf:  # the render task may not have produced one in this environment
        certificate_store_pdf(certificate=certificate, pdf=b"%PDF-1.7 a certificate")
        certificate.refresh_from_db()
    with certificate.pdf.open("rb") as stored:
        expected = hashlib.sha256(stored.read()).hexdigest()
    assert certificate.pdf_sha256 == expected

    html = main(client.get(page_url(certificate.formatted_code, "en")))
    data = client.get(page_url(certificate.formatted_code), {"format": "json"}).json()

    assert expected in html
    assert "certutil -hashfile" in html
    assert data["pdf_sha256"] == expected


def test_without_a_stored_pdf_there_is_no_checksum(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(pdf="", pdf_sha256="")

    html = main(client.get(page_url(certificate.formatted_code, "en")))
    data = client.get(page_url(certificate.formatted_code), {"format": "json"}).json()

    assert 'id="pdf-sha256"' not in html
    assert data["pdf_sha256"] is None


# --- codes as typed ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        lambda code: code.lower(),
        lambda code: code,  # ungrouped, as stored
        lambda code: f"{code[:4]} {code[4:8]} {code[8:12]} {code[12:]}".lower(),
        lambda code: f"{code[:8]}-{code[8:]}",
    ],
)
def test_a_code_as_typed_redirects_to_the_grouped_address(client, certificate, typed):
    response = client.get(page_url(typed(certificate.code)))

    assert response.status_code == 301
    assert response["Location"] == page_url(certificate.formatted_code)
    assert_private_headers(response)
    assert status_of(client.get(response["Location"])) == "valid"


def test_the_redirect_keeps_the_language_and_the_format(client, certificate):
    response = client.get(page_url(certificate.code.lower(), "en"), {"format": "json"})

    assert response.status_code == 301
    assert response["Location"] == page_url(certificate.formatted_code, "en") + "?format=json"
    assert client.get(response["Location"]).json()["status"] == "valid"


def test_the_selector_accepts_any_spelling(certificate):
    for typed in (certificate.code, certificate.code.lower(), certificate.formatted_code.lower()):
        assert certificate_by_code(typed) == certificate
    assert certificate_by_code("") is None
    assert certificate_by_code(UNKNOWN_CODE) is None


# --- unknown and malformed codes --------------------------------------------------------------


MALFORMED = ["nope", "ABCD-2345-EFGH-678", "ABCD-2345-EFGH-67890", "OOOO-IIII-LLLL-0000", "x" * 200]


@pytest.mark.parametrize("code", MALFORMED)
def test_unknown_and_malformed_codes_get_the_same_404(client, certificate, code):
    unknown = client.get(page_url(UNKNOWN_CODE))
    malformed = client.get(page_url(code))

    assert unknown.status_code == malformed.status_code == 404
    assert main(unknown) == main(malformed)
    assert "Certificate not found" in main(client.get(page_url(code, "en")))
    assert_private_headers(malformed)
    assert_private_headers(unknown)


@pytest.mark.parametrize("code", MALFORMED)
def test_unknown_and_malformed_codes_get_the_same_json_404(client, certificate, code):
    unknown = client.get(page_url(UNKNOWN_CODE), {"format": "json"})
    malformed = client.get(page_url(code), {"format": "json"})

    assert unknown.status_code == malformed.status_code == 404
    assert unknown.json() == malformed.json()
    assert unknown.json()["error"] == "not_found"


def test_unknown_and_malformed_codes_cost_the_same_queries(client, certificate):
    with CaptureQueriesContext(connection) as unknown:
        client.get(page_url(UNKNOWN_CODE))
    with CaptureQueriesContext(connection) as malformed:
        client.get(page_url("nope"))

    assert len(unknown) == len(malformed)


def test_an_unknown_code_typed_in_lower_case_is_redirected_like_a_known_one(client, certificate):
    unknown = client.get(page_url(UNKNOWN_CODE.lower()))
    known = client.get(page_url(certificate.formatted_code.lower()))

    assert unknown.status_code == known.status_code == 301


# --- nothing private --------------------------------------------------------------------------


def test_nothing_private_is_shown(client, org, certificate):
    user = org.learner.user
    private = [
        org.learner.staff_number,
        user.email,
        user.username,
        org.isss_desk.name_zh,
        org.isss_desk.name_en,
        org.isss.name_zh,
        org.isss.name_en,
    ]
    bodies = [
        main(client.get(page_url(certificate.formatted_code))),
        main(client.get(page_url(certificate.formatted_code, "en"))),
        client.get(page_url(certificate.formatted_code), {"format": "json"}).content.decode(),
    ]
    for body in bodies:
        for value in private:
            assert value not in body, value


def test_other_certificates_of_the_holder_are_not_shown(client, org, courses, complete):
    first = complete(org.learner, courses.course("first", lessons=("one",), title_en="First one"))
    second = complete(
        org.learner, courses.course("second", lessons=("one",), title_en="Second one")
    )

    body = client.get(page_url(first.formatted_code, "en")).content.decode()

    assert "First one" in body
    assert "Second one" not in body
    assert second.formatted_code not in body


def test_signed_in_visitors_see_the_same_page(client, org, certificate):
    anonymous = main(client.get(page_url(certificate.formatted_code, "en")))
    client.force_login(org.hr.user)
    signed_in = client.get(page_url(certificate.formatted_code, "en"))

    assert signed_in.status_code == 200
    assert main(signed_in) == anonymous


def test_only_get_and_head(client, certificate):
    assert client.post(page_url(certificate.formatted_code)).status_code == 405
    assert client.head(page_url(certificate.formatted_code)).status_code == 200


# --- the form ---------------------------------------------------------------------------------


def test_the_form_has_a_labelled_input(client):
    response = client.get(form_url())

    assert response.status_code == 200
    html = main(response)
    assert '<label for="verify-code">' in html
    assert 'id="verify-code" name="code"' in html
    assert 'method="get"' in html
    assert f'action="{form_url()}"' in html
    assert '<button type="submit"' in html


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_form_sends_a_code_to_its_page(client, certificate, language):
    response = client.get(form_url(language), {"code": f"  {certificate.code.lower()} "})

    assert response.status_code == 302
    assert response["Location"] == page_url(certificate.formatted_code, language)


def test_the_form_sends_an_unknown_code_on_too(client, certificate):
    response = client.get(form_url(), {"code": UNKNOWN_CODE.lower()})

    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 404


def test_the_form_explains_a_code_that_cannot_be_one(client):
    response = client.get(form_url("en"), {"code": "hello"})

    assert response.status_code == 200
    html = main(response)
    assert 'aria-invalid="true"' in html
    assert "16 letters and digits" in html
    assert 'value="hello"' in html


# --- the rate limit ---------------------------------------------------------------------------


def test_too_many_requests_get_429(client, certificate, settings):
    settings.MERIDIAN_VERIFY_RATE_LIMIT = 3
    url = page_url(certificate.formatted_code, "en")
    with time_machine.travel(dt.datetime(2030, 1, 1, 8, 0, 10, tzinfo=dt.UTC), tick=False):
        answers = [client.get(url).status_code for _ in range(3)]
        refused = client.get(url)
        refused_json = client.get(url, {"format": "json"})

    assert answers == [200, 200, 200]
    assert refused.status_code == 429
    assert refused["Retry-After"] == "50"
    assert "Too many requests" in main(refused)
    assert "50 seconds" in main(refused)
    assert "李赟" not in refused.content.decode()
    assert_private_headers(refused)
    assert refused_json.status_code == 429
    assert refused_json["Retry-After"] == "50"
    assert refused_json.json()["error"] == "rate_limited"
    assert refused_json.json()["retry_after"] == 50


def test_the_limit_counts_every_code_and_resets_after_the_minute(client, certificate, settings):
    settings.MERIDIAN_VERIFY_RATE_LIMIT = 2
    start = dt.datetime(2030, 1, 1, 8, 0, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False) as clock:
        assert client.get(page_url(UNKNOWN_CODE)).status_code == 404
        assert client.get(page_url("nope"), {"format": "json"}).status_code == 404
        assert client.get(page_url(certificate.formatted_code)).status_code == 429
        clock.shift(dt.timedelta(seconds=60))
        assert client.get(page_url(certificate.formatted_code)).status_code == 200


def test_the_limit_is_per_client_address(client, certificate, settings):
    settings.MERIDIAN_VERIFY_RATE_LIMIT = 1
    url = page_url(certificate.formatted_code)
    with time_machine.travel(dt.datetime(2030, 1, 1, 8, 0, 0, tzinfo=dt.UTC), tick=False):
        assert client.get(url, REMOTE_ADDR="198.51.100.7").status_code == 200
        assert client.get(url, REMOTE_ADDR="198.51.100.7").status_code == 429
        assert client.get(url, REMOTE_ADDR="198.51.100.8").status_code == 200
        # A forged X-Forwarded-For does not make a new client (no proxy is trusted).
        forged = client.get(url, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.9")
        assert forged.status_code == 429


def test_x_forwarded_for_counts_only_behind_trusted_proxies(client, certificate, settings):
    settings.MERIDIAN_VERIFY_RATE_LIMIT = 1
    settings.MERIDIAN_TRUSTED_PROXIES = 1
    url = page_url(certificate.formatted_code)
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    with time_machine.travel(dt.datetime(2030, 1, 1, 8, 0, 0, tzinfo=dt.UTC), tick=False):
        assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code == 200
        assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code == 429
        # what the client wrote itself (left of the proxy's entry) is not believed
        spoofed = client.get(url, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9", **proxy)
        assert spoofed.status_code == 429
        assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.10", **proxy).status_code == 200


def test_a_limit_of_zero_switches_it_off(client, certificate, settings):
    settings.MERIDIAN_VERIFY_RATE_LIMIT = 0
    url = page_url(certificate.formatted_code)

    assert all(client.get(url).status_code == 200 for _ in range(5))


def test_ipv6_clients_are_counted_per_64_network(rf):
    first = rf.get("/", REMOTE_ADDR="2001:db8:1:2::10")
    second = rf.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::1")
    other = rf.get("/", REMOTE_ADDR="2001:db8:1:3::10")
    mapped = rf.get("/", REMOTE_ADDR="::ffff:198.51.100.7")

    assert ratelimit.client_address(first) == ratelimit.client_address(second)
    assert ratelimit.client_address(first) != ratelimit.client_address(other)
    assert ratelimit.client_address(mapped) == "198.51.100.7"


def test_the_form_page_is_not_limited(client, settings):
    settings.MERIDIAN_VERIFY_RATE_LIMIT = 1

    assert [client.get(form_url()).status_code for _ in range(3)] == [200, 200, 200]
