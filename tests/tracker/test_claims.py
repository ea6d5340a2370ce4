"""Claims on frames (tracker.classify): the conditional UPDATE that is the lock, its attempt limit,
and the save that writes a verdict only while the claim is still this task's.

Each protection test was run once with its protection removed (on a scratch copy of the tree) and
failed; the docstring says how.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from django.utils import timezone

from labeling.models import ReviewItem
from ml.inference import Prediction
from tests.conftest import screen_jpeg
from tracker import classify, model_registry
from tracker.ingest import ingest_frame
from tracker.models import Frame, ModelVersion, Observation

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 22, 9, 58, 30, tzinfo=UTC)


def ingest(device, kinds: list[str]) -> list[Frame]:
    frames = []
    for i, kind in enumerate(kinds):
        meta = {"captured_at": (START + timedelta(seconds=10 * i)).isoformat(), "duration": 10}
        frames.append(ingest_frame(device, screen_jpeg(kind, i), json.dumps(meta))[0])
    return frames


CLASSES = ["code", "terminal", "youtube"]


@pytest.fixture
def version(categories) -> ModelVersion:
    """A registry row to attribute verdicts to; the claim/save functions never open its files."""
    return ModelVersion.objects.create(version="claims-test", path="unused", sha256="0" * 64)


def verdict(*rows: list[float]) -> Prediction:
    """A model's output for len(rows) frames, written by hand (no model run needed)."""
    probs = np.array(rows, dtype=np.float32)
    return Prediction(probs=probs, embeddings=np.zeros((len(rows), 4), np.float32),
                      classes=CLASSES)


def expire_claims(settings) -> None:
    """Age every claim past the lease, as if its worker had hung that long."""
    Frame.objects.update(
        claimed_at=timezone.now() - timedelta(seconds=settings.TIMENET_CLAIM_LEASE + 1))


def test_a_frame_at_max_attempts_is_not_claimed(device_token, frames_dir, categories, settings):
    """Without `attempts__lt=TIMENET_MAX_ATTEMPTS` in claim_frames' UPDATE the frame is claimed
    a sixth time (tried: the claim returns it)."""
    frame = ingest(device_token[0], ["code"])[0]
    Frame.objects.filter(pk=frame.pk).update(attempts=settings.TIMENET_MAX_ATTEMPTS)
    assert classify.claim_frames(frame.pk, "task-1") == []
    frame.refresh_from_db()
    assert (frame.status, frame.claimed_by, frame.attempts) == (
        Frame.Status.PENDING, "", settings.TIMENET_MAX_ATTEMPTS)


def test_a_frame_one_attempt_short_of_the_limit_is_claimed_and_counted(
        device_token, frames_dir, categories, settings):
    frame = ingest(device_token[0], ["code"])[0]
    Frame.objects.filter(pk=frame.pk).update(attempts=settings.TIMENET_MAX_ATTEMPTS - 1)
    assert [f.pk for f in classify.claim_frames(frame.pk, "task-1")] == [frame.pk]
    frame.refresh_from_db()
    assert (frame.status, frame.claimed_by, frame.attempts) == (
        Frame.Status.PROCESSING, "task-1", settings.TIMENET_MAX_ATTEMPTS)
    assert frame.claimed_at is not None


def test_a_batch_leaves_out_the_waiting_frames_at_max_attempts(
        device_token, frames_dir, categories, settings):
    head, spent, fresh = ingest(device_token[0], ["code", "terminal", "youtube"])
    Frame.objects.filter(pk=spent.pk).update(attempts=settings.TIMENET_MAX_ATTEMPTS)
    claimed = classify.claim_frames(head.pk, "task-1")
    assert [f.pk for f in claimed] == [head.pk, fresh.pk]


def test_a_batch_holds_at_most_the_batch_size_oldest_first(device_token, frames_dir,
                                                            categories):
    frames = ingest(device_token[0], ["code", "terminal", "youtube", "code"])
    claimed = classify.claim_frames(frames[3].pk, "task-1", batch=2)
    assert [f.pk for f in claimed] == [frames[0].pk, frames[3].pk]  # itself + the oldest waiting
    assert Frame.objects.filter(status=Frame.Status.PENDING).count() == 2


