"""Exports: observations and rollups as CSV and JSON for a range, streamed, the owner's only."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from labeling.models import Label
from tests.tracker.test_rollups import capture, version  # noqa: F401 - fixture
from tracker import rollups
from tracker.devices import create_device
from tracker.models import Category

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 22, 9, 59, 50, tzinfo=UTC)


@pytest.fixture
def frames(device_token, version, settings):  # noqa: F811 - the fixture
    """Three frames of the owner (one labelled) and one of a stranger."""
    settings.TIME_ZONE = "UTC"
    device = device_token[0]
    made = [capture(device, version, START + timedelta(seconds=20 * i), seconds=20,
                    code=("code", "youtube", "code")[i]) for i in range(3)]
    Label.objects.create(frame=made[1], category=Category.objects.get(code="github"),
                         author=device.owner)
    rollups.recompute_for_frames([made[1]])  # what labelling does after a correction
    stranger = create_device(type(device.owner).objects.create_user("stranger"), "other")[0]
    capture(stranger, version, START, seconds=10)
    return made


def body(response) -> str:
    return b"".join(response.streaming_content).decode()


def test_observations_download_as_csv_with_the_latest_label(client, frames):
    client.force_login(frames[0].device.owner)
    response = client.get("/export/observations.csv?start=2026-11-22&end=2026-11-22")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "timenet-observations-2026-11-22_2026-11-22.csv" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert [(r["frame_id"], r["category"], r["label"]) for r in rows] == [
        (str(frames[0].pk), "code", ""), (str(frames[1].pk), "youtube", "github"),
        (str(frames[2].pk), "code", "")]
    assert rows[0]["captured_at"] == "2026-11-22T09:59:50+00:00"


def test_rollups_download_as_json_at_any_granularity(client, frames):
    client.force_login(frames[0].device.owner)
    response = client.get("/export/rollups.json?start=2026-11-22&end=2026-11-22"
                          "&granularity=quarter")
    rows = json.loads(body(response))
    assert [(r["bucket"], r["category"], r["seconds"]) for r in rows] == [
        ("2026-11-22T09:45:00+00:00", "code", 10.0),
        ("2026-11-22T10:00:00+00:00", "code", 30.0),
        ("2026-11-22T10:00:00+00:00", "github", 20.0)]
    day = json.loads(body(client.get(
        "/export/rollups.json?start=2026-11-22&end=2026-11-22&granularity=day")))
    assert sum(r["seconds"] for r in day) == 60.0  # the stranger's 10 s are not here


def test_an_empty_range_is_an_empty_file(client, frames):
    client.force_login(frames[0].device.owner)
    response = client.get("/export/observations.json?start=2020-01-01&end=2020-01-31")
    assert json.loads(body(response)) == []


@pytest.mark.parametrize("query, message", [
    ("start=2026-11-22&end=22.11.2026", "YYYY-MM-DD"),
    ("start=2026-11-22", "YYYY-MM-DD"),
    ("start=2026-11-22&end=2026-11-01", "before start"),
    ("start=2026-11-22&end=2026-11-22&device=999999", "no device"),
    ("start=2026-11-22&end=2026-11-22&granularity=hour", "granularity must be"),
])
def test_a_bad_query_is_refused_with_its_reason(client, frames, query, message):
    client.force_login(frames[0].device.owner)
    response = client.get(f"/export/rollups.csv?{query}")
    assert response.status_code == 400 and message in response.content.decode()


def test_an_unknown_format_is_refused(client, frames):
    client.force_login(frames[0].device.owner)
    response = client.get("/export/rollups.xml?start=2026-11-22&end=2026-11-22")
    assert response.status_code == 400 and ".csv or .json" in response.content.decode()


def test_exports_need_a_login(client, frames):
    response = client.get("/export/observations.csv?start=2026-11-22&end=2026-11-22")
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.fixture
def mixed(device_token, version, settings):  # noqa: F811 - the fixture
    """Frames the dashboard counts four ways: sure, unsure, idle, and unsure but labelled."""
    settings.TIME_ZONE = "UTC"
    device = device_token[0]
    at = START.replace(hour=12)
    made = {
        "sure": capture(device, version, at, seconds=20, code="code", confidence=0.9),
        "unsure": capture(device, version, at + timedelta(seconds=20), seconds=20,
                          code="youtube", confidence=0.3),
        "idle": capture(device, version, at + timedelta(seconds=40), seconds=20,
                        code="code", confidence=0.9, idle=settings.TIMENET_AWAY_AFTER + 60),
        "labelled": capture(device, version, at + timedelta(seconds=60), seconds=20,
                            code="youtube", confidence=0.3),
    }
    Label.objects.create(frame=made["labelled"], category=Category.objects.get(code="github"),
                         author=device.owner)
    rollups.recompute_for_frames([made["labelled"]])
    return made


def test_observations_say_what_the_dashboard_counts_each_frame_as(client, mixed):
    client.force_login(mixed["sure"].device.owner)
    rows = {int(r["frame_id"]): r for r in csv.DictReader(io.StringIO(body(client.get(
        "/export/observations.csv?start=2026-11-22&end=2026-11-22"))))}
    counted = {name: (rows[f.pk]["category"], rows[f.pk]["counted_as"],
                      rows[f.pk]["counted_category"]) for name, f in mixed.items()}
    assert counted == {"sure": ("code", "activity", "code"),
                       "unsure": ("youtube", "unreviewed", ""),
                       "idle": ("code", "away", ""),
                       "labelled": ("youtube", "activity", "github")}
    as_json = json.loads(body(client.get(
        "/export/observations.json?start=2026-11-22&end=2026-11-22")))
    assert {r["frame_id"]: r["counted_as"] for r in as_json} == {
        f.pk: c[1] for f, c in zip(mixed.values(), counted.values(), strict=True)}


def test_summing_the_csv_by_counted_category_gives_the_day_rollup(client, mixed):
    client.force_login(mixed["sure"].device.owner)
    sums: dict[tuple, float] = {}
    for r in csv.DictReader(io.StringIO(body(client.get(
            "/export/observations.csv?start=2026-11-22&end=2026-11-22")))):
        key = (r["counted_as"], r["counted_category"] or None)
        sums[key] = sums.get(key, 0.0) + float(r["duration_s"])
    day = json.loads(body(client.get(
        "/export/rollups.json?start=2026-11-22&end=2026-11-22&granularity=day")))
    assert sums == {(r["kind"], r["category"]): r["seconds"] for r in day}
    assert sums[("activity", "code")] == 20.0 and ("activity", "youtube") not in sums
