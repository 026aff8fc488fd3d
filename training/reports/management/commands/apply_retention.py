"""Remove the training records of staff who left more than MERIDIAN_RETENTION_YEARS (default 6)
years ago, keeping their issued certificates (see training/reports/retention.py for what is
removed and what is kept).

    manage.py apply_retention [--dry-run] [--today YYYY-MM-DD]

Prints one line per person removed (or, with --dry-run, that would be removed) with the counts,
and one line per person skipped with the reason (inactive without a leaving date). Running it
again changes nothing."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from training.reports.retention import retention_apply


class Command(BaseCommand):
    help = (
        "Remove the training records of staff who left more than MERIDIAN_RETENTION_YEARS years "
        "ago (issued certificates are kept). --dry-run shows what would be removed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be removed; change nothing."
        )
        parser.add_argument("--today", help="Count the years back from this date (YYYY-MM-DD).")

    def handle(self, *args, dry_run=False, today=None, **options):
        day = None
        if today:
            try:
                day = dt.date.fromisoformat(today)
            except ValueError:
                raise CommandError(
                    f"--today must be a date as YYYY-MM-DD, not {today!r}."
                ) from None
        report = retention_apply(today=day, dry_run=dry_run, actor=None)
        for line in report.lines():
            self.stdout.write(line)