def test_a_claim_inside_its_lease_is_not_taken_over(device_token, frames_dir, categories,
                                                    settings):
    frame = ingest(device_token[0], ["code"])[0]
    classify.claim_frames(frame.pk, "task-1")
    Frame.objects.filter(pk=frame.pk).update(
        claimed_at=timezone.now() - timedelta(seconds=settings.TIMENET_CLAIM_LEASE - 30))
    assert classify.claim_frames(frame.pk, "task-2") == []
    assert Frame.objects.get(pk=frame.pk).claimed_by == "task-1"


def test_a_claim_taken_over_between_claiming_and_saving_leaves_exactly_one_observation(
        device_token, frames_dir, active_model, settings):
    """Task 1 claims and runs the model, then stalls past the lease; task 2 takes the frame over
    and saves its verdict; task 1's late save must write nothing. Here the frame is already DONE,
    so save_predictions' status check alone catches it (tried: still passes without the
    `claimed_by=token` check); the next test is the one that fails without that check."""
    frame = ingest(device_token[0], ["code"])[0]
    version, predictor = model_registry.current_predictor()
    claimed = classify.claim_frames(frame.pk, "task-1")
    claimed, images = classify.load_images(claimed, "task-1", predictor.meta.input_size)
    stale_verdict = predictor.predict(images)
    expire_claims(settings)  # task 1 hangs past the lease ...
    assert classify.classify_frame(frame.pk, token="task-2", worker="worker-2") == 1
    # ... and comes back with its verdict.
    assert classify.save_predictions(claimed, stale_verdict, version, predictor.meta.threshold,
                                     "task-1", "worker-1") == 0
    assert list(Observation.objects.values_list("frame_id", "worker")) == [(frame.pk, "worker-2")]
    frame.refresh_from_db()
    assert (frame.status, frame.claimed_by, frame.attempts) == (Frame.Status.DONE, "", 2)


def claim_and_predict(frame: Frame, token: str):
    """What classify_frame does up to the save: claim, decode, run the model."""
    _, predictor = model_registry.current_predictor()
    claimed = classify.claim_frames(frame.pk, token)
    claimed, images = classify.load_images(claimed, token, predictor.meta.input_size)
    return claimed, predictor.predict(images)


def test_a_stale_claim_saving_while_its_successor_still_works_writes_nothing(
        device_token, frames_dir, active_model, settings):
    """Task 1 stalls past the lease after running the model; task 2 takes the frame over and is
    still running its model when task 1 saves. Task 1's verdict must not be written, task 2's
    must. Without the `claimed_by=token` check in save_predictions (the status check alone
    passes: the frame is still PROCESSING), task 1 writes its verdict and task 2's is dropped
    (tried: task 1's save returns 1)."""
    frame = ingest(device_token[0], ["code"])[0]
    version, predictor = model_registry.current_predictor()
    threshold = predictor.meta.threshold
    stale_frames, stale_verdict = claim_and_predict(frame, "task-1")
    expire_claims(settings)
    live_frames, live_verdict = claim_and_predict(frame, "task-2")
    assert classify.save_predictions(stale_frames, stale_verdict, version, threshold,
                                     "task-1", "worker-1") == 0
    assert classify.save_predictions(live_frames, live_verdict, version, threshold,
                                     "task-2", "worker-2") == 1
    assert list(Observation.objects.values_list("frame_id", "worker")) == [(frame.pk, "worker-2")]


def test_a_stale_claim_cannot_release_or_fail_the_frame_its_successor_holds(
        device_token, frames_dir, categories, settings):
    frame = ingest(device_token[0], ["code"])[0]
    stale = classify.claim_frames(frame.pk, "task-1")
    expire_claims(settings)
    assert [f.pk for f in classify.claim_frames(frame.pk, "task-2")] == [frame.pk]
    classify.release_frames(stale, "task-1", "late error")
    classify.fail_frame(stale[0], "task-1", "late failure")
    frame.refresh_from_db()
    assert (frame.status, frame.claimed_by, frame.error) == (Frame.Status.PROCESSING, "task-2", "")


def test_releasing_a_claim_makes_the_frame_wait_again_with_the_error(
        device_token, frames_dir, categories):
    frame = ingest(device_token[0], ["code"])[0]
    claimed = classify.claim_frames(frame.pk, "task-1")
    classify.release_frames(claimed, "task-1", "x" * 3000)
    frame.refresh_from_db()
    assert (frame.status, frame.claimed_by, frame.claimed_at) == (Frame.Status.PENDING, "", None)
    assert frame.error == "x" * 2000
    assert [f.pk for f in classify.claim_frames(frame.pk, "task-2")] == [frame.pk]


