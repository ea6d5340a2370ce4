"""ONNX export of a saved model, tied to the exact weights it came from.

The ONNX graph is a derivative: git ships only weights + meta.json, so a missing ONNX file is
(re)exported on first use. Each ONNX file has a sidecar JSON naming the sha256 of the weights it
was exported from and its own sha256; a file whose sidecar does not match the verified weights
is ignored and rebuilt, never used. When the model directory is read-only, the export goes to a
cache directory keyed by the weights' sha256.

Finding and checking an ONNX file needs no torch (the serving path imports this module);
exporting one does, so torch is imported inside `export_onnx` only.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ml.meta import ModelMeta, sha256_file
from timenet_core.files import atomic_write

if TYPE_CHECKING:
    from ml.backbones import ScreenNet

log = logging.getLogger(__name__)

ONNX_FILE = "model.onnx"
OPSET = 17


def cache_dir() -> Path:
    """Where derived files go when a model directory is read-only."""
    base = os.environ.get("TIMENET_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "timenet")
    return Path(base) / "onnx"


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def matching_onnx(path: Path, weights_sha256: str) -> bool:
    """True when `path` exists and its sidecar proves it came from these weights, untouched."""
    side = _sidecar(path)
    if not (path.is_file() and side.is_file()):
        return False
    try:
        record = json.loads(side.read_text())
    except (OSError, json.JSONDecodeError):
        return False
    return (record.get("weights_sha256") == weights_sha256
            and record.get("onnx_sha256") == sha256_file(path))


def find_onnx(model_dir: Path, meta: ModelMeta) -> Path | None:
    """A verified ONNX file for `meta`'s weights, beside them or in the cache; None if none."""
    for candidate in (Path(model_dir) / ONNX_FILE, cache_dir() / f"{meta.sha256}.onnx"):
        if matching_onnx(candidate, meta.sha256):
            return candidate
    return None


def _two_outputs(model: ScreenNet):
    """`model` as a module returning (logits, embedding); temperature stays outside (in meta)."""
    from torch import nn

    class TwoOutputs(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, x):
            embedding = self.model.features(x)
            return self.model.head(embedding), embedding

    return TwoOutputs()


def export_onnx(model: ScreenNet, meta: ModelMeta, path: Path) -> Path:
    """Export `model` to `path` (dynamic batch; outputs logits, embedding) with its sidecar.

    Input (N, 3, S, S) float32 with S = meta.input_size. Imports torch. Raises whatever the
    exporter raises (the temp file is removed) and OSError when `path` is not writable.
    """
    import torch

    path.parent.mkdir(parents=True, exist_ok=True)
    dummy = torch.zeros(1, 3, meta.input_size, meta.input_size)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        # The exporter writes to a file name itself, so it cannot go through atomic_write; the
        # temp file + os.replace below gives the same all-or-nothing result.
        with warnings.catch_warnings(), torch.inference_mode(False):
            warnings.simplefilter("ignore")  # the legacy exporter is chatty about deprecations
            torch.onnx.export(
                _two_outputs(model.eval()), (dummy,), tmp, input_names=["input"],
                output_names=["logits", "embedding"], opset_version=OPSET, dynamo=False,
                dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"},
                              "embedding": {0: "batch"}})
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    record = {"weights_sha256": meta.sha256, "onnx_sha256": sha256_file(path), "opset": OPSET,
              "torch": torch.__version__}
    atomic_write(_sidecar(path), json.dumps(record, indent=2))
    return path


def export_onnx_next_to(model: ScreenNet, meta: ModelMeta, model_dir: Path) -> Path | None:
    """Export beside the weights at save time; a failure is logged, not fatal (torch serves)."""
    try:
        return export_onnx(model, meta, Path(model_dir) / ONNX_FILE)
    except Exception as exc:  # noqa: BLE001 - any exporter failure leaves the torch path working
        log.warning("ONNX export failed for %s (%s); the torch backend will serve", model_dir, exc)
        return None


def ensure_onnx(model_dir: Path, meta: ModelMeta, load_model: Callable[[], ScreenNet]) -> Path:
    """A verified ONNX file for these weights: beside them, in the cache, or freshly exported.

    `meta` must come from verified weights (`ml.meta.read_verified_meta`). `load_model` is
    called only when no matching ONNX file exists: that first use rebuilds the network and
    exports it, which imports torch (seconds); every later load finds the file and stays
    torch-free.
    """
    found = find_onnx(model_dir, meta)
    if found is not None:
        return found
    model = load_model()
    if os.access(model_dir, os.W_OK):
        try:
            return export_onnx(model, meta, Path(model_dir) / ONNX_FILE)
        except OSError as exc:
            log.info("cannot write ONNX beside %s (%s); using the cache", model_dir, exc)
    return export_onnx(model, meta, cache_dir() / f"{meta.sha256}.onnx")
