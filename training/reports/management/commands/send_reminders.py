"""Send the reminders that are due today, once a day (the `reminders_daily` task does the same,
enqueued daily by `manage.py run_scheduler`):

- issue the certificates that completions lack;
- certificate expiry reminders (60, 30 and 7 days before; MERIDIAN_CERTIFICATE_REMINDER_DAYS);
- assignment reminders (7 and 1 days before the due date, then the day after it and weekly for
  four weeks; MERIDIAN_ASSIGNMENT_REMINDER_DAYS, MERIDIAN_ASSIGNMENT_OVERDUE_REMINDER_DAYS);
- one digest per manager about their team, when there is something to report.

Running it again the same day sends nothing twice. Exits with an error if anything failed
(those items are tried again at the next run)."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from training.reports.reminders import reminders_daily_run


class Command(BaseCommand):
    help = (
        "Send due reminders (certificate expiry, assignments due soon or overdue), the managers' "
        "daily digests, and issue any certificate a completion lacks."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            help="Act as if today were this date (YYYY-MM-DD), e.g. to catch up after downtime.",
        )

    def handle(self, *args, today=None, **options):
        day = None
        if today:
            try:
                day = dt.date.fromisoformat(today)
            except ValueError:
                raise CommandError(
                    f"--today must be a date like 2026-11-25, not {today!r}."
                ) from None
        result = reminders_daily_run(today=day)
        self.stdout.write(
            f"Reminders for {result.day.isoformat()}:\n"
            f"  certificates issued for earlier completions: {result.certificates_issued}\n"
            f"  certificate expiry reminders sent: {result.certificate_reminders_sent}, "
            f"failed: {result.certificate_reminders_failed}\n"
            f"  assignment reminders sent: {result.assignment_reminders_sent}, "
            f"failed: {result.assignment_reminders_failed}\n"
            f"  manager digests sent: {result.digests_sent}, failed: {result.digests_failed}"
        )
        if result.errors:
            self.stderr.write("Parts that stopped with an error: " + ", ".join(result.errors))
        if result.failed:
            raise CommandError(
                f"{result.failed} reminder(s) or part(s) failed; see the log. "
                "Failed reminders are tried again at the next run."
            )
