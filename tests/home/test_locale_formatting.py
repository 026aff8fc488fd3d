"""Dates, numbers and names as each language writes them; signing in and out in one's language."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import formats, translation

from training.progress.services import assignment_create

pytestmark = pytest.mark.django_db

NAME = Template("{% load people_tags %}{% person_name person %}")
DAY = dt.date(2027, 3, 4)  # the 4th of March: day and month must not be confused
MOMENT = dt.datetime(2027, 3, 4, 14, 5, tzinfo=dt.UTC)


def render(template: Template, language: str, **context) -> str:
    with translation.override(language):
        return template.render(Context(context))


@pytest.mark.parametrize(
    ("language", "long", "short", "short_datetime"),
    [
        ("zh-hans", "2027年3月4日", "2027-03-04", "2027-03-04 14:05"),
        ("en", "4 March 2027", "4 Mar 2027", "4 Mar 2027, 14:05"),
    ],
)
def test_dates_are_written_the_languages_way(language, long, short, short_datetime):
    with translation.override(language):
        assert formats.date_format(DAY) == long
        assert formats.date_format(DAY, "SHORT_DATE_FORMAT") == short
        assert formats.date_format(MOMENT, "SHORT_DATETIME_FORMAT") == short_datetime
        assert formats.time_format(MOMENT) == "14:05"  # a 24-hour clock in both
        assert formats.number_format(1234567.5, 1, force_grouping=True) == "1,234,567.5"


def test_a_name_comes_in_the_readers_script_first_and_each_part_says_its_language(org):
    zh = BeautifulSoup(render(NAME, "zh-hans", person=org.learner), "html.parser")
    en = BeautifulSoup(render(NAME, "en", person=org.learner), "html.parser")
    assert [(s.get_text(), s["lang"]) for s in zh.select("[lang]")] == [
        ("李赟", "zh-Hans"),
        ("LI Yun", "en"),
    ]
    assert [(s.get_text(), s["lang"]) for s in en.select("[lang]")] == [
        ("LI Yun", "en"),
        ("李赟", "zh-Hans"),
    ]
    assert en.select_one(".person-name__alt").get_text() == "李赟"
    with translation.override("zh-hans"):
        assert org.learner.display_name == "李赟 (LI Yun)"
    with translation.override("en"):
        assert org.learner.display_name == "LI Yun (李赟)"


def test_a_name_with_one_script_and_a_hostile_one(org):
    only_latin = {"name_zh": "", "name_latin": "Maria GARCÍA"}
    assert BeautifulSoup(render(NAME, "zh-hans", person=only_latin), "html.parser").get_text() == (
        "Maria GARCÍA"
    )
    hostile = {"name_zh": "<script>alert(1)</script>", "name_latin": "X"}
    html = render(NAME, "en", person=hostile)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert render(NAME, "en", person=None) == ""


def test_the_header_shows_the_name_for_the_page_language(client, org):
    client.force_login(org.learner.user)
    zh = BeautifulSoup(client.get("/me/").content, "html.parser")
    en = BeautifulSoup(client.get("/en/me/").content, "html.parser")
    assert zh.select_one(".site-header .user-name").get_text(strip=True) == "李赟"
    assert en.select_one(".site-header .user-name").get_text(strip=True) == "LI Yun"


def test_a_due_date_on_my_learning_in_each_language(client, org, courses):
    assignment_create(
        staff=org.learner,
        course=courses.desk,
        due_date=DAY,
        assigned_by=org.isss_manager.user,
    )
    client.force_login(org.learner.user)
    zh = client.get("/me/").content.decode()
    en = client.get("/en/me/").content.decode()
    assert "2027年3月4日" in zh
    assert "4 March 2027" in en and "March 4" not in en and "Mar. 4" not in en


def test_signing_in_without_next_lands_on_the_home_page_of_that_language(client, org):
    user = org.learner.user
    user.set_password("correct horse battery staple")
    user.save()
    form = {"username": user.username, "password": "correct horse battery staple"}
    assert client.post("/en/accounts/login/", form)["Location"] == "/en/"
    # Signed in already, the English login page sends the person to the English home page.
    assert client.get("/en/accounts/login/")["Location"] == "/en/"
    assert client.post("/en/accounts/logout/")["Location"] == "/en/"
    assert client.post("/accounts/login/", form)["Location"] == "/"
    assert client.post("/accounts/logout/")["Location"] == "/"
