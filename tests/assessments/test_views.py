"""The learner's quiz pages through the test client: overview, attempt, save, submit and review.

Besides the status codes these tests read the HTML: the attempt page must carry the form fields
of layout.py and nothing of the key (credit, feedback, right answers, score), and the review page
must show exactly what the quiz's review options allow, in either language.

Interface texts are compared through `gettext` in the page's language, so the tests hold whether
or not the assessments strings have been translated yet.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale

from assessments import services
from assessments.models import Attempt, AttemptAnswer, Question
from tests.assessments.conftest import form_data, right_responses
from tests.courses.conftest import translate
from training.people.models import AuditEntry

pytestmark = pytest.mark.django_db

OPTION_FEEDBACK = ["Warm and open.", "Too abrupt.", "Best.", "Acceptable.", "Poor."]
GENERAL_FEEDBACK = "Greet first, then ask how you can help."
RIGHT_MATCH = "ILL → interlibrary loan"
JSON = {"Accept": "application/json"}


# --- helpers ----------------------------------------------------------------------------------


def t(language: str, message: str, **params) -> str:
    """`message` as the page in `language` shows it."""
    with translation.override(language):
        text = gettext(message)
    return text % params if params else text


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(response) -> str:
    """The visible text of the page's main element, whitespace collapsed."""
    return " ".join(soup(response).select_one("main").get_text(" ").split())


def messages_of(response) -> list[tuple[str, str]]:
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def urls(page, number: int = 1) -> SimpleNamespace:
    base = page.url
    attempt = f"{base}attempts/{number}/"
    return SimpleNamespace(
        quiz=base,
        start=f"{base}start/",
        attempt=attempt,
        save=f"{attempt}save/",
        submit=f"{attempt}submit/",
        review=f"{attempt}review/",
    )


def republish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def start(client, page) -> Attempt:
    response = client.post(urls(page).start)
    assert response.status_code == 302
    attempt = Attempt.objects.get(quiz_key=page.translation_key, state="in_progress")
    assert response["Location"] == urls(page, attempt.number).attempt
    return attempt


def submit(client, page, attempt, responses) -> None:
    response = client.post(urls(page, attempt.number).submit, form_data(attempt, responses))
    assert response.status_code == 302
    assert response["Location"] == urls(page, attempt.number).review


def score_text(language: str, attempt: Attempt) -> str:
    attempt.refresh_from_db()
    return t(
        language,
        "%(score)s of %(max)s (%(percent)s %%)",
        score=f"{attempt.score.normalize():f}",
        max=f"{attempt.max_score.normalize():f}",
        percent=f"{attempt.percent.normalize():f}",
    )


def one_wrong(attempt) -> dict:
    """The right answers, except the first (single choice) question answered "What?"."""
    responses = right_responses(attempt)
    item = attempt.layout[0]
    assert item["qtype"] == "single"
    responses["0"] = next(o["key"] for o in item["options"] if o["text"] == "What?")
    return responses


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def learner(client, quizzes):
    client.force_login(quizzes.learner.user)
    return client


@pytest.fixture
def english(quizzes):
    """The English translation of the whole tree down to the quiz."""
    en = Locale.objects.get_or_create(language_code="en")[0]
    course = quizzes.course
    chain = [*course.get_ancestors().filter(depth__gt=1).specific(), course]
    for page in chain:
        if page.get_translation_or_none(en) is None:
            translate(page, en)
    lesson = translate(quizzes.lesson, en, title="Greetings")
    return translate(quizzes.quiz, en, title="Quick check", lesson=lesson)


@pytest.fixture(params=["zh-hans", "en"])
def site(request, quizzes):
    """The quiz as browsed in one language: `page` to browse, `pages` to configure (both)."""
    if request.param == "en":
        en = request.getfixturevalue("english")
        return SimpleNamespace(language="en", page=en, pages=[quizzes.quiz, en])
    return SimpleNamespace(language="zh-hans", page=quizzes.quiz, pages=[quizzes.quiz])


