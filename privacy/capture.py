"""The capture state: pause/resume, exclusion rules, and what agents are told before capturing.

An agent asks `GET /api/capture-state` before each capture (agent/state.py) and obeys the
answer: `{"paused": bool, "paused_until": ISO or null, "exclusions": {"apps": [...],
"titles": [...], "skip_private": bool}}` (agent.privacy.ServerState parses it). Pattern
syntax and matching belong to agent/privacy.py, so server and agent can never disagree.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from agent.privacy import PatternError, check_pattern
from privacy.models import ExclusionRule, PrivacySettings
from tracker import capture_status
from tracker.models import Device

# The pause buttons: label -> duration name understood by pause_end().
PAUSE_CHOICES = {"15m": "15 minutes", "1h": "1 hour", "tomorrow": "until tomorrow",
                 "forever": "until I resume"}


class RuleError(ValueError):
    """An exclusion rule that cannot be added (bad pattern, duplicate); the message says why."""


def settings_for(user) -> PrivacySettings:
    """The person's privacy settings, created with defaults on first use."""
    prefs, _ = PrivacySettings.objects.get_or_create(user=user)
    return prefs


def current_settings(user) -> PrivacySettings:
    """The person's privacy settings for reading: the stored row, or unsaved defaults when
    there is none yet (one query, no write — every page's header and every agent tick read
    them; only a change creates the row, through `settings_for`)."""
    return PrivacySettings.objects.filter(user=user).first() or PrivacySettings(user=user)


def pause_end(choice: str, now: datetime) -> datetime | None:
    """When a pause chosen as `choice` (a PAUSE_CHOICES key) ends; None = until resumed.
    "tomorrow" is the next local midnight (settings.TIME_ZONE). Raises ValueError."""
    if choice == "15m":
        return now + timedelta(minutes=15)
    if choice == "1h":
        return now + timedelta(hours=1)
    if choice == "tomorrow":
        local = timezone.localtime(now)
        return local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    if choice == "forever":
        return None
    raise ValueError(f"unknown pause {choice!r}; choose one of {', '.join(PAUSE_CHOICES)}")


def pause(user, choice: str, now: datetime | None = None) -> PrivacySettings:
    """Pause all of the person's capture agents. Raises ValueError for an unknown choice."""
    now = now or timezone.now()
    until = pause_end(choice, now)
    prefs = settings_for(user)
    prefs.paused, prefs.paused_at, prefs.paused_until = True, now, until
    prefs.save(update_fields=["paused", "paused_at", "paused_until", "updated_at"])
    return prefs


def resume(user) -> PrivacySettings:
    prefs = settings_for(user)
    prefs.paused, prefs.paused_until = False, None
    prefs.save(update_fields=["paused", "paused_until", "updated_at"])
    return prefs


def is_paused(prefs: PrivacySettings, now: datetime | None = None) -> bool:
    """Whether capture is paused at `now` (a pause whose end has passed is over)."""
    now = now or timezone.now()
    return prefs.paused and (prefs.paused_until is None or now < prefs.paused_until)


def state_line(prefs: PrivacySettings, now: datetime | None = None) -> str:
    """The header's one-line capture state: "Capture on", "Paused until 14:30", ..."""
    if not is_paused(prefs, now):
        return "Capture on"
    if prefs.paused_until is None:
        return "Capture paused until you resume"
    local = timezone.localtime(prefs.paused_until)
    same_day = local.date() == timezone.localdate()
    return f"Capture paused until {local:%H:%M}" if same_day else \
        f"Capture paused until {local:%a %d %b %H:%M}"


def agent_state(user, now: datetime | None = None) -> dict[str, Any]:
    """What an agent of `user` is told before capturing (module doc for the shape)."""
    prefs = current_settings(user)
    paused = is_paused(prefs, now)
    rules = list(ExclusionRule.objects.filter(owner=user).values_list("kind", "pattern"))
    return {
        "paused": paused,
        "paused_until": prefs.paused_until.isoformat() if paused and prefs.paused_until
        else None,
        "exclusions": {"apps": [p for k, p in rules if k == ExclusionRule.Kind.APP],
                       "titles": [p for k, p in rules if k == ExclusionRule.Kind.TITLE],
                       "skip_private": prefs.skip_private},
    }


def agent_line(status: capture_status.CaptureStatus) -> str:
    """What a device's agent last said, as the privacy page puts it: "capturing", "paused on
    this computer until 14:30", "not capturing: <reason>", "no contact since ...", or "its
    agent has not reported yet"."""
    if status.reported_at is None:
        return "its agent has not reported yet"
    if status.state == "silent":  # no heartbeat for capture_status.SILENT_AFTER s
        return f"no contact since {timezone.localtime(status.reported_at):%Y-%m-%d %H:%M}"
    if status.local_pause:
        until = status.local_paused_until
        return "paused on this computer" + (
            f" until {timezone.localtime(until):%H:%M}" if until else "")
    reason = status.error if status.state == "error" else status.paused
    if status.state == "capturing" and not reason:
        return "capturing"
    return f"not capturing: {reason or status.state}"


def agent_lines(user, now: datetime | None = None) -> list[dict[str, Any]]:
    """Per device of `user` (by name): {"device", "line", "live"} from its agent's last
    heartbeat (tracker.capture_status, the one report an agent sends); `live` = it reported
    within capture_status.SILENT_AFTER s. One query (the devices); no frame is looked at."""
    now = now or timezone.now()
    out = []
    for device in Device.objects.filter(owner=user).order_by("name"):
        status = capture_status.last_report(device, now)
        out.append({"device": device, "line": agent_line(status),
                    "live": status.reported_at is not None and status.state != "silent"})
    return out


def locally_paused(user, now: datetime | None = None) -> list[str]:
    """Names of the person's devices whose agent says (recently) it is paused locally."""
    return [a["device"].name for a in agent_lines(user, now)
            if a["live"] and a["line"].startswith("paused on this computer")]


def add_rule(user, kind: str, pattern: str) -> ExclusionRule:
    """Add an exclusion rule. Raises RuleError (bad kind or pattern, or a duplicate)."""
    if kind not in ExclusionRule.Kind.values:
        raise RuleError(f"a rule is by {' or '.join(ExclusionRule.Kind.values)}, not {kind!r}")
    try:
        text = check_pattern(pattern)
    except PatternError as exc:
        raise RuleError(str(exc)) from exc
    try:
        with transaction.atomic():
            return ExclusionRule.objects.create(owner=user, kind=kind, pattern=text)
    except IntegrityError as exc:
        raise RuleError(f"there already is a {kind} rule {text!r}") from exc


def remove_rule(user, rule_id: int) -> bool:
    """Delete one of the person's rules; returns whether it existed."""
    deleted, _ = ExclusionRule.objects.filter(owner=user, pk=rule_id).delete()
    return deleted > 0
