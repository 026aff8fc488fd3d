"""Background tasks of the reports app (run by the task worker, `manage.py db_worker`)."""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from . import webhooks
from .models import ScheduledRun
from .reminders import reminders_daily_run

logger = logging.getLogger(__name__)

# The name under which `run_scheduler` records that the daily round was enqueued for a day.
REMINDERS_DAILY = "reminders_daily"


@task()
def reminders_daily() -> dict:
    """The daily round (what `manage.py send_reminders` does) for the worker's local date:
    missing certificates, certificate expiry reminders, assignment reminders, manager digests;
    then the certificate.expired webhooks of certificates that expired (`webhooks_expired`: how
    many deliveries were queued). Returns the counts; raises if anything failed, so the worker
    records the task as failed."""
    result = reminders_daily_run()
    counts = result.as_dict()
    try:
        counts["webhooks_expired"] = webhooks.webhooks_expired_record(today=result.day)
    except Exception:
        logger.exception("Daily round: certificate.expired webhooks failed")
        counts["errors"].append("webhooks_expired")
        counts["failed"] += 1
    if counts["failed"]:
        raise RuntimeError(f"Daily round finished with failures: {counts}")
    return counts


@task()
def webhook_deliver(*, delivery_id: int) -> dict:
    """One attempt of a webhook delivery (see training/reports/webhooks.py). A failed attempt
    enqueues this task again for its next attempt, not before the backoff is over (`run_after`,
    on the backend that can defer); the last failed attempt gives up. Nothing to do (delivered,
    given up, not yet due, or another worker has it) returns {"skipped": True}."""
    result = webhooks.webhook_deliver_once(delivery_id=delivery_id)
    if result is None:
        return {"delivery_id": delivery_id, "skipped": True}
    if result.retry_at is not None:
        webhooks.enqueue_delivery(delivery_id, run_after=result.retry_at)
    return result.as_dict()


@task()
def webhooks_sweep() -> dict:
    """Attempt every webhook delivery that is due (those whose own task was lost); the
    scheduler enqueues it when a delivery is overdue."""
    return {"attempted": webhooks.webhooks_deliver_due()}


def webhooks_sweep_enqueue(*, now: dt.datetime | None = None) -> int:
    """Enqueue `webhooks_sweep` when some delivery is more than `webhooks.SWEEP_GRACE` late
    for its attempt; return how many are late (0: nothing enqueued)."""
    late = webhooks.overdue_deliveries(now=now).count()
    if late:
        webhooks_sweep.using(backend=settings.MERIDIAN_SCHEDULED_TASKS_BACKEND).enqueue()
    return late


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
