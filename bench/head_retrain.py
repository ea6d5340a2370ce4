"""Head-only retrain on 2,000 labelled frames: seconds on this machine (issue 12 target: <= 15 s).

    PYTHONPATH=. .venv/bin/python bench/head_retrain.py [--n 2000] [--model models/base] [--json]

What the product's retrain (labeling.retrain.train_candidate -> ml.head.retrain_head) does
once the frames' embeddings are cached (each frame is embedded once, when it is first labelled
or trained on): load the backbone, read 2,000 cached embeddings, fit the head twice (on 80% to
choose temperature and review threshold, then on all labels), save the artifact (safetensors,
meta.json, ONNX export). The frames are hard links to the 123 committed test screens
(tests/data), each with its own cache entry: a real embedding of its screen plus small noise,
so 2,000 distinct vectors over 15 classes. Also printed: the two head fits alone, and what
embedding a frame costs when it is not cached yet (ms a frame, measured on 32 frames), and
the phases of a warm retrain (backbone load, cached-embedding reads, the two fits), each as
wall and CPU seconds (time.process_time: the machine is shared, so CPU time is the fair one).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from ml.head import (
    EmbeddingCache,
    embed_items,
    fit_linear_head,
    head_prior,
    load_backbone,
    retrain_head,
)
from ml.meta import read_meta

ROOT = Path(__file__).resolve().parent.parent
SCREENS = [ROOT / "tests" / "data" / "eval", ROOT / "tests" / "data" / "new_category"]


def committed_screens() -> list[tuple[Path, str]]:
    """(path, class code) of every committed test screen (class = folder name)."""
    return [(p, p.parent.name) for root in SCREENS for p in sorted(root.rglob("*.jpg"))]


def make_frames(n: int, work: Path, backbone, cache: EmbeddingCache,
                rng: np.random.Generator) -> tuple[list[tuple[Path, str]], float]:
    """n hard-linked frames with cached noisy embeddings; returns items, ms to embed a frame."""
    screens = committed_screens()
    started = time.perf_counter()
    x, kept, _ = embed_items(backbone, screens[:32], EmbeddingCache(work / "cold", backbone.key))
    ms_per_frame = 1000 * (time.perf_counter() - started) / len(kept)
    x_all, kept_all, _ = embed_items(backbone, screens, EmbeddingCache(work / "c0", backbone.key))
    scale = float(x_all.std()) * 0.05
    items = []
    for i in range(n):
        j = i % len(kept_all)
        path = work / "frames" / f"{i:05d}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        os.link(kept_all[j][0], path)
        cache.put(path, x_all[j] + rng.normal(0, scale, x_all.shape[1]).astype(np.float32))
        items.append((path, kept_all[j][1]))
    return items, ms_per_frame


def clock() -> tuple[float, float]:
    """(wall s, CPU s of this process, all threads): the machine is shared, so CPU time is the
    figure that does not depend on the other jobs' load."""
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> dict[str, float]:
    wall, cpu = clock()
    return {"wall_s": round(wall - start[0], 3), "cpu_s": round(cpu - start[1], 3)}


def phases(model: Path, items: list, classes: list[str], cache_root: Path) -> dict:
    """Where a warm retrain's time goes: backbone load, cached-embedding reads, the two fits."""
    out = {}
    start = clock()
    backbone = load_backbone(model)
    out["load_backbone"] = since(start)
    start = clock()
    x, kept, _ = embed_items(backbone, items, EmbeddingCache(cache_root, backbone.key))
    out["read_cached_embeddings"] = since(start)
    index = {c: i for i, c in enumerate(classes)}
    y = np.asarray([index[c] for _, c in kept])
    prior = head_prior(backbone, classes)
    start = clock()
    for _ in range(2):  # retrain_head fits twice: 80% (held-out check), then all labels
        fit_linear_head(x, y, len(classes), prior=prior)
    out["two_head_fits"] = since(start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "base")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    classes = list(read_meta(args.model).classes) + ["spreadsheet"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        backbone = load_backbone(args.model)
        cache = EmbeddingCache(work / "cache", backbone.key)
        items, embed_ms = make_frames(args.n, work, backbone, cache, np.random.default_rng(0))
        start = clock()
        retrain_head(args.model, items, classes, work / "out", cache_dir=work / "cache")
        total = since(start)
        parts = phases(args.model, items, classes, work / "cache")
    result = {"frames": len(items), "classes": len(classes), "retrain": total, **parts,
              "embed_ms_per_uncached_frame": round(embed_ms, 1), "target_s": 15}
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in
                                                          result.items()))


if __name__ == "__main__":
    main()
