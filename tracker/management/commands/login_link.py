"""`manage.py login_link [--user NAME]`: print a fresh one-time login link (and the login page).

For when the link `make run` printed has been used or scrolled away; the link dies once used.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection

from tracker.bootstrap import login_link_path


class Command(BaseCommand):
    help = "Print a one-time login link for the dashboard (default: the first superuser)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--user", help="the account to log in as (default: the owner)")
        parser.add_argument("--base-url", default=f"http://127.0.0.1:{settings.TIMENET_PORT}")

    def handle(self, *args, **options) -> None:
        check_database()
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


def check_database() -> None:
    """Exit status 2 with one line when this DATA_DIR/DATABASE_URL has no TimeNet tables (a
    shell without the TIMENET_DATA_DIR that `make run` used), instead of a traceback.
    A missing SQLite file is checked first so that asking does not create an empty one."""
    db = connection.settings_dict
    name = str(db["NAME"])
    missing = (db["ENGINE"].endswith("sqlite3") and "memory" not in name  # tests: in memory
               and not Path(name).is_file())
    if not missing:
        try:
            table = get_user_model()._meta.db_table
            missing = table not in connection.introspection.table_names()
        except DatabaseError:
            missing = True
    if missing:
        raise CommandError(
            f"no TimeNet database in DATA_DIR {settings.DATA_DIR}: start it with make run "
            "first, or set TIMENET_DATA_DIR to the folder make run used", returncode=2)
