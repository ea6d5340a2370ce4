"""The serving path: `Predictor.load(model_dir).predict(images)`.

ONNX Runtime on the CPU by default (several times faster than torch eager for these CNNs at
batch 1), torch as the fallback. Both run exactly the eval preprocessing from `ml.preprocess`
and apply the model's temperature to the logits, so the two backends agree to ~1e-5.

With the ONNX backend this module imports neither torch nor fastai: meta.json is read and the
weights' sha256 verified by `ml.meta`, images are letterboxed by `ml.preprocess` (numpy +
Pillow). Torch is imported only for the torch backend, and once when a model has no ONNX file
yet (`ml.onnx_export.ensure_onnx` exports it on that first use).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from ml.calibrate import softmax, uncertainty
from ml.meta import ModelMeta, read_verified_meta
from ml.onnx_export import ensure_onnx
from ml.preprocess import MAX_PIXELS, ImageError, open_image, preprocess_batch

__all__ = ["BACKENDS", "MAX_PIXELS", "ImageError", "Prediction", "Predictor", "default_threads",
           "open_image"]
log = logging.getLogger(__name__)

BACKENDS = ("auto", "onnx", "torch")
# A backend maps a (N, 3, S, S) float32 batch to (logits (N, C), embeddings (N, D)) float32.
Runner = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]


def default_threads() -> int:
    """TIMENET_ML_THREADS, else the CPU count capped at 4 (more rarely helps batch-1 CNNs)."""
    raw = os.environ.get("TIMENET_ML_THREADS", "")
    if raw.strip():
        try:
            return max(1, int(raw))
        except ValueError as exc:
            raise ValueError(f"TIMENET_ML_THREADS must be an integer, got {raw!r}") from exc
    return max(1, min(4, os.cpu_count() or 1))


@dataclass
class Prediction:
    probs: np.ndarray  # (N, C) calibrated float32
    embeddings: np.ndarray  # (N, D) float32
    classes: list[str]

    @property
    def codes(self) -> list[str]:
        return [self.classes[i] for i in self.probs.argmax(axis=1)] if len(self.probs) else []

    @property
    def confidences(self) -> np.ndarray:
        return self.probs.max(axis=1) if len(self.probs) else np.zeros(0, dtype=np.float32)

    def uncertainty(self, strategy: str = "margin") -> np.ndarray:
        return uncertainty(self.probs, strategy)

    def top_k(self, i: int, k: int = 3) -> list[tuple[str, float]]:
        order = np.argsort(-self.probs[i], kind="stable")[:k]
        return [(self.classes[j], float(self.probs[i, j])) for j in order]

    def __len__(self) -> int:
        return len(self.probs)


class _OnnxRunner:
    def __init__(self, path: Path, threads: int) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # Idle worker threads otherwise spin-wait after each run and steal the CPU that the
        # next image's decoding and letterboxing need (measured: 5x slower end to end on 2 cores).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def __call__(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        logits, embedding = self.session.run(["logits", "embedding"], {"input": batch})
        return logits, embedding


class _TorchRunner:
    def __init__(self, model, threads: int | None) -> None:
        import torch

        if threads:
            torch.set_num_threads(threads)
        self.model = model.eval()

    def __call__(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        import torch

        with torch.inference_mode():
            embedding = self.model.features(torch.from_numpy(batch))
            logits = self.model.head(embedding)
        return logits.numpy(), embedding.numpy()


def _rebuild(model_dir: Path, meta: ModelMeta):
    """The torch network of `model_dir` (imports torch: the fallback and first-export path)."""
    from ml.artifacts import build_from_weights

    return build_from_weights(model_dir, meta)


class Predictor:
    """A loaded model ready to classify PIL images; cheap to call, safe to keep per worker."""

    def __init__(self, meta: ModelMeta, runner: Runner, backend: str, model_dir: Path) -> None:
        self.meta = meta
        self.classes = list(meta.classes)
        self.version = meta.version
        self.backend = backend
        self.model_dir = model_dir
        self._runner = runner

    @classmethod
    def load(cls, model_dir: str | Path, *, backend: str = "auto",
             threads: int | None = None) -> Predictor:
        """Load and verify `model_dir`; backend "auto" tries ONNX Runtime, then torch.

        Raises ModelArtifactError (ml.meta) for a missing, malformed or modified model, and
        ValueError for an unknown backend. The ONNX backend imports no torch unless the model
        has no ONNX file yet (then it is exported once, with torch).
        """
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
        model_dir = Path(model_dir)
        meta = read_verified_meta(model_dir)
        threads = threads or default_threads()
        if backend in ("auto", "onnx"):
            try:
                path = ensure_onnx(model_dir, meta, lambda: _rebuild(model_dir, meta))
                return cls(meta, _OnnxRunner(path, threads), "onnx", model_dir)
            except Exception as exc:  # noqa: BLE001 - "auto" means: any ONNX trouble -> torch
                if backend == "onnx":
                    raise
                log.warning("ONNX Runtime unavailable for %s (%s); using torch", model_dir, exc)
        return cls(meta, _TorchRunner(_rebuild(model_dir, meta), threads), "torch", model_dir)

    def preprocess(self, images: Sequence[Image.Image]) -> np.ndarray:
        """The model's own eval preprocessing: (N, 3, S, S) float32, S = meta.input_size px."""
        return preprocess_batch(list(images), self.meta.input_size, tuple(self.meta.mean),
                                tuple(self.meta.std))

    def run_raw(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The backend alone on a preprocessed (N, 3, S, S) float32 batch.

        Returns uncalibrated logits (N, C) and embeddings (N, D). Public so a benchmark can time
        the backend without preprocessing; `predict` is the product path.
        """
        return self._runner(batch)

    def logits_and_embeddings(self, images: Sequence[Image.Image],
                              batch_size: int = 16) -> tuple[np.ndarray, np.ndarray]:
        """Raw (uncalibrated) logits (N, C) and embeddings (N, D), batched."""
        logits, embeddings = [], []
        for start in range(0, len(images), batch_size):
            out_logits, out_embedding = self.run_raw(
                self.preprocess(images[start:start + batch_size]))
            logits.append(out_logits)
            embeddings.append(out_embedding)
        if not logits:
            return (np.zeros((0, len(self.classes)), np.float32),
                    np.zeros((0, self.meta.embed_dim), np.float32))
        return np.concatenate(logits), np.concatenate(embeddings)

    def predict(self, images: Sequence[Image.Image], *, batch_size: int = 16) -> Prediction:
        """Calibrated probabilities, top class and embedding for each image (any size or mode)."""
        logits, embeddings = self.logits_and_embeddings(list(images), batch_size)
        probs = softmax(logits, self.meta.temperature).astype(np.float32)
        return Prediction(probs, embeddings.astype(np.float32, copy=False), list(self.classes))

    def __repr__(self) -> str:
        return (f"Predictor(version={self.version!r}, backend={self.backend!r}, "
                f"classes={len(self.classes)})")
