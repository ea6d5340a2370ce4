"""Classification services with a real (small) model: claims, observations, images, rollups."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.db.models import Sum
from django.utils import timezone

from tests.conftest import screen_jpeg
from tests.support.model_copies import copy_with_threshold
from tracker import classify, model_registry, usage
from tracker.ingest import ingest_frame
from tracker.models import Frame, Observation, UsageRollup

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 22, 9, 58, 30, tzinfo=UTC)


def ingest(device, kinds: list[str], step: float = 10.0) -> list[Frame]:
    frames = []
    for i, kind in enumerate(kinds):
        meta = {"captured_at": (START + timedelta(seconds=step * i)).isoformat(), "duration": step}
        frames.append(ingest_frame(device, screen_jpeg(kind, i), json.dumps(meta))[0])
    return frames


def test_no_active_model_means_frames_wait_unclassified(device_token, frames_dir, categories):
    frame = ingest(device_token[0], ["code"])[0]
    assert classify.classify_frame(frame.pk, token="task-1") == 0
    frame.refresh_from_db()
    assert frame.status == Frame.Status.PENDING and frame.attempts == 0
    assert not Observation.objects.exists()


def test_a_batch_is_classified_and_confident_screenshots_are_dropped(
        device_token, frames_dir, small_model, categories, tmp_path,
        django_capture_on_commit_callbacks):
    # A threshold of 0 (in the model's meta.json, its only home) makes every frame "sure".
    active_model = model_registry.activate_model(
        copy_with_threshold(small_model, tmp_path / "sure", 0.0))
    frames = ingest(device_token[0], ["code", "terminal", "youtube", "code"])
    with django_capture_on_commit_callbacks(execute=True):  # files go once the rows commit
        assert classify.classify_frame(frames[0].pk, token="task-1") == 4  # one task, one batch
    assert sorted(Observation.objects.values_list("category__code", flat=True)) == sorted(
        ["code", "terminal", "youtube", "code"])
    for frame in Frame.objects.all():
        assert frame.status == Frame.Status.DONE and frame.image_path == ""
        assert frame.observation.model_version_id == active_model.pk
        assert sum(frame.observation.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert not any(p.is_file() for p in frames_dir.rglob("*"))


def test_a_frame_claimed_by_a_live_task_is_left_alone(device_token, frames_dir, active_model):
    frame = ingest(device_token[0], ["code"])[0]
    assert [f.pk for f in classify.claim_frames(frame.pk, "task-1")] == [frame.pk]
    assert classify.classify_frame(frame.pk, token="task-2") == 0
    assert not Observation.objects.exists()


def test_a_redelivered_task_takes_back_what_its_dead_worker_claimed(
        device_token, frames_dir, active_model):
    frame = ingest(device_token[0], ["code"])[0]
    classify.claim_frames(frame.pk, "task-1")  # ... and the worker dies here
    assert classify.classify_frame(frame.pk, token="task-1") == 1
    assert classify.classify_frame(frame.pk, token="task-1") == 0  # a third delivery: no-op
    assert Observation.objects.filter(frame=frame).count() == 1


def test_a_claim_older_than_the_lease_is_taken_over(device_token, frames_dir, active_model,
                                                    settings):
    frame = ingest(device_token[0], ["code"])[0]
    classify.claim_frames(frame.pk, "task-1")
    Frame.objects.filter(pk=frame.pk).update(
        claimed_at=timezone.now() - timedelta(seconds=settings.TIMENET_CLAIM_LEASE + 1))
    assert classify.classify_frame(frame.pk, token="task-2") == 1


def test_rollups_hold_the_seconds_of_their_bucket_whatever_the_order(
        device_token, frames_dir, active_model, settings):
    settings.TIME_ZONE = "UTC"
    frames = ingest(device_token[0], ["code"] * 6, step=20.0)  # 09:58:30 ... 10:00:10
    for frame in reversed(frames):  # out of order, one task each
        classify.classify_frame(frame.pk, token=f"task-{frame.pk}", worker="w")

    def seconds(granularity: str) -> dict:
        rows = UsageRollup.objects.filter(granularity=granularity).values("bucket")
        return {r["bucket"]: r["s"] for r in rows.annotate(s=Sum("seconds"))}

    day = datetime(2026, 11, 22, tzinfo=UTC)
    assert seconds("day") == {day: 6 * 20.0}
    # A frame crossing a bucket edge splits its seconds (09:59:50 + 20 s: 10 s each side).
    assert seconds("quarter") == {day.replace(hour=9, minute=45): 90.0,
                                  day.replace(hour=10): 30.0}
    assert seconds("minute") == {day.replace(hour=9, minute=58): 30.0,
                                 day.replace(hour=9, minute=59): 60.0,
                                 day.replace(hour=10): 30.0}


def test_rebuilding_rollups_gives_the_same_figures(device_token, frames_dir, active_model):
    frames = ingest(device_token[0], ["code", "terminal", "youtube"])
    classify.classify_frame(frames[0].pk, token="task-1")
    before = sorted(UsageRollup.objects.values_list("granularity", "bucket", "category",
                                                    "seconds"))
    usage.rebuild_all()
    usage.rebuild_all()  # recomputed, never added to: the second run changes nothing
    after = sorted(UsageRollup.objects.values_list("granularity", "bucket", "category", "seconds"))
    assert after == before


def test_an_unreadable_image_fails_its_frame_for_good(device_token, frames_dir, active_model):
    frame = ingest(device_token[0], ["code"])[0]
    (frames_dir / frame.image_path).write_bytes(b"\xff\xd8 broken")
    classify.classify_frame(frame.pk, token="task-1")
    frame.refresh_from_db()
    assert frame.status == Frame.Status.FAILED
    assert "unreadable" in frame.error


def test_the_requeue_job_releases_stale_claims_and_gives_up_after_max_attempts(
        device_token, frames_dir, active_model, settings):
    stale, spent = ingest(device_token[0], ["code", "terminal"])
    old = timezone.now() - timedelta(seconds=settings.TIMENET_CLAIM_LEASE + 1)
    Frame.objects.filter(pk=stale.pk).update(status=Frame.Status.PROCESSING, claimed_at=old,
                                             claimed_by="dead-task")
    Frame.objects.filter(pk=spent.pk).update(attempts=settings.TIMENET_MAX_ATTEMPTS)
    classify.requeue_waiting_frames(min_age=0.0)  # the broker is down here: enqueue just logs
    stale.refresh_from_db()
    spent.refresh_from_db()
    assert (stale.status, stale.claimed_by) == (Frame.Status.PENDING, "")
    assert spent.status == Frame.Status.FAILED


def test_a_redelivered_task_takes_back_its_whole_batch(device_token, frames_dir, active_model):
    frames = ingest(device_token[0], ["code", "terminal", "youtube"])
    classify.claim_frames(frames[0].pk, "task-1")  # claims all three, then its worker dies
    assert classify.classify_frame(frames[0].pk, token="task-1") == 3
    assert Frame.objects.filter(status=Frame.Status.DONE).count() == 3
