"""Admin pages of the assessments app: item analysis (per quiz, per question) and the import.

Item analysis uses each learner's FIRST finished attempt (see analysis.py for why) and reads the
graded answers in two queries whatever the number of attempts.
"""

from __future__ import annotations

from collections import defaultdict

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from training.people import policies

from . import analysis, formats, selectors, services
from .models import Attempt, AttemptAnswer, Question, QuestionBank, QuizPage


def _require_editor(user) -> None:
    if not policies.can_author_assessments(user):
        raise PermissionDenied


def first_attempts(quiz_keys) -> dict[int, dict]:
    """{attempt id: {question id: (score, mark)}} for each learner's first finished attempt."""
    firsts = {}
    rows = (
        Attempt.objects.filter(quiz_key__in=list(quiz_keys), state=Attempt.State.FINISHED)
        .order_by("quiz_key", "staff_id", "number")
        .values_list("pk", "quiz_key", "staff_id")
    )
    for pk, quiz_key, staff_id in rows:
        firsts.setdefault((quiz_key, staff_id), pk)
    by_attempt: dict[int, dict] = defaultdict(dict)
    answers = AttemptAnswer.objects.filter(
        attempt_id__in=list(firsts.values()), question_id__isnull=False
    ).values_list("attempt_id", "question_id", "score", "mark")
    for attempt_id, question_id, score, mark in answers:
        by_attempt[attempt_id][question_id] = (score, mark)
    return {pk: questions for pk, questions in by_attempt.items() if questions}


def _chart(labels, series) -> dict:
    return {"labels": labels, "series": series}


def quiz_analysis(request, page_id: int):
    _require_editor(request.user)
    quiz = get_object_or_404(QuizPage, pk=page_id)
    attempts = list(first_attempts([quiz.translation_key]).values())
    stats = analysis.quiz_statistics(attempts)
    names = Question.objects.in_bulk([q.question_id for q in stats.questions])
    rows = [(names.get(q.question_id), q) for q in stats.questions]
    labels = [str(question or q.question_id) for question, q in rows]
    return TemplateResponse(
        request,
        "assessments/admin/quiz_analysis.html",
        {
            "quiz": quiz,
            "stats": stats,
            "rows": rows,
            "min_attempts": analysis.MIN_ATTEMPTS,
            "questions_chart": _chart(
                labels,
                [
                    {"label": _("Facility"), "data": [q.facility for _q, q in rows]},
                    {"label": _("Discrimination"), "data": [q.discrimination for _q, q in rows]},
                ],
            ),
            "histogram_chart": _chart(
                [f"{i * 10}–{i * 10 + 10} %" for i in range(10)],
                [{"label": _("Attempts"), "data": stats.histogram}],
            ),
        },
    )


def question_analysis(request, question_id: int):
    _require_editor(request.user)
    question = get_object_or_404(Question.objects.select_related("category__bank"), pk=question_id)
    quiz_keys = set(
        Attempt.objects.filter(answers__question=question).values_list("quiz_key", flat=True)
    )
    attempts = list(first_attempts(quiz_keys).values())
    quizzes = QuizPage.objects.filter(translation_key__in=quiz_keys).select_related("locale")
    return TemplateResponse(
        request,
        "assessments/admin/question_analysis.html",
        {
            "question": question,
            "stats": analysis.question_statistics(question.pk, attempts),
            "quizzes": quizzes,
            "min_attempts": analysis.MIN_ATTEMPTS,
        },
    )


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[("gift", "GIFT"), ("moodle-xml", "Moodle XML"), ("csv", "CSV")],
    )
    bank = forms.CharField(
        label=gettext_lazy("Question bank"),
        max_length=120,
        help_text=gettext_lazy("An existing bank's name, or a new one to create."),
    )
    skip_unsupported = forms.BooleanField(
        label=gettext_lazy("Skip the unsupported questions listed and import the rest"),
        required=False,
    )

    MAX_BYTES = 10 * 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


def questions_import(request):
    _require_editor(request.user)
    problems, unsupported = [], []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        result = formats.parse(data["format"], data["file"].read())
        try:
            report = services.questions_import(
                bank_name=data["bank"],
                result=result,
                actor=request.user,
                skip_unsupported=data["skip_unsupported"],
            )
        except services.ImportRefused as refused:
            if refused.unsupported_only:
                unsupported = refused.problems
            else:
                problems = refused.problems
        else:
            messages.success(
                request,
                _("%(count)d questions imported into “%(bank)s”.")
                % {"count": report.created, "bank": report.bank.name},
            )
            return redirect("assessments_question:index")
    return TemplateResponse(
        request,
        "assessments/admin/import.html",
        {"form": form, "problems": problems, "unsupported": unsupported},
    )


class ExportForm(forms.Form):
    bank = forms.ModelChoiceField(
        label=gettext_lazy("Question bank"), queryset=QuestionBank.objects.all()
    )
    format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[("moodle-xml", "Moodle XML"), ("gift", "GIFT"), ("csv", "CSV")],
    )


EXTENSIONS = {"gift": "gift.txt", "moodle-xml": "xml", "csv": "csv"}


def questions_export(request):
    _require_editor(request.user)
    form = ExportForm(request.GET or None)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "assessments/admin/export.html",
            {"form": form},
            status=400 if request.GET else 200,
        )
    bank, fmt = form.cleaned_data["bank"], form.cleaned_data["format"]
    data, problems = formats.export(fmt, selectors.bank_questions(bank))
    response = HttpResponse(data, content_type="application/octet-stream")
    filename = f"{slugify(bank.name) or 'questions'}.{EXTENSIONS[fmt]}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if problems:
        response["X-Meridian-Left-Out"] = str(len(problems))
    return response
