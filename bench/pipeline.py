"""Pipeline benchmark: frames/s through ingest -> Celery -> classify -> rollup, and the capture
agent's CPU and memory at a 10 s interval. Prints figures; asserts nothing.

    .venv/bin/python bench/pipeline.py [--frames 300] [--senders 4] [--concurrency 1]
                                       [--agent-seconds 60] [--model DIR]

Everything runs here, for real: its own redis-server, a Celery worker, waitress, SQLite in a
temporary data dir (or DATABASE_URL), Xvfb with an xterm for the agent (`python -m agent`, the
standalone agent, as a laptop that only captures runs it). Without --model it uses the shipped
model (models/base). `--frames 0` measures only the agent.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
sys.path.insert(0, str(ROOT))
AGENT_RSS_TARGET_MB = 40  # issue 11: the capture agent at a 10 s interval (was 70 MB)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300, help="0: measure only the agent")
    parser.add_argument("--senders", type=int, default=4, help="concurrent HTTP senders")
    parser.add_argument("--concurrency", type=int, default=1, help="Celery pool processes")
    parser.add_argument("--agent-seconds", type=float, default=60.0)
    parser.add_argument("--model", type=Path, default=None)
    return parser.parse_args()


def wait_for(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.1)


def start(argv: list[str], env: dict, log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def stop(processes: list[subprocess.Popen]) -> None:
    for process in reversed(processes):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()


def prepare_django(work: Path, model: Path | None):
    """Migrate a fresh database, create the owner/device, activate a model; returns the token."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timenet_site.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from tracker.devices import create_device
    from tracker.model_registry import activate_model, shipped_model_dir

    call_command("migrate", verbosity=0)
    owner = get_user_model().objects.create_user("bench")
    _, token = create_device(owner, "bench-device")
    model = model or shipped_model_dir()
    if not (model / "meta.json").is_file():
        raise SystemExit(f"no model at {model}: pass --model DIR (a model artifact directory)")
    version = activate_model(model)
    print(f"model: {version.version} ({model})")
    return token


