"""The optional `monitor` field of the frame metadata: which monitor a frame was grabbed from.
Old agents send none and are still accepted; ingest takes a frame that has one."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import screen_jpeg
from timenet_core.frame_meta import SCHEMA_VERSION, FrameMeta, FrameMetaError, MonitorArea

LIMITS = {"default_duration": 10.0, "max_duration": 60.0}
WHEN = datetime(2026, 11, 22, 10, tzinfo=UTC)
RIGHT = {"index": 2, "left": 1920, "top": 0, "width": 1920, "height": 1080}


def parse(obj) -> FrameMeta:
    return FrameMeta.parse(json.dumps({"captured_at": "2026-11-22T10:00:00Z", **obj}), **LIMITS)


def test_a_monitor_round_trips_and_keeps_the_schema_version():
    sent = FrameMeta(WHEN, 10.0, "vim", "XTerm", 1.0, monitor=MonitorArea(**RIGHT))
    wire = json.loads(sent.to_json())
    assert wire["monitor"] == RIGHT
    assert wire["schema_version"] == SCHEMA_VERSION == 1  # optional field: no new version
    assert FrameMeta.parse(sent.to_json(), **LIMITS) == sent


def test_metadata_without_a_monitor_or_with_null_still_parses():
    assert parse({}).monitor is None
    assert parse({"monitor": None}).monitor is None
    assert json.loads(FrameMeta(WHEN, 10.0).to_json())["monitor"] is None


def test_negative_desktop_coordinates_are_a_monitor_left_of_the_primary():
    left_of = {**RIGHT, "left": -1920, "top": -200}
    assert parse({"monitor": left_of}).monitor == MonitorArea(**left_of)


@pytest.mark.parametrize(("monitor", "field"), [
    ([1, 2], "meta.monitor must be an object"),
    ("right", "meta.monitor must be an object"),
    ({**RIGHT, "index": -1}, "meta.monitor.index"),
    ({**RIGHT, "index": True}, "meta.monitor.index"),
    ({**RIGHT, "width": 0}, "meta.monitor.width"),
    ({**RIGHT, "height": 1080.5}, "meta.monitor.height"),
    ({**RIGHT, "left": "0"}, "meta.monitor.left"),
    ({**RIGHT, "top": 10**9}, "meta.monitor.top"),
    ({k: v for k, v in RIGHT.items() if k != "top"}, "meta.monitor.top"),
])
def test_a_malformed_monitor_is_refused_naming_the_field(monitor, field):
    with pytest.raises(FrameMetaError, match=field.replace(".", r"\.")):
        parse({"monitor": monitor})


def post_frame(client, token: str, **meta):
    meta = {"captured_at": datetime.now(UTC).isoformat(), "duration": 10, **meta}
    image = SimpleUploadedFile("f.jpg", screen_jpeg("code", 1), "image/jpeg")
    return client.post(reverse("tracker:ingest"), {"meta": json.dumps(meta), "image": image},
                       headers={"Authorization": f"Device {token}"})


@pytest.mark.django_db
def test_ingest_accepts_a_frame_with_a_monitor_and_refuses_a_malformed_one(
        client, device_token, frames_dir):
    from tracker.models import Frame

    _, token = device_token
    response = post_frame(client, token, window_title="vim", monitor=RIGHT)
    assert response.status_code == 201, response.content
    assert Frame.objects.get(pk=response.json()["id"]).window_title == "vim"
    bad = post_frame(client, token, monitor={**RIGHT, "width": -5},
                     captured_at="2026-11-22T10:00:05+00:00")
    assert bad.status_code == 400 and "meta.monitor.width" in bad.json()["error"]
    assert Frame.objects.count() == 1
