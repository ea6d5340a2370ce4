"""One preprocessing for training, evaluation and serving: the numpy letterbox of ml.preprocess."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from ml.preprocess import letterbox, normalize_array, preprocess, preprocess_batch
from ml.transforms import ScreenAugment, eval_transform
from tests.support.screens import synthetic_screen


@pytest.mark.parametrize("size", [224, 384])
@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L"])
def test_the_torch_eval_transform_gives_the_numpy_preprocessing_within_1e6(size, mode):
    image = synthetic_screen("code", 3, (1920, 1080)).convert(mode)
    tensor = eval_transform(size)(image)
    assert tensor.dtype == torch.float32 and tensor.shape == (3, size, size)
    np.testing.assert_allclose(tensor.numpy(), preprocess(image, size), atol=1e-6, rtol=0)


def test_augmentation_at_its_neutral_setting_is_the_eval_preprocessing():
    """With no zoom, full scale, centred, no lighting or JPEG change, training sees eval pixels."""
    image = synthetic_screen("terminal", 5, (1440, 900))
    augment = ScreenAugment(256, seed=0, zoom=1.0, min_scale=1.0, light=0.0, jpeg_p=0.0)
    augment.rng.random = lambda: 0.5  # centre the content, as letterbox's default offset does
    np.testing.assert_allclose(augment(image).numpy(), preprocess(image, 256), atol=1e-6)


def test_a_batch_stacks_the_single_image_preprocessing():
    images = [synthetic_screen(kind, 9, (800, 450)) for kind in ("code", "youtube")]
    batch = preprocess_batch(images, 96)
    assert batch.shape == (2, 3, 96, 96)
    np.testing.assert_array_equal(batch[1], preprocess(images[1], 96))
    assert preprocess_batch([], 96).shape == (0, 3, 96, 96)


def test_normalisation_maps_black_bars_to_minus_mean_over_std():
    square = letterbox(Image.new("RGB", (400, 100), (255, 255, 255)), 40)
    array = normalize_array(square)
    np.testing.assert_allclose(array[:, 0, 0], [-0.485 / 0.229, -0.456 / 0.224, -0.406 / 0.225],
                               atol=1e-5)
    np.testing.assert_allclose(array[:, 20, 20], [(1 - 0.485) / 0.229, (1 - 0.456) / 0.224,
                                                  (1 - 0.406) / 0.225], atol=1e-5)
