"""The lesson block library: each block renders its content, escapes plain text, and validates."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from courses.blocks import KnowledgeCheckBlock, LessonStreamBlock, VideoBlock
from courses.demo.loader import validate_body
from courses.models import LessonPage

from .conftest import make_course, make_lesson, translate

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script>'


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def media(db):
    Document = get_document_model()

    def document(title, name, content=b"0" * 2048):
        doc = Document(title=title, file=ContentFile(content, name=name))
        doc.file_size = len(content)
        doc.save()
        return doc

    image = get_image_model().objects.create(
        title="借还台", file=get_test_image_file("desk.png"), description="The loan desk"
    )
    return {
        "image": image,
        "video": document("Welcome video", "welcome.mp4"),
        "audio": document("Greeting audio", "greeting.mp3"),
        "handout": document("Phrase handout", "handout.pdf", b"%PDF" + b"0" * 3000),
    }


@pytest.fixture
def every_block(media):
    return [
        {"type": "text", "value": "<h3>开场</h3><p>先看一段<b>视频</b>。</p>"},
        {
            "type": "image",
            "value": {
                "image": {
                    "image": media["image"].pk,
                    "alt_text": "读者在借还台",
                    "decorative": False,
                },
                "caption": "流通服务台",
            },
        },
        {
            "type": "video",
            "value": {
                "title": "欢迎视频",
                "video_file": media["video"].pk,
                "embed": "",
                "transcript": f"Hello and welcome. {HOSTILE}",
            },
        },
        {
            "type": "audio",
            "value": {
                "title": "问候录音",
                "audio": media["audio"].pk,
                "transcript": "Good morning.",
            },
        },
        {
            "type": "phrasebook",
            "value": {
                "title": "常用句",
                "phrases": [
                    {
                        "term": "学生証を見せていただけますか？",
                        "translation": "可以看一下您的学生证吗？",
                        "romanisation": "Gakuseishō o misete itadakemasu ka?",
                        "audio": media["audio"].pk,
                        "note": "语气要友好",
                    },
                    {
                        "term": HOSTILE,
                        "translation": "<b>not bold</b>",
                        "romanisation": "",
                        "audio": None,
                        "note": "",
                    },
                ],
            },
        },
        {
            "type": "dialogue",
            "value": {
                "title": "还书",
                "setting": "一位访问学者来还书。",
                "lines": [
                    {
                        "speaker": "馆员",
                        "line": "本の返却ですか？",
                        "translation": "您是来还书的吗？",
                    },
                    {
                        "speaker": "Scholar",
                        "line": "はい、三冊です。",
                        "translation": "是的，三本。",
                    },
                    {"speaker": HOSTILE, "line": HOSTILE, "translation": ""},
                ],
            },
        },
        {
            "type": "scenario",
            "value": {
                "title": "称呼读者",
                "situation": "<p>一位叫 Maria José García López 的读者来办证。</p>",
                "question": "应该怎样称呼她？",
                "commentary": "<p>西班牙语姓名常有两个姓氏：称呼 García 女士。</p>",
            },
        },
        {
            "type": "callout",
            "value": {"kind": "culture", "text": "<p>很多国家的读者不习惯排队取号。</p>"},
        },
        {
            "type": "callout",
            "value": {"kind": "warning", "text": "<p>不要询问读者的宗教信仰。</p>"},
        },
        {
            "type": "document",
            "value": {"document": media["handout"].pk, "description": "可打印的讲义"},
        },
        {
            "type": "knowledge_check",
            "value": {
                "question": "读者说 Thank you 时怎么回答？",
                "options": [
                    {"text": "You're welcome.", "correct": True, "feedback": "对，礼貌又自然。"},
                    {
                        "text": "No problem, lah.",
                        "correct": False,
                        "feedback": "在正式场合不合适。",
                    },
                ],
                "explanation": "You're welcome 是最稳妥的回答。",
            },
        },
    ]


@pytest.fixture
def lesson_page(catalog, locales, japanese, every_block):
    """The lesson's English version: the interface strings asserted below are the msgids."""
    course = make_course(
        catalog.zh, "blocks", "积木课程", target_language=japanese, cefr_level="A2"
    )
    lesson = make_lesson(course, "all-blocks", "所有内容块", every_block)
    translate(course, locales.en, title="Every block")
    return translate(lesson, locales.en, title="All blocks")


@pytest.fixture
def page_html(client, lesson_page):
    response = client.get(lesson_page.url)
    assert response.status_code == 200
    return soup(response)


def test_rich_text_block(page_html):
    text = page_html.select_one(".block-text")
    assert text.h3.get_text() == "开场"
    assert text.b.get_text() == "视频"


