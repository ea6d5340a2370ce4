"""Model artifacts: `weights.safetensors` + `meta.json`, written atomically, verified on load.

A model directory holds everything needed to rebuild the network and its preprocessing, and
nothing executable: safetensors cannot carry code (unlike a pickled Learner), and `meta.json`
records the sha256 of the weights so a modified or half-written file is refused instead of
silently classifying with the wrong numbers. The ONNX file is derived from the weights
(`ml.onnx_export`) and is never trusted unless it records the same weights sha256.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import torch

from ml.backbones import ScreenNet, build_model
from ml.transforms import IMAGENET_MEAN, IMAGENET_STD

WEIGHTS_FILE = "weights.safetensors"
META_FILE = "meta.json"
FORMAT_VERSION = 1


class ModelArtifactError(Exception):
    """A model directory is missing, incomplete, unreadable or does not match its meta.json."""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_version(prefix: str = "m") -> str:
    """A sortable, human-readable version id, e.g. m20261122-101502-3fa2."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{prefix}{stamp}-{os.urandom(2).hex()}"

# The letterbox side of a model trained from ImageNet weights, unless told otherwise (each
# model records its own in meta.json).
DEFAULT_INPUT_SIZE = 224


@dataclass
class ModelMeta:
    version: str
    arch: str
    classes: list[str]
    input_size: int = DEFAULT_INPUT_SIZE
    mean: list[float] = field(default_factory=lambda: list(IMAGENET_MEAN))
    std: list[float] = field(default_factory=lambda: list(IMAGENET_STD))
    temperature: float = 1.0
    threshold: float = 0.6  # confidence under which a frame goes to the review queue
    metrics: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)  # training-data summary
    created: str = field(default_factory=utc_now)
    sha256: str = ""  # of WEIGHTS_FILE; filled in by save_model
    dropout: float = 0.25
    embed_dim: int = 0
    format: int = FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ModelMeta:
        known = {f.name for f in dataclasses.fields(cls)}
        missing = [name for name in ("version", "arch", "classes", "sha256") if name not in raw]
        if missing:
            raise ModelArtifactError(f"meta.json lacks required field(s): {', '.join(missing)}")
        meta = cls(**{k: v for k, v in raw.items() if k in known})
        if not meta.classes or not all(isinstance(c, str) for c in meta.classes):
            raise ModelArtifactError("meta.json: 'classes' must be a non-empty list of codes")
        return meta


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Write via a temp file in the same directory + fsync + os.replace (all or nothing)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_weights(model: ScreenNet, path: Path) -> str:
    from safetensors.torch import save

    state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    atomic_write_bytes(path, save(state, metadata={"arch": model.arch}))
    return sha256_file(path)


def _write_dir(model: ScreenNet, meta: ModelMeta, target: Path, export_onnx: bool) -> ModelMeta:
    saved = dataclasses.replace(meta, classes=list(meta.classes), arch=model.arch,
                                dropout=model.dropout, embed_dim=model.embed_dim)
    if len(saved.classes) != model.num_classes:
        raise ValueError(f"meta has {len(saved.classes)} classes, model {model.num_classes}")
    saved.sha256 = _write_weights(model, target / WEIGHTS_FILE)
    # meta.json goes last: it is the commit point that names the weights' checksum.
    atomic_write_bytes(target / META_FILE, json.dumps(saved.to_dict(), indent=2).encode())
    if export_onnx:
        from ml.onnx_export import export_onnx_next_to

        export_onnx_next_to(model, saved, target)
    return saved


def save_model(model: ScreenNet, meta: ModelMeta, out_dir: Path, *,
               export_onnx: bool = True) -> Path:
    """Save `model` + `meta` to `out_dir` atomically; returns the directory.

    A new directory is assembled beside its final name and renamed into place, so readers see
    either nothing or a complete model. Over an existing directory each file is replaced
    atomically, meta.json last, so a crash midway leaves a directory that `load_model` refuses.
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


def read_meta(model_dir: Path) -> ModelMeta:
    """The parsed meta.json of `model_dir` (no weights check; `load_model` does that)."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise ModelArtifactError(f"model directory {model_dir} does not exist")
    meta_path = model_dir / META_FILE
    if not meta_path.is_file():
        raise ModelArtifactError(f"{model_dir} is not a model directory: no {META_FILE}")
    try:
        raw = json.loads(meta_path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelArtifactError(f"{meta_path} is unreadable: {exc}") from exc
    if not isinstance(raw, dict):
        raise ModelArtifactError(f"{meta_path} must hold a JSON object")
    try:
        return ModelMeta.from_dict(raw)
    except (TypeError, ModelArtifactError) as exc:
        raise ModelArtifactError(f"{meta_path} is malformed: {exc}") from exc


def verify_weights(model_dir: Path, meta: ModelMeta) -> Path:
    """Path of the weights file after checking its sha256 against meta.json."""
    weights = Path(model_dir) / WEIGHTS_FILE
    if not weights.is_file():
        raise ModelArtifactError(f"{model_dir} has no {WEIGHTS_FILE}")
    actual = sha256_file(weights)
    if actual != meta.sha256:
        raise ModelArtifactError(
            f"{weights} does not match {META_FILE}: sha256 {actual[:12]}... != recorded "
            f"{meta.sha256[:12]}...; the model was modified or is corrupt, refusing to load it")
    return weights


def load_model(model_dir: Path) -> tuple[ScreenNet, ModelMeta]:
    """Rebuild the network from `model_dir`, refusing any mismatch with a ModelArtifactError."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    meta = read_meta(Path(model_dir))
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
    return model.eval(), meta


def copy_state(model: ScreenNet) -> dict[str, torch.Tensor]:
    """A detached copy of the state dict (used to keep the best epoch in memory)."""
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


REPO_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "base"


def resolve_model_dir(path: str | os.PathLike | None = None) -> Path:
    """The model to use: `path`, else $TIMENET_MODEL_DIR, else the shipped `models/base`."""
    if path:
        return Path(path)
    env = os.environ.get("TIMENET_MODEL_DIR", "").strip()
    if env:
        return Path(env)
    if (REPO_MODEL_DIR / META_FILE).is_file():
        return REPO_MODEL_DIR
    raise ModelArtifactError(
        f"no model found: pass --model DIR, set TIMENET_MODEL_DIR, or ship one at {REPO_MODEL_DIR}")
