"""The X server dying under the agent (issue 15, failure 6 and the Reliability item): the agent
keeps running, tells the server (its heartbeat, agent/heartbeat.py) that the display is gone,
and the dashboard — served by a real server — keeps answering and says so on the Today page:
"Capture: last frame HH:MM · error: display :N is gone or refuses capture, retrying (...)".

A real Xvfb, the real agent (`manage.py capture`) in its own process, posting to pytest-django's
live server; the Xvfb is SIGKILLed under it.

Checked without the protections: with the `heartbeat.report(self)` call removed from
agent/runner.py, no heartbeat ever arrives (the wait for "capturing" times out); with the
`heartbeat.check_display()` call removed, the dead X connection makes the window probe fail
and the agent reports "paused: the window on top could not be read" for ever, never noticing
the display is gone (the wait for "error" times out; found by this test).
tests/agent/test_display_loss.py checks the agent's back-off itself, and
tests/e2e/test_supervision.py that `make run` restarts a crashed child and keeps the rest up.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import urllib.request

import pytest

from tests.conftest import PY, ROOT, stop_process, wait_until
from tracker.models import Frame

pytestmark = pytest.mark.django_db(transaction=True)


def reported(settings) -> dict:
    path = settings.DATA_DIR / "capture_status"
    files = list(path.glob("device-*.json")) if path.exists() else []
    return json.loads(files[0].read_text()) if files else {}


def wait_for_state(settings, state: str, timeout: float) -> dict:
    """The heartbeat once it reports `state`; fails showing the last one seen."""
    seen: list[dict] = [{}]

    def check() -> dict | None:
        seen.append(reported(settings))
        return seen[-1] if seen[-1].get("state") == state else None

    try:
        return wait_until(check, timeout, f"the heartbeat to report {state}")
    except pytest.fail.Exception:
        pytest.fail(f"no {state!r} heartbeat within {timeout:g} s; last: {seen[-1]}")


def today_page(live_server, client, owner) -> str:
    """The Today page from the live server, with a logged-in session's cookie."""
    client.force_login(owner)
    request = urllib.request.Request(live_server.url + "/", headers={
        "Cookie": f"sessionid={client.cookies['sessionid'].value}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200
        return response.read().decode()


def test_the_display_going_away_is_shown_on_the_today_page_while_the_dashboard_answers(
        doomed_display, redis_server, live_server, client, owner, device_token, frames_dir,
        categories, settings, tmp_path):
    settings.DATA_DIR = tmp_path / "server-data"  # the heartbeat files of this test only
    xvfb, display = doomed_display
    agent = subprocess.Popen(
        [PY, "manage.py", "capture", "--server", live_server.url, "--interval", "0.5",
         "--spool", str(tmp_path / "spool")], cwd=ROOT,
        env={**os.environ, "DISPLAY": display, "TIMENET_DEVICE_TOKEN": device_token[1],
             "TIMENET_DATA_DIR": str(tmp_path / "agent"), "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        wait_until(lambda: Frame.objects.count() >= 2, 120, "the agent's first frames")
        wait_for_state(settings, "capturing", 60)
        page = today_page(live_server, client, owner)
        assert "Capture:" in page and "· capturing" in page

        xvfb.send_signal(signal.SIGKILL)
        xvfb.wait()
        status = wait_for_state(settings, "error", 90)
        assert status["error"].startswith(f"display {display} is gone")
        assert status["last_frame_at"] is not None

        page = today_page(live_server, client, owner)  # the dashboard still answers
        assert f"error: display {display} is gone or refuses capture, retrying" in page
        assert "last frame " in page
        assert agent.poll() is None, "the agent died with its display"
    finally:
        agent.send_signal(signal.SIGTERM)
        try:
            output, _ = agent.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            stop_process(agent)
            output = ""
    assert "Traceback" not in output, output[-3000:]
    assert "capture agent stopped" in output, output[-3000:]
