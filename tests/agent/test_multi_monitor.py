"""Several monitors: the agent grabs the monitor that holds the focused window, not the whole
desktop, and says which in the frame's metadata. On a real Xvfb laid out as two RandR monitors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PIL import Image

from agent import capture, probes
from agent.runner import Agent
from agent.spool import Spool
from agent.uploader import Uploader
from tests.conftest import require_binary, start_xvfb, stop_process

WIDE = "3840x1080x24"  # two 1920x1080 monitors side by side
LEFT = {"index": 1, "left": 0, "top": 0, "width": 1920, "height": 1080}
RIGHT = {"index": 2, "left": 1920, "top": 0, "width": 1920, "height": 1080}
RED, BLUE = (255, 0, 0), (0, 0, 255)
TERM_TITLE = "multi-monitor-term"


def test_with_one_monitor_the_whole_desktop_is_taken_as_before():
    desktop = {"left": 0, "top": 0, "width": 1920, "height": 1080}
    assert capture.pick_monitor([desktop], (5, 5), None) == 0
    assert capture.pick_monitor([desktop, dict(desktop)], (5, 5), (5, 5)) == 0


def test_the_monitor_is_the_focused_windows_then_the_pointers_then_the_first():
    monitors = [{"left": 0, "top": 0, "width": 3840, "height": 1080},
                {"left": 0, "top": 0, "width": 1920, "height": 1080},
                {"left": 1920, "top": 0, "width": 1920, "height": 1080}]
    assert capture.pick_monitor(monitors, (2500, 400), (10, 10)) == 2  # the window wins
    assert capture.pick_monitor(monitors, (1919, 1079), (3000, 10)) == 1  # edges: half-open
    assert capture.pick_monitor(monitors, None, (1920, 0)) == 2  # no window: the pointer's
    assert capture.pick_monitor(monitors, (9000, 0), (3000, 10)) == 2  # window off every one
    assert capture.pick_monitor(monitors, None, None) == 1
    # A whole-desktop entry beside the real monitors (Xvfb lists one): the smallest holding wins
    assert capture.pick_monitor([monitors[0], monitors[0], *monitors[1:]], (2500, 9), None) == 3


class SetMonitor:
    """RandR 1.5 SetMonitor with the monitor's fields inline (python-xlib's own request packs
    its nested MonitorInfo wrongly). `xrandr --setmonitor` cannot be used: a client's monitors
    are dropped by the server when that client disconnects, and xrandr exits at once."""

    @staticmethod
    def send(display: Any, name: str, monitor: dict[str, int]) -> None:
        from Xlib.ext import randr
        from Xlib.protocol import rq

        class Request(rq.Request):
            _request = rq.Struct(
                rq.Card8("opcode"), rq.Opcode(43), rq.RequestLength(), rq.Window("window"),
                rq.Card32("name"), rq.Bool("primary"), rq.Bool("automatic"),
                rq.LengthOf("crtcs", 2), rq.Int16("x"), rq.Int16("y"),
                rq.Card16("width_in_pixels"), rq.Card16("height_in_pixels"),
                rq.Card32("width_in_millimeters"), rq.Card32("height_in_millimeters"),
                rq.List("crtcs", rq.Card32Obj))

        Request(display=display.display, opcode=display.display.get_extension_major(
            randr.extname), window=display.screen().root, name=display.intern_atom(name),
            primary=monitor["left"] == 0, automatic=False, x=monitor["left"],
            y=monitor["top"], width_in_pixels=monitor["width"],
            height_in_pixels=monitor["height"], width_in_millimeters=508,
            height_in_millimeters=286, crtcs=[])


@dataclass
class TwoMonitors:
    name: str
    x: Any  # the python-xlib connection that holds the monitor layout and the windows
    left_window: Any  # red, fills the left monitor
    term: Any  # the xterm on the right monitor (over a blue window filling it)

    def focus(self, window: Any, pointer: tuple[int, int]) -> None:
        """Focus `window` with the pointer elsewhere (no window manager on Xvfb)."""
        from Xlib import X

        self.x.screen().root.warp_pointer(*pointer)
        window.set_input_focus(X.RevertToParent, X.CurrentTime)
        self.x.sync()


def start_wide_xvfb() -> tuple[subprocess.Popen, str]:
    process, number = start_xvfb(WIDE)
    return process, f":{number}"


def filled_window(x: Any, monitor: dict[str, int], pixel: int, title: str) -> Any:
    from Xlib import X

    screen = x.screen()
    window = screen.root.create_window(
        monitor["left"], monitor["top"], monitor["width"], monitor["height"], 0,
        screen.root_depth, X.InputOutput, X.CopyFromParent, background_pixel=pixel)
    window.set_wm_name(title)
    window.set_wm_class(title, "Filler")
    window.map()
    return window


def wait_for_xterm(x: Any, xterm: subprocess.Popen) -> Any:
    """The xterm's top-level window once it is mapped (60 s at most, under load)."""
    from Xlib import X

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and xterm.poll() is None:
        for child in x.screen().root.query_tree().children:
            if child.get_wm_name() == TERM_TITLE and \
                    child.get_attributes().map_state == X.IsViewable:
                return child
        time.sleep(0.2)
    pytest.fail(f"the xterm did not map on the wide Xvfb (exit {xterm.poll()})")