def test_image_block_uses_the_contextual_alt_text_and_caption(page_html):
    figure = page_html.select_one("figure.block-image")
    assert figure.img["alt"] == "读者在借还台"
    assert figure.figcaption.get_text() == "流通服务台"


def test_video_block_plays_the_uploaded_file_with_its_transcript(page_html, media):
    video = page_html.select_one(".block-video")
    assert video.h2.get_text() == "欢迎视频"
    assert video.video["src"] == media["video"].url
    assert video.video.has_attr("controls")
    transcript = video.select_one("details.transcript")
    assert "Hello and welcome." in transcript.get_text()


def test_audio_block(page_html, media):
    audio = page_html.select_one(".block-audio")
    assert audio.audio["src"] == media["audio"].url
    assert audio.audio.has_attr("controls")
    assert "Good morning." in audio.select_one("details").get_text()


def test_phrasebook_block_is_a_table_with_language_attributes(page_html, media):
    table = page_html.select_one(".block-phrasebook table")
    assert table.caption.get_text() == "常用句"
    assert [th.get_text() for th in table.thead.select("th")] == [
        "Phrase",
        "Translation",
        "Pronunciation",
        "Listen",
        "Note",
    ]
    row = table.tbody.select("tr")[0]
    term = row.select_one("th[scope=row]")
    assert term.get_text() == "学生証を見せていただけますか？"
    assert term["lang"] == "ja"  # the course's target language
    assert row.select_one(".phrasebook__translation").get_text() == "可以看一下您的学生证吗？"
    romanisation = row.select_one(".phrasebook__romanisation span")
    assert romanisation.get_text() == "Gakuseishō o misete itadakemasu ka?"
    assert romanisation["lang"] == "ja-Latn"
    assert row.select_one("audio[controls]")["src"] == media["audio"].url
    assert row.select_one(".phrasebook__note").get_text() == "语气要友好"
    second = table.tbody.select("tr")[1]
    assert second.select_one("audio") is None


def test_dialogue_block_lists_speaker_line_and_translation(page_html):
    dialogue = page_html.select_one(".block-dialogue")
    assert dialogue.h2.get_text() == "还书"
    assert "一位访问学者来还书。" in dialogue.get_text()
    turns = dialogue.select(".dialogue__turn")
    assert [turn.dt.get_text() for turn in turns][:2] == ["馆员", "Scholar"]
    assert turns[0].select_one(".dialogue__line").get_text() == "本の返却ですか？"
    assert turns[0].select_one(".dialogue__line")["lang"] == "ja"
    assert not turns[0].select_one(".dialogue__translation").has_attr("lang")
    assert "您是来还书的吗？" in turns[0].select_one(".dialogue__translation").get_text()
    assert turns[2].select_one(".dialogue__translation") is None


def test_scenario_block_hides_the_commentary_in_details(page_html):
    scenario = page_html.select_one(".block-scenario")
    assert "Maria José García López" in scenario.select_one(".scenario__situation").get_text()
    assert "应该怎样称呼她？" in scenario.select_one(".scenario__question").get_text()
    details = scenario.select_one("details.scenario__commentary")
    assert details.summary.get_text(strip=True) == "Show expert commentary"
    assert "García 女士" in details.get_text()
    assert not details.has_attr("open")


def test_callout_block_names_its_kind_in_text(page_html):
    culture, warning = page_html.select(".callout")
    assert culture["role"] == "note"
    assert "Culture note" in culture.select_one(".callout__label").get_text()
    assert "很多国家的读者不习惯排队取号。" in culture.get_text()
    assert "Watch out" in warning.select_one(".callout__label").get_text()
    assert "callout--warning" in warning["class"]


def test_document_block_links_with_type_and_size(page_html, media):
    block = page_html.select_one(".block-document")
    link = block.select_one("a")
    assert link["href"] == media["handout"].url
    assert link.get_text() == "Phrase handout"
    meta = block.select_one(".block-document__meta").get_text()
    assert "PDF" in meta
    assert "2.9" in meta and "KB" in meta  # 3,004 bytes
    assert "可打印的讲义" in block.get_text()


def test_knowledge_check_reveals_feedback_per_option(page_html):
    check = page_html.select_one(".block-check")
    assert "读者说 Thank you 时怎么回答？" in check.select_one(".block-check__question").get_text()
    options = check.select("ol.check-options > li")
    assert [o.select_one(".check-option__text").get_text() for o in options] == [
        "You're welcome.",
        "No problem, lah.",
    ]
    right, wrong = (option.select_one("details") for option in options)
    assert right.summary.get_text(" ", strip=True).startswith("Check")
    assert "Correct" in right.select_one(".check-option__verdict").get_text()
    assert "对，礼貌又自然。" in right.get_text()
    assert "Not quite" in wrong.select_one(".check-option__verdict").get_text()
    assert "在正式场合不合适。" in wrong.get_text()
    explanation = check.select_one("details.block-check__explanation")
    assert "You're welcome 是最稳妥的回答。" in explanation.get_text()


