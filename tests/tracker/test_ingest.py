"""Ingest: token auth, byte cap, image validation, commit-then-enqueue, idempotency."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.conftest import screen_jpeg
from tracker.frame_store import read_frame
from tracker.models import Device, Frame

pytestmark = pytest.mark.django_db


def post_frame(client, token: str, image: bytes, **meta):
    meta = {"captured_at": "2026-11-22T10:00:00+00:00", "duration": 10, **meta}
    return client.post(
        reverse("tracker:ingest"),
        {"meta": json.dumps(meta), "image": SimpleUploadedFile("f.jpg", image, "image/jpeg")},
        headers={"Authorization": f"Device {token}"})


def test_a_frame_is_stored_and_its_classification_enqueued_only_after_commit(
        client, device_token, frames_dir, django_capture_on_commit_callbacks):
    device, token = device_token
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = post_frame(client, token, screen_jpeg("code", 1), window_title="vim main.py",
                              window_app="XTerm", idle_seconds=3.5)
    assert response.status_code == 201
    frame = Frame.objects.get(pk=response.json()["id"])
    assert len(callbacks) == 1  # the enqueue waits for the row to be committed
    assert frame.status == Frame.Status.PENDING
    assert (frame.device, frame.window_title) == (device, "vim main.py")
    assert frame.window_app == "XTerm"
    assert frame.idle_seconds == 3.5
    assert frame.captured_at == datetime(2026, 11, 22, 10, tzinfo=UTC)
    # stored encrypted (tracker.frame_store): the file is not the JPEG, read_frame gives it back
    assert (frames_dir / frame.image_path).read_bytes()[:2] != b"\xff\xd8"
    with Image.open(io.BytesIO(read_frame(frame.image_path))) as stored:
        assert (stored.format, stored.size) == ("JPEG", (frame.width, frame.height))
    assert (frame.width, frame.height) == Image.open(io.BytesIO(screen_jpeg("code", 1))).size


def test_the_same_frame_posted_twice_is_one_row(client, device_token, frames_dir):
    _, token = device_token
    first = post_frame(client, token, screen_jpeg("terminal", 2))
    second = post_frame(client, token, screen_jpeg("terminal", 2))
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Frame.objects.count() == 1


def test_the_same_screen_at_another_time_is_another_frame(client, device_token, frames_dir):
    _, token = device_token
    post_frame(client, token, screen_jpeg("terminal", 2))
    post_frame(client, token, screen_jpeg("terminal", 2), captured_at="2026-11-22T10:00:10Z")
    assert Frame.objects.count() == 2


def test_an_unknown_device_token_is_refused(client, device_token, frames_dir):
    response = post_frame(client, "not-a-token", screen_jpeg("code", 1))
    assert response.status_code == 401
    assert not Frame.objects.exists()


def test_a_frame_over_the_byte_cap_is_refused(client, device_token, frames_dir, settings):
    settings.TIMENET_MAX_FRAME_BYTES = 2048
    response = post_frame(client, device_token[1], screen_jpeg("code", 1))
    assert response.status_code == 413
    assert not Frame.objects.exists()


@pytest.mark.parametrize("payload", [b"not an image at all", screen_jpeg("code", 1)[:5000]],
                         ids=["garbage", "truncated-jpeg"])
def test_a_corrupt_image_is_refused(client, device_token, frames_dir, payload):
    response = post_frame(client, device_token[1], payload)
    assert response.status_code == 400
    assert not Frame.objects.exists()


def test_a_capture_time_without_a_utc_offset_is_refused(client, device_token, frames_dir):
    response = post_frame(client, device_token[1], screen_jpeg("code", 1),
                          captured_at="2026-11-22T10:00:00")
    assert response.status_code == 400
    assert "captured_at" in response.json()["error"]


def test_a_frame_never_counts_for_more_than_the_cap(client, device_token, frames_dir, settings):
    response = post_frame(client, device_token[1], screen_jpeg("code", 1), duration=3600)
    frame = Frame.objects.get(pk=response.json()["id"])
    assert frame.duration == settings.TIMENET_MAX_FRAME_SECONDS


def test_ingest_marks_the_device_as_seen(client, device_token, frames_dir):
    post_frame(client, device_token[1], screen_jpeg("code", 1))
    assert Device.objects.get().last_seen_at is not None
