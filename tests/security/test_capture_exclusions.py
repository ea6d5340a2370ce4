"""Excluded windows on a real X server (Xvfb): no pixel read, no frame, no spool file, no upload.

Each test has its control (the same set-up without the rule captures and sends), so every
"nothing" assertion can fail; how each was checked failing without its protection is in its
docstring."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from agent import probes
from agent.capture import Screen
from agent.privacy import ExclusionRules, PauseFlag
from agent.runner import Agent
from agent.spool import Spool
from agent.state import CaptureGuard
from agent.uploader import Uploader
from tests.agent.recording_server import Recorder, recorder_fixture  # noqa: F401 - fixture
from tests.conftest import start_xvfb, stop_process


class CountingScreen(Screen):
    """The real mss screen, counting the grabs (bands) it is asked for."""

    grabs = 0
    during_grab = None  # called on the first band: a test moves the focus there

    def grab(self, top: int = 0, rows: int | None = None):
        self.grabs += 1
        if self.during_grab is not None:
            action, self.during_grab = self.during_grab, None
            action()
        return super().grab(top, rows)


class TopWindow:
    """A real X window on top of a display, focused, with a title and WM_CLASS."""

    def __init__(self, display_name: str, title: str, wm_class: tuple[str, str]) -> None:
        from Xlib import X
        from Xlib import display as xdisplay

        self.display = xdisplay.Display(display_name)
        screen = self.display.screen()
        self.window = screen.root.create_window(
            20, 20, 400, 300, 0, screen.root_depth, X.InputOutput, X.CopyFromParent,
            background_pixel=screen.white_pixel)
        self.window.set_wm_class(*wm_class)
        self.rename(title)
        self.window.map()
        self.display.sync()
        self.focus()

    def rename(self, title: str) -> None:
        self.window.set_wm_name(title)
        self.window.change_property(self.display.intern_atom("_NET_WM_NAME"),
                                    self.display.intern_atom("UTF8_STRING"), 8, title.encode())
        self.display.sync()

    def focus(self) -> None:
        from Xlib import X

        self.window.set_input_focus(X.RevertToParent, X.CurrentTime)
        self.display.sync()

    def close(self) -> None:
        self.window.destroy()
        self.display.close()


@pytest.fixture
def own_display(monkeypatch) -> Iterator[str]:
    """A private Xvfb (the session one is shared: these tests move its focus)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/system-deps.sh installs it as root)")
    process, number = start_xvfb("640x480x24")
    monkeypatch.setenv("DISPLAY", f":{number}")
    yield f":{number}"
    stop_process(process)


def agent_on(display: str, tmp_path, server_url: str, rules: ExclusionRules | None = None,
             **guard) -> Agent:
    return Agent(screen=CountingScreen(), spool=Spool(tmp_path / "spool"),
                 uploader=Uploader(server_url, "token", timeout=5), interval=1.0,
                 window_info=probes.open_window_info(display),
                 guard=CaptureGuard(rules=rules or ExclusionRules(), **guard))


def spool_files(agent: Agent) -> list[str]:
    return sorted(str(p.relative_to(agent.spool.directory))
                  for p in agent.spool.directory.rglob("*") if p.is_file())


def test_an_excluded_application_gives_no_grab_no_frame_no_spool_file_and_no_upload(
        xvfb, tmp_path, recorder: Recorder, monkeypatch):
    """The session's xterm (WM_CLASS XTerm) excluded by app. Checked failing with the
    pre-grab check in Agent.capture_once removed: the screen was grabbed (the post-grab check
    still dropped the frame), and with both checks removed: a frame was spooled and sent."""
    monkeypatch.setenv("DISPLAY", xvfb.name)
    agent = agent_on(xvfb.name, tmp_path / "a", recorder.url, ExclusionRules(apps=("xterm",)))
    for _ in range(3):
        agent.capture_once()
        agent.flush()
    assert (agent.captured, agent.screen.grabs) == (0, 0)
    assert spool_files(agent) == [] and recorder.uploads() == []
    assert agent.skipped == 3 and "app 'xterm'" in agent.skip_reason

    control = agent_on(xvfb.name, tmp_path / "b", recorder.url, ExclusionRules(apps=("emacs",)))
    control.capture_once()
    control.flush()
    assert control.captured == 1 and control.screen.grabs > 0 and len(recorder.uploads()) == 1
    assert b'"window_app": "XTerm"' in recorder.uploads()[0]
    agent.close_screen(), control.close_screen()


