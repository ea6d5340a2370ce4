"""Desktop notifications on the machine where the person sits (docs/notifications.md).

The server decides what to say (notify.services, every minute by Celery beat) and keeps each
notification until someone acknowledges it. This agent-side part polls the server with the
device token (`GET /api/notifications`, every `every` seconds from the capture loop), shows
each notification with the desktop's own notification service and acknowledges it
(`POST /api/notifications/<id>/ack`), so it is shown once. A notification the desktop cannot
show is left unacknowledged: the dashboard's browser banner shows it instead.

Backends, all through desktop-notifier: Linux — D-Bus `org.freedesktop.Notifications` on the
session bus (the sound travels as the `sound-name` hint); macOS — the Notification Center
(from an app bundle); Windows 10+ — WinRT toasts. desktop-notifier is imported lazily, so a
capture-only install without it still captures.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Protocol

log = logging.getLogger("timenet.agent.notify")
PENDING_PATH = "/api/notifications"
DEFAULT_POLL_EVERY = 30.0  # seconds; the server decides once a minute, so 30 s halves the wait
# freedesktop sound theme name for a warning; macOS and Windows play their default sound
LINUX_WARNING_SOUND = "dialog-warning"
MAX_BACKOFF = 600.0  # seconds between polls while the desktop refuses notifications


class Backend(Protocol):
    def show(self, note: dict[str, Any]) -> bool:
        """Hand one notification to the desktop; True once the desktop took it."""


@dataclass
class NotificationClient:
    """The server's notification endpoints, authenticated like ingest (`Device <token>`)."""

    server_url: str
    token: str
    timeout: float = 10.0  # seconds per request

    def request(self, path: str, method: str = "GET") -> dict[str, Any]:
        """One JSON request. Raises OSError (incl. urllib's errors) or ValueError (bad JSON)."""
        request = urllib.request.Request(
            self.server_url.rstrip("/") + path, method=method, data=b"" if method == "POST"
            else None, headers={"Authorization": f"Device {self.token}"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            return json.loads(response.read() or b"{}")

    def pending(self) -> list[dict[str, Any]]:
        """The notifications waiting for this device: [{id, kind, title, body, sound, ...}]."""
        return list(self.request(PENDING_PATH).get("notifications", []))

    def ack(self, notification_id: int) -> bool:
        """Mark one notification shown; False when another channel had shown it already."""
        answer = self.request(f"{PENDING_PATH}/{int(notification_id)}/ack", method="POST")
        return bool(answer.get("delivered"))


class DesktopNotifierBackend:
    """desktop-notifier's backend for this platform (D-Bus, Notification Center or WinRT)."""

    def __init__(self) -> None:
        from desktop_notifier import DEFAULT_SOUND, DesktopNotifierSync, Sound
        from desktop_notifier.backends.dummy import DummyNotificationCenter

        self.notifier = DesktopNotifierSync(app_name="TimeNet", app_icon=None)
        backend = self.notifier._async_api._backend  # noqa: SLF001 - no public accessor
        if isinstance(backend, DummyNotificationCenter):  # e.g. macOS outside an app bundle
            raise RuntimeError("desktop-notifier has no notification service here")
        linux = platform.system() == "Linux"
        self.sound = Sound(name=LINUX_WARNING_SOUND) if linux else DEFAULT_SOUND

    def show(self, note: dict[str, Any]) -> bool:
        from desktop_notifier import Notification

        shown: list[bool] = []
        self.notifier.send_notification(Notification(
            title=str(note.get("title", "TimeNet")), message=str(note.get("body", "")),
            sound=self.sound if note.get("sound") else None,
            # desktop-notifier logs and swallows a failed send; this runs only on success
            on_dispatched=lambda: shown.append(True)))
        return bool(shown)


def desktop_backend(env: dict[str, str] | None = None) -> Backend | None:
    """The desktop's notification backend, or None when this machine cannot show any (no
    session bus on Linux, desktop-notifier missing); the browser banner covers those."""
    env = dict(os.environ if env is None else env)
    if platform.system() == "Linux" and not env.get("DBUS_SESSION_BUS_ADDRESS"):
        runtime = env.get("XDG_RUNTIME_DIR", "")
        if not (runtime and os.path.exists(os.path.join(runtime, "bus"))):
            log.info("no D-Bus session bus: desktop notifications go to the browser banner")
            return None
    try:
        return DesktopNotifierBackend()
    except (ImportError, RuntimeError) as exc:
        log.info("desktop notifications unavailable (%s): the browser banner shows them", exc)
        return None


@dataclass
class NotificationPoller:
    """Polls the server at most every `every` seconds and shows what waits, once each."""

    client: NotificationClient
    backend: Backend
    every: float = DEFAULT_POLL_EVERY  # seconds
    last_poll: float = field(default=float("-inf"))  # time.monotonic() of the last poll
    shown: int = 0
    failures: int = 0  # polls in a row whose first notification the desktop refused

    def maybe_poll(self) -> int:
        """Poll when `every` seconds have passed; returns how many notifications were shown."""
        now = time.monotonic()
        # a desktop that refuses (no notification server yet) is asked less and less often,
        # up to every 10 minutes, instead of logging a failure every poll
        wait = min(MAX_BACKOFF, self.every * 2 ** self.failures) if self.failures else self.every
        if now - self.last_poll < wait:
            return 0
        self.last_poll = now
        return self.poll()

    def poll(self) -> int:
        """Fetch, show and acknowledge; a failure is logged and retried at the next poll."""
        try:
            pending = self.client.pending()
        except (OSError, ValueError) as exc:
            log.debug("notification poll failed: %s", exc)
            return 0
        count = 0
        for note in pending:
            if not self.backend.show(note):
                self.failures += 1
                if self.failures == 1:
                    log.warning("the desktop did not take notification %s; it waits for the "
                                "browser banner or a later poll", note.get("id"))
                break  # keep the order: the rest waits for the next poll
            self.failures = 0
            try:
                self.client.ack(note["id"])
            except (OSError, ValueError) as exc:
                log.warning("could not acknowledge notification %s: %s", note.get("id"), exc)
            count += 1
        self.shown += count
        return count


def poller_from_env(server_url: str, token: str,
                    env: dict[str, str] | None = None) -> NotificationPoller | None:
    """The poller the capture loop runs, or None when notifications are off
    ($TIMENET_AGENT_NOTIFY=0) or this machine has no backend. $TIMENET_NOTIFY_POLL: seconds."""
    env = dict(os.environ if env is None else env)
    if env.get("TIMENET_AGENT_NOTIFY", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    try:
        every = float(env.get("TIMENET_NOTIFY_POLL") or DEFAULT_POLL_EVERY)
    except ValueError:
        log.warning("TIMENET_NOTIFY_POLL is not a number; polling every %.0f s",
                    DEFAULT_POLL_EVERY)
        every = DEFAULT_POLL_EVERY
    backend = desktop_backend(env)
    if backend is None:
        return None
    return NotificationPoller(NotificationClient(server_url, token), backend, every=every)
