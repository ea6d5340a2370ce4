"""Head-only retrain benchmark: seconds to retrain the classifier head on N labelled frames
whose embeddings are cached (the product's retrain, labeling.retrain -> ml.head.retrain_head),
over the shipped model's backbone by default. Prints figures; asserts nothing.

    .venv/bin/python bench/retrain.py [--frames 2000] [--model DIR] [--threads 2] [--json]

Frames are synthetic screens (tests/support/screens.py, 5 kinds, JPEG like the agent's) labelled
with their kind. The first pass embeds them all (cold: the backbone runs once per frame, then the
embedding is cached); the timed passes find every embedding in the cache, as a nightly retrain
does for frames labelled before. Target (issue 12): <= 15 s for 2,000 frames on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ml.head import retrain_head  # noqa: E402
from ml.meta import resolve_model_dir  # noqa: E402
from tests.support.screens import synthetic_screen  # noqa: E402

KINDS = ("code", "terminal", "youtube", "pdf", "desktop")


def make_frames(root: Path, n: int) -> list[tuple[Path, str]]:
    """n synthetic screens (960x600 JPEG q75, as the agent sends them), labelled by kind."""
    items = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        path = root / f"{kind}_{i:05d}.jpg"
        synthetic_screen(kind, i, (960, 600)).save(path, quality=75)
        items.append((path, kind))
    return items


def timed(base: Path, items, classes, out: Path, cache: Path, threads: int) -> float:
    started = time.perf_counter()
    retrain_head(base, items, classes, out, cache_dir=cache, threads=threads,
                 threshold_target=0.98)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=2000)
    parser.add_argument("--model", default=None, help="base model (default: the shipped one)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    base = resolve_model_dir(args.model)
    from ml.meta import read_meta

    classes = read_meta(base).classes
    with tempfile.TemporaryDirectory(prefix="timenet-bench-retrain-") as scratch:
        root = Path(scratch)
        (root / "frames").mkdir()
        t0 = time.perf_counter()
        items = make_frames(root / "frames", args.frames)
        generate_s = time.perf_counter() - t0
        cold = timed(base, items, classes, root / "m0", root / "cache", args.threads)
        warm = [timed(base, items, classes, root / f"m{i + 1}", root / "cache", args.threads)
                for i in range(args.runs)]
    result = {"frames": args.frames, "model": str(base), "threads": args.threads,
              "generate_s": round(generate_s, 1), "cold_s": round(cold, 1),
              "warm_median_s": round(statistics.median(warm), 2),
              "warm_runs_s": [round(w, 2) for w in warm], "target_s": 15}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>14}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
