"""Desktop notifications end to end, on a real D-Bus session bus with a notification server.

Server side: real frames and observations -> tracker.rollups' minute buckets -> the real
notification round (`manage.py notify_check`) -> Notification rows. Person's side: the real
agent (`python -m agent`, capturing from Xvfb and uploading to a live Django server) polls the
server, hands each notification to `org.freedesktop.Notifications` through desktop-notifier,
and acknowledges it. The notification server is ours (tests/support/dbus_notifications.py) so
the test can read back what arrived; nothing is mocked.
"""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from notify.models import Notification
from tests.conftest import PY, ROOT, require_binary
from tests.support.dbus_notifications import SessionBus, start_session_bus
from tracker import rollups
from tracker.models import Category, Frame, ModelVersion, Observation

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def session_bus() -> SessionBus:
    bus = start_session_bus(require_binary("dbus-daemon"))
    yield bus
    bus.stop()


def seed_frames(device, code: str, count: int, start, review: bool = False) -> list[Frame]:
    """`count` classified 10 s frames of `code` from `start` (aware), as the classifier leaves
    them; `review` = the model was unsure (an open review item: unreviewed time)."""
    from labeling.models import ReviewItem

    # The artifact is gone, so "unsure" is read from the open review item (tracker.rollups).
    version, _ = ModelVersion.objects.get_or_create(version="gone", path="/nonexistent",
                                                    sha256="0" * 64)
    category = Category.objects.get(code=code)
    frames = []
    for i in range(count):
        frame = Frame.objects.create(
            device=device, captured_at=start + timedelta(seconds=10 * i), duration=10.0,
            status=Frame.Status.DONE, sha256=f"{code}{i}".ljust(64, "0"), idle_seconds=1.0)
        Observation.objects.create(frame=frame, category=category, model_version=version,
                                   confidence=0.4 if review else 0.97)
        if review:
            ReviewItem.objects.create(frame=frame)
        frames.append(frame)
    rollups.recompute_for_frames(frames)
    return frames


def run_agent(xvfb, live_server, token: str, bus: SessionBus, data_dir: Path) -> str:
    """One capture cycle of the real agent: capture, upload, poll notifications, show them."""
    env = {**xvfb.env, "TIMENET_DEVICE_TOKEN": token, "DBUS_SESSION_BUS_ADDRESS": bus.address,
           "TIMENET_NOTIFY_POLL": "0"}
    done = subprocess.run([PY, "-m", "agent", "--count", "1", "--server", live_server.url,
                           "--data-dir", str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def test_the_agent_shows_the_summary_and_one_warning_with_sound_on_the_session_bus(
        session_bus, xvfb, live_server, redis_server, device_token, categories, tmp_path):
    device, token = device_token
    now = timezone.now()
    seed_frames(device, "code", 100, now - timedelta(minutes=27))  # 16 min 40 s of code
    # Five minutes of Facebook the model was unsure about: unreviewed, never distracting.
    seed_frames(device, "facebook", 30, now - timedelta(minutes=10), review=True)
    call_command("notify_check")
    run_agent(xvfb, live_server, token, session_bus, tmp_path / "agent")
    received = session_bus.server.received
    assert [r.summary for r in received] == ["Your last 30 minutes: 22 min tracked"]
    assert received[0].body == "Writing code in an IDE 77%, Unreviewed 23%"
    assert "sound-name" not in received[0].hints and received[0].app_name == "TimeNet"

    seed_frames(device, "youtube", 12, now - timedelta(minutes=4, seconds=50))  # 2 min
    call_command("notify_check")
    run_agent(xvfb, live_server, token, session_bus, tmp_path / "agent")
    assert len(received) == 2
    warning = received[1]
    assert warning.summary == "2 min of distraction in the last 30 minutes"
    assert warning.body == "Watching YouTube 2 min (your limit is 30 s)"
    assert warning.hints["sound-name"] == "dialog-warning"

    seed_frames(device, "netflix", 6, now - timedelta(minutes=2, seconds=50))  # still at it
    call_command("notify_check")  # inside the 30-minute cooldown: no second warning
    run_agent(xvfb, live_server, token, session_bus, tmp_path / "agent")
    assert [r.summary for r in received][2:] == []
    shown = Notification.objects.order_by("pk").values_list("kind", "delivered_via")
    assert list(shown) == [("summary", "device:test-device"), ("warning", "device:test-device")]


def test_a_notification_the_desktop_cannot_show_waits_for_the_browser(
        live_server, device_token, categories, monkeypatch):
    """A session bus with no notification server on it: desktop-notifier fails, so the agent
    does not acknowledge, and the browser banner gets the notification after its grace."""
    from agent.notify import NotificationClient, NotificationPoller, desktop_backend
    from notify import delivery

    device, token = device_token
    bus = start_session_bus(require_binary("dbus-daemon"), with_server=False)
    try:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        made = Notification.objects.create(owner=device.owner, kind="warning", title="t",
                                           body="b", sound=True)
        poller = NotificationPoller(NotificationClient(live_server.url, token),
                                    desktop_backend())
        assert poller.poll() == 0
        assert poller.failures == 1  # the next polls back off (agent/notify.py)
    finally:
        bus.stop()
    made.refresh_from_db()
    assert made.delivered_at is None
    assert [n.pk for n in delivery.pending_for_device(device)] == [made.pk]


def test_celery_beat_runs_the_round_from_the_database_schedule(services, device_token):
    """The round is a django-celery-beat periodic task (editable in the admin) that a worker
    runs; each round logs one line."""
    from django_celery_beat.models import PeriodicTask

    from tests.conftest import wait_until

    device, _ = device_token
    seed_frames(device, "youtube", 12, timezone.now() - timedelta(minutes=3))
    services.worker("w1")
    services.beat(TIMENET_NOTIFY_EVERY="1")
    wait_until(lambda: Notification.objects.filter(kind="warning").exists(), 90,
               "a warning from the beat-driven round")
    wait_until(lambda: services.log("w1").count(b"notify round:") >= 2, 60, "a second round")
    assert PeriodicTask.objects.get(name="notify-round").task == "notify.tasks.notify_round"
    assert Notification.objects.filter(kind="warning").count() == 1  # cooldown across rounds
    rounds = [line for line in services.log("w1").splitlines() if b"notify round:" in line]
    assert all(line.count(b"notify round:") == 1 for line in rounds)
