"""Forms for the labelling endpoints (validation of what the page posts)."""

from __future__ import annotations

from django import forms

from tracker.models import Category, Device


class RelabelRangeForm(forms.Form):
    """A stretch of time [start, end) relabelled as one category, on one device or all."""

    start = forms.DateTimeField()
    end = forms.DateTimeField()
    category = forms.ModelChoiceField(Category.objects.all(), to_field_name="code")
    device = forms.ModelChoiceField(Device.objects.none(), required=False)

    def __init__(self, *args, owner=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["device"].queryset = Device.objects.filter(owner=owner)

    def clean(self) -> dict:
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            raise forms.ValidationError("end must be after start")
        return data
