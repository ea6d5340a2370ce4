"""A person's labels for retrain tests: synthetic screens ingested, classified by an unsure copy
of the small model (every frame queued), then labelled with their true class one key press at a
time (so labeling.gold reserves every 5th action per class)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from labeling.corrections import apply_label
from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import Category, Frame

KINDS = ("code", "terminal", "youtube")


def label_screens(owner, device, small_model: Path, tmp_path: Path, per_class: int = 10,
                  first_seed: int = 100) -> list[Frame]:
    """Ingest, classify and label `per_class` screens of each kind; returns the frames."""
    activate_unsure_model(small_model, tmp_path)
    screens = [(kind, first_seed + i) for i in range(per_class) for kind in KINDS]
    start = timezone.now() - timedelta(hours=2)
    frames = seed_review(device, screens, start)
    codes = {c.code: c for c in Category.objects.filter(code__in=KINDS)}
    for frame, (kind, _) in zip(frames, screens, strict=True):
        apply_label(owner, [frame.pk], codes[kind])
    return frames


def rotated(items: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """The same frames with every label wrong (code->terminal->youtube->code): a deliberately
    worse training set than the person's labels (shuffled labels, as a derangement)."""
    shift = {KINDS[i]: KINDS[(i + 1) % len(KINDS)] for i in range(len(KINDS))}
    return [(path, shift.get(code, code)) for path, code in items]
