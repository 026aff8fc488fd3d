"""manage.py import_questions FILE --format gift|moodle-xml|csv --bank NAME [--skip-unsupported]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments import formats, services


class Command(BaseCommand):
    help = (
        "Import questions from a GIFT, Moodle XML or CSV file into a question bank (created if "
        "missing). All or nothing: any error imports nothing and names the line or question. "
        "Unsupported questions are listed and skipped only with --skip-unsupported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", required=True, choices=sorted(formats.FORMATS))
        parser.add_argument("--bank", required=True, help="The question bank's name.")
        parser.add_argument(
            "--skip-unsupported",
            action="store_true",
            help="Import the supported questions and skip the unsupported ones listed.",
        )

    def handle(self, *args, **options):
        path: Path = options["file"]
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        result = formats.parse(options["format"], data)
        try:
            report = services.questions_import(
                bank_name=options["bank"],
                result=result,
                skip_unsupported=options["skip_unsupported"],
            )
        except services.ImportRefused as refused:
            for problem in refused.problems:
                self.stderr.write(f"{path.name}: {problem}")
            if refused.unsupported_only:
                raise CommandError(
                    f"Nothing imported: {len(refused.problems)} unsupported question(s). "
                    "Run again with --skip-unsupported to import the others."
                ) from refused
            raise CommandError(
                f"Nothing imported: {len(refused.problems)} problem(s) in {path.name}."
            ) from refused
        for problem in report.skipped:
            self.stdout.write(f"Skipped: {problem}")
        self.stdout.write(
            self.style.SUCCESS(f"Imported {report.created} questions into “{report.bank.name}”.")
        )
