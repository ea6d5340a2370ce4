"""Retention runs from Celery beat: a real beat and worker delete an expired image."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.conftest import wait_until
from tests.support.stored_frames import image_file, model_version, stored_frame
from tracker.models import Frame

pytestmark = pytest.mark.django_db(transaction=True)


def test_beat_and_a_worker_delete_an_expired_image(services, device_token, tmp_path, settings):
    """Checked failing (timed out) with the "privacy-retention" entry removed from
    CELERY_BEAT_SCHEDULE: beat never sent the task."""
    device, _ = device_token
    version = model_version(tmp_path / "model")
    old = stored_frame(device, version, timezone.now() - timedelta(days=90))
    path = image_file(old)
    services.worker("w1")
    services.beat(TIMENET_RETENTION_EVERY="1", TIMENET_RETENTION_DAYS="30")
    wait_until(lambda: not path.exists(), 120, "beat's retention task to delete the image")
    wait_until(lambda: Frame.objects.get(pk=old.pk).image_path == "", 30, "the row updated")
    assert Frame.objects.filter(pk=old.pk, observation__isnull=False).exists()
