"""`python -m ml.bench --json` (a contract: DESIGN.md): the product path against the seed's.

Run as a user runs it: a subprocess, no `--model` (so the shipped model at its own input
size), and again on a small model whose input size is not 224, the size the bench once
hard-coded. Figures are not asserted beyond what is certainly true on any machine; the speed
itself is printed by the command (bench/ and the model card report it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from ml.bench import run_bench
from tests.support.commands import SHIPPED_MODEL, run_json, shipped_meta
from tests.support.models import resized_model

MODELS = ("product", "resnet34", "alexnet")


def assert_contract_shape(result: dict, input_size: int) -> None:
    """The contract's keys, positive figures, and every entry measured at `input_size` px."""
    for name in MODELS:
        assert result[name]["ms"] > 0, name
        assert result[name]["input_size"] == input_size, name
    assert isinstance(result["product"]["name"], str)
    expected = round(result["resnet34"]["ms"] / result["product"]["ms"], 2)
    assert result["speedup_vs_resnet34"] == pytest.approx(expected, abs=0.011)


def test_bench_json_on_the_shipped_model_names_it_and_beats_resnet34():
    meta = shipped_meta()
    result = run_json("ml.bench", "--runs", "30", "--json")
    assert_contract_shape(result, meta["input_size"])
    product = result["product"]
    # The shipped model, not an untrained stand-in: its directory or version is named.
    assert product["version"] == meta["version"]
    assert Path(product["model"]).resolve() == SHIPPED_MODEL.resolve()
    assert meta["arch"] in product["name"]
    print(f"ml.bench on {meta['version']}: product {product['ms']} ms, resnet34 "
          f"{result['resnet34']['ms']} ms, speedup {result['speedup_vs_resnet34']}x")
    assert result["speedup_vs_resnet34"] > 1


@pytest.fixture(scope="module")
def model_at_160(small_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Smaller than 224 so the torch baselines at the same size stay cheap on 2 shared cores.
    return resized_model(small_model, tmp_path_factory.mktemp("m160") / "model", 160)


def test_bench_json_runs_a_model_at_its_own_input_size_not_224(model_at_160: Path):
    result = run_json("ml.bench", "--runs", "30", "--model", str(model_at_160), "--json")
    assert_contract_shape(result, 160)
    assert Path(result["product"]["model"]).resolve() == model_at_160.resolve()


def test_run_bench_reports_every_entry_and_leaves_torch_threads_as_they_were(small_model):
    before = torch.get_num_threads()
    # Few runs and another thread count than the session's: this checks the report and the
    # side effects, not the speed.
    result = run_bench(runs=3, threads=before + 1, model=small_model)
    assert torch.get_num_threads() == before
    assert result["product"]["backend"] == "onnx"
    assert_contract_shape(result, 224)  # the small model's size (tests/support/models.py)
