"""What notifications store: a person's settings, and the notifications waiting for delivery."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from tracker.models import Category, Device

# The seed warned after more than 3 frames of 10 s in a 30-minute period: 30 s.
DEFAULT_THRESHOLD_SECONDS = 30
DEFAULT_WINDOW_MINUTES = 30


class NotificationSettings(models.Model):
    """One person's notification settings (created with defaults on first use).

    Quiet hours are local times of settings.TIME_ZONE; an end before the start wraps midnight.
    `warn_categories` are the activities that count as distracting for warnings; they start as
    the categories marked distracting (Category.distracting), and a category added later joins
    them when it is marked distracting."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="notification_settings")
    summary_enabled = models.BooleanField(default=True)
    summary_every_minutes = models.PositiveIntegerField(default=DEFAULT_WINDOW_MINUTES)
    warnings_enabled = models.BooleanField(default=True)
    window_minutes = models.PositiveIntegerField(default=DEFAULT_WINDOW_MINUTES)
    threshold_seconds = models.PositiveIntegerField(default=DEFAULT_THRESHOLD_SECONDS)
    cooldown_minutes = models.PositiveIntegerField(default=DEFAULT_WINDOW_MINUTES)
    sound = models.BooleanField(default=True, help_text="play a sound with a warning")
    quiet_start = models.TimeField(null=True, blank=True)
    quiet_end = models.TimeField(null=True, blank=True)
    snoozed_until = models.DateTimeField(null=True, blank=True)
    warn_categories = models.ManyToManyField(Category, blank=True, related_name="+")
    # The highest Category id these settings have seen: a category added later that is marked
    # distracting joins warn_categories once (notify.services.settings_for).
    seen_category_id = models.PositiveBigIntegerField(default=0)
    last_summary_at = models.DateTimeField(null=True, blank=True)
    last_warning_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "notification settings"

    def __str__(self) -> str:
        return f"notification settings of {self.user}"


class Notification(models.Model):
    """A notification for one person, shown once: by an agent (desktop) or the browser banner.

    `device` is the agent that should show it (the one the person used last), or None for any
    of the person's agents; `delivered_at` is set by the first acknowledgement."""

    class Kind(models.TextChoices):
        SUMMARY = "summary"
        WARNING = "warning"
        TEST = "test"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    device = models.ForeignKey(Device, on_delete=models.SET_NULL, null=True, blank=True)
    kind = models.CharField(max_length=8, choices=Kind.choices)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    sound = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    delivered_via = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            # serves: an agent's or the browser's poll (a person's undelivered notifications)
            models.Index(fields=["owner", "created_at"], condition=Q(delivered_at__isnull=True),
                         name="notification_undelivered"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.title}"
