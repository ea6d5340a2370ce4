"""`manage.py login_link [--user NAME]`: print a fresh one-time login link (and the login page).

For when the link `make run` printed has been used or scrolled away; the link dies once used.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tracker.bootstrap import login_link_path


class Command(BaseCommand):
    help = "Print a one-time login link for the dashboard (default: the first superuser)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--user", help="the account to log in as (default: the owner)")
        parser.add_argument("--base-url", default=f"http://127.0.0.1:{settings.TIMENET_PORT}")

    def handle(self, *args, **options) -> None:
        users = get_user_model().objects
        if options["user"]:
            user = users.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"no user named {options['user']!r}")
        else:
            user = users.filter(is_superuser=True).order_by("pk").first()
            if user is None:
                raise CommandError("no account yet: start TimeNet once with `make run`")
        base = options["base_url"].rstrip("/")
        self.stdout.write(f"one-time login link: {base}{login_link_path(user)}")
        self.stdout.write(f"or log in at {base}/login/ as {user.get_username()!r}")
