"""`manage.py run_scheduler`: the daily round is enqueued once per local day, from 07:00.

In tests the scheduler's backend (MERIDIAN_SCHEDULED_TASKS_BACKEND) is the database queue, so
what it enqueued can be counted without running it.
"""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from training.reports.models import ScheduledRun

TASK = "training.reports.tasks.reminders_daily"


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=timezone.get_current_timezone())


def tick(*args: str) -> str:
    out = StringIO()
    call_command("run_scheduler", "--once", *args, stdout=out)
    return out.getvalue()


def enqueued() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(task_path=TASK))


DAY = dt.date(2026, 11, 25)


@pytest.mark.django_db
def test_twice_on_one_day_enqueues_one_task():
    with time_machine.travel(local(DAY, 7, 5), tick=False):
        first = tick()
        second = tick()
    assert "Enqueued the daily round for 2026-11-25" in first
    assert "Nothing to enqueue." in second
    assert len(enqueued()) == 1
    run = ScheduledRun.objects.get()
    assert (run.name, run.day) == ("reminders_daily", DAY)
    assert run.task_id == str(enqueued()[0].id)


@pytest.mark.django_db
def test_the_next_day_enqueues_again():
    with time_machine.travel(local(DAY, 9), tick=False) as clock:
        tick()
        clock.move_to(local(DAY, 23, 59))
        tick()
        clock.move_to(local(DAY + dt.timedelta(days=1), 7))
        tick()
    assert len(enqueued()) == 2
    assert sorted(ScheduledRun.objects.values_list("day", flat=True)) == [
        DAY,
        DAY + dt.timedelta(days=1),
    ]


@pytest.mark.django_db
def test_nothing_before_the_time_of_day(settings):
    with time_machine.travel(local(DAY, 6, 59), tick=False):
        assert "Nothing to enqueue." in tick()
    assert enqueued() == []
    settings.MERIDIAN_REMINDERS_AT = "06:30"
    with time_machine.travel(local(DAY, 6, 59), tick=False):
        tick()
    assert len(enqueued()) == 1


@pytest.mark.django_db
def test_the_time_of_day_is_local():
    # 23:30 UTC is already 07:30 the next morning in Shanghai (the project's TIME_ZONE).
    utc = dt.datetime.combine(DAY, dt.time(23, 30), tzinfo=dt.UTC)
    with time_machine.travel(utc, tick=False):
        tick()
    assert ScheduledRun.objects.get().day == DAY + dt.timedelta(days=1)


@pytest.mark.django_db
def test_a_row_left_by_another_scheduler_wins():
    ScheduledRun.objects.create(name="reminders_daily", day=DAY, task_id="elsewhere")
    with time_machine.travel(local(DAY, 8), tick=False):
        assert "Nothing to enqueue." in tick("--at", "00:00")
    assert enqueued() == []


@pytest.mark.django_db
def test_bad_options_are_refused():
    with pytest.raises(CommandError, match="--at must be a time"):
        tick("--at", "seven")
    with pytest.raises(CommandError, match="--interval"):
        tick("--interval", "0")
