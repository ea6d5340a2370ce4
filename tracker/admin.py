from django.contrib import admin

from tracker.models import Category, Device, Frame, ModelVersion, Observation, UsageRollup

admin.site.register(Category)
admin.site.register(ModelVersion)


@admin.register(Device)
class DeviceAdmin(admin.ModelAdmin):
    list_display = ("name", "owner", "last_seen_at")
    exclude = ("token_hash",)


@admin.register(Frame)
class FrameAdmin(admin.ModelAdmin):
    list_display = ("pk", "device", "captured_at", "status", "attempts", "window_app")
    list_filter = ("status",)


@admin.register(Observation)
class ObservationAdmin(admin.ModelAdmin):
    list_display = ("frame", "category", "confidence", "model_version", "worker")


@admin.register(UsageRollup)
class UsageRollupAdmin(admin.ModelAdmin):
    list_display = ("owner", "device", "granularity", "bucket", "category", "seconds")
    list_filter = ("granularity",)
