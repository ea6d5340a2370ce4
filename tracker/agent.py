"""The capture agent: screenshot every N seconds, shrink, spool to disk, send to the server.

Every frame is written to the spool first and removed only once the server has accepted it, so
a server (or broker) outage loses nothing: the spool is replayed oldest first when it is back.
This module never imports torch or the Django ORM (it runs beside the person's work all day).
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

log = logging.getLogger("timenet.agent")

# Longest side of a sent frame. 1280 px keeps screen text legible for a human reviewer, and is
# well above the model's letterbox input (224-320 px); JPEG q80 makes a 1920x1080 desktop about
# 100-250 KB. Measured in bench/pipeline.py.
MAX_SIDE = 1280
JPEG_QUALITY = 80


class NoDisplayError(RuntimeError):
    """There is no screen to capture (no X display on Linux, or the grab failed)."""


class ServerUnavailable(Exception):
    """The server could not take the frame now (down, 5xx, timeout): keep it and retry later."""


class FrameRejected(Exception):
    """The server refused this frame for good (4xx): set it aside, never retry it."""


# --- grabbing --------------------------------------------------------------------------------
def check_display() -> None:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        raise NoDisplayError(
            "no display: DISPLAY is not set, so there is no screen to capture. Run the agent "
            "inside your desktop session, or set DISPLAY (e.g. DISPLAY=:0).")


def shrink(image: Image.Image, max_side: int = MAX_SIDE) -> Image.Image:
    """Downscale so the longest side is at most `max_side`, cheaply (box reduce, then bilinear)."""
    scale = max(image.size) / max_side
    if scale <= 1:
        return image
    factor = int(scale)
    if factor >= 2:  # an integer box reduction first is several times cheaper than resampling
        image = image.reduce(factor)
    size = (round(image.width * max_side / max(image.size)), round(image.height * max_side
                                                                      / max(image.size)))
    return image if image.size == size else image.resize(size, Image.Resampling.BILINEAR)


def encode_jpeg(image: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


class Screen:
    """mss grabber kept open between captures (opening it costs more than a grab)."""

    def __init__(self) -> None:
        import mss

        check_display()
        try:
            self._mss = getattr(mss, "MSS", mss.mss)()  # mss >= 10 renamed the class
            self._monitor = self._mss.monitors[0]  # all screens together
        except Exception as exc:  # noqa: BLE001 - mss raises several kinds for "no display"
            raise NoDisplayError(f"no display: cannot open the screen ({exc})") from exc

    def grab(self) -> Image.Image:
        shot = self._mss.grab(self._monitor)
        return Image.frombuffer("RGB", shot.size, shot.bgra, "raw", "BGRX", 0, 1)

    def close(self) -> None:
        self._mss.close()


# --- window and idle information (X11; best effort elsewhere) --------------------------------
class X11Info:
    """Active window title/app and input idle time from the X server, if it can tell."""

    def __init__(self) -> None:
        from Xlib import display

        self._display = display.Display()
        self._root = self._display.screen().root
        self._atoms = {name: self._display.intern_atom(name) for name in
                       ("_NET_ACTIVE_WINDOW", "_NET_WM_NAME", "UTF8_STRING")}
        self._has_idle = self._display.has_extension("MIT-SCREEN-SAVER")

    def idle_seconds(self) -> float | None:
        if not self._has_idle:
            return None
        return self._root.screensaver_query_info().idle / 1000.0

    def window(self) -> tuple[str, str]:
        for candidate in self._candidates():
            found = self._named(candidate, depth=2)
            if found:
                return found
        return "", ""

    def _candidates(self) -> list:
        windows = []
        active = self._root.get_full_property(self._atoms["_NET_ACTIVE_WINDOW"], 0)
        if active is not None and active.value and active.value[0]:
            windows.append(self._display.create_resource_object("window", active.value[0]))
        focus = self._display.get_input_focus().focus
        if not isinstance(focus, int) and focus != self._root:
            windows.append(focus)
        # With no window manager (bare X servers) focus follows the pointer.
        child = self._root.query_pointer().child
        if not isinstance(child, int) and child:
            windows.append(child)
        return windows

    def _named(self, window, depth: int) -> tuple[str, str] | None:
        title = self._title(window)
        if title:
            wm_class = window.get_wm_class() or ("", "")
            return title, wm_class[-1] or wm_class[0]
        if depth > 0:
            for child in window.query_tree().children:
                found = self._named(child, depth - 1)
                if found:
                    return found
        return None

    def _title(self, window) -> str:
        prop = window.get_full_property(self._atoms["_NET_WM_NAME"], self._atoms["UTF8_STRING"])
        if prop is not None and prop.value:
            value = prop.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        name = window.get_wm_name()
        return name.decode("latin-1") if isinstance(name, bytes) else (name or "")


def open_window_info() -> X11Info | None:
    if not sys.platform.startswith("linux"):
        return None  # macOS/Windows: no window/idle metadata yet (frames are still captured)
    try:
        return X11Info()
    except Exception as exc:  # noqa: BLE001 - metadata is optional; capture goes on without it
        log.warning("window title/idle time unavailable: %s", exc)
        return None


# --- spool and upload ------------------------------------------------------------------------
@dataclass
class Spool:
    """Frames waiting to be sent: `<utc-ns>-<uuid>.jpg` + `.json`, replayed in name order."""

    directory: Path

    def __post_init__(self) -> None:
        (self.directory / "rejected").mkdir(parents=True, exist_ok=True)

    def put(self, jpeg: bytes, meta: dict) -> Path:
        stem = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        self._atomic_write(self.directory / f"{stem}.jpg", jpeg)
        # The .json lands last: a frame is complete (and visible to replay) only once it exists.
        self._atomic_write(self.directory / f"{stem}.json", json.dumps(meta).encode())
        return self.directory / f"{stem}.json"

    def pending(self) -> list[Path]:
        return sorted(self.directory.glob("*.json"))

    def load(self, meta_path: Path) -> tuple[bytes, str]:
        return meta_path.with_suffix(".jpg").read_bytes(), meta_path.read_text()

    def remove(self, meta_path: Path) -> None:
        meta_path.with_suffix(".jpg").unlink(missing_ok=True)
        meta_path.unlink(missing_ok=True)

    def reject(self, meta_path: Path, reason: str) -> None:
        target = self.directory / "rejected"
        (target / f"{meta_path.stem}.reason.txt").write_text(reason)
        for path in (meta_path.with_suffix(".jpg"), meta_path):
            if path.exists():
                os.replace(path, target / path.name)

    @staticmethod
    def _atomic_write(path: Path, payload: bytes) -> None:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(payload)
        os.replace(tmp, path)


@dataclass
class Uploader:
    server_url: str
    token: str
    timeout: float = 10.0

    def send(self, jpeg: bytes, meta_json: str) -> dict:
        boundary = uuid.uuid4().hex
        body = b"".join([
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
            f"Content-Type: application/json\r\n\r\n".encode(), meta_json.encode(), b"\r\n",
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; "
            f"filename=\"frame.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n".encode(), jpeg,
            f"\r\n--{boundary}--\r\n".encode()])
        request = urllib.request.Request(
            self.server_url.rstrip("/") + "/api/frames", data=body, method="POST",
            headers={"Authorization": f"Device {self.token}",
                     "Content-Type": f"multipart/form-data; boundary={boundary}"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace")
            # 401: a wrong token is a set-up problem; keep frames until it is fixed.
            if exc.code >= 500 or exc.code in (401, 408, 429):
                raise ServerUnavailable(f"HTTP {exc.code}: {detail}") from exc
            raise FrameRejected(f"HTTP {exc.code}: {detail}") from exc
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            raise ServerUnavailable(str(exc)) from exc


# --- the loop --------------------------------------------------------------------------------
@dataclass
class Agent:
    screen: Screen
    spool: Spool
    uploader: Uploader
    interval: float
    window_info: X11Info | None = None
    stop_event: threading.Event = field(default_factory=threading.Event)
    captured: int = 0
    sent: int = 0
    rejected: int = 0
    server_up: bool = True

    def capture_once(self) -> None:
        captured_at = datetime.now(UTC)
        jpeg = encode_jpeg(shrink(self.screen.grab()))
        meta = {"captured_at": captured_at.isoformat(), "duration": self.interval}
        if self.window_info is not None:
            try:
                meta["window_title"], meta["window_app"] = self.window_info.window()
                meta["idle_seconds"] = self.window_info.idle_seconds()
            except Exception as exc:  # noqa: BLE001 - a vanished window must not stop capture
                log.debug("window info failed: %s", exc)
        self.spool.put(jpeg, meta)
        self.captured += 1

    def flush(self) -> None:
        """Send spooled frames oldest first; stop at the first one the server cannot take."""
        for meta_path in self.spool.pending():
            try:
                self.uploader.send(*self.spool.load(meta_path))
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
            next_tick += self.interval
            delay = next_tick - time.monotonic()
            if delay < 0:  # fell behind (slow server): skip missed ticks rather than burst
                next_tick, delay = time.monotonic(), 0
            self.stop_event.wait(delay)
        self.flush()

    def summary(self) -> str:
        return (f"captured {self.captured}, sent {self.sent}, rejected {self.rejected}, "
                f"waiting in spool {len(self.spool.pending())}")
