"""Pause/resume from the dashboard, the header's state line, exclusion rules on the privacy page,
and what `GET /api/capture-state` tells a person's agents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from agent.privacy import ServerState
from privacy import capture
from privacy.models import ExclusionRule

pytestmark = pytest.mark.django_db


def agent_get(client, token: str):
    return client.get("/api/capture-state", HTTP_AUTHORIZATION=f"Device {token}")


def test_an_agent_is_told_the_pause_and_the_rules_in_the_shape_it_parses(client, device_token):
    """Checked failing with agent_state answering paused=False always, and with the title rules
    left out of the answer."""
    device, token = device_token
    capture.pause(device.owner, "1h")
    capture.add_rule(device.owner, "app", "keepassxc")
    capture.add_rule(device.owner, "title", "*bank*")
    answer = agent_get(client, token)
    assert answer.status_code == 200
    state = ServerState.from_json(answer.json())  # the agent's own parser accepts it
    assert state.paused and state.paused_until is not None
    assert state.rules.apps == ("keepassxc",) and state.rules.titles == ("*bank*",)
    assert state.rules.skip_private is True
    assert state.rules.match("My Bank - Firefox", "firefox") == "title '*bank*'"


def test_an_unknown_token_gets_a_401(client, device_token):
    assert agent_get(client, "not-a-token").status_code == 401
    assert client.get("/api/capture-state").status_code == 401


def test_a_pause_ends_by_itself_and_resume_ends_it_at_once(owner):
    """Checked failing with the paused_until comparison removed from capture.is_paused."""
    now = timezone.now()
    prefs = capture.pause(owner, "15m", now=now)
    assert capture.is_paused(prefs, now + timedelta(minutes=14))
    assert not capture.is_paused(prefs, now + timedelta(minutes=16))
    assert capture.agent_state(owner, now + timedelta(minutes=16))["paused"] is False
    capture.pause(owner, "forever")
    assert capture.is_paused(capture.resume(owner)) is False


def test_until_tomorrow_is_the_next_local_midnight(settings):
    settings.TIME_ZONE = "Europe/Berlin"
    timezone.activate("Europe/Berlin")
    try:
        end = capture.pause_end("tomorrow", datetime(2026, 6, 1, 20, 30, tzinfo=UTC))
        assert timezone.localtime(end).isoformat() == "2026-06-02T00:00:00+02:00"
    finally:
        timezone.deactivate()


def test_the_header_shows_the_state_and_pauses_from_any_page(client, owner):
    """Checked failing with the include removed from base.html (no state line, no button)."""
    client.force_login(owner)
    page = client.get("/week/").content.decode()
    assert "Capture on" in page and 'formaction="/privacy/pause"' in page
    answer = client.post("/privacy/pause", {"duration": "1h", "next": "/week/"})
    assert answer.status_code == 302 and answer["Location"] == "/week/"
    page = client.get("/week/").content.decode()
    assert "Capture paused until" in page and 'formaction="/privacy/resume"' in page
    client.post("/privacy/resume", {"next": "/week/"})
    assert "Capture on" in client.get("/week/").content.decode()


def test_an_unknown_pause_duration_is_a_400_and_changes_nothing(client, owner):
    client.force_login(owner)
    assert client.post("/privacy/pause", {"duration": "3 years"}).status_code == 400
    assert not capture.is_paused(capture.settings_for(owner))


def test_rules_are_added_and_removed_on_the_privacy_page(client, owner):
    client.force_login(owner)
    assert client.post("/privacy/rules/add", {"kind": "app", "pattern": " KeePassXC "}
                       ).status_code == 302
    rule = ExclusionRule.objects.get(owner=owner)
    assert (rule.kind, rule.pattern) == ("app", "KeePassXC")
    assert "KeePassXC" in client.get("/privacy/").content.decode()
    client.post(f"/privacy/rules/{rule.pk}/delete")
    assert not ExclusionRule.objects.exists()


@pytest.mark.parametrize("pattern, message", [("   ", "required"), ("x" * 201, "at most")])
def test_a_bad_pattern_is_a_400_with_the_reason(client, owner, pattern, message):
    client.force_login(owner)
    answer = client.post("/privacy/rules/add", {"kind": "title", "pattern": pattern})
    assert answer.status_code == 400
    assert message in answer.content.decode()
    assert not ExclusionRule.objects.exists()


def test_a_duplicate_rule_is_a_400(client, owner):
    client.force_login(owner)
    client.post("/privacy/rules/add", {"kind": "title", "pattern": "*bank*"})
    answer = client.post("/privacy/rules/add", {"kind": "title", "pattern": "*bank*"})
    assert answer.status_code == 400 and "already" in answer.content.decode()


def test_retention_settings_are_saved_and_bounded(client, owner):
    client.force_login(owner)
    answer = client.post("/privacy/", {"skip_private": "", "retention_days": "7",
                                       "labelled": "delete"})
    assert answer.status_code == 302
    prefs = capture.settings_for(owner)
    assert (prefs.skip_private, prefs.retention_days, prefs.labelled) == (False, 7, "delete")
    assert client.post("/privacy/", {"retention_days": "-1"}).status_code == 400
    assert client.post("/privacy/", {"retention_days": "99999"}).status_code == 400
