"""Calibration and uncertainty.

Temperature scaling (one scalar T, logits / T) fitted on held-out data makes a model's
confidence mean what it says, which matters because the confidence decides what goes to the
review queue. ECE measures how far confidence and accuracy disagree. The uncertainty scores rank
frames for active learning: higher always means "more worth a human look".

Only `fit_temperature` (training) needs torch, and imports it itself: the serving path uses
`softmax` and the uncertainty scores, which are numpy.
"""

from __future__ import annotations

import numpy as np

from ml.meta import DEFAULT_TEMPERATURE, DEFAULT_THRESHOLD

UNCERTAINTY_STRATEGIES = ("margin", "entropy", "least_confidence")


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Row-wise softmax of logits / temperature, computed in float64 for stability."""
    scaled = np.asarray(logits, dtype=np.float64) / float(temperature)
    scaled -= scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, labels: np.ndarray, *, max_iter: int = 100) -> float:
    """The T > 0 minimising the negative log-likelihood of `labels` under softmax(logits / T).

    Optimised over log T so T stays positive; clamped to [0.05, 20] so a tiny or degenerate
    validation set cannot produce an absurd value. Returns DEFAULT_TEMPERATURE (1.0) when there
    is nothing to fit. Method: Guo et al., "On Calibration of Modern Neural Networks" (2017).
    """
    import torch

    if len(labels) == 0:
        return DEFAULT_TEMPERATURE
    if (np.asarray(logits).argmax(axis=1) == np.asarray(labels)).all():
        # Perfectly separated data pushes T towards 0 (certainty) without evidence for it:
        # a small validation set with no mistakes is no reason to sharpen.
        return DEFAULT_TEMPERATURE
    x = torch.as_tensor(np.asarray(logits), dtype=torch.float64)
    y = torch.as_tensor(np.asarray(labels), dtype=torch.long)
    log_t = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([log_t], lr=0.5, max_iter=max_iter, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(x / log_t.exp(), y)
        loss.backward()
        return loss

    with torch.enable_grad():
        optimizer.step(closure)
    return float(np.clip(log_t.exp().item(), 0.05, 20.0))


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, n_bins: int = 15) -> float:
    """ECE: the bin-weighted gap between confidence and accuracy (equal-width bins)."""
    probs = np.asarray(probs)
    if len(probs) == 0:
        return 0.0
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == np.asarray(labels)
    bins = np.minimum((confidence * n_bins).astype(int), n_bins - 1)
    total = 0.0
    for b in range(n_bins):
        mask = bins == b
        if mask.any():
            total += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(total)


def margin(probs: np.ndarray) -> np.ndarray:
    """Top-1 minus top-2 probability (small = the model hesitates between two classes)."""
    probs = np.asarray(probs)
    if probs.shape[1] < 2:
        return np.ones(len(probs), dtype=np.float32)
    top2 = np.partition(probs, -2, axis=1)[:, -2:]
    return (top2[:, 1] - top2[:, 0]).astype(np.float32)


def entropy(probs: np.ndarray) -> np.ndarray:
    """Shannon entropy normalised to [0, 1] by log(C)."""
    probs = np.clip(np.asarray(probs, dtype=np.float64), 1e-12, 1.0)
    if probs.shape[1] < 2:
        return np.zeros(len(probs), dtype=np.float32)
    return (-(probs * np.log(probs)).sum(axis=1) / np.log(probs.shape[1])).astype(np.float32)


def least_confidence(probs: np.ndarray) -> np.ndarray:
    """1 - top-1 probability."""
    return (1.0 - np.asarray(probs).max(axis=1)).astype(np.float32)


def uncertainty(probs: np.ndarray, strategy: str = "margin") -> np.ndarray:
    """Uncertainty per row, higher = more uncertain, for `strategy` in UNCERTAINTY_STRATEGIES."""
    if strategy == "margin":
        return 1.0 - margin(probs)
    if strategy == "entropy":
        return entropy(probs)
    if strategy == "least_confidence":
        return least_confidence(probs)
    raise ValueError(f"unknown strategy {strategy!r}; choose {', '.join(UNCERTAINTY_STRATEGIES)}")


def choose_threshold(probs: np.ndarray, labels: np.ndarray, *, target: float = 0.95,
                     floor: float = 0.5, ceiling: float = 0.9,
                     default: float = DEFAULT_THRESHOLD) -> float:
    """The lowest confidence threshold whose accepted frames are >= `target` accurate.

    Frames under the threshold go to review. Kept within [floor, ceiling] so a small validation
    set neither sends everything to review nor trusts everything; `default` when too few frames.
    """
    probs, labels = np.asarray(probs), np.asarray(labels)
    if len(labels) < 10:
        return default
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    for threshold in np.arange(floor, ceiling + 1e-9, 0.05):
        accepted = confidence >= threshold
        if accepted.any() and correct[accepted].mean() >= target:
            return round(float(threshold), 2)
    return ceiling
