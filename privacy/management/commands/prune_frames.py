"""`manage.py prune_frames`: apply the retention policy now (what Celery beat runs hourly)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from privacy.retention import apply_retention


class Command(BaseCommand):
    help = ("Delete stored frame images older than the retention limit or already labelled "
            "(per the privacy settings); observations and rollups are kept.")

    def handle(self, *args, **options) -> None:
        result = apply_retention()
        total = sum(result.values())
        self.stdout.write(f"deleted {total} frame images"
                          + "".join(f"\n  {name}: {n}" for name, n in result.items()))
