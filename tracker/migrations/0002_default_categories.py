"""Data migration: the seed's 14 default activity categories (from ml/classes.py)."""

from django.db import migrations


def add_defaults(apps, schema_editor):
    # ml.classes is plain data (no torch); the historical model keeps this migration stable.
    from ml.classes import DEFAULT_CLASSES

    Category = apps.get_model("tracker", "Category")
    for activity in DEFAULT_CLASSES:
        Category.objects.get_or_create(
            code=activity.code,
            defaults={
                "name": activity.name,
                "color": activity.color,
                "distracting": activity.distracting,
            },
        )


def remove_defaults(apps, schema_editor):
    from ml.classes import DEFAULT_CODES

    apps.get_model("tracker", "Category").objects.filter(code__in=DEFAULT_CODES).delete()


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]
    operations = [migrations.RunPython(add_defaults, remove_defaults)]
