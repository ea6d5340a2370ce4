"""ml.head.fit_linear_head: the head-only retrain's fit (L2-SP softmax regression, L-BFGS)."""

from __future__ import annotations

import time

import numpy as np
from scipy.optimize import check_grad

from ml.head import _head_loss, fit_linear_head, held_out_check


def _blobs(rng: np.random.Generator, n_per_class: int, classes: int, dim: int = 16):
    """Well separated Gaussian classes: (x (N, dim), y (N,), the class means (C, dim))."""
    centres = rng.normal(0, 3, (classes, dim))
    y = np.repeat(np.arange(classes), n_per_class)
    return centres[y] + rng.normal(0, 1, (len(y), dim)), y, centres


def test_the_gradient_is_the_losss_derivative():
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(20, 6)), rng.integers(0, 3, 20)
    args = (x, np.eye(3)[y], rng.random(20), rng.normal(size=3 * 6 + 3), 0.7,
            np.zeros(3, bool))
    err = check_grad(lambda t: _head_loss(t, *args)[0], lambda t: _head_loss(t, *args)[1],
                     rng.normal(size=3 * 6 + 3))
    assert err < 1e-4


def test_a_class_without_labels_keeps_the_base_models_row_and_bias_exactly():
    rng = np.random.default_rng(1)
    x, y, centres = _blobs(rng, 10, 4)
    prior = (centres * 0.05, rng.normal(size=4))
    present = y != 3
    weight, bias = fit_linear_head(x[present], y[present], 4, prior=prior)
    assert np.allclose(weight[3], prior[0][3]) and np.isclose(bias[3], prior[1][3])
    assert not np.allclose(weight[0], prior[0][0])  # a labelled class does move


def test_a_few_labels_of_some_classes_do_not_collapse_a_good_base_head():
    """The failure the prior fixes: 6 labels of 2 classes used to make the head predict
    mostly those 2 (accuracy fell from 70% to 54% at 10 labels, docs/active_learning.md)."""
    rng = np.random.default_rng(2)
    x, y, centres = _blobs(rng, 50, 6)
    prior = (centres * 0.05, np.zeros(6))  # right, with modest margins a fit could erode
    base_accuracy = ((x @ prior[0].T).argmax(1) == y).mean()
    few = np.flatnonzero(y < 2)[[0, 1, 2, 50, 51, 52]]
    weight, bias = fit_linear_head(x[few], y[few], 6, prior=prior)
    accuracy = ((x @ weight.T + bias).argmax(1) == y).mean()
    assert base_accuracy > 0.9
    # 2 of 6 classes labelled: a head that over-predicted them would score ~1/3; at the
    # product's weak prior (1e-3) the labelled rows still move, costing ~12% here, so the
    # bound is loose; the promotion gate's held-out check is the second line of defence.
    assert accuracy >= 0.8
    for row in range(2, 6):  # the unlabelled classes' logits are the base model's
        assert np.allclose(x @ weight[row] + bias[row], x @ prior[0][row] + prior[1][row],
                           atol=1e-4)


def test_many_labels_outweigh_a_wrong_prior():
    rng = np.random.default_rng(3)
    x, y, centres = _blobs(rng, 100, 5)
    wrong = (np.roll(centres, 1, axis=0), np.zeros(5))  # every class mapped to the next one
    weight, bias = fit_linear_head(x, y, 5, prior=wrong)
    assert ((x @ weight.T + bias).argmax(1) == y).mean() > 0.95


def test_the_held_out_check_scores_candidate_and_base_on_the_same_unseen_rows():
    rng = np.random.default_rng(4)
    x, y, centres = _blobs(rng, 20, 3)
    wrong = (np.roll(centres, 1, axis=0) * 0.05, np.zeros(3))
    check = held_out_check(x, y, list(range(0, 60, 2)), list(range(1, 60, 2)), 3, wrong, 1.0)
    assert check["n_valid"] == 30
    assert check["valid_accuracy_base"] == 0.0 and check["valid_accuracy"] > 0.9
    empty = held_out_check(x, y, list(range(60)), [], 3, wrong, 1.0)
    assert empty["n_valid"] == 0 and empty["valid_accuracy"] is None


def test_a_2000_frame_fit_takes_well_under_the_retrain_budget_of_cpu():
    rng = np.random.default_rng(5)
    x, y, centres = _blobs(rng, 134, 15, dim=1280)
    started = time.process_time()
    fit_linear_head(x.astype(np.float32), y, 15, prior=(centres * 0.01, np.zeros(15)))
    assert time.process_time() - started < 7.5  # half of issue 12's 15 s, for the whole fit
