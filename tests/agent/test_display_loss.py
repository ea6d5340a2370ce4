"""The X server going away under the agent: it says so, backs off and captures again when the
display is back — it never dies with a traceback (issue 15, item 6).

Checked without the guard in Agent.capture_or_back_off: the first capture after the Xvfb was
killed raised mss's XError out of the loop."""

from __future__ import annotations

import logging
import shutil
import signal

import pytest

from agent.runner import MAX_BACK_OFF, Agent
from agent.spool import Spool
from agent.uploader import Uploader
from tests.conftest import start_xvfb, stop_process, wait_until


@pytest.fixture
def private_display(monkeypatch):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/system-deps.sh installs it as root)")
    process, number = start_xvfb("640x480x24")
    monkeypatch.setenv("DISPLAY", f":{number}")
    holder = {"process": process, "number": number}
    yield holder
    stop_process(holder["process"])


def test_the_agent_backs_off_while_the_display_is_gone_and_captures_again(
        private_display, tmp_path, refusing_url, caplog):
    from agent.capture import Screen

    agent = Agent(screen=Screen(), spool=Spool(tmp_path / "spool"),
                  uploader=Uploader(refusing_url, "token", timeout=2), interval=1.0)
    assert agent.capture_or_back_off() == 0.0 and agent.captured == 1

    private_display["process"].send_signal(signal.SIGKILL)
    private_display["process"].wait()
    with caplog.at_level(logging.INFO, logger="timenet.agent"):
        delays = [agent.capture_or_back_off() for _ in range(8)]
    assert delays == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, MAX_BACK_OFF, MAX_BACK_OFF]
    assert agent.captured == 1 and agent.screen is None
    assert "the display may be gone" in caplog.records[0].getMessage()
    assert caplog.records[0].levelno == logging.WARNING  # the first failure is loud, not the rest

    restarted, _ = start_xvfb("640x480x24", private_display["number"])
    private_display["process"] = restarted
    wait_until(lambda: agent.capture_or_back_off() == 0.0, 30, "a capture on the new display")
    assert agent.captured == 2 and agent.capture_failures == 0
    assert len(agent.spool.pending()) == 2  # both frames kept for the server (refused here)
    agent.close_screen()
