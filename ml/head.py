"""Head-only retraining on cached backbone embeddings: the product's retrain, in seconds.

The backbone (the base model's fine-tuned body, or the ImageNet one) is frozen; each image is
embedded once and the vector cached under the backbone's weights sha256, so a retrain after new
corrections only embeds the new frames. A linear head is then fitted full-batch with L-BFGS
(scipy, one BLAS thread: ~0.25 s of CPU for 2,000 frames): weights and bias are pulled towards
the base model's head (an L2-SP prior), a class with no labels keeps the base model's row
exactly instead of being pushed down, and user-defined classes start from zero. A held-out
check (80/20) calibrates it, chooses the review threshold and feeds the promotion gate; the
result is saved as a full artifact.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import torch
from scipy.optimize import minimize
from threadpoolctl import threadpool_limits

from ml.artifacts import load_model, save_model
from ml.backbones import DEFAULT_ARCH, ScreenNet, build_model
from ml.calibrate import choose_threshold, expected_calibration_error, fit_temperature, softmax
from ml.data import Item, check_labels, split_items, summarize
from ml.inference import Predictor
from ml.meta import (
    DEFAULT_INPUT_SIZE,
    DEFAULT_TEMPERATURE,
    DEFAULT_THRESHOLD,
    ModelMeta,
    new_version,
)
from ml.onnx_export import cache_dir as onnx_cache_dir
from ml.preprocess import ImageError, open_image, preprocess
from ml.reports import confusion_matrix, save_confusion
from timenet_core.files import atomic_write

log = logging.getLogger(__name__)

Embedder = Callable[[list], np.ndarray]


@dataclasses.dataclass
class Backbone:
    model: ScreenNet
    meta: ModelMeta | None  # None: the ImageNet backbone, no base model
    key: str  # identifies the weights, for the embedding cache
    embed: Embedder


def load_backbone(base_model_dir: Path | None, *, threads: int | None = None) -> Backbone:
    """The frozen body of `base_model_dir` (ONNX-fast embeddings), or ImageNet lite0."""
    if base_model_dir is not None:
        model, meta = load_model(Path(base_model_dir))
        predictor: list[Predictor] = []  # opened on first use: a warm retrain embeds nothing

        def embed_onnx(images: list) -> np.ndarray:
            if not predictor:
                predictor.append(Predictor.load(base_model_dir, threads=threads))
            return predictor[0].logits_and_embeddings(images)[1]

        return Backbone(model, meta, meta.sha256, embed_onnx)
    model = build_model(DEFAULT_ARCH, 1, imagenet=True)
    if threads:
        torch.set_num_threads(threads)

    def embed(images: list) -> np.ndarray:
        batch = torch.from_numpy(np.stack([preprocess(im, DEFAULT_INPUT_SIZE) for im in images]))
        with torch.inference_mode():
            return model.features(batch).numpy()

    return Backbone(model, None, "imagenet-efficientnet_lite0", embed)


class EmbeddingCache:
    """One .npy per (backbone, file path, size, mtime): invalidated when a file changes."""

    def __init__(self, root: Path | None, backbone_key: str) -> None:
        base = Path(root) if root else onnx_cache_dir().parent / "embeddings"
        self.root = base / backbone_key[:24]

    def _path(self, image: Path) -> Path:
        stat = image.stat()
        key = f"{image.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
        return self.root / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.npy"

    def get(self, image: Path) -> np.ndarray | None:
        try:
            return np.load(self._path(image))
        except (OSError, ValueError):
            return None

    def put(self, image: Path, vector: np.ndarray) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            target = self._path(image)
            buffer = io.BytesIO()
            np.save(buffer, vector.astype(np.float32))
            atomic_write(target, buffer.getvalue())
        except OSError as exc:  # a read-only cache only costs speed
            log.debug("embedding cache write failed: %s", exc)


def embed_items(backbone: Backbone, items: Sequence[Item], cache: EmbeddingCache, *,
                batch_size: int = 16) -> tuple[np.ndarray, list[Item], list[dict[str, str]]]:
    """Embeddings of readable items (cached), the items kept, and per-file errors."""
    vectors: dict[int, np.ndarray] = {}
    errors: list[dict[str, str]] = []
    todo: list[tuple[int, Path]] = []
    for i, (path, _) in enumerate(items):
        cached = cache.get(Path(path))
        if cached is not None:
            vectors[i] = cached
        else:
            todo.append((i, Path(path)))
    for start in range(0, len(todo), batch_size):
        images, indices = [], []
        for i, path in todo[start:start + batch_size]:
            try:
                # Same decode as the serving path (no JPEG draft), so embeddings match predict().
                images.append(open_image(path))
                indices.append(i)
            except ImageError as exc:
                errors.append({"file": str(path), "error": str(exc)})
        if images:
            for i, vector in zip(indices, backbone.embed(images), strict=True):
                vectors[i] = vector
                cache.put(Path(items[i][0]), vector)
    kept = sorted(vectors)
    if not kept:
        return np.zeros((0, backbone.model.embed_dim), np.float32), [], errors
    matrix = np.stack([vectors[i] for i in kept])
    return matrix.astype(np.float32), [items[i] for i in kept], errors


# L2-SP prior strength (alpha): the loss is the SUM of class-balanced cross-entropies plus
# alpha/2 * ||(W, b) - (W0, b0)||^2, so the prior's weight against the labels does not depend on
# how many labels there are. Chosen on the unseen-layouts pool halved again (its test half never
# used): mean accuracy over 10-80 labels for margin sampling was best at 1e-3 of {1e-3, 3e-3,
# 1e-2, 3e-2, 0.1} (docs/active_learning.md); 1.0 under-fitted (a new class's recall fell to 87%).
# The base head is wrong on ~30% of unseen layouts, so a strong pull towards it costs more than it
# protects; what protects a retrain on few labels is that classes without labels keep the base
# rows exactly and the fit starts from the base head.
DEFAULT_L2 = 1e-3


def _head_loss(theta: np.ndarray, x: np.ndarray, onehot: np.ndarray, sample_w: np.ndarray,
               anchor: np.ndarray, l2: float, frozen: np.ndarray) -> tuple[float, np.ndarray]:
    """Loss and gradient of the L2-SP softmax regression; theta = [W (C*D), b (C)] flattened."""
    c, d = onehot.shape[1], x.shape[1]
    weight, bias = theta[:c * d].reshape(c, d), theta[c * d:]
    logits = x @ weight.T + bias
    logits -= logits.max(axis=1, keepdims=True)
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    delta = theta - anchor
    loss = -float((sample_w * (onehot * log_probs).sum(axis=1)).sum())
    loss += 0.5 * l2 * float(delta @ delta)
    residual = sample_w[:, None] * (np.exp(log_probs) - onehot)  # (N, C) dLoss/dlogits
    grad = l2 * delta
    grad_w = grad[:c * d].reshape(c, d)
    grad_w += residual.T @ x
    grad[c * d:] += residual.sum(axis=0)
    grad_w[frozen] = 0.0  # classes without labels keep the base rows (and bias) exactly
    grad[c * d:][frozen] = 0.0
    return loss, grad


def fit_linear_head(x: np.ndarray, y: np.ndarray, num_classes: int, *, l2: float = DEFAULT_L2,
                    prior: tuple[np.ndarray, np.ndarray] | None = None,
                    init: tuple[np.ndarray, np.ndarray] | None = None,
                    max_iter: int = 500) -> tuple[np.ndarray, np.ndarray]:
    """Class-balanced softmax regression with an L2-SP prior at `prior` (W (C, D), b (C,)).

    x (N, D) float embeddings, y (N,) int class indices < num_classes. Minimises
    sum_i w_i * CE(x_i, y_i) + l2/2 * ||(W, b) - prior||^2, with w_i balancing the classes
    present (sum w_i = N), by full-batch L-BFGS (scipy) in float64. The anchor is the base
    model's head (L2-SP: Li, Grandvalet & Davoine 2018, "Explicit inductive bias for transfer
    learning with convolutional networks"), bias included; the rows of classes with no labels
    are not fitted at all, so their logits stay the base model's. `init`: a warm start (e.g.
    the active head); the problem is strictly convex, so it only saves iterations.
    Returns (W (C, D), b (C,)) float32.
    """
    features = np.asarray(x, dtype=np.float64)
    targets = np.asarray(y, dtype=np.int64)
    c, d = num_classes, features.shape[1]
    if prior is None:
        prior = (np.zeros((c, d)), np.zeros(c))
    anchor = np.concatenate([np.asarray(prior[0], np.float64).ravel(),
                             np.asarray(prior[1], np.float64)])
    counts = np.bincount(targets, minlength=c).astype(np.float64)
    present = counts > 0
    sample_w = (len(targets) / (present.sum() * counts[targets])) if len(targets) else counts[:0]
    start = anchor.copy()
    if init is not None:
        start = np.concatenate([np.asarray(init[0], np.float64).ravel(),
                                np.asarray(init[1], np.float64)])
        start[:c * d].reshape(c, d)[~present] = anchor[:c * d].reshape(c, d)[~present]
        start[c * d:][~present] = anchor[c * d:][~present]
    onehot = np.eye(c)[targets]
    # One BLAS thread: (2000, 1280) products are too small to gain from a second one, and on a
    # shared machine waiting BLAS threads spin: 2,000 frames took 3.6 s of CPU (15 s wall)
    # with 2 threads under load, 0.28 s (1.2 s wall) with one (bench/head_retrain.py).
    with threadpool_limits(limits=1, user_api="blas"):
        result = minimize(_head_loss, start, jac=True, method="L-BFGS-B",
                          args=(features, onehot, sample_w, anchor, l2, ~present),
                          options={"maxiter": max_iter, "gtol": 1e-5 * max(1, len(targets))})
    theta = result.x
    return (theta[:c * d].reshape(c, d).astype(np.float32),
            theta[c * d:].astype(np.float32))


def head_prior(backbone: Backbone, classes: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Base head rows for classes the base model knows, zeros for new classes."""
    dim = backbone.model.embed_dim
    weight, bias = np.zeros((len(classes), dim), np.float32), np.zeros(len(classes), np.float32)
    if backbone.meta is not None:
        base_w = backbone.model.linear.weight.detach().numpy()
        base_b = backbone.model.linear.bias.detach().numpy()
        for i, code in enumerate(classes):
            if code in backbone.meta.classes:
                j = backbone.meta.classes.index(code)
                weight[i], bias[i] = base_w[j], base_b[j]
    return weight, bias


