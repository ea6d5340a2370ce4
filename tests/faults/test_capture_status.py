"""The capture-status heartbeat endpoint (`POST /api/agent-status`) and the Today page's line:
a device token is required, a malformed status is a 400 naming the problem (never stored),
titles of nothing leak (only the agent's own error text is kept, cleaned and capped), and an
agent that stops reporting is shown as silent. The end-to-end path with a real X server killed
under the agent: test_display_gone.py."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tracker import capture_status

pytestmark = pytest.mark.django_db


def post(client, token: str | None, body) -> object:
    headers = {"Authorization": f"Device {token}"} if token else {}
    data = body if isinstance(body, bytes) else json.dumps(body)
    return client.post(reverse("tracker:agent_status"), data, content_type="application/json",
                       headers=headers)


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


def test_a_heartbeat_without_a_device_token_is_refused(client, data_dir):
    assert post(client, None, {"state": "capturing"}).status_code == 401
    assert post(client, "nope", {"state": "capturing"}).status_code == 401
    assert not (data_dir / "capture_status").exists()


@pytest.mark.parametrize("body", [b"{", b"[]", {"state": "dancing"}, {},
                                  {"state": "error", "error": 5},
                                  {"state": "capturing", "last_frame_at": "yesterday"},
                                  {"state": "capturing", "last_frame_at": "2026-11-30T10:00"},
                                  {"state": "paused", "local_pause": "tomorrow"},
                                  {"state": "paused", "local_pause": ["forever"]}])
def test_a_malformed_heartbeat_is_a_400_and_nothing_is_stored(client, device_token, data_dir,
                                                              body):
    response = post(client, device_token[1], body)
    assert response.status_code == 400 and response.json()["error"]
    assert not (data_dir / "capture_status").exists()


def test_an_error_is_stored_cleaned_and_capped_and_shown_on_the_today_page(
        client, owner, device_token, data_dir):
    error = "display :99 is gone\x00\ud83d " + "x" * 1000
    body = json.dumps({"state": "error", "error": error,
                       "last_frame_at": "2026-11-30T14:02:00+00:00"}).encode()
    assert post(client, device_token[1], body).status_code == 200
    status = capture_status.for_device(device_token[0])
    assert status.state == "error" and status.error.startswith("display :99 is gone x")
    assert len(status.error) == capture_status.MAX_TEXT
    client.force_login(owner)
    page = client.get(reverse("tracker:today")).content.decode()
    assert "error: display :99 is gone" in page and "last frame " in page


def test_an_agent_that_stops_reporting_is_shown_as_silent(client, owner, device_token,
                                                          data_dir):
    post(client, device_token[1], {"state": "capturing"})
    later = timezone.now() + timedelta(seconds=capture_status.SILENT_AFTER + 1)
    assert capture_status.for_device(device_token[0], now=later).state == "silent"
    assert capture_status.for_device(device_token[0]).state == "capturing"


def test_a_device_that_never_reported_shows_no_state_and_no_error(client, owner, device_token,
                                                                  data_dir):
    client.force_login(owner)
    page = client.get(reverse("tracker:today")).content.decode()
    assert "Capture:" in page and "no frame yet" in page and "error:" not in page