def configure(site, **fields):
    site.pages = [republish(page, **fields) for page in site.pages]
    site.page = next(p for p in site.pages if p.pk == site.page.pk)


# --- anonymous --------------------------------------------------------------------------------


def test_anonymous_visitor_sees_a_sign_in_link_and_cannot_start(client, quizzes):
    quiz = quizzes.quiz
    response = client.get(quiz.url)
    assert response.status_code == 200
    link = soup(response).select_one("article.quiz a.button")
    assert link["href"] == f"/accounts/login/?next={quiz.url}"
    assert t("zh-hans", "Sign in to take this quiz") in link.get_text()
    assert soup(response).select_one("article form") is None  # no start button

    response = client.post(urls(quiz).start)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={quiz.url}"
    assert not Attempt.objects.exists()


def test_anonymous_visitor_is_sent_to_sign_in_from_an_attempt(client, quizzes):
    attempt = services.attempt_start(staff=quizzes.learner, quiz=quizzes.quiz)
    for url in (urls(quizzes.quiz).attempt, urls(quizzes.quiz).review):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    response = client.post(urls(quizzes.quiz).save, form_data(attempt, right_responses(attempt)))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    attempt.refresh_from_db()
    assert attempt.responses == {} and attempt.revision == 0


# --- starting and the attempt page ------------------------------------------------------------


def expected_fields(item) -> list[tuple[str, str, list[str]]]:
    """(element, name, values) of each form field layout.py reads for this item, in order."""
    name = f"q{item['position']}"
    qtype = item["qtype"]
    if qtype in ("single", "truefalse", "sjt", "multi"):
        return [("input", name, [key]) for key in item["display"]]
    if qtype in ("short", "numeric"):
        return [("input", name, [""])]
    if qtype == "matching":
        return [
            ("select", f"{name}-{o['key']}", ["", *item["answers"]])
            for o in item["options"]
            if o["text"]
        ]
    if qtype == "ordering":
        places = [str(n) for n in range(1, len(item["display"]) + 1)]
        return [("select", f"{name}-{key}", ["", *places]) for key in item["display"]]
    assert qtype == "cloze"
    blank_1 = [o["key"] for o in item["options"] if o["blank"] == 1]
    return [("select", f"{name}-b1", ["", *blank_1]), ("input", f"{name}-b2", [""])]


