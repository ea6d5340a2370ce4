"""The Today page's top window titles per activity: read from the title rollups, exact, and only
the activity's own time (away, unreviewed and relabelled frames are not the activity)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from labeling.models import Label
from tests.tracker.test_rollups import THRESHOLD, capture, version  # noqa: F401 - fixture
from tracker import rollups, usage
from tracker.models import Category, TitleRollup

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 22)
START = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
VIM, TOP = ("XTerm", "vim main.py"), ("XTerm", "top")


@pytest.fixture(autouse=True)
def utc_zone(settings):
    settings.TIME_ZONE = "UTC"
    settings.TIMENET_AWAY_AFTER = 180.0


def titles_of(day: dict, code: str) -> list[tuple[str, str, float]]:
    row = next((r for r in day["categories"] if r["code"] == code), None)
    return [(t["app"], t["title"], t["seconds"]) for t in (row["top"] if row else [])]


def frames(device, model, specs: list[tuple]) -> list:
    """One 10 s frame every 10 s from START: specs are (code, window, idle, confidence)."""
    return [capture(device, model, START + timedelta(seconds=10 * i), code=code, window=window,
                    idle=idle, confidence=confidence)
            for i, (code, window, idle, confidence) in enumerate(specs)]


def test_away_frames_are_not_among_an_activitys_top_titles(device_token, version):  # noqa: F811
    device = device_token[0]
    frames(device, version, [("code", VIM, 2.0, 0.9), ("code", VIM, 5.0, 0.9),
                             ("code", TOP, 600.0, 0.9), ("code", TOP, 900.0, 0.9),
                             ("code", TOP, 900.0, 0.9)])
    day = usage.day_usage(device.owner, DAY)
    # top ran 30 s, longer than vim's 20 s, but with idle input past the threshold: away.
    assert titles_of(day, "code") == [("XTerm", "vim main.py", 20.0)]
    assert (day["total_seconds"], day["away_seconds"]) == (20.0, 30.0)


def test_idle_video_still_counts_as_watching_under_its_title(device_token, version):  # noqa: F811
    device = device_token[0]
    frames(device, version, [("youtube", ("Firefox", "Talk - YouTube"), 900.0, 0.9)] * 3)
    assert titles_of(usage.day_usage(device.owner, DAY), "youtube") == [
        ("Firefox", "Talk - YouTube", 30.0)]


def test_unreviewed_and_relabelled_frames_leave_the_models_activity(device_token,
                                                                    version):  # noqa: F811
    device = device_token[0]
    made = frames(device, version, [("code", VIM, None, 0.9), ("code", ("Slack", "chat"), None,
                                                              THRESHOLD - 0.1),
                                    ("code", ("Firefox", "Facebook"), None, 0.9)])
    Label.objects.create(frame=made[2], category=Category.objects.get(code="facebook"),
                         author=device.owner)
    rollups.recompute_for_frames([made[2]])
    day = usage.day_usage(device.owner, DAY)
    assert titles_of(day, "code") == [("XTerm", "vim main.py", 10.0)]
    assert titles_of(day, "facebook") == [("Firefox", "Facebook", 10.0)]


def test_titles_rank_by_clipped_seconds_and_keep_the_top_five(device_token,
                                                              version):  # noqa: F811
    device = device_token[0]
    specs = [("code", ("App", f"title {n}"), None, 0.9) for n in range(7) for _ in range(n + 1)]
    specs.append(("code", ("", ""), None, 0.9))  # no window read: not a title
    frames(device, version, specs)
    top = titles_of(usage.day_usage(device.owner, DAY), "code")
    assert top == [("App", f"title {n}", 10.0 * (n + 1)) for n in (6, 5, 4, 3, 2)]


def test_a_device_filter_reads_only_that_devices_titles(device_token, version,  # noqa: F811
                                                        django_user_model):
    device = device_token[0]
    other = device.owner.device_set.create(name="desk", token_hash="other")
    frames(device, version, [("code", VIM, None, 0.9)])
    capture(other, version, START, code="code", window=TOP)
    assert titles_of(usage.day_usage(device.owner, DAY, device=other), "code") == [
        ("XTerm", "top", 10.0)]
    assert len(titles_of(usage.day_usage(device.owner, DAY), "code")) == 2
    assert TitleRollup.objects.filter(device=other).count() == 1
