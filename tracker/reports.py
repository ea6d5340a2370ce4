"""The weekly report: one context from the rollups, rendered as HTML (a Django template) or text.

Both the printable page (`/report/week/YYYY-MM-DD/`) and `manage.py weekly_report` call
`render_weekly_report`, so the page and the file a person mails themselves say the same thing.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone

from tracker import dashboard, usage
from tracker.dashboard import FOCUS_DEFINITION, format_or_dash
from tracker.models import Category, Device

FORMATS = ("html", "text")


def day_rows(data: dict[str, Any], distracting: set[str]) -> list[dict[str, Any]]:
    """One row per day of a week usage dict: tracked, productive, distracting, away, focus.

    `data["datasets"]` holds minutes per day per series; tracked = activity + unreviewed (away
    is not screen activity), productive = activity of non-distracting codes.
    """
    rows = []
    for i, iso in enumerate(data.get("days", [])):
        seconds = {"activity": 0.0, "distracting": 0.0, "unreviewed": 0.0, "away": 0.0}
        for series in data.get("datasets", []):
            value = 60 * series["minutes"][i]
            kind = series.get("kind", "activity")
            seconds[kind if kind in ("away", "unreviewed") else "activity"] += value
            if kind == "activity" and series["code"] in distracting:
                seconds["distracting"] += value
        productive = seconds["activity"] - seconds["distracting"]
        judged = productive + seconds["distracting"]
        rows.append({
            "date": date.fromisoformat(iso),
            "tracked": format_or_dash(seconds["activity"] + seconds["unreviewed"]),
            "tracked_seconds": seconds["activity"] + seconds["unreviewed"],
            "productive": format_or_dash(productive),
            "distracting": format_or_dash(seconds["distracting"]),
            "away": format_or_dash(seconds["away"]),
            "focus": round(100 * productive / judged) if judged else None,
        })
    return rows


def weekly_report_context(owner, any_day: date | None = None,
                          device: Device | None = None) -> dict[str, Any]:
    """Everything the report shows for the ISO week holding `any_day` (default: last week).

    Keys: week_start, week_end, usage (tracker.usage.week_usage), totals (with display
    strings), labels (headline figures), days (day_rows), busiest, most_distracting, device.
    """
    start = dashboard.monday_of(any_day or timezone.localdate() - timedelta(days=7))
    data = usage.week_usage(owner, start, device=device)
    distracting = set(Category.objects.filter(distracting=True).values_list("code", flat=True))
    days = day_rows(data, distracting)
    tracked_days = [d for d in days if d["tracked_seconds"] > 0]
    longest = max((d["tracked_seconds"] for d in days), default=0)
    for d in days:  # the bar drawn beside each day, as a share of the longest day
        d["bar_pct"] = round(100 * d["tracked_seconds"] / longest, 1) if longest else 0
    return {
        "week_start": start, "week_end": start + timedelta(days=6), "usage": data,
        "totals": dashboard.with_labels(data.get("totals", [])),
        "labels": dashboard.summary_labels(data), "days": days, "device": device,
        "busiest": max(tracked_days, key=lambda d: d["tracked_seconds"], default=None),
        "generated_at": timezone.localtime(), "focus_definition": FOCUS_DEFINITION,
        "previous_week": start - timedelta(days=7),
        "next_week": start + timedelta(days=7)
        if start + timedelta(days=7) <= timezone.localdate() else None,
    }


def render_weekly_report(owner, any_day: date | None, fmt: str = "html", *,
                         device: Device | None = None,
                         request: HttpRequest | None = None) -> str:
    """The report of the week holding `any_day` as `fmt` ("html" or "text").

    With a `request`, HTML is the site page (navigation, print CSS); without one, a standalone
    document with its styles inline (for a file or an e-mail). Raises ValueError on a bad fmt.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    context = weekly_report_context(owner, any_day, device)
    if fmt == "text":
        return render_text(context)
    template = "tracker/report_page.html" if request else "tracker/report_document.html"
    return render_to_string(template, context, request=request)


def render_text(context: dict[str, Any]) -> str:
    """The report as plain text (fixed-width columns; what `weekly_report --format text` prints)."""
    labels, focus = context["labels"], context["usage"].get("focus_score")
    lines = [
        f"TimeNet weekly report: {context['week_start']:%a %d %b %Y} to "
        f"{context['week_end']:%a %d %b %Y}"
        + (f" (device {context['device'].name})" if context["device"] else ""),
        "",
        f"Tracked      {labels['total']}  (previous week {labels['previous_total']})",
        f"Productive   {labels['productive']}",
        f"Distracting  {labels['distracting']}",
        f"Away         {labels['away']}",
        f"Unreviewed   {labels['unreviewed']}",
        f"Focus score  {focus_text(focus)}",
        "",
        f"{'Activity':<22}{'This week':>14}{'Previous':>14}  Change",
    ]
    for row in context["totals"]:
        lines.append(f"{row['name'][:21]:<22}{row['time']:>14}"
                     f"{row.get('previous_time', ''):>14}  {row.get('change', '')}")
    if not context["totals"]:
        lines.append("(no tracked time this week)")
    lines += ["", f"{'Day':<16}{'Tracked':>14}{'Distracting':>14}{'Away':>14}  Focus"]
    for day in context["days"]:
        lines.append(f"{day['date']:%a %d %b}".ljust(16) + f"{day['tracked']:>14}"
                     f"{day['distracting']:>14}{day['away']:>14}  {focus_text(day['focus'])}")
    lines += ["", FOCUS_DEFINITION]
    return "\n".join(lines) + "\n"


def focus_text(score: float | None) -> str:
    return "–" if score is None else f"{round(score)} / 100"

