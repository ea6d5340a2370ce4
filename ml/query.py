"""The review queue's query order, free of Django: used by `labeling.queue` (the product) and by
`ml.simulate` (the offline active-learning loop), so both ask for the same frames.

Order (labeling/queue.py's module doc gives the why):
1. near-duplicates (cosine of L2-normalised embeddings >= 0.98) form groups; one group is one
   item, and labelling it labels every frame of the group;
2. a deterministic ~10% control slice (`unit_hash("control:<id>") < CONTROL_SHARE`) is kept
   aside and ordered at random, so label efficiency can be measured against random sampling;
3. the rest is ordered by the strategy (margin: smallest top-1 minus top-2 first, weighted by
   density, below; entropy: highest first; random: a fixed pseudo-random key) inside each
   predicted class, and the classes are interleaved round robin (classes ordered by their best
   item);
4. every CONTROL_EVERY-th place is a control item.
Margin and entropy are `ml.calibrate`'s (Settles 2009, "Active Learning Literature Survey",
sec. 3.1).

Density-weighted margin ("information density", Settles & Craven 2008, "An analysis of active
learning strategies for sequence labeling tasks", EMNLP, eq. 7): plain margin sampling spends
its first labels on frames the base model cannot separate because they are outliers (a layout
nobody else on the screen resembles), and a label there teaches the head little about the rest.
So, when the embeddings are known, margin's key is -(1 - margin) * density ** DENSITY_BETA,
with density a frame's mean cosine similarity to its DENSITY_K nearest open frames: of two
equally uncertain frames the one with many look-alikes goes first. docs/active_learning.md has
the measurements (and the diversity-aware batches, BADGE and near-duplicate deferral, that were
tried and not kept).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from itertools import zip_longest
from typing import TypeVar

import numpy as np

from ml.calibrate import entropy, margin

STRATEGIES = ("margin", "entropy", "random")
CONTROL_SHARE = 0.10  # the control slice's share, and so one control item every 10 places
CONTROL_EVERY = round(1 / CONTROL_SHARE)
DUPLICATE_COSINE = 0.98  # default; the product reads TIMENET_DUPLICATE_COSINE
DENSITY_K = 10  # neighbours that make a frame's density (docs/active_learning.md)
DENSITY_BETA = 3.0  # density's exponent in margin's key (1 and 2 measured worse)
_DENSITY_CHUNK = 512  # rows of the similarity matrix held at once (memory ~ 512 x N floats)

T = TypeVar("T")


def unit_hash(text: str) -> float:
    """A deterministic pseudo-random number in [0, 1) from `text` (sha256's first 32 bits)."""
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) / 2**32


def strategy_scores(probs: np.ndarray, strategy: str, random_keys: np.ndarray) -> np.ndarray:
    """(N,) sort keys, smallest = most worth a label, for (N, C) probabilities.

    Raises ValueError for an unknown strategy."""
    if strategy == "margin":
        return margin(probs)
    if strategy == "entropy":
        return -entropy(probs)
    if strategy == "random":
        return np.asarray(random_keys, dtype=np.float64)
    raise ValueError(f"unknown strategy {strategy!r}; choose {', '.join(STRATEGIES)}")


def balanced(items: Sequence[T], key: Callable[[T], tuple], lane: Callable[[T], Hashable]
             ) -> list[T]:
    """Round robin over lanes (predicted classes), each lane in `key` order; lanes ordered by
    their best item, so the best item of all still comes first."""
    by_lane: dict[Hashable, list[T]] = defaultdict(list)
    for item in sorted(items, key=key):
        by_lane[lane(item)].append(item)
    lanes = sorted(by_lane.values(), key=lambda row: key(row[0]))
    return [item for row in zip_longest(*lanes) for item in row if item is not None]


def with_controls(main: Sequence[T], controls: Sequence[T],
                  every: int = CONTROL_EVERY) -> list[T]:
    """Every `every`-th place is a control item while both lists last."""
    out: list[T] = []
    m = c = 0
    while m < len(main) or c < len(controls):
        want_control = (len(out) + 1) % every == 0
        if c < len(controls) and (want_control or m >= len(main)):
            out.append(controls[c])
            c += 1
        else:
            out.append(main[m])
            m += 1
    return out


def duplicate_leaders(embeddings: np.ndarray, cosine: float = DUPLICATE_COSINE) -> np.ndarray:
    """(N,) index of each row's group leader: a row joins the most similar earlier leader at or
    above `cosine` (as frames join open groups on arrival), else leads its own group."""
    unit = embeddings / np.maximum(np.linalg.norm(embeddings, axis=1, keepdims=True), 1e-12)
    leader = np.arange(len(unit))
    leaders: list[int] = []
    for i in range(len(unit)):
        if leaders:
            sims = unit[leaders] @ unit[i]
            best = int(sims.argmax())
            if sims[best] >= cosine:
                leader[i] = leaders[best]
                continue
        leaders.append(i)
    return leader


def density(embeddings: np.ndarray, k: int = DENSITY_K) -> np.ndarray:
    """(N,) mean cosine similarity of each row of (N, D) `embeddings` to its k nearest other
    rows (fewer when N <= k); 1.0 for a lone row. Computed in row chunks so N x N is never
    held at once."""
    unit = embeddings / np.maximum(np.linalg.norm(embeddings, axis=1, keepdims=True), 1e-12)
    unit = unit.astype(np.float32)
    n = len(unit)
    kk = min(k, n - 1)
    if kk < 1:
        return np.ones(n)
    out = np.empty(n)
    for start in range(0, n, _DENSITY_CHUNK):
        sims = unit[start:start + _DENSITY_CHUNK] @ unit.T
        rows = np.arange(len(sims))
        sims[rows, rows + start] = -np.inf  # a frame is not its own neighbour
        out[start:start + len(sims)] = np.sort(sims, axis=1)[:, -kk:].mean(axis=1)
    return out


def density_margin(margins: np.ndarray, dens: np.ndarray,
                   beta: float = DENSITY_BETA) -> np.ndarray:
    """(N,) sort keys, smallest first: -(1 - margin) * density ** beta (density clipped at a
    small positive number, so a negative mean cosine cannot flip the order)."""
    return -(1.0 - np.asarray(margins, dtype=np.float64)) * np.maximum(dens, 1e-6) ** beta


def query_order(probs: np.ndarray, control: np.ndarray, random_keys: np.ndarray,
                strategy: str, candidates: Sequence[int],
                embeddings: np.ndarray | None = None) -> list[int]:
    """Candidate indices (group leaders) in queue order: balanced strategy order with a control
    item at every CONTROL_EVERY-th place. `control`, `random_keys`: (N,) per row;
    `embeddings` (N, D): when given, margin's key is density-weighted over the candidates."""
    scores = strategy_scores(probs, strategy, random_keys)
    if strategy == "margin" and embeddings is not None and len(candidates):
        idx = np.asarray(candidates, dtype=np.int64)
        scores = np.asarray(scores, dtype=np.float64).copy()
        scores[idx] = density_margin(scores[idx], density(embeddings[idx]))
    predicted = probs.argmax(axis=1)
    main = [i for i in candidates if not control[i]]
    controls = sorted((i for i in candidates if control[i]), key=lambda i: (random_keys[i], i))
    ordered = balanced(main, key=lambda i: (float(scores[i]), i), lane=lambda i: predicted[i])
    return with_controls(ordered, controls)
