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
