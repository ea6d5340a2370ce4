"""The notification settings form (the settings page)."""

from __future__ import annotations

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator

from notify.models import NotificationSettings


class NotificationSettingsForm(forms.ModelForm):
    """Every setting a person can change; bounds keep a typo from silencing or spamming."""

    class Meta:
        model = NotificationSettings
        fields = ["summary_enabled", "summary_every_minutes", "warnings_enabled",
                  "window_minutes", "threshold_seconds", "cooldown_minutes", "sound",
                  "warn_categories", "quiet_start", "quiet_end", "snoozed_until"]
        labels = {
            "summary_enabled": "Send a summary",
            "summary_every_minutes": "Summary every (minutes)",
            "warnings_enabled": "Warn me about distraction",
            "window_minutes": "Look back (minutes)",
            "threshold_seconds": "Warn after (seconds of distraction)",
            "cooldown_minutes": "At most one warning every (minutes)",
            "sound": "Play a sound with a warning",
            "warn_categories": "Activities that count as distracting",
            "quiet_start": "Quiet from",
            "quiet_end": "Quiet until",
            "snoozed_until": "Snooze until",
        }
        help_texts = {
            "threshold_seconds": "30 s is three screenshots at the default 10 s interval. "
                                 "Unreviewed and away time never count.",
            "quiet_start": "Local time; leave both empty for no quiet hours.",
            "snoozed_until": "No notification until then; empty it to resume.",
            "sound": "The desktop's warning sound; summaries stay silent.",
        }
        widgets = {
            "warn_categories": forms.CheckboxSelectMultiple,
            "quiet_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "quiet_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "snoozed_until": forms.DateTimeInput(attrs={"type": "datetime-local"},
                                                 format="%Y-%m-%dT%H:%M"),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # a person reads "Watching YouTube", not the class code "youtube"
        self.fields["warn_categories"].label_from_instance = lambda category: category.name
        bounds = {"summary_every_minutes": (5, 1440), "window_minutes": (5, 240),
                  "threshold_seconds": (1, 14400), "cooldown_minutes": (1, 1440)}
        for name, (low, high) in bounds.items():
            field = self.fields[name]
            field.validators += [MinValueValidator(low), MaxValueValidator(high)]
            field.widget.attrs.update(min=low, max=high)

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("quiet_start"), data.get("quiet_end")
        if (start is None) != (end is None):
            raise forms.ValidationError("Give both ends of the quiet hours, or neither.")
        return data
