"""`manage.py weekly_report [--week YYYY-MM-DD] [--format html|text] [--output FILE] [--user NAME]`.

Prints (or writes) the weekly report that `/report/week/YYYY-MM-DD/` shows, from the same
service function (tracker.reports.render_weekly_report). Default week: the last full week.
"""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from timenet_core.files import atomic_write
from tracker import reports
from tracker.dashboard import PageError, parse_day


class Command(BaseCommand):
    help = "Render the weekly report (HTML or text) to stdout or a file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--week", help="any day of the week to report (YYYY-MM-DD); "
                                           "default: last week")
        parser.add_argument("--format", choices=reports.FORMATS, default="html")
        parser.add_argument("--output", help="write to this file instead of stdout")
        parser.add_argument("--user", help="whose report (default: the only/first superuser)")

    def handle(self, *args, week: str | None, format: str, output: str | None,
               user: str | None, **options) -> None:
        try:
            day = parse_day(week, "week") if week else None
        except PageError as error:
            raise CommandError(str(error)) from None
        text = reports.render_weekly_report(self.owner(user), day, format)
        if output:
            atomic_write(Path(output), text)
            self.stderr.write(f"weekly report written to {output}")
        else:
            self.stdout.write(text, ending="")

    def owner(self, username: str | None):
        """The named user, else the installation's owner (the first superuser, else first user)."""
        users = get_user_model().objects.order_by("-is_superuser", "pk")
        found = users.filter(username=username).first() if username else users.first()
        if found is None:
            raise CommandError(f"no user {username!r}" if username else "no user exists yet")
        return found
