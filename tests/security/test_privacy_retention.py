"""Retention: stored frame images go after N days or once labelled; rows, observations and
rollups stay. How each test was checked to fail without its protection is in its docstring."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db.models import Sum
from django.utils import timezone

from privacy.models import PrivacySettings
from privacy.retention import apply_retention, policy_for
from tests.support.stored_frames import image_file, model_version, stored_frame
from tracker.models import Frame, Observation, UsageRollup

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(tmp_path, categories):
    return model_version(tmp_path / "model")


def day_seconds() -> float:
    return UsageRollup.objects.filter(granularity="day").aggregate(s=Sum("seconds"))["s"] or 0.0


def test_an_image_older_than_the_limit_is_deleted_and_its_history_kept(
        device_token, version, frames_dir, settings):
    """Checked failing with the age filter removed from retention.expired (nothing deleted)
    and with delete_images not unlinking (the file stayed)."""
    settings.TIMENET_RETENTION_DAYS = 30
    device, _ = device_token
    now = timezone.now()
    old = stored_frame(device, version, now - timedelta(days=31))
    recent = stored_frame(device, version, now - timedelta(days=29))
    old_file, recent_file = image_file(old), image_file(recent)
    seconds_before = day_seconds()

    assert apply_retention(now) == {"owner": 1}

    assert not old_file.exists() and recent_file.exists()
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.image_path == "" and recent.image_path != ""
    assert Observation.objects.filter(frame=old).exists()  # the activity stays
    assert day_seconds() == seconds_before == 20.0  # and so do the charts


def test_labelled_images_are_kept_for_retraining_by_default(device_token, version, frames_dir,
                                                            settings):
    """Checked failing with the `labels__isnull=True` filter of the keep policy removed."""
    settings.TIMENET_RETENTION_DAYS, settings.TIMENET_RETENTION_LABELLED = 30, "keep"
    device, _ = device_token
    now = timezone.now()
    labelled = stored_frame(device, version, now - timedelta(days=40), label="code")
    apply_retention(now)
    assert image_file(labelled).exists()


def test_the_delete_policy_drops_a_labelled_image_at_once_and_age_follows_the_limit(
        device_token, version, frames_dir, settings):
    """Checked failing with the DELETE branch of retention.expired removed (the fresh labelled
    image stayed) and with the AGE policy treated as keep (the old labelled image stayed)."""
    device, _ = device_token
    now = timezone.now()
    fresh_labelled = stored_frame(device, version, now - timedelta(hours=1), label="code")
    fresh_unlabelled = stored_frame(device, version, now - timedelta(hours=1))
    old_labelled = stored_frame(device, version, now - timedelta(days=40), label="youtube")
    PrivacySettings.objects.create(user=device.owner, labelled="delete", retention_days=0)
    apply_retention(now)
    assert not image_file(fresh_labelled).exists()
    assert not image_file(old_labelled).exists()
    assert image_file(fresh_unlabelled).exists()  # 0 days = no age limit

    PrivacySettings.objects.filter(user=device.owner).update(labelled="age", retention_days=1)
    again = stored_frame(device, version, now - timedelta(days=2), label="code")
    apply_retention(now)
    assert not image_file(again).exists()
    assert image_file(fresh_unlabelled).exists()  # 1 hour old: kept


def test_a_frame_waiting_for_classification_keeps_its_image(device_token, version, frames_dir,
                                                            settings):
    """The classifier needs it. Checked failing with the status exclusion removed."""
    settings.TIMENET_RETENTION_DAYS = 1
    device, _ = device_token
    waiting = stored_frame(device, version, timezone.now() - timedelta(days=5),
                           status=Frame.Status.PENDING)
    apply_retention()
    assert image_file(waiting).exists()


def test_a_person_s_settings_override_the_environment(owner, settings):
    settings.TIMENET_RETENTION_DAYS, settings.TIMENET_RETENTION_LABELLED = 30, "keep"
    assert (policy_for(owner).days, policy_for(owner).labelled) == (30, "keep")
    PrivacySettings.objects.create(user=owner, retention_days=7)
    assert (policy_for(owner).days, policy_for(owner).labelled) == (7, "keep")


def test_prune_frames_applies_it_from_the_command_line(device_token, version, frames_dir,
                                                       settings, capsys):
    settings.TIMENET_RETENTION_DAYS = 30
    device, _ = device_token
    old = stored_frame(device, version, timezone.now() - timedelta(days=60))
    call_command("prune_frames")
    assert "deleted 1 frame images" in capsys.readouterr().out
    assert not image_file(old).exists()


def test_beat_holds_the_retention_schedule():
    """Checked failing with the entry removed from settings.CELERY_BEAT_SCHEDULE."""
    from django.conf import settings

    entry = settings.CELERY_BEAT_SCHEDULE["privacy-retention"]
    assert entry["task"] == "privacy.tasks.apply_retention"
    assert entry["schedule"] == settings.TIMENET_RETENTION_EVERY


def test_an_open_review_item_whose_image_goes_is_resolved_and_its_group_regrouped(
        device_token, version, frames_dir, settings):
    """Checked failing with close_review_items not called from delete_images (the item stayed
    open, its image gone: a broken picture in the review queue)."""
    from labeling.models import ReviewItem

    settings.TIMENET_RETENTION_DAYS = 30
    device, _ = device_token
    now = timezone.now()
    old = stored_frame(device, version, now - timedelta(days=40), review=True)
    recent = stored_frame(device, version, now - timedelta(days=1), review=True)
    ReviewItem.objects.filter(frame=recent).update(group=old.review)
    apply_retention(now)
    assert ReviewItem.objects.get(frame=old).status == ReviewItem.Status.RESOLVED
    member = ReviewItem.objects.get(frame=recent)
    assert member.status == ReviewItem.Status.OPEN and member.group_id is None  # now a leader
