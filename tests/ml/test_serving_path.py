"""The ONNX serving path: torch-free, verified against meta.json, timed through a public API."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ml.calibrate import softmax
from ml.inference import Predictor
from ml.meta import WEIGHTS_FILE, ModelArtifactError, WeightsMismatchError, read_meta
from ml.onnx_export import ONNX_FILE, find_onnx
from tests.support.screens import synthetic_screen

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("torch", "fastai", "torchvision", "timm", "django")


def _load_in_fresh_interpreter(model_dir: Path) -> dict:
    """Load `model_dir` with the ONNX backend in a new process; report what got imported."""
    code = (
        "import json, sys\n"
        "from ml.inference import Predictor\n"
        "from tests.support.screens import synthetic_screen\n"
        f"p = Predictor.load({str(model_dir)!r}, backend='onnx', threads=1)\n"
        "codes = p.predict([synthetic_screen('code', 7)]).codes\n"
        f"print(json.dumps({{'backend': p.backend, 'codes': codes, 'loaded': "
        f"sorted(m for m in {HEAVY!r} if m in sys.modules)}}))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def model_copy(small_model: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(small_model, tmp_path / "model"))


def test_loading_and_predicting_with_onnx_imports_neither_torch_nor_fastai(small_model):
    report = _load_in_fresh_interpreter(small_model)
    assert report == {"backend": "onnx", "codes": ["code"], "loaded": []}


def test_a_missing_onnx_file_is_exported_once_then_every_load_is_torch_free(model_copy):
    (model_copy / ONNX_FILE).unlink()
    first = _load_in_fresh_interpreter(model_copy)
    assert first["backend"] == "onnx" and "torch" in first["loaded"]  # the one export
    assert find_onnx(model_copy, read_meta(model_copy)) == model_copy / ONNX_FILE
    assert _load_in_fresh_interpreter(model_copy)["loaded"] == []


@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_a_corrupted_weights_file_is_refused_with_a_mismatch_error(model_copy, backend):
    weights = model_copy / WEIGHTS_FILE
    payload = bytearray(weights.read_bytes())
    payload[len(payload) // 2] ^= 0xFF  # one corrupted byte in the middle of a tensor
    weights.write_bytes(bytes(payload))
    with pytest.raises(WeightsMismatchError, match="does not match meta.json") as info:
        Predictor.load(model_copy, backend=backend)
    assert isinstance(info.value, ModelArtifactError)  # callers catching the old type still do


def test_run_raw_times_the_backend_alone_and_predict_is_it_plus_calibration(small_model):
    predictor = Predictor.load(small_model, backend="onnx", threads=1)
    images = [synthetic_screen(kind, 40) for kind in ("code", "terminal", "youtube")]
    batch = predictor.preprocess(images)
    size = predictor.meta.input_size
    assert batch.shape == (3, 3, size, size) and batch.dtype == np.float32
    logits, embeddings = predictor.run_raw(batch)
    assert logits.shape == (3, 3) and embeddings.shape == (3, predictor.meta.embed_dim)
    expected = softmax(logits, predictor.meta.temperature)
    np.testing.assert_allclose(predictor.predict(images).probs, expected, atol=1e-6)
