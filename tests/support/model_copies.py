"""Copies of a model artifact with other meta.json values, for tests that need, say, a model
whose review threshold sends every frame to review. meta.json is the only place a model's
threshold lives, so a test changes it there, never on the database row."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from timenet_core.files import atomic_write


def copy_with_threshold(model_dir: Path, out_dir: Path, threshold: float) -> Path:
    """`model_dir` copied to `out_dir` with meta.json's `threshold` set; returns `out_dir`.

    The weights (and so their sha256 and the ONNX sidecar) are unchanged."""
    shutil.copytree(model_dir, out_dir)
    meta_path = Path(out_dir) / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["threshold"] = threshold
    atomic_write(meta_path, json.dumps(meta, indent=2))
    return Path(out_dir)
