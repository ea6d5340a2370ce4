"""Screen grab (mss) and the frame's shrink + JPEG encoding."""

from __future__ import annotations

import io
import os
import sys

from PIL import Image

# Longest side of a sent frame. 1280 px keeps screen text legible for a human reviewer, and is
# well above the model's letterbox input (224-384 px); JPEG q80 makes a 1920x1080 desktop about
# 100-250 KB. Measured in bench/pipeline.py.
MAX_SIDE = 1280
JPEG_QUALITY = 80


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


def encode_jpeg(image: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    """JPEG bytes of an RGB image (no EXIF or other metadata is written)."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


class Screen:
    """mss grabber kept open between captures (opening it costs more than a grab).

    Raises NoDisplayError when there is no screen to open."""

    def __init__(self) -> None:
        import mss

        check_display()
        try:
            self._mss = getattr(mss, "MSS", mss.mss)()  # mss >= 10 renamed the class
            self._monitor = self._mss.monitors[0]  # all screens together
        except Exception as exc:  # noqa: BLE001 - mss raises several kinds for "no display"
            raise NoDisplayError(f"no display: cannot open the screen ({exc})") from exc

    def grab(self) -> Image.Image:
        """The whole screen as an RGB image at its native size (e.g. 1920x1080)."""
        shot = self._mss.grab(self._monitor)
        return Image.frombuffer("RGB", shot.size, shot.bgra, "raw", "BGRX", 0, 1)

    def close(self) -> None:
        self._mss.close()


def grab_frame(screen: Screen) -> bytes:
    """One capture as it is sent: the screen, shrunk to MAX_SIDE, as JPEG bytes."""
    return encode_jpeg(shrink(screen.grab()))
