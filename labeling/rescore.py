"""Re-scoring the open review queue with the active model (after a promotion or rollback).

Each open item's stored screenshot is run through the active model again: its margin, entropy,
predicted class, embedding and model-version stamp are replaced, then every person's open items
are regrouped into near-duplicate groups with the new embeddings (greedy, oldest item first).
The retrain task calls `rescore_queue()` after it promotes a candidate.
"""

from __future__ import annotations

import logging
from collections import defaultdict

import numpy as np
from django.db import transaction

from labeling.models import ReviewItem
from labeling.queue import decode_embeddings, duplicate_cosine, encode_embedding, score_fields
from tracker import frame_store
from tracker.model_registry import current_predictor

log = logging.getLogger(__name__)
FIELDS = ["margin", "entropy", "score", "predicted", "model_version", "scored_at", "embedding"]


def rescore_queue(batch_size: int = 32) -> int:
    """Re-score every open item whose image is still stored; returns how many were re-scored.

    Does nothing (returns 0) when no model is active. Raises what the model run raises.
    """
    from ml.inference import ImageError, open_image

    loaded = current_predictor()
    if loaded is None:
        return 0
    version, predictor = loaded
    items = list(ReviewItem.objects.filter(status=ReviewItem.Status.OPEN)
                 .exclude(frame__image_path="").select_related("frame").order_by("pk"))
    done = 0
    for start in range(0, len(items), batch_size):
        kept, images = [], []
        for item in items[start:start + batch_size]:
            try:
                images.append(open_image(frame_store.read_frame(item.frame.image_path),
                                         draft_size=predictor.meta.input_size))
                kept.append(item)
            except (ImageError, OSError) as exc:
                log.warning("review item %s: image unreadable (%s)", item.pk, exc)
        if not kept:
            continue
        prediction = predictor.predict(images)
        for i, item in enumerate(kept):
            for name, value in score_fields(prediction.probs[i], prediction.classes,
                                            version).items():
                setattr(item, name, value)
            item.embedding = encode_embedding(prediction.embeddings[i])
        ReviewItem.objects.bulk_update(kept, FIELDS)
        done += len(kept)
    regroup_open()
    return done


@transaction.atomic
def regroup_open() -> None:
    """Rebuild near-duplicate groups of open items, per owner, oldest item first."""
    items = list(ReviewItem.objects.filter(status=ReviewItem.Status.OPEN, embedding__isnull=False)
                 .select_related("frame__device").order_by("pk"))
    per_owner: dict[int, list[ReviewItem]] = defaultdict(list)
    for item in items:
        per_owner[item.frame.device.owner_id].append(item)
    threshold = duplicate_cosine()
    for group in per_owner.values():
        vectors = decode_embeddings([i.embedding for i in group])
        leaders: list[int] = []  # indexes into `group`
        for i, item in enumerate(group):
            best = None
            if leaders:
                sims = vectors[leaders] @ vectors[i]
                j = int(np.argmax(sims))
                best = leaders[j] if sims[j] >= threshold else None
            item.group = None if best is None else group[best]
            if best is None:
                leaders.append(i)
        ReviewItem.objects.bulk_update(group, ["group"])