def test_a_private_browser_window_is_skipped_by_default(own_display, tmp_path,
                                                        recorder: Recorder):
    """Checked failing with PRIVATE_TITLE_PATTERNS emptied: the private window was captured."""
    window = TopWindow(own_display, "Bank - Mozilla Firefox Private Browsing",
                       ("Navigator", "firefox"))
    agent = agent_on(own_display, tmp_path, recorder.url)
    try:
        agent.capture_once()
        agent.flush()
        assert agent.captured == 0 and agent.screen.grabs == 0 and recorder.uploads() == []
        assert "private browser window" in agent.skip_reason
        window.rename("Docs - Mozilla Firefox")  # the same window, no longer private
        agent.capture_once()
        agent.flush()
        assert agent.captured == 1 and len(recorder.uploads()) == 1
        assert b"Docs - Mozilla Firefox" in recorder.uploads()[0]
    finally:
        agent.close_screen()
        window.close()


def test_the_focus_moving_to_an_excluded_window_during_the_grab_drops_the_frame(
        own_display, tmp_path, recorder: Recorder):
    """Checked failing with the post-grab check in Agent.capture_once removed: the frame taken
    while the password manager came on top was spooled and sent."""
    editor = TopWindow(own_display, "notes.txt - gedit", ("gedit", "Gedit"))
    vault = TopWindow(own_display, "Passwords - KeePassXC", ("keepassxc", "KeePassXC"))
    editor.focus()
    agent = agent_on(own_display, tmp_path, recorder.url, ExclusionRules(apps=("keepassxc",)))
    agent.screen.during_grab = vault.focus
    try:
        agent.capture_once()
        agent.flush()
        assert agent.screen.grabs > 0  # the editor was on top when the grab began
        assert agent.captured == 0 and spool_files(agent) == [] and recorder.uploads() == []
    finally:
        agent.close_screen()
        editor.close()
        vault.close()


def test_rules_and_pause_from_the_server_hold_and_survive_a_restart_offline(
        xvfb, tmp_path, recorder: Recorder, refusing_url, monkeypatch):
    """The server's rules arrive with the capture-state answer and are cached on disk. Checked
    failing with CaptureGuard.save_cached doing nothing: the restarted agent, with the server
    away, captured the excluded window."""
    monkeypatch.setenv("DISPLAY", xvfb.name)
    recorder.state = {"paused": False, "exclusions": {"apps": [], "titles": ["*TEST-TERM*"]}}
    state_file = tmp_path / "capture-state.json"
    agent = agent_on(xvfb.name, tmp_path / "a", recorder.url, state_file=state_file)
    agent.refresh_state()
    agent.capture_once()
    assert agent.captured == 0 and agent.screen.grabs == 0
    assert "title '*TEST-TERM*'" in agent.skip_reason
    assert ("GET", "/api/capture-state", b"") in recorder.requests  # a bare ask, no report

    restarted = agent_on(xvfb.name, tmp_path / "b", refusing_url, state_file=state_file)
    restarted.refresh_state()  # the server is away: the cached state holds
    restarted.capture_once()
    assert restarted.captured == 0 and restarted.screen.grabs == 0

    recorder.state = {"paused": True, "paused_until": None, "exclusions": {}}
    agent.refresh_state()
    agent.capture_once()
    assert agent.captured == 0 and "paused from the dashboard" in agent.skip_reason
    recorder.state = {"paused": False, "exclusions": {}}
    agent.refresh_state()
    agent.capture_once()
    assert agent.captured == 1  # resumed: the control
    agent.close_screen(), restarted.close_screen()


def test_the_local_pause_flag_stops_capture_until_it_expires(xvfb, tmp_path, refusing_url,
                                                            monkeypatch):
    """Checked failing with the pause check removed from Agent.capture_once."""
    monkeypatch.setenv("DISPLAY", xvfb.name)
    flag = PauseFlag(tmp_path / "capture.paused")
    flag.set(datetime.now(UTC) + timedelta(hours=1))
    agent = agent_on(xvfb.name, tmp_path, refusing_url, pause_flag=flag)
    agent.capture_once()
    assert agent.captured == 0 and agent.screen.grabs == 0 and spool_files(agent) == []
    assert "paused on this computer" in agent.skip_reason
    flag.set(datetime.now(UTC) - timedelta(seconds=1))  # expired
    agent.capture_once()
    assert agent.captured == 1
    agent.close_screen()


