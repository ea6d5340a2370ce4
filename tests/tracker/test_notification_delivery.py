"""Delivery of notifications: the agents' and the browser's polls, acknowledgements, and the
settings page (form, test button). Through Django's test client and the real URLconf."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from notify import delivery, services
from notify.models import Notification
from tracker.devices import create_device

pytestmark = pytest.mark.django_db


@pytest.fixture
def device(device_token, categories):
    return device_token[0]


def note(owner, kind="summary", device=None, age: float = 0.0) -> Notification:
    made = Notification.objects.create(owner=owner, kind=kind, title=f"{kind} title",
                                       body="body", device=device, sound=kind == "warning")
    if age:
        Notification.objects.filter(pk=made.pk).update(
            created_at=timezone.now() - timedelta(seconds=age))
    return made


def auth(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Device {token}"}


def test_an_agent_gets_its_notifications_and_acknowledges_each_once(client, device_token,
                                                                     categories):
    device, token = device_token
    other, _ = create_device(device.owner, "laptop")
    mine, anyone, elsewhere = note(device.owner, "warning", device), note(device.owner), note(
        device.owner, device=other)
    answer = client.get("/api/notifications", **auth(token)).json()
    assert [n["id"] for n in answer["notifications"]] == [mine.pk, anyone.pk]
    assert answer["notifications"][0] | {"created_at": ""} == {
        "id": mine.pk, "kind": "warning", "title": "warning title", "body": "body",
        "sound": True, "created_at": ""}
    first = client.post(f"/api/notifications/{mine.pk}/ack", **auth(token)).json()
    again = client.post(f"/api/notifications/{mine.pk}/ack", **auth(token)).json()
    assert (first["delivered"], again["delivered"]) == (True, False)
    mine.refresh_from_db()
    assert mine.delivered_via == "device:test-device" and mine.delivered_at is not None
    left = client.get("/api/notifications", **auth(token)).json()["notifications"]
    assert [n["id"] for n in left] == [anyone.pk]
    assert not Notification.objects.get(pk=elsewhere.pk).delivered_at


def test_the_agent_endpoints_need_a_device_token(client, device):
    made = note(device.owner)
    assert client.get("/api/notifications").status_code == 401
    assert client.get("/api/notifications", HTTP_AUTHORIZATION="Bearer x").status_code == 401
    assert client.post(f"/api/notifications/{made.pk}/ack",
                       **auth("wrong")).status_code == 401
    assert Notification.objects.get(pk=made.pk).delivered_at is None


def test_an_agent_cannot_acknowledge_another_persons_notification(client, device,
                                                                   django_user_model):
    stranger = django_user_model.objects.create_user("stranger")
    _, token = create_device(stranger, "theirs")
    made = note(device.owner)
    answer = client.post(f"/api/notifications/{made.pk}/ack", **auth(token)).json()
    assert answer["delivered"] is False
    assert Notification.objects.get(pk=made.pk).delivered_at is None


def test_old_notifications_expire_unshown(device, settings):
    settings.TIMENET_NOTIFY_MAX_AGE = 600
    note(device.owner, age=601)
    fresh = note(device.owner, age=599)
    assert [n.pk for n in delivery.pending_for_device(device)] == [fresh.pk]


def test_the_browser_waits_for_the_agents_except_for_a_test(client, device, settings):
    settings.TIMENET_NOTIFY_BROWSER_GRACE = 60
    young, old, test = note(device.owner, age=10), note(device.owner, age=61), note(
        device.owner, "test")
    assert client.get("/api/notifications/browser").status_code == 302  # login first
    client.force_login(device.owner)
    got = client.get("/api/notifications/browser").json()["notifications"]
    assert [n["id"] for n in got] == [old.pk, test.pk]
    assert client.post(f"/api/notifications/browser/{old.pk}/ack").json()["delivered"]
    assert Notification.objects.get(pk=old.pk).delivered_via == "browser"
    assert not Notification.objects.get(pk=young.pk).delivered_at


def test_the_browser_acknowledgement_needs_the_csrf_token(device):
    from django.test import Client

    guarded = Client(enforce_csrf_checks=True)
    guarded.force_login(device.owner)
    made = note(device.owner, "test")
    assert guarded.post(f"/api/notifications/browser/{made.pk}/ack").status_code == 403
    assert Notification.objects.get(pk=made.pk).delivered_at is None


def test_the_settings_page_saves_the_notification_settings(client, device):
    client.force_login(device.owner)
    page = client.get("/settings/")
    assert page.status_code == 200
    assert b'name="threshold_seconds"' in page.content and b"Send a test notification" in (
        page.content)
    youtube = services.settings_for(device.owner).warn_categories.get(code="youtube")
    answer = client.post("/settings/", {
        "summary_enabled": "on", "summary_every_minutes": 30, "window_minutes": 30,
        "threshold_seconds": 90, "cooldown_minutes": 45, "warn_categories": [youtube.pk],
        "quiet_start": "22:00", "quiet_end": "07:00", "snoozed_until": "2026-12-01T09:30"})
    assert answer.status_code == 302
    prefs = services.settings_for(device.owner)
    assert (prefs.threshold_seconds, prefs.cooldown_minutes, prefs.warnings_enabled,
            prefs.sound) == (90, 45, False, False)
    assert [c.code for c in prefs.warn_categories.all()] == ["youtube"]
    assert prefs.quiet_start.hour == 22 and prefs.snoozed_until.minute == 30


def test_the_settings_form_refuses_half_quiet_hours_and_a_zero_threshold(client, device):
    client.force_login(device.owner)
    answer = client.post("/settings/", {
        "summary_every_minutes": 30, "window_minutes": 30, "threshold_seconds": 0,
        "cooldown_minutes": 30, "quiet_start": "22:00"})
    assert answer.status_code == 400  # shown again with its errors, as every refused form
    errors = answer.context["form"].errors
    assert "threshold_seconds" in errors and "__all__" in errors
    assert services.settings_for(device.owner).threshold_seconds == 30


def test_the_test_button_queues_a_test_notification(client, device):
    client.force_login(device.owner)
    assert client.post("/settings/test").status_code == 302
    made = Notification.objects.get(owner=device.owner)
    assert (made.kind, made.sound, made.device) == ("test", True, None)
    assert client.get("/settings/test").status_code == 405
