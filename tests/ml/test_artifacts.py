"""Model directories: atomic save, sha256-verified load, clear errors, ONNX tied to the weights."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from ml.artifacts import (
    META_FILE,
    REPO_MODEL_DIR,
    WEIGHTS_FILE,
    ModelArtifactError,
    load_model,
    read_meta,
    resolve_model_dir,
    save_model,
)
from ml.inference import Predictor
from ml.onnx_export import ONNX_FILE, matching_onnx
from tests.support.screens import synthetic_screen


@pytest.fixture
def model_copy(small_model: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(small_model, tmp_path / "model"))


def _screens() -> list:
    return [synthetic_screen(kind, 500 + i) for kind in ("code", "terminal", "youtube")
            for i in range(2)]


def test_save_then_load_then_predict_reproduces_the_probabilities(small_model, tmp_path):
    original = Predictor.load(small_model, backend="torch").predict(_screens())
    model, meta = load_model(small_model)
    resaved = save_model(model, meta, tmp_path / "again")
    again = Predictor.load(resaved, backend="torch").predict(_screens())
    np.testing.assert_array_equal(original.probs, again.probs)
    assert read_meta(resaved).sha256 == meta.sha256  # same weights, same checksum
    assert not list(tmp_path.glob(".*tmp"))  # no staging leftovers


def test_meta_json_describes_model_preprocessing_and_training(small_model):
    meta = json.loads((small_model / META_FILE).read_text())
    for field in ("version", "arch", "classes", "input_size", "mean", "std", "temperature",
                  "threshold", "metrics", "data", "created", "sha256"):
        assert field in meta
    assert meta["classes"] == ["code", "terminal", "youtube"]
    assert meta["data"]["per_class"] == {"code": 10, "terminal": 10, "youtube": 10}


def test_a_tampered_weights_file_is_refused(model_copy):
    weights = model_copy / WEIGHTS_FILE
    payload = bytearray(weights.read_bytes())
    payload[-100] ^= 0x01  # one flipped bit inside a tensor
    weights.write_bytes(bytes(payload))
    with pytest.raises(ModelArtifactError, match="does not match meta.json"):
        load_model(model_copy)
    with pytest.raises(ModelArtifactError):
        Predictor.load(model_copy)


@pytest.mark.parametrize(("breakage", "says"), [
    ("no dir", "does not exist"),
    ("no meta", f"no {META_FILE}"),
    ("bad json", "is unreadable"),
    ("no weights", f"has no {WEIGHTS_FILE}"),
    ("no field", "lacks required field(s): sha256"),
])
def test_broken_model_directories_raise_a_clear_error(model_copy, breakage, says):
    target = model_copy
    if breakage == "no dir":
        target = model_copy / "missing"
    elif breakage == "no meta":
        (model_copy / META_FILE).unlink()
    elif breakage == "bad json":
        (model_copy / META_FILE).write_text("{not json")
    elif breakage == "no weights":
        (model_copy / WEIGHTS_FILE).unlink()
    else:
        meta = json.loads((model_copy / META_FILE).read_text())
        del meta["sha256"]
        (model_copy / META_FILE).write_text(json.dumps(meta))
    with pytest.raises(ModelArtifactError, match=str(model_copy.name)) as info:
        load_model(target)
    assert says in str(info.value)  # the message names what is wrong, not only where


def test_a_model_shipped_without_onnx_gets_it_exported_on_load(model_copy):
    (model_copy / ONNX_FILE).unlink()
    predictor = Predictor.load(model_copy)
    assert predictor.backend == "onnx"
    assert matching_onnx(model_copy / ONNX_FILE, predictor.meta.sha256)


def test_an_onnx_file_that_does_not_match_the_weights_is_never_used(model_copy, tmp_path):
    reference = Predictor.load(model_copy, backend="torch").predict(_screens()).probs
    # Replace the ONNX file by another model's graph (same shapes, different weights).
    other = tmp_path / "other"
    model, meta = load_model(model_copy)
    with __import__("torch").no_grad():
        model.linear.weight.mul_(-1.0)
    save_model(model, meta, other)
    shutil.copy(other / ONNX_FILE, model_copy / ONNX_FILE)
    assert not matching_onnx(model_copy / ONNX_FILE, read_meta(model_copy).sha256)
    predictor = Predictor.load(model_copy, backend="onnx")
    np.testing.assert_allclose(predictor.predict(_screens()).probs, reference, atol=1e-4)
    assert matching_onnx(model_copy / ONNX_FILE, predictor.meta.sha256)


def test_the_default_model_comes_from_the_environment_then_the_repository(monkeypatch, tmp_path):
    monkeypatch.delenv("TIMENET_MODEL_DIR", raising=False)
    assert resolve_model_dir() == REPO_MODEL_DIR
    assert (resolve_model_dir() / META_FILE).is_file()  # the shipped model is that default
    monkeypatch.setenv("TIMENET_MODEL_DIR", str(tmp_path))
    assert resolve_model_dir() == tmp_path
    assert resolve_model_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_the_shipped_model_card_describes_the_shipped_weights():
    """A retrained base model must come with its card: version, input size, calibration."""
    meta = read_meta(REPO_MODEL_DIR)
    card = (REPO_MODEL_DIR / "MODEL_CARD.md").read_text()
    assert f"Version `{meta.version}`" in card
    assert f"input {meta.input_size}" in card
    assert f"T = {meta.temperature:.3f}" in card
    assert f"{meta.threshold:.2f}, chosen by" in card
    assert "Confusion matrix, test split" in card and "Confusion matrix, unseen split" in card
