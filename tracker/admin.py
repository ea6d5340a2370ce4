
from django.contrib import admin
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from tracker import frame_store
from tracker.models import Category, Device, Frame, ModelVersion, Observation, UsageRollup


class ReadOnlyAdmin(admin.ModelAdmin):
    """Operators may look, not edit: frames, observations and rollups are written by the
    pipeline (ingest, classifier, rollup recompute) and corrected through labels only."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

admin.site.register(Category)
admin.site.register(ModelVersion)


@admin.register(Device)
class DeviceAdmin(admin.ModelAdmin):
    list_display = ("name", "owner", "last_seen_at")
    exclude = ("token_hash",)


@admin.register(Frame)
class FrameAdmin(ReadOnlyAdmin):
    list_display = ("pk", "device", "captured_at", "status", "attempts", "window_app")
    list_filter = ("status",)
    readonly_fields = ("image", "prediction")

    def get_urls(self):
        # admin_view: staff login required, like every admin page.
        view = self.admin_site.admin_view(self.image_view)
        return [path("<int:frame_id>/image.jpg", view, name="tracker_frame_image"),
                *super().get_urls()]

    def image_view(self, request, frame_id: int) -> HttpResponse:
        # decrypted by the frame store, which also refuses a path outside the frames directory
        return frame_store.frame_response(get_object_or_404(Frame, pk=frame_id).image_path)

    @admin.display(description="Image")
    def image(self, frame: Frame) -> str:
        if not frame.image_path:
            return "not stored (the model was sure, or the image was pruned)"
        url = reverse("admin:tracker_frame_image", args=[frame.pk])
        return format_html('<img src="{}" alt="frame {}" style="max-width:720px;width:100%">',
                           url, frame.pk)

    @admin.display(description="Prediction")
    def prediction(self, frame: Frame) -> str:
        observation = Observation.objects.filter(frame=frame).select_related(
            "category", "model_version").first()
        if observation is None:
            return "not classified yet"
        top = sorted(observation.probabilities.items(), key=lambda kv: -kv[1])[:3]
        rows = format_html_join(", ", "{} {}%", ((c, round(100 * p, 1)) for c, p in top))
        return format_html("{} ({}%) by {} · top 3: {}", observation.category.code,
                           round(100 * observation.confidence, 1),
                           observation.model_version.version, rows)


@admin.register(Observation)
class ObservationAdmin(ReadOnlyAdmin):
    list_display = ("frame", "category", "confidence", "model_version", "worker")


@admin.register(UsageRollup)
class UsageRollupAdmin(ReadOnlyAdmin):
    list_display = ("owner", "device", "granularity", "bucket", "category", "seconds")
    list_filter = ("granularity",)
