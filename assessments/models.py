"""Question banks, quizzes and attempts.

- A `QuestionBank` holds `QuestionCategory`s (a path such as "Service desk/Greetings"; the bank's
  top category has the empty path) which hold `Question`s with their `QuestionOption`s. How each
  question type uses its options is described in `spec.py`.
- A `QuizPage` lives in a course. Its `QuizSlot`s name a question, or a category to draw
  questions from at random.
- An `Attempt` is one learner's sitting of a quiz. When it starts it stores the questions it
  was given (`layout`: the specs, in the learner's order, with the options in the learner's
  order), so that editing or deleting a question later never changes an attempt that was taken,
  and regrading gives the same result. `responses` holds the answers as the learner goes; the
  grade of each question is written to `AttemptAnswer` rows when the attempt is graded, for item
  analysis.

Attempts are keyed by the quiz page's `translation_key` (`quiz_key`), like the learning records of
`training.progress`: a learner who switches language keeps their attempts and their attempt count.

Writes go through `services.py`.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from training.competencies.models import Competency
from training.people.models import StaffProfile

from .spec import QType

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

QTYPE_CHOICES = [
    (QType.SINGLE.value, _("Single choice")),
    (QType.MULTI.value, _("Multiple response")),
    (QType.TRUEFALSE.value, _("True/false")),
    (QType.SHORT.value, _("Short answer")),
    (QType.NUMERIC.value, _("Numeric")),
    (QType.MATCHING.value, _("Matching")),
    (QType.ORDERING.value, _("Ordering")),
    (QType.CLOZE.value, _("Cloze (fill in the blanks)")),
    (QType.SJT.value, _("Situational judgement")),
]


class QuestionBank(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class QuestionCategory(models.Model):
    """A folder of questions in a bank, named by its path ("Service desk/Greetings")."""

    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("bank"), on_delete=models.CASCADE, related_name="categories"
    )
    path = models.CharField(
        _("path"),
        max_length=255,
        blank=True,
        help_text=_('Sub-categories are separated by "/". Empty: the top of the bank.'),
    )

    panels = [FieldPanel("bank"), FieldPanel("path")]

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["bank__name", "path"]
        constraints = [
            models.UniqueConstraint(fields=["bank", "path"], name="assessments_category_path"),
        ]

    def __str__(self) -> str:
        return f"{self.bank.name} / {self.path}" if self.path else self.bank.name

    def clean(self) -> None:
        parts = [part.strip() for part in self.path.split("/")] if self.path else []
        if any(not part for part in parts):
            raise ValidationError({"path": _("A category path cannot have an empty part.")})
        self.path = "/".join(parts)


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey(
        "assessments.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Question(index.Indexed, ClusterableModel):
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    name = models.CharField(
        _("name"), max_length=255, help_text=_("A short name for editors; learners do not see it.")
    )
    qtype = models.CharField(_("type"), max_length=12, choices=QTYPE_CHOICES)
    text = RichTextField(_("question text"), features=TEXT_FEATURES)
    general_feedback = models.TextField(
        _("general feedback"),
        blank=True,
        help_text=_("Shown in the review to everyone, whatever they answered."),
    )
    mark = models.DecimalField(
        _("mark"),
        max_digits=6,
        decimal_places=2,
        default=Decimal(1),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    competency = models.ForeignKey(
        Competency,
        verbose_name=_("competency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        help_text=_("The competency this question gives evidence for."),
    )
    level = models.PositiveSmallIntegerField(
        _("level"),
        null=True,
        blank=True,
        help_text=_("The level of the competency it shows (CEFR: 1 = A1 ... 6 = C2)."),
    )
    shuffle_options = models.BooleanField(_("shuffle the options"), default=True)
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio clip"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For a listening question: the clip the learner hears (Ogg, MP3 or WAV)."),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("What the clip says. Shown in the review, for learners who cannot hear it."),
    )
    tags = ClusterTaggableManager(through=QuestionTag, blank=True, verbose_name=_("tags"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("qtype")]),
        FieldPanel("name"),
        FieldPanel("text"),
        HelpPanel(
            content=_(
                "<p>Options: for a choice, credit 1 is right, 0 wrong, between is partial credit "
                "and a negative credit takes marks away (never below zero). True/false: two "
                "options, <code>true</code> and <code>false</code>. Short answer: each option is "
                "an accepted answer (<code>*</code> matches anything). Numeric: the value and its "
                "tolerance. Matching: prompt and answer; an option without a prompt is a "
                "distractor. Ordering: the items in the right order. Cloze: write blanks as "
                "<code>[[1]]</code> in the text and give each option its blank. Situational "
                "judgement: credit 1 best, 0.5 acceptable, 0 poor.</p>"
            )
        ),
        InlinePanel("options", label=_("options"), min_num=1),
        FieldPanel("general_feedback"),
        FieldRowPanel([FieldPanel("mark"), FieldPanel("shuffle_options")]),
        FieldRowPanel([FieldPanel("competency"), FieldPanel("level")]),
        MultiFieldPanel(
            [FieldPanel("audio"), FieldPanel("transcript")], heading=_("Listening"), classname=""
        ),
        FieldPanel("tags"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("text"),
        index.AutocompleteField("name"),
        index.FilterField("qtype"),
        index.FilterField("category_id"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category__bank__name", "category__path", "name"]
        indexes = [models.Index(fields=["category", "name"], name="assessments_q_cat_name")]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.level is not None and self.competency_id is not None:
            self.competency.validate_level(self.level)
        if self.level is not None and self.competency_id is None:
            raise ValidationError({"level": _("A level needs a competency.")})


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.TextField(_("text"), blank=True)
    fraction = models.DecimalField(
        _("credit"),
        max_digits=6,
        decimal_places=5,
        default=Decimal(0),
        validators=[MinValueValidator(Decimal(-1)), MaxValueValidator(Decimal(1))],
        help_text=_("-1 to 1: 1 is full credit."),
    )
    feedback = models.TextField(_("feedback"), blank=True)
    match_text = models.CharField(_("matching answer"), max_length=255, blank=True)
    tolerance = models.DecimalField(
        _("tolerance"),
        max_digits=12,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    blank = models.PositiveSmallIntegerField(_("blank"), null=True, blank=True)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("fraction"), FieldPanel("tolerance"), FieldPanel("blank")]),
        FieldPanel("match_text"),
        FieldPanel("feedback"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")


class ReviewOptions(models.Model):
    """What a learner sees of a finished attempt: immediately, and once the quiz has closed."""

    review_score_now = models.BooleanField(_("score"), default=True)
    review_correctness_now = models.BooleanField(_("right or wrong"), default=True)
    review_answers_now = models.BooleanField(_("right answers"), default=False)
    review_feedback_now = models.BooleanField(_("feedback"), default=True)
    review_score_closed = models.BooleanField(_("score"), default=True)
    review_correctness_closed = models.BooleanField(_("right or wrong"), default=True)
    review_answers_closed = models.BooleanField(_("right answers"), default=True)
    review_feedback_closed = models.BooleanField(_("feedback"), default=True)

    review_panels = [
        FieldRowPanel(
            [
                FieldPanel("review_score_now"),
                FieldPanel("review_correctness_now"),
                FieldPanel("review_answers_now"),
                FieldPanel("review_feedback_now"),
            ],
            heading=_("Immediately after the attempt"),
        ),
        FieldRowPanel(
            [
                FieldPanel("review_score_closed"),
                FieldPanel("review_correctness_closed"),
                FieldPanel("review_answers_closed"),
                FieldPanel("review_feedback_closed"),
            ],
            heading=_("After the quiz closes"),
        ),
    ]

    class Meta:
        abstract = True


class QuizPage(RoutablePageMixin, ReviewOptions, Page):
    """A quiz in a course: after a lesson (passing it completes that lesson) or at the end."""

    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("completes lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A lesson of this course that passing the quiz completes. Empty: an end-of-course quiz."
        ),
    )
    required = models.BooleanField(
        _("required for course completion"),
        default=True,
        help_text=_("The course is complete only when this quiz is passed."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0: unlimited.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Empty: no time limit."),
    )
    grace_seconds = models.PositiveSmallIntegerField(
        _("grace period (seconds)"),
        default=60,
        validators=[MaxValueValidator(900)],
        help_text=_(
            "Answers sent this long after the time limit are still accepted (a slow network)."
        ),
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=False)
    shuffle_options = models.BooleanField(
        _("shuffle the options"),
        default=True,
        help_text=_("Where the question allows it. Ordering questions are always shuffled."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("slots", label=_("questions"), min_num=1),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("lesson"),
                FieldPanel("required"),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempts_allowed")]),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("grace_seconds")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
            ],
            heading=_("Quiz settings"),
        ),
        MultiFieldPanel(ReviewOptions.review_panels, heading=_("Review options")),
        *Page.settings_panels,
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The quiz must close after it opens.")})
        if self.lesson_id is not None:
            parent = self.get_parent() if self.pk else None
            if parent is not None and not self.lesson.is_child_of(parent):
                raise ValidationError(
                    {"lesson": _("Choose a lesson of the course that holds this quiz.")}
                )

    def is_closed(self, now=None) -> bool:
        return self.closes_at is not None and (now or timezone.now()) >= self.closes_at

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return (self.opens_at is None or now >= self.opens_at) and not self.is_closed(now)

    # The learner's pages are routes of this page; the views live in views.py (which imports
    # this module, hence the late imports).
    @path("")
    def overview_route(self, request):
        from . import views

        return views.quiz_overview(request, self)

    @path("start/")
    def start_route(self, request):
        from . import views

        return views.attempt_start_view(request, self)

    @path("attempts/<int:number>/")
    def attempt_route(self, request, number: int):
        from . import views

        return views.attempt_view(request, self, number)

    @path("attempts/<int:number>/save/")
    def save_route(self, request, number: int):
        from . import views

        return views.attempt_save_view(request, self, number)

    @path("attempts/<int:number>/submit/")
    def submit_route(self, request, number: int):
        from . import views

        return views.attempt_submit_view(request, self, number)

    @path("attempts/<int:number>/review/")
    def review_route(self, request, number: int):
        from . import views

        return views.attempt_review_view(request, self, number)


class QuizSlot(Orderable):
    """One place in a quiz: a fixed question, or `draw_count` questions drawn from a category."""

    page = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="slots",
    )
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("or draw at random from"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="slots",
    )
    draw_count = models.PositiveSmallIntegerField(
        _("how many to draw"), default=1, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    include_subcategories = models.BooleanField(_("include sub-categories"), default=True)

    panels = [
        FieldPanel("question"),
        FieldRowPanel(
            [
                FieldPanel("category"),
                FieldPanel("draw_count"),
                FieldPanel("include_subcategories"),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("quiz question")
        verbose_name_plural = _("quiz questions")

    def clean(self) -> None:
        if (self.question_id is None) == (self.category_id is None):
            raise ValidationError(
                _("Choose either one question, or a category to draw questions from.")
            )


class Attempt(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        FINISHED = "finished", _("Finished")

    class FinishedBy(models.TextChoices):
        LEARNER = "learner", _("Submitted by the learner")
        TIME_LIMIT = "time_limit", _("Closed at the time limit")
        QUIZ_CLOSED = "quiz_closed", _("Closed when the quiz closed")

    staff = models.ForeignKey(
        StaffProfile,
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="attempts",
    )
    quiz_key = models.UUIDField(_("quiz key"))
    quiz = models.ForeignKey(
        QuizPage,
        verbose_name=_("quiz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
        help_text=_("The version of the quiz (its language) the attempt was taken in."),
    )
    number = models.PositiveIntegerField(_("attempt number"))
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("time limit"), null=True, blank=True)
    grace_seconds = models.PositiveSmallIntegerField(_("grace period (seconds)"), default=0)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    finished_by = models.CharField(
        _("finished by"), max_length=12, choices=FinishedBy.choices, blank=True
    )
    revision = models.PositiveIntegerField(
        _("revision"),
        default=0,
        help_text=_("Raised by every save; a form from an older revision is refused."),
    )
    layout = models.JSONField(_("questions as given"), default=list)
    responses = models.JSONField(_("responses"), default=dict, blank=True)
    pass_mark = models.DecimalField(_("pass mark (%)"), max_digits=5, decimal_places=2)
    score = models.DecimalField(_("score"), max_digits=9, decimal_places=4, null=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=9, decimal_places=4, null=True)
    percent = models.DecimalField(_("percent"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["staff", "quiz_key", "number"], name="assessments_attempt_number"
            ),
            # At most one attempt in progress per learner and quiz: starting twice (two tabs,
            # a double click) resumes the same attempt instead of opening another.
            models.UniqueConstraint(
                fields=["staff", "quiz_key"],
                condition=Q(state="in_progress"),
                name="assessments_attempt_one_open",
            ),
            models.CheckConstraint(
                condition=Q(state="in_progress") | Q(finished_at__isnull=False),
                name="assessments_attempt_finished_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["quiz_key", "state"], name="assessments_attempt_quiz"),
            models.Index(fields=["state", "deadline"], name="assessments_attempt_due"),
        ]

    def __str__(self) -> str:
        return f"{self.staff_id} · {self.quiz_key} · #{self.number}"

    @property
    def is_finished(self) -> bool:
        return self.state == self.State.FINISHED

    @property
    def hard_deadline(self):
        """The last moment an answer is accepted: the time limit plus the grace period."""
        if self.deadline is None:
            return None
        return self.deadline + timezone.timedelta(seconds=self.grace_seconds)

    def is_overdue(self, now) -> bool:
        """Still in progress after its time limit plus grace: it must be closed, not answered."""
        return not self.is_finished and self.deadline is not None and now > self.hard_deadline


class AttemptAnswer(models.Model):
    """The grade of one question of a graded attempt (written when it is graded)."""

    attempt = models.ForeignKey(
        Attempt, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="answers"
    )
    position = models.PositiveSmallIntegerField(_("position"))
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="answers",
    )
    fraction = models.DecimalField(_("credit"), max_digits=6, decimal_places=4)
    score = models.DecimalField(_("score"), max_digits=9, decimal_places=4)
    mark = models.DecimalField(_("mark"), max_digits=6, decimal_places=2)
    answered = models.BooleanField(_("answered"), default=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "position"], name="assessments_answer_position"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} · {self.position}"
