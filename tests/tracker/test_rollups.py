"""Rollups: exact time arithmetic (DST, clipping, bucket edges), away, unreviewed, corrections."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from itertools import count
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Sum

from labeling.models import Label
from ml.meta import ModelMeta
from tracker import rollups, usage
from tracker.models import Category, Frame, ModelVersion, Observation, UsageRollup

pytestmark = pytest.mark.django_db
K = UsageRollup.Kind
THRESHOLD = 0.6
_sha = count()


@pytest.fixture
def version(tmp_path: Path, categories) -> ModelVersion:
    """A model version whose meta.json (the only place a threshold lives) says 0.6."""
    meta = ModelMeta(version="t1", arch="test", classes=["code", "youtube", "facebook"],
                     threshold=THRESHOLD)
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "meta.json").write_text(json.dumps(meta.to_dict()))
    return ModelVersion.objects.create(version="t1", path=str(tmp_path / "model"), sha256="t1")


def capture(device, version: ModelVersion, at: datetime, seconds: float = 10.0,
            code: str = "code", confidence: float = 0.9, idle: float | None = None,
            recompute: bool = True, window: tuple[str, str] = ("", "")) -> Frame:
    """A classified frame (the observation a worker would write), rollups recomputed for it.
    `window` is the (app, title) the agent saw."""
    frame = Frame.objects.create(device=device, captured_at=at, duration=seconds,
                                 sha256=f"{next(_sha):064d}", idle_seconds=idle,
                                 status=Frame.Status.DONE, window_app=window[0],
                                 window_title=window[1])
    Observation.objects.create(frame=frame, category=Category.objects.get(code=code),
                               confidence=confidence, model_version=version)
    if recompute:
        rollups.recompute_for_frames([frame])
    return frame


def rows(granularity: str) -> dict[tuple, float]:
    """{(device, bucket, kind, category code): seconds} of one granularity."""
    return {(r.device_id, r.bucket, r.kind, r.category.code if r.category else None): r.seconds
            for r in UsageRollup.objects.filter(granularity=granularity)
            .select_related("category")}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_the_repeated_hour_of_a_dst_change_shows_twice_and_never_sums(device_token, version,
                                                                       settings):
    settings.TIME_ZONE = "Europe/Berlin"
    device = device_token[0]
    for at in (utc(2024, 10, 27, 0, 30), utc(2024, 10, 27, 1, 30), utc(2024, 10, 27, 0, 45)):
        capture(device, version, at, seconds=60)
    day = usage.day_usage(device.owner, date(2024, 10, 27))
    hours = day["hours"]
    code = next(d for d in hours["datasets"] if d["code"] == "code")["minutes"]
    by_label = dict(zip(hours["labels"], code, strict=True))
    assert len(hours["labels"]) == 25  # the day has 25 hours
    assert (by_label["02:00 CEST"], by_label["02:00 CET"]) == (2.0, 1.0)
    assert "02:00" not in by_label and sum(code) == 3.0 and day["total_seconds"] == 180


def test_a_minute_never_holds_more_than_sixty_seconds_of_one_device(device_token, version):
    device, start = device_token[0], utc(2026, 11, 22, 10, 0)
    for i in range(12):  # two agents sharing a token: 10 s frames every 5 s
        capture(device, version, start + timedelta(seconds=5 * i), seconds=10)
    minutes = rows("minute")
    assert minutes[(device.pk, start, K.ACTIVITY, "code")] == 60.0
    # The last frame (10:00:55 + 10 s) runs 5 s into the next minute.
    assert minutes[(device.pk, start + timedelta(minutes=1), K.ACTIVITY, "code")] == 5.0
    assert UsageRollup.objects.filter(granularity="day").aggregate(s=Sum("seconds"))["s"] == 65.0


def test_a_frame_crossing_a_quarter_edge_splits_its_seconds(device_token, version):
    device = device_token[0]
    capture(device, version, utc(2026, 11, 22, 9, 59, 50), seconds=30)
    quarters = rows("quarter")
    assert quarters == {(device.pk, utc(2026, 11, 22, 9, 45), K.ACTIVITY, "code"): 10.0,
                        (device.pk, utc(2026, 11, 22, 10, 0), K.ACTIVITY, "code"): 20.0}


def test_idle_input_counts_as_away_except_while_watching_video(device_token, version,
                                                               settings):
    settings.TIMENET_AWAY_AFTER = 180.0
    device, start = device_token[0], utc(2026, 11, 22, 10, 0)
    capture(device, version, start, code="code", idle=179.0)
    capture(device, version, start + timedelta(seconds=10), code="code", idle=181.0)
    capture(device, version, start + timedelta(seconds=20), code="youtube", idle=900.0)
    assert rows("day") == {(device.pk, utc(2026, 11, 22), K.ACTIVITY, "code"): 10.0,
                           (device.pk, utc(2026, 11, 22), K.AWAY, None): 10.0,
                           (device.pk, utc(2026, 11, 22), K.ACTIVITY, "youtube"): 10.0}
    day = usage.day_usage(device.owner, date(2026, 11, 22))
    assert (day["total_seconds"], day["away_seconds"]) == (20.0, 10.0)
    assert day["timeline"][0]["kind"] == K.ACTIVITY  # the minute's dominant series


def test_an_unsure_frame_is_unreviewed_until_a_person_labels_it(device_token, version):
    device, at = device_token[0], utc(2026, 11, 22, 10, 0)
    frame = capture(device, version, at, code="facebook", confidence=THRESHOLD - 0.01)
    assert rows("day") == {(device.pk, utc(2026, 11, 22), K.UNREVIEWED, None): 10.0}
    assert usage.day_usage(device.owner, date(2026, 11, 22))["distracting_seconds"] == 0
    Label.objects.create(frame=frame, category=Category.objects.get(code="code"),
                         author=device.owner)
    rollups.recompute_for_frames([frame])
    assert rows("day") == {(device.pk, utc(2026, 11, 22), K.ACTIVITY, "code"): 10.0}


def test_a_later_sure_model_ends_the_unreviewed_state(device_token, version, tmp_path):
    device = device_token[0]
    frame = capture(device, version, utc(2026, 11, 22, 10, 0), confidence=0.5)
    sure = ModelVersion.objects.create(version="t2", path=str(tmp_path / "model"), sha256="t2")
    Observation.objects.filter(frame=frame).update(confidence=0.95, model_version=sure)
    rollups.recompute_for_frame_ids([frame.pk])
    assert rows("day") == {(device.pk, utc(2026, 11, 22), K.ACTIVITY, "code"): 10.0}


def test_without_its_model_artifact_an_open_review_item_marks_a_frame_unreviewed(
        device_token, categories):
    gone = ModelVersion.objects.create(version="gone", path="/nonexistent/model", sha256="x")
    device = device_token[0]
    queued = capture(device, gone, utc(2026, 11, 22, 10, 0), confidence=0.1, recompute=False)
    from labeling.services import queue_for_review

    queue_for_review(queued, score=0.9)
    capture(device, gone, utc(2026, 11, 22, 10, 0, 10), confidence=0.1, recompute=False)
    rollups.recompute_for_frame_ids(Frame.objects.values_list("pk", flat=True))
    assert rows("day") == {(device.pk, utc(2026, 11, 22), K.UNREVIEWED, None): 10.0,
                           (device.pk, utc(2026, 11, 22), K.ACTIVITY, "code"): 10.0}


def test_rebuild_rollups_recomputes_what_the_increments_wrote(device_token, version, settings):
    settings.TIME_ZONE = "America/New_York"
    device, start = device_token[0], utc(2024, 11, 3, 5, 59)
    for i in range(8):  # frames written out of order across the repeated 01:00 hour
        capture(device, version, start + timedelta(minutes=17 * ((i * 5) % 8)), seconds=45,
                code=("code", "youtube")[i % 2], idle=(None, 500.0)[i % 3 == 0])
    before = {g: rows(g) for g in ("minute", "quarter", "day")}
    out = io.StringIO()
    call_command("rebuild_rollups", stdout=out)
    assert out.getvalue().startswith("rollup rows written:")
    assert {g: rows(g) for g in ("minute", "quarter", "day")} == before
    assert sum(before["day"].values()) == 8 * 45


def test_a_frame_arriving_inside_its_predecessor_takes_back_the_predecessors_tail(
        device_token, version):
    device = device_token[0]
    capture(device, version, utc(2026, 11, 22, 9, 59, 30), seconds=60)  # runs to 10:00:30
    capture(device, version, utc(2026, 11, 22, 9, 59, 40), seconds=10, code="youtube")
    quarters = rows("quarter")
    assert quarters == {(device.pk, utc(2026, 11, 22, 9, 45), K.ACTIVITY, "code"): 10.0,
                        (device.pk, utc(2026, 11, 22, 9, 45), K.ACTIVITY, "youtube"): 10.0}
