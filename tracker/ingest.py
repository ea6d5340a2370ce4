"""Ingest: validate an agent's frame (image + metadata), store it, enqueue its classification.

The database row is committed before the task is sent, and ingest is idempotent: a re-sent frame
(same device, capture time and bytes) maps to the same row and the same file.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from PIL import Image, UnidentifiedImageError

from timenet_core.frame_meta import FrameMeta, FrameMetaError
from tracker import frame_store
from tracker.dispatch import enqueue_classification
from tracker.models import Device, Frame

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


class IngestError(Exception):
    """A frame the server refuses; `status` is the HTTP status the view answers with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ImageInfo:
    ext: str  # file extension for the stored image
    width: int  # px
    height: int  # px


def max_upload_bytes() -> int:
    """The frame cap plus room for the multipart envelope and metadata."""
    return settings.TIMENET_MAX_FRAME_BYTES + 64 * 1024


def validate_image(data: bytes) -> ImageInfo:
    """Check the bytes are a real, whole screenshot in an accepted format, without trusting size.
    Raises IngestError 413 (too big), 415 (format) or 400 (not a valid image)."""
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
    except Image.DecompressionBombError as exc:
        # Pillow refuses, inside Image.open, anything over twice its own pixel limit (~179 Mpx)
        # before our smaller cap is reached: the same refusal, said the same way.
        raise IngestError(413, f"too many pixels: {exc}") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise IngestError(400, f"not a valid image: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - untrusted bytes: any decoder failure is a bad image
        raise IngestError(400, f"not a valid image ({type(exc).__name__}: {exc})") from exc
    return ImageInfo(ACCEPTED_FORMATS[fmt], width, height)


def parse_meta(raw: str | bytes | None) -> FrameMeta:
    """The frame's metadata by the shared schema (timenet_core.frame_meta).
    Raises IngestError 400 for metadata that does not fit it or an implausible capture time."""
    try:
        meta = FrameMeta.parse(raw, default_duration=settings.TIMENET_CAPTURE_INTERVAL,
                               # A frame never stands for more than the cap (an agent that
                               # slept must not fill the day).
                               max_duration=settings.TIMENET_MAX_FRAME_SECONDS)
    except FrameMetaError as exc:
        raise IngestError(400, str(exc)) from exc
    check_capture_time(meta.captured_at)
    return meta


def check_capture_time(captured_at: datetime) -> None:
    """Refuse a capture time outside the plausible window around the server's clock (400):
    more than TIMENET_MAX_CLOCK_SKEW s ahead (a wrong agent clock) or more than
    TIMENET_MAX_FRAME_AGE_DAYS old (1970 from a clock reset; older than any spool would keep),
    so such frames are refused aloud instead of filed under days nobody looks at."""
    now = timezone.now()
    skew, max_age = capture_window()
    if captured_at > now + skew:
        raise IngestError(400, f"meta.captured_at {captured_at.isoformat()} is in the future "
                               f"(server time {now.isoformat(timespec='seconds')}); "
                               "check the agent's clock")
    if captured_at < now - max_age:
        raise IngestError(400, f"meta.captured_at {captured_at.isoformat()} is more than "
                               f"{max_age.days} days old; check the agent's clock")


def capture_window() -> tuple[timedelta, timedelta]:
    """(how far ahead, how far back) of the server's clock a capture time may be: settings
    TIMENET_MAX_CLOCK_SKEW (s, default 1 hour) and TIMENET_MAX_FRAME_AGE_DAYS (default 366,
    longer than any agent spool would wait)."""
    return (timedelta(seconds=getattr(settings, "TIMENET_MAX_CLOCK_SKEW", 3600.0)),
            timedelta(days=getattr(settings, "TIMENET_MAX_FRAME_AGE_DAYS", 366)))


def frame_relpath(device: Device, meta: FrameMeta, sha: str, ext: str) -> str:
    # Deterministic, so a duplicate submission maps to the same file and leaves no orphan.
    stamp = meta.captured_at.astimezone(UTC)
    return f"{stamp:%Y/%m/%d}/d{device.pk}-{stamp:%H%M%S%f}-{sha[:16]}.{ext}"


def store_image(relpath: str, data: bytes) -> None:
    # Metadata stripped, encrypted at rest, written atomically: tracker.frame_store owns it.
    frame_store.write_frame(relpath, data)


def ingest_frame(device: Device, data: bytes, raw_meta: str | bytes | None) -> tuple[Frame, bool]:
    """Store a frame and enqueue its classification once the row is committed.

    Returns (frame, created); a duplicate (same device, capture time and bytes) returns the
    existing row, so an agent may safely re-send after a timeout. Raises IngestError.
    """
    info = validate_image(data)
    meta = parse_meta(raw_meta)
    sha = hashlib.sha256(data).hexdigest()
    key = {"device": device, "captured_at": meta.captured_at, "sha256": sha}
    existing = Frame.objects.filter(**key).first()
    if existing is not None:
        return existing, False
    relpath = frame_relpath(device, meta, sha, info.ext)
    try:
        store_image(relpath, data)
    except OSError as exc:  # disk full, quota, read-only: nothing was written (atomic write)
        raise IngestError(507, f"the server cannot store frames now: {exc.strerror or exc}; "
                               "keep the frame and retry later") from exc
    try:
        with transaction.atomic():
            frame = Frame.objects.create(
                **key, duration=meta.duration, image_path=relpath, width=info.width,
                height=info.height, window_title=meta.window_title, window_app=meta.window_app,
                idle_seconds=meta.idle_seconds)
            transaction.on_commit(lambda: enqueue_classification([frame.pk]))
    except IntegrityError:  # a concurrent duplicate won the race: same row, same file
        return Frame.objects.get(**key), False
    except DatabaseError as exc:  # database full or locked: no row, so no file either
        frame_store.delete_frame(relpath)
        raise IngestError(503, f"the server cannot record frames now: {exc}; "
                               "keep the frame and retry later") from exc
    Device.objects.filter(pk=device.pk).update(last_seen_at=timezone.now())
    return frame, True
