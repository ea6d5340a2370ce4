"""The one atomic file-write helper of the project."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path | str, data: bytes | str, mode: int | None = None) -> Path:
    """Write `data` to `path` all or nothing: a temp file in the same directory, fsync, then
    `os.replace`, so a reader (or a crash) never sees half a file.

    `str` data is written as UTF-8. `mode` (e.g. 0o600 for secrets) is applied to the temp file
    before it is renamed, so the final file never exists with wider permissions. Raises OSError
    (disk full, permission denied); the temp file is removed on any failure."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path
