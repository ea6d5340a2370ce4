"""Image preprocessing for screens: letterbox to a square, ImageNet normalisation, augmentation.

Screens are wide (16:9, 16:10) and full of text, so squashing them to a square would distort
every glyph; the seed letterboxed them (aspect kept, black bars) and so do we. Augmentation
imitates what really varies between two screenshots of the same activity (brightness, zoom,
window position, compression) and never flips or rotates: a mirrored IDE is not a screen anyone
sees.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable

import numpy as np
import torch
from PIL import Image, ImageEnhance

IMAGENET_MEAN: tuple[float, float, float] = (0.485, 0.456, 0.406)
IMAGENET_STD: tuple[float, float, float] = (0.229, 0.224, 0.225)

# BILINEAR with reducing_gap: Pillow first shrinks by an integer factor in the box filter (cheap)
# and only then resamples, which is several times faster on 1920x1080 screens at the same quality.
_RESAMPLE = Image.Resampling.BILINEAR
_REDUCING_GAP = 2.0


def _rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "P", "PA"):
        # Transparent pixels become black, like the letterbox bars, instead of random colours.
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (0, 0, 0))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def letterbox(
    image: Image.Image, size: int, fill: tuple[int, int, int] = (0, 0, 0), *, scale: float = 1.0,
    offset: tuple[float, float] = (0.5, 0.5),
) -> Image.Image:
    """Resize `image` to fit a `size` x `size` RGB square, aspect kept, padded with `fill`.

    `scale` (<= 1) shrinks the content inside the square and `offset` (0..1 per axis) places it
    within the free space; both exist for augmentation and default to the centred eval layout.
    """
    image = _rgb(image)
    width, height = image.size
    factor = scale * size / max(width, height)
    new_w = max(1, min(size, round(width * factor)))
    new_h = max(1, min(size, round(height * factor)))
    if (new_w, new_h) != (width, height):
        image = image.resize((new_w, new_h), _RESAMPLE, reducing_gap=_REDUCING_GAP)
    if (new_w, new_h) == (size, size):
        return image
    canvas = Image.new("RGB", (size, size), fill)
    left = round((size - new_w) * offset[0])
    top = round((size - new_h) * offset[1])
    canvas.paste(image, (left, top))
    return canvas


def normalize_array(
    image: Image.Image, mean: tuple[float, ...] = IMAGENET_MEAN,
    std: tuple[float, ...] = IMAGENET_STD,
) -> np.ndarray:
    """An RGB PIL image as a normalised float32 CHW array (what both ONNX and torch consume)."""
    array = np.asarray(image, dtype=np.float32)
    # One fused affine per channel: (x/255 - mean)/std == x*a + b.
    a = np.asarray([1.0 / (255.0 * s) for s in std], dtype=np.float32)
    b = np.asarray([-m / s for m, s in zip(mean, std, strict=True)], dtype=np.float32)
    return np.ascontiguousarray((array * a + b).transpose(2, 0, 1))


def preprocess(
    image: Image.Image, size: int, mean: tuple[float, ...] = IMAGENET_MEAN,
    std: tuple[float, ...] = IMAGENET_STD,
) -> np.ndarray:
    """The exact eval preprocessing as a numpy CHW array: letterbox, then normalise."""
    return normalize_array(letterbox(image, size), mean, std)


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
        image = self._zoom_crop(_rgb(image))
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
