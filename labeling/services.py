"""Labeling's public functions: other apps (tracker's classifier, the retrain task, pages) call
these instead of touching labeling's models, so the queue's rules are decided here.

- `queue_for_review` (classifier): an unsure frame joins the queue, scored and grouped;
- `rescore_queue` (after a promotion), `open_review_count`, `label_count`;
- `training_labels` / `gold_labels` (retrain and the promotion gate; labeling.gold).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from labeling.gold import LabelledFrame, gold_labels, training_labels  # noqa: F401 - public
from labeling.models import Label, ReviewItem
from labeling.queue import queue_item
from labeling.rescore import rescore_queue  # noqa: F401 - public

if TYPE_CHECKING:
    import numpy as np

    from tracker.models import Frame, ModelVersion


def queue_for_review(frame: Frame, score: float | None = None, *,
                     probs: Sequence[float] | np.ndarray | None = None,
                     classes: Sequence[str] | None = None,
                     embedding: Sequence[float] | np.ndarray | None = None,
                     version: ModelVersion | None = None) -> ReviewItem:
    """Put a frame in the review queue (idempotent: a frame has at most one item).

    With `probs` (C,) in `classes` order the item gets margin/entropy scores stamped with
    `version`; with `embedding` (D,) float32 it joins a near-duplicate group. Without them only
    `score` (uncertainty in [0, 1], higher first) is stored, as before.
    """
    if probs is not None and classes is not None:
        return queue_item(frame, probs, classes, embedding, version)
    item, _ = ReviewItem.objects.get_or_create(frame=frame, defaults={"score": score or 0.0})
    return item


def open_review_count(owner=None) -> int:
    """Frames waiting for a person's answer (one person's when `owner` is given)."""
    items = ReviewItem.objects.filter(status=ReviewItem.Status.OPEN)
    if owner is not None:
        items = items.filter(frame__device__owner_id=owner.pk)
    return items.count()


def label_count() -> int:
    """Labels (a person's answers) recorded so far."""
    return Label.objects.count()
