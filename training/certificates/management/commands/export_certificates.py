"""Write a ZIP of certificate PDFs (and a manifest.csv) for a period, from the command line.

    manage.py export_certificates --period 2026-H1 --out certificates-2026-H1.zip
    manage.py export_certificates --period 2026 --org-unit isss --status valid --out isss.zip

The same archive as HR's export on the certificate list (see `training.certificates.export`):
stored PDFs are copied, missing ones are rendered (two processes at once) and stored for next
time. The file appears only when it is complete (written next to it under a temporary name,
then renamed); an existing file is kept unless --force is given.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import uuid
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from courses.models import CoursePage
from training.certificates.export import export_queryset, write_certificates_zip
from training.certificates.filters import PeriodError, parse_period
from training.certificates.models import Status
from training.people.services import audit_log

PERIOD_FORMS = (
    "a year (2026), a half year (2026-H1, 2026-H2), a quarter (2026-Q1 to 2026-Q4), "
    "a month (2026-05) or two dates (2026-01-01..2026-06-30, both included)"
)


class Command(BaseCommand):
    help = (
        "Write a ZIP of the PDFs of the certificates issued in a period (with a manifest.csv). "
        f"--period is {PERIOD_FORMS}; dates are in the site's time zone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--period",
            required=True,
            metavar="NAME",
            help=f"Certificates issued in this period: {PERIOD_FORMS}.",
        )
        parser.add_argument(
            "--out", required=True, metavar="FILE.zip", help="The ZIP file to write."
        )
        parser.add_argument(
            "--org-unit",
            metavar="CODE",
            help="Only holders in this org unit (by its code) and the units below it.",
        )
        parser.add_argument(
            "--course",
            metavar="KEY_OR_SLUG",
            help="Only this course: its course key (a UUID) or the slug of its page.",
        )
        parser.add_argument(
            "--status",
            choices=[status.value for status in Status],
            help="Only certificates with this status today.",
        )
        parser.add_argument(
            "--force", action="store_true", help="Replace the output file if it exists."
        )

    def handle(self, *args, **options):
        if options["verbosity"] < 2:  # WeasyPrint logs seven lines per PDF at INFO
            logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
        period = options["period"]
        try:
            parse_period(period)
        except PeriodError as error:
            raise CommandError(str(error)) from None
        out = Path(options["out"])
        if out.is_dir():
            raise CommandError(f"{out} is a directory; give the name of the ZIP file to write.")
        if not out.parent.is_dir():
            raise CommandError(f"The folder {out.parent} does not exist.")
        if out.exists() and not options["force"]:
            raise CommandError(f"{out} exists already; use --force to replace it.")

        filters = {"period": period}
        if options["org_unit"]:
            filters["org_unit"] = options["org_unit"]
        if options["course"]:
            filters["course"] = self._course_key(options["course"])
        if options["status"]:
            filters["status"] = options["status"]
        try:
            certificates = list(export_queryset(filters))
        except ValidationError as error:
            raise CommandError(self._explain(error)) from None
        if not certificates:
            raise CommandError("No certificates match; no file was written.")

        started = time.perf_counter()
        handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
        try:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; the ZIP is not
            with os.fdopen(handle, "wb") as archive:
                stats = write_certificates_zip(certificates, archive, self._progress())
                archive.flush()
                os.fsync(archive.fileno())
            self._place(Path(temporary), out, force=options["force"])
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        finally:
            self._end_progress()
        with transaction.atomic():
            audit_log(
                actor=None,
                action="certificate.export",
                summary=f"ZIP of {stats.total} certificates (command line)",
                data={"filters": filters, "count": stats.total, "file": out.name},
            )
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Wrote {out}: {stats.total} certificate{'' if stats.total == 1 else 's'} "
            f"({stats.copied} stored PDFs copied, "
            f"{stats.rendered} rendered) in {seconds:.1f} s."
        )

    # -- helpers

    def _course_key(self, value: str) -> str:
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
        keys = set(CoursePage.objects.filter(slug=value).values_list("translation_key", flat=True))
        if len(keys) != 1:
            found = "no course" if not keys else "several courses"
            raise CommandError(f"--course {value!r}: {found} with that slug; give its course key.")
        return str(keys.pop())

    @staticmethod
    def _explain(error: ValidationError) -> str:
        names = {"org_unit": "--org-unit", "course": "--course", "status": "--status"}
        lines = []
        for field, messages in error.message_dict.items():
            option = names.get(field, f"--{field.replace('_', '-')}")
            lines.append(f"{option}: {' '.join(messages)}")
        return "The filter is not valid. " + " ".join(lines)

    def _progress(self):
        tty = self.stderr.isatty() if hasattr(self.stderr, "isatty") else False
        self._progress_open = False
        last = {"tenth": -1}

        def progress(done: int, total: int) -> None:
            if tty:
                self.stderr.write(f"\rexported {done}/{total}", ending="")
                self.stderr.flush()
                self._progress_open = True
            else:
                tenth = done * 10 // total
                if tenth != last["tenth"]:
                    last["tenth"] = tenth
                    self.stderr.write(f"exported {done}/{total}")

        return progress

    def _end_progress(self) -> None:
        if getattr(self, "_progress_open", False):
            self.stderr.write("")
            self._progress_open = False

    @staticmethod
    def _place(temporary: Path, out: Path, *, force: bool) -> None:
        """Move the finished file into place in one step; without --force, never replace a
        file (a hard link fails if the name is taken, even one created meanwhile)."""
        if force:
            os.replace(temporary, out)
            return
        try:
            os.link(temporary, out)
        except FileExistsError:
            raise CommandError(f"{out} exists already; use --force to replace it.") from None
        except OSError:  # a file system without hard links
            if out.exists():
                raise CommandError(f"{out} exists already; use --force to replace it.") from None
            os.replace(temporary, out)
            return
        temporary.unlink()
