"""Classification: claim waiting frames, run the active model, write observations, recover.

Work is claimed with a conditional UPDATE carrying the Celery task id as the claim token; with
no active model nothing is claimed (frames wait, never get an invented label).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from PIL import Image

from labeling.services import queue_for_review
from tracker import frame_store
from tracker.dispatch import enqueue_classification
from tracker.model_registry import active_model, current_predictor
from tracker.models import Category, Frame, ModelVersion, Observation
from tracker.usage import recompute_for_frames

if TYPE_CHECKING:
    from ml.inference import Prediction

log = logging.getLogger(__name__)


def claim_frames(frame_id: int, token: str, batch: int | None = None) -> list[Frame]:
    """Atomically claim this frame plus other waiting ones (oldest first), for one batch.

    The conditional UPDATE is the lock: only rows still pending, or already claimed by this same
    task (a redelivery after its worker died), or whose claim outlived the lease, are taken.
    """
    batch = batch or settings.TIMENET_CLASSIFY_BATCH
    now = timezone.now()
    stale = now - timedelta(seconds=settings.TIMENET_CLAIM_LEASE)
    # A redelivered task first takes back the whole batch its dead worker had claimed.
    ours = Q(status=Frame.Status.PROCESSING, claimed_by=token)
    reclaimed = list(Frame.objects.filter(ours).exclude(pk=frame_id).values_list("pk", flat=True))
    waiting = (Frame.objects.filter(status=Frame.Status.PENDING).exclude(pk=frame_id)
               .order_by("captured_at").values_list("pk", flat=True))
    ids = [frame_id, *reclaimed, *waiting[: max(0, batch - 1 - len(reclaimed))]]
    claimable = (Q(status=Frame.Status.PENDING) | ours
                 | Q(status=Frame.Status.PROCESSING, claimed_at__lt=stale))
    Frame.objects.filter(claimable, pk__in=ids, attempts__lt=settings.TIMENET_MAX_ATTEMPTS).update(
        status=Frame.Status.PROCESSING, claimed_by=token, claimed_at=now,
        attempts=F("attempts") + 1)
    return list(Frame.objects.filter(pk__in=ids, status=Frame.Status.PROCESSING, claimed_by=token)
                .select_related("device").order_by("captured_at"))


def release_frames(frames: list[Frame], token: str, error: str) -> None:
    """Give claimed frames back (transient failure): pending again, the error recorded."""
    Frame.objects.filter(pk__in=[f.pk for f in frames], claimed_by=token,
                         status=Frame.Status.PROCESSING).update(
        status=Frame.Status.PENDING, claimed_by="", claimed_at=None, error=error[:2000])


def fail_frame(frame: Frame, token: str, error: str) -> None:
    """Mark a claimed frame failed for good (retrying cannot fix it), the error kept."""
    Frame.objects.filter(pk=frame.pk, claimed_by=token).update(
        status=Frame.Status.FAILED, error=error[:2000], claimed_by="")


def load_images(frames: list[Frame], token: str,
                input_size: int) -> tuple[list[Frame], list[Image.Image]]:
    """Decode each frame's image (at >= `input_size` px); an unreadable one fails for good."""
    from ml.inference import ImageError, open_image

    kept, images = [], []
    for frame in frames:
        try:
            # JPEG draft mode decodes straight at a reduced scale still >= the model's input.
            images.append(open_image(frame_store.read_frame(frame.image_path),
                                     draft_size=input_size))
            kept.append(frame)
        except (ImageError, OSError) as exc:
            fail_frame(frame, token, f"image unreadable: {exc}")
    return kept, images


def classify_frame(frame_id: int, token: str, worker: str = "") -> int:
    """Classify a waiting frame (and others in the same batch); returns how many were written.

    With no active model nothing is claimed: frames wait, never get an invented label.
    When a batch fails, each frame is retried alone, so one poison frame fails only itself;
    a lone frame that fails is given back (or quarantined after TIMENET_MAX_ATTEMPTS claims)
    and the error re-raised, so the task retries it.
    """
    loaded = current_predictor()
    if loaded is None:
        return 0
    version, predictor = loaded
    frames = claim_frames(frame_id, token)
    if not frames:
        return 0
    images: list[Image.Image] = []
    try:
        frames, images = load_images(frames, token, predictor.meta.input_size)
        if not frames:
            return 0
        prediction = predictor.predict(images)
        return save_predictions(frames, prediction, version, predictor.meta.threshold,
                                token, worker)
    except Exception as exc:
        if len(frames) != len(images):  # failed before the images were read: give all back
            release_frames(frames, token, f"{type(exc).__name__}: {exc}")
            raise
        if len(frames) == 1:
            settle_failure(frames[0], token, exc)
            raise  # one frame: transient or not, the task's retry (or the requeue job) decides
        log.warning("batch of %d frames failed (%s: %s); classifying them one by one",
                    len(frames), type(exc).__name__, exc)
    # A poison frame must not fail its batch-mates: each frame alone, in its own transaction.
    return sum(classify_alone(frame, image, version, predictor, token, worker)
               for frame, image in zip(frames, images, strict=True))