def fields_of(fieldset) -> list[tuple[str, str, list[str]]]:
    fields = []
    for element in fieldset.select("input, select"):
        if element.name == "select":
            values = [option.get("value") for option in element.select("option")]
        else:
            values = [element.get("value")]
        fields.append((element.name, element["name"], values))
    return fields


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_learner_starts_the_quiz_and_sees_every_question(learner, quizzes, language, request):
    page = request.getfixturevalue("english") if language == "en" else quizzes.quiz
    response = learner.get(page.url)
    assert response.status_code == 200
    form = soup(response).select_one("article form")
    assert form["action"] == urls(page).start and form["method"] == "post"
    assert t(language, "Start the quiz") in form.select_one("button[type=submit]").get_text()

    attempt = start(learner, page)
    assert (attempt.number, attempt.staff, attempt.quiz_id) == (1, quizzes.learner, page.pk)

    response = learner.get(urls(page).attempt)
    assert response.status_code == 200
    html = soup(response)
    form = html.select_one("form.quiz-form")
    assert form["action"] == urls(page).save and form["method"] == "post"
    assert form.select_one("input[type=hidden][name=revision]")["value"] == "0"
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    fieldsets = form.select("fieldset.question")
    assert len(fieldsets) == 9
    for fieldset, item in zip(fieldsets, attempt.layout, strict=True):
        assert f"question--{item['qtype']}" in fieldset["class"]
        assert fields_of(fieldset) == expected_fields(item)
    types = {
        item["qtype"]: fieldset for fieldset, item in zip(fieldsets, attempt.layout, strict=True)
    }
    assert {i["type"] for i in types["multi"].select("input")} == {"checkbox"}
    assert {i["type"] for i in types["single"].select("input")} == {"radio"}
    assert {i["type"] for i in types["short"].select("input")} == {"text"}
    save = form.select_one("button[name=action][value=save]")
    assert save is not None and not save.get("formaction")
    assert t(language, "Save answers") in save.get_text()
    finish = form.select_one("button[name=action][value=submit]")
    assert finish["formaction"] == urls(page).submit
    assert t(language, "Submit and finish") in finish.get_text()

    # Back on the quiz page the learner continues the same attempt.
    response = learner.get(page.url)
    button = soup(response).select_one("article form button[type=submit]")
    assert t(language, "Continue the attempt") in button.get_text()
    assert soup(response).select_one(f'a[href="{urls(page).attempt}"]') is not None
    assert start(learner, page).pk == attempt.pk
    assert Attempt.objects.count() == 1


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_attempt_page_holds_nothing_of_the_key(learner, quizzes, language, request):
    Question.objects.filter(pk__in=[quizzes.questions[0].pk, quizzes.questions[5].pk]).update(
        general_feedback=GENERAL_FEEDBACK
    )
    page = request.getfixturevalue("english") if language == "en" else quizzes.quiz
    attempt = start(learner, page)
    response = learner.get(urls(page).attempt)
    html = response.content.decode()
    page_text = text_of(response)

    for text in [*OPTION_FEEDBACK, GENERAL_FEEDBACK, RIGHT_MATCH, "→"]:
        assert text not in html
    fractions = {o["fraction"] for item in attempt.layout for o in item["options"]}
    assert {"1.00000", "0.50000", "-0.50000", "0.00000"} <= fractions
    for fraction in fractions:
        assert fraction not in html
    for word in ("fraction", "feedback", "match_text", "credit", "correct"):
        assert word not in html.lower()
    assert t(language, "The right answer:") not in page_text
    assert not soup(response).select(".question__review, .question__verdict, .question__answer")
    assert not soup(response).select("input[checked], option[selected]")

    fieldsets = soup(response).select("fieldset.question")
    by_type = {
        item["qtype"]: (item, fs) for item, fs in zip(attempt.layout, fieldsets, strict=True)
    }
    # Matching: every prompt offers the same shuffled list of answers; none is paired with it.
    item, fieldset = by_type["matching"]
    lists = [[o.get_text() for o in s.select("option")][1:] for s in fieldset.select("select")]
    assert len(lists) == 2 and lists[0] == lists[1] == item["answers"]
    assert sorted(item["answers"]) == ["interlibrary loan", "online catalogue", "reading room"]
    # Ordering: the items come in the learner's shuffled order, never the right one.
    item, fieldset = by_type["ordering"]
    shown = [label.get_text() for label in fieldset.select("label")]
    right = [o["text"] for o in item["options"]]
    assert sorted(shown) == sorted(right) and shown != right
    # True/false shows the words, not the stored "true"/"false" keys with their credit.
    item, fieldset = by_type["truefalse"]
    labels = [label.get_text(strip=True) for label in fieldset.select("label")]
    assert labels == [t(language, "True"), t(language, "False")]


# --- review -----------------------------------------------------------------------------------

HIDE_NOW = {
    "review_answers_now": False,
    "review_feedback_now": False,
    "review_score_now": False,
    "review_correctness_now": False,
}
SHOW_CLOSED = {
    "review_answers_closed": True,
    "review_feedback_closed": True,
    "review_score_closed": True,
    "review_correctness_closed": True,
}


