"""Frames as the pipeline leaves them (row, observation, stored image, rollups), for the privacy
tests: written directly, as tests/tracker/test_rollups.py does, so each test controls its
capture times and labels."""

from __future__ import annotations

import json
from datetime import datetime
from itertools import count
from pathlib import Path

from django.conf import settings

from labeling.models import Label, ReviewItem
from ml.meta import ModelMeta
from tracker import rollups
from tracker.models import Category, Frame, ModelVersion, Observation

_sha = count()


def model_version(directory: Path) -> ModelVersion:
    """A model version whose meta.json says threshold 0.6 (rollups read it)."""
    meta = ModelMeta(version="p1", arch="test", classes=["code", "youtube"], threshold=0.6)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "meta.json").write_text(json.dumps(meta.to_dict()))
    return ModelVersion.objects.get_or_create(version="p1", path=str(directory),
                                              sha256="p1")[0]


def stored_frame(device, version: ModelVersion, at: datetime, *, image: bool = True,
                 review: bool = False, label: str | None = None, confidence: float = 0.9,
                 status: str = Frame.Status.DONE) -> Frame:
    """A classified frame captured at `at` (10 s), its image file under FRAMES_DIR when
    `image`, a review item when `review`, a label by the device's owner when `label`."""
    relpath = f"{at:%Y/%m/%d}/d{device.pk}-{next(_sha)}.jpg" if image else ""
    if image:
        path = Path(settings.FRAMES_DIR) / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\xff\xd8 not really a jpeg, only bytes on disk")
    frame = Frame.objects.create(device=device, captured_at=at, duration=10.0,
                                 sha256=f"{next(_sha):064d}", status=status,
                                 image_path=relpath, window_title="t", window_app="a")
    if status == Frame.Status.DONE:
        Observation.objects.create(frame=frame, category=Category.objects.get(code="code"),
                                   confidence=confidence, model_version=version)
    if review:
        ReviewItem.objects.create(frame=frame, score=0.5)
    if label:
        Label.objects.create(frame=frame, category=Category.objects.get(code=label),
                             author=device.owner)
    rollups.recompute_for_frames([frame])
    return frame


def image_file(frame: Frame) -> Path:
    return Path(settings.FRAMES_DIR) / frame.image_path
