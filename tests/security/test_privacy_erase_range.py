"""Delete everything in a range: a confirmation step first, then frames, images, observations,
review items and labels go and the range's rollups are recomputed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db.models import Sum
from django.utils import timezone

from labeling.models import Label, ReviewItem
from tests.support.stored_frames import image_file, model_version, stored_frame
from tracker.models import Frame, Observation, UsageRollup

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def seeded(device_token, tmp_path, categories, frames_dir):
    """Six frames a minute apart from T0: #1 and #2 with a review item and a label."""
    device, _ = device_token
    version = model_version(tmp_path / "model")
    frames = [stored_frame(device, version, T0 + timedelta(minutes=i), review=i in (1, 2),
                           label="youtube" if i in (1, 2) else None) for i in range(6)]
    return device, frames


def local(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def seconds_between(lo: datetime, hi: datetime) -> float:
    rows = UsageRollup.objects.filter(granularity="minute", bucket__gte=lo, bucket__lt=hi)
    return rows.aggregate(s=Sum("seconds"))["s"] or 0.0


def test_the_first_post_only_shows_what_would_go(client, seeded):
    """Checked failing with the `confirm` check removed from the view (it erased at once)."""
    device, frames = seeded
    client.force_login(device.owner)
    answer = client.post("/privacy/erase", {"start": local(T0 + timedelta(minutes=1)),
                                            "end": local(T0 + timedelta(minutes=3))})
    assert answer.status_code == 200
    html = answer.content.decode()
    assert 'data-count="frames">2<' in html and 'data-count="labels">2<' in html
    assert 'data-count="review_items">2<' in html and 'data-count="observations">2<' in html
    assert Frame.objects.count() == 6  # nothing deleted yet


def test_confirming_erases_the_range_and_recomputes_its_rollups(
        client, seeded, django_capture_on_commit_callbacks):
    """Checked failing with recompute_for_frames removed from erase.erase_range (the minutes
    kept their 20 s) and with delete_files not called (the images stayed)."""
    device, frames = seeded
    client.force_login(device.owner)
    files = [image_file(f) for f in frames]
    assert seconds_between(T0 + timedelta(minutes=1), T0 + timedelta(minutes=3)) == 20.0
    with django_capture_on_commit_callbacks(execute=True):  # files go once the rows have
        answer = client.post("/privacy/erase", {"start": local(T0 + timedelta(minutes=1)),
                                                "end": local(T0 + timedelta(minutes=3)),
                                                "confirm": "on"})
    assert answer.status_code == 302
    assert sorted(Frame.objects.values_list("pk", flat=True)) == sorted(
        f.pk for i, f in enumerate(frames) if i not in (1, 2))
    assert not Observation.objects.filter(frame_id__in=[frames[1].pk, frames[2].pk]).exists()
    assert ReviewItem.objects.count() == 0 and Label.objects.count() == 0
    assert [p.exists() for p in files] == [True, False, False, True, True, True]
    assert seconds_between(T0 + timedelta(minutes=1), T0 + timedelta(minutes=3)) == 0.0
    assert seconds_between(T0, T0 + timedelta(minutes=1)) == 10.0  # outside: untouched
    assert seconds_between(T0 + timedelta(minutes=3), T0 + timedelta(minutes=6)) == 30.0


def test_a_range_that_ends_before_it_starts_is_a_400_and_erases_nothing(client, seeded):
    device, _ = seeded
    client.force_login(device.owner)
    answer = client.post("/privacy/erase", {"start": local(T0 + timedelta(minutes=3)),
                                            "end": local(T0), "confirm": "on"})
    assert answer.status_code == 400
    assert "the end must be after the start" in answer.content.decode()
    assert Frame.objects.count() == 6


def test_another_person_s_frames_in_the_range_are_untouched(client, seeded,
                                                             django_user_model):
    """Checked failing with the owner filter removed from erase.range_frames."""
    from tracker.devices import create_device

    _, frames = seeded
    other = django_user_model.objects.create_user("other")
    create_device(other, "laptop")
    client.force_login(other)
    answer = client.post("/privacy/erase", {"start": local(T0 - timedelta(hours=1)),
                                            "end": local(T0 + timedelta(hours=1)),
                                            "confirm": "on"})
    assert answer.status_code == 302
    assert Frame.objects.count() == 6


def test_a_range_over_several_days_is_erased_whole(client, device_token, tmp_path, categories,
                                                    frames_dir):
    """The range is erased a day at a time. Checked failing with erase_range stopping after
    its first chunk (the frames of the later days stayed)."""
    device, _ = device_token
    version = model_version(tmp_path / "model")
    for day in range(4):
        stored_frame(device, version, T0 + timedelta(days=day, hours=3))
    stored_frame(device, version, T0 + timedelta(days=5))  # outside
    from privacy.erase import erase_range

    assert erase_range(device.owner, T0, T0 + timedelta(days=4)) == 4
    assert Frame.objects.count() == 1
