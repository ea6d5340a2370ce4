"""Letterboxing keeps the screen's aspect; augmentation never mirrors or rotates it."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from ml.transforms import (
    IMAGENET_MEAN,
    IMAGENET_STD,
    eval_transform,
    letterbox,
    preprocess,
    train_transform,
)


def test_a_wide_screen_is_letterboxed_with_black_bars_top_and_bottom():
    screen = Image.new("RGB", (1440, 900), (255, 255, 255))
    square = np.asarray(letterbox(screen, 224))
    assert square.shape == (224, 224, 3)
    content_rows = np.flatnonzero(square.max(axis=(1, 2)) > 0)
    assert len(content_rows) == 140  # 900 * 224 / 1440: the aspect ratio is kept
    assert content_rows[0] == 42 and square[:42].max() == 0 and square[-42:].max() == 0


@pytest.mark.parametrize("mode", ["L", "RGBA", "P", "I;16", "CMYK"])
def test_any_image_mode_becomes_a_three_channel_square(mode):
    image = Image.new("RGB", (300, 500), (10, 200, 30)).convert(mode)
    assert letterbox(image, 64).mode == "RGB"
    assert eval_transform(64)(image).shape == (3, 64, 64)


def test_eval_transform_is_letterbox_plus_imagenet_normalisation():
    image = Image.new("RGB", (100, 50), (255, 0, 0))
    tensor = eval_transform(32)(image)
    assert torch.equal(tensor, torch.from_numpy(preprocess(image, 32)))
    red_pixel = tensor[:, 16, 16].numpy()
    expected = [(1.0 - IMAGENET_MEAN[0]) / IMAGENET_STD[0], -IMAGENET_MEAN[1] / IMAGENET_STD[1],
                -IMAGENET_MEAN[2] / IMAGENET_STD[2]]
    np.testing.assert_allclose(red_pixel, expected, atol=1e-5)


def test_augmentation_varies_the_image_but_never_mirrors_it():
    """Left half red, right half blue: after any augmentation red must stay on the left."""
    array = np.zeros((200, 320, 3), dtype=np.uint8)
    array[:, :160, 0] = 255
    array[:, 160:, 2] = 255
    image = Image.fromarray(array)
    augment = train_transform(96, seed=3)
    outputs = [augment(image) for _ in range(20)]
    for tensor in outputs:
        assert tensor.shape == (3, 96, 96)
        left, right = tensor[:, 30:66, :40], tensor[:, 30:66, 56:]
        assert left[0].mean() > left[2].mean() and right[2].mean() > right[0].mean()
    assert len({round(float(t.sum()), 2) for t in outputs}) > 1


def test_augmentation_is_reproducible_from_its_seed():
    image = Image.new("RGB", (320, 200), (120, 60, 30))
    first, second = train_transform(64, seed=7), train_transform(64, seed=7)
    for _ in range(3):
        assert torch.equal(first(image), second(image))


class _SameImage(torch.utils.data.Dataset):
    """One striped image, many times over: any difference between items is augmentation."""

    def __init__(self, transform, n: int) -> None:
        stripes = np.zeros((200, 320, 3), dtype=np.uint8)
        stripes[:, ::16] = 255
        self.image, self.transform, self.n = Image.fromarray(stripes), transform, n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> torch.Tensor:
        return self.transform(self.image)


def test_each_data_loading_worker_augments_differently():
    """Workers start from copies of one augmenter; each must draw its own crops and lighting."""
    torch.manual_seed(0)
    loader = torch.utils.data.DataLoader(_SameImage(train_transform(64, seed=7), 4),
                                         batch_size=1, num_workers=2)
    items = [batch[0] for batch in loader]  # items 0, 2 from worker 0; 1, 3 from worker 1
    assert not torch.equal(items[0], items[1])
    assert not torch.equal(items[2], items[3])
