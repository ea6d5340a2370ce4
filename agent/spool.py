"""The spool: frames waiting on disk until the server has accepted them.

Each frame is two files, `<utc-ns>-<uuid>.jpg` and its metadata `<same>.json`; the `.json` is the
commit marker: written last (so replay never sees half a frame) and removed first (so a crash
between the two removals leaves only a stray `.jpg`, never a `.json` without its image).
Frames are replayed in name order, which is capture order.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from timenet_core.files import atomic_write

REJECTED = "rejected"  # frames the server refused for good, kept with the reason


@dataclass
class Spool:
    """A spool directory; `rejected/` beside the waiting frames holds the refused ones."""

    directory: Path

    def __post_init__(self) -> None:
        self.directory = Path(self.directory)
        (self.directory / REJECTED).mkdir(parents=True, exist_ok=True)

    def put(self, jpeg: bytes, meta_json: str) -> Path:
        """Store one frame; returns the path of its `.json` (the handle the other calls take).
        Raises OSError (e.g. disk full) with nothing half-written left behind."""
        stem = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        atomic_write(self.directory / f"{stem}.jpg", jpeg)
        # The .json lands last: a frame is complete (and visible to replay) only once it exists.
        return atomic_write(self.directory / f"{stem}.json", meta_json)

    def pending(self) -> list[Path]:
        """The waiting frames' `.json` paths, oldest first."""
        return sorted(self.directory.glob("*.json"))

    def load(self, meta_path: Path) -> tuple[bytes, str]:
        """(JPEG bytes, metadata JSON) of a waiting frame. Raises OSError if it is gone."""
        return meta_path.with_suffix(".jpg").read_bytes(), meta_path.read_text()

    def remove(self, meta_path: Path) -> None:
        """Forget a frame the server has stored: the commit marker first, then the image."""
        meta_path.unlink(missing_ok=True)
        meta_path.with_suffix(".jpg").unlink(missing_ok=True)

    def reject(self, meta_path: Path, reason: str) -> None:
        """Move a refused frame to `rejected/` with `<stem>.reason.txt`, out of the replay."""
        target = self.directory / REJECTED
        atomic_write(target / f"{meta_path.stem}.reason.txt", reason)
        for path in (meta_path, meta_path.with_suffix(".jpg")):  # the marker leaves first
            if path.exists():
                os.replace(path, target / path.name)
