"""Head-only retrain benchmark: seconds to retrain the classifier head on N labelled frames
whose embeddings are cached (the product's retrain, labeling.retrain -> ml.head.retrain_head),
over the shipped model's backbone by default. Prints figures; asserts nothing.

    .venv/bin/python bench/retrain.py [--frames 2000] [--model DIR] [--threads 2] [--json]

Frames are synthetic screens (tests/support/screens.py, 5 kinds, JPEG like the agent's) labelled
with their kind. The first pass embeds them all (cold: the backbone runs once per frame, then the
embedding is cached); the timed passes find every embedding in the cache, as a nightly retrain
does for frames labelled before. Target (issue 12): <= 15 s for 2,000 frames on 2 cores.
`--distinct K` embeds only K different screens and copies them up to N files (each copy gets
its source's vector in the cache): the same warm retrain on N frames, with a short cold pass.
"""

from __future__ import annotations

import argparse
import json
import shutil
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


def make_frames(root: Path, n: int, distinct: int) -> list[tuple[Path, str]]:
    """n synthetic screens (960x600 JPEG q75, as the agent sends them), labelled by kind:
    `distinct` different screens, each written n/distinct times (byte-identical copies)."""
    items = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        source = root / f"{kind}_{i % distinct:05d}.jpg"
        path = source if i < distinct else root / f"{kind}_{i % distinct:05d}_copy{i}.jpg"
        if i < distinct:
            synthetic_screen(kind, i, (960, 600)).save(path, quality=75)
        else:
            shutil.copyfile(source, path)
        items.append((path, kind))
    return items


def prefill_copies(base: Path, items, distinct: int, cache_root: Path, threads: int) -> float:
    """Embed the distinct screens with the real backbone; their byte-identical copies get the
    same vectors in the cache (what the backbone would compute for them). Returns seconds."""
    from ml.head import EmbeddingCache, embed_items, load_backbone

    started = time.perf_counter()
    backbone = load_backbone(base, threads=threads)
    cache = EmbeddingCache(cache_root, backbone.key)
    vectors, kept, _ = embed_items(backbone, items[:distinct], cache)
    by_source = {Path(p).name: v for (p, _), v in zip(kept, vectors, strict=True)}
    for path, _ in items[distinct:]:
        cache.put(Path(path), by_source[Path(path).name.split("_copy")[0] + ".jpg"])
    return time.perf_counter() - started


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
    parser.add_argument("--distinct", type=int, default=0,
                        help="embed only this many distinct screens (0: all frames differ)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    base = resolve_model_dir(args.model)
    from ml.meta import read_meta

    classes = read_meta(base).classes
    with tempfile.TemporaryDirectory(prefix="timenet-bench-retrain-") as scratch:
        root = Path(scratch)
        (root / "frames").mkdir()
        t0 = time.perf_counter()
        distinct = args.distinct or args.frames
        items = make_frames(root / "frames", args.frames, distinct)
        generate_s = time.perf_counter() - t0
        if args.distinct:
            cold = prefill_copies(base, items, distinct, root / "cache", args.threads)
        else:
            cold = timed(base, items, classes, root / "m0", root / "cache", args.threads)
        warm = [timed(base, items, classes, root / f"m{i + 1}", root / "cache", args.threads)
                for i in range(args.runs)]
    result = {"frames": args.frames, "distinct_screens": distinct, "model": str(base),
              "threads": args.threads,
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
