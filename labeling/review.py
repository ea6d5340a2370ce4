"""What the labelling page shows: the next item, its top-3 predictions, the keys, progress.

Plain dicts (JSON for the page's fetch calls); the views only parse requests and call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from django.utils import timezone

from labeling.models import Label, ReviewItem
from labeling.queue import ordered_queue
from labeling.services import open_review_count
from tracker.models import Category

# Keys the page keeps for itself (skip, undo, heatmap, label-all-similar); classes get the rest.
RESERVED_KEYS = set("suhl")
CLASS_KEYS = [*"1234567890", *(c for c in "abcdefgijkmnopqrtvwxyz" if c not in RESERVED_KEYS)]


def keymap() -> list[dict]:
    """[{key, code, name, color}] one per category: 1-9, 0, then letters (never s/u/h/l)."""
    return [{"key": key, "code": c.code, "name": c.name, "color": c.color}
            for key, c in zip(CLASS_KEYS, Category.objects.order_by("pk"), strict=False)]


def top_predictions(probabilities: dict[str, float], k: int = 3) -> list[dict]:
    """The k most probable classes of a stored Observation: [{code, name, probability}]."""
    names = dict(Category.objects.values_list("code", "name"))
    ranked = sorted(probabilities.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return [{"code": code, "name": names.get(code, code), "probability": round(p, 4)}
            for code, p in ranked]


def item_payload(item: ReviewItem) -> dict:
    """One queue item as the page shows it."""
    frame = item.frame
    observation = frame.observation
    top = top_predictions(observation.probabilities or {})
    return {
        "id": item.pk, "frame": frame.pk, "image": f"/review/frame/{frame.pk}.jpg",
        "group_size": getattr(item, "group_size", 1) or 1,
        "predicted": top[0]["code"] if top else item.predicted, "top": top,
        "captured_at": frame.captured_at.isoformat(), "window_title": frame.window_title,
        "window_app": frame.window_app, "control": item.control,
        "margin": item.margin, "entropy": item.entropy,
        "model_version": item.model_version.version if item.model_version else None,
    }


def progress(owner) -> dict:
    """{open: frames waiting, labelled_today: this person's labels since local midnight}."""
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
    return {"open": open_review_count(owner),
            "labelled_today": Label.objects.filter(author=owner,
                                                   created_at__gte=midnight).count()}


def next_payload(owner, strategy: str = "margin", exclude: Sequence[int] = ()) -> dict:
    """{item: the first item of the queue or None, queue_length, progress}."""
    queue = ordered_queue(owner.pk, strategy, exclude)
    return {"item": item_payload(queue[0]) if queue else None, "queue_length": len(queue),
            "progress": progress(owner)}


def item_for(owner, item_id: int) -> ReviewItem | None:
    """An open or resolved item of this person's, with its group size, or None."""
    item = (ReviewItem.objects.filter(pk=item_id, frame__device__owner_id=owner.pk)
            .select_related("frame__observation", "model_version").first())
    if item is not None:
        item.group_size = 1 + item.members.filter(status=ReviewItem.Status.OPEN).count()
    return item

