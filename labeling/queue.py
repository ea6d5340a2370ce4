"""The review queue: uncertainty scores, near-duplicate groups, class balance, control slice.

Scores come from the stored class probabilities (margin and entropy sampling, Settles 2009,
"Active Learning Literature Survey", sec. 3.1; the functions are `ml.calibrate`'s, the same the
offline `ml.simulate` uses). Every score is stamped with the model version that produced it;
`rescore_queue` re-scores open items with the active model after a promotion.

Near-duplicates (cosine of L2-normalised embeddings >= TIMENET_DUPLICATE_COSINE, default 0.98)
join the open group whose leader they resemble: thirty identical YouTube frames are one item
with a count. Margin's key is density-weighted (`ml.query.density_margin`, the same function
the simulation uses): of two equally unsure frames the one with more look-alikes among the open
leaders goes first, so the first labels are not spent on outliers. The queue interleaves
predicted classes (round robin, each class sorted by the strategy) so one class cannot fill a
session, and puts a control item (a deterministic ~10% pseudo-random slice, ordered at random)
at every 10th place, so the efficiency of the strategy can be measured against random sampling
on the person's own labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from labeling.models import ReviewItem
from ml import query
from ml.calibrate import entropy, margin

# The order's pure parts live in ml.query, shared with the offline simulation (ml.simulate).
from ml.query import (  # noqa: F401 - re-exported: the queue's names stay importable here
    CONTROL_EVERY,
    CONTROL_SHARE,
    STRATEGIES,
    unit_hash,
    with_controls,
)

if TYPE_CHECKING:
    from tracker.models import Frame, ModelVersion


def duplicate_cosine() -> float:
    """Cosine similarity at or above which two frames are near-duplicates (settings override)."""
    return float(getattr(settings, "TIMENET_DUPLICATE_COSINE", query.DUPLICATE_COSINE))


def encode_embedding(vector: Sequence[float] | np.ndarray) -> bytes:
    """(D,) floats -> L2-normalised float32 bytes (so a dot product is the cosine)."""
    v = np.asarray(vector, dtype=np.float32).ravel()
    norm = float(np.linalg.norm(v))
    return (v / norm if norm > 0 else v).astype(np.float32).tobytes()


def decode_embeddings(blobs: Sequence[bytes | memoryview | None]) -> np.ndarray:
    """Stored embeddings -> (N, D) float32; raises ValueError if one is missing or sizes differ."""
    if any(b is None for b in blobs):
        raise ValueError("an item has no stored embedding")
    return np.stack([np.frombuffer(bytes(b), dtype=np.float32) for b in blobs])


def score_fields(probs: Sequence[float] | np.ndarray, classes: Sequence[str],
                 version: ModelVersion | None) -> dict:
    """ReviewItem fields for one frame's probabilities (C,) in `classes` order."""
    row = np.asarray(probs, dtype=np.float32).reshape(1, -1)
    m = float(margin(row)[0])
    return {"margin": m, "entropy": float(entropy(row)[0]), "score": 1.0 - m,
            "predicted": classes[int(row.argmax())], "model_version": version,
            "scored_at": timezone.now()}


def owner_open(owner_id: int):
    """Open items of one person's devices."""
    return ReviewItem.objects.filter(status=ReviewItem.Status.OPEN,
                                     frame__device__owner_id=owner_id)


def find_leader(owner_id: int, blob: bytes, exclude: int | None = None) -> ReviewItem | None:
    """The open group leader most similar to `blob`, if at or above the duplicate cosine."""
    leaders = list(owner_open(owner_id).filter(group__isnull=True, embedding__isnull=False)
                   .exclude(pk=exclude).only("pk", "embedding"))
    if not leaders:
        return None
    vector = np.frombuffer(bytes(blob), dtype=np.float32)
    try:
        sims = decode_embeddings([item.embedding for item in leaders]) @ vector
    except ValueError:  # embeddings of another width (a model with another backbone)
        return None
    best = int(sims.argmax())
    return leaders[best] if sims[best] >= duplicate_cosine() else None


