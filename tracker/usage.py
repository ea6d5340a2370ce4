"""Reading usage rollups for the pages: a day, a week, any date range (tracker.rollups writes them).

Every answer comes from the rollups in a handful of indexed queries: a day reads its quarter
rows, its minute rows (merged into timeline segments by the database) and its TitleRollup rows
(the top window titles per activity), three queries; a week or a range reads day rows, one.
Times are shown in the user's zone, settings.TIME_ZONE for now (one user per installation);
buckets are stored as UTC instants and converted here, so a DST day has 23 or 25 hour bars and
a repeated hour (e.g. 02:00 on 2024-10-27 in Europe/Berlin) appears twice, labelled with its
zone abbreviation ("02:00 CEST", "02:00 CET") instead of being summed.

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
from django.db.models import Sum
from django.utils import timezone

from tracker.models import Category, Device, UsageRollup
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
KIND_ORDER = (K.ACTIVITY, K.AWAY, K.UNREVIEWED)  # a minute's ties go to the earlier kind
TOP_TITLES = 5


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
    segments = timeline(minute_runs(owner, start, end, device), start, categories)
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


def span_filter(owner, lo: datetime, hi: datetime, device: Device | int | None
                ) -> tuple[str, list[Any]]:
    """The WHERE clause (owner, [lo, hi), optional device) of the raw rollup queries below."""
    adapt = connection.ops.adapt_datetimefield_value
    sql, params = "owner_id = %s AND bucket >= %s AND bucket < %s", [owner.pk, adapt(lo), adapt(hi)]
    if device is not None:
        sql, params = sql + " AND device_id = %s", [*params, getattr(device, "pk", device)]
    return sql, params


def minute_runs(owner, start: datetime, end: datetime, device: Device | int | None = None
                ) -> list[tuple[int, int, SeriesKey]]:
    """Timeline runs [(first minute, end minute, series)] of [start, end), minutes since `start`.

    One GROUP BY (raw SQL: the database returns each minute's offset, so no datetime is built
    per row) sums each minute's rows over devices; here each minute keeps its dominant series
    (most seconds; ties to the earlier kind in KIND_ORDER, then the lower category id) and
    consecutive minutes of one series merge. A day has ~1,500-4,000 minute rows. Measured
    (bench/dashboard.py): faster on both databases than ranking and merging with window
    functions in SQL (two sorts of ~1,500 rows cost PostgreSQL more than the Python loop)."""
    epoch = ("CAST(strftime('%%s', bucket) AS INTEGER)" if connection.vendor == "sqlite"
             else "CAST(extract(epoch FROM bucket) AS BIGINT)")
    where, params = span_filter(owner, start, end, device)
    sql = (f"SELECT ({epoch} - %s) / 60, kind, category_id, SUM(seconds)"  # noqa: S608 - no input
           f" FROM tracker_usagerollup WHERE granularity = %s AND {where} GROUP BY 1, 2, 3")
    with connection.cursor() as cursor:
        cursor.execute(sql, [int(start.timestamp()), G.MINUTE, *params])
        rows = cursor.fetchall()
    best: dict[int, tuple[float, int, int]] = {}
    for minute, kind, category_id, seconds in rows:
        rank = (seconds, -KIND_ORDER.index(kind), -(category_id or 0))
        if seconds > 0 and (minute not in best or rank > best[minute]):
            best[minute] = rank
    runs: list[list] = []
    for minute in sorted(best):
        _, kind_rank, category_rank = best[minute]
        key = (KIND_ORDER[-kind_rank], -category_rank or None)
        if runs and runs[-1][2] == key and runs[-1][1] == minute:
            runs[-1][1] = minute + 1
        else:
            runs.append([minute, minute + 1, key])
    return [(int(first), int(last), key) for first, last, key in runs]


def timeline(runs: list[tuple[int, int, SeriesKey]], start: datetime,
             categories: dict[int, Category]) -> list[dict[str, Any]]:
    """Segments of the timeline (minute_runs), with display fields and ISO start/end instants."""
    return [{**describe(key, categories), "start_minute": first, "end_minute": last,
             "start": (start + timedelta(minutes=first)).isoformat(),
             "end": (start + timedelta(minutes=last)).isoformat()}
            for first, last, key in runs]


def top_titles(owner, start: datetime, end: datetime, device: Device | int | None = None
               ) -> dict[int, list[dict[str, Any]]]:
    """{category id: up to TOP_TITLES [{title, app, seconds}]}, longest first, in [start, end).

    From TitleRollup (one query, exact): the activity's own seconds per window, so away and
    unreviewed time never appear and a person's label moves a window to its corrected activity.
    Windows without app and title (an agent that could not read them) are left out."""
    where, params = span_filter(owner, start, end, device)
    sql = (  # noqa: S608 - no user input in the text; values are parameters
        "SELECT category_id, window_app, window_title, s FROM (SELECT category_id, window_app,"
        " window_title, SUM(seconds) AS s, ROW_NUMBER() OVER (PARTITION BY category_id"
        " ORDER BY SUM(seconds) DESC, window_app, window_title) AS rn"
        f" FROM tracker_titlerollup WHERE {where} AND (window_app <> '' OR window_title <> '')"
        " GROUP BY category_id, window_app, window_title) AS t WHERE rn <= %s ORDER BY rn")
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, TOP_TITLES])
        rows = cursor.fetchall()
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for category_id, app, title, seconds in rows:
        out[category_id].append({"title": title, "app": app, "seconds": round(seconds, 1)})
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
    return period(days, per_day, categories)


def period(days: list[date], per_day: dict[SeriesKey, list[float]],
           categories: dict[int, Category]) -> dict[str, Any]:
    """The range_usage dict of consecutive local `days` from their seconds per series per day."""
    totals = {key: sum(v) for key, v in per_day.items() if any(v)}
    order = ranked(totals)
    return {"start": days[0].isoformat(), "end": days[-1].isoformat(), "time_zone": str(zone()),
            "days": [d.isoformat() for d in days], **summarize(totals, categories),
            "datasets": [{**describe(key, categories),
                          "minutes": [round(s / 60, 2) for s in per_day[key]]} for key in order],
            "totals": [{**describe(key, categories), "seconds": round(totals[key], 1)}
                       for key in order]}


def week_usage(owner, week_start: date | None = None, device: Device | int | None = None
               ) -> dict[str, Any]:
    """Seven local days from `week_start` (default: this week's Monday), each series' change
    against the seven days before (change_pct None when the previous week had none of it).

    One query for both weeks' day rows (plus the categories)."""
    week_start = week_start or (timezone.localdate() - timedelta(
        days=timezone.localdate().weekday()))
    categories = {c.pk: c for c in Category.objects.all()}
    days, per_day = daily(owner, week_start - timedelta(days=7), week_start + timedelta(days=6),
                          device)
    out = period(days[7:], {k: v[7:] for k, v in per_day.items()}, categories)
    previous = period(days[:7], {k: v[:7] for k, v in per_day.items()}, categories)
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
