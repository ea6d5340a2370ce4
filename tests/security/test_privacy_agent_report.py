"""Each agent says what it is doing in its heartbeat (`POST /api/agent-status`, the one report
an agent sends, stored by tracker.capture_status); the privacy page and the header show it (a
pause set on the computer itself, an excluded window, no contact)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from agent.heartbeat import Heartbeat
from agent.privacy import PauseFlag
from agent.runner import Agent
from agent.spool import Spool
from agent.state import CaptureGuard
from agent.uploader import Uploader
from privacy import capture
from tracker import capture_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"  # the heartbeats of this test only
    return settings.DATA_DIR


def beat(client, token: str, body: dict):
    return client.post(reverse("tracker:agent_status"), json.dumps(body),
                       content_type="application/json", HTTP_AUTHORIZATION=f"Device {token}")


def test_a_local_pause_reaches_the_header_and_the_page(client, live_server, device_token,
                                                       data_dir, tmp_path):
    """The real agent (its capture loop's pause check and its heartbeat) against the real
    server. Checked failing with `local_pause` left out of Heartbeat.body (the header said
    "Capture on" and the page "not capturing: paused on this computer (...)")."""
    device, token = device_token
    flag = PauseFlag(tmp_path / "capture.paused")
    flag.set(datetime.now(UTC) + timedelta(hours=1))
    agent = Agent(screen=None, spool=Spool(tmp_path / "spool"),
                  uploader=Uploader(live_server.url, token), interval=1.0,
                  guard=CaptureGuard(pause_flag=flag))
    agent.refresh_state()
    agent.capture_once()  # paused: never touches the (absent) screen
    heartbeat = Heartbeat(live_server.url, token)
    try:
        assert heartbeat.report(agent)
    finally:
        heartbeat.close()
    client.force_login(device.owner)
    page = client.get("/privacy/").content.decode()
    assert "Capture paused on test-device" in page  # the header
    assert "paused on this computer until" in page  # the device list
    assert capture_status.last_report(device).state == "paused"  # one store: the Today page's


def test_an_excluded_window_is_shown_as_the_reason_and_the_title_never(client, device_token,
                                                                       data_dir):
    device, token = device_token
    assert beat(client, token, {"state": "paused",
                                "paused": "the window on top is excluded (app 'x')"}
                ).status_code == 200
    client.force_login(device.owner)
    page = client.get("/privacy/").content.decode()
    assert "not capturing: the window on top is excluded (app &#x27;x&#x27;)" in page
    assert "Capture on" in page  # nothing paused


def test_a_capturing_agent_and_one_that_never_reported(client, device_token, data_dir):
    device, token = device_token
    assert capture.agent_lines(device.owner)[0]["line"] == "its agent has not reported yet"
    beat(client, token, {"state": "capturing"})
    line = capture.agent_lines(device.owner)[0]
    assert line["line"] == "capturing" and line["live"]


def test_an_agent_that_stopped_reporting_shows_no_contact(client, device_token, data_dir):
    """Silent after capture_status.SILENT_AFTER s, the one freshness rule."""
    device, token = device_token
    beat(client, token, {"state": "paused", "paused": "paused on this computer",
                         "local_pause": "forever"})
    assert capture.locally_paused(device.owner) == ["test-device"]
    later = timezone.now() + timedelta(seconds=capture_status.SILENT_AFTER + 1)
    lines = capture.agent_lines(device.owner, now=later)
    assert lines[0]["line"].startswith("no contact since") and not lines[0]["live"]
    assert capture.locally_paused(device.owner, now=later) == []  # an old pause is not current


@pytest.mark.parametrize("local_pause", ["garbage", "2026-13-45T99:00+00:00",
                                         "2026-11-30T10:00", 5])
def test_a_malformed_local_pause_is_a_400_and_nothing_is_stored(client, device_token, data_dir,
                                                                local_pause):
    response = beat(client, device_token[1], {"state": "paused", "local_pause": local_pause})
    assert response.status_code == 400 and "local_pause" in response.json()["error"]
    assert not (data_dir / "capture_status").exists()


def test_an_old_agents_report_parameters_are_ignored(client, device_token, data_dir):
    """An agent from before the heartbeat carried the report sends `skipping`/`local_pause`
    in its capture-state request: it still gets its state, and nothing is taken from them."""
    device, token = device_token
    answer = client.get("/api/capture-state", {"skipping": "a\x00b" * 100,
                                               "local_pause": "forever"},
                        HTTP_AUTHORIZATION=f"Device {token}")
    assert answer.status_code == 200 and "exclusions" in answer.json()
    assert capture.locally_paused(device.owner) == []
    assert not (data_dir / "capture_status").exists()
