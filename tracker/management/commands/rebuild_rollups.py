"""`manage.py rebuild_rollups`: recompute every usage bucket from the observations."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from tracker import usage


class Command(BaseCommand):
    help = "Recompute all usage rollups from observations."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            buckets = usage.rebuild_all()
        self.stdout.write(f"buckets recomputed: {buckets}")