def busy_screen(seed: int, size: tuple[int, int] = (1920, 1080)) -> Image.Image:
    """A 1920x1080 screen-like image (windows of text-like lines) whose JPEG is as large as a
    real desktop's (~150-250 KB after the agent's shrink): what ingest and the model see."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, tuple(rng.randint(0, 255) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(2, 4)):  # windows, each a background with lines of "words"
        x0, y0 = rng.randint(0, size[0] // 2), rng.randint(0, size[1] // 2)
        x1, y1 = rng.randint(x0 + 400, size[0]), rng.randint(y0 + 300, size[1])
        draw.rectangle((x0, y0, x1, y1), fill=tuple(rng.randint(0, 255) for _ in range(3)))
        for y in range(y0 + 8, y1 - 12, 18):
            x = x0 + 8 + rng.randint(0, 3) * 24
            while x < x1 - 60:
                word = rng.randint(20, 90)
                draw.rectangle((x, y, x + word, y + 10),
                               fill=tuple(rng.randint(0, 255) for _ in range(3)))
                x += word + 10
    return image


def frames_to_send(count: int) -> list[tuple[bytes, str]]:
    """`count` (JPEG, metadata JSON) payloads one second apart, as the agent sends them."""
    from agent.capture import encode_jpeg, shrink
    from timenet_core.frame_meta import FrameMeta

    images = [encode_jpeg(shrink(busy_screen(seed))) for seed in range(10)]
    start = datetime.now(UTC) - timedelta(seconds=count)
    return [(images[i % len(images)],
             FrameMeta(captured_at=start + timedelta(seconds=i), duration=1.0).to_json())
            for i in range(count)]


def bench_pipeline(args: argparse.Namespace, env: dict, port: int, token: str) -> None:
    from agent.uploader import Uploader
    from tracker.models import Observation

    warm_up = 5  # the worker loads the model on its first task: not part of the steady state
    payloads = frames_to_send(args.frames + warm_up)
    uploader = Uploader(f"http://127.0.0.1:{port}", token, timeout=30)
    for payload in payloads[:warm_up]:
        uploader.send(*payload)
    wait_for(lambda: Observation.objects.count() >= warm_up, 300, "the warm-up frames")
    began = time.perf_counter()
    with ThreadPoolExecutor(args.senders) as pool:
        list(pool.map(lambda p: uploader.send(*p), payloads[warm_up:]))
    ingested = time.perf_counter() - began
    wait_for(lambda: Observation.objects.count() >= args.frames + warm_up, 900,
             "all observations")
    total = time.perf_counter() - began
    print(f"ingest: {args.frames} frames over HTTP in {ingested:.1f} s = "
          f"{args.frames / ingested:.1f} frames/s ({args.senders} senders)")
    print(f"pipeline: ingest -> Celery -> classify -> rollup, {args.frames} frames in "
          f"{total:.1f} s = {args.frames / total:.1f} frames/s "
          f"(worker concurrency {args.concurrency}, {os.cpu_count()} CPUs)")


def healthy(port: int) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def proc_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def proc_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench_agent(args: argparse.Namespace, env: dict, port: int, token: str, work: Path) -> None:
    """The agent at its default 10 s interval on a 1920x1080 Xvfb screen with an xterm."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                             "1920x1080x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write_fd)
    display = ":" + os.fdopen(read_fd).readline().strip()
    xenv = {**env, "DISPLAY": display, "TIMENET_DEVICE_TOKEN": token}
    xterm = subprocess.Popen(["xterm", "-geometry", "120x40+40+40"], env=xenv,
                             stderr=subprocess.DEVNULL, start_new_session=True)
    # The standalone agent, as a capture-only laptop runs it (no Django, torch or ml).
    agent = start([PY, "-m", "agent", "--interval", "10", "--server",
                   f"http://127.0.0.1:{port}", "--data-dir", str(work / "agent")], xenv,
                  work / "agent.log")
    try:
        time.sleep(12)  # start-up (imports, first capture) is not the steady state
        cpu0, t0, rss = proc_cpu_seconds(agent.pid), time.monotonic(), []
        while time.monotonic() - t0 < args.agent_seconds:
            rss.append(proc_rss_mb(agent.pid))
            time.sleep(1)
        cpu = proc_cpu_seconds(agent.pid) - cpu0
        wall = time.monotonic() - t0
    finally:
        stop([xvfb, xterm, agent])
    print(f"capture agent (python -m agent) at 10 s interval over {wall:.0f} s: CPU "
          f"{100 * cpu / wall:.2f}% of one core, RSS max {max(rss):.1f} MB (median "
          f"{sorted(rss)[len(rss) // 2]:.1f} MB; target <= {AGENT_RSS_TARGET_MB} MB)")


def main() -> None:
    args = parse_args()
    work = Path(tempfile.mkdtemp(prefix="timenet-bench-"))
    sock = work / "redis.sock"
    env = {**os.environ, "TIMENET_DATA_DIR": str(work / "data"),
           "REDIS_URL": f"redis+socket://{sock}", "PYTHONUNBUFFERED": "1"}
    os.environ.update({k: env[k] for k in ("TIMENET_DATA_DIR", "REDIS_URL")})
    port = 18000 + os.getpid() % 1000
    processes: list[subprocess.Popen] = []
    try:
        token = prepare_django(work, args.model)
        redis = shutil.which("redis-server") or "redis-server"
        processes.append(start([redis, "--port", "0", "--unixsocket", str(sock), "--save", "",
                                "--appendonly", "no"], env, work / "redis.log"))
        wait_for(sock.exists, 20, "redis-server")
        processes.append(start([PY, "-m", "celery", "-A", "timenet_site", "worker", "--pool",
                                "prefork", "--concurrency", str(args.concurrency),
                                "--loglevel", "WARNING", "--without-gossip", "--without-mingle"],
                               env, work / "worker.log"))
        processes.append(start([PY, "-m", "waitress", f"--listen=127.0.0.1:{port}",
                                "--threads=8", "timenet_site.wsgi:application"], env,
                               work / "web.log"))
        wait_for(lambda: healthy(port), 60, "the web server")
        if args.frames > 0:
            bench_pipeline(args, env, port, token)
        if shutil.which("Xvfb") and args.agent_seconds > 0:
            bench_agent(args, env, port, token, work)
    finally:
        stop(processes)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
