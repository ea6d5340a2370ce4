"""`manage.py timenet_status --json`: pipeline counters (a contract: see DESIGN.md)."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from tracker import status


class Command(BaseCommand):
    help = "Print the pipeline's counters (frames, review queue, labels, active model)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="one JSON object on stdout")

    def handle(self, *args, **options) -> None:
        report = status.pipeline_status()
        if options["json"]:
            self.stdout.write(json.dumps(report))
            return
        for key, value in report.items():
            self.stdout.write(f"{key:>20}: {value}")
