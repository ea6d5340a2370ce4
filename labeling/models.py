"""Review items (frames the model was unsure about) and labels (a person's corrections).

The review queue UI, bulk labelling and retraining on labels come with the active-learning issue;
the pipeline already creates ReviewItems so nothing uncertain is lost until then.
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
    # Uncertainty score used to order the queue (1 - confidence for now; margin/entropy later).
    score = models.FloatField(default=0.0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            # serves: the review queue (open items, most uncertain first)
            models.Index(fields=["status", "-score"], name="reviewitem_status_score"),
        ]

    def __str__(self) -> str:
        return f"review {self.frame_id} {self.status}"


class Label(models.Model):
    """A person's answer for a frame: the ground truth that retraining learns from."""

    frame = models.ForeignKey("tracker.Frame", on_delete=models.CASCADE, related_name="labels")
    category = models.ForeignKey("tracker.Category", on_delete=models.CASCADE)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"label {self.frame_id}={self.category_id}"
