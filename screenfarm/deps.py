"""The Debian packages the generator drives, installed on demand (root only)."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

# Desktop programs run as this account when the generator runs as root: people do not run
# their desktop as root, and as root Thunar and Mousepad show a red warning bar.
DESKTOP_USER = "screenfarm"

PACKAGES = (
    "xvfb", "xauth", "x11-utils", "xdotool", "wmctrl", "openbox", "tint2", "dbus", "dbus-x11",
    "dunst", "libnotify-bin", "pcmanfm", "adwaita-icon-theme", "gnome-themes-extra",
    "xterm", "xfce4-terminal", "lxterminal", "geany", "mousepad", "mupdf", "zathura",
    "zathura-pdf-poppler", "qpdfview", "xpad", "cherrytree", "zim", "chromium", "openssl",
    "vim-gtk3", "emacs-gtk", "pluma", "gedit", "rxvt-unicode", "sakura", "mate-terminal",
    "terminator", "evince", "atril", "xpdf", "thunar", "caja", "gnote",
    "fonts-dejavu-core", "fonts-dejavu-extra", "fonts-liberation", "fonts-noto-core",
    "fonts-noto-mono", "fonts-noto-color-emoji", "poppler-utils",
)


def missing_packages() -> list[str]:
    out = []
    for pkg in PACKAGES:
        res = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True,
                             text=True)
        if "install ok installed" not in res.stdout:
            out.append(pkg)
    return out


def ensure_packages() -> None:
    """Install missing packages when root; otherwise say what is missing and stop."""
    if not shutil.which("dpkg-query"):
        sys.exit("screenfarm: needs a Debian-family system (dpkg/apt) for its desktop apps")
    missing = missing_packages()
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"screenfarm: missing packages (run as root to install): {' '.join(missing)}")
    print(f"screenfarm: installing {' '.join(missing)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env)


def desktop_user(workdir: Path) -> tuple[int, int] | None:
    """(uid, gid) the desktop programs run as: the DESKTOP_USER account, created on demand,
    when the generator runs as root; None when it already runs as an ordinary user, or when
    that account could not reach `workdir` (a --work folder inside a private directory)."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(DESKTOP_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--user-group", "--no-create-home",
                        "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin",
                        DESKTOP_USER], check=True, capture_output=True)
        entry = pwd.getpwnam(DESKTOP_USER)
    if not _traversable(workdir.parent, entry.pw_uid, entry.pw_gid):
        print(f"screenfarm: {DESKTOP_USER} cannot reach {workdir}; desktop programs run as root",
              file=sys.stderr, flush=True)
        return None
    return entry.pw_uid, entry.pw_gid


def _traversable(folder: Path, uid: int, gid: int) -> bool:
    """Whether uid/gid may enter `folder` and every folder above it."""
    for part in [folder.resolve(), *folder.resolve().parents]:
        st = part.stat()
        bit = 0o100 if st.st_uid == uid else 0o010 if st.st_gid == gid else 0o001
        if not st.st_mode & bit:
            return False
    return True
