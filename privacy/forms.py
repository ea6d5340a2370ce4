"""The privacy page's forms: pause, exclusion rule, retention, and erasing a range."""

from __future__ import annotations

from django import forms
from django.core.validators import MaxValueValidator

from agent.privacy import PatternError, check_pattern
from privacy.capture import PAUSE_CHOICES
from privacy.models import ExclusionRule, PrivacySettings
from tracker.models import Device

MAX_RETENTION_DAYS = 3650


class PauseForm(forms.Form):
    duration = forms.ChoiceField(choices=list(PAUSE_CHOICES.items()))


class RuleForm(forms.Form):
    kind = forms.ChoiceField(choices=ExclusionRule.Kind.choices)
    pattern = forms.CharField(max_length=200, help_text="a glob, case-insensitive: "
                              "*bank*, keepassxc, *Password*")

    def clean_pattern(self) -> str:
        try:
            return check_pattern(self.cleaned_data["pattern"])
        except PatternError as exc:
            raise forms.ValidationError(str(exc)) from exc


class RetentionForm(forms.ModelForm):
    class Meta:
        model = PrivacySettings
        fields = ["skip_private", "retention_days", "labelled"]
        labels = {"skip_private": "Skip private/incognito browser windows",
                  "retention_days": "Delete stored frame images after (days)",
                  "labelled": "Labelled frames"}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["retention_days"].validators.append(MaxValueValidator(MAX_RETENTION_DAYS))
        self.fields["labelled"].required = False
        self.fields["labelled"].choices = [("", "the server's default"),
                                           *PrivacySettings.Labelled.choices]


class EraseForm(forms.Form):
    """A range of local times [start, end) and optionally one device; `confirm` is set by the
    confirmation page's button (the first POST only shows what would go)."""

    start = forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    end = forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    device = forms.ModelChoiceField(queryset=Device.objects.none(), required=False,
                                    empty_label="all devices")
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, owner=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["device"].queryset = Device.objects.filter(owner=owner).order_by("name")

    def clean(self) -> dict:
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            raise forms.ValidationError("the end must be after the start")
        return data
