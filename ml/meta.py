"""Model metadata (`meta.json`) and weights verification, without torch.

A model directory is `weights.safetensors` + `meta.json`. meta.json is the single source of a
model's classes, input size, normalisation, temperature and review threshold; it also records the
sha256 of the weights, so a modified or half-written weights file is refused instead of silently
classifying with the wrong numbers. Everything here is standard library (+ the ImageNet constants
from `ml.preprocess`), so the ONNX serving path can read and verify a model without torch.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ml.preprocess import IMAGENET_MEAN, IMAGENET_STD

WEIGHTS_FILE = "weights.safetensors"
META_FILE = "meta.json"
FORMAT_VERSION = 1

# The defaults a model gets when training had too little data to choose its own (each model
# records the values it uses in meta.json; nothing else in the product may hard-code them).
DEFAULT_INPUT_SIZE = 224  # px: the letterbox side of a model trained from ImageNet weights
DEFAULT_TEMPERATURE = 1.0  # logits / T; 1.0 = uncalibrated
DEFAULT_THRESHOLD = 0.6  # calibrated confidence under which a frame goes to the review queue
DEFAULT_DROPOUT = 0.25  # before the head's final Linear (the seed's)

# The shipped base model, used when neither --model nor $TIMENET_MODEL_DIR names one.
REPO_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "base"


class ModelArtifactError(Exception):
    """A model directory is missing, incomplete, unreadable or does not match its meta.json."""


class WeightsMismatchError(ModelArtifactError):
    """The weights file's sha256 differs from the one meta.json records (modified or corrupt)."""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_version(prefix: str = "m") -> str:
    """A sortable, human-readable version id, e.g. m20261122-101502-3fa2."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{prefix}{stamp}-{os.urandom(2).hex()}"


@dataclass
class ModelMeta:
    """The contents of meta.json; `sha256` is that of WEIGHTS_FILE (filled in on save)."""

    version: str
    arch: str
    classes: list[str]
    input_size: int = DEFAULT_INPUT_SIZE  # px, square letterbox side
    mean: list[float] = field(default_factory=lambda: list(IMAGENET_MEAN))
    std: list[float] = field(default_factory=lambda: list(IMAGENET_STD))
    temperature: float = DEFAULT_TEMPERATURE
    threshold: float = DEFAULT_THRESHOLD
    metrics: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)  # training-data summary
    created: str = field(default_factory=utc_now)
    sha256: str = ""
    dropout: float = DEFAULT_DROPOUT
    embed_dim: int = 0  # D of the (N, D) embedding the body yields
    format: int = FORMAT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ModelMeta:
        """Parse a meta.json object; raises ModelArtifactError on missing or malformed fields."""
        known = {f.name for f in dataclasses.fields(cls)}
        missing = [name for name in ("version", "arch", "classes", "sha256") if name not in raw]
        if missing:
            raise ModelArtifactError(f"meta.json lacks required field(s): {', '.join(missing)}")
        meta = cls(**{k: v for k, v in raw.items() if k in known})
        if not meta.classes or not all(isinstance(c, str) for c in meta.classes):
            raise ModelArtifactError("meta.json: 'classes' must be a non-empty list of codes")
        return meta


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_meta(model_dir: Path) -> ModelMeta:
    """The parsed meta.json of `model_dir` (no weights check; `verify_weights` does that).

    Raises ModelArtifactError when the directory or meta.json is missing or malformed.
    """
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
    """Path of the weights file after checking its sha256 against meta.json.

    Raises ModelArtifactError when the file is missing, WeightsMismatchError when it differs.
    """
    weights = Path(model_dir) / WEIGHTS_FILE
    if not weights.is_file():
        raise ModelArtifactError(f"{model_dir} has no {WEIGHTS_FILE}")
    actual = sha256_file(weights)
    if actual != meta.sha256:
        raise WeightsMismatchError(
            f"{weights} does not match {META_FILE}: sha256 {actual[:12]}... != recorded "
            f"{meta.sha256[:12]}...; the model was modified or is corrupt, refusing to load it")
    return weights


def read_verified_meta(model_dir: Path) -> ModelMeta:
    """meta.json of `model_dir` after verifying the weights it names (see `verify_weights`)."""
    meta = read_meta(model_dir)
    verify_weights(Path(model_dir), meta)
    return meta


def resolve_model_dir(path: str | os.PathLike | None = None) -> Path:
    """The model to use: `path`, else $TIMENET_MODEL_DIR, else the shipped `models/base`.

    Raises ModelArtifactError when none is given and no model is shipped.
    """
    if path:
        return Path(path)
    env = os.environ.get("TIMENET_MODEL_DIR", "").strip()
    if env:
        return Path(env)
    if (REPO_MODEL_DIR / META_FILE).is_file():
        return REPO_MODEL_DIR
    raise ModelArtifactError(
        f"no model found: pass --model DIR, set TIMENET_MODEL_DIR, or ship one at {REPO_MODEL_DIR}")
