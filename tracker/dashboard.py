"""Page assembly for the day, week and range dashboards: parsing, filters, navigation, labels.

The numbers come from `tracker.usage` (rollups); this module only turns request parameters into
its arguments (raising `PageError` with a message a person can act on) and adds what the pages
show around the numbers: previous/next dates, the device list, formatted durations.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from tracker import usage
from tracker.models import Device

# One wording for every page and the report: what the focus score is.
FOCUS_DEFINITION = ("Focus score = productive time / (productive + distracting time) x 100. "
                    "Away and unreviewed time count for neither.")
# A range page reads one day bucket per day and series; a year keeps it to a handful of queries.
MAX_RANGE_DAYS = 366
# The days a page or export may ask for. Every page works out neighbours of the day (its week's
# Monday and Sunday, the previous week for comparison, the local day's UTC bounds, the week
# before and after for navigation), so a day near date.min/date.max would overflow datetime
# arithmetic (OverflowError, a 500). No screen activity predates the Unix epoch, and year 9000
# leaves millennia of room while staying far from datetime's year-9999 limit.
FIRST_DAY = date(1970, 1, 1)
LAST_DAY = date(9000, 12, 31)


class PageError(ValueError):
    """A request parameter a page cannot answer (bad date, unknown device): HTTP 400."""


def parse_day(text: str | None, what: str = "date") -> date:
    """`YYYY-MM-DD` → date within FIRST_DAY..LAST_DAY. Raises PageError naming the parameter
    when it is missing, invalid or outside that span (`check_day`)."""
    if not text:
        raise PageError(f"The {what} is missing: give it as YYYY-MM-DD.")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise PageError(f"The {what} {text!r} is not a date: give it as YYYY-MM-DD.") from None
    return check_day(day, what)


def check_day(day: date, what: str = "date") -> date:
    """`day` itself when pages can work with it (FIRST_DAY..LAST_DAY, see there); else raises
    PageError naming the parameter and the span."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise PageError(f"The {what} {day.isoformat()} is outside the days TimeNet shows: "
                        f"give one from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}.")
    return day


def monday_of(day: date) -> date:
    """The Monday starting the ISO week that holds `day`."""
    return day - timedelta(days=day.weekday())


def owner_device(owner, raw: str | None) -> Device | None:
    """The owner's device named by `?device=ID`, None for all devices.

    Raises PageError for a non-numeric id or a device that is not the owner's (no leak of
    whether another person's device exists: both read the same).
    """
    if raw in (None, "", "all"):
        return None
    try:
        return Device.objects.get(owner=owner, pk=int(raw))
    except (ValueError, Device.DoesNotExist):
        raise PageError(f"There is no device {raw!r} among your devices.") from None


def device_choices(owner, selected: Device | None) -> list[dict[str, Any]]:
    """[{id, name, selected}] of the owner's devices, for the filter select."""
    return [{"id": d.pk, "name": d.name, "selected": selected is not None and d.pk == selected.pk}
            for d in Device.objects.filter(owner=owner).order_by("name")]


def format_duration(seconds: float | None) -> str:
    """Seconds → "42 s", "8 min 05 s", "2 h 05 min" (seconds shown below an hour, never "0 min")."""
    total = int(round(seconds or 0))
    if 0 < (seconds or 0) < 0.5:
        return "< 1 s"
    if total < 60:
        return f"{total} s"
    if total < 3600:
        minutes, rest = divmod(total, 60)
        return f"{minutes} min {rest:02d} s" if rest else f"{minutes} min"
    hours, rest = divmod(total, 3600)
    return f"{hours} h {rest // 60:02d} min"


def format_or_dash(seconds: float | None) -> str:
    """Like format_duration, but "–" for nothing at all (empty table cells read faster)."""
    return format_duration(seconds) if seconds else "\u2013"


def format_change(change_seconds: float | None, previous: float | None) -> str:
    """"+12 min (+35%)", "−3 min 10 s (−20%)", "new" (nothing the week before) or "no change"."""
    if not previous:
        return "new" if change_seconds else "no change"
    if not change_seconds or abs(change_seconds) < 0.5:
        return "no change"
    sign = "+" if change_seconds > 0 else "\u2212"
    pct = 100 * abs(change_seconds) / previous
    return f"{sign}{format_duration(abs(change_seconds))} ({sign}{pct:.0f}%)"


