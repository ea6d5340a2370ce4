"""The data disk full (issue 15, Reliability): ingest answers 507 (the agent keeps the frame in
its spool and retries: any 5xx is transient for it), writes nothing — no temp file, no row, no
file without its row — and stores frames again once there is room.

The frame store is a real, tiny tmpfs mounted for the test (root only; skipped otherwise), so
the failure is the kernel's ENOSPC, not a simulation.

Checked without the protection (the `except OSError` around `store_image` in
tracker/ingest.py removed): the full-disk post raises OSError out of the view, i.e. a 500.
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agent.uploader import is_transient
from tests.conftest import screen_jpeg
from tracker.models import Frame

pytestmark = pytest.mark.django_db


@pytest.fixture
def tiny_frames_dir(frames_dir):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    frames_dir.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(frames_dir)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield frames_dir
    finally:
        subprocess.run(["umount", "-l", str(frames_dir)], check=False)


def fill(directory, leave: int = 4096) -> None:
    """Fill the file system holding `directory` until fewer than `leave` bytes are free."""
    with open(directory / "filler", "wb") as handle:
        try:
            while os.statvfs(directory).f_bavail * os.statvfs(directory).f_frsize > leave:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError:
            pass


def post(client, token: str, seed: int):
    meta = {"captured_at": (datetime.now(UTC) - timedelta(seconds=seed)).isoformat(),
            "duration": 10}
    return client.post(reverse("tracker:ingest"),
                       {"meta": json.dumps(meta),
                        "image": SimpleUploadedFile("f.jpg", screen_jpeg("code", seed))},
                       headers={"Authorization": f"Device {token}"})


def files_under(directory) -> set[str]:
    return {str(p.relative_to(directory)) for p in directory.rglob("*")
            if p.is_file() and p.name != "filler"}


def test_a_full_disk_is_a_507_with_nothing_written_and_frames_are_stored_once_there_is_room(
        client, device_token, tiny_frames_dir):
    token = device_token[1]
    assert post(client, token, 1).status_code == 201
    fill(tiny_frames_dir)

    refused = post(client, token, 2)
    assert refused.status_code == 507, refused.content
    assert "retry later" in refused.json()["error"]
    assert is_transient(refused.status_code)  # the agent keeps it in its spool
    assert Frame.objects.count() == 1
    rows = set(Frame.objects.values_list("image_path", flat=True))
    assert files_under(tiny_frames_dir) == rows  # no temp file, no orphan

    (tiny_frames_dir / "filler").unlink()
    assert post(client, token, 2).status_code == 201  # the same frame, re-sent, now stored
    assert Frame.objects.count() == 2
    assert files_under(tiny_frames_dir) == set(Frame.objects.values_list("image_path", flat=True))
