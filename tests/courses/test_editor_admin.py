"""A training editor writes a course and its lessons through the real Wagtail admin forms."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import CoursePage, LessonPage
from training.people.roles import EDITORS, HR, MANAGERS

pytestmark = pytest.mark.django_db


def list_block(items):
    """Form data of a ListBlock: like streamfield(), without block types."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def course_form(**overrides):
    data = {
        "title": "参考咨询英语",
        "slug": "reference-english",
        "summary": "用英语回答参考咨询问题。",
        "objectives": rich_text("<ul><li>回答常见的检索问题</li></ul>", features=["ul", "ol"]),
        "topic": "languages",
        "estimated_minutes": "45",
        "target_language": "",
        "cefr_level": "",
        "certificate_validity_months": "24",
        "cover_image": "",
        "prerequisites": inline_formset([]),
        "competency_outcomes": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def lesson_form(title, slug, blocks):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "estimated_minutes": "15",
            "required": "on",
            "body": streamfield(blocks),
            "action-publish": "action-publish",
        }
    )


def test_editors_may_add_change_and_publish_pages_from_the_root():
    root = Page.objects.get(depth=1)
    granted = {
        (permission.group.name, permission.permission.codename)
        for permission in GroupPagePermission.objects.filter(page=root).select_related(
            "group", "permission"
        )
    }
    assert {(EDITORS, "add_page"), (EDITORS, "change_page"), (EDITORS, "publish_page")} <= granted
    assert not any(group in (MANAGERS, HR) for group, _codename in granted)


def test_editors_may_choose_images_and_documents(org):
    images = policy_registry.get_by_type(get_image_model())
    documents = policy_registry.get_by_type(get_document_model())
    user = org.editor.user
    for policy in (images, documents):
        assert policy.user_has_permission(user, "choose")
        assert policy.user_has_permission(user, "add")
    assert not images.user_has_permission(org.hr.user, "choose")


def test_editor_creates_and_publishes_a_course_with_two_lessons(
    client, org, catalog, english, lang_en_competency
):
    client.force_login(org.editor.user)
    add_course = reverse("wagtailadmin_pages:add", args=("courses", "coursepage", catalog.zh.pk))
    assert client.get(add_course).status_code == 200

    response = client.post(
        add_course,
        course_form(
            target_language=str(english.pk),
            cefr_level="A2",
            competency_outcomes=inline_formset(
                [{"competency": str(lang_en_competency.pk), "level": "2"}]
            ),
        ),
    )
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message, .help-critical, .w-field__errors"
    )
    course = CoursePage.objects.get(slug="reference-english")
    assert course.live
    assert course.get_parent().pk == catalog.zh.pk
    assert course.locale_id == catalog.zh.locale_id
    assert course.target_language == english
    assert [(o.competency.code, o.level) for o in course.competency_outcomes.all()] == [
        ("lang-en", 2)
    ]

    add_lesson = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    first = lesson_form(
        "检索问题",
        "search-questions",
        [
            ("text", rich_text("<p>读者常问的三类问题。</p>", features=RICH_TEXT_FEATURES)),
            (
                "phrasebook",
                {
                    "title": "常用句",
                    "phrases": list_block(
                        [
                            {
                                "term": "What are you looking for?",
                                "translation": "您在找什么资料？",
                                "romanisation": "",
                                "audio": "",
                                "note": "",
                            }
                        ]
                    ),
                },
            ),
        ],
    )
    second = lesson_form(
        "小测验",
        "quiz",
        [
            (
                "knowledge_check",
                {
                    "question": "How do you offer help?",
                    "options": list_block(
                        [
                            {"text": "Can I help you?", "correct": "on", "feedback": "Yes."},
                            {"text": "What?", "correct": "", "feedback": "Too abrupt."},
                        ]
                    ),
                    "explanation": "",
                },
            )
        ],
    )
    for data in (first, second):
        response = client.post(add_lesson, data)
        assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
            ".error-message, .help-critical, .w-field__errors"
        )

    lessons = LessonPage.objects.child_of(course).live().order_by("path")
    assert [lesson.slug for lesson in lessons] == ["search-questions", "quiz"]
    assert lessons[0].body[1].value["phrases"][0]["term"] == "What are you looking for?"

    client.logout()
    catalog_html = client.get("/courses/").content.decode()
    assert "参考咨询英语" in catalog_html
    assert 'href="/courses/reference-english/"' in catalog_html
    course_html = client.get("/courses/reference-english/").content.decode()
    assert "检索问题" in course_html and "小测验" in course_html
    lesson_html = client.get("/courses/reference-english/search-questions/").content.decode()
    assert "What are you looking for?" in lesson_html


def test_invalid_lesson_body_from_the_admin_is_rejected(client, org, courses):
    client.force_login(org.editor.user)
    add_lesson = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", courses.desk.pk))
    data = lesson_form(
        "坏的测验",
        "bad-check",
        [
            (
                "knowledge_check",
                {
                    "question": "No correct option?",
                    "options": list_block(
                        [
                            {"text": "A", "correct": "", "feedback": ""},
                            {"text": "B", "correct": "", "feedback": ""},
                        ]
                    ),
                    "explanation": "",
                },
            )
        ],
    )
    response = client.post(add_lesson, data)
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert not LessonPage.objects.filter(slug="bad-check").exists()


def test_editor_may_not_put_a_course_outside_the_catalog(client, org, home):
    client.force_login(org.editor.user)
    url = reverse("wagtailadmin_pages:add", args=("courses", "coursepage", home.pk))
    response = client.post(url, course_form())
    assert response.status_code == 302  # back to the dashboard with "permission denied"
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not CoursePage.objects.filter(slug="reference-english").exists()


def test_editor_previews_a_new_course_and_a_new_lesson(client, org, courses, lang_en_competency):
    client.force_login(org.editor.user)
    args = ("courses", "coursepage", courses.desk.get_parent().pk)
    url = reverse("wagtailadmin_pages:preview_on_add", args=args)
    data = course_form(
        prerequisites=inline_formset([{"required_course": str(courses.cultural.pk)}]),
        competency_outcomes=inline_formset(
            [{"competency": str(lang_en_competency.pk), "level": "2"}]
        ),
    )
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "参考咨询英语" in html
    assert "跨文化沟通基础" in html  # the prerequisite
    assert "英语服务能力" in html and "A2" in html  # the outcome, level 2 on the CEFR scale

    args = ("courses", "lessonpage", courses.desk.pk)
    url = reverse("wagtailadmin_pages:preview_on_add", args=args)
    data = lesson_form("新的一课", "new-lesson", [("text", rich_text("<p>预览内容</p>"))])
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "预览内容" in html
    assert "问候与称呼" in html  # the course's other lessons, in the outline
