"""The capture agent on a real X server (Xvfb): grab, shrink, metadata, spool, replay."""

from __future__ import annotations

import io
import json
import os
import subprocess

import pytest
from PIL import Image

from tests.conftest import PY, ROOT
from tracker import agent
from tracker.models import Frame


def test_shrinking_keeps_the_aspect_and_caps_the_longest_side():
    assert agent.shrink(Image.new("RGB", (1920, 1080))).size == (1280, 720)
    assert agent.shrink(Image.new("RGB", (3840, 2160))).size == (1280, 720)
    assert agent.shrink(Image.new("RGB", (1440, 900))).size == (1280, 800)
    assert agent.shrink(Image.new("RGB", (1024, 768))).size == (1024, 768)  # never enlarged


@pytest.fixture
def on_display(xvfb, monkeypatch):
    monkeypatch.setenv("DISPLAY", xvfb.name)
    screen = agent.Screen()
    yield screen
    screen.close()


def make_agent(screen, tmp_path, server_url: str, token: str = "unused") -> agent.Agent:
    return agent.Agent(screen=screen, spool=agent.Spool(tmp_path / "spool"),
                       uploader=agent.Uploader(server_url, token, timeout=5), interval=0.2,
                       window_info=agent.open_window_info())


def test_a_capture_holds_a_shrunk_jpeg_the_window_title_and_idle_time(on_display, tmp_path):
    runner = make_agent(on_display, tmp_path, "http://127.0.0.1:9")
    runner.capture_once()
    (meta_path,) = runner.spool.pending()
    jpeg, meta_json = runner.spool.load(meta_path)
    meta = json.loads(meta_json)
    assert Image.open(io.BytesIO(jpeg)).size == (1280, 720)  # from the 1920x1080 Xvfb screen
    assert meta["window_title"] == "timenet-test-term"
    assert meta["window_app"] == "XTerm"
    assert meta["idle_seconds"] >= 0
    assert meta["duration"] == 0.2


@pytest.mark.django_db(transaction=True)
def test_frames_spool_while_the_server_is_down_and_replay_in_order(
        on_display, tmp_path, live_server, device_token, frames_dir):
    _, token = device_token
    runner = make_agent(on_display, tmp_path, "http://127.0.0.1:9", token)  # nothing listens
    runner.run(count=4)
    assert len(runner.spool.pending()) == 4 and runner.sent == 0
    runner.uploader.server_url = live_server.url  # the server is back
    runner.flush()
    assert runner.spool.pending() == [] and runner.sent == 4
    received = list(Frame.objects.order_by("pk").values_list("captured_at", flat=True))
    assert len(received) == 4
    assert received == sorted(received)  # replayed oldest first


def test_with_no_display_the_agent_says_so_and_exits_non_zero(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["TIMENET_DATA_DIR"] = str(tmp_path)
    result = subprocess.run([PY, "manage.py", "capture"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "no display" in result.stderr


def test_the_agent_never_imports_torch(xvfb, tmp_path):
    code = ("import os, sys, django; os.environ['DJANGO_SETTINGS_MODULE']='timenet_site.settings';"
            "django.setup(); from django.core.management import call_command;"
            "call_command('capture', '--count', '1', '--server', 'http://127.0.0.1:9',"
            f" '--spool', {str(tmp_path / 'spool')!r});"
            "print('torch loaded:', 'torch' in sys.modules)")
    env = {**xvfb.env, "TIMENET_DATA_DIR": str(tmp_path), "TIMENET_DEVICE_TOKEN": "x"}
    result = subprocess.run([PY, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "torch loaded: False" in result.stdout
