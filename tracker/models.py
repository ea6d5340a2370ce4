"""What the tracker stores: devices, frames, observations, model versions and usage rollups."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class Category(models.Model):
    """An activity the model can predict (the seed's 14 by default; users add their own later)."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=100)
    color = models.CharField(max_length=7, default="#888888")
    distracting = models.BooleanField(default=False)
    # Passive watching (video): idle input is still this activity, not away (issue 13).
    passive = models.BooleanField(default=False)

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.code


class Device(models.Model):
    """A capture agent. Only the SHA-256 of its token is stored; the token itself is shown once."""

    name = models.CharField(max_length=100)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token_hash = models.CharField(max_length=64, unique=True)  # serves: ingest auth lookup
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="device_unique_name_per_owner")
        ]

    def __str__(self) -> str:
        return self.name


class ModelVersion(models.Model):
    """A reference to a model artifact directory (weights + meta.json); one may be active.

    The row holds only what identifies the artifact (version id, path, weights sha256): its
    classes, input size, temperature, threshold and metrics live in its meta.json alone and are
    read through `tracker.model_registry.model_meta`."""

    version = models.CharField(max_length=100)
    path = models.CharField(max_length=500)
    sha256 = models.CharField(max_length=64)
    active = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # Why a worker could not load this artifact (weights altered on disk, unreadable ONNX...):
    # shown on the models page; emptied when it loads again (tracker.model_registry).
    load_error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["active"], condition=Q(active=True), name="modelversion_one_active"
            ),
            models.UniqueConstraint(fields=["path", "sha256"], name="modelversion_unique_artifact"),
        ]

    def __str__(self) -> str:
        return f"{self.version} ({'active' if self.active else 'inactive'})"


class Frame(models.Model):
    """One screenshot sent by an agent. The database row is the source of truth for its state."""

    class Status(models.TextChoices):
        PENDING = "pending"
        PROCESSING = "processing"
        DONE = "done"
        FAILED = "failed"

    device = models.ForeignKey(Device, on_delete=models.CASCADE, related_name="frames")
    captured_at = models.DateTimeField()
    received_at = models.DateTimeField(auto_now_add=True)
    duration = models.FloatField(help_text="seconds of screen time this frame stands for")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    claimed_by = models.CharField(max_length=64, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    # Relative to settings.FRAMES_DIR; emptied once a confident frame is classified.
    image_path = models.CharField(max_length=255, blank=True)
    sha256 = models.CharField(max_length=64)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    window_title = models.CharField(max_length=500, blank=True)
    window_app = models.CharField(max_length=200, blank=True)
    idle_seconds = models.FloatField(null=True, blank=True)

    class Meta:
        constraints = [
            # A re-sent frame (agent retry, spool replay) is the same row: ingest is idempotent.
            models.UniqueConstraint(
                fields=["device", "captured_at", "sha256"], name="frame_unique_submission"
            )
        ]
        indexes = [
            # serves: claiming waiting frames oldest first, and the beat requeue scan
            models.Index(fields=["status", "captured_at"], name="frame_status_captured"),
            # serves: rollup recomputation (a device's frames in a time bucket)
            models.Index(fields=["device", "captured_at"], name="frame_device_captured"),
        ]

    def __str__(self) -> str:
        return f"frame {self.pk} {self.status}"


class Observation(models.Model):
    """The model's verdict on one frame; one per frame (the database forbids a second one)."""

    frame = models.OneToOneField(Frame, on_delete=models.CASCADE, related_name="observation")
    category = models.ForeignKey(Category, on_delete=models.PROTECT)
    confidence = models.FloatField()
    probabilities = models.JSONField(default=dict)
    model_version = models.ForeignKey(ModelVersion, on_delete=models.PROTECT)
    worker = models.CharField(max_length=100, blank=True, help_text="Celery node that classified")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.category_id} {self.confidence:.2f}"


class UsageRollup(models.Model):
    """Seconds per device, series and time bucket, always recomputed from observations (never +=).

    A series is an activity (`category` set) or one of the system kinds `away` / `unreviewed`
    (`category` NULL). Minute and quarter buckets are UTC-aligned; a day bucket is a local day of
    settings.TIME_ZONE. `bucket` is always the bucket's start as a UTC instant (tracker.rollups).
    """

    class Granularity(models.TextChoices):
        MINUTE = "minute"
        QUARTER = "quarter"  # 15 minutes: any zone's local hour and day is a union of these
        DAY = "day"

    class Kind(models.TextChoices):
        ACTIVITY = "activity"
        AWAY = "away"
        UNREVIEWED = "unreviewed"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    device = models.ForeignKey(Device, on_delete=models.CASCADE)
    granularity = models.CharField(max_length=7, choices=Granularity.choices)
    bucket = models.DateTimeField(help_text="start of the bucket (a UTC instant)")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.ACTIVITY)
    category = models.ForeignKey(Category, on_delete=models.CASCADE, null=True, blank=True)
    seconds = models.FloatField(default=0.0)

    class Meta:
        constraints = [
            # serves: recomputing a device's buckets over a span (delete + insert by range)
            models.UniqueConstraint(
                fields=["device", "granularity", "bucket", "category"],
                condition=Q(kind="activity"), name="rollup_unique_activity_bucket"),
            models.UniqueConstraint(
                fields=["device", "granularity", "bucket", "kind"],
                condition=Q(category__isnull=True), name="rollup_unique_system_bucket"),
            models.CheckConstraint(
                condition=Q(kind="activity", category__isnull=False)
                | (~Q(kind="activity") & Q(category__isnull=True)),
                name="rollup_category_iff_activity"),
        ]
        indexes = [
            # serves: the day/week/range pages (an owner's buckets of one granularity in a span)
            models.Index(
                fields=["owner", "granularity", "bucket"], name="rollup_owner_gran_bucket"
            ),
            # serves: recomputation (tracker.rollups.write_span/write_days delete and sum a
            # device's rows of a span; the partial unique indexes cannot, they need `kind`)
            models.Index(
                fields=["device", "granularity", "bucket"], name="rollup_device_gran_bucket"
            ),
        ]


class TitleRollup(models.Model):
    """Seconds per device, quarter bucket, activity and window (app, title): the Today page's
    "top window titles" per activity, read from here instead of scanning frames.

    Written with the UsageRollup rows of the same span (tracker.rollups.write_span: delete +
    insert under the device's lock, so no unique constraint: a 500-character title would not
    fit a PostgreSQL btree entry). Only activity time is kept: away and unreviewed frames are
    not the activity. Per device, quarter and category the rows sum to the activity's quarter
    row in UsageRollup (the same clipped intervals, a person's label over the model's guess).
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    device = models.ForeignKey(Device, on_delete=models.CASCADE)
    bucket = models.DateTimeField(help_text="start of the quarter (a UTC instant)")
    category = models.ForeignKey(Category, on_delete=models.CASCADE)
    window_app = models.CharField(max_length=200, blank=True)
    window_title = models.CharField(max_length=500, blank=True)
    seconds = models.FloatField(default=0.0)

    class Meta:
        indexes = [
            # serves: the day page's top titles (an owner's quarters of one local day)
            models.Index(fields=["owner", "bucket"], name="titlerollup_owner_bucket"),
            # serves: recomputation (tracker.rollups.write_span deletes a device's span)
            models.Index(fields=["device", "bucket"], name="titlerollup_device_bucket"),
        ]
