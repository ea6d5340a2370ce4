"""The agent's heartbeat: tells the server what capture is doing (capturing, paused, error),
when the last frame was taken, while capture fails why, and whether it is paused on this
computer — so the Today page can say "display :99 is gone, retrying" instead of going quiet,
and the privacy page and header can say "paused on this computer until 14:30". It is the
agent's only report to the server (`GET /api/capture-state` only asks).

`POST /api/agent-status` (device token), a small JSON object:

    state          "capturing" | "paused" | "error"
    error          str: the last capture failure as the agent logged it ("" when capturing)
    paused         str: why capture is paused or skipped ("" when it is not)
    local_pause    "" | "forever" | ISO 8601 time: the pause set on this computer
                   (`python -m agent --pause`, agent.privacy.PauseFlag.report)
    last_frame_at  ISO 8601 UTC time of the last frame put in the spool, or null
    display        the DISPLAY the agent captures ("" when unset)
    captured, spool  int: frames captured since start, frames waiting in the spool

Sent when the state changes and at least every `every` seconds otherwise. A heartbeat that
cannot be delivered is dropped (the next one says the same, newer); it never delays capture
for more than `timeout` seconds and never raises into the capture loop.
Standard library only (the agent imports no Django).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger("timenet.agent")

STATUS_PATH = "/api/agent-status"
EVERY = 30.0  # seconds between heartbeats while nothing changes
TIMEOUT = 3.0  # seconds; a slow server must not hold up the capture schedule


class DisplayGone(OSError):
    """The X server of $DISPLAY accepts no connection (killed, or not started yet)."""


def check_display(display: str | None = None) -> None:
    """Raise DisplayGone when the local X server of `display` (default $DISPLAY, e.g. ":99")
    accepts no connection. Called before each capture: once the X server dies, the agent's
    window probe fails too, and without this check that failure would read as "window
    unreadable, capture skipped" for ever instead of "display gone: back off and reopen".
    Remote displays ("host:0") and an unset DISPLAY are not checked (capture says why)."""
    display = os.environ.get("DISPLAY", "") if display is None else display
    if not display.startswith(":"):
        return
    number = display[1:].split(".", 1)[0]
    path = f"/tmp/.X11-unix/X{number}"
    for address in (path, "\0" + path):  # the socket file, then Linux's abstract namespace
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(address)
                return
            except OSError:
                continue
    raise DisplayGone(f"display {display} is gone (its X server accepts no connection)")


class _LastCaptureFailure(logging.Handler):
    """Keeps the last "capture failed ..." line the runner logs (its wording is the error the
    user sees: the exception and the back-off), without the runner having to hand it over."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.message = ""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record must not break logging
            return
        if text.startswith("capture failed"):
            self.message = text[:300]


@dataclass
class Heartbeat:
    """Reports one agent's capture state to `server_url` with its device `token`."""

    server_url: str
    token: str
    every: float = EVERY
    timeout: float = TIMEOUT
    display: str = field(default_factory=lambda: os.environ.get("DISPLAY", ""))
    last_frame_at: datetime | None = None
    _captured: int = 0
    _sent_body: dict[str, Any] | None = None
    _sent_at: float = float("-inf")
    _failures: _LastCaptureFailure = field(default_factory=_LastCaptureFailure)

    def __post_init__(self) -> None:
        logging.getLogger("timenet.agent").addHandler(self._failures)

    def body(self, agent: Any) -> dict[str, Any]:
        """The status of `agent` (an agent.runner.Agent) now, as sent."""
        if agent.captured != self._captured:  # a frame went to the spool since the last look
            self._captured, self.last_frame_at = agent.captured, datetime.now(UTC)
        failing = agent.capture_failures > 0
        paused = "" if failing else (agent.skip_reason or "")
        return {"state": "error" if failing else "paused" if paused else "capturing",
                "error": self.error_text() if failing else "", "paused": paused,
                "last_frame_at": self.last_frame_at.isoformat() if self.last_frame_at else None,
                "display": self.display, "local_pause": local_pause(agent),
                "captured": agent.captured,
                "spool": len(agent.spool.pending())}

    def error_text(self) -> str:
        detail = self._failures.message or "capture failed"
        where = f"display {self.display}" if self.display else "the display"
        return f"{where} is gone or refuses capture, retrying ({detail})"[:300]

    def report(self, agent: Any) -> bool:
        """Send the status if it changed or `every` s passed; returns whether one was sent."""
        body = self.body(agent)
        changed = {k: v for k, v in body.items() if k not in ("captured", "spool")} != (
            {k: v for k, v in (self._sent_body or {}).items() if k not in ("captured", "spool")})
        if not changed and time.monotonic() - self._sent_at < self.every:
            return False
        if not self.send(body):
            return False
        self._sent_body, self._sent_at = body, time.monotonic()
        return True

    def send(self, body: dict[str, Any]) -> bool:
        request = urllib.request.Request(
            self.server_url.rstrip("/") + STATUS_PATH, data=json.dumps(body).encode(),
            method="POST", headers={"Authorization": f"Device {self.token}",
                                    "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout):
                return True
        except (urllib.error.URLError, OSError, ValueError) as exc:
            log.debug("heartbeat not delivered: %s", exc)
            return False

    def close(self) -> None:
        logging.getLogger("timenet.agent").removeHandler(self._failures)


def local_pause(agent: Any) -> str:
    """`agent`'s local pause as reported: "" (none), "forever" or the ISO time it ends."""
    flag = getattr(getattr(agent, "guard", None), "pause_flag", None)
    return flag.report(datetime.now(UTC)) if flag is not None else ""


_BEATS: dict[int, Heartbeat] = {}


def report(agent: Any) -> bool:
    """The capture loop's one call: report `agent`'s state through its own Heartbeat (made on
    first use from its uploader's server URL and token). Never raises."""
    try:
        beat = _BEATS.get(id(agent))
        if beat is None:
            beat = _BEATS[id(agent)] = Heartbeat(agent.uploader.server_url, agent.uploader.token)
        return beat.report(agent)
    except Exception as exc:  # noqa: BLE001 - a heartbeat must never stop capture
        log.debug("heartbeat failed: %s", exc)
        return False
