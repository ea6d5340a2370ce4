"""What the agent must not capture: exclusion rules and the pause (local flag file or server).

Rules are checked on the focused window's title and application (WM_CLASS, agent/probes.py)
BEFORE any pixel is grabbed, and again right after the grab (the focus may move during it);
an excluded window yields no frame, no spool file and no upload.

Pattern syntax (the server's settings page validates with these same functions): shell-style
globs (`fnmatch`: `*`, `?`, `[...]`), case-insensitive. A title pattern must match the whole
title, so use `*bank*` for "contains bank"; an app pattern matches the WM_CLASS class name
(e.g. `keepassxc`, `*password*`).

Private/incognito browser windows are skipped by default (PRIVATE_TITLE_PATTERNS): Firefox
"Private Browsing", Chromium/Chrome "(Incognito)", Edge "InPrivate", Brave "(Private)".
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from timenet_core.files import atomic_write

PRIVATE_TITLE_PATTERNS = ("*Private Browsing*", "*Incognito*", "*InPrivate*", "*(Private)*")
MAX_PATTERN_LENGTH = 200  # characters; a title pattern longer than a title is a mistake


class PatternError(ValueError):
    """A pattern that cannot be used (empty, too long, or an unbalanced `[`)."""


def check_pattern(pattern: str) -> str:
    """The pattern stripped, once it is usable. Raises PatternError with the reason."""
    text = pattern.strip()
    if not text:
        raise PatternError("a pattern cannot be empty")
    if len(text) > MAX_PATTERN_LENGTH:
        raise PatternError(f"a pattern is at most {MAX_PATTERN_LENGTH} characters")
    if "\x00" in text:
        raise PatternError("a pattern cannot hold a NUL character")
    try:
        re.compile(fnmatch.translate(text))
    except re.error as exc:  # fnmatch escapes most things; an odd bracket can still slip by
        raise PatternError(f"not a usable pattern: {exc}") from exc
    return text


def glob_matches(pattern: str, value: str) -> bool:
    """Whether `value` matches the shell-style `pattern`, ignoring case."""
    return fnmatch.fnmatchcase(value.casefold(), pattern.casefold())


def split_patterns(raw: str) -> tuple[str, ...]:
    """Patterns from an environment value: comma- or newline-separated, blanks dropped.
    Raises PatternError for an unusable one."""
    return tuple(check_pattern(p) for p in re.split(r"[,\n]", raw) if p.strip())


@dataclass(frozen=True)
class ExclusionRules:
    """Windows never captured: by application (WM_CLASS) or title pattern."""

    apps: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    # Private/incognito browser windows: True/False as set; None = no opinion (skipped, unless
    # the rules merged in say False).
    skip_private: bool | None = None

    def match(self, title: str, app: str) -> str | None:
        """The rule that excludes a window with this title/app (e.g. "app 'keepassxc'"), or None.
        The answer names the rule, never the title (it is logged)."""
        for pattern in self.apps:
            if app and glob_matches(pattern, app):
                return f"app {pattern!r}"
        for pattern in self.titles:
            if title and glob_matches(pattern, title):
                return f"title {pattern!r}"
        if self.skip_private is not False and title:
            for pattern in PRIVATE_TITLE_PATTERNS:
                if glob_matches(pattern, title):
                    return "a private browser window"
        return None

    def merged(self, other: ExclusionRules) -> ExclusionRules:
        """Both sets of rules (self: the agent's own, other: the server's). Apps and titles add
        up; for private windows the agent's explicit setting (flag or environment, set by the
        person at that computer) wins, else the server's (the privacy page), else skip."""
        private = self.skip_private if self.skip_private is not None else other.skip_private
        return ExclusionRules(apps=unique(self.apps + other.apps),
                              titles=unique(self.titles + other.titles), skip_private=private)


def unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


@dataclass(frozen=True)
class ServerState:
    """The capture state the server sends (`GET /api/capture-state`, privacy.services)."""

    paused: bool = False
    paused_until: datetime | None = None  # None with paused = until resumed
    rules: ExclusionRules = field(default_factory=ExclusionRules)  # never asked: defaults

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServerState:
        """Parse the server's answer. Raises ValueError (or PatternError) for a malformed one."""
        rules = data.get("exclusions") or {}
        until = data.get("paused_until")
        return cls(paused=bool(data.get("paused")),
                   paused_until=aware(datetime.fromisoformat(until)) if until else None,
                   rules=ExclusionRules(
                       apps=tuple(check_pattern(p) for p in rules.get("apps", [])),
                       titles=tuple(check_pattern(p) for p in rules.get("titles", [])),
                       skip_private=rules.get("skip_private") is not False))

    def to_json(self) -> dict[str, Any]:
        return {"paused": self.paused,
                "paused_until": self.paused_until.isoformat() if self.paused_until else None,
                "exclusions": {"apps": list(self.rules.apps), "titles": list(self.rules.titles),
                               "skip_private": self.rules.skip_private}}

    def paused_at(self, now: datetime) -> bool:
        return self.paused and (self.paused_until is None or now < self.paused_until)


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --- the local pause flag: `python -m agent --pause [DURATION]` / `--resume` -------------------
DURATIONS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def pause_until(spec: str, now: datetime) -> datetime | None:
    """When a pause given as `spec` ends: "15m", "1h", "90s", "2d", "tomorrow" (next local
    midnight) or "" / "forever" (None: until resumed). Raises ValueError for anything else."""
    spec = spec.strip().lower()
    if spec in ("", "forever"):
        return None
    if spec == "tomorrow":
        local = now.astimezone()
        midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(),
                                    tzinfo=local.tzinfo)
        return midnight.astimezone(UTC)
    found = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smhd]?)", spec)
    if not found or float(found.group(1)) <= 0:
        raise ValueError(f"a pause is 15m, 1h, 90s, 2d, tomorrow or forever; got {spec!r}")
    seconds = float(found.group(1)) * DURATIONS[found.group(2) or "m"]
    return now + timedelta(seconds=seconds)


@dataclass(frozen=True)
class PauseFlag:
    """The local pause: a file whose content is the ISO time the pause ends, or empty (until
    resumed). It works with no server at all; the running agent reads it before each capture."""

    path: Path

    def set(self, until: datetime | None) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, until.isoformat() if until else "")

    def clear(self) -> bool:
        """Remove the flag; returns whether there was one."""
        existed = self.path.exists()
        self.path.unlink(missing_ok=True)
        return existed

    def report(self, now: datetime) -> str:
        """The flag as the agent's heartbeat reports it to the server (`local_pause`,
        agent/heartbeat.py): "" (not paused), "forever", or the ISO time the pause ends."""
        if not self.active(now):
            return ""
        try:
            text = self.path.read_text().strip()
            return aware(datetime.fromisoformat(text)).isoformat() if text else "forever"
        except (OSError, ValueError):
            return "forever"

    def active(self, now: datetime) -> bool:
        """Whether the flag pauses capture at `now`. An unreadable flag pauses (fail closed);
        an expired one is left in place, harmless."""
        try:
            text = self.path.read_text().strip()
        except FileNotFoundError:
            return False
        except OSError:
            return True
        if not text:
            return True
        try:
            return now < aware(datetime.fromisoformat(text))
        except ValueError:
            return True  # someone wrote a note in it: still a pause
