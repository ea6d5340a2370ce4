"""The Today page's data: totals, hourly stacks and a merged timeline, from the rollups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from tracker import usage
from tracker.models import Category, UsageRollup

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 22)


def rollup(device, code: str, granularity: str, start: datetime, seconds: float) -> None:
    UsageRollup.objects.create(owner=device.owner, device=device, granularity=granularity,
                               bucket=start, category=Category.objects.get(code=code),
                               seconds=seconds)


def at(hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime(DAY.year, DAY.month, DAY.day, hour, minute))


def test_today_sums_categories_stacks_hours_and_merges_the_timeline(device_token, categories):
    device = device_token[0]
    rollup(device, "code", "day", at(0), 150)
    rollup(device, "youtube", "day", at(0), 60)
    rollup(device, "code", "hour", at(9), 150)
    rollup(device, "youtube", "hour", at(10), 60)
    for minute, code in [(58, "code"), (59, "code"), (60, "youtube")]:
        rollup(device, code, "minute", at(9) + timedelta(minutes=minute), 50 if code == "code"
               else 60)
    today = usage.today_usage(device.owner, DAY)
    assert [(c["code"], c["seconds"]) for c in today["categories"]] == [("code", 150),
                                                                         ("youtube", 60)]
    assert (today["total_seconds"], today["distracting_seconds"]) == (210, 60)
    code, youtube = today["hours"]["datasets"]
    assert code["minutes"][9] == 2.5 and youtube["minutes"][10] == 1.0
    assert [(s["code"], s["start_minute"], s["end_minute"]) for s in today["timeline"]] == [
        ("code", 9 * 60 + 58, 10 * 60), ("youtube", 10 * 60, 10 * 60 + 1)]


def test_another_owners_time_is_not_shown(device_token, categories, django_user_model):
    rollup(device_token[0], "code", "day", at(0), 100)
    stranger = django_user_model.objects.create_user("stranger")
    assert usage.today_usage(stranger, DAY)["total_seconds"] == 0
