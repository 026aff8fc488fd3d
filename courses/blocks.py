"""The lesson block library. Every block has its own template and icon.

Nothing here fetches from the network at render time: video and audio are uploaded documents;
an embedded video is optional and only rendered when an editor chose it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class RichTextContentBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "courses/blocks/rich_text.html"
        label = _("Text")


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "courses/blocks/image.html"
        label = _("Image with caption")


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video_file = DocumentChooserBlock(
        label=_("Uploaded video"), required=False, help_text=_("An MP4 or WebM file.")
    )
    embed = EmbedBlock(
        label=_("Or an embedded video"),
        required=False,
        help_text=_("A link to a video on an approved platform."),
    )
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("Needed by people who cannot hear the video."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        label = _("Video")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("video_file")) == bool(value.get("embed")):
            raise StructBlockValidationError(
                block_errors={
                    "video_file": ValidationError(
                        _("Choose an uploaded video or an embed, not both.")
                    )
                }
            )
        return value


class AudioClipBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    audio = DocumentChooserBlock(label=_("Audio file"), help_text=_("An MP3 or OGG file."))
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        template = "courses/blocks/audio.html"
        label = _("Audio clip")


class PhraseBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Phrase"), max_length=300)
    translation = blocks.CharBlock(label=_("Translation"), max_length=300)
    romanisation = blocks.CharBlock(
        label=_("Romanisation / pinyin"), max_length=300, required=False
    )
    audio = DocumentChooserBlock(label=_("Pronunciation"), required=False)
    note = blocks.CharBlock(label=_("Usage note"), max_length=300, required=False)

    class Meta:
        icon = "openquote"
        label = _("Phrase")


class PhrasebookBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    phrases = blocks.ListBlock(PhraseBlock(), label=_("Phrases"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/phrasebook.html"
        label = _("Phrasebook")


class DialogueLineBlock(blocks.StructBlock):
    speaker = blocks.CharBlock(label=_("Speaker"), max_length=80)
    line = blocks.TextBlock(label=_("Line"))
    translation = blocks.TextBlock(label=_("Translation"), required=False)

    class Meta:
        icon = "comment"
        label = _("Line")


class DialogueBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    setting = blocks.TextBlock(label=_("Setting"), required=False)
    lines = blocks.ListBlock(DialogueLineBlock(), label=_("Lines"), min_num=2)

    class Meta:
        icon = "comment"
        template = "courses/blocks/dialogue.html"
        label = _("Dialogue")


class CulturalScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    situation = blocks.RichTextBlock(label=_("Situation"), features=RICH_TEXT_FEATURES)
    question = blocks.TextBlock(label=_("Question for reflection"))
    commentary = blocks.RichTextBlock(
        label=_("Expert commentary"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown when the learner asks for it, after thinking about the question."),
    )

    class Meta:
        icon = "group"
        template = "courses/blocks/scenario.html"
        label = _("Cultural scenario")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("tip", _("Tip")),
            ("culture", _("Culture note")),
            ("warning", _("Watch out")),
        ],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        template = "courses/blocks/callout.html"
        label = _("Tip / callout")


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), max_length=300, required=False)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document.html"
        label = _("Document download")


class CheckOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback"), max_length=500, required=False)

    class Meta:
        icon = "tick"
        label = _("Option")


class KnowledgeCheckBlock(blocks.StructBlock):
    """A short, ungraded question: the learner checks their understanding; nothing is recorded."""

    question = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(CheckOptionBlock(), label=_("Options"), min_num=2)
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "help"
        template = "courses/blocks/knowledge_check.html"
        label = _("Knowledge check")

    def clean(self, value):
        value = super().clean(value)
        if not any(option.get("correct") for option in value.get("options", [])):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one option correct."))}
            )
        return value


class LessonStreamBlock(blocks.StreamBlock):
    text = RichTextContentBlock()
    image = ImageWithCaptionBlock()
    video = VideoBlock()
    audio = AudioClipBlock()
    phrasebook = PhrasebookBlock()
    dialogue = DialogueBlock()
    scenario = CulturalScenarioBlock()
    callout = CalloutBlock()
    document = DocumentDownloadBlock()
    knowledge_check = KnowledgeCheckBlock()