def test_the_review_hides_the_key_until_the_quiz_closes(learner, quizzes, site):
    Question.objects.filter(pk=quizzes.questions[5].pk).update(general_feedback=GENERAL_FEEDBACK)
    configure(site, **HIDE_NOW, **SHOW_CLOSED)
    language, page = site.language, site.page
    attempt = start(learner, page)
    submit(learner, page, attempt, right_responses(attempt))
    attempt.refresh_from_db()
    assert attempt.percent == 100 and attempt.passed

    response = learner.get(urls(page).review)
    assert response.status_code == 200
    html, page_text = response.content.decode(), text_of(response)
    for text in [*OPTION_FEEDBACK, GENERAL_FEEDBACK, RIGHT_MATCH]:
        assert text not in html
    assert t(language, "The right answer:") not in page_text
    assert score_text(language, attempt) not in page_text
    assert t(language, "Passed") not in page_text
    assert t(language, "Score: %(score)s of %(mark)s", score="1", mark="1") not in page_text
    assert t(language, "Your score will be shown when the quiz closes.") in page_text
    assert not soup(response).select(
        ".result__verdict, .question__verdict, .question__answer, .question__feedback"
    )
    assert not soup(response).select(".question--right, .question--wrong, .question--partial")
    # The learner's own answers are there (disabled), the questions too.
    assert len(soup(response).select("fieldset.question")) == 9
    assert soup(response).select("input[checked][disabled]")
    # The quiz page does not give the result away either.
    overview = learner.get(page.url)
    overview_text = text_of(overview)
    assert t(language, "Not shown yet") in overview_text
    assert "100 %" not in overview_text
    assert t(language, "You have passed this quiz.") not in overview_text

    # The quiz closes: the "after the quiz closes" options apply.
    configure(site, closes_at=timezone.now() - timedelta(minutes=1))
    page = site.page
    response = learner.get(urls(page).review)
    assert response.status_code == 200
    html, page_text = response.content.decode(), text_of(response)
    for text in ["Warm and open.", "Best.", GENERAL_FEEDBACK, RIGHT_MATCH]:
        assert text in html
    for text in ["Too abrupt.", "Acceptable.", "Poor."]:  # feedback of options not chosen
        assert text not in html
    assert t(language, "The right answer:") in page_text
    assert score_text(language, attempt) in page_text
    assert t(language, "Passed") in page_text
    assert t(language, "Score: %(score)s of %(mark)s", score="1", mark="1") in page_text
    assert len(soup(response).select("fieldset.question--right")) == 9
    overview_text = text_of(learner.get(page.url))
    assert "100 %" in overview_text
    assert t(language, "You have passed this quiz.") in overview_text


def test_by_default_score_and_feedback_show_at_once_but_not_the_right_answers(
    learner, quizzes, site
):
    language, page = site.language, site.page
    attempt = start(learner, page)
    submit(learner, page, attempt, one_wrong(attempt))
    response = learner.get(urls(page).review)
    assert response.status_code == 200
    html, page_text = response.content.decode(), text_of(response)
    attempt.refresh_from_db()
    assert attempt.percent < 100
    assert score_text(language, attempt) in page_text
    assert "Too abrupt." in html and "Best." in html  # the feedback of what was chosen
    assert "Warm and open." not in html  # the right option's feedback, not chosen
    assert t(language, "The right answer:") not in page_text
    assert RIGHT_MATCH not in html
    assert not soup(response).select(".question__answer")
    assert len(soup(response).select("fieldset.question--right")) == 8
    assert len(soup(response).select("fieldset.question--wrong")) == 1


# --- saving -----------------------------------------------------------------------------------


