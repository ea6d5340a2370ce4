"""ml.query's density-weighted margin: the key the review queue and ml.simulate share."""

from __future__ import annotations

import numpy as np
import pytest

from ml import query


def clusters(rng: np.random.Generator, centres: list[np.ndarray], sizes: list[int],
             spread: float) -> np.ndarray:
    """Rows scattered around each centre (unit vectors plus noise of `spread`)."""
    return np.concatenate([c + spread * rng.standard_normal((n, len(c)))
                           for c, n in zip(centres, sizes, strict=True)])


def test_a_frame_with_look_alikes_is_denser_than_an_outlier():
    rng = np.random.default_rng(0)
    centre, outlier = np.eye(32)[0], np.eye(32)[5]
    x = np.vstack([clusters(rng, [centre], [12], 0.02), outlier])
    dens = query.density(x, k=5)
    assert dens[:12].min() > 0.95
    assert dens[12] < 0.2  # its nearest frames are orthogonal to it


def test_density_in_row_chunks_equals_density_in_one_block(monkeypatch):
    x = np.random.default_rng(1).standard_normal((50, 8))
    whole = query.density(x, k=4)
    monkeypatch.setattr(query, "_DENSITY_CHUNK", 7)
    assert np.allclose(query.density(x, k=4), whole, atol=1e-6)
    sims = (x / np.linalg.norm(x, axis=1, keepdims=True)) @ (
        x / np.linalg.norm(x, axis=1, keepdims=True)).T
    np.fill_diagonal(sims, -np.inf)
    assert whole[3] == pytest.approx(np.sort(sims[3])[-4:].mean(), abs=1e-5)


def test_a_lone_frame_and_fewer_frames_than_k_are_handled():
    assert query.density(np.ones((1, 4))).tolist() == [1.0]
    dens = query.density(np.asarray([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), k=10)
    assert dens[0] == pytest.approx((0.0 + np.sqrt(0.5)) / 2, abs=1e-6)


def test_at_equal_density_the_key_keeps_margin_order():
    margins = np.asarray([0.3, 0.05, 0.6, 0.1])
    keys = query.density_margin(margins, np.full(4, 0.8))
    assert np.argsort(keys).tolist() == [1, 3, 0, 2]


def test_of_equally_uncertain_frames_the_one_with_look_alikes_goes_first():
    """Two predicted classes; in each, a tight cluster and an outlier, all equally torn, the
    outliers first by index: the clusters' frames lead, and both classes' clusters are asked."""
    rng = np.random.default_rng(2)
    e = np.eye(16)
    x = np.vstack([e[7], e[9], clusters(rng, [e[0], e[1]], [6, 6], 0.03)])
    probs = np.zeros((len(x), 3))
    probs[0] = [0.45, 0.40, 0.15]     # class-0 outlier, margin 0.05
    probs[1] = [0.40, 0.45, 0.15]     # class-1 outlier, margin 0.05
    probs[2:8] = [0.45, 0.40, 0.15]   # class-0 cluster, same margin
    probs[8:14] = [0.40, 0.45, 0.15]  # class-1 cluster, same margin
    candidates = [0, 1, 2, 8, 3, 9]  # open leaders
    control, keys = np.zeros(len(x), dtype=bool), np.zeros(len(x))
    plain = query.query_order(probs, control, keys, "margin", candidates)
    dense = query.query_order(probs, control, keys, "margin", candidates, x)
    assert plain[:2] == [0, 1]  # without embeddings, ties go by index: the outliers
    assert set(dense[:4]) == {2, 3, 8, 9}
    assert {int(probs[i].argmax()) for i in dense[:2]} == {0, 1}  # round robin kept
    assert sorted(dense[-2:]) == [0, 1]


def test_entropy_and_random_ignore_the_embeddings():
    rng = np.random.default_rng(3)
    x, probs = rng.standard_normal((20, 8)), rng.dirichlet(np.ones(4), 20)
    control, keys = np.zeros(20, dtype=bool), rng.random(20)
    for strategy in ("entropy", "random"):
        assert (query.query_order(probs, control, keys, strategy, list(range(20)), x)
                == query.query_order(probs, control, keys, strategy, list(range(20))))
