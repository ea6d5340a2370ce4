"""Torch transforms for training and evaluation: the numpy letterbox + normalisation of
`ml.preprocess`, returned as tensors, plus screen-safe train-time augmentation.

The pixels are computed by `ml.preprocess` (the same code the torch-free serving path runs), so
a model sees identical inputs in training, evaluation and serving. Augmentation imitates what
really varies between two screenshots of the same activity (brightness, zoom, window position,
compression) and never flips or rotates: a mirrored IDE is not a screen anyone sees.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable

import torch
from PIL import Image, ImageEnhance

# Re-exported: callers that build torch transforms also need the shared constants and steps.
from ml.preprocess import (
    IMAGENET_MEAN,
    IMAGENET_STD,
    letterbox,
    normalize_array,
    preprocess,
    to_rgb,
)

__all__ = ["IMAGENET_MEAN", "IMAGENET_STD", "ScreenAugment", "eval_transform", "letterbox",
           "normalize_array", "preprocess", "train_transform"]


def eval_transform(
    size: int, mean: tuple[float, ...] = IMAGENET_MEAN, std: tuple[float, ...] = IMAGENET_STD,
) -> Callable[[Image.Image], torch.Tensor]:
    """Letterbox + tensor + normalise: the one preprocessing used at inference and evaluation."""

    def transform(image: Image.Image) -> torch.Tensor:
        return torch.from_numpy(preprocess(image, size, mean, std))

    return transform


class ScreenAugment:
    """Screen-safe random augmentation ending in the eval layout's tensor.

    Zoom/crop (a window region blown up), content scale and shift inside the square, brightness
    and contrast (themes, night mode), JPEG re-compression (screenshots are stored as JPEG).
    """

    def __init__(
        self, size: int, *, seed: int | None = None, mean: tuple[float, ...] = IMAGENET_MEAN,
        std: tuple[float, ...] = IMAGENET_STD, zoom: float = 0.8, min_scale: float = 0.85,
        light: float = 0.25, jpeg_p: float = 0.5,
    ) -> None:
        self.size, self.mean, self.std = size, mean, std
        self.zoom, self.min_scale, self.light, self.jpeg_p = zoom, min_scale, light, jpeg_p
        self.rng = random.Random(seed)
        self._worker_seed: int | None = None

    def _reseed_in_worker(self) -> None:
        """Give each data-loading worker its own random stream.

        A worker process starts from a copy of this object, so without this every worker (and,
        since workers are started anew each epoch, every epoch) would replay the same sequence
        of crops and lighting. PyTorch gives each worker a distinct seed drawn from the seeded
        main process, so the streams stay reproducible."""
        info = torch.utils.data.get_worker_info()
        if info is not None and info.seed != self._worker_seed:
            self._worker_seed = info.seed
            self.rng = random.Random(info.seed)

    def _zoom_crop(self, image: Image.Image) -> Image.Image:
        # Keep the aspect ratio: crop a random window of 80-100% of each side.
        side = self.rng.uniform(self.zoom, 1.0)
        width, height = image.size
        crop_w, crop_h = max(1, round(width * side)), max(1, round(height * side))
        left = self.rng.randint(0, width - crop_w)
        top = self.rng.randint(0, height - crop_h)
        return image.crop((left, top, left + crop_w, top + crop_h))

    def _light(self, image: Image.Image) -> Image.Image:
        low, high = 1.0 - self.light, 1.0 + self.light
        image = ImageEnhance.Brightness(image).enhance(self.rng.uniform(low, high))
        return ImageEnhance.Contrast(image).enhance(self.rng.uniform(low, high))

    def _jpeg(self, image: Image.Image) -> Image.Image:
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=self.rng.randint(40, 95))
        buffer.seek(0)
        return Image.open(buffer).convert("RGB")

    def __call__(self, image: Image.Image) -> torch.Tensor:
        self._reseed_in_worker()
        image = self._zoom_crop(to_rgb(image))
        scale = self.rng.uniform(self.min_scale, 1.0)
        offset = (self.rng.random(), self.rng.random())
        image = self._light(letterbox(image, self.size, scale=scale, offset=offset))
        if self.rng.random() < self.jpeg_p:
            image = self._jpeg(image)
        return torch.from_numpy(normalize_array(image, self.mean, self.std))


def train_transform(
    size: int, *, seed: int | None = None, mean: tuple[float, ...] = IMAGENET_MEAN,
    std: tuple[float, ...] = IMAGENET_STD,
) -> Callable[[Image.Image], torch.Tensor]:
    """Random screen-safe augmentation + the eval layout; never flips or rotations."""
    return ScreenAugment(size, seed=seed, mean=mean, std=std)
