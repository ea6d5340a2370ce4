"""Ingest: token auth, byte cap, image validation, commit-then-enqueue, idempotency."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from datetime import UTC, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.conftest import screen_jpeg
from tracker import ingest
from tracker.dispatch import CLASSIFY_TASK
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
    """A re-send is answered from the existing row without writing the image again (the stored
    file keeps its inode: atomic_write would replace it; mutation testing found the lookup
    untested, the unique constraint alone also gives one row)."""
    _, token = device_token
    first = post_frame(client, token, screen_jpeg("terminal", 2))
    stored = frames_dir / Frame.objects.get().image_path
    before = stored.stat()
    second = post_frame(client, token, screen_jpeg("terminal", 2))
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Frame.objects.count() == 1
    after = stored.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


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


def test_a_frame_without_a_duration_stands_for_the_capture_interval(client, device_token,
                                                                    frames_dir, settings):
    """An agent may leave `duration` out: the frame then counts for the server's capture
    interval (a mutant passing no default turned this into a 400)."""
    settings.TIMENET_CAPTURE_INTERVAL = 7.5
    response = client.post(
        reverse("tracker:ingest"),
        {"meta": json.dumps({"captured_at": "2026-11-22T10:00:00Z"}),
         "image": SimpleUploadedFile("f.jpg", screen_jpeg("code", 1), "image/jpeg")},
        headers={"Authorization": f"Device {device_token[1]}"})
    assert response.status_code == 201
    assert Frame.objects.get().duration == 7.5


def test_the_image_is_filed_under_its_utc_date_whatever_the_servers_time_zone(
        client, device_token, frames_dir, settings):
    """The stored path is `YYYY/MM/DD/d<device>-<HHMMSSffffff>-<sha256[:16]>.<ext>` in UTC, also
    on a server whose zone is not UTC (Django sets the process's local zone from TIME_ZONE), so a
    re-send always maps to the same file. 23:30 at -05:00 is 04:30 UTC the next day."""
    settings.TIME_ZONE = "Pacific/Auckland"
    image = screen_jpeg("code", 1)
    response = post_frame(client, device_token[1], image,
                          captured_at="2026-11-22T23:30:00.250000-05:00")
    assert response.status_code == 201
    sha = hashlib.sha256(image).hexdigest()
    expected = f"2026/11/23/d{device_token[0].pk}-043000250000-{sha[:16]}.jpg"
    assert Frame.objects.get().image_path == expected
    with Image.open(io.BytesIO(read_frame(expected))) as stored:
        assert stored.size == Image.open(io.BytesIO(image)).size


def queued_tasks(redis_server) -> list[tuple[str, list]]:
    """(task name, positional args) of every message waiting in Celery's default queue."""
    import redis

    client = redis.Redis(unix_socket_path=str(redis_server.socket_path))
    messages = [json.loads(raw) for raw in client.lrange("celery", 0, -1)]
    return [(m["headers"]["task"], json.loads(base64.b64decode(m["body"]))[0])
            for m in messages]


def test_a_stored_frame_is_sent_to_the_classifier_once_its_row_is_committed(
        client, device_token, frames_dir, redis_server, django_capture_on_commit_callbacks):
    """The commit hook really publishes one classify task for the new frame's id (to the test
    run's own redis-server); a re-send publishes nothing."""
    redis_server.flush()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_frame(client, device_token[1], screen_jpeg("code", 1))
    assert response.status_code == 201
    assert queued_tasks(redis_server) == [(CLASSIFY_TASK, [response.json()["id"]])]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert post_frame(client, device_token[1], screen_jpeg("code", 1)).status_code == 200
    assert callbacks == []
    assert len(queued_tasks(redis_server)) == 1


def test_a_duplicate_committed_between_the_lookup_and_the_insert_is_answered_as_one(
        device_token, frames_dir):
    """Two uploads of one frame racing: the other request's row lands just after this one
    looked for it. The unique constraint refuses the second insert and ingest answers with
    the winner's row as a duplicate (created False), one row in all.

    The race is made deterministic with Django's query hook: right after ingest's lookup
    query has run, the twin row is inserted on the same (real) database connection."""
    from django.db import connection

    device, _ = device_token
    image = screen_jpeg("code", 1)
    meta = json.dumps({"captured_at": "2026-11-22T10:00:00Z", "duration": 10})
    sha = hashlib.sha256(image).hexdigest()
    twins = []

    def insert_twin_after_lookup(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not twins and sql.startswith("SELECT") and "tracker_frame" in sql:
            twins.append(None)  # first, so the twin's own queries pass straight through
            twins[0] = Frame.objects.create(
                device=device, captured_at=datetime(2026, 11, 22, 10, tzinfo=UTC), sha256=sha,
                duration=10, image_path="the-winner.jpg")
        return result

    with connection.execute_wrapper(insert_twin_after_lookup):
        frame, created = ingest.ingest_frame(device, image, meta)
    assert twins, "ingest never looked the frame up"
    assert (frame.pk, frame.image_path, created) == (twins[0].pk, "the-winner.jpg", False)
    assert Frame.objects.count() == 1
