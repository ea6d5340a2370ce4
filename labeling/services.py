"""Labeling's logic: the review queue (frames the model was unsure about) and label counts.

Other apps go through these functions instead of touching labeling's models, so the queue's
rules (one item per frame, its score) are decided here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from labeling.models import Label, ReviewItem

if TYPE_CHECKING:
    from tracker.models import Frame


def queue_for_review(frame: Frame, score: float) -> ReviewItem:
    """Put a frame in the review queue (idempotent: a frame has at most one item).

    `score` orders the queue, most uncertain first; today 1 - confidence (in [0, 1]).
    """
    item, _ = ReviewItem.objects.get_or_create(frame=frame, defaults={"score": score})
    return item


def open_review_count() -> int:
    """Items waiting for a person's answer."""
    return ReviewItem.objects.filter(status=ReviewItem.Status.OPEN).count()


def label_count() -> int:
    """Labels (a person's answers) recorded so far."""
    return Label.objects.count()
