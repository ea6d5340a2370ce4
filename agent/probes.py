"""Window and idle probes: the title and application of the window on top, and input idle time.

Stable API (the screen generator imports it to record what the X server reports per screen):

    info = open_window_info(display=":5")   # X11Info, or None when there is no X server to ask
    info.window()        -> Window(title: str, app: str)   ("", "") when no window is named
    info.idle_seconds()  -> float | None                    None without MIT-SCREEN-SAVER
    info.focus_points()  -> (centre, pointer)               root px of the window `window()`
                                                            named last, and of the pointer
    info.close()
    active_window(display=":5") -> Window                   one-shot: open, ask, close

Linux/X11 only (python-xlib); on other systems `open_window_info` returns None and capture goes
on without metadata.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, NamedTuple

log = logging.getLogger("timenet.agent")

# A window's own title is found on the window itself or, for toolkits that wrap the client in a
# frame (no window manager on Xvfb), one or two levels below it.
SEARCH_DEPTH = 2

Point = tuple[int, int]  # (x, y) in px from the root window's (the whole desktop's) top-left


class Window(NamedTuple):
    """The window on top: its title (`_NET_WM_NAME`, else `WM_NAME`) and application (the class
    part of `WM_CLASS`, e.g. "XTerm", "firefox"). Empty strings when the X server cannot tell."""

    title: str
    app: str


class X11Info:
    """Active window title/app and input idle time from an X server.

    Raises whatever python-xlib raises when the display cannot be opened (use
    `open_window_info` for the forgiving version)."""

    def __init__(self, display: str | None = None) -> None:
        from Xlib import display as xdisplay

        self._display = xdisplay.Display(display)
        self._root = self._display.screen().root
        self._atoms = {name: self._display.intern_atom(name) for name in
                       ("_NET_ACTIVE_WINDOW", "_NET_WM_NAME", "UTF8_STRING")}
        self._has_idle = self._display.has_extension("MIT-SCREEN-SAVER")
        self._focused: Any = None  # the X window `window()` named last (its monitor is grabbed)

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard/mouse input, or None if the server cannot say."""
        if not self._has_idle:
            return None
        return self._root.screensaver_query_info().idle / 1000.0

    def window(self) -> Window:
        """The window on top: the EWMH active window, else the input focus, else (no window
        manager) the window under the pointer."""
        self._focused = None
        for candidate in self._candidates():
            found = self._named_or_gone(candidate, depth=SEARCH_DEPTH)
            if found:
                self._focused = candidate
                return found
        return Window("", "")

    def focus_points(self) -> tuple[Point | None, Point | None]:
        """(centre of the window the last `window()` call named, pointer position), both in
        root-window px; the centre is None when no window was named or it has gone since.
        With several monitors the capture takes the one holding the centre (agent/capture.py).
        Raises what python-xlib raises when the X connection itself is gone."""
        return self._centre(self._focused), self._pointer()

    def _centre(self, window: Any) -> Point | None:
        from Xlib.error import XError

        if window is None:
            return None
        try:
            size = window.get_geometry()
            # The absolute origin: a window manager's frame makes get_geometry's x/y relative
            # to the frame, not to the desktop.
            origin = self._root.translate_coords(window, 0, 0)
        except XError as exc:  # closed since it was named
            log.debug("focused window %s went away: %s", window, exc)
            return None
        return origin.x + size.width // 2, origin.y + size.height // 2

    def _pointer(self) -> Point | None:
        pointer = self._root.query_pointer()
        # same_screen is false when the pointer is on another X screen: its x/y mean nothing here
        return (pointer.root_x, pointer.root_y) if pointer.same_screen else None

    def window_by_id(self, window_id: int) -> Window:
        """Title and app of one X window by id; ("", "") when it is unnamed or already gone."""
        window = self._display.create_resource_object("window", window_id)
        return self._named_or_gone(window, depth=SEARCH_DEPTH) or Window("", "")

    def close(self) -> None:
        self._display.close()

    def _candidates(self) -> list[Any]:
        windows = []
        active = self._root.get_full_property(self._atoms["_NET_ACTIVE_WINDOW"], 0)
        if active is not None and active.value and active.value[0]:
            windows.append(self._display.create_resource_object("window", active.value[0]))
        focus = self._display.get_input_focus().focus
        if not isinstance(focus, int) and focus != self._root:
            windows.append(focus)
        # With no window manager (bare X servers) focus follows the pointer.
        child = self._root.query_pointer().child
        if not isinstance(child, int) and child:
            windows.append(child)
        return windows

    def _named(self, window: Any, depth: int) -> Window | None:
        title = self._title(window)
        if title:
            wm_class = window.get_wm_class() or ("", "")
            return Window(title, wm_class[-1] or wm_class[0])
        if depth > 0:
            for child in window.query_tree().children:
                found = self._named_or_gone(child, depth - 1)
                if found:
                    return found
        return None

    def _named_or_gone(self, window: Any, depth: int) -> Window | None:
        # A window can close between the moment the server names it and the moment we read its
        # properties (BadWindow, BadDrawable, ...): that window is simply not the answer.
        from Xlib.error import XError

        try:
            return self._named(window, depth)
        except XError as exc:
            log.debug("window %s went away while probed: %s", window, exc)
            return None

    def _title(self, window: Any) -> str:
        prop = window.get_full_property(self._atoms["_NET_WM_NAME"], self._atoms["UTF8_STRING"])
        if prop is not None and prop.value:
            value = prop.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        name = window.get_wm_name()
        return name.decode("latin-1") if isinstance(name, bytes) else (name or "")


def open_window_info(display: str | None = None) -> X11Info | None:
    """An X11Info on `display` (default: $DISPLAY), or None when it cannot be had (not Linux, no
    X server, python-xlib missing): window metadata is optional, frames are captured anyway."""
    if not sys.platform.startswith("linux"):
        return None  # macOS/Windows: no window/idle metadata yet (frames are still captured)
    try:
        return X11Info(display)
    except Exception as exc:  # noqa: BLE001 - metadata is optional; capture goes on without it
        log.warning("window title/idle time unavailable: %s", exc)
        return None


def active_window(display: str | None = None) -> Window:
    """One-shot probe: the window on top of `display` (default $DISPLAY), or ("", "") when the
    X server cannot be asked."""
    info = open_window_info(display)
    if info is None:
        return Window("", "")
    try:
        return info.window()
    finally:
        info.close()