# --- the same protections without a model run (fast; what scripts/mutation.sh runs) ---------
def test_a_stale_claims_hand_written_verdict_is_not_saved_over_its_successors(
        device_token, frames_dir, version, settings):
    frame = ingest(device_token[0], ["code"])[0]
    stale = classify.claim_frames(frame.pk, "task-1")
    expire_claims(settings)
    live = classify.claim_frames(frame.pk, "task-2")
    assert classify.save_predictions(stale, verdict([0.1, 0.8, 0.1]), version, 0.5,
                                     "task-1", "worker-1") == 0
    assert not Observation.objects.exists()
    assert classify.save_predictions(live, verdict([0.9, 0.05, 0.05]), version, 0.5,
                                     "task-2", "worker-2") == 1
    observation = Observation.objects.get()
    assert (observation.frame_id, observation.worker, observation.category.code) == (
        frame.pk, "worker-2", "code")


def test_a_frame_saved_once_is_not_saved_again_by_the_same_task(device_token, frames_dir,
                                                                 version):
    frame = ingest(device_token[0], ["code"])[0]
    claimed = classify.claim_frames(frame.pk, "task-1")
    assert classify.save_predictions(claimed, verdict([0.9, 0.05, 0.05]), version, 0.5,
                                     "task-1", "w") == 1
    assert classify.save_predictions(claimed, verdict([0.9, 0.05, 0.05]), version, 0.5,
                                     "task-1", "w") == 0
    assert Observation.objects.count() == 1


def test_a_confident_verdict_is_saved_with_its_probabilities_and_drops_the_image(
        device_token, frames_dir, version, django_capture_on_commit_callbacks):
    frame = ingest(device_token[0], ["code"])[0]
    image = frames_dir / frame.image_path
    claimed = classify.claim_frames(frame.pk, "task-1")
    with django_capture_on_commit_callbacks(execute=True):
        assert classify.save_predictions(claimed, verdict([0.1, 0.7, 0.2]), version, 0.6,
                                         "task-1", "w" * 150) == 1
    frame.refresh_from_db()
    assert (frame.status, frame.claimed_by, frame.error, frame.image_path) == (
        Frame.Status.DONE, "", "", "")
    observation = frame.observation
    assert observation.category.code == "terminal"
    assert observation.confidence == pytest.approx(0.7)
    assert observation.probabilities == pytest.approx({"code": 0.1, "terminal": 0.7,
                                                       "youtube": 0.2})
    assert (observation.model_version_id, observation.worker) == (version.pk, "w" * 100)
    assert not image.exists()
    assert not ReviewItem.objects.exists()


def test_an_unsure_verdict_keeps_the_image_for_review(device_token, frames_dir, version,
                                                      django_capture_on_commit_callbacks):
    frame = ingest(device_token[0], ["code"])[0]
    image_path = frame.image_path
    claimed = classify.claim_frames(frame.pk, "task-1")
    with django_capture_on_commit_callbacks(execute=True):
        assert classify.save_predictions(claimed, verdict([0.5, 0.3, 0.2]), version, 0.6,
                                         "task-1", "w") == 1
    frame.refresh_from_db()
    assert (frame.status, frame.image_path) == (Frame.Status.DONE, image_path)
    assert (frames_dir / image_path).is_file()
    assert ReviewItem.objects.get().frame_id == frame.pk


def test_a_verdict_exactly_at_the_threshold_counts_as_sure(device_token, frames_dir, version):
    frame = ingest(device_token[0], ["code"])[0]
    claimed = classify.claim_frames(frame.pk, "task-1")
    classify.save_predictions(claimed, verdict([0.5, 0.25, 0.25]), version, 0.5, "task-1", "w")
    frame.refresh_from_db()
    assert frame.image_path == ""


