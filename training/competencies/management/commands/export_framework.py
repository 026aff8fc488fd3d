"""`manage.py export_framework --format csv|case|requirements-csv --out FILE`.

Writes the competency framework (CSV or CASE JSON) or the role requirements (CSV) in the form
that `import_framework` reads back. `--out -` writes to standard output.
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from training.competencies import formats


class Command(BaseCommand):
    help = (
        "Export the competency framework as CSV or as a CASE JSON document, or the role "
        "requirements as CSV, in the form import_framework reads back."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=formats.KINDS)
        parser.add_argument(
            "--out", required=True, help="The file to write ('-': standard output)."
        )

    def handle(self, *args, **options):
        data = formats.framework_export(kind=options["format"])
        out = options["out"]
        if out == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        path = Path(out)
        try:
            path.write_bytes(data)
        except OSError as error:
            raise CommandError(
                _("Cannot write %(path)s: %(reason)s") % {"path": path, "reason": error.strerror}
            ) from None
        self.stdout.write(
            self.style.SUCCESS(
                _("Wrote %(path)s (%(size)d bytes).") % {"path": path, "size": len(data)}
            )
        )
