"""The gold set: a fixed, stratified share of labels reserved for evaluation, never trained on.

Every GOLD_EVERY-th labelling action per class (the 5th, 10th, ... of that class) is gold, so
the gold set keeps the class mix of the labels and grows with them. All frames labelled by a gold
action are gold, near-duplicates included: a copy of a gold frame in the training data would let
the promotion gate score a candidate on frames it was trained on. Range relabels (mostly frames
without a stored image) never become gold.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db.models import Exists, OuterRef

from labeling.models import Label

GOLD_EVERY = 5


def next_action_is_gold(category_id: int) -> bool:
    """Whether the next labelling action for this class is reserved for the gold set."""
    actions = (Label.objects.filter(category_id=category_id)
               .exclude(source=Label.Source.RANGE).values("action").distinct().count())
    return (actions + 1) % GOLD_EVERY == 0


@dataclass(frozen=True)
class LabelledFrame:
    """A labelled frame for training or evaluation: its image file and its class code."""

    frame_id: int
    image: Path
    code: str


def latest_labels(gold: bool) -> list[LabelledFrame]:
    """The latest label of each frame whose image is stored, gold or not (see module doc)."""
    rows = (Label.objects.exclude(frame__image_path="").order_by("frame_id", "created_at", "pk")
            .values_list("frame_id", "frame__image_path", "category__code", "gold"))
    latest: dict[int, tuple] = {}
    any_gold: set[int] = set()
    for frame_id, path, code, is_gold in rows:
        latest[frame_id] = (path, code)
        if is_gold:
            any_gold.add(frame_id)
    root = Path(settings.FRAMES_DIR)
    return [LabelledFrame(fid, root / path, code) for fid, (path, code) in latest.items()
            if (fid in any_gold) == gold]


def training_labels() -> list[LabelledFrame]:
    """Frames a retrain may learn from: labelled, image stored, never labelled gold."""
    return latest_labels(gold=False)


def gold_labels() -> list[LabelledFrame]:
    """The fixed evaluation set for the promotion gate: frames with a gold label."""
    return latest_labels(gold=True)


def gold_frames_queryset():
    """Label rows whose frame is in the gold set (for counts on pages)."""
    return Label.objects.filter(Exists(Label.objects.filter(frame=OuterRef("frame"), gold=True)))