def split_indices(items: Sequence[Item], valid_pct: float, seed: int) -> tuple[list, list]:
    """Row indices of `items` in ml.data.split_items' stratified train and validation splits."""
    train, valid = split_items(items, valid_pct, seed)
    position = {str(p): i for i, (p, _) in enumerate(items)}
    return [position[str(p)] for p, _ in train], [position[str(p)] for p, _ in valid]


def held_out_check(x: np.ndarray, y: np.ndarray, train: Sequence[int], valid: Sequence[int],
                   n: int, prior: tuple[np.ndarray, np.ndarray], l2: float) -> dict:
    """Fit on the train rows, score the held-out rows: the candidate's validation accuracy and
    the base head's (`prior`) on the same frames, which the base never trained on.

    Returns {"head", "logits" (V, C), "n_valid", "valid_accuracy", "valid_accuracy_base"}
    (accuracies None without held-out rows). labeling.promotion uses the two accuracies while
    the gold set is too small (its module doc), and ml.simulate calls this same function.
    """
    head = fit_linear_head(x[train], y[train], n, l2=l2, prior=prior)
    xv, yv = x[valid], y[valid]
    logits = xv @ head[0].T + head[1]
    base = xv @ np.asarray(prior[0]).T + np.asarray(prior[1])
    has = len(yv) > 0
    return {"head": head, "logits": logits, "n_valid": len(yv),
            "valid_accuracy": round(float((logits.argmax(1) == yv).mean()), 4) if has else None,
            "valid_accuracy_base": round(float((base.argmax(1) == yv).mean()), 4)
            if has else None}


