"""Background tasks of the reports app (run by the task worker, `manage.py db_worker`)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from .models import ScheduledRun
from .reminders import reminders_daily_run

# The name under which `run_scheduler` records that the daily round was enqueued for a day.
REMINDERS_DAILY = "reminders_daily"


@task()
def reminders_daily() -> dict:
    """The daily round (what `manage.py send_reminders` does) for the worker's local date:
    missing certificates, certificate expiry reminders, assignment reminders, manager digests.
    Returns the counts; raises if anything failed, so the worker records the task as failed."""
    result = reminders_daily_run()
    if result.failed:
        raise RuntimeError(f"Daily round finished with failures: {result.as_dict()}")
    return result.as_dict()


def daily_round_enqueue(*, now: dt.datetime | None = None, at: dt.time | None = None):
    """Enqueue `reminders_daily` for the local day of `now` (default: now), once per day, at or
    after the local time `at` (default MERIDIAN_REMINDERS_AT, 07:00). Returns the ScheduledRun
    written, or None when it is too early or the day's run was enqueued already (by this or any
    other scheduler process: a unique row per job and day decides, written in the same
    transaction as the database task queue's row).

    The task goes to the backend of the worker (MERIDIAN_SCHEDULED_TASKS_BACKEND)."""
    local = timezone.localtime(now or timezone.now())
    if local.time() < (at or reminders_time()):
        return None
    day = local.date()
    runs = ScheduledRun.objects.filter(name=REMINDERS_DAILY, day=day)
    if runs.exists():
        return None
    try:
        with transaction.atomic():
            run = ScheduledRun.objects.create(name=REMINDERS_DAILY, day=day)
            result = reminders_daily.using(
                backend=settings.MERIDIAN_SCHEDULED_TASKS_BACKEND
            ).enqueue()
            run.task_id = str(result.id)
            run.save(update_fields=["task_id"])
    except IntegrityError:
        return None  # another scheduler enqueued it a moment ago
    return run


def reminders_time() -> dt.time:
    value = getattr(settings, "MERIDIAN_REMINDERS_AT", "07:00")
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(value)
