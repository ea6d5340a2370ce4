"""Usage rollups (seconds per category per minute/hour/day) and the data behind the Today page.

Buckets are always recomputed from the observations they cover, never incremented, so a retried
or duplicated task cannot count a frame twice, and corrections can simply recompute.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Sum
from django.utils import timezone

from tracker.models import Category, Frame, Observation, UsageRollup

G = UsageRollup.Granularity
BucketKey = tuple[int, int, int, str, datetime]  # device, owner, category, granularity, start


def day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def bucket_bounds(moment: datetime, granularity: str) -> tuple[datetime, datetime]:
    """[start, end) of the local-time bucket holding `moment` (days follow DST correctly)."""
    local = timezone.localtime(moment)
    if granularity == G.DAY:
        return day_start(local.date()), day_start(local.date() + timedelta(days=1))
    if granularity == G.HOUR:
        start = local.replace(minute=0, second=0, microsecond=0)
        return start, start + timedelta(hours=1)
    start = local.replace(second=0, microsecond=0)
    return start, start + timedelta(minutes=1)


def keys_for_frames(frames: list[Frame]) -> set[BucketKey]:
    """Buckets touched by these frames (each frame needs `category_id` set by the caller)."""
    keys: set[BucketKey] = set()
    for frame in frames:
        for granularity in (G.MINUTE, G.HOUR, G.DAY):
            start, _ = bucket_bounds(frame.captured_at, granularity)
            keys.add((frame.device_id, frame.device.owner_id, frame.category_id, granularity,
                      start))
    return keys


def recompute_for_frames(frames: list[Frame]) -> None:
    """Recompute every bucket these frames fall in; call inside the transaction that wrote them."""
    if frames:
        recompute_buckets(keys_for_frames(frames))


def recompute_buckets(keys: set[BucketKey]) -> None:
    # Sorted so concurrent transactions take row locks in the same order (no deadlock).
    ordered = sorted(keys, key=lambda k: (k[0], k[2], k[3], k[4]))
    UsageRollup.objects.bulk_create(
        [UsageRollup(device_id=d, owner_id=o, category_id=c, granularity=g, bucket=b, seconds=0)
         for d, o, c, g, b in ordered], ignore_conflicts=True)
    for device_id, _owner, category_id, granularity, start in ordered:
        # Locking the row serialises recomputations of one bucket on PostgreSQL, so the last
        # writer always sees every committed observation (SQLite's IMMEDIATE does this already).
        row = (UsageRollup.objects.select_for_update()
               .get(device_id=device_id, category_id=category_id, granularity=granularity,
                    bucket=start))
        _, end = bucket_bounds(start, granularity)
        total = Observation.objects.filter(
            frame__device_id=device_id, category_id=category_id,
            frame__captured_at__gte=start, frame__captured_at__lt=end,
        ).aggregate(s=Sum("frame__duration"))["s"] or 0.0
        row.seconds = total
        row.save(update_fields=["seconds"])


def rebuild_all() -> int:
    """Recompute every bucket from scratch (management command `rebuild_rollups`)."""
    frames = list(Frame.objects.filter(observation__isnull=False)
                  .select_related("device", "observation"))
    for frame in frames:
        frame.category_id = frame.observation.category_id
    UsageRollup.objects.all().delete()
    keys = keys_for_frames(frames)
    recompute_buckets(keys)
    return len(keys)


# --- the Today page --------------------------------------------------------------------------
def today_usage(owner, day: date | None = None) -> dict[str, Any]:
    """Time per category, per hour and a minute timeline for one local day, from the rollups."""
    day = day or timezone.localdate()
    start, end = day_start(day), day_start(day + timedelta(days=1))
    rows = UsageRollup.objects.filter(owner=owner, bucket__gte=start, bucket__lt=end, seconds__gt=0)
    categories = {c.pk: c for c in Category.objects.all()}
    totals = per_category(rows.filter(granularity=G.DAY), categories)
    return {
        "date": day.isoformat(),
        "total_seconds": sum(t["seconds"] for t in totals),
        "distracting_seconds": sum(t["seconds"] for t in totals if t["distracting"]),
        "categories": totals,
        "hours": hourly(rows.filter(granularity=G.HOUR), categories, totals),
        "timeline": timeline(rows.filter(granularity=G.MINUTE), categories),
    }


def describe(category: Category) -> dict[str, Any]:
    return {"code": category.code, "name": category.name, "color": category.color,
            "distracting": category.distracting}


def per_category(rows, categories: dict[int, Category]) -> list[dict[str, Any]]:
    sums = rows.values("category").annotate(s=Sum("seconds")).order_by("-s")
    return [{**describe(categories[r["category"]]), "seconds": round(r["s"], 1)} for r in sums]


def hourly(rows, categories: dict[int, Category], totals: list[dict]) -> dict[str, Any]:
    """Minutes per hour of the day, one stacked dataset per category that has any time."""
    minutes: dict[int, list[float]] = defaultdict(lambda: [0.0] * 24)
    for r in rows.values("category", "bucket").annotate(s=Sum("seconds")):
        minutes[r["category"]][timezone.localtime(r["bucket"]).hour] += r["s"] / 60
    by_code = {c.code: pk for pk, c in categories.items()}
    datasets = [{**describe(categories[by_code[t["code"]]]),
                 "minutes": [round(m, 2) for m in minutes[by_code[t["code"]]]]} for t in totals]
    return {"labels": [f"{h:02d}:00" for h in range(24)], "datasets": datasets}


def timeline(rows, categories: dict[int, Category]) -> list[dict[str, Any]]:
    """Consecutive minutes whose dominant category is the same, merged into segments."""
    best: dict[datetime, tuple[float, int]] = {}
    for r in rows.values("bucket", "category").annotate(s=Sum("seconds")):
        if r["s"] > best.get(r["bucket"], (0.0, 0))[0]:
            best[r["bucket"]] = (r["s"], r["category"])
    segments: list[dict[str, Any]] = []
    for minute in sorted(best):
        category = categories[best[minute][1]]
        local = timezone.localtime(minute)
        offset = local.hour * 60 + local.minute
        last = segments[-1] if segments else None
        if last and last["code"] == category.code and last["end_minute"] == offset:
            last["end_minute"] = offset + 1
        else:
            segments.append({**describe(category), "start_minute": offset,
                             "end_minute": offset + 1})
    return segments
