"""`manage.py import_staff FILE.csv [--dry-run]`: import an HR staff roster.

The file's columns are described in training/people/roster.py; docs/samples/staff_roster.csv is
an example. The command runs as the system (no actor). A file with any error imports nothing.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from training.people import services
from training.people.roster import CREATE, UPDATE, RosterImportError


class Command(BaseCommand):
    help = (
        "Import the staff roster from a CSV file (UTF-8): create and update departments, teams, "
        "job roles and staff. Every row is checked first; a file with any error imports nothing. "
        "Importing the same file again changes nothing. Staff missing from the file are not "
        "deactivated: give them active=no."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The roster, a CSV file encoded as UTF-8.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without saving anything.",
        )

    def handle(self, *args, **options):
        path = options["file"]
        limit = settings.MERIDIAN_ROSTER_MAX_BYTES
        try:
            with open(path, "rb") as roster_file:
                # One byte more than allowed is enough to tell that the file is too large.
                data = roster_file.read(limit + 1)
        except FileNotFoundError:
            raise CommandError(_("No such file: %(path)s") % {"path": path}) from None
        except IsADirectoryError:
            raise CommandError(_("%(path)s is a directory, not a file.") % {"path": path}) from None
        except OSError as error:
            raise CommandError(
                _("Cannot read %(path)s: %(reason)s") % {"path": path, "reason": error.strerror}
            ) from None

        try:
            result = services.roster_import(data=data, dry_run=options["dry_run"])
        except RosterImportError as error:
            for problem in error.errors:
                self.stderr.write(str(problem))
            raise CommandError(
                ngettext(
                    "%(count)d problem found in %(path)s; nothing was imported.",
                    "%(count)d problems found in %(path)s; nothing was imported.",
                    len(error.errors),
                )
                % {"count": len(error.errors), "path": path}
            ) from None

        if options["verbosity"] >= 2:
            for change in result.changes:
                if change.action == CREATE:
                    self.stdout.write(
                        _("line %(line)d: %(number)s %(name)s: created")
                        % {"line": change.line, "number": change.staff_number, "name": change.name}
                    )
                elif change.action == UPDATE:
                    self.stdout.write(
                        _("line %(line)d: %(number)s %(name)s: updated (%(fields)s)")
                        % {
                            "line": change.line,
                            "number": change.staff_number,
                            "name": change.name,
                            "fields": ", ".join(change.fields),
                        }
                    )
        self.stdout.write(self.style.SUCCESS(result.summary()))
