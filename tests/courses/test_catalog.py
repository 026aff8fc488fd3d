"""The catalog: filters, full-text search in both languages, and bad input."""

import pytest
from bs4 import BeautifulSoup

from courses.filters import CatalogFilter
from courses.models import CoursePage

from .conftest import make_course

pytestmark = pytest.mark.django_db

ALL_ZH = ["英语服务台用语", "日语入门", "跨文化沟通基础", "国际馆际互借"]


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(response):
    assert response.status_code == 200
    return [a.get_text() for a in soup(response).select(".course-card__title a")]


def errors(response):
    return [e.get_text(" ", strip=True) for e in soup(response).select(".field__error")]


def test_catalog_lists_live_courses_of_its_own_language_in_editor_order(client, courses):
    assert titles(client.get("/courses/")) == ALL_ZH
    assert titles(client.get("/en/courses/")) == [
        "Service-desk English",
        "Japanese first steps",
        "Cross-cultural basics",
        "International interlibrary loan",
    ]


def test_unpublished_courses_are_not_listed(client, courses):
    courses.ill.unpublish()
    assert "国际馆际互借" not in titles(client.get("/courses/"))


def test_course_card_shows_the_facts(client, courses):
    page = soup(client.get("/en/courses/"))
    cards = page.select(".course-card")
    desk = cards[0]
    assert desk.select_one("a")["href"] == "/en/courses/desk-english/"
    assert "English conversations at the circulation desk." in desk.get_text()
    facts = desk.select_one(".course-card__facts").get_text(" ", strip=True)
    assert "Languages" in facts and "English · B1" in facts and "120 minutes" in facts
    assert desk.select_one(".badge--mandatory") is None
    assert cards[2].select_one(".badge--mandatory").get_text() == "Mandatory"
    assert page.select_one("[role=status]").get_text(strip=True) == "4 courses"


def test_filter_form_has_a_label_for_every_field(client, courses):
    form = soup(client.get("/en/courses/")).select_one("form.catalog-filters")
    assert form["method"] == "get"
    for control in form.select("input[name], select[name]"):
        assert form.select_one(f"label[for={control['id']}]") is not None, control["name"]
    assert form.select_one("button[type=submit]") is not None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=languages", ["英语服务台用语", "日语入门"]),
        ("topic=cultural", ["跨文化沟通基础"]),
        ("cefr_level=B1", ["英语服务台用语"]),
        ("cefr_level=C2", []),
        ("duration=upto30", ["日语入门"]),
        ("duration=31-60", []),
        ("duration=61-120", ["英语服务台用语", "跨文化沟通基础"]),
        ("duration=over120", ["国际馆际互借"]),
        ("mandatory=yes", ["跨文化沟通基础"]),
        ("mandatory=no", ["英语服务台用语", "日语入门", "国际馆际互借"]),
        ("mandatory=", ALL_ZH),
        ("topic=languages&duration=61-120", ["英语服务台用语"]),
        ("utm_source=mail", ALL_ZH),
    ],
)
def test_filters(client, courses, query, expected):
    assert titles(client.get(f"/courses/?{query}")) == expected


def test_language_filter_offers_only_languages_that_courses_teach(client, courses, english):
    page = soup(client.get("/en/courses/"))
    options = [o.get_text() for o in page.select("select[name=target_language] option")]
    assert options == ["Any language", "English", "Japanese"]
    assert titles(client.get(f"/courses/?target_language={english.pk}")) == ["英语服务台用语"]


