"""A poison frame (issue 15, failure 2): one frame the classifier cannot finish never fails its
batch-mates, is retried alone and is quarantined after TIMENET_MAX_ATTEMPTS claims with its error
visible — never an endless loop.

The poison is a frame dated 9999-12-31T23:00Z, as rows ingested before the capture-time window
existed can be: the rollup code overflows on it (OverflowError past year 9999). It is ingested
with a sane date and then re-dated in the table, since ingest now refuses that date.

Checked without the protection (tracker/classify.py, the one-by-one fallback in classify_frame
replaced by the old `release_frames(frames); raise`): the first assertion fails — the three good
frames are released with the poison's OverflowError, and after five rounds all four are failed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import screen_jpeg
from tracker import classify
from tracker.ingest import ingest_frame
from tracker.models import Frame, Observation

pytestmark = pytest.mark.django_db
POISON_TIME = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
GOOD_TIME = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def stored_frame(device, captured_at: datetime, seed: int) -> Frame:
    """A waiting frame row with its image stored, as ingest leaves it; then dated `captured_at`
    (an UPDATE, since ingest refuses implausible capture times now)."""
    meta = {"captured_at": GOOD_TIME.isoformat(), "duration": 10.0}
    frame, _ = ingest_frame(device, screen_jpeg("code", seed), json.dumps(meta))
    Frame.objects.filter(pk=frame.pk).update(captured_at=captured_at)
    return frame


@pytest.fixture
def batch(device_token, frames_dir, active_model):
    device = device_token[0]
    good = [stored_frame(device, GOOD_TIME + timedelta(seconds=10 * i), i) for i in range(3)]
    return good, stored_frame(device, POISON_TIME, 99)


def statuses(frames: list[Frame]) -> list[str]:
    return [Frame.objects.get(pk=f.pk).status for f in frames]


def test_a_poison_frame_leaves_its_three_batch_mates_classified(batch):
    good, poison = batch
    assert classify.classify_frame(good[0].pk, token="task-1") == 3
    assert statuses(good) == [Frame.Status.DONE] * 3
    assert Observation.objects.filter(frame__in=good).count() == 3
    poison.refresh_from_db()
    assert poison.status == Frame.Status.PENDING and poison.attempts == 1
    assert "Overflow" in poison.error  # the cause is kept on the row


def test_a_poison_frame_is_quarantined_after_the_maximum_attempts_and_never_loops(
        batch, settings):
    good, poison = batch
    classify.classify_frame(good[0].pk, token="task-1")
    rounds = 1
    while Frame.objects.get(pk=poison.pk).status != Frame.Status.FAILED:
        rounds += 1
        assert rounds <= settings.TIMENET_MAX_ATTEMPTS, "the poison frame is claimed for ever"
        with pytest.raises(OverflowError):  # alone, it re-raises so the task can retry it
            classify.classify_frame(poison.pk, token=f"task-{rounds}")
    poison.refresh_from_db()
    assert rounds == settings.TIMENET_MAX_ATTEMPTS
    assert poison.error.startswith(f"quarantined after {rounds} attempts: OverflowError")
    assert not Observation.objects.filter(frame=poison).exists()
    assert statuses(good) == [Frame.Status.DONE] * 3
    # quarantined means out of the claims: another task does not pick it up again
    assert classify.classify_frame(poison.pk, token="task-late") == 0
