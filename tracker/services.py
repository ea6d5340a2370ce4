"""The tracker's logic: devices, ingest, the model registry and classification.

This module and labeling/services.py are the only places that talk to `ml`; they import it lazily
so the web server and the capture agent never load torch.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from PIL import Image, UnidentifiedImageError

from labeling.models import ReviewItem
from timenet_core.frame_meta import FrameMeta, FrameMetaError
from tracker.models import Category, Device, Frame, ModelVersion, Observation
from tracker.usage import recompute_for_frames

if TYPE_CHECKING:
    from ml.inference import Predictor

log = logging.getLogger(__name__)

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


# --- devices ---------------------------------------------------------------------------------
def hash_token(token: str) -> str:
    # Tokens are 256-bit random strings, so a plain SHA-256 is enough (no brute-force risk).
    return hashlib.sha256(token.encode()).hexdigest()


def create_device(owner, name: str) -> tuple[Device, str]:
    """A new capture agent and its token (shown once; only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    device = Device.objects.create(owner=owner, name=name, token_hash=hash_token(token))
    return device, token


def create_device_or_rotate(owner, name: str) -> tuple[Device, str]:
    """Like create_device, but a device of that name gets a fresh token (old one revoked)."""
    token = secrets.token_urlsafe(32)
    device, _ = Device.objects.update_or_create(owner=owner, name=name,
                                                defaults={"token_hash": hash_token(token)})
    return device, token


def device_for_token(token: str) -> Device | None:
    if not token:
        return None
    return Device.objects.select_related("owner").filter(token_hash=hash_token(token)).first()


# --- ingest ----------------------------------------------------------------------------------
class IngestError(Exception):
    """A frame the server refuses; `status` is the HTTP status the view answers with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ImageInfo:
    ext: str
    width: int
    height: int


def max_upload_bytes() -> int:
    """The frame cap plus room for the multipart envelope and metadata."""
    return settings.TIMENET_MAX_FRAME_BYTES + 64 * 1024


def validate_image(data: bytes) -> ImageInfo:
    """Check the bytes are a real, whole screenshot in an accepted format, without trusting size."""
    if len(data) > settings.TIMENET_MAX_FRAME_BYTES:
        raise IngestError(413, f"frame is {len(data)} bytes; the limit is "
                               f"{settings.TIMENET_MAX_FRAME_BYTES}")
    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt, (width, height) = image.format, image.size
            if fmt not in ACCEPTED_FORMATS:
                raise IngestError(415, f"unsupported image format {fmt}; send JPEG, PNG or WEBP")
            # Checked before decoding, so a decompression bomb is refused without being expanded.
            if width * height > settings.TIMENET_MAX_FRAME_PIXELS:
                raise IngestError(413, f"image is {width}x{height}; too many pixels")
            image.load()  # decodes fully: a truncated or corrupt file fails here
    except IngestError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise IngestError(400, f"not a valid image: {exc}") from exc
    return ImageInfo(ACCEPTED_FORMATS[fmt], width, height)


def parse_meta(raw: str | bytes | None) -> FrameMeta:
    """The frame's metadata by the shared schema (timenet_core.frame_meta). Raises IngestError
    (400) for metadata that does not fit it."""
    try:
        return FrameMeta.parse(raw, default_duration=settings.TIMENET_CAPTURE_INTERVAL,
                               # A frame never stands for more than the cap (an agent that
                               # slept must not fill the day).
                               max_duration=settings.TIMENET_MAX_FRAME_SECONDS)
    except FrameMetaError as exc:
        raise IngestError(400, str(exc)) from exc


def frame_relpath(device: Device, meta: FrameMeta, sha: str, ext: str) -> str:
    # Deterministic, so a duplicate submission maps to the same file and leaves no orphan.
    stamp = meta.captured_at.astimezone(UTC)
    return f"{stamp:%Y/%m/%d}/d{device.pk}-{stamp:%H%M%S%f}-{sha[:16]}.{ext}"


def store_image(relpath: str, data: bytes) -> None:
    path = Path(settings.FRAMES_DIR) / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)  # atomic: a reader never sees half a file


def ingest_frame(device: Device, data: bytes, raw_meta: str | bytes | None) -> tuple[Frame, bool]:
    """Store a frame and enqueue its classification once the row is committed.

    Returns (frame, created); a duplicate (same device, capture time and bytes) returns the
    existing row, so an agent may safely re-send after a timeout.
    """
    info = validate_image(data)
    meta = parse_meta(raw_meta)
    sha = hashlib.sha256(data).hexdigest()
    key = {"device": device, "captured_at": meta.captured_at, "sha256": sha}
    existing = Frame.objects.filter(**key).first()
    if existing is not None:
        return existing, False
    relpath = frame_relpath(device, meta, sha, info.ext)
    store_image(relpath, data)
    try:
        with transaction.atomic():
            frame = Frame.objects.create(
                **key, duration=meta.duration, image_path=relpath, width=info.width,
                height=info.height, window_title=meta.window_title, window_app=meta.window_app,
                idle_seconds=meta.idle_seconds)
            transaction.on_commit(lambda: enqueue_classification([frame.pk]))
    except IntegrityError:  # a concurrent duplicate won the race: same row, same file
        return Frame.objects.get(**key), False
    Device.objects.filter(pk=device.pk).update(last_seen_at=timezone.now())
    return frame, True


def enqueue_classification(frame_ids: list[int]) -> int:
    """Send one classify task per frame id; returns how many were sent.

    A broker outage must not fail ingest: the rows are committed, and the beat job
    (`requeue_waiting_frames`) sends them again once Redis is back.
    """
    from tracker.tasks import classify_frame

    sent = 0
    for frame_id in frame_ids:
        try:
            classify_frame.apply_async((frame_id,))
            sent += 1
        except Exception as exc:  # noqa: BLE001 - any broker error: the beat job retries later
            log.warning("broker unavailable, frame %s waits for the requeue job: %s", frame_id, exc)
            break
    return sent


# --- model registry --------------------------------------------------------------------------
def ensure_default_categories() -> None:
    """The seed's 14 categories (idempotent; also run by the data migration)."""
    from ml.classes import DEFAULT_CLASSES

    for activity in DEFAULT_CLASSES:
        Category.objects.get_or_create(
            code=activity.code,
            defaults={"name": activity.name, "color": activity.color,
                      "distracting": activity.distracting})


def activate_model(model_dir: str | Path) -> ModelVersion:
    """Verify a model artifact directory, register it and make it the one that classifies."""
    from ml.inference import Predictor

    path = Path(model_dir).resolve()
    predictor = Predictor.load(path)  # raises ModelArtifactError for a bad or tampered dir
    meta = predictor.meta
    for code in predictor.classes:  # a user's model may bring classes the database lacks
        Category.objects.get_or_create(code=code, defaults={"name": code})
    with transaction.atomic():
        ModelVersion.objects.filter(active=True).update(active=False)
        version, _ = ModelVersion.objects.update_or_create(
            path=str(path), sha256=meta.sha256,
            defaults={"version": meta.version, "classes": list(meta.classes),
                      "threshold": float(meta.threshold), "metrics": meta.metrics or {},
                      "active": True})
    transaction.on_commit(lambda: requeue_waiting_frames(min_age=0.0))
    return version


def active_model() -> ModelVersion | None:
    return ModelVersion.objects.filter(active=True).first()


# One loaded model per worker process, swapped when another version becomes active.
_loaded: tuple[tuple, Predictor] | None = None


def preload_ml() -> None:
    import ml.inference  # noqa: F401 - imported for its side effect: modules cached pre-fork


def current_predictor() -> tuple[ModelVersion, Predictor] | None:
    global _loaded
    version = active_model()
    if version is None:
        return None
    key = (version.pk, version.path, version.sha256)
    if _loaded is None or _loaded[0] != key:
        from ml.inference import Predictor

        _loaded = (key, Predictor.load(version.path))
        log.info("loaded model %s from %s (%s)", version.version, version.path,
                 _loaded[1].backend)
    return version, _loaded[1]


# --- classification --------------------------------------------------------------------------
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
    Frame.objects.filter(pk=frame.pk, claimed_by=token).update(
        status=Frame.Status.FAILED, error=error[:2000], claimed_by="")


def load_images(frames: list[Frame], token: str,
                input_size: int) -> tuple[list[Frame], list[Image.Image]]:
    """Decode each frame's image; an unreadable one fails for good (retrying cannot fix it)."""
    from ml.inference import ImageError, open_image

    kept, images = [], []
    for frame in frames:
        try:
            # JPEG draft mode decodes straight at a reduced scale still >= the model's input.
            images.append(open_image(Path(settings.FRAMES_DIR) / frame.image_path,
                                     draft_size=input_size))
            kept.append(frame)
        except (ImageError, OSError) as exc:
            fail_frame(frame, token, f"image unreadable: {exc}")
    return kept, images


def classify_frame(frame_id: int, token: str, worker: str = "") -> int:
    """Classify a waiting frame (and others in the same batch); returns how many were written.

    With no active model nothing is claimed: frames wait, never get an invented label.
    """
    loaded = current_predictor()
    if loaded is None:
        return 0
    version, predictor = loaded
    frames = claim_frames(frame_id, token)
    if not frames:
        return 0
    try:
        frames, images = load_images(frames, token, predictor.meta.input_size)
        if not frames:
            return 0
        prediction = predictor.predict(images)
        written = save_predictions(frames, prediction, version, token, worker)
    except Exception as exc:
        release_frames(frames, token, f"{type(exc).__name__}: {exc}")
        raise
    return written


def save_predictions(frames: list[Frame], prediction: Any, version: ModelVersion, token: str,
                     worker: str) -> int:
    categories = {c.code: c for c in Category.objects.all()}
    dropped: list[str] = []
    written: list[Frame] = []
    codes, confidences = prediction.codes, prediction.confidences
    with transaction.atomic():
        for i, frame in enumerate(frames):
            confidence = float(confidences[i])
            unsure = confidence < version.threshold
            # Still ours? (a claim that outlived its lease may have been taken over meanwhile)
            if not Frame.objects.filter(pk=frame.pk, claimed_by=token,
                                        status=Frame.Status.PROCESSING).update(
                    status=Frame.Status.DONE, error="", claimed_by="",
                    image_path=frame.image_path if unsure else ""):
                continue
            code = codes[i]
            probs = {c: round(float(p), 5) for c, p in zip(prediction.classes, prediction.probs[i],
                                                            strict=True)}
            Observation.objects.create(frame=frame, category=categories[code],
                                       confidence=confidence, probabilities=probs,
                                       model_version=version, worker=worker[:100])
            if unsure:
                ReviewItem.objects.create(frame=frame, score=1.0 - confidence)
            else:
                dropped.append(frame.image_path)
            frame.category_id = categories[code].pk
            written.append(frame)
        recompute_for_frames(written)
        # Confident frames' screenshots are deleted only once the verdict is durable.
        transaction.on_commit(lambda: delete_images(dropped))
    return len(written)


def delete_images(relpaths: list[str]) -> None:
    for relpath in relpaths:
        try:
            (Path(settings.FRAMES_DIR) / relpath).unlink()
        except FileNotFoundError:
            pass


# --- recovery --------------------------------------------------------------------------------
def requeue_waiting_frames(min_age: float | None = None) -> int:
    """Send tasks again for frames left waiting (broker was down, worker died, model arrived).

    Stale claims go back to pending; frames out of attempts are marked failed. One task per
    batch of waiting frames is enough, since a task claims a whole batch. Returns tasks sent.
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


# --- status ----------------------------------------------------------------------------------
def pipeline_status() -> dict[str, Any]:
    """Counters for `timenet_status --json` (keys are a contract: see DESIGN.md)."""
    from django.db.models import Count

    from labeling.models import Label

    by_status = dict(Frame.objects.values_list("status").annotate(n=Count("pk")).order_by())
    version = active_model()
    return {
        "frames_captured": sum(by_status.values()),
        "frames_classified": by_status.get(Frame.Status.DONE, 0),
        "frames_pending": by_status.get(Frame.Status.PENDING, 0)
        + by_status.get(Frame.Status.PROCESSING, 0),
        "frames_failed": by_status.get(Frame.Status.FAILED, 0),
        "observations": Observation.objects.count(),
        "review_queue": ReviewItem.objects.filter(status=ReviewItem.Status.OPEN).count(),
        "labels": Label.objects.count(),
        "active_model": version.version if version else None,
        "active_model_path": version.path if version else None,
        "categories": Category.objects.count(),
        "category_codes": list(Category.objects.values_list("code", flat=True)),
        "devices": Device.objects.count(),
    }
