"""`manage.py notify_check`: one notification round now (what the beat task runs)."""

from django.core.management.base import BaseCommand

from notify import services


class Command(BaseCommand):
    help = "Run one notification round: summaries and distraction warnings that are due."

    def handle(self, *args, **options) -> None:
        result = services.run_round()
        self.stdout.write(f"{result.users} people, {result.summaries} summaries, "
                          f"{result.warnings} warnings, {result.held} held (quiet/snooze)")
