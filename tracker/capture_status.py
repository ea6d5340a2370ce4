"""Capture status per device, as the agent's heartbeat reports it (agent/heartbeat.py): the
state (capturing, paused, error), the last frame, why capture fails and the agent's own local
pause — the one agent-to-server report: the Today page's line and the privacy page's device
lines and header (privacy.capture reads it here) all come from it.

Kept as one small JSON file per device under DATA_DIR/capture_status/ (written atomically), not
in the database: it is a few hundred bytes overwritten every 30 s, history is not wanted, and a
capture or database problem must not hide it. One machine's web processes share the files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from timenet_core.files import atomic_write
from tracker.ingest import capture_window
from tracker.models import Device, Frame

STATES = ("capturing", "paused", "error")
MAX_TEXT = 300  # characters kept of an error or pause reason
SILENT_AFTER = 120.0  # seconds without a heartbeat after which the agent is called silent
# How far ahead a local pause may end: `python -m agent --pause 400d` is fine, year 9999 is a
# wrong clock or a hostile client (and would overflow every page's header, converted to local
# time). A longer pause is "forever".
MAX_PAUSE_AHEAD = timedelta(days=3653)


class StatusError(ValueError):
    """A heartbeat that does not fit the schema (the view answers 400 with the message)."""


@dataclass(frozen=True)
class CaptureStatus:
    """What the Today page (and the privacy page, privacy.capture.agent_lines) shows for one
    device."""

    device: str
    state: str  # capturing | paused | error | silent | unknown
    last_frame_at: datetime | None  # the later of the heartbeat's and the last stored frame
    error: str
    paused: str
    reported_at: datetime | None  # when the last heartbeat arrived
    local_pause: str = ""  # "" | "forever" | ISO time: `python -m agent --pause` on that computer

    @property
    def local_paused_until(self) -> datetime | None:
        """When the local pause ends (None: not paused locally, or until resumed)."""
        return _shown_time(self.local_pause) if self.local_pause not in ("", "forever") \
            else None


def status_dir() -> Path:
    return Path(settings.DATA_DIR) / "capture_status"


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key) or ""
    if not isinstance(value, str):
        raise StatusError(f"{key} must be a string")
    return "".join(ch for ch in value if ch != "\x00" and not 0xD800 <= ord(ch) <= 0xDFFF
                   )[:MAX_TEXT]


def _time(value: Any, key: str = "last_frame_at") -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise StatusError(f"{key} must be an ISO 8601 time or null") from exc
    if moment.tzinfo is None:
        raise StatusError(f"{key} needs a UTC offset")
    return moment


def _plausible(moment: datetime, key: str, ahead: timedelta, back: timedelta) -> datetime:
    """`moment` in UTC when it lies within [now - back, now + ahead] of the server's clock.
    Raises StatusError naming `key` otherwise — also for a time whose offset puts it outside
    datetime's years 1..9999 in UTC (e.g. 9999-12-31T23:59:59-14:00), which no page could show."""
    now = timezone.now()
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        utc = None
    if utc is None or utc > now + ahead:
        raise StatusError(f"{key} {moment.isoformat()} is too far in the future (server time "
                          f"{now.isoformat(timespec='seconds')}); check the agent's clock")
    if utc < now - back:
        raise StatusError(f"{key} {moment.isoformat()} is too far in the past (server time "
                          f"{now.isoformat(timespec='seconds')}); check the agent's clock")
    return utc


def _last_frame(body: dict[str, Any]) -> datetime | None:
    """The agent's last frame time (None: none yet), within the window a frame's capture time
    must be in (tracker.ingest.capture_window). Raises StatusError."""
    moment = _time(body.get("last_frame_at"))
    if moment is None:
        return None
    skew, max_age = capture_window()
    return _plausible(moment, "last_frame_at", skew, max_age)


