"""The frame-metadata schema: what the capture agent sends beside each screenshot, and what ingest
accepts. The one definition both sides use (the agent builds a `FrameMeta` and sends `to_json()`;
ingest calls `FrameMeta.parse()`), so the wire format is decided in one place.

Wire format (a JSON object; unknown keys are ignored so newer agents can add fields):

    schema_version  int, optional (missing = 1); a version newer than SCHEMA_VERSION is refused
    captured_at     ISO 8601 time with a UTC offset, e.g. "2026-11-22T10:00:00+00:00" or "...Z"
    duration        seconds of screen time the frame stands for (finite, >= 0), optional
    window_title    str, optional: title of the window on top
    window_app      str, optional: its application (WM_CLASS)
    idle_seconds    seconds since the last input (finite, >= 0) or null, optional
    monitor         object or null, optional (agents before it send none): the part of the
                    desktop grabbed, {"index": int >= 0 (mss's monitor index, 0 = the whole
                    desktop), "left", "top": int px, "width", "height": int px > 0}

Standard library only (the agent imports it).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

SCHEMA_VERSION = 1
MAX_TITLE_CHARS = 500  # the Frame.window_title column
MAX_APP_CHARS = 200  # the Frame.window_app column
MAX_COORD = 1 << 20  # px; X11 coordinates are 16-bit, so anything beyond is no real monitor


class FrameMetaError(ValueError):
    """Metadata that does not fit the schema; the message names the field (ingest answers 400)."""


@dataclass(frozen=True)
class MonitorArea:
    """The monitor a frame was grabbed from: mss's index (0: the whole desktop) and its
    rectangle on the desktop in px."""

    index: int
    left: int
    top: int
    width: int
    height: int


@dataclass(frozen=True)
class FrameMeta:
    """One frame's metadata. `captured_at` is timezone-aware; `duration`/`idle_seconds` in s."""

    captured_at: datetime
    duration: float
    window_title: str = ""
    window_app: str = ""
    idle_seconds: float | None = None
    schema_version: int = SCHEMA_VERSION
    monitor: MonitorArea | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["captured_at"] = self.captured_at.isoformat()
        return data

    def to_json(self) -> str:
        """The wire form. Raises ValueError for a NaN/infinite number (never valid JSON)."""
        return json.dumps(self.to_dict(), allow_nan=False)

    @classmethod
    def parse(cls, raw: str | bytes | None, *, default_duration: float,
              max_duration: float) -> FrameMeta:
        """Validate and normalise metadata from the wire.

        A missing `duration` means `default_duration`; it is then clamped to [0, max_duration]
        (a frame never stands for more, e.g. after the laptop slept). Titles lose NUL and lone
        surrogates and are cut to the column sizes. Raises FrameMetaError for anything else.
        """
        obj = _load_object(raw)
        version = obj.get("schema_version", 1)
        if type(version) is not int or not 1 <= version <= SCHEMA_VERSION:
            raise FrameMetaError(f"meta.schema_version {version!r} is not supported "
                                 f"(this server reads 1..{SCHEMA_VERSION})")
        duration = _number(obj, "duration", default_duration)
        idle = None if obj.get("idle_seconds") is None else _number(obj, "idle_seconds", 0.0)
        return cls(captured_at=_aware_time(obj.get("captured_at")),
                   duration=min(max(duration, 0.0), max_duration),
                   window_title=_text(obj, "window_title", MAX_TITLE_CHARS),
                   window_app=_text(obj, "window_app", MAX_APP_CHARS),
                   idle_seconds=None if idle is None else max(0.0, idle),
                   monitor=_monitor(obj.get("monitor")))


def _reject_constant(name: str) -> float:
    raise FrameMetaError(f"meta holds {name}, which is not a number JSON allows")


def _load_object(raw: str | bytes | None) -> dict[str, Any]:
    try:
        obj = json.loads(raw or "{}", parse_constant=_reject_constant)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise FrameMetaError(f"meta is not JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise FrameMetaError("meta must be a JSON object")
    return obj


def _aware_time(value: Any) -> datetime:
    message = "meta.captured_at must be an ISO 8601 time with a UTC offset"
    if not isinstance(value, str):
        raise FrameMetaError(message)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:  # also impossible dates such as 2024-02-30
        raise FrameMetaError(f"{message}: {exc}") from exc
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise FrameMetaError(message)
    return parsed


def _number(obj: dict[str, Any], key: str, default: float) -> float:
    value = obj.get(key, default)
    # bool is an int subclass, but `true` is no duration.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FrameMetaError(f"meta.{key} must be a number, got {value!r:.50}")
    try:
        value = float(value)
    except OverflowError:  # an integer beyond float range
        value = math.inf
    if not math.isfinite(value):
        raise FrameMetaError(f"meta.{key} must be finite, got {value}")
    return value


def _text(obj: dict[str, Any], key: str, limit: int) -> str:
    value = obj.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FrameMetaError(f"meta.{key} must be a string")
    # NUL and lone surrogates cannot be stored (PostgreSQL refuses NUL; UTF-8 has no surrogates).
    clean = "".join(ch for ch in value if ch != "\x00" and not 0xD800 <= ord(ch) <= 0xDFFF)
    return clean[:limit]


def _monitor(value: Any) -> MonitorArea | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise FrameMetaError("meta.monitor must be an object or null")
    fields = {}
    for key, low in (("index", 0), ("left", -MAX_COORD), ("top", -MAX_COORD), ("width", 1),
                     ("height", 1)):
        number = value.get(key)
        # bool is an int subclass, but `true` is no coordinate.
        if type(number) is not int or not low <= number <= MAX_COORD:
            raise FrameMetaError(f"meta.monitor.{key} must be an integer in "
                                 f"[{low}, {MAX_COORD}], got {number!r:.50}")
        fields[key] = number
    return MonitorArea(**fields)
