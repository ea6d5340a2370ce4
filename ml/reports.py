"""Training reports written next to a model: curves and confusion matrix, as JSON and PNG."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from timenet_core.files import atomic_write

CURVES = "curves"
CONFUSION = "confusion"


def confusion_matrix(labels: Sequence[int], predicted: Sequence[int], n: int) -> np.ndarray:
    """Rows = true class, columns = predicted class."""
    matrix = np.zeros((n, n), dtype=np.int64)
    np.add.at(matrix, (np.asarray(labels, dtype=int), np.asarray(predicted, dtype=int)), 1)
    return matrix


def per_class(matrix: np.ndarray, classes: Sequence[str]) -> dict[str, dict[str, float]]:
    """precision, recall and support per class code from a confusion matrix."""
    result = {}
    for i, code in enumerate(classes):
        predicted, actual = int(matrix[:, i].sum()), int(matrix[i].sum())
        hits = int(matrix[i, i])
        result[code] = {"precision": round(hits / predicted, 4) if predicted else 0.0,
                        "recall": round(hits / actual, 4) if actual else 0.0, "n": actual}
    return result


def _write_json(path: Path, payload: Any) -> None:
    atomic_write(path, json.dumps(payload, indent=2))


def _figure():
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and CI
    import matplotlib.pyplot as plt

    return plt


def save_curves(history: list[dict[str, Any]], out_dir: Path) -> None:
    """history: one dict per epoch with phase, train_loss, valid_loss, accuracy."""
    _write_json(out_dir / f"{CURVES}.json", history)
    if not history:
        return
    plt = _figure()
    epochs = list(range(1, len(history) + 1))
    fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(10, 4))
    ax_loss.plot(epochs, [h["train_loss"] for h in history], marker="o", label="train loss")
    ax_loss.plot(epochs, [h["valid_loss"] for h in history], marker="o", label="valid loss")
    ax_acc.plot(epochs, [h["accuracy"] for h in history], marker="o", color="green")
    frozen = sum(1 for h in history if h.get("phase") == "head")
    for ax in (ax_loss, ax_acc):
        if 0 < frozen < len(history):
            ax.axvline(frozen + 0.5, color="grey", linestyle="--", label="unfreeze")
        ax.set_xlabel("epoch")
    ax_loss.set_title("loss")
    ax_loss.legend()
    ax_acc.set_title("validation accuracy")
    fig.tight_layout()
    fig.savefig(out_dir / f"{CURVES}.png", dpi=90)
    plt.close(fig)


def save_confusion(matrix: np.ndarray, classes: Sequence[str], out_dir: Path) -> None:
    _write_json(out_dir / f"{CONFUSION}.json",
                {"classes": list(classes), "matrix": matrix.tolist(),
                 "per_class": per_class(matrix, classes)})
    plt = _figure()
    size = max(4.0, 0.45 * len(classes) + 2)
    fig, ax = plt.subplots(figsize=(size, size))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(classes)), classes, rotation=60, ha="right")
    ax.set_yticks(range(len(classes)), classes)
    ax.set_xlabel("predicted")
    ax.set_ylabel("actual")
    for (i, j), value in np.ndenumerate(matrix):
        if value:
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > matrix.max() / 2 else "black")
    fig.tight_layout()
    fig.savefig(out_dir / f"{CONFUSION}.png", dpi=90)
    plt.close(fig)
