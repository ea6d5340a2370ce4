"""`manage.py retrain [--json]`: train a candidate from the labels, judge it on the gold set,
promote it or not (labeling.retrain; the nightly and N-new-labels schedules run the same)."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from labeling.retrain import AlreadyRunning, retrain, run_summary


class Command(BaseCommand):
    help = "Retrain the classifier head on the labels; promote the candidate if the gate allows."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="one JSON object on stdout")

    def handle(self, *args, **options) -> None:
        try:
            run = retrain(trigger="command")
        except AlreadyRunning as exc:
            raise CommandError(f"{exc}; try again when it has finished") from exc
        summary = run_summary(run)
        if options["json"]:
            self.stdout.write(json.dumps(summary))
            return
        for key, value in summary.items():
            self.stdout.write(f"{key:>12}: {value}")
