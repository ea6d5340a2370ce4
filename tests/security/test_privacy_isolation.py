"""Privacy controls belong to one person: their agents get their rules and pause only, their
rules and ranges are theirs to change, and the forms are protected (login, CSRF, no open
redirect)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client

from privacy import capture
from privacy.models import ExclusionRule
from tests.support.stored_frames import model_version, stored_frame
from tracker.devices import create_device
from tracker.models import Frame

pytestmark = pytest.mark.django_db


@pytest.fixture
def other(django_user_model):
    user = django_user_model.objects.create_user("other")
    device, token = create_device(user, "other-laptop")
    return user, device, token


def test_an_agent_gets_its_owner_s_rules_and_pause_only(client, device_token, other):
    """Checked failing with agent_state reading every person's rules (owner filter removed)."""
    device, token = device_token
    capture.add_rule(device.owner, "app", "keepassxc")
    capture.pause(device.owner, "forever")
    answer = client.get("/api/capture-state", HTTP_AUTHORIZATION=f"Device {other[2]}").json()
    assert answer["paused"] is False and answer["exclusions"]["apps"] == []
    mine = client.get("/api/capture-state", HTTP_AUTHORIZATION=f"Device {token}").json()
    assert mine["paused"] is True and mine["exclusions"]["apps"] == ["keepassxc"]


def test_a_person_cannot_remove_another_s_rule(client, owner, other):
    """Checked failing with the owner filter removed from capture.remove_rule."""
    rule = capture.add_rule(owner, "title", "*bank*")
    client.force_login(other[0])
    client.post(f"/privacy/rules/{rule.pk}/delete")
    assert ExclusionRule.objects.filter(pk=rule.pk).exists()


def test_a_range_cannot_name_another_person_s_device(client, device_token, other, tmp_path,
                                                     categories, frames_dir):
    device, _ = device_token
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    stored_frame(device, model_version(tmp_path / "m"), at)
    client.force_login(other[0])
    answer = client.post("/privacy/erase", {"start": "2026-02-28T00:00", "end": "2026-03-02T00:00",
                                            "device": device.pk, "confirm": "on"})
    assert answer.status_code == 400
    assert Frame.objects.count() == 1


def test_pausing_without_the_csrf_token_is_refused(owner):
    """Checked failing with @csrf_exempt on the pause view (the pause was set)."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    assert browser.post("/privacy/pause", {"duration": "forever"}).status_code == 403
    assert browser.post("/privacy/erase", {"start": "2026-01-01T00:00",
                                           "end": "2026-01-02T00:00",
                                           "confirm": "on"}).status_code == 403
    assert not capture.is_paused(capture.settings_for(owner))


def test_the_pause_control_never_redirects_off_the_site(client, owner):
    """Checked failing with `back` redirecting to any `next` (it went to evil.example)."""
    client.force_login(owner)
    answer = client.post("/privacy/pause", {"duration": "15m",
                                            "next": "https://evil.example/phish"})
    assert answer.status_code == 302 and answer["Location"] == "/privacy/"


@pytest.mark.parametrize("url", ["/privacy/", "/privacy/erase"])
def test_the_privacy_pages_need_a_login(client, url):
    answer = client.get(url)
    assert answer.status_code == 302 and "/login/" in answer["Location"]


def test_an_expired_pause_is_not_sent_as_paused(client, device_token):
    device, token = device_token
    capture.pause(device.owner, "15m", now=datetime.now(UTC) - timedelta(hours=1))
    answer = client.get("/api/capture-state", HTTP_AUTHORIZATION=f"Device {token}").json()
    assert answer["paused"] is False and answer["paused_until"] is None
