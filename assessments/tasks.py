"""Background tasks of the assessments app (run by the task worker, `manage.py db_worker`)."""

from __future__ import annotations

from django_tasks import task

from . import services


@task()
def attempt_close_overdue(*, attempt_id: int) -> bool:
    """Close an abandoned attempt at its time limit. Scheduled for the moment its time (plus the
    grace period) runs out; does nothing if the learner submitted in time."""
    return services.attempt_close_overdue(attempt_id=attempt_id)
