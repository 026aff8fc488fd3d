"""What the progress app does when a quiz is graded (signals of the assessments app).

A passed attempt completes its quiz (and the lesson the quiz belongs to), may complete the
course, and records competency evidence: for each competency the attempt's questions give
evidence for, the learner's share of those questions' marks must reach the quiz's pass mark;
the evidence is at the highest level those questions were written for.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.dispatch import receiver
from django.utils import timezone

from assessments.models import Attempt
from assessments.signals import attempt_graded
from courses.models import CoursePage
from training.competencies.models import Competency, Evidence
from training.competencies.rules import add_months
from training.competencies.services import evidence_record

from .services import quiz_pass_record


def competency_results(attempt: Attempt) -> dict[int, tuple[Decimal, int | None]]:
    """{competency id: (percent of that competency's marks earned, highest level asked)}."""
    earned: dict[int, Decimal] = defaultdict(Decimal)
    possible: dict[int, Decimal] = defaultdict(Decimal)
    levels: dict[int, int | None] = {}
    scores = {answer.position: answer.score for answer in attempt.answers.all()}
    for item in attempt.layout:
        competency_id = item.get("competency_id")
        if competency_id is None:
            continue
        earned[competency_id] += scores.get(item["position"], Decimal(0))
        possible[competency_id] += Decimal(item["mark"])
        level = item.get("level")
        if level is not None:
            levels[competency_id] = max(level, levels.get(competency_id) or 0)
        else:
            levels.setdefault(competency_id, None)
    return {
        cid: (earned[cid] * 100 / possible[cid], levels[cid]) for cid in possible if possible[cid]
    }


@receiver(attempt_graded, dispatch_uid="progress.attempt_graded")
def on_attempt_graded(sender, *, attempt: Attempt, **kwargs) -> None:
    if not attempt.passed or attempt.quiz is None:
        return
    quiz_pass_record(staff=attempt.staff, quiz=attempt.quiz)
    results = competency_results(attempt)
    competencies = Competency.objects.in_bulk(results)
    # Quiz evidence ages like the course's certificate: it stops counting when that would expire.
    months = (
        CoursePage.objects.parent_of(attempt.quiz)
        .values_list("certificate_validity_months", flat=True)
        .first()
    )
    expires_on = add_months(timezone.localdate(attempt.finished_at), months) if months else None
    for competency_id, (percent, level) in results.items():
        competency = competencies.get(competency_id)
        if competency is None or level is None or percent < attempt.pass_mark:
            continue
        evidence_record(
            staff=attempt.staff,
            competency=competency,
            level=level,
            source=Evidence.Source.QUIZ,
            source_ref=f"attempt:{attempt.pk}",
            score_percent=percent.quantize(Decimal("0.01")),
            recorded_at=attempt.finished_at,
            expires_on=expires_on,
        )
