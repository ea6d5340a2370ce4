"""The capture loop: capture -> spool -> send, every `interval` seconds on a fixed schedule.

Every frame is written to the spool first and removed only once the server has accepted it, so
a server (or broker) outage loses nothing: the spool is replayed oldest first when it is back.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from agent import heartbeat
from agent.capture import Screen, grab_frame, release_freed_memory
from agent.config import AgentConfig
from agent.notify import NotificationPoller, poller_from_env
from agent.privacy import PauseFlag
from agent.probes import X11Info, open_window_info
from agent.spool import Spool, SpoolFull
from agent.state import CaptureGuard
from agent.uploader import FrameRejected, ServerUnavailable, Unauthorized, Uploader
from timenet_core.frame_meta import FrameMeta, MonitorArea

log = logging.getLogger("timenet.agent")

MAX_BACK_OFF = 60.0  # seconds between capture attempts while the display is gone
Probe = tuple[str, str, float | None]  # (window title, app, idle seconds)
TOKEN_HELP = ("frames stay in the spool until it is fixed: check --token-file or "
              "TIMENET_DEVICE_TOKEN (`manage.py add_device NAME --owner USER` prints a new token)")


@dataclass
class Agent:
    screen: Screen | None  # None while the display is gone; reopened on the next attempt
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
    capture_failures: int = 0  # failed capture attempts in a row (drives the back-off)
    # Privacy (agent/privacy.py, agent/state.py): pause and exclusions, checked before a grab.
    guard: CaptureGuard = field(default_factory=CaptureGuard)
    skipped: int = 0  # ticks not captured: paused, excluded window, or the spool full
    discarded: int = 0  # spooled frames dropped at replay because a rule now excludes them
    skip_reason: str | None = None  # why the last tick was not captured (logged on change)

    def probe(self) -> Probe | None:
        """(title, app, idle seconds) of the window on top; ("", "", None) without a probe;
        None when the probe failed (then nothing is captured: exclusions cannot be checked)."""
        if self.window_info is None:
            return "", "", None
        try:
            title, app = self.window_info.window()
        except Exception as exc:  # noqa: BLE001 - Xlib raises many kinds; fail closed
            log.debug("window info failed: %s", exc)
            return None
        try:
            idle = self.window_info.idle_seconds()
        except Exception:  # noqa: BLE001 - idle time is optional metadata
            idle = None
        return title, app, idle

    def frame_meta(self, captured_at: datetime, probed: Probe | None = None,
                   monitor: dict[str, int] | None = None) -> FrameMeta:
        """The metadata of a frame captured now (window and idle time when the probe can tell;
        the monitor grabbed, from `aim`)."""
        title, app, idle = probed or self.probe() or ("", "", None)
        return FrameMeta(captured_at=captured_at, duration=self.interval, window_title=title,
                         window_app=app, idle_seconds=idle,
                         monitor=MonitorArea(**monitor) if monitor else None)

    def aim(self) -> dict[str, int] | None:
        """Turn the screen to the monitor holding the window the last probe named (several
        monitors; agent/capture.py pick_monitor); returns that monitor, None for a screen that
        cannot be turned (a test's stand-in)."""
        if not isinstance(self.screen, Screen):
            return None
        centre = pointer = None
        if self.window_info is not None:
            try:
                centre, pointer = self.window_info.focus_points()
            except Exception as exc:  # noqa: BLE001 - Xlib raises many kinds; fall back
                log.debug("focus position unknown: %s", exc)
        return self.screen.aim(centre, pointer)

    def capture_once(self) -> None:
        """Capture one frame into the spool, unless paused, the window on top is excluded
        (checked before the grab and again after it) or the spool is full."""
        captured_at = datetime.now(UTC)
        if (paused := self.guard.paused_reason(captured_at)) is not None:
            self.skip(paused)
            return
        heartbeat.check_display()  # a dead X server fails here, not as "window unreadable"
        if self.screen is None:
            self.screen = Screen()  # NoDisplayError while the X server is still away
            self.reopen_window_info()  # the old X connection died with the display
        before = self.probe()
        if (excluded := self.exclusion(before)) is not None:
            self.skip(excluded)
            return  # no pixel of this window was read
        monitor = self.aim()
        jpeg = grab_frame(self.screen)
        if (excluded := self.exclusion(self.probe())) is not None:
            self.skip(excluded)
            return  # the focus moved to an excluded window during the grab: drop the pixels
        try:
            self.spool.put(jpeg, self.frame_meta(captured_at, before, monitor).to_json())
        except SpoolFull as exc:
            self.skip(f"{exc}; new captures are not kept until the server takes some")
            return
        self.skip(None)
        self.captured += 1

    def exclusion(self, probed: Probe | None) -> str | None:
        if probed is None:
            return "the window on top could not be read (exclusions cannot be checked)"
        reason = self.guard.excluded_reason(probed[0], probed[1])
        return f"the window on top is excluded ({reason})" if reason else None

    def skip(self, reason: str | None) -> None:
        """Record why this tick is not captured (None: it was captured); say so when the reason
        changes. The reason names a rule, never a window title (titles are private)."""
        if reason != self.skip_reason:
            if reason is None:
                log.info("capturing again")
            else:
                level = logging.WARNING if reason.startswith("spool full") else logging.INFO
                log.log(level, "not capturing: %s", reason)
            self.skip_reason = reason
        if reason is not None:
            self.skipped += 1

    def refresh_state(self) -> None:
        """Ask the server for its pause and exclusions (the last known ones hold otherwise).
        A bare request: what this agent is doing goes in its heartbeat (agent/heartbeat.py)."""
        self.guard.refresh(self.uploader.server_url, self.uploader.token)

    def excluded_in_spool(self, meta_json: str) -> bool:
        """Whether a spooled frame's window is excluded by the rules in force now (a rule added
        while the server was away still keeps that frame from being sent)."""
        try:
            meta = json.loads(meta_json)
            return self.guard.excluded_reason(str(meta.get("window_title") or ""),
                                              str(meta.get("window_app") or "")) is not None
        except (ValueError, AttributeError):
            return False  # the server judges malformed metadata (a 4xx sets it aside)

    def capture_or_back_off(self) -> float:
        """Capture once. On failure (the X server went away, say) say so, drop the screen and
        return how long to wait before the next attempt (s; doubling up to MAX_BACK_OFF);
        0.0 after a successful capture."""
        try:
            self.capture_once()
        except Exception as exc:  # noqa: BLE001 - mss and Xlib raise many kinds when X goes away
            return self._capture_failed(exc)
        if self.capture_failures:
            log.warning("capture works again after %d failed attempts", self.capture_failures)
            self.capture_failures = 0
        return 0.0

    def _capture_failed(self, exc: Exception) -> float:
        self.capture_failures += 1
        self.close_screen()
        delay = min(MAX_BACK_OFF, self.interval * 2 ** (self.capture_failures - 1))
        level = logging.WARNING if self.capture_failures == 1 else logging.INFO
        log.log(level, "capture failed (%s: %s); the display may be gone, retrying in %.0f s",
                type(exc).__name__, str(exc)[:200] or "no detail", delay)
        return delay

    def reopen_window_info(self) -> None:
        if self.window_info is not None:
            try:
                self.window_info.close()
            except Exception:  # noqa: BLE001 - closing a dead X connection raises too
                pass
        self.window_info = open_window_info()

    def close_screen(self) -> None:
        if self.screen is not None:
            try:
                self.screen.close()
            except Exception:  # noqa: BLE001 - closing a dead X connection raises too
                pass
            self.screen = None

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
            if self.excluded_in_spool(payload[1]):
                self.spool.remove(meta_path)  # never sent: deleted here, image and all
                self.discarded += 1
                continue
            try:
                self.uploader.send(*payload)
            except Unauthorized as exc:
                if self.server_up:
                    log.error("the server refuses this device token (%s); %s", exc, TOKEN_HELP)
                self.server_up = False
                return
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
            self.refresh_state()
            back_off = self.capture_or_back_off()
            heartbeat.report(self)  # capture state/error for the Today page (agent/heartbeat.py)
            self.flush()
            if self.notifier is not None and self.server_up:
                self.notifier.maybe_poll()
            next_tick += back_off or self.interval
            delay = next_tick - time.monotonic()
            if delay < 0:  # fell behind (slow server): skip missed ticks rather than burst
                next_tick, delay = time.monotonic(), 0
            self.stop_event.wait(delay)
        self.flush()

    def summary(self) -> str:
        # The first four figures keep their order and wording: tests parse them.
        return (f"captured {self.captured}, sent {self.sent}, rejected {self.rejected}, "
                f"waiting in spool {len(self.spool.pending())}; not captured {self.skipped} "
                f"(paused, excluded window or spool full), dropped from the spool by an "
                f"exclusion {self.discarded}")


def build_agent(config: AgentConfig, screen: Screen) -> Agent:
    """An agent for `config` on an open screen. Raises ConfigError when there is no token."""
    token = config.read_token()
    guard = CaptureGuard(rules=config.rules, pause_flag=PauseFlag(config.pause_path()),
                         state_file=config.state_path())
    window_info = open_window_info()
    if window_info is None:  # not X11: no title/app to check a window against
        log.warning("the window on top cannot be read here, so exclusion rules and private-"
                    "window skipping cannot be applied (they need X11); pausing still works")
    return Agent(screen=screen, spool=Spool(config.spool_dir, max_frames=config.spool_max_frames,
                                            max_bytes=config.spool_max_bytes),
                 uploader=Uploader(config.server_url, token),
                 interval=config.interval, window_info=window_info,
                 notifier=poller_from_env(config.server_url, token), guard=guard)


def run(config: AgentConfig, say=print) -> Agent:
    """Run the agent until SIGINT/SIGTERM (or `config.count` captures); returns it, stopped.

    Raises NoDisplayError (no screen) or ConfigError (no token) before capturing anything;
    `say` prints the start and the closing summary."""
    release_freed_memory()
    screen = Screen()
    try:
        runner = build_agent(config, screen)
    except BaseException:
        screen.close()
        raise
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: runner.stop_event.set())
    say(f"capturing every {config.interval:g} s to {config.server_url}")
    try:
        runner.run(count=config.count)
    finally:
        say(f"capture agent stopped: {runner.summary()}")
        runner.close_screen()
    return runner
