"""The notification round: a summary of the last 30 minutes and the distraction warning.

Read from the minute rollups (tracker.rollups recomputes them from observations and labels), so
a correction changes what a later round sees. What counts (docs/notifications.md):
- activity time of the person's `warn_categories` counts as distracting; unreviewed time (the
  model was unsure and nobody has labelled the frame) and away time never do;
- the summary gives each activity's share of the tracked time (activity + unreviewed, as the
  pages' totals; away is left out), as the seed's 30-minute percentage breakdown;
- nothing is sent in quiet hours or while snoozed; a warning waits out its cooldown.
The seed's rule was "more than 3 frames of 10 s were youtube/facebook/netflix": the default
threshold is 30 s, and the warning fires when distracting time passes it (> threshold).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q, Sum
from django.utils import timezone

from notify.models import Notification, NotificationSettings
from tracker.models import Category, UsageRollup

log = logging.getLogger("timenet.notify")
K = UsageRollup.Kind
KEEP_NOTIFICATIONS = timedelta(days=30)


@dataclass
class WindowUsage:
    """Seconds per series in a window: `activity` maps category id -> seconds."""

    start: datetime
    end: datetime
    activity: dict[int, float] = field(default_factory=dict)
    unreviewed: float = 0.0
    away: float = 0.0
    device_id: int | None = None  # the device with the latest tracked minute (where one sits)

    @property
    def tracked(self) -> float:
        """Seconds of tracked time (activity + unreviewed; away excluded)."""
        return sum(self.activity.values()) + self.unreviewed

    def distracting(self, category_ids: set[int]) -> float:
        """Seconds spent in these categories; unreviewed and away time never count."""
        return sum(s for cid, s in self.activity.items() if cid in category_ids)


@dataclass
class RoundResult:
    users: int = 0
    summaries: int = 0
    warnings: int = 0
    held: int = 0  # notifications not sent because of quiet hours or a snooze

    def add(self, other: RoundResult) -> None:
        self.users += other.users
        self.summaries += other.summaries
        self.warnings += other.warnings
        self.held += other.held


def settings_for(user) -> NotificationSettings:
    """The person's settings, created with defaults (warn categories = Category.distracting).

    Categories created since the settings last looked join `warn_categories` when they are
    marked distracting (a person's "slack" counts without a visit to the settings page); the
    person's own choices about older categories stay as they are."""
    found, _ = NotificationSettings.objects.get_or_create(user=user)
    newer = Category.objects.filter(pk__gt=found.seen_category_id)
    latest = newer.order_by("-pk").values_list("pk", flat=True).first()
    if latest is not None:
        found.warn_categories.add(*newer.filter(distracting=True, pk__lte=latest))
        found.seen_category_id = latest
        found.save(update_fields=["seen_category_id"])
    return found


def window_usage(owner, start: datetime, end: datetime) -> WindowUsage:
    """The owner's usage in the minute buckets that start in [start, end), all devices."""
    rows = UsageRollup.objects.filter(owner=owner, granularity=UsageRollup.Granularity.MINUTE,
                                      bucket__gte=start, bucket__lt=end)
    usage = WindowUsage(start=start, end=end)
    for row in rows.values("kind", "category_id").annotate(seconds=Sum("seconds")):
        if row["kind"] == K.ACTIVITY:
            usage.activity[row["category_id"]] = row["seconds"]
        elif row["kind"] == K.UNREVIEWED:
            usage.unreviewed += row["seconds"]
        else:
            usage.away += row["seconds"]
    latest = rows.exclude(kind=K.AWAY).order_by("-bucket").values_list("device_id").first()
    usage.device_id = latest[0] if latest else None
    return usage


def in_quiet_hours(start: time | None, end: time | None, moment: datetime) -> bool:
    """Whether `moment` (aware) falls in [start, end) local time; end <= start wraps midnight."""
    if start is None or end is None or start == end:
        return False
    local = timezone.localtime(moment).time()
    if start < end:
        return start <= local < end
    return local >= start or local < end


def is_held(prefs: NotificationSettings, now: datetime) -> bool:
    """Whether nothing may be sent now (quiet hours or a snooze)."""
    snoozed = prefs.snoozed_until is not None and now < prefs.snoozed_until
    return snoozed or in_quiet_hours(prefs.quiet_start, prefs.quiet_end, now)


def minutes(seconds: float) -> str:
    """`seconds` as a short duration: "40 s", "12 min", "1 h 05 min"."""
    if seconds < 60:
        return f"{round(seconds)} s"
    whole = round(seconds / 60)
    return f"{whole} min" if whole < 60 else f"{whole // 60} h {whole % 60:02d} min"


def summary_text(usage: WindowUsage, names: dict[int, str], window: int) -> tuple[str, str]:
    """(title, body) of the summary: each series' share of the tracked time, largest first."""
    parts = [(names.get(cid, "?"), s) for cid, s in usage.activity.items() if s > 0]
    if usage.unreviewed > 0:
        parts.append(("Unreviewed", usage.unreviewed))
    parts.sort(key=lambda item: -item[1])
    body = ", ".join(f"{name} {100 * s / usage.tracked:.0f}%" for name, s in parts[:6])
    if usage.away > 0:
        body += f"; away {minutes(usage.away)}"
    return f"Your last {window} minutes: {minutes(usage.tracked)} tracked", body


def warning_text(usage: WindowUsage, names: dict[int, str], prefs: NotificationSettings,
                 seconds: float) -> tuple[str, str]:
    """(title, body) of the distraction warning, naming the distracting activities."""
    ids = set(prefs.warn_categories.values_list("pk", flat=True))
    parts = sorted(((names.get(cid, "?"), s) for cid, s in usage.activity.items()
                    if cid in ids and s > 0), key=lambda item: -item[1])
    detail = ", ".join(f"{name} {minutes(s)}" for name, s in parts)
    return (f"{minutes(seconds)} of distraction in the last {prefs.window_minutes} minutes",
            f"{detail} (your limit is {minutes(prefs.threshold_seconds)})")


def claim(prefs: NotificationSettings, stamp: str, every: timedelta, now: datetime) -> bool:
    """Take the right to send (stamp = last_summary_at | last_warning_at) with a conditional
    UPDATE, so two rounds running at once never both send inside one period."""
    due = Q(**{f"{stamp}__isnull": True}) | Q(**{f"{stamp}__lte": now - every})
    claimed = NotificationSettings.objects.filter(Q(pk=prefs.pk) & due).update(**{stamp: now})
    return claimed == 1


def notify(owner, device_id: int | None, kind: str, text: tuple[str, str],
           sound: bool) -> Notification:
    return Notification.objects.create(owner=owner, device_id=device_id, kind=kind,
                                       title=text[0], body=text[1], sound=sound)


def check_user(user, now: datetime) -> RoundResult:
    """One round for one person: maybe a summary, maybe a warning. Idempotent per period."""
    prefs = settings_for(user)
    result = RoundResult(users=1)
    window = timedelta(minutes=prefs.window_minutes)
    usage = window_usage(user, now - window, now)
    if usage.tracked <= 0:
        return result
    held = is_held(prefs, now)
    names = dict(Category.objects.values_list("pk", "name"))
    warn_ids = set(prefs.warn_categories.values_list("pk", flat=True))
    distracting = usage.distracting(warn_ids)
    wants_warning = prefs.warnings_enabled and distracting > prefs.threshold_seconds
    wants_summary = prefs.summary_enabled and (
        prefs.last_summary_at is None
        or now - prefs.last_summary_at >= timedelta(minutes=prefs.summary_every_minutes))
    if held:
        result.held = int(wants_warning) + int(wants_summary)
        return result
    with transaction.atomic():
        cooldown = timedelta(minutes=prefs.cooldown_minutes)
        if wants_warning and claim(prefs, "last_warning_at", cooldown, now):
            notify(user, usage.device_id, Notification.Kind.WARNING,
                   warning_text(usage, names, prefs, distracting), prefs.sound)
            result.warnings = 1
        every = timedelta(minutes=prefs.summary_every_minutes)
        if wants_summary and claim(prefs, "last_summary_at", every, now):
            notify(user, usage.device_id, Notification.Kind.SUMMARY,
                   summary_text(usage, names, prefs.window_minutes), False)
            result.summaries = 1
    return result


def run_round(now: datetime | None = None) -> RoundResult:
    """One round for every person with a device; logs one line. Safe to run concurrently."""
    now = now or timezone.now()
    result = RoundResult()
    users = get_user_model().objects.filter(device__isnull=False).distinct()
    for user in users:
        result.add(check_user(user, now))
    # the rows are a delivery queue and a short history, not a record: a month is plenty
    Notification.objects.filter(created_at__lt=now - KEEP_NOTIFICATIONS).delete()
    log.info("notify round: %d people, %d summaries, %d warnings, %d held (quiet/snooze)",
             result.users, result.summaries, result.warnings, result.held)
    return result


def send_test(user) -> Notification:
    """A test notification (with sound when the person has sound on) for the settings page."""
    prefs = settings_for(user)
    return notify(user, None, Notification.Kind.TEST,
                  ("TimeNet test notification", "Notifications reach this machine."),
                  prefs.sound)


def recent(user, count: int = 8) -> list[Notification]:
    """The person's latest notifications, newest first (shown on the settings page)."""
    return list(Notification.objects.filter(owner=user).order_by("-created_at", "-pk")[:count])