def test_duration_bucket_edges(catalog, client):
    for minutes in (30, 31, 60, 61, 120, 121):
        make_course(catalog.zh, f"m{minutes}", f"课程{minutes}", estimated_minutes=minutes)
    assert titles(client.get("/courses/?duration=upto30")) == ["课程30"]
    assert titles(client.get("/courses/?duration=31-60")) == ["课程31", "课程60"]
    assert titles(client.get("/courses/?duration=61-120")) == ["课程61", "课程120"]
    assert titles(client.get("/courses/?duration=over120")) == ["课程121"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # Chinese has no spaces between words: part of a title or summary matches.
        ("/courses/?q=英语", ["英语服务台用语"]),
        ("/courses/?q=文化", ["跨文化沟通基础"]),
        ("/courses/?q=文献传递", ["国际馆际互借"]),  # in the summary
        ("/courses/?q=greetings", ["英语服务台用语"]),  # in the objectives: the search index
        ("/courses/?q=英语&topic=cultural", []),
        ("/en/courses/?q=English", ["Service-desk English"]),
        ("/en/courses/?q=english", ["Service-desk English"]),
        ("/en/courses/?q=japanese greetings", ["Japanese first steps"]),
        ("/en/courses/?q=document delivery", ["International interlibrary loan"]),
        ("/en/courses/?q=英语", []),  # the English catalog lists English pages only
        ("/en/courses/?q=nothing-like-this", []),
    ],
)
@pytest.mark.indexes
def test_search(client, courses, url, expected):
    assert titles(client.get(url)) == expected


@pytest.mark.parametrize("q", ["", "   ", "%20%20"])
def test_empty_search_is_ignored(client, courses, q):
    response = client.get(f"/courses/?q={q}")
    assert titles(response) == ALL_ZH
    assert errors(response) == []


@pytest.mark.parametrize(
    "q",
    [
        '"',
        "' OR 1=1 --",
        "NEAR(a b)",
        "*",
        "a AND OR NOT",
        "title:英语",
        "(",
        "-",
        "%25",
        "%5C",
        "<script>alert(1)</script>",
        '英语 " OR',
        "x" * 199,
    ],
)
def test_hostile_search_input_is_harmless(client, courses, q):
    response = client.get("/courses/", {"q": q})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert set(titles(response)) <= set(ALL_ZH)


@pytest.mark.parametrize("q", ['"', "*", "(", "-", "<>", "'--"])
def test_search_without_any_word_matches_nothing(client, courses, q):
    response = client.get("/courses/", {"q": q})
    assert titles(response) == []
    assert errors(response) == []


def test_search_words_still_match_around_punctuation(client, courses):
    assert titles(client.get("/courses/", {"q": '"英语"'})) == ["英语服务台用语"]
    assert titles(client.get("/en/courses/", {"q": "English!"})) == ["Service-desk English"]


def test_too_long_search_is_a_form_error(client, courses):
    response = client.get("/courses/", {"q": "x" * 201})
    assert titles(response) == []
    assert len(errors(response)) == 1


@pytest.mark.parametrize(
    "query",
    [
        "target_language=999999",
        "target_language=abc",
        "target_language=1%20OR%201=1",
        "topic=hacking",
        "cefr_level=Z9",
        "duration=forever",
        "mandatory=maybe",
        "q=%00",
    ],
)
def test_invalid_filter_values_show_an_error_and_no_courses(client, courses, query):
    response = client.get(f"/en/courses/?{query}")
    assert response.status_code == 200
    assert titles(response) == []
    assert len(errors(response)) == 1
    page = soup(response)
    assert page.select_one("[role=alert]") is not None
    assert "filters need correcting" in page.select_one("[role=status]").get_text()


def test_a_language_no_live_course_teaches_is_not_a_valid_choice(client, courses):
    from training.people.models import Language

    korean = Language.objects.get(code="ko")
    response = client.get(f"/courses/?target_language={korean.pk}")
    assert titles(response) == []
    assert len(errors(response)) == 1


def test_filterset_composes_with_any_queryset(courses, english):
    queryset = CoursePage.objects.live().filter(locale=courses.desk.locale)
    filterset = CatalogFilter({"q": "英语", "target_language": str(english.pk)}, queryset=queryset)
    assert filterset.is_valid()
    assert list(filterset.qs) == [courses.desk]
