"""A private D-Bus session bus and a notification server on it that records what it receives.

The server implements the freedesktop Desktop Notifications interface
(`org.freedesktop.Notifications`: Notify, GetCapabilities, GetServerInformation,
CloseNotification, the NotificationClosed signal) with dbus-fast, in a thread of the test
process, so a test can read back each Notify call: app name, summary, body and hints.
No `from __future__ import annotations` here: dbus-fast reads the D-Bus signatures from the
annotation strings themselves.
"""
# dbus-fast signature strings ("as", "a{sv}") are not Python names; method names follow D-Bus.
# ruff: noqa: F722, F821, N802

import asyncio
import subprocess
import threading
from dataclasses import dataclass, field
from typing import Any

from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, method, signal

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"


@dataclass
class Received:
    """One Notify call as the server got it (hints unwrapped from their Variants)."""

    app_name: str
    summary: str
    body: str
    hints: dict[str, Any]
    expire_timeout: int


class RecordingNotificationServer(ServiceInterface):
    """`org.freedesktop.Notifications`, recording each Notify call in `received`."""

    def __init__(self) -> None:
        super().__init__(BUS_NAME)
        self.received: list[Received] = []
        self.next_id = 0

    @method()
    def Notify(self, app_name: "s", replaces_id: "u", app_icon: "s", summary: "s",
               body: "s", actions: "as", hints: "a{sv}", expire_timeout: "i") -> "u":
        self.next_id += 1
        self.received.append(Received(app_name, summary, body,
                                      {k: v.value for k, v in hints.items()}, expire_timeout))
        return self.next_id

    @method()
    def GetCapabilities(self) -> "as":
        return ["body", "sound", "persistence"]

    @method()
    def GetServerInformation(self) -> "ssss":
        return ["timenet-test-server", "TimeNet tests", "1.0", "1.2"]

    @method()
    def CloseNotification(self, notification_id: "u") -> None:
        self.NotificationClosed(notification_id, 3)

    @signal()
    def NotificationClosed(self, notification_id: "u", reason: "u") -> "uu":
        return [notification_id, reason]


@dataclass
class SessionBus:
    """A `dbus-daemon --session` of our own, and the recording server on it."""

    address: str
    daemon: subprocess.Popen
    server: RecordingNotificationServer
    loop: asyncio.AbstractEventLoop
    thread: threading.Thread
    ready: threading.Event = field(default_factory=threading.Event)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.daemon.terminate()
        self.daemon.wait(timeout=10)


async def serve(address: str, server: RecordingNotificationServer, ready: threading.Event):
    bus = await MessageBus(bus_address=address).connect()
    bus.export(OBJECT_PATH, server)
    await bus.request_name(BUS_NAME)
    ready.set()


def start_session_bus(dbus_daemon: str, with_server: bool = True) -> SessionBus:
    """Start a private session bus and (unless `with_server` is False) the recording server on
    it; raises RuntimeError when either does not come up within 20 s."""
    daemon = subprocess.Popen([dbus_daemon, "--session", "--nofork", "--nopidfile",
                               "--print-address"], stdout=subprocess.PIPE, text=True,
                              stderr=subprocess.DEVNULL,  # "fd limit" noise as non-root
                              start_new_session=True)
    address = daemon.stdout.readline().strip()  # printed once the bus listens
    if not address:
        daemon.kill()
        raise RuntimeError("dbus-daemon printed no address")
    loop, server = asyncio.new_event_loop(), RecordingNotificationServer()
    thread = threading.Thread(target=loop.run_forever, name="dbus-notifications", daemon=True)
    bus = SessionBus(address, daemon, server, loop, thread)
    thread.start()
    if not with_server:
        return bus
    asyncio.run_coroutine_threadsafe(serve(address, server, bus.ready), loop)
    if not bus.ready.wait(20):
        bus.stop()
        raise RuntimeError("the notification server did not take its bus name")
    return bus
