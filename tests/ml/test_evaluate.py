"""`python -m ml.evaluate` (a contract: DESIGN.md) on the small test model.

One test runs it in a subprocess exactly as a user does; the others call the same `main(argv)`
in-process, which saves a torch import per test on a 2-core machine. The shipped model's
figures on the committed evaluation set are in test_shipped_model.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ml import evaluate
from tests.support.commands import command_env, run_module


def test_evaluate_prints_the_contract_json_and_skips_corrupt_files(small_model, eval_tree):
    done = run_module("ml.evaluate", "--data", str(eval_tree), "--model", str(small_model),
                      "--json", env=command_env())
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
