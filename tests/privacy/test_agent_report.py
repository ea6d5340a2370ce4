"""Each agent says what it is doing when it asks for its capture state; the privacy page and the
header show it (a pause set on the computer itself, an excluded window, no contact)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from agent.privacy import PauseFlag
from agent.state import CaptureGuard
from privacy import capture
from privacy.models import AgentReport

pytestmark = pytest.mark.django_db


def test_a_local_pause_reaches_the_header_and_the_page(client, live_server, device_token,
                                                       tmp_path):
    """The agent's own request (agent.state) against the real server. Checked failing with
    record_report not called from the capture-state view (the header said "Capture on")."""
    device, token = device_token
    flag = PauseFlag(tmp_path / "capture.paused")
    flag.set(datetime.now(UTC) + timedelta(hours=1))
    guard = CaptureGuard(pause_flag=flag)
    assert guard.refresh(live_server.url, token, guard.report(datetime.now(UTC), None))
    client.force_login(device.owner)
    page = client.get("/privacy/").content.decode()
    assert "Capture paused on test-device" in page  # the header
    assert "paused on this computer until" in page  # the device list


def test_an_excluded_window_is_shown_as_the_reason_and_the_title_never(client, device_token):
    device, token = device_token
    client.get("/api/capture-state", {"skipping": "the window on top is excluded (app 'x')",
                                      "local_pause": ""}, HTTP_AUTHORIZATION=f"Device {token}")
    client.force_login(device.owner)
    page = client.get("/privacy/").content.decode()
    assert "not capturing: the window on top is excluded (app &#x27;x&#x27;)" in page
    assert "Capture on" in page  # nothing paused


def test_an_agent_that_stopped_asking_shows_no_contact(client, device_token):
    device, _ = device_token
    AgentReport.objects.create(device=device, reported_at=timezone.now() - timedelta(hours=3),
                               local_paused=True)
    lines = capture.agent_lines(device.owner)
    assert lines[0]["line"].startswith("no contact since") and not lines[0]["live"]
    assert capture.locally_paused(device.owner) == []  # an old pause is not claimed as current


def test_an_unchanged_report_is_written_at_most_once_a_minute(device_token):
    """Checked failing with the early return removed from record_report."""
    device, _ = device_token
    now = timezone.now()
    capture.record_report(device, "", "", now=now)
    capture.record_report(device, "", "", now=now + timedelta(seconds=30))
    assert AgentReport.objects.get(device=device).reported_at == now
    capture.record_report(device, "paused from the dashboard", "", now=now + timedelta(seconds=31))
    report = AgentReport.objects.get(device=device)
    assert report.reported_at == now + timedelta(seconds=31)  # a change is written at once


@pytest.mark.parametrize("skipping, local_pause", [("a\x00b" * 100, "garbage"),
                                                   ("", "2026-13-45T99:00")])
def test_a_malformed_report_never_keeps_an_agent_from_its_state(client, device_token, skipping,
                                                                local_pause):
    device, token = device_token
    answer = client.get("/api/capture-state", {"skipping": skipping, "local_pause": local_pause},
                        HTTP_AUTHORIZATION=f"Device {token}")
    assert answer.status_code == 200 and "exclusions" in answer.json()
    report = AgentReport.objects.get(device=device)
    assert report.local_paused and report.local_paused_until is None
    assert "\x00" not in report.skipping and len(report.skipping) <= 200