def day_page(owner, day: date | None, device: Device | None) -> dict[str, Any]:
    """Context of the Today/day page: the usage dict plus navigation and the device list."""
    today = timezone.localdate()
    day = day or today
    data = usage.day_usage(owner, day, device=device)
    return {
        "usage": data,
        "day": day,
        "is_today": day == today,
        "previous_day": day - timedelta(days=1),
        "next_day": day + timedelta(days=1) if day < today else None,
        "week_start": monday_of(day),
        "away_after_min": f"{settings.TIMENET_AWAY_AFTER / 60:g}",
        **filters(owner, device),
    }


def with_labels(totals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each total gets `time` and, when the usage carries it, `change` as display strings."""
    out = []
    for row in totals:
        extra = {"time": format_duration(row.get("seconds"))}
        if "previous" in row:
            extra["previous_time"] = format_or_dash(row.get("previous"))
            extra["change"] = format_change(row.get("change_seconds"), row.get("previous"))
            extra["change_sign"] = sign_of(row.get("change_seconds"))
        out.append({**row, **extra})
    return out


def sign_of(value: float | None) -> str:
    """"up", "down" or "flat": the CSS class of a change figure."""
    if not value or abs(value) < 0.5:
        return "flat"
    return "up" if value > 0 else "down"


def summary_labels(data: dict[str, Any]) -> dict[str, str]:
    """Formatted headline figures of a week/range usage dict."""
    keys = ("total_seconds", "productive_seconds", "distracting_seconds", "away_seconds",
            "unreviewed_seconds", "previous_total_seconds")
    return {k.removesuffix("_seconds"): format_duration(data.get(k)) for k in keys}


def week_page(owner, any_day: date | None, device: Device | None) -> dict[str, Any]:
    """Context of the week page for the ISO week holding `any_day` (default: this week)."""
    start = monday_of(any_day or timezone.localdate())
    data = usage.week_usage(owner, start, device=device)
    return {
        "usage": data,
        "totals": with_labels(data.get("totals", [])),
        "labels": summary_labels(data),
        "week_start": start,
        "week_end": start + timedelta(days=6),
        "previous_week": start - timedelta(days=7),
        "previous_week_end": start - timedelta(days=1),
        "compare": True, "focus_definition": FOCUS_DEFINITION,
        "export_query": export_query(start, start + timedelta(days=6), device),
        "next_week": start + timedelta(days=7) if start + timedelta(days=7) <= timezone.localdate()
        else None,
        **filters(owner, device),
    }


def range_page(owner, start_text: str | None, end_text: str | None,
               device: Device | None) -> dict[str, Any]:
    """Context of the range page. Without dates: the last 7 days up to today.

    Raises PageError for a bad date, an end before the start or more than MAX_RANGE_DAYS days.
    """
    if not start_text and not end_text:
        end = timezone.localdate()
        start = end - timedelta(days=6)
    else:
        start, end = parse_day(start_text, "start date"), parse_day(end_text, "end date")
    if end < start:
        raise PageError(f"The end date {end} is before the start date {start}.")
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise PageError(f"A range covers at most {MAX_RANGE_DAYS} days; "
                        f"{start} to {end} is {(end - start).days + 1}.")
    data = usage.range_usage(owner, start, end, device=device)
    days = (end - start).days + 1
    totals = [{**row, "per_day": format_duration(row.get("seconds", 0) / days)}
              for row in with_labels(data.get("totals", []))]
    return {"usage": data, "totals": totals, "focus_definition": FOCUS_DEFINITION,
            "export_query": export_query(start, end, device),
            "labels": summary_labels(data), "start": start, "end": end,
            "days": days,
            **filters(owner, device, [("start", start.isoformat()), ("end", end.isoformat())])}


def export_query(start: date, end: date, device: Device | None) -> str:
    """The query string of the export links (tracker.views_export) for the period shown."""
    query = f"?start={start.isoformat()}&end={end.isoformat()}"
    return query + (f"&device={device.pk}" if device else "")


def filters(owner, device: Device | None,
            keep: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """The device filter's context: the choices, the selection, its query string, and the
    other parameters (`keep`, name/value pairs) its form must send again."""
    return {"devices": device_choices(owner, device), "device": device,
            "device_query": f"?device={device.pk}" if device else "", "keep_params": keep or []}
