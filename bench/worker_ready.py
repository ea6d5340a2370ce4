"""Worker start-up benchmark: seconds from starting a Celery worker (ONNX backend, the shipped
model) to its first classified frame, and whether torch was loaded into it. Prints figures;
asserts nothing.

    .venv/bin/python bench/worker_ready.py [--runs 3] [--model DIR]

Each run uses a fresh SQLite database, its own redis-server, one frame already waiting in the
queue, and a new `celery worker --pool prefork --concurrency 1` whose clock starts at Popen.
"torch loaded" is read from /proc/<pid>/maps of the worker and its pool process (torch's shared
libraries mapped or not), so the check sees what really ran, not what the code meant to import.
Target (issue 11): first task done <= 3 s after start, torch never loaded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pipeline  # noqa: E402
from pipeline import PY, start, stop, wait_for  # noqa: E402

READY_TARGET_S = 3.0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", type=Path, default=None)
    return parser.parse_args()


def queue_one_frame(token: str) -> int:
    """Ingest one frame through the product's ingest service; returns its id (task queued)."""
    from agent.capture import encode_jpeg, shrink
    from timenet_core.frame_meta import FrameMeta
    from tracker.devices import device_for_token
    from tracker.ingest import ingest_frame

    meta = FrameMeta(captured_at=datetime.now(UTC), duration=10.0).to_json()
    image = encode_jpeg(shrink(pipeline.busy_screen(1)))
    frame, _ = ingest_frame(device_for_token(token), image, meta)
    return frame.pk


def torch_mapped(pid: int) -> bool:
    """True when a torch shared library is mapped into the process (torch was imported)."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False
    return "/torch/lib/" in maps or "libtorch" in maps


def pool_children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def one_run(args: argparse.Namespace) -> tuple[float, float, bool]:
    """(wall seconds to the first classified frame, CPU seconds the worker and its pool process
    spent until then, torch mapped)."""
    work = Path(tempfile.mkdtemp(prefix="timenet-ready-"))
    sock = work / "redis.sock"
    env = {**os.environ, "TIMENET_DATA_DIR": str(work / "data"),
           "REDIS_URL": f"redis+socket://{sock}", "PYTHONUNBUFFERED": "1"}
    env.pop("DATABASE_URL", None)  # SQLite in the run's data dir (frame_done reads it)
    processes: list[subprocess.Popen] = []
    try:
        redis = shutil.which("redis-server") or "redis-server"
        processes.append(start([redis, "--port", "0", "--unixsocket", str(sock), "--save", "",
                                "--appendonly", "no"], env, work / "redis.log"))
        wait_for(sock.exists, 20, "redis-server")
        worker_cmd = [PY, "-m", "celery", "-A", "timenet_site", "worker", "--pool", "prefork",
                      "--concurrency", "1", "--loglevel", "WARNING", "--without-gossip",
                      "--without-mingle"]
        prepared = subprocess.run(  # a fresh database per run, prepared in a child process
            [PY, __file__, "--prepare", str(args.model or "")], env=env, check=True,
            capture_output=True, text=True)
        frame_id = int(prepared.stdout.strip().splitlines()[-1])
        began = time.monotonic()
        worker = start(worker_cmd, env, work / "worker.log")
        processes.append(worker)
        wait_for(lambda: frame_done(env, frame_id), 120, "the first classified frame")
        ready = time.monotonic() - began
        pids = [worker.pid, *pool_children(worker.pid)]
        cpu = sum(pipeline.proc_cpu_seconds(p) for p in pids)
        return ready, cpu, any(torch_mapped(p) for p in pids)
    finally:
        stop(processes)
        shutil.rmtree(work, ignore_errors=True)


def frame_done(env: dict, frame_id: int) -> bool:
    import sqlite3

    db = Path(env["TIMENET_DATA_DIR"]) / "timenet.sqlite3"
    with sqlite3.connect(db, timeout=5) as conn:
        row = conn.execute("SELECT status FROM tracker_frame WHERE id = ?", (frame_id,)).fetchone()
    return row is not None and row[0] == "done"


def prepare(model: str) -> None:
    """Child-process step: migrate, activate the model, queue one frame; prints the frame id."""
    data_dir = Path(os.environ["TIMENET_DATA_DIR"])
    token = pipeline.prepare_django(data_dir, Path(model) if model else None)
    print(queue_one_frame(token))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--prepare":
        prepare(sys.argv[2])
        return
    args = parse_args()
    results = [one_run(args) for _ in range(args.runs)]
    times, cpus = [r[0] for r in results], [r[1] for r in results]
    load = os.getloadavg()[0]
    print(f"worker ready (start -> first frame classified), {args.runs} runs: median "
          f"{statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s "
          f"(target <= {READY_TARGET_S:g} s; {os.cpu_count()} CPUs, load average {load:.1f})")
    # CPU seconds do not grow when other programs share the cores: the figure to compare runs.
    print(f"CPU spent by the worker until then: median {statistics.median(cpus):.2f} s")
    print(f"torch loaded in the worker: {'yes' if any(r[2] for r in results) else 'no'}")


if __name__ == "__main__":
    main()
