"""The agent's notification set-up (agent/notify.py); delivery itself is tested on a real
session bus in tests/e2e/test_desktop_notifications.py."""

from __future__ import annotations

import platform

import pytest

from agent.notify import DEFAULT_POLL_EVERY, poller_from_env

linux_only = pytest.mark.skipif(platform.system() != "Linux", reason="the D-Bus check is Linux's")


def test_notifications_can_be_switched_off():
    assert poller_from_env("http://127.0.0.1:1", "t", {"TIMENET_AGENT_NOTIFY": "0"}) is None


@linux_only
def test_without_a_session_bus_the_agent_leaves_notifications_to_the_browser(tmp_path):
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}  # no DBUS_SESSION_BUS_ADDRESS, no bus socket
    assert poller_from_env("http://127.0.0.1:1", "t", env) is None


@linux_only
def test_a_session_bus_gives_a_poller_at_the_configured_interval(tmp_path):
    (tmp_path / "bus").touch()  # where a systemd user session keeps its bus socket
    env = {"XDG_RUNTIME_DIR": str(tmp_path), "TIMENET_NOTIFY_POLL": "12.5"}
    poller = poller_from_env("http://127.0.0.1:1", "tok", env)
    assert poller is not None and poller.every == 12.5
    assert (poller.client.server_url, poller.client.token) == ("http://127.0.0.1:1", "tok")
    bad = poller_from_env("http://127.0.0.1:1", "tok", {**env, "TIMENET_NOTIFY_POLL": "x"})
    assert bad is not None and bad.every == DEFAULT_POLL_EVERY
