"""Review items (frames the model was unsure about) and labels (a person's corrections).

A ReviewItem carries the uncertainty scores of the model version that scored it (margin,
entropy), the frame's embedding (for near-duplicate grouping and "label all similar") and its
place in the queue (group leader or member, control slice). A Label records a person's answer,
the Observation category it replaced (so undo can restore it), the action it belongs to (one
keypress or one bulk confirmation) and whether it is reserved for the gold set.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ReviewItem(models.Model):
    """A frame kept (with its image) because the model's confidence was under the threshold."""

    class Status(models.TextChoices):
        OPEN = "open"
        RESOLVED = "resolved"

    frame = models.OneToOneField("tracker.Frame", on_delete=models.CASCADE, related_name="review")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    # Uncertainty under the default strategy (1 - margin, in [0, 1]; higher = more uncertain).
    score = models.FloatField(default=0.0)
    margin = models.FloatField(null=True, blank=True, help_text="top-1 minus top-2 probability")
    entropy = models.FloatField(null=True, blank=True, help_text="normalised to [0, 1]")
    # A fixed pseudo-random key in [0, 1) for the random strategy (stable across reloads).
    random_key = models.FloatField(default=0.0)
    predicted = models.CharField(max_length=40, blank=True, help_text="top class when scored")
    model_version = models.ForeignKey("tracker.ModelVersion", null=True, blank=True,
                                      on_delete=models.SET_NULL, related_name="+")
    scored_at = models.DateTimeField(null=True, blank=True)
    # L2-normalised float32 embedding, (D,) as raw bytes (numpy.frombuffer reads it back).
    embedding = models.BinaryField(null=True, blank=True)
    # Near-duplicate grouping: members point at their group's leader; a leader has none.
    group = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="members")
    # The ~10% random control slice, queued at random so label efficiency can be measured.
    control = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            # serves: the review queue (open items, most uncertain first)
            models.Index(fields=["status", "-score"], name="reviewitem_status_score"),
            # serves: open group leaders (the queue and near-duplicate lookup at insertion)
            models.Index(fields=["status", "group"], name="reviewitem_status_group"),
        ]

    def __str__(self) -> str:
        return f"review {self.frame_id} {self.status}"


class Label(models.Model):
    """A person's answer for a frame: the ground truth that retraining learns from."""

    class Source(models.TextChoices):
        REVIEW = "review"  # the labelling page's key press (the item and its near-duplicates)
        SIMILAR = "similar"  # "label all similar": neighbours the person confirmed
        RANGE = "range"  # a stretch of time relabelled

    frame = models.ForeignKey("tracker.Frame", on_delete=models.CASCADE, related_name="labels")
    category = models.ForeignKey("tracker.Category", on_delete=models.CASCADE)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)
    # The Observation's category before this label (undo puts it back).
    previous_category = models.ForeignKey("tracker.Category", null=True, blank=True,
                                          on_delete=models.SET_NULL, related_name="+")
    # Labels written by one action (a key press, a bulk confirmation) share it; undo undoes it.
    action = models.CharField(max_length=32, blank=True, db_index=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.REVIEW)
    # Reserved for the fixed evaluation set: never trained on (labeling.gold).
    gold = models.BooleanField(default=False)

    class Meta:
        indexes = [
            # serves: undo (a person's latest label)
            models.Index(fields=["author", "-created_at"], name="label_author_created"),
        ]

    def __str__(self) -> str:
        return f"label {self.frame_id}={self.category_id}"


class RetrainRun(models.Model):
    """One retrain (candidate trained, judged by the promotion gate) or one rollback.

    At most one row is RUNNING (a partial unique constraint): inserting it is the retrain lock,
    so two retrains triggered at once cannot both run, on SQLite and PostgreSQL alike. The row
    also records the registry's history: `baseline` was active before, `candidate` is the model
    trained (or, for a rollback, the one restored); rollback_model's default target is read here.
    """

    class Kind(models.TextChoices):
        RETRAIN = "retrain"
        ROLLBACK = "rollback"

    class Status(models.TextChoices):
        RUNNING = "running"
        PROMOTED = "promoted"
        REJECTED = "rejected"
        SKIPPED = "skipped"  # too few labels to train on
        FAILED = "failed"
        ROLLED_BACK = "rolled_back"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.RETRAIN)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.RUNNING)
    trigger = models.CharField(max_length=20, blank=True, help_text="command, button, nightly…")
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    baseline = models.ForeignKey("tracker.ModelVersion", null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    candidate = models.ForeignKey("tracker.ModelVersion", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    n_labels = models.PositiveIntegerField(default=0, help_text="training labels used")
    n_gold = models.PositiveIntegerField(default=0)
    # Gold-set evaluations of candidate and baseline, the rule's verdict, timings (seconds).
    report = models.JSONField(default=dict, blank=True)
    message = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["status"], condition=models.Q(status="running"),
                                    name="retrainrun_one_running"),
        ]
        indexes = [
            # serves: the models page's history and rollback's latest promotion
            models.Index(fields=["-started_at"], name="retrainrun_started"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.status} {self.started_at:%Y-%m-%d %H:%M}"