def _validate(x: np.ndarray, y: np.ndarray, train: list[int], valid: list[int], n: int,
              prior: tuple[np.ndarray, np.ndarray], l2: float, target: float = 0.95) -> dict:
    """held_out_check, then temperature, ECE and review threshold (the lowest whose accepted
    valid frames are >= `target` accurate) on the held-out rows."""
    check = held_out_check(x, y, train, valid, n, prior, l2)
    if check["n_valid"] == 0:
        return {"temperature": DEFAULT_TEMPERATURE, "threshold": DEFAULT_THRESHOLD,
                "metrics": {"n_valid": 0}, "confusion": None}
    logits, yv = check["logits"], y[valid]
    temperature = fit_temperature(logits, yv)
    probs = softmax(logits, temperature)
    predicted = probs.argmax(axis=1)
    metrics = {"valid_accuracy": check["valid_accuracy"],
               "valid_accuracy_base": check["valid_accuracy_base"],
               "ece_uncalibrated": round(expected_calibration_error(softmax(logits), yv), 4),
               "ece": round(expected_calibration_error(probs, yv), 4)}
    threshold = choose_threshold(probs, yv, target=target, ceiling=max(0.9, target))
    accepted = probs.max(axis=1) >= threshold
    metrics.update(threshold_target=target, valid_accepted_share=round(float(accepted.mean()), 4),
                   valid_accepted_accuracy=round(float((predicted == yv)[accepted].mean()), 4)
                   if accepted.any() else None)
    return {"temperature": temperature, "threshold": threshold, "metrics": metrics,
            "confusion": confusion_matrix(yv, predicted, n)}


