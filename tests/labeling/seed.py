"""Review items with real predictions: synthetic screens ingested and classified by the small
test model (a copy whose meta.json threshold sends every frame to review)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import screen_jpeg
from tests.support.model_copies import copy_with_threshold
from tracker import classify, ingest, model_registry
from tracker.models import Frame


def activate_unsure_model(small_model: Path, tmp_path: Path, threshold: float = 1.01):
    """Activate a copy of the small model whose threshold makes every verdict unsure."""
    out = tmp_path / f"unsure-{threshold}"
    if not out.exists():
        copy_with_threshold(small_model, out, threshold)
    return model_registry.activate_model(out)


def ingest_screens(device, screens: Sequence[tuple[str, int]], start: datetime,
                   step: float = 10.0) -> list[Frame]:
    """Ingest synthetic screens (kind, seed), one every `step` s from `start`; returns frames."""
    frames = []
    for i, (kind, seed) in enumerate(screens):
        meta = {"captured_at": (start + timedelta(seconds=step * i)).isoformat(),
                "duration": step, "window_title": f"{kind} window", "window_app": kind}
        frames.append(ingest.ingest_frame(device, screen_jpeg(kind, seed), json.dumps(meta))[0])
    return frames


def classify_all(token: str = "test-task") -> None:
    """Run the real classifier until no frame waits (each call claims one batch)."""
    while (head := Frame.objects.filter(status=Frame.Status.PENDING).order_by("pk").first()):
        classify.classify_frame(head.pk, token=f"{token}-{head.pk}")


def seed_review(device, screens: Sequence[tuple[str, int]], start: datetime,
                step: float = 10.0) -> list[Frame]:
    """Ingest and classify `screens` (the unsure model must be active); frames in order."""
    frames = ingest_screens(device, screens, start, step)
    classify_all()
    return list(Frame.objects.filter(pk__in=[f.pk for f in frames]).order_by("captured_at")
                .select_related("observation", "review"))