def test_a_failed_frame_is_out_of_the_claims_with_its_error(device_token, frames_dir,
                                                            categories):
    frame = ingest(device_token[0], ["code"])[0]
    claimed = classify.claim_frames(frame.pk, "task-1")
    classify.fail_frame(claimed[0], "task-1", "y" * 3000)
    frame.refresh_from_db()
    assert (frame.status, frame.claimed_by, frame.error) == (Frame.Status.FAILED, "", "y" * 2000)
    assert classify.claim_frames(frame.pk, "task-2") == []


def test_a_claim_records_its_token_time_and_attempt(device_token, frames_dir, categories):
    frame = ingest(device_token[0], ["code"])[0]
    before = timezone.now()
    claimed = classify.claim_frames(frame.pk, "task-1")
    assert [(f.pk, f.claimed_by, f.status) for f in claimed] == [
        (frame.pk, "task-1", Frame.Status.PROCESSING)]
    frame.refresh_from_db()
    assert frame.attempts == 1 and before <= frame.claimed_at <= timezone.now()
    assert classify.claim_frames(frame.pk, "task-2") == []  # a live claim is exclusive


def test_failing_one_frame_of_a_batch_leaves_the_others_claimed(device_token, frames_dir,
                                                                categories):
    """Written for a surviving mutant: fail_frame without `pk=frame.pk` failed the whole batch."""
    first, second = classify.claim_frames(ingest(device_token[0], ["code", "terminal"])[0].pk,
                                          "task-1")
    classify.fail_frame(first, "task-1", "image unreadable")
    statuses = dict(Frame.objects.values_list("pk", "status"))
    assert statuses == {first.pk: Frame.Status.FAILED, second.pk: Frame.Status.PROCESSING}


# --- written for the mutants that survived scripts/mutation.sh (docs/testing.md) -------------
def test_a_redelivered_task_takes_back_its_own_live_claim_and_its_batch(device_token, frames_dir,
                                                                         categories):
    head, other = ingest(device_token[0], ["code", "terminal"])
    classify.claim_frames(head.pk, "task-1")  # ... and its worker dies within the lease
    again = classify.claim_frames(head.pk, "task-1")
    assert sorted(f.pk for f in again) == sorted([head.pk, other.pk])
    assert set(Frame.objects.values_list("attempts", flat=True)) == {2}


def test_a_redelivered_task_tops_its_batch_up_only_to_the_batch_size(device_token, frames_dir,
                                                                      categories):
    """Batch 2: the first delivery claims the head and the oldest waiting frame; its redelivery
    takes both back and nothing more, so the third frame stays pending (mutation testing: with
    `+ len(reclaimed)` a redelivery grew its batch by what it had reclaimed)."""
    head, partner, third = ingest(device_token[0], ["code", "terminal", "code"])
    first = classify.claim_frames(head.pk, "task-1", batch=2)
    assert [f.pk for f in first] == [head.pk, partner.pk]
    again = classify.claim_frames(head.pk, "task-1", batch=2)  # its worker died: redelivered
    assert [f.pk for f in again] == [head.pk, partner.pk]
    assert Frame.objects.get(pk=third.pk).status == Frame.Status.PENDING


def test_releasing_one_frame_of_a_batch_leaves_the_others_claimed(device_token, frames_dir,
                                                                   categories):
    """release_frames gives back exactly the frames it is handed (mutation testing: without
    `pk__in` it released every frame the task had claimed)."""
    head, partner = classify.claim_frames(
        ingest(device_token[0], ["code", "terminal"])[0].pk, "task-1")
    classify.release_frames([head], "task-1", "OSError: x")
    head.refresh_from_db()
    partner.refresh_from_db()
    assert (head.status, head.claimed_by, head.error) == (Frame.Status.PENDING, "", "OSError: x")
    assert (partner.status, partner.claimed_by) == (Frame.Status.PROCESSING, "task-1")


def test_every_frame_of_a_saved_batch_gets_its_own_verdict(device_token, frames_dir, version):
    frames = ingest(device_token[0], ["code", "terminal"])
    claimed = classify.claim_frames(frames[0].pk, "task-1")
    written = classify.save_predictions(claimed, verdict([0.9, 0.05, 0.05], [0.1, 0.8, 0.1]),
                                        version, 0.5, "task-1", "w")
    assert written == 2
    assert dict(Observation.objects.values_list("frame_id", "category__code")) == {
        claimed[0].pk: "code", claimed[1].pk: "terminal"}