def test_saving_without_javascript_keeps_the_answers_and_shows_them(learner, quizzes):
    quiz = quizzes.quiz
    attempt = start(learner, quiz)
    answers = right_responses(attempt)
    response = learner.post(urls(quiz).save, form_data(attempt, answers))
    assert response.status_code == 302 and response["Location"] == urls(quiz).attempt
    assert messages_of(response) == [("success", t("zh-hans", "Your answers are saved."))]
    attempt.refresh_from_db()
    assert attempt.responses == answers
    assert (attempt.revision, attempt.state) == (1, "in_progress")

    response = learner.get(response["Location"])
    html = soup(response)
    assert html.select_one("li.message--success") is not None
    assert html.select_one("input[name=revision]")["value"] == "1"
    for item in attempt.layout:
        name, answer = f"q{item['position']}", answers[str(item["position"])]
        match item["qtype"]:
            case "single" | "truefalse" | "sjt":
                assert [i["value"] for i in html.select(f"input[name={name}][checked]")] == [answer]
            case "multi":
                checked = {i["value"] for i in html.select(f"input[name={name}][checked]")}
                assert checked == set(answer)
            case "short" | "numeric":
                assert html.select_one(f"input[name={name}]")["value"] == answer
            case "matching":
                for key, value in answer.items():
                    selected = html.select(f"select[name={name}-{key}] option[selected]")
                    assert [o["value"] for o in selected] == [value]
            case "ordering":
                for place, key in enumerate(answer, start=1):
                    selected = html.select(f"select[name={name}-{key}] option[selected]")
                    assert [o["value"] for o in selected] == [str(place)]
            case "cloze":
                selected = html.select(f"select[name={name}-b1] option[selected]")
                assert [o["value"] for o in selected] == [answer["1"]]
                assert html.select_one(f"input[name={name}-b2]")["value"] == answer["2"]


def test_saving_with_javascript_answers_json(learner, quizzes):
    quiz = quizzes.quiz
    attempt = start(learner, quiz)
    answers = right_responses(attempt)
    response = learner.post(urls(quiz).save, form_data(attempt, answers), headers=JSON)
    assert response.status_code == 200
    assert response.json() == {"revision": 1, "saved": 9}
    attempt.refresh_from_db()
    assert attempt.revision == 1 and attempt.responses == answers


def test_a_stale_revision_changes_nothing(learner, quizzes):
    quiz = quizzes.quiz
    attempt = start(learner, quiz)
    answers = right_responses(attempt)
    stale = form_data(attempt, {})  # revision 0, no answers: would clear everything
    assert learner.post(urls(quiz).save, form_data(attempt, answers)).status_code == 302
    learner.get(urls(quiz).attempt)  # shows (and so clears) the "saved" message

    response = learner.post(urls(quiz).save, stale, headers=JSON)
    assert response.status_code == 409
    body = response.json()
    assert body["error"] and body["finished"] is False
    assert body["review_url"] == urls(quiz).review

    response = learner.post(urls(quiz).save, stale)
    assert response.status_code == 302 and response["Location"] == urls(quiz).attempt
    assert [level for level, _text in messages_of(response)] == ["error"]
    shown = soup(learner.get(response["Location"])).select("li.message--error")
    assert [li.get_text() for li in shown] == [body["error"]]

    response = learner.post(urls(quiz).submit, stale)
    assert response.status_code == 302 and response["Location"] == urls(quiz).attempt
    assert [level for level, _text in messages_of(response)] == ["error"]

    attempt.refresh_from_db()
    assert (attempt.revision, attempt.state, attempt.responses) == (1, "in_progress", answers)
    assert not AttemptAnswer.objects.exists()


# --- submitting -------------------------------------------------------------------------------


def test_submit_shows_the_score_and_a_second_submit_grades_nothing(learner, quizzes):
    quiz = quizzes.quiz
    attempt = start(learner, quiz)
    data = form_data(attempt, right_responses(attempt))
    response = learner.post(urls(quiz).submit, data)
    assert response.status_code == 302 and response["Location"] == urls(quiz).review
    assert messages_of(response) == []
    response = learner.get(response["Location"])
    assert response.status_code == 200
    assert score_text("zh-hans", attempt) in text_of(response)
    assert attempt.percent == 100

    again = learner.post(urls(quiz).submit, data)
    assert again.status_code == 302 and again["Location"] == urls(quiz).review
    assert messages_of(again) == [
        ("info", t("zh-hans", "This attempt had already been submitted; here is its result."))
    ]
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 9
    assert AuditEntry.objects.filter(action="assessments.attempt_graded").count() == 1
    # A finished attempt's page leads to its review; saving is refused.
    response = learner.get(urls(quiz).attempt)
    assert response.status_code == 302 and response["Location"] == urls(quiz).review
    response = learner.post(urls(quiz).save, data, headers=JSON)
    assert response.status_code == 409 and response.json()["finished"] is True