def test_html_in_plain_text_fields_is_escaped(client, lesson_page):
    html = client.get(lesson_page.url).content.decode()
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html
    scripts = BeautifulSoup(html, "html.parser").find_all("script")
    assert all(script.has_attr("src") for script in scripts)  # no inline or injected script


def test_the_lesson_above_uses_every_block_type(every_block):
    types = {block["type"] for block in every_block}
    assert types == set(LessonStreamBlock.base_blocks)


# --- validation -----------------------------------------------------------------------------


def test_video_needs_exactly_one_source(media):
    block = VideoBlock()
    neither = block.to_python({"title": "V", "video_file": None, "embed": "", "transcript": ""})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(neither)
    assert "video_file" in error.value.block_errors

    uploaded = block.to_python(
        {"title": "V", "video_file": media["video"].pk, "embed": "", "transcript": ""}
    )
    assert block.clean(uploaded)["video_file"] == media["video"]


def test_video_with_both_an_upload_and_an_embed_is_rejected(media, monkeypatch):
    from wagtail.embeds.blocks import EmbedBlock

    # Validating an embed URL asks the provider over the network: accept it without asking.
    monkeypatch.setattr(EmbedBlock, "clean", lambda self, value: value)
    block = VideoBlock()
    both = block.to_python(
        {
            "title": "V",
            "video_file": media["video"].pk,
            "embed": "https://video.example.edu/watch/1",
            "transcript": "",
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(both)
    assert "video_file" in error.value.block_errors


def test_knowledge_check_needs_a_correct_option():
    block = KnowledgeCheckBlock()
    value = block.to_python(
        {
            "question": "?",
            "options": [
                {"text": "A", "correct": False, "feedback": ""},
                {"text": "B", "correct": False, "feedback": ""},
            ],
            "explanation": "",
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "options" in error.value.block_errors


def test_knowledge_check_needs_two_options():
    with pytest.raises(ValidationError):
        validate_body(
            [
                {
                    "type": "knowledge_check",
                    "value": {
                        "question": "?",
                        "options": [{"text": "A", "correct": True, "feedback": ""}],
                        "explanation": "",
                    },
                }
            ]
        )


def test_a_valid_knowledge_check_passes():
    value = validate_body(
        [
            {
                "type": "knowledge_check",
                "value": {
                    "question": "?",
                    "options": [
                        {"text": "A", "correct": True, "feedback": ""},
                        {"text": "B", "correct": False, "feedback": ""},
                    ],
                    "explanation": "",
                },
            }
        ]
    )
    assert value[0].block_type == "knowledge_check"


def test_language_attributes_follow_the_course_target_language():
    from types import SimpleNamespace

    from courses.selectors import content_languages

    def course(code):
        return SimpleNamespace(target_language=SimpleNamespace(code=code) if code else None)

    assert content_languages(course("ja")) == {"content_lang": "ja", "romanisation_lang": "ja-Latn"}
    assert content_languages(course("zh")) == {
        "content_lang": "zh",
        "romanisation_lang": "zh-Latn-pinyin",
    }
    assert content_languages(course(None)) == {"content_lang": "", "romanisation_lang": ""}
    assert content_languages(None) == {"content_lang": "", "romanisation_lang": ""}


def test_phrasebook_leaves_out_columns_no_phrase_uses(client, catalog, locales):
    course = make_course(catalog.zh, "plain", "简单课程")
    body = [
        {
            "type": "phrasebook",
            "value": {
                "title": "Plain",
                "phrases": [
                    {"term": "Hello.", "translation": "你好。", "romanisation": "", "note": ""},
                    {"term": "Thanks.", "translation": "谢谢。", "romanisation": "", "note": ""},
                ],
            },
        }
    ]
    make_lesson(course, "plain-lesson", "简单", body)
    translate(course, locales.en, title="Plain")
    lesson = translate(LessonPage.objects.get(slug="plain-lesson"), locales.en, title="Plain")
    page = soup(client.get(lesson.url))
    table = page.select_one(".phrasebook")
    assert [th.get_text() for th in table.thead.select("th")] == ["Phrase", "Translation"]
    assert [len(row.select("th, td")) for row in table.tbody.select("tr")] == [2, 2]
    assert not table.tbody.th.has_attr("lang")  # a course without a target language