def _assemble(backbone: Backbone, classes: Sequence[str], weight: np.ndarray,
              bias: np.ndarray) -> ScreenNet:
    return backbone.model.replace_head(len(classes), torch.from_numpy(weight),
                                       torch.from_numpy(bias)).eval()


def retrain_head(base_model_dir: Path | None, items: Sequence[Item], classes: Sequence[str],
                 out_dir: Path, *, seed: int = 0, valid_pct: float = 0.2, l2: float = DEFAULT_L2,
                 cache_dir: Path | None = None, threads: int | None = None,
                 version: str | None = None, reports: bool = True,
                 threshold_target: float = 0.95) -> Path:
    """Fit a new head for `classes` on (path, label) `items` over the base model's backbone.

    `base_model_dir=None` uses the ImageNet efficientnet_lite0 backbone. Unreadable images are
    skipped and listed in meta.data["skipped"]. The review threshold is the lowest whose accepted
    held-out frames are >= `threshold_target` accurate. Returns `out_dir`, a complete artifact.
    """
    classes = list(classes)
    check_labels(items, classes)
    backbone = load_backbone(Path(base_model_dir) if base_model_dir else None, threads=threads)
    x, kept, skipped = embed_items(backbone, items, EmbeddingCache(cache_dir, backbone.key))
    if not kept:
        raise ValueError("no readable images to train on")
    index = {code: i for i, code in enumerate(classes)}
    y = np.asarray([index[label] for _, label in kept])
    ti, vi = split_indices(kept, valid_pct, seed)
    prior = head_prior(backbone, classes)
    result = _validate(x, y, ti, vi, len(classes), prior, l2, threshold_target)
    weight, bias = fit_linear_head(x, y, len(classes), l2=l2, prior=prior)  # final: all labels
    model = _assemble(backbone, classes, weight, bias)
    base = backbone.meta
    meta = ModelMeta(
        version=version or new_version(), arch=model.arch, classes=classes,
        input_size=base.input_size if base else DEFAULT_INPUT_SIZE,
        temperature=result["temperature"], threshold=result["threshold"],
        metrics={**result["metrics"], "mode": "head", "n_train": len(ti), "n_valid": len(vi),
                 "train_accuracy": round(float(((x @ weight.T + bias).argmax(1) == y).mean()), 4)},
        data={"n_items": len(kept), "per_class": summarize(kept), "skipped": skipped,
              "base_version": base.version if base else "imagenet", "seed": seed,
              "valid_pct": valid_pct})
    if base:
        meta.mean, meta.std = list(base.mean), list(base.std)
    out = save_model(model, meta, Path(out_dir))
    if reports and result["confusion"] is not None:
        save_confusion(result["confusion"], classes, out)
    return out
