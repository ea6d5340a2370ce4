"""The command-line contracts: ml.evaluate, ml.predict and ml.bench.

One test runs `python -m ml.evaluate` in a subprocess exactly as a user does; the others call
the same `main(argv)` in-process, which saves a torch import per test on a 2-core machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ml import evaluate, predict
from ml.bench import run_bench

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "TIMENET_ML_THREADS": "2", **(env or {})}
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True,
                          text=True, env=environment, timeout=300)


@pytest.fixture(scope="module")
def eval_tree(heldout_tree: Path, tmp_path_factory) -> Path:
    """The held-out tree plus a PNG at another resolution and one corrupt file."""
    tree = Path(shutil.copytree(heldout_tree, tmp_path_factory.mktemp("eval") / "tree"))
    (tree / "terminal" / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated jpeg")
    return tree


def test_evaluate_prints_the_contract_json_and_skips_corrupt_files(small_model, eval_tree):
    done = _run("ml.evaluate", "--data", str(eval_tree), "--model", str(small_model), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["classes"] == ["code", "terminal", "youtube"]
    assert result["n"] == 24 and result["accuracy"] >= 0.95
    assert sum(map(sum, result["confusion"])) == 24 and len(result["confusion"]) == 3
    assert set(result["per_class"]["code"]) == {"precision", "recall", "n"}
    assert result["per_class"]["terminal"]["n"] == 8 and result["ms_per_image"] > 0
    assert [Path(e["file"]).name for e in result["errors"]] == ["corrupt.jpg"]
    assert "corrupt.jpg" in done.stderr


def test_evaluate_uses_timenet_model_dir_by_default(small_model, heldout_tree, monkeypatch,
                                                    capsys):
    monkeypatch.setenv("TIMENET_MODEL_DIR", str(small_model))
    assert evaluate.main(["--data", str(heldout_tree), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["model"]["version"] == "small-0"


def test_evaluate_exits_2_on_a_folder_that_is_not_a_known_class(small_model, heldout_tree,
                                                                tmp_path, capsys):
    tree = Path(shutil.copytree(heldout_tree, tmp_path / "tree"))
    shutil.copytree(tree / "code", tree / "slack")
    assert evaluate.main(["--data", str(tree), "--model", str(small_model)]) == 2
    err = capsys.readouterr().err
    assert "slack" in err and "not known classes" in err


def test_evaluate_without_any_model_says_how_to_get_one(heldout_tree, tmp_path, monkeypatch,
                                                        capsys):
    monkeypatch.setenv("TIMENET_MODEL_DIR", str(tmp_path / "nowhere"))
    assert evaluate.main(["--data", str(heldout_tree), "--json"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_predict_prints_one_json_line_per_file_and_reports_bad_ones(small_model, eval_tree,
                                                                    capsys):
    files = [*sorted((eval_tree / "youtube").glob("*.jpg"))[:2], eval_tree / "terminal" /
             "corrupt.jpg", *sorted((eval_tree / "code").glob("*.jpg"))[:1]]
    status = predict.main([*map(str, files), "--model", str(small_model)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 1  # one file failed; the others were still classified
    assert [line["file"] for line in lines] == [str(f) for f in files]
    assert [line.get("class") for line in lines] == ["youtube", "youtube", None, "code"]
    assert "error" in lines[2]
    assert len(lines[0]["top3"]) == 3 and lines[0]["top3"][0][0] == "youtube"
    assert 0 < lines[0]["confidence"] <= 1


def test_bench_reports_latency_of_product_and_seed_models_in_the_contract_shape(small_model):
    # Few runs: this checks the report, not the speed (figures come from `python -m ml.bench`).
    result = run_bench(runs=3, threads=2, model=small_model)
    assert result["product"]["backend"] == "onnx" and result["runs"] == 3
    for name in ("product", "resnet34", "alexnet"):
        assert result[name]["ms"] > 0
    expected = round(result["resnet34"]["ms"] / result["product"]["ms"], 2)
    assert result["speedup_vs_resnet34"] == expected
    json.dumps(result)  # the --json output must serialise