def _local_pause(body: dict[str, Any]) -> str:
    """The agent's local pause: "" (none), "forever" (until resumed) or the ISO time it ends
    (with a UTC offset): not yet over by the server's clock (give or take the clock skew
    allowed for frames) and at most MAX_PAUSE_AHEAD away. A missing field (an older agent) is
    "". Raises StatusError."""
    value = body.get("local_pause") or ""
    if value in ("", "forever"):
        return value
    if not isinstance(value, str):
        raise StatusError('local_pause must be "", "forever" or an ISO 8601 time')
    moment = _time(value, "local_pause")
    skew, _ = capture_window()  # the agent reports only a pause still running by its clock
    _plausible(moment, "local_pause", MAX_PAUSE_AHEAD, skew)
    return moment.isoformat()


def parse(raw: bytes) -> dict[str, Any]:
    """Validate a heartbeat body (JSON bytes). Raises StatusError naming the problem."""
    try:
        body = json.loads(raw or b"{}")
    except (ValueError, RecursionError) as exc:
        raise StatusError(f"not JSON: {exc}") from exc
    if not isinstance(body, dict) or body.get("state") not in STATES:
        raise StatusError(f"state must be one of {', '.join(STATES)}")
    last = _last_frame(body)
    return {"state": body["state"], "error": _text(body, "error"),
            "paused": _text(body, "paused"), "display": _text(body, "display"),
            "local_pause": _local_pause(body),
            "last_frame_at": last.isoformat() if last else None}


def record(device: Device, raw: bytes) -> dict[str, Any]:
    """Store `device`'s heartbeat (JSON bytes) with the time it arrived; returns it.
    Raises StatusError (bad body) or OSError (the data directory cannot be written)."""
    status = {**parse(raw), "reported_at": timezone.now().isoformat()}
    status_dir().mkdir(parents=True, exist_ok=True)
    atomic_write(status_dir() / f"device-{device.pk}.json", json.dumps(status))
    return status


def _stored(device: Device) -> dict[str, Any] | None:
    try:
        stored = json.loads((status_dir() / f"device-{device.pk}.json").read_text())
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) else None


def _shown_time(value: Any) -> datetime | None:
    """A time read back from a stored status, in UTC, or None (unknown) when it cannot be
    shown: not an aware ISO time, or one outside what UTC and local time can hold. A file
    written by an older server (which stored year 9999 with a -14:00 offset) or edited by hand
    must not turn every page's header into a 500."""
    try:
        moment = _time(value)
        if moment is None:
            return None
        utc = moment.astimezone(UTC)
        timezone.localtime(utc)  # the header shows it in local time: that must work too
    except (StatusError, OverflowError, ValueError):
        return None
    return utc


def last_report(device: Device, now: datetime | None = None) -> CaptureStatus:
    """`device`'s last heartbeat alone, with no database query (the last frame is the one the
    heartbeat named): "silent" once none came for SILENT_AFTER s, "unknown" if it never sent
    one. The privacy page and every page's header read this."""
    return _status(device, now or timezone.now(), None)


def for_device(device: Device, now: datetime | None = None,
               last_db: datetime | None = None) -> CaptureStatus:
    """The device's capture status (`last_report`) with the last frame from the database too
    (`last_db`, when the caller has it; else one query)."""
    if last_db is None:
        last_db = Frame.objects.filter(device=device).aggregate(m=Max("captured_at"))["m"]
    return _status(device, now or timezone.now(), last_db)


def _status(device: Device, now: datetime, last_db: datetime | None) -> CaptureStatus:
    stored = _stored(device) or {}
    reported = _shown_time(stored.get("reported_at"))
    last_beat = _shown_time(stored.get("last_frame_at"))
    last = max((t for t in (last_db, last_beat) if t is not None), default=None)
    state = stored.get("state", "unknown")
    if reported is not None and now - reported > timedelta(seconds=SILENT_AFTER):
        state = "silent"
    return CaptureStatus(device=device.name, state=state, last_frame_at=last,
                         error=stored.get("error", ""), paused=stored.get("paused", ""),
                         reported_at=reported, local_pause=stored.get("local_pause", ""))


def for_user(user) -> list[CaptureStatus]:
    """Capture status of each of `user`'s devices (by name)."""
    # One query for the page: each device with its last frame's time.
    devices = Device.objects.filter(owner=user).annotate(last=Max("frames__captured_at"))
    return [for_device(d, last_db=d.last) for d in devices.order_by("name")]
