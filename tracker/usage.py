"""Reading usage rollups for the pages: a day, a week, any date range (tracker.rollups writes them).

Every answer comes from UsageRollup in a handful of indexed queries (rollup_owner_gran_bucket):
a day reads its quarter and minute rows (plus one bounded query for window titles), a week or a
range reads day rows. Times are shown in the user's zone, settings.TIME_ZONE for now (one user
per installation); buckets are stored as UTC instants and converted here, so a DST day has 23 or
25 hour bars and a repeated hour (e.g. 02:00 on 2024-10-27 in Europe/Berlin) appears twice,
labelled with its zone abbreviation ("02:00 CEST", "02:00 CET") instead of being summed.

Definitions (seconds throughout):
- tracked (`total_seconds`) = activity + unreviewed; away is reported apart (`away_seconds`);
- productive = activity in non-distracting categories; distracting = activity in distracting ones;
  unreviewed counts as neither (a guess we are unsure of is never called distracting);
- focus score = round(100 * productive / (productive + distracting)), None when both are 0
  (the share of classified, present time spent on productive activities, as RescueTime's
  productivity pulse but without its 5-level weights).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from django.db import connection
from django.db.models import F, Sum
from django.utils import timezone

from tracker.models import Category, Device, Frame, UsageRollup
from tracker.rollups import (  # noqa: F401 - re-exported: classify and the command use these
    QUARTER,
    day_bounds,
    rebuild_all,
    recompute_for_frames,
    zone,
)

G = UsageRollup.Granularity
K = UsageRollup.Kind
SYSTEM_SERIES = {
    K.AWAY: {"kind": K.AWAY, "code": "away", "name": "Away", "color": "#cbd5e1",
             "distracting": False, "passive": False},
    K.UNREVIEWED: {"kind": K.UNREVIEWED, "code": "unreviewed", "name": "Unreviewed",
                   "color": "#9ca3af", "distracting": False, "passive": False},
}
SeriesKey = tuple[str, int | None]
TOP_TITLES = 5
TITLE_FRAMES = 2000  # frames read at most to rank a day's window titles


def describe(key: SeriesKey, categories: dict[int, Category]) -> dict[str, Any]:
    """The display fields of a series (an activity's category, or away / unreviewed)."""
    kind, category_id = key
    if kind != K.ACTIVITY:
        return dict(SYSTEM_SERIES[kind])
    c = categories[category_id]
    return {"kind": kind, "code": c.code, "name": c.name, "color": c.color,
            "distracting": c.distracting, "passive": c.passive}


def bucket_sums(owner, granularity: str, lo: datetime, hi: datetime,
                device: Device | int | None = None) -> list[tuple[datetime, SeriesKey, float]]:
    """(bucket start UTC, series, seconds summed over the owner's devices) in [lo, hi)."""
    rows = UsageRollup.objects.filter(owner=owner, granularity=granularity, bucket__gte=lo,
                                      bucket__lt=hi)
    if device is not None:
        rows = rows.filter(device=device)
    sums = rows.values_list("bucket", "kind", "category").annotate(s=Sum("seconds"))
    return [(b, (k, c), s) for b, k, c, s in sums.order_by()]


def summarize(totals: dict[SeriesKey, float], categories: dict[int, Category]) -> dict[str, Any]:
    """Tracked/away/unreviewed/productive/distracting seconds and the focus score (module doc)."""
    away = totals.get((K.AWAY, None), 0.0)
    unreviewed = totals.get((K.UNREVIEWED, None), 0.0)
    distracting = sum(s for (k, c), s in totals.items()
                      if k == K.ACTIVITY and categories[c].distracting)
    activity = sum(s for (k, _), s in totals.items() if k == K.ACTIVITY)
    productive = activity - distracting
    focus = round(100 * productive / (productive + distracting)) if activity > 0 else None
    return {"total_seconds": round(activity + unreviewed, 1), "away_seconds": round(away, 1),
            "unreviewed_seconds": round(unreviewed, 1),
            "productive_seconds": round(productive, 1),
            "distracting_seconds": round(distracting, 1), "focus_score": focus}


def ranked(totals: dict[SeriesKey, float]) -> list[SeriesKey]:
    """Series by time, longest first; away last (it is not activity)."""
    return sorted(totals, key=lambda key: (key[0] == K.AWAY, -totals[key]))


# --- one day ------------------------------------------------------------------------------------
def day_usage(owner, day: date | None = None, device: Device | int | None = None
              ) -> dict[str, Any]:
    """A local day: totals with share and top titles, hour stacks, timeline (module doc)."""
    day = day or timezone.localdate()
    start, end = day_bounds(day)
    categories = {c.pk: c for c in Category.objects.all()}
    quarters = bucket_sums(owner, G.QUARTER, start, end, device)
    totals: dict[SeriesKey, float] = defaultdict(float)
    for _, key, seconds in quarters:
        totals[key] += seconds
    tracked = sum(s for (k, _), s in totals.items() if k != K.AWAY)
    titles = top_titles(owner, start, end, device)
    rows = [{**describe(key, categories), "seconds": round(totals[key], 1),
             "share": round(totals[key] / tracked, 4) if tracked else 0.0,
             "top": titles.get(key[1], []) if key[0] == K.ACTIVITY else []}
            for key in ranked(totals) if key[0] != K.AWAY and totals[key] > 0]
    segments = timeline(minute_sums(owner, start, end, device), start, categories)
    return {"date": day.isoformat(), "time_zone": str(zone()), **summarize(totals, categories),
            "categories": rows, "hours": hourly(quarters, start, end, ranked(totals), categories),
            "timeline": segments,
            "span": {"start": segments[0]["start"], "end": segments[-1]["end"]} if segments
            else None}


def today_usage(owner, day: date | None = None) -> dict[str, Any]:
    """The Today page's data (/api/today): `day_usage` of today, all devices."""
    return day_usage(owner, day)


def hour_starts(start: datetime, end: datetime) -> list[datetime]:
    """UTC instants where each local hour of [start, end) begins (23/24/25 of them)."""
    tz, starts = zone(), []
    moment = start
    while moment < end:
        local = moment.astimezone(tz)
        if local.minute == 0:  # zone offsets are multiples of 15 min: quarters tile local hours
            starts.append(moment)
        moment += QUARTER
    return starts


def hour_labels(starts: list[datetime]) -> list[str]:
    """'HH:MM' local; a wall-clock hour that occurs twice (DST ends) gets its zone abbreviation."""
    tz = zone()
    plain = [s.astimezone(tz).strftime("%H:%M") for s in starts]
    return [f"{p} {s.astimezone(tz).tzname()}" if plain.count(p) > 1 else p
            for p, s in zip(plain, starts, strict=True)]


def hourly(quarters, start: datetime, end: datetime, order: list[SeriesKey],
           categories: dict[int, Category]) -> dict[str, Any]:
    """Minutes per local hour, one stacked dataset per series with time (in `order`)."""
    starts = hour_starts(start, end)
    minutes: dict[SeriesKey, list[float]] = defaultdict(lambda: [0.0] * len(starts))
    for bucket, key, seconds in quarters:
        # The latest hour start at or before the quarter: also right where DST moves the clock
        # by 30 min (Australia/Lord_Howe), when a wall-clock hour holds 30 or 90 minutes.
        minutes[key][bisect_right(starts, bucket) - 1] += seconds / 60
    return {"labels": hour_labels(starts), "starts": [s.isoformat() for s in starts],
            "datasets": [{**describe(key, categories),
                          "minutes": [round(m, 2) for m in minutes[key]]} for key in order]}


def minute_sums(owner, start: datetime, end: datetime, device: Device | int | None = None
                ) -> list[tuple[int, SeriesKey, float]]:
    """(minutes since `start`, series, seconds) of the minute rows in [start, end).

    Raw SQL because a day has ~1,500-4,000 of these rows and turning each bucket into an aware
    datetime (Django's converters) cost more than the query; the database returns the offset."""
    epoch = ("CAST(strftime('%%s', bucket) AS INTEGER)" if connection.vendor == "sqlite"
             else "CAST(extract(epoch FROM bucket) AS BIGINT)")
    adapt = connection.ops.adapt_datetimefield_value
    params: list[Any] = [int(start.timestamp()), owner.pk, G.MINUTE, adapt(start), adapt(end)]
    device_sql = ""
    if device is not None:
        device_sql, params = " AND device_id = %s", [*params, getattr(device, "pk", device)]
    sql = (f"SELECT ({epoch} - %s) / 60, kind, category_id, SUM(seconds)"  # noqa: S608 - no input
           " FROM tracker_usagerollup WHERE owner_id = %s AND granularity = %s"
           f" AND bucket >= %s AND bucket < %s{device_sql} GROUP BY 1, 2, 3")
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(int(m), (k, c), s) for m, k, c, s in cursor.fetchall()]


