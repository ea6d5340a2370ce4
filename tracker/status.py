"""Pipeline counters for `manage.py timenet_status --json` (keys are a contract: DESIGN.md)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count

from labeling.services import label_count, open_review_count
from tracker.model_registry import active_model
from tracker.models import Category, Device, Frame, Observation


def pipeline_status() -> dict[str, Any]:
    """One JSON-ready object: frames by state, review queue, labels, active model, categories."""
    by_status = dict(Frame.objects.values_list("status").annotate(n=Count("pk")).order_by())
    version = active_model()
    return {
        "frames_captured": sum(by_status.values()),
        "frames_classified": by_status.get(Frame.Status.DONE, 0),
        "frames_pending": by_status.get(Frame.Status.PENDING, 0)
        + by_status.get(Frame.Status.PROCESSING, 0),
        "frames_failed": by_status.get(Frame.Status.FAILED, 0),
        "observations": Observation.objects.count(),
        "review_queue": open_review_count(),
        "labels": label_count(),
        "active_model": version.version if version else None,
        "active_model_path": version.path if version else None,
        "categories": Category.objects.count(),
        "category_codes": list(Category.objects.values_list("code", flat=True)),
        "devices": Device.objects.count(),
    }