def queue_item(frame: Frame, probs, classes: Sequence[str], embedding,
               version: ModelVersion | None) -> ReviewItem:
    """Create (idempotently) a scored, grouped review item for an unsure frame."""
    existing = ReviewItem.objects.filter(frame=frame).first()
    if existing is not None:
        return existing
    fields = score_fields(probs, classes, version)
    blob = encode_embedding(embedding) if embedding is not None else None
    owner_id = frame.device.owner_id
    leader = find_leader(owner_id, blob) if blob is not None else None
    return ReviewItem.objects.create(
        frame=frame, embedding=blob, group=leader,
        control=unit_hash(f"control:{frame.pk}") < CONTROL_SHARE,
        random_key=unit_hash(f"random:{frame.pk}"), **fields)


def strategy_key(strategy: str):
    """Sort key: most worth a look first (small margin, high entropy, or the random key)."""
    if strategy == "margin":
        return lambda i: (i.margin if i.margin is not None else 1.0 - i.score, i.pk)
    if strategy == "entropy":
        return lambda i: (-(i.entropy or 0.0), i.pk)
    if strategy == "random":
        return lambda i: (i.random_key, i.pk)
    raise ValueError(f"unknown strategy {strategy!r}; choose {', '.join(STRATEGIES)}")


def density_key(items: list[ReviewItem]):
    """Margin's density-weighted key over `items` (ml.query.density_margin), or plain margin's
    key when an item has no stored embedding or the widths differ (an older model's items)."""
    plain = strategy_key("margin")
    try:
        dens = query.density(decode_embeddings([i.embedding for i in items])) if items else []
    except ValueError:
        return plain
    margins = np.asarray([plain(i)[0] for i in items], dtype=np.float64)
    keys = dict(zip((i.pk for i in items), query.density_margin(margins, np.asarray(dens)),
                    strict=True))
    return lambda i: (float(keys[i.pk]), i.pk)


def balanced(items: list[ReviewItem], key) -> list[ReviewItem]:
    """Round robin over predicted classes, each class in `key` order (ml.query.balanced)."""
    return query.balanced(items, key, lambda item: item.predicted)


def ordered_queue(owner_id: int, strategy: str = "margin",
                  exclude: Sequence[int] = ()) -> list[ReviewItem]:
    """Open group leaders of one person, in queue order; each has `.group_size` (1 + open
    members). Raises ValueError for an unknown strategy."""
    key = strategy_key(strategy)
    leaders = list(owner_open(owner_id).filter(group__isnull=True).exclude(pk__in=exclude)
                   .select_related("frame", "model_version")
                   .annotate(open_members=Count("members", filter=Q(
                       members__status=ReviewItem.Status.OPEN))))
    for item in leaders:
        item.group_size = 1 + item.open_members
    if strategy == "margin":  # density over every open leader, controls too, as ml.query does
        key = density_key(leaders)
    controls = sorted((i for i in leaders if i.control), key=strategy_key("random"))
    return with_controls(balanced([i for i in leaders if not i.control], key), controls)


def group_frame_ids(item: ReviewItem) -> list[int]:
    """The item's frame and its open near-duplicates' frames (item first, then in the order
    they joined the group; without an order PostgreSQL returns them in any order)."""
    members = (item.members.filter(status=ReviewItem.Status.OPEN).order_by("pk")
               .values_list("frame_id", flat=True))
    return [item.frame_id, *members]


def promote_members(leader_ids: Sequence[int]) -> None:
    """Open members of resolved leaders get a new leader (their oldest), so none is orphaned."""
    for leader_id in leader_ids:
        rest = list(ReviewItem.objects.filter(group_id=leader_id, status=ReviewItem.Status.OPEN)
                    .order_by("pk").values_list("pk", flat=True))
        if rest:
            ReviewItem.objects.filter(pk=rest[0]).update(group=None)
            ReviewItem.objects.filter(pk__in=rest[1:]).update(group_id=rest[0])
