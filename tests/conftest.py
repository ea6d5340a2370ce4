"""Shared fixtures for the Django, pipeline and end-to-end tests: real services, started here.

Every test run starts its own redis-server (on a unix socket, never the one on 6379), its own
Celery workers and beat, its own Xvfb; nothing is mocked. The ML tests (tests/ml) use none of
these fixtures (none is autouse), so they keep running without a database.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

# Per-run test database names and a refusing port: fixtures for every test (see the module).
from tests.support.isolation import django_db_modify_db_settings, refusing_url  # noqa: E402,F401

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


# Much of the tests' data is dated on or just after this day (fixed times make exact layouts and
# rollups checkable). Ingest refuses capture times more than TIMENET_MAX_FRAME_AGE_DAYS (366)
# old, so without this the suite would start failing a year after the data was written.
FIXTURE_DAY = date(2026, 11, 22)


@pytest.fixture(autouse=True, scope="session")
def fixture_dates_stay_ingestible() -> Iterator[None]:
    """Widen the capture-time window just enough that FIXTURE_DAY stays inside it (the product's
    default, 366 days, is what the window's own tests check: they delete this setting)."""
    from django.conf import settings

    settings.TIMENET_MAX_FRAME_AGE_DAYS = max(366, (date.today() - FIXTURE_DAY).days + 30)
    yield
    del settings.TIMENET_MAX_FRAME_AGE_DAYS


def wait_until(check: Callable[[], object], timeout: float, what: str, every: float = 0.2):
    """Poll `check` until it returns something truthy; fail naming `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(every)


def require_binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/system-deps.sh installs it as root)")
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stop_process(process: subprocess.Popen, timeout: float = 20) -> None:
    """SIGTERM the process group, then SIGKILL it if it lingers."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()


# --- Redis -----------------------------------------------------------------------------------
@dataclass
class RedisServer:
    directory: Path
    process: subprocess.Popen | None = None

    @property
    def socket_path(self) -> Path:
        return self.directory / "redis.sock"

    @property
    def url(self) -> str:
        return f"redis+socket://{self.socket_path}"

    def start(self) -> None:
        binary = require_binary("redis-server")
        self.socket_path.unlink(missing_ok=True)
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--unixsocket", str(self.socket_path), "--save", "",
             "--appendonly", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_until(self.ping, 20, "redis-server to accept connections")

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(unix_socket_path=str(self.socket_path)).ping())
        except (redis.ConnectionError, FileNotFoundError):
            return False

    def flush(self) -> None:
        import redis

        redis.Redis(unix_socket_path=str(self.socket_path)).flushall()

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A private redis-server for this test run; the test process's Celery app publishes to it."""
    from timenet_site.celery import app

    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    app.conf.broker_url = server.url
    # Earlier tests may already have made the app build its connection pools for the default
    # URL; drop them so the next publish connects here (what Celery itself does after a fork).
    app._pool = None
    app.amqp._producer_pool = None
    yield server
    server.stop()