def test_a_spooled_frame_a_new_rule_excludes_is_deleted_not_sent(tmp_path, recorder: Recorder):
    """A frame captured while the server was away, before the rule existed. Checked failing
    with the excluded_in_spool check removed from Agent.flush: both frames were sent."""
    spool = Spool(tmp_path / "spool")
    secret = spool.put(b"jpeg-1", json.dumps({"window_title": "db", "window_app": "KeePassXC"}))
    spool.put(b"jpeg-2", json.dumps({"window_title": "notes", "window_app": "Gedit"}))
    agent = Agent(screen=None, spool=spool, uploader=Uploader(recorder.url, "t"), interval=1.0,
                  guard=CaptureGuard(rules=ExclusionRules(apps=("keepassxc",))))
    agent.flush()
    assert len(recorder.uploads()) == 1 and b"jpeg-2" in recorder.uploads()[0]
    assert agent.discarded == 1 and spool.pending() == []
    assert not secret.exists() and not secret.with_suffix(".jpg").exists()
    assert list((spool.directory / "rejected").iterdir()) == []  # deleted, not kept aside


def test_a_window_probe_that_fails_captures_nothing(xvfb, tmp_path, refusing_url, monkeypatch):
    """Fail closed: exclusions cannot be checked, so nothing is read. Checked failing with
    Agent.exclusion answering None for a failed probe (the screen was grabbed)."""
    monkeypatch.setenv("DISPLAY", xvfb.name)
    agent = agent_on(xvfb.name, tmp_path, refusing_url)
    agent.window_info.close()  # its X connection is gone: every probe raises
    agent.capture_once()
    assert agent.captured == 0 and agent.screen.grabs == 0
    assert "could not be read" in agent.skip_reason
    agent.close_screen()


def test_unticking_private_windows_on_the_page_lets_them_be_captured(own_display, tmp_path,
                                                                    recorder: Recorder):
    """The agent has no opinion of its own (no flag, no TIMENET_SKIP_PRIVATE): the page's
    setting decides. Checked failing with ExclusionRules.merged using `or` for private windows
    (the unticked box had no effect)."""
    window = TopWindow(own_display, "Notes - Mozilla Firefox Private Browsing",
                       ("Navigator", "firefox"))
    agent = agent_on(own_display, tmp_path, recorder.url)
    try:
        recorder.state = {"paused": False, "exclusions": {"skip_private": False}}
        agent.refresh_state()
        agent.capture_once()
        assert agent.captured == 1
    finally:
        agent.close_screen()
        window.close()


def test_the_agent_tells_the_server_why_it_is_not_capturing(tmp_path, recorder: Recorder):
    """Its heartbeat (`POST /api/agent-status`) carries the reason and the local pause; the
    capture-state request is a bare GET. Checked failing with `local_pause` left out of
    Heartbeat.body (the server could not tell a local pause)."""
    from urllib.parse import urlsplit

    from agent.heartbeat import STATUS_PATH, Heartbeat

    flag = PauseFlag(tmp_path / "capture.paused")
    flag.set(None)
    agent = Agent(screen=None, spool=Spool(tmp_path / "spool"),
                  uploader=Uploader(recorder.url, "t"), interval=1.0,
                  guard=CaptureGuard(pause_flag=flag))
    agent.capture_once()  # paused: never touches the (absent) screen
    agent.refresh_state()
    method, path, _ = recorder.requests[-1]
    assert method == "GET" and path == "/api/capture-state"  # no report in the query
    beat = Heartbeat(recorder.url, "t")
    try:
        assert beat.report(agent)
    finally:
        beat.close()
    method, path, body = recorder.requests[-1]
    sent = json.loads(body)
    assert method == "POST" and urlsplit(path).path == STATUS_PATH
    assert sent["state"] == "paused" and sent["paused"].startswith("paused on this computer")
    assert sent["local_pause"] == "forever"
