"""Frames the model is unsure about keep their screenshot and get a ReviewItem."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from labeling.models import ReviewItem
from tests.conftest import screen_jpeg
from tests.support.model_copies import copy_with_threshold
from tracker import classify, ingest, model_registry, status
from tracker.models import Frame

pytestmark = pytest.mark.django_db


def test_unsure_frames_keep_their_image_and_join_the_review_queue(
        device_token, frames_dir, small_model, categories, tmp_path,
        django_capture_on_commit_callbacks):
    # A threshold above any probability (in the model's meta.json) makes every verdict "unsure".
    model_registry.activate_model(copy_with_threshold(small_model, tmp_path / "unsure", 1.01))
    start = datetime(2026, 11, 22, 10, tzinfo=UTC)
    frames = [ingest.ingest_frame(device_token[0], screen_jpeg(kind, i), json.dumps(
        {"captured_at": (start + timedelta(seconds=10 * i)).isoformat()}))[0]
        for i, kind in enumerate(["code", "youtube"])]
    with django_capture_on_commit_callbacks(execute=True):
        classify.classify_frame(frames[0].pk, token="task-1")
    for frame in Frame.objects.all():
        assert frame.status == Frame.Status.DONE
        assert (frames_dir / frame.image_path).is_file()
        review = ReviewItem.objects.get(frame=frame)
        assert review.status == ReviewItem.Status.OPEN
        top1, top2 = sorted(frame.observation.probabilities.values(), reverse=True)[:2]
        # Margin sampling's score, stamped with the model version that produced it.
        assert review.margin == pytest.approx(top1 - top2, abs=1e-4)
        assert review.score == pytest.approx(1.0 - review.margin)
        assert review.model_version_id == frame.observation.model_version_id
        assert review.predicted == frame.observation.category.code
        assert len(bytes(review.embedding)) % 4 == 0 and len(bytes(review.embedding)) > 0
    assert status.pipeline_status()["review_queue"] == 2
