"""What privacy stores: a person's capture pause and retention choices, and exclusion rules."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class PrivacySettings(models.Model):
    """One person's privacy settings (created with defaults on first use).

    The pause applies to all of the person's capture agents (they ask for it before each
    capture, `GET /api/capture-state`). Retention fields left empty follow the server's
    environment (TIMENET_RETENTION_DAYS, TIMENET_RETENTION_LABELLED)."""

    class Labelled(models.TextChoices):
        KEEP = "keep", "keep labelled frames (they train the model)"
        AGE = "age", "delete them after the same number of days"
        DELETE = "delete", "delete a frame's image as soon as it is labelled"

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="privacy_settings")
    paused = models.BooleanField(default=False)
    paused_at = models.DateTimeField(null=True, blank=True)
    paused_until = models.DateTimeField(null=True, blank=True, help_text="empty: until resumed")
    skip_private = models.BooleanField(
        default=True, help_text="never capture private/incognito browser windows")
    retention_days = models.PositiveIntegerField(
        null=True, blank=True, help_text="days a stored frame image is kept; 0 = no age limit; "
        "empty = the server's default")
    labelled = models.CharField(max_length=6, choices=Labelled.choices, blank=True,
                                help_text="empty = the server's default")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "privacy settings"

    def __str__(self) -> str:
        return f"privacy settings of {self.user}"


class ExclusionRule(models.Model):
    """A window never captured: its application (WM_CLASS) or title matches `pattern`
    (a case-insensitive shell glob; agent/privacy.py holds the matching rules)."""

    class Kind(models.TextChoices):
        APP = "app", "application (WM_CLASS)"
        TITLE = "title", "window title"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="exclusion_rules")
    kind = models.CharField(max_length=5, choices=Kind.choices)
    pattern = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "pattern"]
        constraints = [
            # serves: the capture-state answer (a person's rules) and refuses duplicates
            models.UniqueConstraint(fields=["owner", "kind", "pattern"],
                                    name="exclusionrule_unique_per_owner"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.pattern!r}"

