"""Property test: whatever the captures, corrections, away periods, zones and DST dates, the
rollups written increment by increment equal a rebuild from observations, no bucket holds more
than its length per device, day rows equal the sum of their quarters and minutes, a day's
hour bars add up to its total, and the window-title rows of an activity add up to its quarter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Sum
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labeling.models import Label
from tests.tracker.test_rollups import capture, version  # noqa: F401 - fixture
from tracker import rollups, usage
from tracker.models import Category, Device, Frame, TitleRollup, UsageRollup

pytestmark = pytest.mark.django_db
G = UsageRollup.Granularity
# Whole-hour, :30 and :45 offsets, 1 h and 30 min DST shifts, a skipped midnight (Santiago).
ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
         "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham", "America/St_Johns"]
DST_DAYS = [datetime(2024, 3, 31, tzinfo=UTC), datetime(2024, 10, 27, tzinfo=UTC),
            datetime(2024, 3, 10, tzinfo=UTC), datetime(2024, 11, 3, tzinfo=UTC),
            datetime(2024, 4, 7, tzinfo=UTC), datetime(2024, 9, 8, tzinfo=UTC),
            datetime(2024, 10, 6, tzinfo=UTC), datetime(2024, 9, 29, tzinfo=UTC)]

frame_st = st.fixed_dictionaries({
    # Anywhere in +-36 h (DST transitions, day edges), or within a few minutes of the scenario's
    # anchor so that frames overlap and clip each other around bucket edges; 0.5 s steps.
    "offset": st.one_of(st.integers(-36 * 3600 * 2, 36 * 3600 * 2).map(lambda h: h / 2),
                        st.integers(-90 * 2, 90 * 2).map(lambda h: ("near", h / 2))),
    "seconds": st.sampled_from([0.0, 1.0, 5.0, 10.0, 10.0, 30.0, 59.5, 60.0]),
    "device": st.integers(0, 1),
    "code": st.sampled_from(["code", "youtube", "facebook"]),
    "confidence": st.sampled_from([0.3, 0.59, 0.61, 0.99]),
    "idle": st.one_of(st.none(), st.sampled_from([0.0, 179.9, 180.0, 900.0])),
    "label": st.one_of(st.none(), st.sampled_from(["code", "youtube", "facebook"])),
    "window": st.sampled_from([("", ""), ("XTerm", "vim"), ("Firefox", "YouTube")]),
})
scenario_st = st.fixed_dictionaries({
    "zone": st.sampled_from(ZONES),
    "day": st.sampled_from(DST_DAYS),
    "anchor": st.integers(-36 * 4, 36 * 4).map(lambda q: q * 900.0),  # a quarter edge, s
    "frames": st.lists(frame_st, min_size=1, max_size=14),
})


def snapshot() -> dict[tuple, float]:
    usage_rows = {(r.device_id, r.granularity, r.bucket, r.kind, r.category_id):
                  round(r.seconds, 6) for r in UsageRollup.objects.all()}
    title_rows = {(r.device_id, "title", r.bucket, r.category_id, r.window_app, r.window_title):
                  round(r.seconds, 6) for r in TitleRollup.objects.all()}
    return {**usage_rows, **title_rows}


def play(scenario: dict, devices: list[Device], model) -> None:
    """Capture each frame (own recompute), then label some (recompute after each label)."""
    frames = []
    for spec in scenario["frames"]:
        offset = spec["offset"]
        if isinstance(offset, tuple):
            offset = scenario["anchor"] + offset[1]
        at = scenario["day"] + timedelta(seconds=offset)
        frames.append(capture(devices[spec["device"]], model, at, seconds=spec["seconds"],
                              code=spec["code"], confidence=spec["confidence"],
                              idle=spec["idle"], window=spec["window"]))
    for frame, spec in zip(frames, scenario["frames"], strict=True):
        if spec["label"]:
            Label.objects.create(frame=frame, category=Category.objects.get(code=spec["label"]),
                                 author=frame.device.owner)
            rollups.recompute_for_frames([frame])


def assert_buckets_fit() -> None:
    """Per device, no bucket holds more seconds than it is long; day = its quarters = minutes."""
    tz = rollups.zone()
    per_bucket = (UsageRollup.objects.values_list("device", "granularity", "bucket")
                  .annotate(s=Sum("seconds")))
    for device_id, granularity, bucket, seconds in per_bucket:
        if granularity == G.DAY:
            start, end = rollups.day_bounds(bucket.astimezone(tz).date())
            assert bucket == start
            length = (end - start).total_seconds()
            for finer in (G.QUARTER, G.MINUTE):
                inside = UsageRollup.objects.filter(device=device_id, granularity=finer,
                                                    bucket__gte=start, bucket__lt=end)
                assert inside.aggregate(s=Sum("seconds"))["s"] == pytest.approx(seconds)
        else:
            length = 60.0 if granularity == G.MINUTE else 900.0
        assert seconds <= length + 1e-6, (granularity, bucket, seconds)


def assert_titles_add_up() -> None:
    """Per device, quarter and activity, the window-title rows sum to the activity's quarter row
    (and there are none for away or unreviewed time: their quarters have no category)."""
    quarters = {(r.device_id, r.bucket, r.category_id): r.seconds
                for r in UsageRollup.objects.filter(granularity=G.QUARTER, kind="activity")}
    titles = (TitleRollup.objects.values_list("device", "bucket", "category")
              .annotate(s=Sum("seconds")))
    sums = {(d, b, c): s for d, b, c, s in titles}
    assert sums.keys() == quarters.keys()
    for key, seconds in quarters.items():
        assert sums[key] == pytest.approx(seconds)


def assert_hours_add_up(owner) -> None:
    """Every local day's hour bars (all series) add up to its tracked + away time."""
    tz = rollups.zone()
    days = {b.astimezone(tz).date() for b in UsageRollup.objects.filter(granularity=G.DAY)
            .values_list("bucket", flat=True)}
    for day in days:
        data = usage.day_usage(owner, day)
        bars = sum(sum(d["minutes"]) for d in data["hours"]["datasets"]) * 60
        # bars are minutes rounded to 0.01 (<= 0.3 s each), totals to 0.1 s
        total = data["total_seconds"] + data["away_seconds"]
        entries = sum(len(d["minutes"]) for d in data["hours"]["datasets"])
        assert bars == pytest.approx(total, abs=0.3 * entries + 0.1)