def test_the_review_of_an_attempt_in_progress_leads_back_to_it(learner, quizzes):
    start(learner, quizzes.quiz)
    response = learner.get(urls(quizzes.quiz).review)
    assert response.status_code == 302 and response["Location"] == urls(quizzes.quiz).attempt


# --- who may do what --------------------------------------------------------------------------


def test_another_learner_cannot_see_or_answer_an_attempt(client, quizzes):
    quiz = quizzes.quiz
    client.force_login(quizzes.learner.user)
    attempt = start(client, quiz)
    data = form_data(attempt, right_responses(attempt))

    client.force_login(quizzes.org.visiting.user)
    assert client.get(urls(quiz).attempt).status_code == 404
    assert client.get(urls(quiz).review).status_code == 404
    assert client.post(urls(quiz).save, data).status_code == 404
    assert client.post(urls(quiz).save, data, headers=JSON).status_code == 404
    assert client.post(urls(quiz).submit, data).status_code == 404
    attempt.refresh_from_db()
    assert (attempt.state, attempt.revision, attempt.responses) == ("in_progress", 0, {})
    # The visitor's own quiz page shows no attempt of the first learner.
    response = client.get(quiz.url)
    assert soup(response).select_one("#attempts-heading") is None


def test_unknown_attempt_numbers_are_not_found(learner, quizzes):
    start(learner, quizzes.quiz)
    for number in (2, 0, 10**30):  # the last is beyond any integer column
        assert learner.get(urls(quizzes.quiz, number).attempt).status_code == 404
        assert learner.get(urls(quizzes.quiz, number).review).status_code == 404
        assert learner.post(urls(quizzes.quiz, number).save, {"revision": "0"}).status_code == 404


def test_a_closed_quiz_cannot_be_started(learner, quizzes):
    quiz = republish(quizzes.quiz, closes_at=timezone.now() - timedelta(days=1))
    response = learner.get(quiz.url)
    assert soup(response).select_one("article form") is None
    assert t("zh-hans", "This quiz is not open now.") in text_of(response)
    response = learner.post(urls(quiz).start)
    assert response.status_code == 302 and response["Location"] == quiz.url
    assert messages_of(response) == [("error", t("zh-hans", "This quiz is not open now."))]
    assert not Attempt.objects.exists()


def test_post_only_routes_refuse_get(learner, quizzes):
    start(learner, quizzes.quiz)
    for url in (urls(quizzes.quiz).start, urls(quizzes.quiz).save, urls(quizzes.quiz).submit):
        response = learner.get(url)
        assert response.status_code == 405
        assert response["Allow"] == "POST"
    assert Attempt.objects.get().state == "in_progress"


def test_a_signed_in_user_without_a_staff_record_is_refused(client, quizzes, django_user_model):
    client.force_login(django_user_model.objects.create_user("guest", password="pw"))
    assert client.post(urls(quizzes.quiz).start).status_code == 403
    assert not Attempt.objects.exists()


# --- hostile input ----------------------------------------------------------------------------


