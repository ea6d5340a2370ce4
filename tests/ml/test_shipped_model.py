"""The shipped model (models/base) through the contract commands, as a user calls them.

No `--model` anywhere: each command must resolve the shipped model by itself. The screens are
the committed evaluation set, tests/data/eval (README there): 3 screens per class from the
generator's held-out *test* split (seed 2) and *unseen* split (seed 3), never from a training
seed, shrunk the way the model's training copies were (480 px, JPEG quality 75).

Floors sit just under the figures of base-20261126f on this set (test 42/42 = 100%, unseen
26/41 = 63.4%): a model or preprocessing change that loses two screens or more fails here.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from ml.artifacts import WEIGHTS_FILE, ModelArtifactError, load_model
from tests.support.commands import ROOT, SHIPPED_MODEL, run_json, shipped_meta

EVAL_SET = ROOT / "tests" / "data" / "eval"
FLOORS = {"test": 40 / 42, "unseen": 24 / 41}  # today: 42/42 and 26/41


def images(split: str) -> list[Path]:
    return sorted(p for p in (EVAL_SET / split).glob("*/*.jpg"))


@pytest.fixture(scope="module")
def evaluated() -> dict[str, dict]:
    """{split: the JSON that `python -m ml.evaluate --data tests/data/eval/SPLIT --json` printed}.

    One module fixture for both splits (not a parametrized one): in random test order it is
    still computed once.
    """
    return {split: run_json("ml.evaluate", "--data", str(EVAL_SET / split), "--json")
            for split in FLOORS}


def test_the_committed_screens_come_from_held_out_splits_and_match_their_manifest():
    for split in FLOORS:
        rows = [json.loads(line)
                for line in (EVAL_SET / split / "manifest.jsonl").read_text().splitlines()]
        assert {row["split"] for row in rows} == {split}  # never a training screen
        files = {str(p.relative_to(EVAL_SET / split)) for p in images(split)}
        assert {row["file"] for row in rows} == files
        assert all(Path(row["file"]).parent.name == row["class"] for row in rows)
        assert {row["class"] for row in rows} == set(shipped_meta()["classes"])


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_evaluate_resolves_the_shipped_model_and_prints_the_contract_json(evaluated, split):
    report, meta = evaluated[split], shipped_meta()
    assert report["model"]["version"] == meta["version"]
    assert report["classes"] == meta["classes"]
    assert report["n"] == len(images(split)) and report["errors"] == []
    assert sum(map(sum, report["confusion"])) == report["n"]
    assert sum(row["n"] for row in report["per_class"].values()) == report["n"]
    assert report["ms_per_image"] > 0


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_the_shipped_model_stays_above_its_accuracy_floor(evaluated, split):
    report = evaluated[split]
    right = sum(report["confusion"][i][i] for i in range(len(report["classes"])))
    assert report["accuracy"] == pytest.approx(right / report["n"], abs=1e-4)
    assert report["accuracy"] >= FLOORS[split] - 1e-9, (split, report["per_class"])


def simulate(budget: int, batch: int) -> dict:
    return run_json("ml.simulate", "--pool", str(EVAL_SET / "unseen"), "--test",
                    str(EVAL_SET / "test"), "--strategy", "margin", "--budget", str(budget),
                    "--batch", str(batch), "--seed", "1", "--json")


@pytest.fixture(scope="module")
def simulated() -> dict:
    # 12 labels: past the 10 training labels the product needs before it retrains at all
    return simulate(budget=12, batch=6)


def test_simulate_starts_from_the_shipped_model_and_reveals_labels_batch_by_batch(simulated):
    assert simulated["model"] == shipped_meta()["version"]
    assert simulated["pool_size"] == len(images("unseen"))
    assert simulated["test_size"] == len(images("test"))
    curve = simulated["curve"]
    assert [point["labels"] for point in curve] == [0, 6, 12]
    for point in curve:
        # a whole count of test screens (accuracy is printed to 4 decimals: 5e-5 per screen)
        correct = point["accuracy"] * simulated["test_size"]
        assert correct == pytest.approx(round(correct), abs=5e-5 * simulated["test_size"])
    # Round 0 is the shipped model as it is: the test split's floor holds there too.
    assert curve[0]["accuracy"] >= FLOORS["test"] - 1e-9


def test_a_few_revealed_labels_do_not_unlearn_what_the_shipped_model_knew(simulated):
    # Labels from the unseen pool must not cost the test split what the model knew (a
    # head refit on a dozen screens once dropped it from 100% to about 40%).
    start = simulated["curve"][0]["accuracy"]
    assert all(point["accuracy"] >= start - 0.05 for point in simulated["curve"])


def test_load_model_verifies_the_shipped_weights_sha256(tmp_path: Path):
    weights = SHIPPED_MODEL / WEIGHTS_FILE
    _, meta = load_model(SHIPPED_MODEL)
    assert meta.sha256 == hashlib.sha256(weights.read_bytes()).hexdigest()
    copy = Path(shutil.copytree(SHIPPED_MODEL, tmp_path / "base",
                                ignore=shutil.ignore_patterns("*.png", "model.onnx*")))
    payload = bytearray((copy / WEIGHTS_FILE).read_bytes())
    payload[len(payload) // 2] ^= 0x01  # one flipped bit inside a tensor
    (copy / WEIGHTS_FILE).write_bytes(bytes(payload))
    with pytest.raises(ModelArtifactError, match="does not match meta.json"):
        load_model(copy)
