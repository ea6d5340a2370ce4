"""Nearest neighbours by embedding, for "label all similar" (BRIEF improvement 4).

Cosine similarity of L2-normalised embeddings (the classifier's penultimate features) between
one review item and the person's other open items. Its near-duplicate group comes first and is
pre-ticked; other neighbours at or above SIMILAR_COSINE follow, most similar first.
"""

from __future__ import annotations

import numpy as np

from labeling.models import ReviewItem
from labeling.queue import decode_embeddings, owner_open

SIMILAR_COSINE = 0.80  # below this, neighbours are rarely the same activity (small test model)
MAX_NEIGHBOURS = 48


def similar_items(item: ReviewItem, owner_id: int, limit: int = MAX_NEIGHBOURS,
                  min_cosine: float = SIMILAR_COSINE) -> list[dict]:
    """[{item, frame, similarity, in_group}] of open items like `item` (itself excluded).

    Group members come first (in_group True, ticked on the page), then neighbours by cosine.
    """
    if item.embedding is None:
        return []
    others = list(owner_open(owner_id).exclude(pk=item.pk).filter(embedding__isnull=False)
                  .only("pk", "frame_id", "group_id", "embedding"))
    if not others:
        return []
    target = np.frombuffer(bytes(item.embedding), dtype=np.float32)
    try:
        sims = decode_embeddings([o.embedding for o in others]) @ target
    except ValueError:
        return []
    rows = [{"item": o.pk, "frame": o.frame_id, "similarity": round(float(s), 4),
             "in_group": o.group_id == item.pk}
            for o, s in zip(others, sims, strict=True) if o.group_id == item.pk or s >= min_cosine]
    rows.sort(key=lambda r: (not r["in_group"], -r["similarity"], r["item"]))
    return rows[:limit]
