"""`manage.py rollback_model [VERSION] [--json]`: make VERSION (default: the model active before
the current one) the active model again; workers use it from their next task."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from labeling.retrain import AlreadyRunning, RollbackError, rollback, run_summary


class Command(BaseCommand):
    help = "Roll the active model back to VERSION, or to the previously active one."

    def add_arguments(self, parser) -> None:
        parser.add_argument("version", nargs="?", help="version id (default: previous active)")
        parser.add_argument("--json", action="store_true", help="one JSON object on stdout")

    def handle(self, *args, **options) -> None:
        try:
            run = rollback(options["version"], trigger="command")
        except (AlreadyRunning, RollbackError) as exc:
            raise CommandError(str(exc)) from exc
        summary = run_summary(run)
        if options["json"]:
            self.stdout.write(json.dumps(summary))
            return
        self.stdout.write(f"active model: {summary['candidate']} ({summary['message']})")