def test_a_batch_saves_the_frames_still_claimed_after_one_taken_over(
        device_token, frames_dir, version, settings):
    taken, kept = classify.claim_frames(ingest(device_token[0], ["code", "terminal"])[0].pk,
                                        "task-1")
    Frame.objects.filter(pk=taken.pk).update(claimed_by="task-2")  # taken over meanwhile
    assert classify.save_predictions([taken, kept], verdict([0.9, 0.05, 0.05], [0.1, 0.8, 0.1]),
                                     version, 0.5, "task-1", "w") == 1
    assert list(Observation.objects.values_list("frame_id", flat=True)) == [kept.pk]


def test_a_saved_frame_forgets_the_error_of_an_earlier_attempt(device_token, frames_dir,
                                                               version):
    frame = ingest(device_token[0], ["code"])[0]
    classify.release_frames(classify.claim_frames(frame.pk, "task-1"), "task-1", "OSError: x")
    claimed = classify.claim_frames(frame.pk, "task-2")
    classify.save_predictions(claimed, verdict([0.9, 0.05, 0.05]), version, 0.5, "task-2", "w")
    frame.refresh_from_db()
    assert (frame.status, frame.error) == (Frame.Status.DONE, "")


def test_probabilities_are_stored_to_five_decimals(device_token, frames_dir, version):
    frame = ingest(device_token[0], ["code"])[0]
    claimed = classify.claim_frames(frame.pk, "task-1")
    classify.save_predictions(claimed, verdict([0.123456, 0.8, 0.076544]), version, 0.5,
                              "task-1", "w")
    assert Observation.objects.get().probabilities["code"] == 0.12346


def test_a_verdict_whose_probabilities_do_not_match_its_classes_is_refused(
        device_token, frames_dir, version):
    frame = ingest(device_token[0], ["code"])[0]
    claimed = classify.claim_frames(frame.pk, "task-1")
    mismatched = Prediction(probs=np.array([[0.5, 0.3, 0.2]], np.float32),
                            embeddings=np.zeros((1, 4), np.float32), classes=["code", "terminal"])
    with pytest.raises(ValueError):
        classify.save_predictions(claimed, mismatched, version, 0.9, "task-1", "w")
    assert not Observation.objects.exists()


def test_an_unsure_frame_joins_the_review_queue_scored_by_this_model(device_token, frames_dir,
                                                                     version):
    frame = ingest(device_token[0], ["code"])[0]
    claimed = classify.claim_frames(frame.pk, "task-1")
    prediction = verdict([0.5, 0.3, 0.2])
    prediction.embeddings[0] = [1.0, 0.0, 0.0, 0.0]
    classify.save_predictions(claimed, prediction, version, 0.6, "task-1", "w")
    item = ReviewItem.objects.get(frame=frame)
    assert item.margin == pytest.approx(0.2, abs=1e-5)
    assert item.entropy is not None and item.predicted == "code"
    assert item.model_version_id == version.pk
    assert np.frombuffer(bytes(item.embedding), np.float32).tolist() == pytest.approx(
        [1.0, 0.0, 0.0, 0.0])


def test_a_batch_headed_by_the_oldest_frame_still_takes_the_next_ones(device_token, frames_dir,
                                                                     categories):
    frames = ingest(device_token[0], ["code", "terminal", "youtube"])
    claimed = classify.claim_frames(frames[0].pk, "task-1", batch=2)
    assert [f.pk for f in claimed] == [frames[0].pk, frames[1].pk]


def test_a_batch_of_one_claims_the_frame_alone(device_token, frames_dir, categories):
    frames = ingest(device_token[0], ["code", "terminal"])
    assert [f.pk for f in classify.claim_frames(frames[1].pk, "task-1", batch=1)] == [
        frames[1].pk]


def test_a_finished_frame_with_an_old_claim_time_is_never_claimed_again(
        device_token, frames_dir, version, settings):
    frame = ingest(device_token[0], ["code"])[0]
    claimed = classify.claim_frames(frame.pk, "task-1")
    classify.save_predictions(claimed, verdict([0.9, 0.05, 0.05]), version, 0.5, "task-1", "w")
    expire_claims(settings)  # the DONE row keeps its claimed_at
    assert classify.claim_frames(frame.pk, "task-2") == []
    assert Frame.objects.get(pk=frame.pk).status == Frame.Status.DONE