def clipped_total(device: Device) -> float:
    """Oracle: the device's seconds, each frame cut at the next frame (no buckets involved)."""
    frames = list(Frame.objects.filter(device=device).order_by("captured_at", "pk"))
    total = 0.0
    for this, nxt in zip(frames, [*frames[1:], None], strict=False):
        end = this.captured_at + timedelta(seconds=this.duration)
        total += max(0.0, ((min(end, nxt.captured_at) if nxt else end)
                           - this.captured_at).total_seconds())
    return total


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(scenario=scenario_st)
def test_rollups_written_by_increments_equal_a_rebuild_and_fit_their_buckets(
        scenario, version, django_user_model):  # noqa: F811 - the fixture
    Frame.objects.all().delete()
    UsageRollup.objects.all().delete()
    TitleRollup.objects.all().delete()
    owner, _ = django_user_model.objects.get_or_create(username="prop")
    devices = [Device.objects.get_or_create(owner=owner, name=f"d{i}",
                                            defaults={"token_hash": f"h{i}"})[0]
               for i in range(2)]
    with override_settings(TIME_ZONE=scenario["zone"]):
        assert ZoneInfo(scenario["zone"])  # the zone exists in this tzdata
        play(scenario, devices, version)
        incremental = snapshot()
        rollups.rebuild_all()
        assert snapshot() == incremental
        assert_buckets_fit()
        assert_titles_add_up()
        assert_hours_add_up(owner)
        for device in devices:
            days = UsageRollup.objects.filter(device=device, granularity=G.DAY)
            assert (days.aggregate(s=Sum("seconds"))["s"] or 0.0) == pytest.approx(
                clipped_total(device))
