"""Data migration: distinct, accessible default category colours (issue 13).

The seed's colours made netflix and youtube both red and code and facebook both mid blue. A
category still wearing its old default colour gets the new one; a colour a person chose is left
alone. Both palettes are frozen here (tracker.categories.DEFAULT_COLORS may change later).
"""

from django.db import migrations

OLD = {
    "code": "#4e79a7", "desktop": "#9c755f", "email": "#f28e2b", "facebook": "#3b5998",
    "github": "#59a14f", "google": "#edc948", "jupyter": "#ff9da7", "kaggle": "#20beff",
    "medium": "#76b7b2", "netflix": "#e50914", "notes": "#b07aa1", "pdf": "#bab0ac",
    "terminal": "#2f4b3c", "youtube": "#ff0000",
}
NEW = {
    "code": "#2867e4", "desktop": "#896156", "email": "#d06c05", "facebook": "#8e5de7",
    "github": "#089f51", "google": "#928e08", "jupyter": "#a77601", "kaggle": "#0996b9",
    "medium": "#038476", "netflix": "#ce2a29", "notes": "#ab3db3", "pdf": "#727c86",
    "terminal": "#4e8302", "youtube": "#d84497",
}


def recolour(apps, frm: dict[str, str], to: dict[str, str]) -> None:
    Category = apps.get_model("tracker", "Category")
    for code, colour in frm.items():
        # Case-insensitive: the colour input may have stored the same colour in upper case.
        Category.objects.filter(code=code, color__iexact=colour).update(color=to[code])


def forwards(apps, schema_editor):
    recolour(apps, OLD, NEW)


def backwards(apps, schema_editor):
    recolour(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0006_title_rollup")]
    operations = [migrations.RunPython(forwards, backwards)]
