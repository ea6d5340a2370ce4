"""The notification round (notify.services) and delivery (notify.delivery, the endpoints).

Usage is written as minute rollups, the rows the round reads (tracker.rollups recomputes them
from observations; tests/e2e/test_desktop_notifications.py goes through real frames)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from notify import services
from notify.models import Notification, NotificationSettings
from tracker.models import Category, UsageRollup

pytestmark = pytest.mark.django_db
K = UsageRollup.Kind
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def utc_zone(settings):
    settings.TIME_ZONE = "UTC"


@pytest.fixture
def device(device_token, categories):
    return device_token[0]


def minutes_of(device, code: str | None, seconds: float, count: int, kind: str = K.ACTIVITY,
               ago: int = 1, base: datetime = NOW) -> None:
    """`count` minute buckets of `seconds` each, the last one `ago` minutes before `base`."""
    category = Category.objects.get(code=code) if code else None
    for i in range(count):
        UsageRollup.objects.create(
            owner=device.owner, device=device, granularity="minute", kind=kind,
            bucket=base - timedelta(minutes=ago + i), category=category, seconds=seconds)


def kinds(owner) -> list[str]:
    return list(Notification.objects.filter(owner=owner).values_list("kind", flat=True))


def test_a_warning_fires_once_distracting_time_passes_the_threshold(device):
    minutes_of(device, "code", 60, 10)
    minutes_of(device, "youtube", 10, 3, ago=20)  # 30 s: the seed's 3 frames, not more
    assert services.check_user(device.owner, NOW).warnings == 0
    minutes_of(device, "facebook", 10, 1, ago=25)  # 40 s > 30 s
    result = services.check_user(device.owner, NOW + timedelta(seconds=1))
    assert result.warnings == 1
    warning = Notification.objects.get(kind="warning")
    assert warning.sound and warning.device == device
    assert warning.title == "40 s of distraction in the last 30 minutes"
    assert warning.body == "Watching YouTube 30 s, Browsing Facebook 10 s (your limit is 30 s)"


def test_unreviewed_time_never_counts_as_distracting(device):
    minutes_of(device, None, 60, 20, kind=K.UNREVIEWED)
    minutes_of(device, "netflix", 20, 1)
    result = services.check_user(device.owner, NOW)
    assert (result.warnings, result.summaries) == (0, 1)
    summary = Notification.objects.get(kind="summary")
    assert summary.title == "Your last 30 minutes: 20 min tracked"
    assert summary.body == "Unreviewed 98%, Watching Netflix 2%"


def test_away_time_is_neither_distracting_nor_tracked(device):
    minutes_of(device, None, 60, 25, kind=K.AWAY)
    minutes_of(device, "code", 30, 2)
    assert services.check_user(device.owner, NOW).warnings == 0
    summary = Notification.objects.get(kind="summary")
    assert summary.title == "Your last 30 minutes: 1 min tracked"
    assert summary.body == "Writing code in an IDE 100%; away 25 min"


def test_time_before_the_window_does_not_count(device):
    minutes_of(device, "youtube", 60, 5, ago=31)
    assert services.check_user(device.owner, NOW).users == 1
    assert kinds(device.owner) == []


def test_only_the_persons_chosen_activities_count_as_distracting(device):
    minutes_of(device, "youtube", 60, 5)
    prefs = services.settings_for(device.owner)
    assert set(prefs.warn_categories.values_list("code", flat=True)) == {
        "facebook", "netflix", "youtube"}  # from Category.distracting
    prefs.warn_categories.remove(Category.objects.get(code="youtube"))
    assert services.check_user(device.owner, NOW).warnings == 0
    minutes_of(device, "terminal", 60, 1, ago=7)
    prefs.warn_categories.add(Category.objects.get(code="terminal"))
    assert services.check_user(device.owner, NOW).warnings == 1
    assert Notification.objects.get(kind="warning").body.startswith("Using the terminal 1 min")


def test_an_activity_added_later_and_marked_distracting_counts_for_warnings(device):
    prefs = services.settings_for(device.owner)
    prefs.warn_categories.remove(Category.objects.get(code="youtube"))  # the person's choice
    slack = Category.objects.create(code="slack", name="Slack", distracting=True)
    Category.objects.create(code="figma", name="Figma", distracting=False)
    minutes_of(device, "slack", 60, 2)
    assert services.check_user(device.owner, NOW).warnings == 1
    chosen = set(services.settings_for(device.owner).warn_categories.all())
    assert slack in chosen and not {c.code for c in chosen} & {"youtube", "figma"}


def test_no_second_warning_inside_the_cooldown(device):
    minutes_of(device, "youtube", 60, 5)
    assert services.check_user(device.owner, NOW).warnings == 1
    for later in (1, 10, 29):
        assert services.check_user(device.owner, NOW + timedelta(minutes=later)).warnings == 0
    minutes_of(device, "youtube", 60, 3, ago=-29)  # still distracted half an hour later
    assert services.check_user(device.owner, NOW + timedelta(minutes=30)).warnings == 1
    assert kinds(device.owner).count("warning") == 2


def test_two_rounds_at_once_send_one_warning(device):
    minutes_of(device, "youtube", 60, 5)
    stale = services.settings_for(device.owner)  # both rounds read "no warning yet"
    assert services.claim(stale, "last_warning_at", timedelta(minutes=30), NOW)
    assert not services.claim(stale, "last_warning_at", timedelta(minutes=30), NOW)


def test_summaries_come_every_30_minutes(device):
    minutes_of(device, "code", 60, 100, ago=-60)  # code from NOW-39 min to NOW+60 min
    sent = [services.check_user(device.owner, NOW + timedelta(minutes=m)).summaries
            for m in (0, 10, 29, 30, 45, 60)]
    assert sent == [1, 0, 0, 1, 0, 1]


def test_quiet_hours_that_wrap_midnight_hold_every_notification(device):
    minutes_of(device, "youtube", 60, 5)
    prefs = services.settings_for(device.owner)
    prefs.quiet_start, prefs.quiet_end = time(14, 30), time(1, 0)
    prefs.save()
    result = services.check_user(device.owner, NOW)
    assert (result.held, kinds(device.owner)) == (2, [])
    assert services.in_quiet_hours(time(22), time(7), NOW.replace(hour=23))
    assert services.in_quiet_hours(time(22), time(7), NOW.replace(hour=6, minute=59))
    assert not services.in_quiet_hours(time(22), time(7), NOW.replace(hour=7))
    prefs.quiet_start, prefs.quiet_end = time(9), time(14, 59)
    prefs.save()
    assert services.check_user(device.owner, NOW).warnings == 1


def test_quiet_hours_are_local_time(device, settings):
    settings.TIME_ZONE = "Europe/Berlin"  # 15:00 UTC is 16:00 in Berlin in November
    assert services.in_quiet_hours(time(16), time(17), NOW)
    assert not services.in_quiet_hours(time(15), time(16), NOW)


def test_a_snooze_holds_notifications_until_its_time(device):
    minutes_of(device, "youtube", 60, 5)
    prefs = services.settings_for(device.owner)
    prefs.snoozed_until = NOW + timedelta(minutes=5)
    prefs.save()
    assert services.check_user(device.owner, NOW).held == 2
    assert kinds(device.owner) == []
    assert services.check_user(device.owner, NOW + timedelta(minutes=5)).warnings == 1


def test_switched_off_notifications_are_not_sent(device):
    minutes_of(device, "youtube", 60, 5)
    NotificationSettings.objects.filter(pk=services.settings_for(device.owner).pk).update(
        summary_enabled=False, warnings_enabled=False)
    assert services.check_user(device.owner, NOW).held == 0
    assert kinds(device.owner) == []


def test_a_round_covers_every_person_with_a_device(device, django_user_model, caplog):
    minutes_of(device, "youtube", 60, 5)
    django_user_model.objects.create_user("no-device")
    caplog.set_level("INFO", logger="timenet.notify")
    result = services.run_round(NOW)
    assert (result.users, result.warnings, result.summaries) == (1, 1, 1)
    lines = [r.getMessage() for r in caplog.records if r.name == "timenet.notify"]
    assert lines == ["notify round: 1 people, 1 summaries, 1 warnings, 0 held (quiet/snooze)"]


def test_a_round_drops_notifications_older_than_30_days(device):
    old, recent = (Notification.objects.create(owner=device.owner, kind="summary", title=t)
                   for t in ("old", "recent"))
    Notification.objects.filter(pk=old.pk).update(created_at=NOW - timedelta(days=30, hours=1))
    Notification.objects.filter(pk=recent.pk).update(created_at=NOW - timedelta(days=29))
    services.run_round(NOW)
    assert list(Notification.objects.values_list("title", flat=True)) == ["recent"]


def test_the_command_runs_one_round(device, capsys):
    minutes_of(device, "youtube", 60, 5, base=timezone.now())
    call_command("notify_check")
    assert capsys.readouterr().out.strip() == (
        "1 people, 1 summaries, 1 warnings, 0 held (quiet/snooze)")
