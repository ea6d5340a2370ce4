"""The capture loop: capture -> spool -> send, every `interval` seconds on a fixed schedule.

Every frame is written to the spool first and removed only once the server has accepted it, so
a server (or broker) outage loses nothing: the spool is replayed oldest first when it is back.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from agent.capture import Screen, grab_frame, release_freed_memory
from agent.config import AgentConfig
from agent.notify import NotificationPoller, poller_from_env
from agent.probes import X11Info, open_window_info
from agent.spool import Spool
from agent.uploader import FrameRejected, ServerUnavailable, Uploader
from timenet_core.frame_meta import FrameMeta

log = logging.getLogger("timenet.agent")


@dataclass
class Agent:
    screen: Screen
    spool: Spool
    uploader: Uploader
    interval: float  # seconds
    window_info: X11Info | None = None
    notifier: NotificationPoller | None = None  # desktop notifications (agent/notify.py)
    stop_event: threading.Event = field(default_factory=threading.Event)
    captured: int = 0
    sent: int = 0
    rejected: int = 0
    server_up: bool = True

    def frame_meta(self, captured_at: datetime) -> FrameMeta:
        """The metadata of a frame captured now (window and idle time when the probe can tell)."""
        title = app = ""
        idle = None
        if self.window_info is not None:
            try:
                title, app = self.window_info.window()
                idle = self.window_info.idle_seconds()
            except Exception as exc:  # noqa: BLE001 - a vanished window must not stop capture
                log.debug("window info failed: %s", exc)
        return FrameMeta(captured_at=captured_at, duration=self.interval, window_title=title,
                         window_app=app, idle_seconds=idle)

    def capture_once(self) -> None:
        captured_at = datetime.now(UTC)
        jpeg = grab_frame(self.screen)
        self.spool.put(jpeg, self.frame_meta(captured_at).to_json())
        self.captured += 1

    def flush(self) -> None:
        """Send spooled frames oldest first; stop at the first one the server cannot take."""
        for meta_path in self.spool.pending():
            try:
                payload = self.spool.load(meta_path)
            except OSError as exc:  # e.g. a .json whose image an older agent removed first
                log.error("spooled frame %s is unreadable: %s (set aside)", meta_path.name, exc)
                self.spool.reject(meta_path, f"unreadable in the spool: {exc}")
                self.rejected += 1
                continue
            try:
                self.uploader.send(*payload)
            except ServerUnavailable as exc:
                if self.server_up:
                    log.warning("server unavailable (%s); spooling frames until it is back", exc)
                self.server_up = False
                return
            except FrameRejected as exc:
                log.error("server rejected %s: %s (kept in spool/rejected)", meta_path.name, exc)
                self.spool.reject(meta_path, str(exc))
                self.rejected += 1
                continue
            if not self.server_up:
                log.warning("server is back; replaying spooled frames")
                self.server_up = True
            self.spool.remove(meta_path)
            self.sent += 1

    def run(self, count: int | None = None) -> None:
        """Capture every `interval` seconds (on a fixed schedule) until stopped or `count` done."""
        next_tick = time.monotonic()
        while not self.stop_event.is_set() and (count is None or self.captured < count):
            self.capture_once()
            self.flush()
            if self.notifier is not None and self.server_up:
                self.notifier.maybe_poll()
            next_tick += self.interval
            delay = next_tick - time.monotonic()
            if delay < 0:  # fell behind (slow server): skip missed ticks rather than burst
                next_tick, delay = time.monotonic(), 0
            self.stop_event.wait(delay)
        self.flush()

    def summary(self) -> str:
        return (f"captured {self.captured}, sent {self.sent}, rejected {self.rejected}, "
                f"waiting in spool {len(self.spool.pending())}")


def build_agent(config: AgentConfig, screen: Screen) -> Agent:
    """An agent for `config` on an open screen. Raises ConfigError when there is no token."""
    token = config.read_token()
    return Agent(screen=screen, spool=Spool(config.spool_dir),
                 uploader=Uploader(config.server_url, token),
                 interval=config.interval, window_info=open_window_info(),
                 notifier=poller_from_env(config.server_url, token))


def run(config: AgentConfig, say=print) -> Agent:
    """Run the agent until SIGINT/SIGTERM (or `config.count` captures); returns it, stopped.

    Raises NoDisplayError (no screen) or ConfigError (no token) before capturing anything;
    `say` prints the start and the closing summary."""
    release_freed_memory()
    screen = Screen()
    try:
        runner = build_agent(config, screen)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: runner.stop_event.set())
        say(f"capturing every {config.interval:g} s to {config.server_url}")
        try:
            runner.run(count=config.count)
        finally:
            say(f"capture agent stopped: {runner.summary()}")
    finally:
        screen.close()
    return runner