def test_a_hostile_form_is_cleaned_not_a_500(learner, quizzes):
    quiz = quizzes.quiz
    attempt = start(learner, quiz)
    items = {item["qtype"]: item for item in attempt.layout}
    multi, matching, ordering = items["multi"], items["matching"], items["ordering"]
    valid_multi = multi["options"][0]["key"]
    prompt = next(o["key"] for o in matching["options"] if o["text"])
    data = {
        "revision": "0",
        "q0": "999999",  # an option of no question
        f"q{multi['position']}": [valid_multi, "999999", "<script>", ""],
        "q3": "x" * 100_000,
        f"q{matching['position']}-{prompt}": "not one of the answers",
        f"q{matching['position']}-999999": "interlibrary loan",
        # every item in place 1: not an ordering
        **{f"q{ordering['position']}-{key}": "1" for key in ordering["display"]},
        "q7-b1": "999999",
        "q7-b2": "y" * 100_000,
        "q8": "'; DROP TABLE assessments_attempt; --",
        "q99": "extra",
        "q4": "\x00\ufeff",
    }
    response = learner.post(urls(quiz).save, data)
    assert response.status_code == 302 and response["Location"] == urls(quiz).attempt
    attempt.refresh_from_db()
    assert attempt.responses == {
        str(multi["position"]): [valid_multi],
        "3": "x" * 500,
        "4": "\ufeff",  # the NUL is dropped: PostgreSQL cannot store it in JSON
        "7": {"2": "y" * 500},
    }
    assert attempt.revision == 1
    response = learner.get(urls(quiz).attempt)
    assert response.status_code == 200
    assert soup(response).select_one("input[name=q3]")["value"] == "x" * 500

    data["revision"] = "1"
    response = learner.post(urls(quiz).submit, data)
    assert response.status_code == 302 and response["Location"] == urls(quiz).review
    assert learner.get(urls(quiz).review).status_code == 200
    attempt.refresh_from_db()
    # Only the one valid choice of the multiple-choice question earned anything.
    assert attempt.state == "finished" and attempt.score == Decimal("0.5")


def test_a_revision_that_is_not_a_number_is_a_stale_form(learner, quizzes):
    quiz = quizzes.quiz
    attempt = start(learner, quiz)
    data = form_data(attempt, right_responses(attempt)) | {"revision": "zero"}
    response = learner.post(urls(quiz).save, data, headers=JSON)
    assert response.status_code == 409
    attempt.refresh_from_db()
    assert attempt.responses == {} and attempt.revision == 0


# --- time limits ------------------------------------------------------------------------------


def test_an_overdue_attempt_opened_in_the_browser_is_closed_and_reviewed(learner, quizzes):
    quiz = republish(quizzes.quiz, time_limit_minutes=10, grace_seconds=60)
    begin = timezone.now()
    with time_machine.travel(begin, tick=False) as clock:
        attempt = start(learner, quiz)
        saved = learner.post(urls(quiz).save, form_data(attempt, right_responses(attempt)))
        assert saved.status_code == 302
        response = learner.get(urls(quiz).attempt)
        assert response.status_code == 200
        timer = soup(response).select_one("[role=timer]")
        assert timer["data-seconds-left"] == "600"

        clock.move_to(begin + timedelta(minutes=11, seconds=1))
        response = learner.get(urls(quiz).attempt)
        assert response.status_code == 302 and response["Location"] == urls(quiz).review
        assert [level for level, _text in messages_of(response)] == ["warning"]
        attempt.refresh_from_db()
        assert (attempt.state, attempt.finished_by) == ("finished", "time_limit")
        assert attempt.finished_at == begin + timedelta(minutes=10)
        assert attempt.percent == 100  # the answers saved in time count

        response = learner.get(response["Location"])
        assert response.status_code == 200
        assert response.context["attempt"].pk == attempt.pk
        assert score_text("zh-hans", attempt) in text_of(response)


def test_switching_language_never_reveals_more_of_the_review(learner, quizzes, english):
    """The Chinese quiz hides everything; its English translation still has the defaults (score
    and feedback at once). The strictest of the two governs in both languages."""
    hidden = {
        f"review_{what}_now": False for what in ("score", "correctness", "answers", "feedback")
    }
    quiz = republish(quizzes.quiz, **hidden)
    attempt = start(learner, quiz)
    submit(learner, quiz, attempt, right_responses(attempt))
    for page in (quiz, english):
        html = learner.get(urls(page, attempt.number).review).content.decode()
        assert "Warm and open." not in html
        assert "100 %" not in html