# --- the database the services must share with this test process ----------------------------
def shared_database_url() -> str:
    """URL of the test database pytest-django created, for worker/agent subprocesses."""
    from django.db import connection

    s = connection.settings_dict
    if s["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{s['NAME']}"
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def on_postgres() -> bool:
    from django.db import connection

    return connection.vendor == "postgresql"


@pytest.fixture
def frames_dir(tmp_path: Path, settings) -> Path:
    """A private frame store, shared with the workers this test starts."""
    settings.FRAMES_DIR = tmp_path / "frames"
    settings.TIMENET_FRAME_KEY_FILE = tmp_path / "frames.key"  # frames are encrypted with it
    return settings.FRAMES_DIR


@pytest.fixture
def categories(db) -> None:
    """The 14 default categories (transactional tests flush the data migration's rows)."""
    from tracker.categories import ensure_default_categories

    ensure_default_categories()


@pytest.fixture
def owner(db, django_user_model):
    return django_user_model.objects.create_user("owner")  # no password: hashing is slow


@pytest.fixture
def device_token(owner) -> tuple[object, str]:
    from tracker.devices import create_device

    return create_device(owner, "test-device")


@pytest.fixture(scope="session")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real model (code/terminal/youtube) trained on synthetic screens, once per session."""
    from tests.support.models import build_small_model

    return build_small_model(tmp_path_factory.mktemp("model") / "small")


@pytest.fixture
def active_model(small_model: Path, categories):
    from tracker.model_registry import activate_model

    return activate_model(small_model)


def screen_jpeg(kind: str, seed: int) -> bytes:
    """A synthetic screen as the agent would send it (shrunk, JPEG)."""
    from agent.capture import encode_jpeg, shrink
    from tests.support.screens import synthetic_screen

    return encode_jpeg(shrink(synthetic_screen(kind, seed)))


# --- Celery workers and beat -----------------------------------------------------------------
@dataclass
class ServiceProcesses:
    """Celery workers/beat (and other subprocesses) started by one test, stopped after it."""

    env: dict[str, str]
    log_dir: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, name: str, argv: list[str], extra_env: dict[str, str] | None = None):
        log = open(self.log_dir / f"{name}.log", "ab")
        process = subprocess.Popen(argv, cwd=ROOT, env={**self.env, **(extra_env or {})},
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.processes[name] = process
        return process

    def worker(self, name: str, concurrency: int = 1, **extra_env: str) -> subprocess.Popen:
        process = self.start(name, [
            PY, "-m", "celery", "-A", "timenet_site", "worker", "--pool", "prefork",
            "--concurrency", str(concurrency), "--hostname", f"{name}@%h", "--loglevel", "INFO",
            "--without-gossip", "--without-mingle"], extra_env)
        wait_until(lambda: b" ready." in self.log(name) or process.poll() is not None, 60,
                   f"Celery worker {name} to start")
        assert process.poll() is None, f"worker {name} died:\n{self.log(name).decode()[-3000:]}"
        return process

    def beat(self, **extra_env: str) -> subprocess.Popen:
        return self.start("beat", [
            PY, "-m", "celery", "-A", "timenet_site", "beat", "--loglevel", "INFO",
            "--schedule", str(self.log_dir / "celerybeat-schedule")], extra_env)

    def log(self, name: str) -> bytes:
        path = self.log_dir / f"{name}.log"
        return path.read_bytes() if path.exists() else b""

    def children(self, name: str) -> list[int]:
        """Pids of a process's direct children (a prefork worker's pool processes)."""
        pid = self.processes[name].pid
        try:
            return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except FileNotFoundError:
            return []

    def stop_all(self) -> None:
        for process in reversed(list(self.processes.values())):
            stop_process(process)


@pytest.fixture
def services(transactional_db, redis_server: RedisServer, frames_dir: Path, tmp_path: Path,
             categories) -> Iterator[ServiceProcesses]:
    """Start Celery processes against this test's database, Redis and frame store.

    Depends on transactional_db so the rows a test writes are committed (visible to workers),
    and so the workers are stopped before pytest-django flushes the tables.
    """
    redis_server.flush()
    env = {**os.environ, "DATABASE_URL": shared_database_url(), "REDIS_URL": redis_server.url,
           "TIMENET_FRAMES_DIR": str(frames_dir), "TIMENET_DATA_DIR": str(tmp_path / "data"),
           "TIMENET_FRAME_KEY_FILE": str(tmp_path / "frames.key"),
           "TIMENET_ML_THREADS": "1", "PYTHONUNBUFFERED": "1"}
    procs = ServiceProcesses(env=env, log_dir=tmp_path)
    yield procs
    procs.stop_all()


# --- X display -------------------------------------------------------------------------------
@dataclass
class XDisplay:
    name: str
    process: subprocess.Popen

    @property
    def env(self) -> dict[str, str]:
        """The environment for a process on this display. Nobody types on the session's Xvfb,
        so its idle time passes the 180 s away threshold a few minutes into a run, and a
        server started from here would count every frame as away depending on test order;
        away has its own tests with set idle times, so it is switched off here."""
        return {**os.environ, "DISPLAY": self.name, "TIMENET_AWAY_AFTER": "86400"}


def start_xvfb(screen: str, number: int | None = None) -> tuple[subprocess.Popen, int]:
    """A private Xvfb with one screen of `screen` ("WxHxDEPTH") on display `number` (or a free
    one); returns it and its display number once it accepts clients."""
    read_fd, write_fd = os.pipe()
    argv = [require_binary("Xvfb"), "-displayfd", str(write_fd), "-screen", "0", screen,
            "-nolisten", "tcp"]
    if number is not None:
        argv.insert(1, f":{number}")
    process = subprocess.Popen(argv, pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        got = pipe.readline().strip()  # Xvfb writes its display number once it is ready
    assert got, "Xvfb did not start"
    return process, int(got)


def start_xvfb_with_xterm() -> tuple[XDisplay, subprocess.Popen]:
    """One attempt: a fresh Xvfb (1920x1080) and an xterm mapped on it under the pointer.

    Raises RuntimeError (both processes stopped) when the xterm cannot open the display."""
    process, number = start_xvfb("1920x1080x24")
    display = XDisplay(f":{number}", process)
    xterm = subprocess.Popen(["xterm", "-geometry", "120x40+40+40", "-title", "timenet-test-term"],
                             env=display.env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, start_new_session=True)
    if shutil.which("xdotool") is None:
        return display, xterm
    deadline = time.monotonic() + 60
    while subprocess.run(["xdotool", "search", "--name", "timenet-test-term"],
                         env=display.env, capture_output=True).returncode != 0:
        if xterm.poll() is not None or time.monotonic() > deadline:
            stop_process(xterm)
            reason = xterm.stderr.read().decode(errors="replace").strip() or "no window in 60 s"
            xvfb_state = "running" if process.poll() is None else f"exited {process.returncode}"
            stop_process(process)
            raise RuntimeError(f"xterm on {display.name} (Xvfb {xvfb_state}): {reason}")
        time.sleep(0.2)
    # No window manager on Xvfb: focus follows the pointer, so put it over the terminal.
    subprocess.run(["xdotool", "mousemove", "300", "300"], env=display.env, check=True)
    return display, xterm


@pytest.fixture(scope="session")
def xvfb() -> Iterator[XDisplay]:
    """A private Xvfb screen (1920x1080) with an xterm open under the pointer.

    Started up to three times: under heavy load (several suites on one machine starting and
    killing X servers) an xterm was seen failing to open a display that Xvfb had just announced,
    and a session fixture that fails once errors every capture test after it."""
    require_binary("xterm")
    failures = []
    for _attempt in range(3):
        try:
            display, xterm = start_xvfb_with_xterm()
            break
        except RuntimeError as error:
            failures.append(str(error))
    else:
        pytest.fail("no Xvfb desktop after 3 attempts: " + "; ".join(failures))
    yield display
    stop_process(xterm)
    stop_process(display.process)
