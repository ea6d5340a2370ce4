"""A small but real model artifact for tests that need to classify screens.

`build_small_model` fits a head (ml.train.retrain_head) over the offline ImageNet
efficientnet_lite0 backbone on synthetic screens: a complete artifact (safetensors weights,
meta.json, ONNX) that classifies synthetic `code`/`terminal`/`youtube` screens correctly. It is
built once per test session (a few seconds) and copied for later callers.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ml.artifacts import ModelArtifactError, read_meta
from ml.data import scan_image_folder
from tests.support.screens import make_synthetic_screens

SMALL_KINDS = ("code", "terminal", "youtube")
_built: dict[tuple, Path] = {}


def _is_model(path: Path) -> bool:
    try:
        read_meta(path)
    except ModelArtifactError:
        return False
    return True


def _build(out_dir: Path, seed: int, kinds: Sequence[str], per_class: int) -> Path:
    from ml.train import retrain_head

    with tempfile.TemporaryDirectory(prefix="timenet-small-model-") as scratch:
        data = make_synthetic_screens(Path(scratch) / "data", kinds, per_class, seed=seed,
                                      size=(480, 300))
        items = scan_image_folder(data, classes=list(kinds))
        return retrain_head(None, items, list(kinds), out_dir, seed=seed,
                            cache_dir=Path(scratch) / "cache", version=f"small-{seed}",
                            reports=False)


def build_small_model(out_dir: Path, seed: int = 0, kinds: Sequence[str] = SMALL_KINDS,
                      per_class: int = 10) -> Path:
    """A real model artifact at `out_dir` for classes `kinds`; returns `out_dir`.

    Cached per process: the first call trains (seconds), later calls with the same arguments copy
    that directory; an `out_dir` that already holds a model is returned as is.
    """
    out_dir = Path(out_dir)
    if _is_model(out_dir):
        return out_dir
    key = (seed, tuple(kinds), per_class)
    source = _built.get(key)
    if source is None or not _is_model(source):
        # Built in a private directory so a caller deleting its tmp_path cannot break the cache.
        source = Path(tempfile.mkdtemp(prefix="timenet-small-model-cache-")) / "model"
        _build(source, seed, kinds, per_class)
        _built[key] = source
    shutil.copytree(source, out_dir, dirs_exist_ok=True)
    return out_dir


def resized_model(source: Path, out_dir: Path, input_size: int) -> Path:
    """A copy of the model at `source` re-saved for `input_size` px input; returns `out_dir`.

    The backbone pools globally, so the same weights run at any square size; `save_model`
    writes a complete artifact (meta.json with the new size, an ONNX graph exported at it).
    """
    import dataclasses

    from ml.artifacts import load_model, save_model

    model, meta = load_model(source)
    return save_model(model, dataclasses.replace(meta, input_size=input_size), Path(out_dir))
