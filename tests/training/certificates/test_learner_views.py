"""The holder's pages: /me/certificates/, the PDF download, the Open Badge and renewal."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine
from django.urls import reverse

from training.certificates import services
from training.certificates.models import Certificate
from training.progress.models import Enrolment


@pytest.fixture
def issued(org, course, complete) -> Certificate:
    return complete(org.learner, course)


def test_the_list_shows_the_holders_certificates(client, org, issued):
    client.force_login(org.learner.user)
    page = client.get(reverse("my-certificates")).content.decode()
    assert "服务台英语" in page
    assert issued.formatted_code in page
    assert reverse("certificate-pdf", args=[issued.code]) in page
    assert "有效" in page  # the status, in Chinese


def test_the_list_in_english(client, org, issued):
    client.force_login(org.learner.user)
    page = client.get("/en/me/certificates/").content.decode()
    assert "English at the service desk" in page
    assert "Valid" in page
    assert "Download PDF" in page


def test_someone_else_sees_none_of_them(client, org, issued):
    client.force_login(org.circ_staff.user)
    page = client.get(reverse("my-certificates")).content.decode()
    assert issued.formatted_code not in page


def test_the_holder_downloads_the_pdf_rendered_on_demand(client, org, issued):
    Certificate.objects.filter(pk=issued.pk).update(pdf="", pdf_sha256="")  # the task has not run
    client.force_login(org.learner.user)
    response = client.get(reverse("certificate-pdf", args=[issued.code]) + "?download=1")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]
    assert issued.formatted_code in response["Content-Disposition"]
    stored = Certificate.objects.get(pk=issued.pk)
    assert stored.pdf  # stored for next time
    again = client.get(reverse("certificate-pdf", args=[issued.code]))
    assert again.content == response.content


@pytest.mark.parametrize("who", ["circ_staff", "visiting", "circ_manager", "editor"])
def test_another_persons_certificate_is_not_found(client, org, issued, who):
    client.force_login(getattr(org, who).user)
    assert client.get(reverse("certificate-pdf", args=[issued.code])).status_code == 404
    assert client.get(reverse("certificate-badge", args=[issued.code])).status_code == 404
    response = client.post(reverse("certificate-renew", args=[issued.code]))
    assert response.status_code == 404
    assert Enrolment.objects.get(pk=issued.enrolment_id).round == 1


def test_their_manager_and_hr_may_open_the_pdf_but_not_the_badge(client, org, issued):
    for person in (org.isss_manager, org.hr):
        client.force_login(person.user)
        assert client.get(reverse("certificate-pdf", args=[issued.code])).status_code == 200
        assert client.get(reverse("certificate-badge", args=[issued.code])).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, issued):
    response = client.get(reverse("certificate-pdf", args=[issued.code]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_forged_codes_are_not_found(client, org, issued):
    client.force_login(org.learner.user)
    for code in ("nope", "0" * 16, issued.code[:-1] + "!", "../../etc/passwd"):
        assert client.get(f"/me/certificates/{code}/pdf/").status_code == 404


def test_the_holder_downloads_the_open_badge(client, org, issued):
    client.force_login(org.learner.user)
    response = client.get(reverse("certificate-badge", args=[issued.code]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    credential = json.loads(response.content)
    assert "OpenBadgeCredential" in credential["type"]
    assert issued.code in json.dumps(credential) or issued.formatted_code in json.dumps(credential)


def test_renewal_is_offered_near_expiry_and_starts_the_course_again(client, org, issued):
    client.force_login(org.learner.user)
    page = client.get(reverse("my-certificates")).content.decode()
    assert reverse("certificate-renew", args=[issued.code]) not in page  # two years to go
    near = issued.expires_on - dt.timedelta(days=20)
    with time_machine.travel(dt.datetime.combine(near, dt.time(9), tzinfo=dt.UTC)):
        client.force_login(org.learner.user)  # the session of two years ago has expired
        page = client.get(reverse("my-certificates")).content.decode()
        assert reverse("certificate-renew", args=[issued.code]) in page
        response = client.post(reverse("certificate-renew", args=[issued.code]))
    assert response.status_code == 302
    assert Enrolment.objects.get(pk=issued.enrolment_id).round == 2
    page = client.get(reverse("my-certificates")).content.decode()
    assert reverse("certificate-renew", args=[issued.code]) not in page


def test_renewal_is_post_only(client, org, issued):
    client.force_login(org.learner.user)
    assert client.get(reverse("certificate-renew", args=[issued.code])).status_code == 405


def test_revoked_certificates_are_listed_without_downloads(client, org, issued):
    services.certificate_revoke(certificate=issued, reason="fraud", actor=org.hr.user)
    client.force_login(org.learner.user)
    page = client.get(reverse("my-certificates")).content.decode()
    assert issued.formatted_code in page
    assert reverse("certificate-pdf", args=[issued.code]) not in page
    assert "fraud" not in page


def test_the_list_has_a_fixed_number_of_queries(
    client, org, courses, complete, django_assert_max_num_queries
):
    client.force_login(org.learner.user)
    first = courses.course("one-course", lessons=("a",))
    complete(org.learner, first)
    with django_assert_max_num_queries(12) as small:
        client.get(reverse("my-certificates"))
    for index in range(3):
        complete(org.learner, courses.course(f"more-{index}", lessons=("a",)))
    with django_assert_max_num_queries(len(small.captured_queries)):
        page = client.get(reverse("my-certificates")).content.decode()
    assert page.count("certificate-card__title") == 4
