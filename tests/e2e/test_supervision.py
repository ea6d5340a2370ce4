"""`make run`'s supervision: a crashed program is restarted while the others keep serving.

Runs `python -m timenet_site.run` (what `make run` runs) without a display on a fresh data
directory, kills the Celery worker with SIGKILL, and checks that supervisord starts a new worker
while the dashboard keeps answering; then SIGTERM stops every process cleanly.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from tests.conftest import PY, ROOT, free_port, wait_until
from tests.e2e.test_make_run import processes_using, run_database
from timenet_site.run import dashboard_up


def worker_main_pids(data_dir: Path) -> list[int]:
    """Pids of the Celery worker's main process started for this data dir: the process whose
    parent is make run's `timenet-worker` wrapper (Celery renames its processes with
    setproctitle, so their command lines no longer say "celery worker")."""
    found = []
    for pid in processes_using(data_dir):
        try:
            parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
            parent_argv = Path(f"/proc/{parent}/cmdline").read_bytes().split(b"\0")
            python = os.path.realpath(f"/proc/{pid}/exe") == os.path.realpath(PY)  # not awk
        except (OSError, ValueError, IndexError):  # the process ended while we looked
            continue
        if b"timenet-worker" in parent_argv and python:
            found.append(pid)
    return found


def test_a_killed_worker_is_restarted_while_the_dashboard_keeps_answering(tmp_path):
    port, data_dir = free_port(), tmp_path / "data"
    env = {**os.environ, "TIMENET_DATA_DIR": str(data_dir), "TIMENET_PORT": str(port),
           "PYTHONUNBUFFERED": "1"}
    for name in ("DISPLAY", "REDIS_URL"):
        env.pop(name, None)
    log_path = tmp_path / "run.log"
    with run_database(env), open(log_path, "wb") as log:
        run = subprocess.Popen([PY, "-m", "timenet_site.run"], cwd=ROOT, env=env, stdout=log,
                               stderr=subprocess.STDOUT)
        try:
            wait_until(lambda: "press Ctrl-C" in log_path.read_text(errors="replace"), 240,
                       "the dashboard to come up")
            first = wait_until(lambda: worker_main_pids(data_dir), 120, "the Celery worker")
            os.kill(first[0], signal.SIGKILL)
            second = wait_until(lambda: [p for p in worker_main_pids(data_dir)
                                         if p not in first], 120, "a restarted worker")
            assert second and dashboard_up(port), "the dashboard must stay up meanwhile"
            assert run.poll() is None
        finally:
            run.send_signal(signal.SIGTERM)
            status = run.wait(timeout=90)
        wait_until(lambda: not processes_using(data_dir), 60, "every process to stop")
    text = log_path.read_text(errors="replace")
    assert status == 0, text[-3000:]
    assert "exited: worker (terminated by SIGKILL" in text or \
        "exited: worker (exit status 137" in text, text[-3000:]
    assert text.count("spawned: 'worker'") >= 2
