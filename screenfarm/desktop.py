"""One virtual desktop: Xvfb + openbox + tint2 panel + pcmanfm desktop (wallpaper, icons) +
dunst notifications, with helpers to start applications, place their windows and grab the screen.

Each desktop gets its own HOME, so the look (GTK theme, fonts, window-manager theme, panel) is
written into fresh config files for every session and nothing leaks between sessions.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .deps import DESKTOP_USER, desktop_user
from .style import Style


@dataclass
class Window:
    wid: str
    proc: subprocess.Popen | None = None


def _free_display(start: int) -> int:
    for n in range(start, start + 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


class Desktop:
    """A running desktop; use as a context manager so every process it started is stopped."""

    def __init__(self, style: Style, workdir: Path, display_base: int = 60) -> None:
        self.style, self.workdir = style, workdir
        self.home = workdir / "home"
        self.display = f":{_free_display(display_base)}"
        self._procs: list[subprocess.Popen] = []
        self.env: dict[str, str] = {}
        self.user: tuple[int, int] | None = None  # set on entry: see deps.desktop_user

    # ---- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Desktop:
        shutil.rmtree(self.workdir, ignore_errors=True)
        self.home.mkdir(parents=True)
        self.user = desktop_user(self.workdir)
        w, h = self.style.resolution
        # Xvfb keeps the X server's default access list: local clients of any user may connect.
        xvfb = self._spawn(["Xvfb", self.display, "-screen", "0", f"{w}x{h}x24", "-nolisten",
                            "tcp", "-dpi", str(self.style.dpi)], env=os.environ.copy(),
                           as_root=True)
        self._wait_x(xvfb)
        self.env = self._make_env()
        self.style.write_configs(self.home)
        self._start_session_services()
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in reversed(self._procs):
            self._stop(proc)
        self._procs.clear()

    def _make_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_"))}
        run = self.workdir / "run"
        run.mkdir(mode=0o700, exist_ok=True)
        env.update(DISPLAY=self.display, HOME=str(self.home), XDG_RUNTIME_DIR=str(run),
                   XDG_CONFIG_HOME=str(self.home / ".config"), NO_AT_BRIDGE="1",
                   GTK_THEME=self.style.gtk_theme, LANG="C.UTF-8", TERM="xterm-256color",
                   USER=DESKTOP_USER if self.user else os.environ.get("USER", "user"))
        self.hand_over()
        out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                              "--print-pid=1"], env=env, capture_output=True, text=True,
                             timeout=10, **self._as_user())
        if out.returncode == 0:
            address, pid = out.stdout.split()[:2]
            env["DBUS_SESSION_BUS_ADDRESS"] = address
            self._dbus_pid = int(pid)
        return env

    def _start_session_services(self) -> None:
        self._spawn(["openbox", "--config-file", str(self.home / ".config/openbox/rc.xml")])
        self._spawn(["pcmanfm", "--desktop", "--profile", "farm"])
        if self.style.panel:
            self._spawn(["tint2", "-c", str(self.home / ".config/tint2/tint2rc")])
        self._spawn(["dunst", "-config", str(self.home / ".config/dunst/dunstrc")])
        time.sleep(1.0)

    def _wait_x(self, proc: subprocess.Popen, timeout: float = 10) -> None:
        sock = Path(f"/tmp/.X11-unix/X{self.display[1:]}")
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if sock.exists() and subprocess.run(["xdpyinfo", "-display", self.display],
                                                capture_output=True).returncode == 0:
                return
            if proc.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError(f"Xvfb {self.display} did not start")

    def _as_user(self) -> dict:
        """subprocess arguments that drop root for a desktop program (nothing when not root)."""
        if self.user is None:
            return {}
        uid, gid = self.user
        return {"user": uid, "group": gid, "extra_groups": []}

    def hand_over(self) -> None:
        """Give the session's files (configs, scratch files the runner just wrote as root) to
        the desktop user, so its programs can read and save them like a person's own files."""
        if self.user is None:
            return
        uid, gid = self.user
        os.chown(self.workdir, uid, gid)
        for root, dirs, files in os.walk(self.workdir):
            for name in dirs + files:
                try:
                    os.chown(os.path.join(root, name), uid, gid, follow_symlinks=False)
                except FileNotFoundError:  # a program removed its temporary file meanwhile
                    pass

    def _spawn(self, argv: list[str], env: dict[str, str] | None = None,
               cwd: Path | None = None, as_root: bool = False) -> subprocess.Popen:
        if not as_root:
            self.hand_over()
        proc = subprocess.Popen(argv, env=env or self.env, cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True, **({} if as_root else self._as_user()))
        self._procs.append(proc)
        return proc

    def _stop(self, proc: subprocess.Popen) -> None:
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=3)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        if proc in self._procs:
            self._procs.remove(proc)

    def stop_dbus(self) -> None:
        pid = getattr(self, "_dbus_pid", None)
        if pid:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    # ---- applications and windows ----------------------------------------------------------
    def launch(self, argv: list[str], cwd: Path | None = None,
               as_root: bool = False) -> subprocess.Popen:
        return self._spawn(argv, cwd=cwd, as_root=as_root)

    def close(self, proc: subprocess.Popen) -> None:
        self._stop(proc)

    def xdo(self, *args: str, timeout: float = 5) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                             timeout=timeout)
        return out.stdout.strip()

    def find_window(self, pid: int | None = None, cls: str | None = None,
                    timeout: float = 15, exclude: frozenset[str] = frozenset()) -> str:
        """The newest visible window of a process (or a WM class); waits for it to map."""
        query = ["--pid", str(pid)] if pid else ["--class", cls or ""]
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            ids = [w for w in self.xdo("search", "--onlyvisible", *query).split()
                   if w not in exclude]
            if ids:
                return ids[-1]
            time.sleep(0.15)
        raise TimeoutError(f"no window for {query} on {self.display}")

    def windows(self, cls: str) -> frozenset[str]:
        return frozenset(self.xdo("search", "--onlyvisible", "--class", cls).split())

    def place(self, wid: str, geometry: tuple[int, int, int, int] | None) -> None:
        """Maximise (geometry None) or move/resize a window, then raise and focus it."""
        state = "add" if geometry is None else "remove"
        subprocess.run(["wmctrl", "-i", "-r", wid, "-b", f"{state},maximized_vert,"
                        "maximized_horz"], env=self.env, capture_output=True, timeout=5)
        if geometry is not None:
            x, y, w, h = geometry
            subprocess.run(["wmctrl", "-i", "-r", wid, "-e", f"0,{x},{y},{w},{h}"],
                           env=self.env, capture_output=True, timeout=5)
        # the label is the program on top: raise and focus it, and check that it took
        for _ in range(3):
            self.xdo("windowactivate", wid)
            self.xdo("windowraise", wid)
            if int(self.xdo("getactivewindow") or 0) == int(wid) or self._on_top(wid):
                return
            time.sleep(0.3)
        raise RuntimeError(f"window {wid} would not come to the front")

    def _on_top(self, wid: str) -> bool:
        """Whether wid is the top of the WM's stacking order (xpad pads never take focus)."""
        out = subprocess.run(["xprop", "-root", "_NET_CLIENT_LIST_STACKING"], env=self.env,
                             capture_output=True, text=True, timeout=5).stdout
        ids = [int(tok.strip(","), 16) for tok in out.split() if tok.startswith("0x")]
        return bool(ids) and ids[-1] == int(wid)

    def run_in_session(self, argv: list[str], timeout: float = 5) -> None:
        """Run a short command as the desktop user, on the session's D-Bus bus."""
        subprocess.run(argv, env=self.env, capture_output=True, timeout=timeout,
                       **self._as_user())

    def notify(self, summary: str, body: str) -> None:
        self.run_in_session(["notify-send", summary, body])

    def grab(self) -> Image.Image:
        import mss

        with mss.mss(display=self.display) as sct:
            shot = sct.grab(sct.monitors[0])
            return Image.frombytes("RGB", shot.size, shot.bgra, "raw", "BGRX")

    def settle(self, min_wait: float = 0.4, timeout: float = 6.0) -> Image.Image:
        """Wait until the screen stops changing (a blinking cursor is tolerated)."""
        time.sleep(min_wait)
        prev = self.grab()
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            time.sleep(0.35)
            cur = self.grab()
            if _changed_fraction(prev, cur) < 0.002:
                return cur
            prev = cur
        return prev


def _changed_fraction(a: Image.Image, b: Image.Image) -> float:
    from PIL import ImageChops

    small = (a.width // 8, a.height // 8)
    diff = ImageChops.difference(a.resize(small), b.resize(small)).convert("L")
    hist = diff.histogram()
    return sum(hist[12:]) / max(1, small[0] * small[1])
