"""The spool: frames waiting on disk until the server has accepted them.

Each frame is two files, `<utc-ns>-<uuid>.jpg` and its metadata `<same>.json`; the `.json` is the
commit marker: written last (so replay never sees half a frame) and removed first (so a crash
between the two removals leaves only a stray `.jpg`, never a `.json` without its image).
Frames are replayed in name order, which is capture order.

The spool is bounded (`max_frames`, `max_bytes`): when it is full, the NEWEST capture is refused
(`SpoolFull`) and the frames already waiting are kept. Why refuse the newest rather than drop
the oldest: a frame once spooled is never deleted by the agent (no silent loss of committed
frames, no deletion racing a replay), and the gap is one contiguous stretch at the end of the
outage, which the runner reports with a warning when it starts and when it ends.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from timenet_core.files import atomic_write

REJECTED = "rejected"  # frames the server refused for good, kept with the reason
# Defaults: at 10 s a frame and ~150 KB a frame, 1 GiB is about 19 hours of captures offline.
DEFAULT_MAX_FRAMES = 20_000
DEFAULT_MAX_BYTES = 1024 * 1024 * 1024


class SpoolFull(Exception):
    """The spool holds `max_frames` frames or `max_bytes` bytes: this capture is not kept."""


@dataclass
class Spool:
    """A spool directory; `rejected/` beside the waiting frames holds the refused ones."""

    directory: Path
    max_frames: int | None = DEFAULT_MAX_FRAMES  # None: unbounded
    max_bytes: int | None = DEFAULT_MAX_BYTES  # JPEG + JSON bytes; None: unbounded
    _usage: list[int] | None = field(default=None, init=False, repr=False)  # [frames, bytes]

    def __post_init__(self) -> None:
        self.directory = Path(self.directory)
        (self.directory / REJECTED).mkdir(parents=True, exist_ok=True)

    def usage(self) -> tuple[int, int]:
        """(frames, bytes) waiting; counted from disk once, then kept up to date by put/remove/
        reject (a scan per capture would cost a stat per waiting file)."""
        if self._usage is None:
            frames = self.pending()
            self._usage = [len(frames), sum(frame_bytes(p) for p in frames)]
        return self._usage[0], self._usage[1]

    def room_for(self, size: int) -> bool:
        """Whether a frame of `size` bytes fits under both bounds."""
        frames, used = self.usage()
        return ((self.max_frames is None or frames < self.max_frames)
                and (self.max_bytes is None or used + size <= self.max_bytes))

    def put(self, jpeg: bytes, meta_json: str) -> Path:
        """Store one frame; returns the path of its `.json` (the handle the other calls take).
        Raises SpoolFull (nothing written) or OSError (e.g. disk full) with nothing
        half-written left behind."""
        meta = meta_json.encode("utf-8")
        size = len(jpeg) + len(meta)
        if not self.room_for(size):
            frames, used = self.usage()
            raise SpoolFull(f"spool full: {frames} frames, {used / 2**20:.1f} MiB waiting "
                            f"(limits {self.max_frames} frames, "
                            f"{(self.max_bytes or 0) / 2**20:.0f} MiB)")
        stem = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        atomic_write(self.directory / f"{stem}.jpg", jpeg)
        # The .json lands last: a frame is complete (and visible to replay) only once it exists.
        handle = atomic_write(self.directory / f"{stem}.json", meta)
        self._count(+1, size)
        return handle

    def _count(self, frames: int, size: int) -> None:
        if self._usage is not None:
            self._usage[0] = max(0, self._usage[0] + frames)
            self._usage[1] = max(0, self._usage[1] + size)

    def pending(self) -> list[Path]:
        """The waiting frames' `.json` paths, oldest first."""
        return sorted(self.directory.glob("*.json"))

    def load(self, meta_path: Path) -> tuple[bytes, str]:
        """(JPEG bytes, metadata JSON) of a waiting frame. Raises OSError if it is gone."""
        return meta_path.with_suffix(".jpg").read_bytes(), meta_path.read_text()

    def remove(self, meta_path: Path) -> None:
        """Forget a frame the server has stored: the commit marker first, then the image."""
        if meta_path.exists():
            self._count(-1, -frame_bytes(meta_path))
        meta_path.unlink(missing_ok=True)
        meta_path.with_suffix(".jpg").unlink(missing_ok=True)

    def reject(self, meta_path: Path, reason: str) -> None:
        """Move a refused frame to `rejected/` with `<stem>.reason.txt`, out of the replay."""
        target = self.directory / REJECTED
        if meta_path.exists():
            self._count(-1, -frame_bytes(meta_path))
        atomic_write(target / f"{meta_path.stem}.reason.txt", reason)
        for path in (meta_path, meta_path.with_suffix(".jpg")):  # the marker leaves first
            if path.exists():
                os.replace(path, target / path.name)


def frame_bytes(meta_path: Path) -> int:
    """Bytes of a waiting frame (its .json and .jpg; a missing one counts 0)."""
    total = 0
    for path in (meta_path, meta_path.with_suffix(".jpg")):
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total
