"""Predictor: ONNX Runtime and torch agree, any image works, bad images fail clearly."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from ml.inference import ImageError, Predictor, open_image
from tests.support.screens import synthetic_screen


def _mixed_images() -> list[Image.Image]:
    """Screens of every kind at several resolutions and modes, as capture agents send them."""
    images = [synthetic_screen(kind, 900 + i, size) for i, (kind, size) in enumerate([
        ("code", (1920, 1080)), ("terminal", (1440, 900)), ("youtube", (1280, 720)),
        ("code", (800, 1280)), ("terminal", (333, 211)), ("youtube", (2560, 1440))])]
    images.append(images[0].convert("L"))
    images.append(images[2].convert("RGBA"))
    return images


def test_onnx_runtime_and_torch_give_the_same_probabilities(small_model):
    images = _mixed_images()
    onnx = Predictor.load(small_model, backend="onnx", threads=2).predict(images)
    torch_ = Predictor.load(small_model, backend="torch", threads=2).predict(images)
    np.testing.assert_allclose(onnx.probs, torch_.probs, atol=1e-4, rtol=0)
    np.testing.assert_allclose(onnx.embeddings, torch_.embeddings, atol=1e-3, rtol=1e-3)


def test_prediction_holds_calibrated_probabilities_top_classes_and_embeddings(small_model):
    predictor = Predictor.load(small_model)
    images = _mixed_images()[:6]
    result = predictor.predict(images, batch_size=4)
    assert result.probs.shape == (6, 3) and result.probs.dtype == np.float32
    np.testing.assert_allclose(result.probs.sum(axis=1), 1.0, atol=1e-5)
    assert result.embeddings.shape == (6, predictor.meta.embed_dim)
    assert result.codes == ["code", "terminal", "youtube", "code", "terminal", "youtube"]
    top = result.top_k(0, k=3)
    assert [code for code, _ in top][0] == "code"
    assert [p for _, p in top] == sorted((p for _, p in top), reverse=True)
    np.testing.assert_allclose(result.confidences, result.probs.max(axis=1))
    assert predictor.version == "small-0" and predictor.classes == ["code", "terminal", "youtube"]


def test_batch_size_does_not_change_results(small_model):
    predictor = Predictor.load(small_model)
    images = _mixed_images()
    one_by_one = predictor.predict(images, batch_size=1).probs
    np.testing.assert_allclose(predictor.predict(images, batch_size=16).probs, one_by_one,
                               atol=1e-5)


def test_an_empty_batch_gives_an_empty_prediction(small_model):
    result = Predictor.load(small_model).predict([])
    assert result.probs.shape == (0, 3) and result.codes == []


def _png_bytes() -> bytes:
    buffer = io.BytesIO()
    synthetic_screen("code", 1).save(buffer, format="PNG")
    return buffer.getvalue()


def test_open_image_reads_paths_and_bytes(tmp_path):
    path = tmp_path / "screen.png"
    path.write_bytes(_png_bytes())
    assert open_image(path).size == open_image(_png_bytes()).size == (640, 400)


@pytest.mark.parametrize("payload", [b"", b"definitely not an image", _png_bytes()[:2000]],
                         ids=["empty", "garbage", "truncated"])
def test_corrupt_or_truncated_images_raise_image_error(payload):
    with pytest.raises(ImageError, match="cannot read image"):
        open_image(payload)


def test_an_absurdly_large_image_is_refused_before_decoding():
    buffer = io.BytesIO()
    Image.new("1", (11000, 10000)).save(buffer, format="PNG")  # 110 MP, a tiny file
    with pytest.warns(Image.DecompressionBombWarning), pytest.raises(ImageError, match="too large"):
        open_image(buffer.getvalue())
    buffer = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, format="PNG")  # past Pillow's own bomb limit
    with pytest.raises(ImageError, match="cannot read image"):
        open_image(buffer.getvalue())
