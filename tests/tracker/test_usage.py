"""The pages' data read from the rollups: totals, hour stacks, timeline, week change, focus."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tracker import usage
from tracker.models import Category, UsageRollup

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 22)
K = UsageRollup.Kind


@pytest.fixture(autouse=True)
def utc_zone(settings):
    settings.TIME_ZONE = "UTC"


def rollup(device, code: str | None, granularity: str, start: datetime, seconds: float,
           kind: str = K.ACTIVITY) -> None:
    UsageRollup.objects.create(owner=device.owner, device=device, granularity=granularity,
                               bucket=start, kind=kind, seconds=seconds,
                               category=Category.objects.get(code=code) if code else None)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def test_a_day_sums_categories_stacks_hours_and_merges_the_timeline(device_token, categories):
    device = device_token[0]
    rollup(device, "code", "quarter", at(9, 45), 150)
    rollup(device, "youtube", "quarter", at(10), 60)
    rollup(device, None, "quarter", at(10, 15), 30, K.UNREVIEWED)
    rollup(device, None, "quarter", at(11), 600, K.AWAY)
    for minute, code in [(58, "code"), (59, "code"), (60, "youtube")]:
        rollup(device, code, "minute", at(9) + timedelta(minutes=minute),
               50 if code == "code" else 60)
    day = usage.day_usage(device.owner, DAY)
    assert [(c["code"], c["seconds"]) for c in day["categories"]] == [
        ("code", 150), ("youtube", 60), ("unreviewed", 30)]
    assert day["categories"][0]["share"] == round(150 / 240, 4)
    assert (day["total_seconds"], day["distracting_seconds"], day["away_seconds"]) == (240, 60,
                                                                                       600)
    assert day["focus_score"] == round(100 * 150 / 210)
    stacks = {d["code"]: d["minutes"] for d in day["hours"]["datasets"]}
    assert stacks["code"][9] == 2.5 and stacks["youtube"][10] == 1.0
    assert stacks["unreviewed"][10] == 0.5 and stacks["away"][11] == 10.0
    assert len(day["hours"]["labels"]) == 24
    assert [(s["code"], s["start_minute"], s["end_minute"]) for s in day["timeline"]] == [
        ("code", 9 * 60 + 58, 10 * 60), ("youtube", 10 * 60, 10 * 60 + 1)]


def test_the_timeline_sums_devices_per_minute_and_breaks_ties_the_same_way_every_time(
        device_token, categories):
    device = device_token[0]
    desk = device.owner.device_set.create(name="desk", token_hash="desk")
    code, youtube = (Category.objects.get(code=c) for c in ("code", "youtube"))
    first, second = sorted([code, youtube], key=lambda c: c.pk)
    rollup(device, "youtube", "minute", at(9, 0), 40)  # 9:00 youtube 40 s vs code 25 + 25 s
    rollup(device, "code", "minute", at(9, 0), 25)
    rollup(desk, "code", "minute", at(9, 0), 25)
    rollup(device, None, "minute", at(9, 1), 30, K.UNREVIEWED)  # 9:01 a tie: activity first
    rollup(device, "code", "minute", at(9, 1), 30)
    rollup(device, first.code, "minute", at(9, 2), 20)  # 9:02 a tie: the lower category id
    rollup(device, second.code, "minute", at(9, 2), 20)
    rollup(device, None, "minute", at(9, 4), 60, K.AWAY)  # a gap at 9:03 splits the runs
    timeline = usage.day_usage(device.owner, DAY)["timeline"]
    runs = [(s["code"], s["start_minute"], s["end_minute"]) for s in timeline]
    at_nine_two = [("code", 540, 543)] if first == code else [("code", 540, 542),
                                                               ("youtube", 542, 543)]
    assert runs == [*at_nine_two, ("away", 544, 545)]
    assert timeline[0]["start"] == at(9, 0).isoformat()


def test_another_owners_time_is_not_shown(device_token, categories, django_user_model):
    rollup(device_token[0], "code", "quarter", at(9), 100)
    stranger = django_user_model.objects.create_user("stranger")
    assert usage.today_usage(stranger, DAY)["total_seconds"] == 0


def test_a_week_stacks_days_and_compares_each_activity_with_the_week_before(device_token,
                                                                             categories):
    device, monday = device_token[0], date(2026, 11, 16)
    rollup(device, "code", "day", at(0, day=monday), 3600)
    rollup(device, "code", "day", at(0, day=monday + timedelta(days=2)), 1800)
    rollup(device, "code", "day", at(0, day=monday - timedelta(days=7)), 3600)
    rollup(device, "facebook", "day", at(0, day=monday - timedelta(days=6)), 600)
    week = usage.week_usage(device.owner, monday)
    assert week["days"][0] == "2026-11-16" and len(week["days"]) == 7
    assert week["datasets"][0]["minutes"][:3] == [60.0, 0.0, 30.0]
    change = {t["code"]: (t["seconds"], t["previous"], t["change_pct"]) for t in week["totals"]}
    assert change == {"code": (5400, 3600, 50.0), "facebook": (0.0, 600, -100.0)}
    assert week["previous_total_seconds"] == 4200


def test_a_range_ending_before_it_starts_is_an_error(owner):
    with pytest.raises(ValueError, match="before start"):
        usage.range_usage(owner, DAY, DAY - timedelta(days=1))
