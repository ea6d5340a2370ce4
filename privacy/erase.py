"""Erase a range: every frame a person's agents captured in [start, end), with its image, its
observation, review item and labels; the usage rollups of the range are recomputed from what is
left (tracker.rollups), so the charts show the range empty.

The rows of each day of the range go in one transaction together with that day's rollup
recomputation; the image files are deleted once it has committed (a crash before that leaves
files no row knows of under FRAMES_DIR, never a row whose history was half erased). A crash
between two days leaves the earlier days erased and the later ones whole: erasing the same
range again finishes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Count, QuerySet

from tracker.models import Device, Frame, Observation
from tracker.rollups import recompute_for_frames


@dataclass(frozen=True)
class RangeSummary:
    """What erasing a range would delete (the confirmation page shows it)."""

    frames: int
    images: int
    observations: int
    review_items: int
    labels: int


def range_frames(user, start: datetime, end: datetime, device: Device | None = None) -> QuerySet:
    """The person's frames captured in [start, end) (UTC-aware datetimes), one device or all."""
    frames = Frame.objects.filter(device__owner=user, captured_at__gte=start, captured_at__lt=end)
    return frames.filter(device=device) if device is not None else frames


def summarize(user, start: datetime, end: datetime, device: Device | None = None) -> RangeSummary:
    """Counts of what `erase_range` would delete (review items and labels through Frame's
    reverse relations: privacy does not import labeling's models)."""
    frames = range_frames(user, start, end, device)
    return RangeSummary(frames=frames.count(), images=frames.exclude(image_path="").count(),
                        observations=Observation.objects.filter(frame__in=frames).count(),
                        review_items=frames.filter(review__isnull=False).count(),
                        labels=frames.aggregate(n=Count("labels"))["n"])


CHUNK = timedelta(days=1)  # one transaction per day of the range: bounded memory and locks


def erase_range(user, start: datetime, end: datetime, device: Device | None = None) -> int:
    """Delete the range (module doc), a day at a time; returns the number of frames deleted."""
    total, lo = 0, start
    while lo < end:
        hi = min(end, lo + CHUNK)
        total += erase_chunk(user, lo, hi, device)
        lo = hi
    return total


def erase_chunk(user, start: datetime, end: datetime, device: Device | None) -> int:
    frames = range_frames(user, start, end, device)
    with transaction.atomic():
        gone = list(frames.select_for_update().only("pk", "device_id", "captured_at",
                                                    "duration", "image_path"))
        Frame.objects.filter(pk__in=[f.pk for f in gone]).delete()  # cascades to the rest
        recompute_for_frames(gone)  # needs only device_id, captured_at, duration
        paths = [f.image_path for f in gone if f.image_path]
        transaction.on_commit(lambda: delete_files(paths))
    return len(gone)


def delete_files(relpaths: list[str]) -> None:
    root = Path(settings.FRAMES_DIR)
    for relpath in relpaths:
        (root / relpath).unlink(missing_ok=True)
