"""A small scheduler beside the task worker: every few minutes it checks whether today's daily
round (`reminders_daily`: certificates, reminders, manager digests) has been enqueued, and
enqueues it once per local day, from MERIDIAN_REMINDERS_AT (07:00) on. The day is recorded in the
database, so a restart or a second scheduler never enqueues it twice. On every check it also
enqueues a webhook sweep when a webhook delivery is overdue (its own retry task was lost), and
queues again the export jobs whose worker died (no heartbeat for MERIDIAN_EXPORT_STALE_SECONDS).
`scripts/serve.sh` starts it beside `db_worker`; in production run one (or more) next to the
workers.

    manage.py run_scheduler [--interval SECONDS] [--at HH:MM] [--once]
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils import timezone

from training.certificates.export import certificate_exports_recover
from training.reports.exports import report_exports_recover
from training.reports.tasks import daily_round_enqueue, reminders_time, webhooks_sweep_enqueue

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Enqueue the daily reminders task once per local day (loop; --once for a single check)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=int,
            default=300,
            help="Seconds between checks (default 300).",
        )
        parser.add_argument(
            "--at",
            help="Local time of day from which the daily round is enqueued, HH:MM "
            "(default MERIDIAN_REMINDERS_AT, 07:00).",
        )
        parser.add_argument(
            "--once", action="store_true", help="Check once and exit (for cron and tests)."
        )

    def handle(self, *args, interval=300, at=None, once=False, **options):
        try:
            start = dt.time.fromisoformat(at) if at else reminders_time()
        except ValueError:
            raise CommandError(f"--at must be a time like 07:00, not {at!r}.") from None
        if interval < 1:
            raise CommandError("--interval must be at least 1 second.")
        self.running = True
        if not once:
            signal.signal(signal.SIGTERM, self._stop)
            signal.signal(signal.SIGINT, self._stop)
            self.stdout.write(
                f"Scheduler running: daily round from {start:%H:%M} local time, "
                f"checking every {interval} s."
            )
        while self.running:
            if not once:
                # A long-running loop drops connections the database closed or that are too
                # old (a single check runs inside its caller's connection and transaction).
                close_old_connections()
            try:
                run = daily_round_enqueue(at=start)
            except Exception:
                if once:
                    raise
                logger.exception("Scheduler: could not enqueue the daily round")
                run = None
            try:
                late = webhooks_sweep_enqueue()
            except Exception:
                if once:
                    raise
                logger.exception("Scheduler: could not enqueue the webhook sweep")
                late = 0
            try:
                recovered = certificate_exports_recover() + report_exports_recover()
            except Exception:
                if once:
                    raise
                logger.exception("Scheduler: could not recover the stopped export jobs")
                recovered = []
            if run is not None:
                self.stdout.write(
                    f"Enqueued the daily round for {run.day.isoformat()} "
                    f"(task {run.task_id}) at {timezone.localtime():%H:%M}."
                )
            if late:
                self.stdout.write(f"Enqueued a webhook sweep: {late} delivery(ies) overdue.")
            if recovered:
                self.stdout.write(
                    f"Queued again {len(recovered)} export(s) whose job stopped: "
                    + ", ".join(str(pk) for pk in recovered)
                )
            if run is None and not late and not recovered and once:
                self.stdout.write("Nothing to enqueue.")
            if once:
                break
            self._sleep(interval)

    def _stop(self, signum, frame):
        self.running = False

    def _sleep(self, seconds: int) -> None:
        # Sleep in short steps so a stop signal ends the loop promptly.
        deadline = time.monotonic() + seconds
        while self.running and time.monotonic() < deadline:
            time.sleep(min(1.0, deadline - time.monotonic()))
