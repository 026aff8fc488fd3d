"""manage.py export_questions --bank NAME --format gift|moodle-xml|csv --out FILE"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments import formats
from assessments.models import QuestionBank
from assessments.selectors import bank_questions


class Command(BaseCommand):
    help = (
        "Export a question bank to GIFT, Moodle XML or CSV. Questions the format cannot hold "
        "are listed and left out (Moodle XML holds every type)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--bank", required=True)
        parser.add_argument("--format", required=True, choices=sorted(formats.FORMATS))
        parser.add_argument("--out", required=True, type=Path)

    def handle(self, *args, **options):
        bank = QuestionBank.objects.filter(name=options["bank"]).first()
        if bank is None:
            raise CommandError(f"No question bank is called “{options['bank']}”.")
        data, problems = formats.export(options["format"], bank_questions(bank))
        options["out"].write_bytes(data)
        for problem in problems:
            self.stderr.write(f"Left out: {problem}")
        self.stdout.write(f"Wrote {options['out']}.")
