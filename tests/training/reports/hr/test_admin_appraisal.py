"""Appraisal in the Wagtail admin: HR manages periods (end ≥ start) and the training score
weighting, through the services (audited); the summaries follow the weighting; editors and
learners see and change nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.users.models import UserProfile

from training.people.models import AuditEntry, StaffProfile
from training.reports import services
from training.reports.models import AppraisalPeriod, ScoreWeights
from training.reports.summaries import summaries_for, summary_staff

pytestmark = pytest.mark.django_db

PERIODS = "reports_appraisal_periods"
WEIGHTS = "reports_score_weights"


def url(viewset: str, view: str = "index", *args) -> str:
    return reverse(f"{viewset}:{view}", args=args)


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def login(client, user, language: str = "en"):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def errors_of(response, name: str) -> str:
    field = page(response).select_one(f"[data-field-wrapper] [name={name}]")
    wrapper = field.find_parent(attrs={"data-field-wrapper": True})
    return " ".join(e.get_text(" ", strip=True) for e in wrapper.select(".error-message"))


def menu(client) -> str:
    return page(client.get(reverse("wagtailadmin_home"))).select_one("#wagtail-sidebar-props").text


WEIGHT_FORM = {
    "per_hour": "2",
    "per_course": "5",
    "per_certificate": "3",
    "per_level": "4",
    "quiz_weight": "20",
    "per_overdue": "10",
    "maximum": "100",
}


def test_hr_creates_edits_and_deletes_a_period(client, org):
    login(client, org.hr.user)
    menu_text = menu(client)
    assert '"name": "appraisal"' in menu_text
    assert url(PERIODS) in menu_text and url(WEIGHTS) in menu_text

    form = {"name": "2026 年度考核", "kind": "annual", "starts_on": "2026-01-01"}
    response = client.post(url(PERIODS, "add"), {**form, "ends_on": "2026-12-31"})
    assert response.status_code == 302, page(response).select(".error-message")
    period = AppraisalPeriod.objects.get(name="2026 年度考核")
    assert (period.starts_on, period.ends_on) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    entry = AuditEntry.objects.get(action="appraisal_period.create")
    assert entry.actor == org.hr.user and entry.target_id == str(period.pk)

    # The last day before the first is refused, on the field, nothing saved.
    response = client.post(
        url(PERIODS, "add"), {**form, "name": "Backwards", "ends_on": "2025-12-31"}
    )
    assert response.status_code == 200
    assert "cannot come before" in errors_of(response, "ends_on")
    assert not AppraisalPeriod.objects.filter(name="Backwards").exists()
    response = client.post(url(PERIODS, "edit", period.pk), {**form, "ends_on": "2025-06-30"})
    assert "cannot come before" in errors_of(response, "ends_on")
    period.refresh_from_db()
    assert period.ends_on == dt.date(2026, 12, 31)

    # The list shows name, kind and dates.
    listing = page(client.get(url(PERIODS))).select_one("table.listing").get_text(" ", strip=True)
    assert "2026 年度考核" in listing and "Annual appraisal" in listing

    response = client.post(url(PERIODS, "edit", period.pk), {**form, "ends_on": "2026-06-30"})
    assert response.status_code == 302
    period.refresh_from_db()
    assert period.ends_on == dt.date(2026, 6, 30)
    change = AuditEntry.objects.get(action="appraisal_period.change")
    assert change.data["before"]["ends_on"] == "2026-12-31"

    response = client.post(url(PERIODS, "delete", period.pk))
    assert response.status_code == 302
    assert not AppraisalPeriod.objects.exists()
    assert AuditEntry.objects.filter(action="appraisal_period.delete").count() == 1


def test_hr_edits_the_weighting_and_the_scores_follow(client, hr_world):
    w = hr_world
    login(client, w.org.hr.user)
    learner = summary_staff(StaffProfile.objects.filter(pk=w.org.learner.pk))
    before = summaries_for(learner, w.current)[0]

    # The form opens on the defaults without writing anything.
    response = client.get(url(WEIGHTS))
    assert response.status_code == 200
    assert page(response).select_one("[name=per_hour]")["value"] == "2"
    assert not ScoreWeights.objects.exists()

    response = client.post(url(WEIGHTS), {**WEIGHT_FORM, "per_hour": "10", "maximum": "500"})
    assert response.status_code == 302 and response["Location"] == url(WEIGHTS)
    weights = ScoreWeights.current()
    assert (weights.pk, weights.per_hour, weights.maximum) == (1, Decimal(10), Decimal(500))
    assert weights.updated_by == w.org.hr.user
    # Links to the record (history, audit log) open the one form.
    assert AdminURLFinder(w.org.hr.user).get_edit_url(weights) == url(WEIGHTS)
    entry = AuditEntry.objects.get(action="score_weights.change")
    assert entry.data["before"]["per_hour"] == "2" and entry.data["after"]["per_hour"] == "10"

    after = summaries_for(learner, w.current)[0]
    assert after.score == before.score + before.hours * 8  # 3.5 h × (10 − 2)
    listing = client.get("/en/hr/summaries/")
    row = page(listing).select_one(f"tr[data-staff={w.org.learner.staff_number}]")
    assert row.select("td")[-1].get_text(strip=True) == str(after.score)
    assert "hours × 10" in page(listing).select_one(".score-formula").get_text()

    # A second save updates the same record; bad values are refused on their field.
    response = client.post(url(WEIGHTS), {**WEIGHT_FORM, "per_hour": "-1"})
    assert response.status_code == 200
    assert "negative" in errors_of(response, "per_hour")
    response = client.post(url(WEIGHTS), {**WEIGHT_FORM, "maximum": "0"})
    assert "above 0" in errors_of(response, "maximum")
    response = client.post(url(WEIGHTS), {**WEIGHT_FORM, "per_course": "1e9"})
    assert response.status_code == 200
    assert ScoreWeights.objects.count() == 1
    assert ScoreWeights.current().per_hour == Decimal(10)


@pytest.mark.parametrize("who", ["editor", "learner", "isss_manager"])
def test_others_cannot(client, org, who):
    user = getattr(org, who).user
    login(client, user)
    period = AppraisalPeriod.objects.create(
        name="Year", starts_on=dt.date(2026, 1, 1), ends_on=dt.date(2026, 12, 31)
    )
    if who == "editor":  # in the admin, without the menus
        text = menu(client)
        assert '"name": "appraisal"' not in text
        assert url(PERIODS) not in text and url(WEIGHTS) not in text
    for address in (url(PERIODS), url(PERIODS, "add"), url(WEIGHTS)):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        if response.status_code == 302:  # to the sign-in page or the dashboard
            assert urlsplit(response["Location"]).path in ("/admin/login/", "/admin/"), address
    client.post(
        url(PERIODS, "add"), {"name": "Mine", "starts_on": "2026-01-01", "ends_on": "2026-02-01"}
    )
    client.post(
        url(PERIODS, "edit", period.pk),
        {"name": "Renamed", "starts_on": "2026-01-01", "ends_on": "2026-02-01"},
    )
    client.post(url(PERIODS, "delete", period.pk))
    client.post(url(WEIGHTS), {**WEIGHT_FORM, "per_hour": "99"})
    assert list(AppraisalPeriod.objects.values_list("name", flat=True)) == ["Year"]
    assert not ScoreWeights.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="appraisal_period").exists()

    # The services refuse too, whoever calls them.
    with pytest.raises(PermissionDenied):
        services.score_weights_save(weights=ScoreWeights(per_hour=1), actor=user)
    with pytest.raises(PermissionDenied):
        services.appraisal_period_save(period=period, actor=user)


def test_services_validate(org):
    with pytest.raises(ValidationError) as error:
        services.appraisal_period_save(
            period=AppraisalPeriod(
                name="x", starts_on=dt.date(2026, 2, 1), ends_on=dt.date(2026, 1, 1)
            ),
            actor=org.hr.user,
        )
    assert "ends_on" in error.value.message_dict
    assert not AppraisalPeriod.objects.exists()
    saved = services.score_weights_save(weights=ScoreWeights(per_level=7), actor=None)
    assert saved.pk == 1 and ScoreWeights.current().per_level == 7
