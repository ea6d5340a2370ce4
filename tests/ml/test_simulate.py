"""ml.simulate: the offline active-learning loop and its command-line contract."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from ml import simulate


def test_uncertainty_strategies_query_the_frames_the_model_hesitates_on():
    probs = np.array([[0.98, 0.01, 0.01],   # sure
                      [0.50, 0.45, 0.05],   # torn between two classes
                      [0.34, 0.33, 0.33],   # no idea at all
                      [0.90, 0.05, 0.05]])
    candidates = [0, 1, 2, 3]
    rng = random.Random(0)
    assert simulate.choose_queries(probs, candidates, 2, "margin", rng) == [2, 1]
    assert simulate.choose_queries(probs, candidates, 1, "entropy", rng) == [2]
    picked = simulate.choose_queries(probs, candidates, 3, "random", random.Random(5))
    assert len(set(picked)) == 3 and set(picked) <= set(candidates)


def test_simulation_reveals_labels_batch_by_batch_and_scores_each_round(
        small_model: Path, train_tree: Path, heldout_tree: Path, tmp_path: Path, capsys):
    code = simulate.main(["--pool", str(train_tree), "--test", str(heldout_tree),
                          "--model", str(small_model), "--strategy", "margin",
                          "--budget", "9", "--batch", "4", "--seed", "3",
                          "--cache-dir", str(tmp_path / "cache"), "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert [point["labels"] for point in result["curve"]] == [0, 4, 8, 9]
    n_test = sum(1 for _ in heldout_tree.rglob("*.jpg"))
    assert result["test_size"] == n_test
    for point in result["curve"]:
        # an accuracy over the whole test tree: a whole number of its frames right (printed
        # to 4 decimals, so up to 5e-5 off per frame)
        correct = point["accuracy"] * n_test
        assert correct == pytest.approx(round(correct), abs=5e-5 * n_test)
    # The start model already separates these screens; labelled rounds must not break it.
    assert result["curve"][0]["accuracy"] >= 0.95
    assert result["curve"][-1]["accuracy"] >= 0.95


def test_a_pool_folder_that_is_not_a_model_class_exits_2(
        small_model: Path, train_tree: Path, heldout_tree: Path, tmp_path: Path, capsys):
    pool = Path(shutil.copytree(train_tree, tmp_path / "pool"))
    (pool / "spreadsheets").mkdir()
    shutil.copy(next((pool / "code").iterdir()), pool / "spreadsheets" / "sheet.png")
    code = simulate.main(["--pool", str(pool), "--test", str(heldout_tree), "--model",
                          str(small_model), "--strategy", "random", "--budget", "3",
                          "--batch", "3", "--json"])
    assert code == 2
    assert "spreadsheets" in capsys.readouterr().err


def test_the_query_order_balances_classes_and_puts_a_control_item_every_tenth_place():
    from ml.query import query_order

    n = 30
    probs = np.zeros((n, 3))
    for i in range(n):  # 20 frames predicted class 0 (margins 0.0..0.19), 10 class 1
        cls = 0 if i < 20 else 1
        probs[i, cls], probs[i, 2] = 0.5 + 0.005 * i, 0.5 - 0.005 * i
    control = np.zeros(n, dtype=bool)
    control[[5, 25]] = True
    keys = np.linspace(0, 1, n, endpoint=False)
    order = query_order(probs, control, keys, "margin", list(range(n)))
    assert sorted(order) == list(range(n))
    assert order[9] in (5, 25) and order[19] in (5, 25)
    main = [i for i in order if i not in (5, 25)]
    assert main[:4] == [0, 20, 1, 21]  # round robin over predicted classes, smallest margin first


def test_near_duplicates_are_one_group_led_by_the_first_seen():
    from ml.query import duplicate_leaders

    rng = np.random.default_rng(0)
    a, b = rng.random(16), rng.random(16)
    x = np.stack([a, b, a * 2.0, b + 1e-4, rng.random(16)])
    assert duplicate_leaders(x, 0.9999).tolist() == [0, 1, 0, 1, 4]


def test_every_fifth_labelling_action_of_a_class_is_gold_and_never_trained_on():
    pool = simulate.Embedded(np.eye(12, dtype=np.float32), np.asarray([0] * 6 + [1] * 6),
                             [f"f{i}" for i in range(12)], [])
    loop = simulate.Loop([], set(), {}, (np.zeros((2, 12)), np.zeros(2)))
    simulate.reveal(loop, pool, np.arange(12), list(range(12)), 12, gold_every=5)
    assert loop.gold == {4, 10}
    assert len(loop.labelled) == 12


def test_the_gate_rejects_a_head_that_loses_a_class():
    x = np.eye(4, dtype=np.float32)
    y = np.asarray([0, 1, 2, 3] * 2)
    x = np.concatenate([x, x])
    good = (np.eye(4), np.zeros(4))
    collapsed = (np.tile(np.eye(4)[0], (4, 1)) * 0, np.asarray([1.0, 0, 0, 0]))
    assert simulate.passes_gate(good, good, x, y)
    assert not simulate.passes_gate(collapsed, good, x, y)
    assert not simulate.passes_gate(good, good, x[:4], y[:4])  # fewer than 5 gold frames


def test_the_simulations_constants_are_the_products(settings):
    from labeling import gold, promotion, queue
    from ml import query

    assert simulate.GOLD_EVERY == gold.GOLD_EVERY
    assert query.CONTROL_SHARE == queue.CONTROL_SHARE
    assert query.DUPLICATE_COSINE == queue.duplicate_cosine()
    rule = promotion.rule_settings()
    assert (simulate.MIN_GOLD, simulate.MAX_CLASS_DROP) == (rule["min_gold"],
                                                            rule["max_class_drop"])
    assert simulate.MIN_TRAIN_LABELS == getattr(settings, "TIMENET_RETRAIN_MIN_LABELS", 10)


def _gold_eval(head: tuple, x: np.ndarray, y: np.ndarray) -> dict:
    """labeling.promotion.evaluate_on_gold's counts for a head on embedded gold frames."""
    correct = simulate._correct(head, x, y)
    return {"n": len(y), "correct": int(correct.sum()),
            "per_class": {str(c): {"n": int((y == c).sum()), "correct": int(correct[y == c].sum())}
                          for c in np.unique(y)}}


def test_the_simulated_gate_decides_as_the_products_rule_does(settings):
    from labeling import promotion

    settings.TIMENET_PROMOTION_MIN_GOLD = simulate.MIN_GOLD
    settings.TIMENET_PROMOTION_MAX_CLASS_DROP = simulate.MAX_CLASS_DROP
    rng = np.random.default_rng(0)
    verdicts = []
    for _ in range(300):
        g = int(rng.integers(0, 9))  # below and above the gold minimum
        x, y = np.eye(max(g, 1))[:g], rng.integers(0, 3, g)
        heads = [(rng.normal(size=(3, max(g, 1))), np.zeros(3)) for _ in range(2)]
        base = round(float(rng.integers(0, 5)) / 4, 4)
        held_out = {"n_valid": int(rng.integers(0, 3)), "valid_accuracy_base": base,
                    "valid_accuracy": round(float(rng.integers(0, 5)) / 4, 4)}
        ours = simulate.passes_gate(heads[0], heads[1], x, y, held_out)
        theirs, _ = promotion.judge(_gold_eval(heads[0], x, y), _gold_eval(heads[1], x, y),
                                    held_out)
        assert ours == theirs, (g, held_out)
        verdicts.append(ours)
    assert 20 < sum(verdicts) < 280  # both verdicts were exercised
