"""Every free-text form field a person fills in with every corpus value: a manager's assessment
note, an assignment's reason, a revocation's reason, the self-assessment's choices. A value the
field cannot take (NUL, too long) is a form error and nothing is written; a value it takes is
stored as typed (spaces around it removed) and comes out escaped on every page that shows it
and intact in the person's JSON record."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from training.certificates.models import CertificateRevocation
from training.competencies.models import Evidence
from training.progress.models import Assignment

from .conftest import assert_html_safe, assert_never_raw, certificate_for, json_body
from .corpus import CORPUS, sample

# What the forms refuse: NUL (Django's form fields do, for every database) and more than the
# field's maximum (notes: 2,000 characters; reasons: 1,000).
TOO_LONG = ("long-10k", "long-1m")


def refused(item) -> bool:
    return "\x00" in item.value or item.name in TOO_LONG


def _note_on_page(page: bytes, value: str) -> None:
    # The evidence table breaks lines with <br>: compare line by line.
    for line in value.splitlines() or [value]:
        assert_html_safe(page, line)


@pytest.fixture
def learner_course(team, courses):
    built = courses.course("desk", lessons=("one",), title_zh="服务台英语", title_en="Desk")
    return team, built


def test_a_managers_note(client, team):
    org, f = team.org, team.framework
    client.force_login(org.isss_manager.user)
    url = f"/en/team/staff/{org.learner.pk}/assess/"
    for item in CORPUS:
        before = Evidence.objects.count()
        data = {"competency": f.intercultural.pk, "level": 3, "note": item.value}
        response = client.post(url, data)
        if refused(item):
            assert response.status_code in (200, 400), item.name
            assert Evidence.objects.count() == before, item.name
            assert_never_raw(response.content)
            continue
        assert response.status_code == 302, (item.name, response.status_code)
        evidence = Evidence.objects.filter(staff=org.learner, source="manager").latest("pk")
        assert evidence.note == item.value.strip(), item.name
        page = client.get(f"/en/team/staff/{org.learner.pk}/")
        assert_never_raw(page.content)
        _note_on_page(page.content, evidence.note)
    client.force_login(org.learner.user)
    record = json_body(client.get("/en/me/record/export.json"))
    notes = {item["note"] for item in record["competency_evidence"] if item.get("note")}
    for item in CORPUS:
        if not refused(item):
            assert item.value.strip() in notes, item.name
    page = client.get("/en/me/competencies/")
    assert page.status_code == 200
    assert_never_raw(page.content)


def test_an_assignments_reason(client, learner_course):
    team, built = learner_course
    org = team.org
    client.force_login(org.isss_manager.user)
    due = timezone.localdate() + dt.timedelta(days=30)
    for item in CORPUS:
        before = list(Assignment.objects.values_list("pk", "reason"))
        data = {
            "courses": [built.en.pk],
            "staff": [org.learner.pk],
            "due_date": due.isoformat(),
            "reason": item.value,
            "next": item.value,  # hostile too: only a local path is followed
        }
        response = client.post("/en/team/assign/", data)
        if refused(item):
            assert response.status_code in (200, 400), item.name
            assert list(Assignment.objects.values_list("pk", "reason")) == before, item.name
            assert_never_raw(response.content)
            continue
        assert response.status_code == 302, (item.name, response.status_code)
        assert response["Location"].startswith("/"), (item.name, response["Location"])
        assert not response["Location"].startswith("//"), item.name
        assignment = Assignment.objects.get(staff=org.learner, closed_at__isnull=True)
        assert assignment.reason == item.value.strip(), item.name
        client.force_login(org.learner.user)
        page = client.get("/en/me/")
        assert_never_raw(page.content)
        assert_html_safe(page.content, assignment.reason)
        client.force_login(org.isss_manager.user)


def test_a_revocations_reason(client, hr_world):
    from training.certificates.models import format_code

    org = hr_world.org
    client.force_login(org.hr.user)
    for item in CORPUS:
        certificate = certificate_for(org.circ_staff, f"Course {item.name}")
        url = f"/en/hr/register/{certificate.code}/revoke/"
        response = client.post(url, {"reason": item.value, "next": item.value})
        if refused(item):
            assert response.status_code in (200, 400), (item.name, response.status_code)
            assert not CertificateRevocation.objects.filter(certificate=certificate).exists()
            assert_never_raw(response.content)
            continue
        # `next` is hostile too: only a local address is followed.
        assert response.status_code == 302, (item.name, response.status_code)
        location = response["Location"]
        assert location.startswith("/") and not location.startswith("//"), (item.name, location)
        revocation = CertificateRevocation.objects.get(certificate=certificate)
        assert revocation.reason == item.value.strip()
        page = client.get(f"/en/hr/certificates/{certificate.code}/")
        assert page.status_code == 200
        assert_never_raw(page.content)
        assert_html_safe(page.content, revocation.reason)
        facts = client.get(f"/en/verify/{format_code(certificate.code)}/?format=json")
        assert json_body(facts)["status"] == "revoked"


def test_the_self_assessment_refuses_anything_but_its_choices(client, team):
    org, f = team.org, team.framework
    client.force_login(org.learner.user)
    skills = ("listening", "reading", "interaction", "production", "writing")
    for item in sample():
        before = Evidence.objects.count()
        for data in (
            {"competency": item.value, **dict.fromkeys(skills, "3")},
            {"competency": f.english.pk, **dict.fromkeys(skills, item.value)},
        ):
            response = client.post("/en/me/competencies/", data)
            assert response.status_code in (200, 400), (item.name, response.status_code)
            assert_never_raw(response.content)
        assert Evidence.objects.count() == before, item.name
