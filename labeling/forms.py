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


class CategoryForm(forms.ModelForm):
    """A new activity: code (the model's class key, fixed once made), name, colour, flag."""

    class Meta:
        model = Category
        fields = ["code", "name", "color", "distracting"]
        widgets = {"color": forms.TextInput(attrs={"type": "color"})}
        help_texts = {"code": "lower-case letters, digits, - or _; the model's key, fixed"}

    def clean_color(self) -> str:
        return _clean_color(self.cleaned_data["color"])


class CategoryEditForm(forms.ModelForm):
    """Rename, recolour, (un)mark as distracting an existing activity (its code stays)."""

    class Meta:
        model = Category
        fields = ["name", "color", "distracting"]
        widgets = {"color": forms.TextInput(attrs={"type": "color"})}

    def clean_color(self) -> str:
        return _clean_color(self.cleaned_data["color"])


class MergeCategoriesForm(forms.Form):
    """Merge `source` into `target`: the source's frames and labels become the target's."""

    source = forms.ModelChoiceField(Category.objects.all(), to_field_name="code",
                                    label="Merge")
    target = forms.ModelChoiceField(Category.objects.all(), to_field_name="code",
                                    label="into")

    def clean(self) -> dict:
        data = super().clean()
        if data.get("source") and data.get("source") == data.get("target"):
            raise forms.ValidationError("choose two different activities")
        return data


def _clean_color(value: str) -> str:
    """#rrggbb, lower-case (what <input type=color> sends and the charts read)."""
    value = (value or "").strip().lower()
    if len(value) != 7 or value[0] != "#" or any(c not in "0123456789abcdef" for c in value[1:]):
        raise forms.ValidationError("a colour is #rrggbb")
    return value
