"""`python -m screenfarm --out DIR --per-class N --seed S [--split train|test|unseen]`.

Writes DIR/<class>/<scene>.jpg (ImageFolder layout), DIR/manifest.jsonl (provenance: file,
class, app, layout, resolution, theme, seed, window state, zoom, scroll, desktop style, and the
title and application (WM_CLASS) the X server reported for the window on top) and
DIR/manifest.csv (file, class, window_title, window_app: what `ml.evaluate` reads).
Sessions are spread over --workers processes, each with its own X display.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing as mp
import shutil
import time
from pathlib import Path

from .classes import DEFAULT_CODES
from .deps import ensure_packages
from .plan import SPLITS, plan


def _parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m screenfarm", description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-class", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--split", choices=SPLITS, default="train")
    ap.add_argument("--classes", default=",".join(DEFAULT_CODES),
                    help="comma-separated class codes (default: all 14)")
    ap.add_argument("--workers", type=int, default=2, help="parallel desktops")
    ap.add_argument("--session-size", type=int, default=10, help="scenes per desktop look")
    ap.add_argument("--work", type=Path, default=Path("var/screenfarm-work"))
    ap.add_argument("--no-install", action="store_true", help="do not apt-get missing apps")
    return ap.parse_args(argv)


def _worker(args: argparse.Namespace, worker: int, sessions: list) -> int:
    from .runner import SessionRunner, write_manifest

    runner = SessionRunner(args.out, args.work / f"w{worker}", args.seed, 60 + worker * 20)
    done = 0
    for session in sessions:
        rows = runner.run(session)
        write_manifest(args.out / f".manifest-w{worker}", rows)
        done += len(rows)
        print(f"screenfarm[w{worker}]: session {session.index}: {len(rows)} screens "
              f"({done} so far)", flush=True)
    runner.server.shutdown()
    return done


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    # HOME and config paths handed to the desktop programs must be absolute
    args.out, args.work = args.out.resolve(), args.work.resolve()
    classes = tuple(c.strip() for c in args.classes.split(",") if c.strip())
    if not args.no_install:
        ensure_packages()
    args.out.mkdir(parents=True, exist_ok=True)
    sessions = plan(args.seed, args.split, args.per_class, classes, args.session_size)
    started = time.monotonic()
    workers = max(1, min(args.workers, len(sessions)))
    shares = [sessions[w::workers] for w in range(workers)]
    for w in range(workers):
        (args.out / f".manifest-w{w}").mkdir(exist_ok=True)
    if workers == 1:
        total = _worker(args, 0, shares[0])
    else:
        with mp.get_context("spawn").Pool(workers) as pool:
            total = sum(pool.starmap(_worker, [(args, w, shares[w]) for w in range(workers)]))
    _merge_manifests(args.out, workers)
    minutes = (time.monotonic() - started) / 60
    print(f"screenfarm: {total} screens of {len(classes)} classes in {minutes:.1f} min "
          f"-> {args.out}", flush=True)
    return 0 if total else 1


def _merge_manifests(out: Path, workers: int) -> None:
    with (out / "manifest.jsonl").open("a") as merged:
        for w in range(workers):
            part = out / f".manifest-w{w}" / "manifest.jsonl"
            if part.exists():
                merged.write(part.read_text())
            shutil.rmtree(out / f".manifest-w{w}", ignore_errors=True)
    write_csv(out)


CSV_COLUMNS = ("file", "class", "window_title", "window_app")


def write_csv(out: Path) -> Path:
    """DIR/manifest.csv from every row of DIR/manifest.jsonl (rewritten whole, so runs appended
    to one folder stay in one table); rows from before window probing get empty title/app."""
    path = out / "manifest.csv"
    with (out / "manifest.jsonl").open() as src, path.open("w", newline="") as dst:
        writer = csv.writer(dst)
        writer.writerow(CSV_COLUMNS)
        for line in src:
            row = json.loads(line)
            writer.writerow([row.get(k, "") for k in CSV_COLUMNS])
    return path
