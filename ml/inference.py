"""The serving path: `Predictor.load(model_dir).predict(images)`.

ONNX Runtime on the CPU by default (several times faster than torch eager for these CNNs at
batch 1), torch as the fallback. Both run exactly the eval preprocessing from `ml.transforms`
and apply the model's temperature to the logits, so the two backends agree to ~1e-5.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from ml.artifacts import ModelMeta, load_model
from ml.calibrate import softmax, uncertainty
from ml.transforms import preprocess

log = logging.getLogger(__name__)

BACKENDS = ("auto", "onnx", "torch")
# Decompression-bomb guard: a 8K screen is 33 MP; anything past 100 MP is not a screenshot.
MAX_PIXELS = 100_000_000


class ImageError(ValueError):
    """An image that cannot be decoded (corrupt, truncated, not an image, absurdly large)."""


def default_threads() -> int:
    """TIMENET_ML_THREADS, else the CPU count capped at 4 (more rarely helps batch-1 CNNs)."""
    raw = os.environ.get("TIMENET_ML_THREADS", "")
    if raw.strip():
        try:
            return max(1, int(raw))
        except ValueError as exc:
            raise ValueError(f"TIMENET_ML_THREADS must be an integer, got {raw!r}") from exc
    return max(1, min(4, os.cpu_count() or 1))


def open_image(source: str | os.PathLike | bytes | io.IOBase, *,
               draft_size: int | None = None) -> Image.Image:
    """Decode an image fully (so truncation is caught here), or raise ImageError.

    `draft_size` lets JPEG decode at a reduced scale (DCT scaling) when only a small square of
    that size is needed, which is much cheaper for large screenshots.
    """
    name = "<bytes>" if isinstance(source, bytes | bytearray) else str(source)
    handle = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    try:
        image = Image.open(handle)
        if image.width * image.height > MAX_PIXELS:
            raise ImageError(f"{name}: {image.width}x{image.height} is too large to be a screen")
        if draft_size and image.format == "JPEG":
            image.draft("RGB", (draft_size, draft_size))
        image.load()
    except ImageError:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, EOFError) as exc:
        raise ImageError(f"{name}: cannot read image ({exc})") from exc
    return image


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


class Predictor:
    """A loaded model ready to classify PIL images; cheap to call, safe to keep per worker."""

    def __init__(self, meta: ModelMeta, runner, backend: str, model_dir: Path) -> None:
        self.meta = meta
        self.classes = list(meta.classes)
        self.version = meta.version
        self.backend = backend
        self.model_dir = model_dir
        self._run = runner

    @classmethod
    def load(cls, model_dir: str | Path, *, backend: str = "auto",
             threads: int | None = None) -> Predictor:
        """Load and verify `model_dir`; backend "auto" tries ONNX Runtime, then torch."""
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
        model_dir = Path(model_dir)
        model, meta = load_model(model_dir)
        threads = threads or default_threads()
        if backend in ("auto", "onnx"):
            try:
                from ml.onnx_export import ensure_onnx

                runner = _OnnxRunner(ensure_onnx(model, meta, model_dir), threads)
                return cls(meta, runner, "onnx", model_dir)
            except Exception as exc:  # noqa: BLE001 - "auto" means: any ONNX trouble -> torch
                if backend == "onnx":
                    raise
                log.warning("ONNX Runtime unavailable for %s (%s); using torch", model_dir, exc)
        return cls(meta, _TorchRunner(model, threads), "torch", model_dir)

    def logits_and_embeddings(self, images: Sequence[Image.Image],
                              batch_size: int = 16) -> tuple[np.ndarray, np.ndarray]:
        """Raw (uncalibrated) logits and embeddings, batched."""
        logits, embeddings = [], []
        mean, std, size = tuple(self.meta.mean), tuple(self.meta.std), self.meta.input_size
        for start in range(0, len(images), batch_size):
            chunk = images[start:start + batch_size]
            batch = np.stack([preprocess(image, size, mean, std) for image in chunk])
            out_logits, out_embedding = self._run(batch)
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
