"""A real Jupyter server (JupyterLab and Notebook 7) for the jupyter class.

Jupyter lives in its own virtual environment under var/ so the product's venv stays lean; the
server runs on a free local port without a token, serves the split's notebook pool, and culls
idle kernels so a long run does not pile them up.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from .desktop import Desktop

JUPYTER_VENV = Path("var/jupyter-venv")
JUPYTER_PINS = ("jupyterlab==4.6.6", "notebook==7.6.5", "ipykernel==7.4.0")


def ensure_jupyter(venv: Path = JUPYTER_VENV) -> Path:
    """Create the Jupyter venv when missing; returns the `jupyter` executable."""
    exe = venv / "bin" / "jupyter"
    if exe.exists():
        return exe
    # Several generator workers can get here at once: the first builds, the others wait for it.
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / f".{venv.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not exe.exists():
            subprocess.run(["python3", "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin/pip"), "install", "-q",
                            "--disable-pip-version-check", *JUPYTER_PINS], check=True)
    return exe


class JupyterServer:
    def __init__(self, desk: Desktop, notebooks: list[Path], workdir: Path) -> None:
        self.desk, self.workdir = desk, workdir
        self.root = workdir / "notebooks"
        self.settings = workdir / "lab-settings"
        self.root.mkdir(parents=True, exist_ok=True)
        for nb in notebooks:
            shutil.copyfile(nb, self.root / nb.name)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        exe = ensure_jupyter().resolve()
        argv = [str(exe), "lab", "--no-browser", f"--port={self.port}", "--ip=127.0.0.1",
                "--allow-root",
                "--ServerApp.token=", "--ServerApp.password=",
                "--ServerApp.disable_check_xsrf=True",
                f"--ServerApp.root_dir={self.root}", "--MappingKernelManager.cull_idle_timeout=45",
                "--MappingKernelManager.cull_interval=15", "--LabApp.news_url=None",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
        self.desk.env["JUPYTERLAB_SETTINGS_DIR"] = str(self.settings)
        self.desk.env["JUPYTER_CONFIG_DIR"] = str(self.workdir / "jupyter-config")
        # A server, never on screen, so it may stay root: its venv's interpreter can live in
        # root's home, which the desktop user cannot enter.
        self.proc = self.desk.launch(argv, as_root=True)
        end = time.monotonic() + 60
        while time.monotonic() < end:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api", timeout=2)
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("jupyter server did not start")

    def set_theme(self, dark: bool) -> None:
        folder = self.settings / "@jupyterlab" / "apputils-extension"
        folder.mkdir(parents=True, exist_ok=True)
        theme = "JupyterLab Dark" if dark else "JupyterLab Light"
        (folder / "themes.jupyterlab-settings").write_text(json.dumps({"theme": theme}))

    def url(self, notebook: str, classic: bool) -> str:
        base = f"http://localhost:{self.port}"
        return f"{base}/notebooks/{notebook}" if classic else f"{base}/lab/tree/{notebook}"

    def stop(self) -> None:
        if self.proc is not None:
            self.desk.close(self.proc)
            self.proc = None