def timeline(minutes: list[tuple[int, SeriesKey, float]], start: datetime,
             categories: dict[int, Category]) -> list[dict[str, Any]]:
    """Consecutive minutes whose dominant series is the same, merged into segments."""
    best: dict[int, tuple[float, SeriesKey]] = {}
    for offset, key, seconds in minutes:
        if seconds > best.get(offset, (0.0, None))[0]:
            best[offset] = (seconds, key)
    segments: list[dict[str, Any]] = []
    for offset in sorted(best):
        key = best[offset][1]
        last = segments[-1] if segments else None
        if last and last["key"] == key and last["end_minute"] == offset:
            last["end_minute"] = offset + 1
        else:
            segments.append({**describe(key, categories), "key": key, "start_minute": offset,
                             "end_minute": offset + 1})
    for segment in segments:
        del segment["key"]
        segment["start"] = (start + timedelta(minutes=segment["start_minute"])).isoformat()
        segment["end"] = (start + timedelta(minutes=segment["end_minute"])).isoformat()
    return segments


def top_titles(owner, start: datetime, end: datetime, device: Device | int | None = None,
               limit: int = 300) -> dict[int, list[dict[str, Any]]]:
    """{category id: up to TOP_TITLES [{title, app, seconds}]} for frames captured in [start, end).

    Bounded: one COUNT on the index, then one GROUP BY (category, app, title) LIMIT `limit` over
    at most ~TITLE_FRAMES frames: with more, 1 frame in k (by id) is read and its seconds
    scaled by k, an unbiased estimate that is plenty to rank titles. Seconds are the frames'
    own durations under the model's category, not clipped and not re-labelled: a ranking, not a
    total (totals come from the rollups)."""
    frames = Frame.objects.filter(device__owner=owner, captured_at__gte=start,
                                  captured_at__lt=end)
    if device is not None:
        frames = frames.filter(device=device)
    every = max(1, frames.count() // TITLE_FRAMES)
    if every > 1:
        frames = frames.alias(sample=F("pk") % every).filter(sample=0)
    groups = (frames.filter(observation__isnull=False)
              .values_list("observation__category", "window_app", "window_title")
              .annotate(s=Sum("duration")).order_by("-s")[:limit])
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for category_id, app, title, seconds in groups:
        if len(out[category_id]) < TOP_TITLES and (app or title):
            out[category_id].append({"title": title, "app": app,
                                     "seconds": round(seconds * every, 1)})
    return out


# --- a week, any range ----------------------------------------------------------------------------
def daily(owner, first: date, last: date, device: Device | int | None = None
          ) -> tuple[list[date], dict[SeriesKey, list[float]]]:
    """Local days first..last (inclusive) and seconds per series per day, from day rows."""
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    index = {day_bounds(d)[0]: i for i, d in enumerate(days)}
    per_day: dict[SeriesKey, list[float]] = defaultdict(lambda: [0.0] * len(days))
    lo, hi = day_bounds(first)[0], day_bounds(last)[1]
    for bucket, key, seconds in bucket_sums(owner, G.DAY, lo, hi, device):
        if bucket in index:  # a row of another zone's day (TIME_ZONE changed): rebuild_rollups
            per_day[key][index[bucket]] += seconds
    return days, per_day


def range_usage(owner, first: date, last: date, device: Device | int | None = None
                ) -> dict[str, Any]:
    """Local days first..last (inclusive): daily stacked minutes, totals per series, summary.

    Raises ValueError when last < first."""
    if last < first:
        raise ValueError(f"end {last} is before start {first}")
    categories = {c.pk: c for c in Category.objects.all()}
    days, per_day = daily(owner, first, last, device)
    totals = {key: sum(v) for key, v in per_day.items()}
    order = ranked(totals)
    return {"start": first.isoformat(), "end": last.isoformat(), "time_zone": str(zone()),
            "days": [d.isoformat() for d in days], **summarize(totals, categories),
            "datasets": [{**describe(key, categories),
                          "minutes": [round(s / 60, 2) for s in per_day[key]]} for key in order],
            "totals": [{**describe(key, categories), "seconds": round(totals[key], 1)}
                       for key in order]}


def week_usage(owner, week_start: date | None = None, device: Device | int | None = None
               ) -> dict[str, Any]:
    """Seven local days from `week_start` (default: this week's Monday), each series' change
    against the seven days before (change_pct None when the previous week had none of it)."""
    week_start = week_start or (timezone.localdate() - timedelta(
        days=timezone.localdate().weekday()))
    out = range_usage(owner, week_start, week_start + timedelta(days=6), device)
    previous = range_usage(owner, week_start - timedelta(days=7), week_start - timedelta(days=1),
                           device)
    before = {(t["kind"], t["code"]): t["seconds"] for t in previous["totals"]}
    for row in out["totals"]:
        prev = before.get((row["kind"], row["code"]), 0.0)
        row["previous"] = prev
        row["change_seconds"] = round(row["seconds"] - prev, 1)
        row["change_pct"] = round(100 * (row["seconds"] - prev) / prev, 1) if prev else None
    shown = {(t["kind"], t["code"]) for t in out["totals"]}
    out["totals"] += [{**t, "previous": t["seconds"], "seconds": 0.0,
                       "change_seconds": -t["seconds"], "change_pct": -100.0}
                      for t in previous["totals"] if (t["kind"], t["code"]) not in shown]
    out["previous_total_seconds"] = previous["total_seconds"]
    return out
