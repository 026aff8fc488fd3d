"""`manage.py load_demo`: the demo library, its staff, the demo accounts and the home pages."""

from __future__ import annotations

import os
import unicodedata

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from assessments.demo.loader import load_quizzes, simulate_attempts
from courses.demo.competencies import load_competencies
from courses.demo.loader import load_catalog
from home.demo import loader
from home.demo import staff as staff_data
from training.certificates.demo import load_certificates
from training.people.models import OrgUnit, StaffProfile
from training.reports.demo import load_competency_demo

# A published demo password, not a secret: the command refuses to run on a site without DEBUG.
DEFAULT_PASSWORD = "meridian-demo"  # noqa: S105


class Command(BaseCommand):
    help = (
        "Load the demo data: Binjiang University Library with six departments and their teams, "
        "job roles, about forty staff, the home page and six courses in Chinese and English. "
        "Safe to run "
        "again: records are matched by code, staff number and username and created only when "
        "missing, so what was edited since is kept; only the five demo accounts get their "
        "password and role groups back. The demo accounts "
        "learner, manager, hr, editor and admin sign in with the password in the DEMO_PASSWORD "
        f"environment variable, default {DEFAULT_PASSWORD!r}; every other demo staff member "
        "signs in with their staff number (e.g. bjl0001) and the password they were created with."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off. The demo includes a superuser whose password is "
            "printed, so think twice before doing this on a real site.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this looks like a real site, and the demo data includes a "
                "superuser with a published password. Use --force to load it anyway."
            )
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD

        report = loader.Report()
        with transaction.atomic():
            loader.load_directory(report, password)
            homes = loader.load_home_pages(report)
            load_competencies()
            catalog = load_catalog(home_zh=homes[settings.LANGUAGE_CODE], stdout=self.stdout)
            quizzes = load_quizzes(catalog=catalog, stdout=self.stdout)
            simulate_attempts(quizzes=quizzes, stdout=self.stdout)
        # After the commit above: graded attempts record their quiz passes on commit, and the
        # demo certificates are for the staff who passed.
        with transaction.atomic():
            load_certificates(stdout=self.stdout)
        # Last: what roles require, the staff's competency record and open assignments, which
        # depend on the courses and on who completed them.
        load_competency_demo(stdout=self.stdout)

        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        self._print_accounts(report, password)
        self._print_summary(report)

    def _print_accounts(self, report: loader.Report, password: str) -> None:
        rows = [("Username", "Role", "Name", "Password")]
        by_username = {person.username: person for person in staff_data.STAFF if person.username}
        for username in staff_data.DEMO_ACCOUNTS:
            profile = report.accounts.get(username)
            if profile is not None:
                role = by_username[username].account_role
                # Both scripts, Chinese first, whatever language the command runs in.
                name = f"{profile.name_zh} ({profile.name_latin})"
                rows.append((profile.user.username, role, name, password))
        widths = [max(_width(row[column]) for row in rows) for column in range(4)]
        self.stdout.write("")
        for index, row in enumerate(rows):
            line = "  ".join(_pad(text, width) for text, width in zip(row, widths, strict=True))
            self.stdout.write(line.rstrip())
            if index == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
        self.stdout.write(
            "Every other demo staff member signs in with their staff number in lower case "
            "(e.g. bjl0001) and the same password."
        )
        self.stdout.write("")

    def _print_summary(self, report: loader.Report) -> None:
        departments = OrgUnit.objects.filter(
            code__in=[unit.code for unit in staff_data.UNITS], kind=OrgUnit.Kind.DEPARTMENT
        ).count()
        staff = StaffProfile.objects.filter(
            staff_number__in=[person.number for person in staff_data.STAFF]
        )
        totals = (
            f"Demo loaded: {len(staff_data.UNITS)} org units ({departments} departments), "
            f"{len(staff_data.ROLES)} job roles, {staff.count()} staff "
            f"({staff.filter(is_active=False).count()} inactive), home page in zh-hans and en."
        )
        if report.created or report.updated:
            changes = f"Created {_describe(report.created)}; updated {_describe(report.updated)}."
        else:
            changes = "Nothing to change."
        self.stdout.write(self.style.SUCCESS(f"{totals} {changes}"))


KIND_NAMES = {
    "org_unit": "org unit",
    "job_role": "job role",
    "staff": "staff",
    "account": "account",
    "page": "page",
    "locale": "locale",
}


def _describe(counter) -> str:
    parts = []
    for kind, count in sorted(counter.items()):
        name = KIND_NAMES.get(kind, kind)
        parts.append(f"{count} {name}{'' if count == 1 or name == 'staff' else 's'}")
    return ", ".join(parts) or "nothing"


def _width(text: str) -> int:
    """Columns `text` takes in a terminal: CJK characters are two columns wide."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
