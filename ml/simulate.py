"""Offline active-learning simulation: how fast does accuracy grow with the person's labels?

    python -m ml.simulate --pool DIR --test DIR --strategy margin|entropy|random \
        --budget N --batch K [--seed S] [--model PATH] --json

Starts from a model (default: the shipped one) and plays the product's learning loop: the pool
is ordered exactly as the review queue orders it (`ml.query`, shared with labeling.queue:
margin (density-weighted over the open frames' embeddings)/entropy/random inside each
predicted class, classes interleaved, near-duplicate groups
labelled as one item, a ~10% random control slice at every 10th place); the first K frames get
their true labels (the folder names); every 5th labelling action per class is reserved for the
gold set and never trained on (labeling.gold); with >= 10 training labels the head is retrained
the way the product retrains (labeling.retrain -> ml.head.retrain_head: the held-out check on
its stratified 80/20 split, `ml.head.held_out_check`, then `ml.head.fit_linear_head` on all
training labels, L2-SP-anchored to the model's own head), and the candidate replaces the active
head only if it passes labeling.promotion's rule (`passes_gate`: the gold set, or while that is
under its minimum, the held-out check and no lost gold frame). Each round scores the active
head on the test tree. Both trees are embedded once, so a round costs two head fits, not a
pass over the images. Not simulated: the retrain's temperature and review threshold (they
change no argmax), and near-duplicates whose true labels differ (one label covers a group, as
in the product).

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

from ml.calibrate import softmax
from ml.data import Item, UnknownClassError, scan_image_folder
from ml.head import (
    DEFAULT_L2,
    Backbone,
    EmbeddingCache,
    embed_items,
    fit_linear_head,
    head_prior,
    held_out_check,
    load_backbone,
    split_indices,
)
from ml.meta import ModelArtifactError, read_meta, resolve_model_dir
from ml.query import CONTROL_SHARE, STRATEGIES, duplicate_leaders, query_order, unit_hash

# The product's defaults (owners: labeling.gold.GOLD_EVERY, labeling.retrain's
# TIMENET_RETRAIN_MIN_LABELS, labeling.promotion's rule); tests/ml/test_simulate.py checks that
# these copies still match, since ml may not import the Django apps.
GOLD_EVERY = 5
MIN_TRAIN_LABELS = 10
MIN_GOLD = 5
MAX_CLASS_DROP = 1
VALID_PCT = 0.2  # ml.head.retrain_head's default held-out share


@dataclass
class Embedded:
    x: np.ndarray  # (N, D) backbone embeddings
    y: np.ndarray  # (N,) class indices
    names: list[str]  # (N,) file paths relative to the tree (stable ids for the hashes)
    skipped: list[dict[str, str]]


@dataclass
class Loop:
    """The state of one simulated person: what is labelled, gold, and the active head."""

    labelled: list[int]
    gold: set[int]
    actions: dict[int, int]  # labelling actions per class (every GOLD_EVERY-th is gold)
    active: tuple[np.ndarray, np.ndarray]  # the active model's head (W (C, D), b (C,))
    promoted: int = 0
    rejected: int = 0


def embed_tree(backbone: Backbone, root: Path, classes: list[str],
               cache_dir: Path | None) -> Embedded:
    """Embeddings and labels of every readable image in an ImageFolder tree."""
    items: list[Item] = scan_image_folder(root, classes)
    x, kept, skipped = embed_items(backbone, items, EmbeddingCache(cache_dir, backbone.key))
    index = {code: i for i, code in enumerate(classes)}
    return Embedded(x, np.asarray([index[label] for _, label in kept], dtype=np.int64),
                    [str(Path(p).relative_to(root)) for p, _ in kept], skipped)


def choose_queries(probs: np.ndarray, candidates: list[int], k: int, strategy: str,
                   rng: random.Random | None = None, *, control: np.ndarray | None = None,
                   random_keys: np.ndarray | None = None) -> list[int]:
    """The first k candidates in the review queue's order (ml.query.query_order: strategy
    order balanced over predicted classes, a control item every 10th place)."""
    n = len(probs)
    if random_keys is None:
        rng = rng or random.Random(0)
        random_keys = np.asarray([rng.random() for _ in range(n)])
    control = np.zeros(n, dtype=bool) if control is None else control
    return query_order(probs, control, random_keys, strategy, candidates)[:k]


def _correct(head: tuple[np.ndarray, np.ndarray], x: np.ndarray, y: np.ndarray) -> np.ndarray:
    weight, bias = head
    return (x @ weight.T + bias).argmax(axis=1) == y


def _accuracy(head: tuple[np.ndarray, np.ndarray], data: Embedded) -> float:
    return round(float(_correct(head, data.x, data.y).mean()), 4)


def passes_gate(candidate: tuple, active: tuple, x: np.ndarray, y: np.ndarray,
                held_out: dict | None = None) -> bool:
    """labeling.promotion.judge's rule on the gold set (x (G, D), y (G,)): with >= MIN_GOLD
    gold frames, not worse overall and no class losing more than MAX_CLASS_DROP correct frames;
    with fewer, the small-gold rule: `held_out` (ml.head.held_out_check) has frames and the
    candidate is at least as accurate on them as the base head, and no class loses any correct
    gold frame. tests/ml/test_simulate.py checks this agrees with labeling.promotion.judge."""
    max_drop = MAX_CLASS_DROP
    if len(y) < MIN_GOLD:
        if not held_out or not held_out.get("n_valid"):
            return False
        if held_out["valid_accuracy"] < held_out["valid_accuracy_base"]:
            return False
        max_drop = 0
    new, old = _correct(candidate, x, y), _correct(active, x, y)
    if new.sum() < old.sum():
        return False
    return all(int(old[y == c].sum()) - int(new[y == c].sum()) <= max_drop
               for c in np.unique(y))


def reveal(loop: Loop, pool: Embedded, leaders: np.ndarray, order: list[int], k: int,
           gold_every: int) -> None:
    """Label queue items in order until k more frames are labelled: an item's label covers its
    near-duplicate group (the person confirms the group); every gold_every-th action of a
    class is reserved for the gold set (labeling.gold)."""
    taken = set(loop.labelled)
    target = len(loop.labelled) + k
    for item in order:
        if len(loop.labelled) >= target:
            break
        members = [int(i) for i in np.flatnonzero(leaders == leaders[item])
                   if i != item and i not in taken]
        group = [item, *members][:target - len(loop.labelled)]
        code = int(pool.y[item])
        loop.actions[code] = loop.actions.get(code, 0) + 1
        if gold_every and loop.actions[code] % gold_every == 0:
            loop.gold.update(group)
        loop.labelled += group
        taken.update(group)


def retrain_round(loop: Loop, pool: Embedded, prior: tuple, n_classes: int, gate: bool,
                  l2: float = DEFAULT_L2) -> None:
    """The product's retrain on the non-gold labels (ml.head.retrain_head's two fits: the
    held-out check on its stratified 80/20 split, then all labels), then the promotion gate."""
    train = [i for i in loop.labelled if i not in loop.gold]
    if len(train) < MIN_TRAIN_LABELS:
        return  # labeling.retrain: SKIPPED, too few training labels
    x, y = pool.x[train], pool.y[train]
    ti, vi = split_indices([(pool.names[i], str(pool.y[i])) for i in train], VALID_PCT, 0)
    held_out = held_out_check(x, y, ti, vi, n_classes, prior, l2)
    candidate = fit_linear_head(x, y, n_classes, l2=l2, prior=prior)
    gold = sorted(loop.gold)
    if not gate or passes_gate(candidate, loop.active, pool.x[gold], pool.y[gold], held_out):
        loop.active = candidate
        loop.promoted += 1
    else:
        loop.rejected += 1


def simulate(model_dir: Path, pool_dir: Path, test_dir: Path, *, strategy: str, budget: int,
             batch: int, seed: int = 0, cache_dir: Path | None = None,
             threads: int | None = None, gold_every: int = GOLD_EVERY,
             gate: bool = True, l2: float = DEFAULT_L2) -> dict[str, Any]:
    """Run the query -> label -> retrain -> promote -> evaluate loop; returns the curve.

    Raises ValueError for an unknown strategy or a non-positive budget/batch."""
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose {', '.join(STRATEGIES)}")
    if budget < 1 or batch < 1:
        raise ValueError("--budget and --batch must be positive")
    backbone = load_backbone(model_dir, threads=threads)
    meta = backbone.meta
    classes = list(meta.classes)
    pool = embed_tree(backbone, pool_dir, classes, cache_dir)
    test = embed_tree(backbone, test_dir, classes, cache_dir)
    prior = head_prior(backbone, classes)
    leaders = duplicate_leaders(pool.x)
    control = np.asarray([unit_hash(f"control:{n}") < CONTROL_SHARE for n in pool.names])
    keys = np.asarray([unit_hash(f"random:{seed}:{n}") for n in pool.names])
    loop = Loop([], set(), {}, prior)
    curve = [{"labels": 0, "accuracy": _accuracy(loop.active, test)}]
    while len(loop.labelled) < min(budget, len(pool.y)):
        weight, bias = loop.active
        probs = softmax(pool.x @ weight.T + bias, meta.temperature)
        taken = set(loop.labelled)
        open_leaders = [i for i in range(len(pool.y)) if leaders[i] == i and i not in taken]
        open_leaders += [i for i in range(len(pool.y)) if i not in taken
                         and leaders[i] in taken and i not in open_leaders]
        order = query_order(probs, control, keys, strategy, open_leaders, pool.x)
        if not order:
            break
        reveal(loop, pool, leaders, order, min(batch, budget - len(loop.labelled)), gold_every)
        retrain_round(loop, pool, prior, len(classes), gate, l2)
        curve.append({"labels": len(loop.labelled), "accuracy": _accuracy(loop.active, test)})
    return {"strategy": strategy, "budget": budget, "batch": batch, "seed": seed,
            "model": meta.version, "classes": classes, "pool_size": len(pool.y),
            "test_size": len(test.y), "gold_every": gold_every, "gate": gate, "l2": l2,
            "gold_labels": len(loop.gold), "promoted": loop.promoted,
            "rejected": loop.rejected, "curve": curve,
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
    parser.add_argument("--gold-every", type=int, default=GOLD_EVERY,
                        help="reserve every Nth labelling action per class for the gold set "
                             "(0: none; the product reserves every 5th)")
    parser.add_argument("--no-gate", action="store_true",
                        help="activate every retrained head (skip the promotion gate)")
    parser.add_argument("--l2", type=float, default=DEFAULT_L2,
                        help="L2-SP prior strength of the head fit (default: the product's)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    try:
        model_dir = resolve_model_dir(args.model)
        for tree in (args.pool, args.test):  # a foreign folder fails before the model loads
            scan_image_folder(tree, read_meta(model_dir).classes)
        result = simulate(model_dir, args.pool, args.test, strategy=args.strategy,
                          budget=args.budget, batch=args.batch, seed=args.seed,
                          cache_dir=args.cache_dir, threads=args.threads,
                          gold_every=args.gold_every, gate=not args.no_gate, l2=args.l2)
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