def classify_alone(frame: Frame, image: Image.Image, version: ModelVersion, predictor,
                   token: str, worker: str) -> int:
    """Classify one claimed frame on its own; returns 1 if its verdict was written, else 0.
    A failure is settled for this frame alone (see `settle_failure`), never raised."""
    try:
        return save_predictions([frame], predictor.predict([image]), version,
                                predictor.meta.threshold, token, worker)
    except Exception as exc:  # noqa: BLE001 - isolate the frame whatever broke on it
        settle_failure(frame, token, exc)
        return 0


def settle_failure(frame: Frame, token: str, exc: Exception) -> None:
    """A claimed frame whose classification raised: quarantined (FAILED, error kept) once it
    has used TIMENET_MAX_ATTEMPTS claims, else given back to wait for another attempt."""
    error = f"{type(exc).__name__}: {exc}"
    attempts = Frame.objects.filter(pk=frame.pk).values_list("attempts", flat=True).first() or 0
    if attempts >= settings.TIMENET_MAX_ATTEMPTS:
        log.error("frame %s quarantined after %d attempts: %s", frame.pk, attempts, error)
        fail_frame(frame, token, f"quarantined after {attempts} attempts: {error}")
    else:
        release_frames([frame], token, error)


def save_predictions(frames: list[Frame], prediction: Prediction, version: ModelVersion,
                     threshold: float, token: str, worker: str) -> int:
    """Write one Observation per still-claimed frame; under `threshold` (the model's meta.json)
    a frame keeps its image and joins the review queue, else its image is deleted."""
    categories = {c.code: c for c in Category.objects.all()}
    dropped: list[str] = []
    written: list[Frame] = []
    codes, confidences = prediction.codes, prediction.confidences
    with transaction.atomic():
        for i, frame in enumerate(frames):
            confidence = float(confidences[i])
            unsure = confidence < threshold
            # Still ours? (a claim that outlived its lease may have been taken over meanwhile)
            if not Frame.objects.filter(pk=frame.pk, claimed_by=token,
                                        status=Frame.Status.PROCESSING).update(
                    status=Frame.Status.DONE, error="", claimed_by="",
                    image_path=frame.image_path if unsure else ""):
                continue
            category = categories[codes[i]]
            probs = {c: round(float(p), 5) for c, p in zip(prediction.classes, prediction.probs[i],
                                                            strict=True)}
            Observation.objects.create(frame=frame, category=category, confidence=confidence,
                                       probabilities=probs, model_version=version,
                                       worker=worker[:100])
            if unsure:
                queue_for_review(frame, probs=prediction.probs[i], classes=prediction.classes,
                                 embedding=prediction.embeddings[i], version=version)
            else:
                dropped.append(frame.image_path)
            frame.category_id = category.pk
            written.append(frame)
        recompute_for_frames(written)
        # Confident frames' screenshots are deleted only once the verdict is durable.
        transaction.on_commit(lambda: delete_images(dropped))
    return len(written)


def delete_images(relpaths: list[str]) -> None:
    for relpath in relpaths:
        frame_store.delete_frame(relpath)


def requeue_waiting_frames(min_age: float | None = None) -> int:
    """Send tasks again for frames left waiting (broker was down, worker died, model arrived).

    Stale claims go back to pending; frames out of attempts are marked failed. One task per
    batch of waiting frames is enough, since a task claims a whole batch. `min_age` (seconds,
    default TIMENET_REQUEUE_EVERY) skips frames received too recently. Returns tasks sent.
    """
    if active_model() is None:
        return 0
    now = timezone.now()
    stale = now - timedelta(seconds=settings.TIMENET_CLAIM_LEASE)
    Frame.objects.filter(status=Frame.Status.PROCESSING, claimed_at__lt=stale).update(
        status=Frame.Status.PENDING, claimed_by="", claimed_at=None)
    Frame.objects.filter(status=Frame.Status.PENDING,
                         attempts__gte=settings.TIMENET_MAX_ATTEMPTS).update(
        status=Frame.Status.FAILED, error="gave up after the maximum number of attempts")
    age = settings.TIMENET_REQUEUE_EVERY if min_age is None else min_age
    waiting = list(Frame.objects.filter(status=Frame.Status.PENDING,
                                        received_at__lte=now - timedelta(seconds=age))
                   .order_by("captured_at").values_list("pk", flat=True))
    heads = waiting[:: settings.TIMENET_CLASSIFY_BATCH]
    return enqueue_classification(heads)
