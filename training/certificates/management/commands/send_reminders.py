"""Send the reminders that are due today: certificates about to expire (60, 30 and 7 days
before by default; MERIDIAN_CERTIFICATE_REMINDER_DAYS). Run it once a day (cron, or a scheduler
calling the `certificates_daily` task); running it again the same day sends nothing twice."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from training.certificates.services import (
    certificate_expiry_reminders_send,
    certificates_issue_missing,
)


class Command(BaseCommand):
    help = "Send due reminders (certificate expiry) and issue any certificate a completion lacks."

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
        issued = certificates_issue_missing()
        run = certificate_expiry_reminders_send(today=day)
        self.stdout.write(
            f"Certificates issued for earlier completions: {issued}. "
            f"Expiry reminders sent: {run.sent}, failed: {run.failed}."
        )
        if run.failed:
            raise CommandError(f"{run.failed} reminder(s) could not be sent; see the log.")
