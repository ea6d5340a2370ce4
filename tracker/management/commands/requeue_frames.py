"""`manage.py requeue_frames`: the beat job by hand (re-send tasks for frames left waiting)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from tracker import classify


class Command(BaseCommand):
    help = "Re-enqueue classification for frames that have waited too long (or all with --all)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--all", action="store_true", help="every waiting frame, any age")

    def handle(self, *args, **options) -> None:
        sent = classify.requeue_waiting_frames(min_age=0.0 if options["all"] else None)
        self.stdout.write(f"tasks sent: {sent}")