@pytest.fixture
def two_monitors(monkeypatch) -> Iterator[TwoMonitors]:
    """A private 3840x1080 Xvfb laid out as two RandR monitors: red window on the left one, a
    blue window with an xterm on it on the right one."""
    from Xlib import display as xdisplay

    require_binary("xterm")
    process, name = start_wide_xvfb()
    x = xdisplay.Display(name)
    xterm = None
    try:
        for monitor_name, monitor in (("LEFT", LEFT), ("RIGHT", RIGHT)):
            SetMonitor.send(x, monitor_name, monitor)
        left = filled_window(x, LEFT, 0xFF0000, "left-monitor-page")
        filled_window(x, RIGHT, 0x0000FF, "right-monitor-backdrop")
        x.sync()
        xterm = subprocess.Popen(["xterm", "-geometry", "80x24+2000+100", "-title", TERM_TITLE],
                                 env={**os.environ, "DISPLAY": name},
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 start_new_session=True)
        term = wait_for_xterm(x, xterm)
        monkeypatch.setenv("DISPLAY", name)
        yield TwoMonitors(name, x, left, term)
    finally:
        if xterm is not None:
            stop_process(xterm)
        x.close()
        stop_process(process)


def captured(runner: Agent) -> tuple[Image.Image, dict]:
    """The newest spooled frame (image, metadata), removed from the spool."""
    meta_path = runner.spool.pending()[-1]
    jpeg, meta_json = runner.spool.load(meta_path)
    runner.spool.remove(meta_path)
    return Image.open(io.BytesIO(jpeg)).convert("RGB"), json.loads(meta_json)


def near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(pixel, colour, strict=True))  # JPEG noise


def test_the_focused_windows_monitor_is_captured_and_named(two_monitors, tmp_path,
                                                           refusing_url):
    screen = capture.Screen()
    assert len(screen._mss.monitors) >= 3, "mss sees no RandR monitors on this Xvfb"
    runner = Agent(screen=screen, spool=Spool(tmp_path / "spool"),
                   uploader=Uploader(refusing_url, "unused", timeout=5), interval=1.0,
                   window_info=probes.open_window_info(two_monitors.name))
    try:
        # The xterm on the right is focused while the pointer rests on the left monitor.
        two_monitors.focus(two_monitors.term, (300, 300))
        runner.capture_once()
        image, meta = captured(runner)
        assert (meta["window_title"], meta["window_app"]) == (TERM_TITLE, "XTerm")
        assert meta["monitor"] == RIGHT
        assert screen.size == (1920, 1080) and screen.grab().size == (1920, 1080)
        assert image.size == (1280, 720)  # one 1920x1080 monitor shrunk, not 3840x1080
        assert near(image.getpixel((1270, 710)), BLUE)  # the right monitor's backdrop...
        # ...with the xterm (white background, 80x24 cells of about 6x13 px) at +80+100 of that
        # monitor, scaled by 2/3: sampled near its bottom right, (480, 380) on the monitor, where
        # no text is drawn (its top left holds the shell's prompt and cursor once the shell runs)
        assert near(image.getpixel((320, 253)), (255, 255, 255))
        assert not any(near(image.getpixel((x, y)), RED) for x in (5, 640, 1270)
                       for y in (5, 360, 710))

        # Focus the red window on the left monitor, the pointer now on the right one.
        two_monitors.focus(two_monitors.left_window, (3000, 500))
        runner.capture_once()
        image, meta = captured(runner)
        assert meta["window_title"] == "left-monitor-page"
        assert meta["monitor"] == LEFT
        assert image.size == (1280, 720)
        assert all(near(image.getpixel((x, y)), RED) for x in (5, 640, 1270)
                   for y in (5, 360, 710))
    finally:
        runner.window_info.close()
        screen.close()


def test_without_a_window_probe_the_pointers_monitor_then_the_first_is_taken(two_monitors):
    screen = capture.Screen()
    try:
        assert screen.aim(None, (2500, 10)) == RIGHT
        assert screen.grab_shrunk().size == (1280, 720)
        assert screen.aim(None, None) == LEFT
        assert near(screen.grab_shrunk().getpixel((640, 360)), RED)
    finally:
        screen.close()


def test_a_single_monitor_screen_is_still_captured_whole(xvfb, tmp_path, refusing_url,
                                                         monkeypatch):
    monkeypatch.setenv("DISPLAY", xvfb.name)
    screen = capture.Screen()
    runner = Agent(screen=screen, spool=Spool(tmp_path / "spool"),
                   uploader=Uploader(refusing_url, "unused", timeout=5), interval=1.0,
                   window_info=probes.open_window_info(xvfb.name))
    try:
        runner.capture_once()
        image, meta = captured(runner)
        assert meta["monitor"] == {"index": 0, "left": 0, "top": 0, "width": 1920,
                                   "height": 1080}
        assert image.size == (1280, 720)
    finally:
        runner.window_info.close()
        screen.close()
