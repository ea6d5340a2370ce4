"""Admin for operators: review items and labels listed with their scores and flags."""

from django.contrib import admin

from labeling.models import Label, ReviewItem


@admin.register(ReviewItem)
class ReviewItemAdmin(admin.ModelAdmin):
    list_display = ("frame", "status", "predicted", "margin", "entropy", "control", "group",
                    "model_version")
    list_filter = ("status", "control", "predicted")
    raw_id_fields = ("frame", "group")
    # The embedding is raw float32 bytes (labeling.queue), not something to edit by hand.
    exclude = ("embedding",)


@admin.register(Label)
class LabelAdmin(admin.ModelAdmin):
    list_display = ("frame", "category", "author", "source", "gold", "created_at")
    list_filter = ("source", "gold", "category")
    raw_id_fields = ("frame",)
