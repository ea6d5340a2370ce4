"""`timenet_status --json` (a contract: DESIGN.md)."""

from __future__ import annotations

import io
import json
import os
import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from labeling.models import ReviewItem
from tests.conftest import PY, ROOT, screen_jpeg, shared_database_url

pytestmark = pytest.mark.django_db
CONTRACT_KEYS = ("frames_captured", "frames_classified", "frames_pending", "review_queue",
                 "labels", "active_model", "categories")


def status() -> dict:
    out = io.StringIO()
    call_command("timenet_status", "--json", stdout=out)
    return json.loads(out.getvalue())


def test_status_reports_the_contract_keys_with_no_model_active(categories):
    report = status()
    assert set(CONTRACT_KEYS) <= set(report)
    assert report["active_model"] is None
    assert report["categories"] == 14
    assert report["frames_captured"] == 0


def test_status_names_the_active_model(active_model):
    assert status()["active_model"] == active_model.version


def post_frame(client, token: str, second: int, kind: str):
    meta = {"captured_at": f"2026-11-22T10:00:{second:02d}+00:00", "duration": 10}
    image = SimpleUploadedFile("f.jpg", screen_jpeg(kind, second), "image/jpeg")
    response = client.post(reverse("tracker:ingest"), {"meta": json.dumps(meta), "image": image},
                           headers={"Authorization": f"Device {token}"})
    assert response.status_code == 201, response.content
    return response.json()["id"]


@pytest.mark.django_db(transaction=True)
def test_the_status_command_counts_frames_as_a_user_s_call_sees_them(
        client, redis_server, frames_dir, device_token, active_model, tmp_path):
    """`manage.py timenet_status --json` in its own process, on rows committed by this test."""
    from tracker.tasks import classify_frame

    token = device_token[1]
    for i, kind in enumerate(("code", "terminal", "youtube")):
        # the task body, run here (a task may take a batch; done frames are skipped)
        classify_frame.apply(args=[post_frame(client, token, i, kind)]).get()
    for i, kind in enumerate(("code", "terminal"), start=3):
        post_frame(client, token, i, kind)  # enqueued, but no worker consumes the queue
    env = {**os.environ, "DATABASE_URL": shared_database_url(), "REDIS_URL": redis_server.url,
           "TIMENET_DATA_DIR": str(tmp_path / "data"), "TIMENET_FRAMES_DIR": str(frames_dir)}
    done = subprocess.run([PY, "manage.py", "timenet_status", "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(CONTRACT_KEYS) <= set(report)
    assert (report["frames_captured"], report["frames_classified"]) == (5, 3)
    assert report["frames_pending"] == 2
    assert report["frames_captured"] == (report["frames_classified"] + report["frames_pending"]
                                         + report.get("frames_failed", 0))
    open_items = ReviewItem.objects.filter(status=ReviewItem.Status.OPEN).count()
    assert report["review_queue"] == open_items
    assert report["review_queue"] <= report["frames_classified"]
    assert (report["labels"], report["categories"]) == (0, 14)
    assert report["active_model"] == active_model.version == "small-0"
