"""Delivery to a real server (Django's live server): frames spool while it is down and are
replayed oldest first; refused frames are set aside, never retried."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from agent import capture, probes
from agent.runner import Agent
from agent.spool import Spool
from agent.uploader import FrameRejected, ServerUnavailable, Unauthorized, Uploader, is_transient
from timenet_core.frame_meta import FrameMeta
from tracker.models import Frame


@pytest.fixture
def on_display(xvfb, monkeypatch):
    monkeypatch.setenv("DISPLAY", xvfb.name)
    screen = capture.Screen()
    yield screen
    screen.close()


def make_agent(screen, tmp_path, server_url: str, token: str = "unused") -> Agent:
    return Agent(screen=screen, spool=Spool(tmp_path / "spool"),
                 uploader=Uploader(server_url, token, timeout=5), interval=0.2,
                 window_info=probes.open_window_info())


def test_server_errors_are_transient_and_client_errors_are_final():
    assert [is_transient(s) for s in (500, 503, 401, 408, 429)] == [True] * 5
    assert [is_transient(s) for s in (400, 413, 415, 422)] == [False] * 4


def test_nothing_listening_means_the_server_is_unavailable(refusing_url):
    with pytest.raises(ServerUnavailable):
        Uploader(refusing_url, "x", timeout=5).send(b"jpeg", "{}")


@pytest.mark.django_db(transaction=True)
def test_frames_spool_while_the_server_is_down_and_replay_in_order(
        on_display, tmp_path, live_server, device_token, frames_dir, refusing_url):
    _, token = device_token
    runner = make_agent(on_display, tmp_path, refusing_url, token)  # nothing listens
    runner.run(count=4)
    assert len(runner.spool.pending()) == 4 and runner.sent == 0
    runner.uploader.server_url = live_server.url  # the server is back
    runner.flush()
    assert runner.spool.pending() == [] and runner.sent == 4
    received = list(Frame.objects.order_by("pk").values_list("captured_at", flat=True))
    assert len(received) == 4
    assert received == sorted(received)  # replayed oldest first


@pytest.mark.django_db(transaction=True)
def test_a_refused_frame_is_set_aside_and_the_next_one_is_sent(
        tmp_path, live_server, device_token, frames_dir):
    from tests.conftest import screen_jpeg

    uploader = Uploader(live_server.url, device_token[1], timeout=5)
    with pytest.raises(FrameRejected, match="HTTP 400"):
        uploader.send(b"not a jpeg", FrameMeta(datetime.now(UTC), 1.0).to_json())
    good = uploader.send(screen_jpeg("code", 1), FrameMeta(datetime.now(UTC), 1.0).to_json())
    assert good["created"] is True
    assert Frame.objects.filter(pk=good["id"]).exists()
    bad_meta = json.dumps({"captured_at": "2024-02-30T10:00:00Z"})
    with pytest.raises(FrameRejected, match="HTTP 400"):
        uploader.send(screen_jpeg("code", 2), bad_meta)


def test_a_token_the_server_does_not_know_keeps_frames_and_says_how_to_fix_it(
        on_display, tmp_path, live_server, device_token, frames_dir, caplog):
    """A wrong token is a set-up problem, not an outage: the log says so (once) and how to fix
    it, and the frames wait in the spool instead of being refused."""
    runner = make_agent(on_display, tmp_path, live_server.url, "not-a-known-token")
    with pytest.raises(Unauthorized, match="HTTP 401"):
        runner.uploader.send(*runner.spool.load(_spooled_one(runner)))
    with caplog.at_level("WARNING", logger="timenet.agent"):
        runner.run(count=3)
    assert runner.captured == 3  # run() counts the first capture too
    assert runner.sent == 0 and runner.rejected == 0 and len(runner.spool.pending()) == 3
    refusals = [r.getMessage() for r in caplog.records if "refuses this device token" in
                r.getMessage()]
    assert len(refusals) == 1 and "add_device" in refusals[0]
    assert Frame.objects.count() == 0


def _spooled_one(runner: Agent):
    runner.capture_once()
    return runner.spool.pending()[0]
