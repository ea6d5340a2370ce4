"""Screen grab (mss) and the frame's shrink + JPEG encoding.

With several monitors only the one holding the focused window is grabbed (`Screen.aim`,
`pick_monitor`): the whole desktop of two 1920x1080 screens letterboxed into the model's square
input would shrink the activity to a quarter, and the window's title belongs to that monitor.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from PIL import Image

# Longest side of a sent frame. 1280 px keeps screen text legible for a human reviewer, and is
# well above the model's letterbox input (224-384 px); JPEG q80 makes a 1920x1080 desktop about
# 100-250 KB. Measured in bench/pipeline.py.
MAX_SIDE = 1280
JPEG_QUALITY = 80


# Seconds a monitor layout read from the X server is trusted (mss caches it for good): a monitor
# plugged in or rearranged is picked up within this time. Reading it costs a few round trips.
LAYOUT_REFRESH = 30.0
Point = tuple[int, int]  # (x, y) px on the whole desktop, as agent/probes.py reports them


class NoDisplayError(RuntimeError):
    """There is no screen to capture (no X display on Linux, or the grab failed)."""


def check_display() -> None:
    """Raises NoDisplayError on Linux when DISPLAY is unset (mss would fail obscurely)."""
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        raise NoDisplayError(
            "no display: DISPLAY is not set, so there is no screen to capture. Run the agent "
            "inside your desktop session, or set DISPLAY (e.g. DISPLAY=:0).")


def shrink(image: Image.Image, max_side: int = MAX_SIDE) -> Image.Image:
    """Downscale so the longest side is at most `max_side` px (aspect kept, never enlarged),
    cheaply: an integer box reduction, then bilinear for the rest."""
    scale = max(image.size) / max_side
    if scale <= 1:
        return image
    factor = int(scale)
    if factor >= 2:  # an integer box reduction first is several times cheaper than resampling
        image = image.reduce(factor)
    longest = max(image.size)
    size = (round(image.width * max_side / longest), round(image.height * max_side / longest))
    return image if image.size == size else image.resize(size, Image.Resampling.BILINEAR)


def _holds(monitor: dict[str, Any], point: Point) -> bool:
    x, y = point
    return (monitor["left"] <= x < monitor["left"] + monitor["width"]
            and monitor["top"] <= y < monitor["top"] + monitor["height"])


def pick_monitor(monitors: Sequence[dict[str, Any]], centre: Point | None,
                 pointer: Point | None) -> int:
    """Index in mss's `monitors` list of the monitor to capture: 0 (the whole desktop, as
    always) when there is at most one monitor; else the one holding the focused window's
    `centre`, else the one under the `pointer`, else monitors[1]. Where monitors overlap (a
    mirrored or whole-desktop entry beside the real ones) the smallest holding the point wins."""
    if len(monitors) <= 2:
        return 0
    for point in (centre, pointer):
        if point is not None:
            holding = [i for i in range(1, len(monitors)) if _holds(monitors[i], point)]
            if holding:
                return min(holding, key=lambda i: monitors[i]["width"] * monitors[i]["height"])
    return 1


def encode_jpeg(image: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    """JPEG bytes of an RGB image (no EXIF or other metadata is written)."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


# Source rows grabbed at once. A capture is taken in horizontal bands, each shrunk into the
# output as it arrives, so the agent never holds a whole-screen copy: a 1920x1080 grab done in
# one piece costs three 8 MB copies (X reply, BGRX bytes, RGB image); a 128-row band costs 1 MB.
BAND_ROWS = 128
# glibc serves allocations above this size with mmap and returns them to the system on free.
# Without a fixed value it raises the limit after each large free, and freed frame buffers then
# stay in the process's heap (RSS about 10 MB higher between captures; bench/pipeline.py).
MMAP_THRESHOLD = 128 * 1024
M_MMAP_THRESHOLD = -3  # mallopt parameter number, from glibc's malloc.h


def release_freed_memory() -> None:
    """Make glibc return freed frame buffers to the system (no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError):  # not glibc (e.g. musl): nothing to tune
        pass


class Screen:
    """mss grabber kept open between captures (opening it costs more than a grab).

    Raises NoDisplayError when there is no screen to open."""

    def __init__(self) -> None:
        import mss

        check_display()
        try:
            # XGetImage rather than the default shared-memory grab: the shared segment would
            # keep a whole screen (8 MB at 1920x1080) resident between captures.
            self._mss = mss.MSS(backend="xgetimage") if sys.platform.startswith("linux") \
                else mss.MSS()
            self._monitor = self._mss.monitors[0]  # all screens together until `aim`
        except Exception as exc:  # noqa: BLE001 - mss raises several kinds for "no display"
            raise NoDisplayError(f"no display: cannot open the screen ({exc})") from exc
        self._index = 0
        self._layout_read = time.monotonic()

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in px of what is grabbed: the whole screen, or the monitor `aim`
        picked."""
        return self._monitor["width"], self._monitor["height"]

    @property
    def monitor(self) -> dict[str, int]:
        """What is grabbed, for the frame's metadata: {"index": mss monitor index (0: the whole
        desktop), "left", "top", "width", "height": px on the desktop}."""
        return {"index": self._index,
                **{key: int(self._monitor[key]) for key in ("left", "top", "width", "height")}}

    def aim(self, centre: Point | None = None, pointer: Point | None = None) -> dict[str, int]:
        """Grab from now on the monitor `pick_monitor` chooses for the focused window's `centre`
        and the `pointer` (desktop px; None = unknown); returns `monitor`. Raises what mss
        raises when the X server is gone."""
        if time.monotonic() - self._layout_read > LAYOUT_REFRESH and hasattr(self._mss,
                                                                             "_monitors"):
            self._mss._monitors = None  # mss keeps the first layout it read; read it again
            self._layout_read = time.monotonic()
        monitors = self._mss.monitors
        self._index = pick_monitor(monitors, centre, pointer)
        self._monitor = monitors[self._index]
        return self.monitor

    def grab(self, top: int = 0, rows: int | None = None) -> Image.Image:
        """`rows` rows of the screen from `top` (default: all of it) as an RGB image."""
        width, height = self.size
        rows = height - top if rows is None else rows
        region = {"left": self._monitor["left"], "top": self._monitor["top"] + top,
                  "width": width, "height": rows}
        shot = self._mss.grab(region)
        return Image.frombuffer("RGB", shot.size, shot.raw, "raw", "BGRX", 0, 1)

    def grab_shrunk(self, max_side: int = MAX_SIDE) -> Image.Image:
        """The screen (or the monitor `aim` picked), longest side at most `max_side` px (aspect
        kept, never enlarged), grabbed band by band (BAND_ROWS) so a capture never holds a
        full-size copy."""
        width, height = self.size
        scale = min(1.0, max_side / max(width, height))
        out = Image.new("RGB", (round(width * scale), round(height * scale)))
        for top in range(0, height, BAND_ROWS):
            rows = min(BAND_ROWS, height - top)
            y0, y1 = round(top * scale), round((top + rows) * scale)
            if y1 > y0:
                band = self.grab(top, rows)
                # BOX: each output pixel is the mean of the screen pixels it covers.
                out.paste(band if scale == 1.0 else
                          band.resize((out.width, y1 - y0), Image.Resampling.BOX), (0, y0))
        return out

    def close(self) -> None:
        self._mss.close()


def grab_frame(screen: Screen) -> bytes:
    """One capture as it is sent: the screen, shrunk to MAX_SIDE, as JPEG bytes."""
    return encode_jpeg(screen.grab_shrunk())
