from django.core.management.base import BaseCommand

from assessments.services import attempts_close_overdue


class Command(BaseCommand):
    help = (
        "Close every quiz attempt whose time limit (plus grace) has passed. The task worker does "
        "this on time; run this after the worker has been down."
    )

    def handle(self, *args, **options):
        closed = attempts_close_overdue()
        if options["verbosity"]:
            self.stdout.write(f"Closed {closed} overdue attempts.")
