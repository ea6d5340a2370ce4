"""Model artifacts: save and rebuild a `ScreenNet` (`weights.safetensors` + `meta.json`).

A model directory holds everything needed to rebuild the network and its preprocessing, and
nothing executable: safetensors cannot carry code (unlike a pickled Learner), and `meta.json`
records the sha256 of the weights, which `load_model` verifies before use. The ONNX file is
derived from the weights (`ml.onnx_export`) and is never trusted unless it records the same
weights sha256. Reading meta.json and verifying the weights need no torch: see `ml.meta`
(its names are re-exported here for callers that save and load).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from pathlib import Path

import torch

from ml.backbones import ScreenNet, build_model
from ml.meta import (
    DEFAULT_INPUT_SIZE,
    DEFAULT_TEMPERATURE,
    DEFAULT_THRESHOLD,
    META_FILE,
    REPO_MODEL_DIR,
    WEIGHTS_FILE,
    ModelArtifactError,
    ModelMeta,
    WeightsMismatchError,
    new_version,
    read_meta,
    resolve_model_dir,
    sha256_file,
    utc_now,
    verify_weights,
)
from ml.onnx_export import export_onnx_next_to
from timenet_core.files import atomic_write

__all__ = [
    "DEFAULT_INPUT_SIZE", "DEFAULT_TEMPERATURE", "DEFAULT_THRESHOLD", "META_FILE",
    "REPO_MODEL_DIR", "WEIGHTS_FILE", "ModelArtifactError", "ModelMeta", "WeightsMismatchError",
    "copy_state", "load_model", "new_version", "read_meta", "resolve_model_dir", "save_model",
    "sha256_file", "utc_now", "verify_weights",
]


def _write_weights(model: ScreenNet, path: Path) -> str:
    from safetensors.torch import save

    state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    atomic_write(path, save(state, metadata={"arch": model.arch}))
    return sha256_file(path)


def _write_dir(model: ScreenNet, meta: ModelMeta, target: Path, export_onnx: bool) -> ModelMeta:
    saved = dataclasses.replace(meta, classes=list(meta.classes), arch=model.arch,
                                dropout=model.dropout, embed_dim=model.embed_dim)
    if len(saved.classes) != model.num_classes:
        raise ValueError(f"meta has {len(saved.classes)} classes, model {model.num_classes}")
    saved.sha256 = _write_weights(model, target / WEIGHTS_FILE)
    # meta.json goes last: it is the commit point that names the weights' checksum.
    atomic_write(target / META_FILE, saved.to_json())
    if export_onnx:
        export_onnx_next_to(model, saved, target)
    return saved


def save_model(model: ScreenNet, meta: ModelMeta, out_dir: Path, *,
               export_onnx: bool = True) -> Path:
    """Save `model` + `meta` to `out_dir` atomically; returns the directory.

    A new directory is assembled beside its final name and renamed into place, so readers see
    either nothing or a complete model. Over an existing directory each file is replaced
    atomically, meta.json last, so a crash midway leaves a directory that `load_model` refuses.
    Raises ValueError when `meta.classes` does not fit the model's head.
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    model = model.eval()
    if out_dir.exists():
        (out_dir / "model.onnx.json").unlink(missing_ok=True)  # stale derivative goes first
        _write_dir(model, meta, out_dir, export_onnx)
        return out_dir
    staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.", suffix=".tmp"))
    try:
        _write_dir(model, meta, staging, export_onnx)
        os.replace(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir


def build_from_weights(model_dir: Path, meta: ModelMeta) -> ScreenNet:
    """The network `meta` describes with the weights of `model_dir` (verified again here).

    Raises WeightsMismatchError when the weights differ from meta.json's sha256, and
    ModelArtifactError when they do not fit the architecture.
    """
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    weights = verify_weights(Path(model_dir), meta)
    try:
        model = build_model(meta.arch, len(meta.classes), imagenet=False, dropout=meta.dropout)
    except ValueError as exc:
        raise ModelArtifactError(f"{model_dir}: {exc}") from exc
    try:
        model.load_state_dict(load_file(str(weights), device="cpu"), strict=True)
    except (SafetensorError, RuntimeError, OSError) as exc:
        raise ModelArtifactError(f"{weights} does not fit a {meta.arch} with "
                                 f"{len(meta.classes)} classes: {exc}") from exc
    return model.eval()


def load_model(model_dir: Path) -> tuple[ScreenNet, ModelMeta]:
    """Rebuild the network from `model_dir` after verifying its weights' sha256.

    Raises ModelArtifactError (WeightsMismatchError for modified weights) on any mismatch.
    """
    meta = read_meta(Path(model_dir))
    return build_from_weights(Path(model_dir), meta), meta


def copy_state(model: ScreenNet) -> dict[str, torch.Tensor]:
    """A detached copy of the state dict (used to keep the best epoch in memory)."""
    return {k: v.detach().clone() for k, v in model.state_dict().items()}
