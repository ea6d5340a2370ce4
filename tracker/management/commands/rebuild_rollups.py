"""`manage.py rebuild_rollups`: recompute every usage bucket from the observations."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from tracker import rollups


class Command(BaseCommand):
    help = "Recompute all usage rollups from observations (also after changing TIME_ZONE)."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():  # readers see the old rollups or the new, never half
            rows = rollups.rebuild_all()
        self.stdout.write(f"rollup rows written: {rows}")
