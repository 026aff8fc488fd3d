"""`manage.py import_framework FILE [--format csv|case|requirements-csv] [--dry-run]`.

Imports the competency framework (a CSV file or a CASE JSON document) or role requirements (a
CSV file); the formats are described in training/competencies/formats/. The command runs as the
system (no actor). A file with any error imports nothing.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from training.competencies import formats
from training.competencies.formats.base import max_bytes


def guess_kind(path: Path) -> str:
    return formats.CASE_JSON if path.suffix.lower() == ".json" else formats.COMPETENCIES_CSV


class Command(BaseCommand):
    help = (
        "Import the competency framework from a CSV file or a CASE JSON document, or role "
        "requirements from a CSV file. Every row is checked first; a file with any error imports "
        "nothing. Existing codes are updated, new ones created; nothing is deleted."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The file to import (UTF-8).")
        parser.add_argument(
            "--format",
            choices=formats.KINDS,
            help="csv (competencies), case (CASE JSON) or requirements-csv (role requirements); "
            "by default case for a .json file and csv otherwise.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without saving anything.",
        )

    def handle(self, *args, **options):
        path: Path = options["file"]
        kind = options["format"] or guess_kind(path)
        try:
            with path.open("rb") as upload:
                # One byte more than allowed is enough to tell that the file is too large.
                data = upload.read(max_bytes() + 1)
        except FileNotFoundError:
            raise CommandError(_("No such file: %(path)s") % {"path": path}) from None
        except IsADirectoryError:
            raise CommandError(_("%(path)s is a directory, not a file.") % {"path": path}) from None
        except OSError as error:
            raise CommandError(
                _("Cannot read %(path)s: %(reason)s") % {"path": path, "reason": error.strerror}
            ) from None

        try:
            result = formats.framework_import(data=data, kind=kind, dry_run=options["dry_run"])
        except formats.FrameworkImportError as error:
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
                if change.action == formats.CREATE:
                    self.stdout.write(
                        _("line %(line)s: %(key)s: created")
                        % {"line": change.line, "key": change.key}
                    )
                elif change.action == formats.UPDATE:
                    self.stdout.write(
                        _("line %(line)s: %(key)s: updated (%(fields)s)")
                        % {
                            "line": change.line,
                            "key": change.key,
                            "fields": ", ".join(change.fields),
                        }
                    )
        self.stdout.write(self.style.SUCCESS(result.summary()))
