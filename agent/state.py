"""The agent's view of its capture state: the server's pause and exclusions, the local pause
flag and the agent's own rules, combined by `CaptureGuard.skip_reason` before every capture.

The server's state (`GET /api/capture-state`, answered by the privacy app) is asked for once per
capture tick and cached in a file, so a pause or an exclusion set on the dashboard still holds
while the server is away and across agent restarts.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from agent.privacy import ExclusionRules, PatternError, PauseFlag, ServerState
from timenet_core.files import atomic_write

log = logging.getLogger("timenet.agent")

STATE_PATH = "/api/capture-state"
STATE_TIMEOUT = 3.0  # seconds; a slow answer must not delay the capture schedule much


def fetch_state(server_url: str, token: str, timeout: float = STATE_TIMEOUT) -> ServerState:
    """The server's capture state for this device (what the agent itself is doing goes to the
    server in its heartbeat, agent/heartbeat.py). Raises OSError/ValueError when the server
    cannot be asked or answers something malformed (the caller keeps its last known state)."""
    request = urllib.request.Request(server_url.rstrip("/") + STATE_PATH,
                                     headers={"Authorization": f"Device {token}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return ServerState.from_json(json.loads(response.read()))
    except urllib.error.HTTPError as exc:
        raise OSError(f"HTTP {exc.code}") from exc


@dataclass
class CaptureGuard:
    """Decides, before each capture, whether it may happen.

    `rules`: the agent's own (flags/environment); `pause_flag`: the local pause file or None;
    `state_file`: where the server's last state is cached (None: kept in memory only)."""

    rules: ExclusionRules = field(default_factory=ExclusionRules)
    pause_flag: PauseFlag | None = None
    state_file: Path | None = None
    server: ServerState = field(default_factory=ServerState)

    def __post_init__(self) -> None:
        self.server = self.load_cached() or self.server

    def effective_rules(self) -> ExclusionRules:
        return self.rules.merged(self.server.rules)

    def paused_reason(self, now: datetime) -> str | None:
        """Why capture is paused at `now` ("paused on this computer", "paused from the
        dashboard until ..."), or None."""
        if self.pause_flag is not None and self.pause_flag.active(now):
            return f"paused on this computer ({self.pause_flag.path})"
        if self.server.paused_at(now):
            until = self.server.paused_until
            return "paused from the dashboard" + (f" until {until:%Y-%m-%d %H:%M} UTC"
                                                  if until else "")
        return None

    def excluded_reason(self, title: str, app: str) -> str | None:
        return self.effective_rules().match(title, app)

    def refresh(self, server_url: str, token: str) -> bool:
        """Ask the server for its state; returns whether it answered (else the last state
        stays in force)."""
        try:
            state = fetch_state(server_url, token)
        except (OSError, ValueError, PatternError) as exc:
            log.debug("capture state not refreshed: %s", exc)
            return False
        if state != self.server:
            self.server = state
            self.save_cached()
        return True

    def load_cached(self) -> ServerState | None:
        if self.state_file is None:
            return None
        try:
            return ServerState.from_json(json.loads(self.state_file.read_text()))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, PatternError) as exc:
            log.warning("cached capture state %s ignored: %s", self.state_file, exc)
            return None

    def save_cached(self) -> None:
        if self.state_file is None:
            return
        try:
            self.state_file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.state_file, json.dumps(self.server.to_json()))
        except OSError as exc:  # a full disk must not stop capture; the state is in memory
            log.warning("capture state not cached: %s", exc)
