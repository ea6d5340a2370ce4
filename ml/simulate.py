"""Offline active-learning simulation: how fast does accuracy grow with the person's labels?

    python -m ml.simulate --pool DIR --test DIR --strategy margin|entropy|random \
        --budget N --batch K [--seed S] [--model PATH] --json

Starts from a model (default: the shipped one), then repeatedly asks for the K pool frames the
current model is least sure of (or K random ones), reveals their true labels (the folder names)
and retrains exactly the way the product retrains: a linear head over the model's frozen
backbone, anchored to the model's own head (ml.head). Each round is scored on the test tree.
Both trees are embedded once, so a round costs one head fit, not a pass over the images.

Prints `curve`: [{labels, accuracy}], starting at 0 labels (the model as shipped).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ml.calibrate import UNCERTAINTY_STRATEGIES, softmax, uncertainty
from ml.data import Item, UnknownClassError, scan_image_folder
from ml.head import (
    Backbone,
    EmbeddingCache,
    embed_items,
    fit_linear_head,
    head_prior,
    load_backbone,
)
from ml.meta import ModelArtifactError, read_meta, resolve_model_dir

STRATEGIES = ("margin", "entropy", "random")


@dataclass
class Embedded:
    x: np.ndarray  # (N, D) backbone embeddings
    y: np.ndarray  # (N,) class indices
    skipped: list[dict[str, str]]


def embed_tree(backbone: Backbone, root: Path, classes: list[str],
               cache_dir: Path | None) -> Embedded:
    """Embeddings and labels of every readable image in an ImageFolder tree."""
    items: list[Item] = scan_image_folder(root, classes)
    x, kept, skipped = embed_items(backbone, items, EmbeddingCache(cache_dir, backbone.key))
    index = {code: i for i, code in enumerate(classes)}
    return Embedded(x, np.asarray([index[label] for _, label in kept], dtype=np.int64), skipped)


def choose_queries(probs: np.ndarray, candidates: list[int], k: int, strategy: str,
                   rng: random.Random) -> list[int]:
    """The k candidate indices to label next: the most uncertain, or k at random."""
    if strategy == "random":
        return rng.sample(candidates, min(k, len(candidates)))
    if strategy not in UNCERTAINTY_STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose {', '.join(STRATEGIES)}")
    scores = uncertainty(probs[candidates], strategy)
    # Stable sort on -score: ties keep pool order, so a run is reproducible.
    order = np.argsort(-scores, kind="stable")[:k]
    return [candidates[i] for i in order]


def _accuracy(weight: np.ndarray, bias: np.ndarray, data: Embedded) -> float:
    return round(float(((data.x @ weight.T + bias).argmax(axis=1) == data.y).mean()), 4)


def simulate(model_dir: Path, pool_dir: Path, test_dir: Path, *, strategy: str, budget: int,
             batch: int, seed: int = 0, cache_dir: Path | None = None,
             threads: int | None = None) -> dict[str, Any]:
    """Run the query → label → retrain → evaluate loop; returns the learning curve."""
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose {', '.join(STRATEGIES)}")
    if budget < 1 or batch < 1:
        raise ValueError("--budget and --batch must be positive")
    backbone = load_backbone(model_dir, threads=threads)
    classes = list(backbone.meta.classes)
    pool = embed_tree(backbone, pool_dir, classes, cache_dir)
    test = embed_tree(backbone, test_dir, classes, cache_dir)
    weight, bias = prior = head_prior(backbone, classes)
    rng = random.Random(seed)
    labelled: list[int] = []
    curve = [{"labels": 0, "accuracy": _accuracy(weight, bias, test)}]
    while len(labelled) < min(budget, len(pool.y)):
        taken = set(labelled)
        candidates = [i for i in range(len(pool.y)) if i not in taken]
        k = min(batch, budget - len(labelled))
        probs = softmax(pool.x @ weight.T + bias)
        labelled += choose_queries(probs, candidates, k, strategy, rng)
        weight, bias = fit_linear_head(pool.x[labelled], pool.y[labelled], len(classes),
                                       prior=prior)
        curve.append({"labels": len(labelled), "accuracy": _accuracy(weight, bias, test)})
    return {"strategy": strategy, "budget": budget, "batch": batch, "seed": seed,
            "model": backbone.meta.version, "classes": classes, "pool_size": len(pool.y),
            "test_size": len(test.y), "curve": curve,
            "skipped": pool.skipped + test.skipped}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ml.simulate",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--pool", type=Path, required=True, help="unlabelled pool DIR/<code>/*")
    parser.add_argument("--test", type=Path, required=True, help="test tree DIR/<code>/*")
    parser.add_argument("--strategy", choices=STRATEGIES, default="margin")
    parser.add_argument("--budget", type=int, required=True, help="labels to reveal in all")
    parser.add_argument("--batch", type=int, required=True, help="labels per round")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", type=Path, help="start model (default: TIMENET_MODEL_DIR, "
                                                   "then models/base)")
    parser.add_argument("--cache-dir", type=Path, help="embedding cache directory")
    parser.add_argument("--threads", type=int)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    try:
        model_dir = resolve_model_dir(args.model)
        for tree in (args.pool, args.test):  # a foreign folder fails before the model loads
            scan_image_folder(tree, read_meta(model_dir).classes)
        result = simulate(model_dir, args.pool, args.test, strategy=args.strategy,
                          budget=args.budget, batch=args.batch, seed=args.seed,
                          cache_dir=args.cache_dir, threads=args.threads)
    except UnknownClassError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (ModelArtifactError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result))
    else:
        for point in result["curve"]:
            print(f"{point['labels']:>5} labels  accuracy {point['accuracy']:.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
