"""`make run` with DISPLAY pointing at a display that goes away (issue 15, done-when): the
dashboard, worker and Redis stay up, and the Today page says so — "Capture: last frame HH:MM ·
error: display :N is gone or refuses capture, retrying (...)".

Runs `python -m timenet_site.run` (what `make run` runs) on a fresh data directory with DISPLAY
set to an Xvfb of this test, waits for the agent's first frames, SIGKILLs the Xvfb, and reads
the Today page through the one-time login link `make run` prints. Then SIGTERM stops everything.

Checked without the protection: with `heartbeat.check_display()` removed from agent/runner.py
the agent reports "paused: the window on top could not be read" for ever (see
test_display_gone.py, same agent code); without the heartbeat the page shows no capture state.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import subprocess
import urllib.request

from tests.conftest import PY, ROOT, free_port, wait_until
from tests.e2e.test_make_run import processes_using, run_database
from tests.faults.test_display_gone import reported
from timenet_site.run import dashboard_up


class Settings:  # what `reported` reads: the data directory of this make run
    def __init__(self, data_dir) -> None:
        self.DATA_DIR = data_dir


def today_page(log_text: str, port: int) -> str:
    """The Today page, logged in through the one-time link make run printed."""
    link = re.search(rf"http://127\.0\.0\.1:{port}/\S*login\S*", log_text)
    assert link, log_text[-2000:]
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    with opener.open(link.group(0), timeout=60) as response:  # redirects to Today
        return response.read().decode()


def test_make_run_keeps_the_dashboard_up_and_shows_the_display_gone(doomed_display, tmp_path):
    xvfb, display = doomed_display
    port, data_dir = free_port(), tmp_path / "data"
    env = {**os.environ, "TIMENET_DATA_DIR": str(data_dir), "TIMENET_PORT": str(port),
           "TIMENET_CAPTURE_INTERVAL": "1", "DISPLAY": display, "PYTHONUNBUFFERED": "1"}
    env.pop("REDIS_URL", None)
    log_path = tmp_path / "run.log"
    with run_database(env), open(log_path, "wb") as log:
        run = subprocess.Popen([PY, "-m", "timenet_site.run"], cwd=ROOT, env=env, stdout=log,
                               stderr=subprocess.STDOUT)
        try:
            wait_until(lambda: "press Ctrl-C" in log_path.read_text(errors="replace"), 300,
                       "the dashboard to come up")
            wait_until(lambda: reported(Settings(data_dir)).get("state") == "capturing", 180,
                       "the agent's first heartbeat")
            xvfb.send_signal(signal.SIGKILL)
            xvfb.wait()
            wait_until(lambda: reported(Settings(data_dir)).get("state") == "error", 120,
                       "the heartbeat to report the display gone")
            assert dashboard_up(port), "the dashboard must stay up"
            page = today_page(log_path.read_text(errors="replace"), port)
            assert f"error: display {display} is gone or refuses capture, retrying" in page
            assert "last frame " in page
            assert run.poll() is None
        finally:
            run.send_signal(signal.SIGTERM)
            status = run.wait(timeout=90)
        wait_until(lambda: not processes_using(data_dir), 60, "every process to stop")
    text = log_path.read_text(errors="replace")
    assert status == 0, text[-3000:]
    assert "Traceback" not in text, text[-3000:]
