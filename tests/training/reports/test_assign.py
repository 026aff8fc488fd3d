"""/team/assign/: courses to several staff or a whole org unit in one step."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import make_staff
from training.progress.models import Assignment, Enrolment
from training.progress.services import lesson_complete

pytestmark = pytest.mark.django_db

URL = "/en/team/assign/"


@pytest.fixture
def desk(courses):
    return courses.course(
        "english-desk",
        lessons=("one",),
        title_zh="服务台英语",
        title_en="English at the service desk",
    )


@pytest.fixture
def culture(courses):
    return courses.course(
        "culture", lessons=("one",), title_zh="跨文化基础", title_en="Culture basics"
    )


@pytest.fixture
def next_month():
    return timezone.localdate() + dt.timedelta(days=30)


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def choices(page: BeautifulSoup, name: str) -> dict[str, str]:
    return {
        box["value"]: box.parent.get_text(" ", strip=True)
        for box in page.select(f"input[name='{name}']")
    }


def checked(page: BeautifulSoup, name: str) -> list[str]:
    return [box["value"] for box in page.select(f"input[name='{name}'][checked]")]


def message(response) -> str:
    return soup(response).select_one(".messages").get_text(" ", strip=True)


def open_assignments():
    return sorted(
        Assignment.objects.filter(closed_at__isnull=True).values_list(
            "staff__name_latin", "course_key"
        ),
        key=str,
    )


def test_the_form_offers_only_managed_staff_units_and_one_entry_per_course(
    client, org, desk, culture
):
    client.force_login(org.isss_manager.user)
    page = soup(client.get(URL))
    staff = choices(page, "staff")
    assert sorted(text.split(" · ")[0] for text in staff.values()) == [
        "LI Yun (李赟)",  # an English page: the Latin name first
        "SUN Yue (孙玥)",
        "ZHANG Zhe (张喆)",
    ]
    assert str(org.circ_staff.pk) not in staff
    units = [
        option.get_text(strip=True) for option in page.select("select[name='org_unit'] option")
    ]
    assert units == ["—", "International Services", "— Isss-Desk", "— Isss-Visit"]
    # One entry per course (its translation_key), titled in the active language.
    assert sorted(choices(page, "courses").values()) == [
        "Culture basics",
        "English at the service desk",
    ]
    assert set(choices(page, "courses")) == {str(desk.en.pk), str(culture.en.pk)}
    assert set(choices(soup(client.get("/team/assign/")), "courses").values()) == {
        "跨文化基础",
        "服务台英语",
    }


def test_links_preselect_staff_and_a_course_in_any_language(client, org, desk, culture):
    client.force_login(org.isss_manager.user)
    page = soup(client.get(URL, {"staff": org.learner.pk, "course": desk.zh.pk}))
    assert checked(page, "staff") == [str(org.learner.pk)]
    assert checked(page, "courses") == [str(desk.en.pk)]
    # A person or course the manager may not use is simply not pre-selected.
    page = soup(client.get(URL, {"staff": org.circ_staff.pk, "course": "x"}))
    assert checked(page, "staff") == []
    assert checked(page, "courses") == []


def test_a_whole_unit_includes_its_subtree_and_nobody_else(client, org, desk, next_month):
    left = make_staff(org.isss_desk, name_latin="FENG Tao", is_active=False)
    client.force_login(org.isss_manager.user)
    response = client.post(
        URL,
        {
            "courses": [desk.en.pk],
            "org_unit": org.isss.pk,
            "due_date": next_month.isoformat(),
            "reason": "New semester",
        },
        follow=True,
    )
    assert "3 assigned, 0 updated." in message(response)
    assert open_assignments() == sorted(
        [(name, desk.zh.translation_key) for name in ("LI Yun", "SUN Yue", "ZHANG Zhe")], key=str
    )
    assert not Assignment.objects.filter(staff__in=[org.circ_staff, left]).exists()
    assignment = Assignment.objects.get(staff=org.learner)
    assert (assignment.due_date, assignment.reason) == (next_month, "New semester")
    assert assignment.assigned_by == org.isss_manager.user


def test_a_team_and_a_person_together_and_twice_updates(client, org, desk, culture, next_month):
    client.force_login(org.isss_manager.user)
    data = {
        "courses": [desk.en.pk, culture.en.pk],
        "staff": [org.visiting.pk],
        "org_unit": org.isss_desk.pk,
        "due_date": next_month.isoformat(),
        "reason": "Orientation week",
    }
    first = client.post(URL, data, follow=True)
    assert "4 assigned, 0 updated." in message(first)
    later = next_month + dt.timedelta(days=7)
    second = client.post(URL, {**data, "due_date": later.isoformat()}, follow=True)
    assert "0 assigned, 4 updated." in message(second)
    assert len(open_assignments()) == 4
    assert set(Assignment.objects.values_list("due_date", flat=True)) == {later}


def test_staff_who_completed_a_course_are_listed_not_assigned(client, org, desk, next_month):
    for lesson in desk.lessons.values():
        lesson_complete(staff=org.learner, lesson=lesson)
    client.force_login(org.isss_manager.user)
    response = client.post(
        URL,
        {
            "courses": [desk.en.pk],
            "staff": [org.learner.pk, org.visiting.pk],
            "due_date": next_month.isoformat(),
            "reason": "Refresher",
        },
        follow=True,
    )
    text = message(response)
    assert "1 assigned, 0 updated, 1 already completed:" in text
    assert "LI Yun (李赟) – English at the service desk" in text
    assert open_assignments() == [("SUN Yue", desk.zh.translation_key)]


@pytest.mark.parametrize("forged", ["staff", "org_unit"])
def test_a_forged_staff_or_unit_id_is_a_form_error_and_nothing_is_saved(
    client, org, desk, next_month, forged
):
    client.force_login(org.isss_manager.user)
    data = {
        "courses": [desk.en.pk],
        "staff": [org.learner.pk],
        "due_date": next_month.isoformat(),
        "reason": "Forged",
    }
    if forged == "staff":
        data["staff"] = [org.learner.pk, org.circ_staff.pk]
    else:
        data["org_unit"] = org.circ.pk
    response = client.post(URL, data)
    assert response.status_code == 200
    page = soup(response)
    errors = page.select_one(f".field--error [name='{forged}']")
    assert errors is not None
    assert "Select a valid choice" in page.get_text()
    assert "Nothing was assigned" in message(response)
    assert not Assignment.objects.exists()
    assert not Enrolment.objects.exists()


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"due_date": "2000-01-01"}, "The due date cannot be in the past."),
        ({"due_date": "tomorrow"}, "Enter a valid date."),
        ({"reason": "  "}, "Give the reason."),
        ({"courses": []}, "Choose at least one course."),
        ({"courses": ["999999"]}, "Select a valid choice"),
        ({"staff": []}, "Choose the staff, or an org unit"),
    ],
)
def test_bad_values_are_form_errors(client, org, desk, next_month, changes, error):
    client.force_login(org.isss_manager.user)
    data = {
        "courses": [desk.en.pk],
        "staff": [org.learner.pk],
        "due_date": next_month.isoformat(),
        "reason": "Fine",
        **changes,
    }
    response = client.post(URL, data)
    assert response.status_code == 200
    assert error in soup(response).select_one("form.assign-form").get_text(" ", strip=True)
    assert not Assignment.objects.exists()


def test_hr_who_manages_nobody_may_not_assign(client, org, desk, next_month):
    client.force_login(org.hr.user)
    assert client.get(URL).status_code == 403
    response = client.post(
        URL,
        {
            "courses": [desk.en.pk],
            "staff": [org.learner.pk],
            "due_date": next_month.isoformat(),
            "reason": "HR",
        },
    )
    assert response.status_code == 403
    assert not Assignment.objects.exists()


def test_learners_and_visitors_may_not_assign(client, org):
    assert client.get(URL).status_code == 302  # to the sign-in page
    client.force_login(org.learner.user)
    assert client.get(URL).status_code == 403


def test_after_assigning_from_the_staff_page_it_goes_back_there(client, org, desk, next_month):
    client.force_login(org.isss_manager.user)
    back = f"/en/team/staff/{org.learner.pk}/"
    page = soup(client.get(URL, {"staff": org.learner.pk, "next": back}))
    assert page.select_one("input[name='next']")["value"] == back
    response = client.post(
        URL,
        {
            "courses": [desk.en.pk],
            "staff": [org.learner.pk],
            "due_date": next_month.isoformat(),
            "reason": "From the staff page",
            "next": back,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == back
    # Somewhere else is not followed.
    response = client.post(
        URL,
        {
            "courses": [desk.en.pk],
            "staff": [org.learner.pk],
            "due_date": next_month.isoformat(),
            "reason": "Again",
            "next": "https://example.com/",
        },
    )
    assert response["Location"].endswith("/team/assign/")


def test_an_admin_may_assign_anyone(client, org, desk, next_month):
    client.force_login(org.admin)
    response = client.post(
        URL,
        {
            "courses": [desk.en.pk],
            "org_unit": org.circ.pk,
            "due_date": next_month.isoformat(),
            "reason": "Everyone at the circulation desk",
        },
        follow=True,
    )
    assert "2 assigned, 0 updated." in message(response)


def test_the_form_page_queries_do_not_grow_with_the_team(client, org, desk, culture):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(org.isss_manager.user)
    client.get(URL)  # warm caches

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL, {"staff": org.learner.pk}).status_code == 200
        return len(queries)

    small = count()
    for i in range(12):
        make_staff(org.isss_visit, name_latin=f"TEAM Member{i}")
    assert count() == small
