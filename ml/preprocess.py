"""Torch-free image preprocessing: decode, letterbox to a square, ImageNet normalisation.

The serving path (ONNX Runtime) needs nothing but numpy and Pillow, so a Celery worker can load
a model without importing torch (seconds of start-up and ~300 MB of memory). Training reuses the
very same functions through `ml.transforms`, so train-time and serve-time pixels are identical.

Screens are wide (16:9, 16:10) and full of text, so squashing them to a square would distort
every glyph; the seed letterboxed them (aspect kept, black bars) and so do we.
"""

from __future__ import annotations

import io
import os

import numpy as np
from PIL import Image

# ImageNet channel statistics (torchvision's reference values), RGB order, on the 0..1 scale.
IMAGENET_MEAN: tuple[float, float, float] = (0.485, 0.456, 0.406)
IMAGENET_STD: tuple[float, float, float] = (0.229, 0.224, 0.225)

# Decompression-bomb guard: an 8K screen is 33 MP; anything past 100 MP is not a screenshot.
MAX_PIXELS = 100_000_000

# BILINEAR with reducing_gap: Pillow first shrinks by an integer factor in the box filter (cheap)
# and only then resamples, which is several times faster on 1920x1080 screens at the same quality.
_RESAMPLE = Image.Resampling.BILINEAR
_REDUCING_GAP = 2.0


class ImageError(ValueError):
    """An image that cannot be decoded (corrupt, truncated, not an image, absurdly large)."""


def open_image(source: str | os.PathLike | bytes | io.IOBase, *,
               draft_size: int | None = None) -> Image.Image:
    """Decode an image fully (so truncation is caught here), or raise ImageError.

    `draft_size` (px) lets JPEG decode at a reduced scale (DCT scaling) when only a square of
    that side is needed, which is much cheaper for large screenshots.
    """
    name = "<bytes>" if isinstance(source, bytes | bytearray) else str(source)
    handle = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    try:
        image = Image.open(handle)
        if image.width * image.height > MAX_PIXELS:
            raise ImageError(f"{name}: {image.width}x{image.height} is too large to be a screen")
        if draft_size and image.format == "JPEG":
            image.draft("RGB", (draft_size, draft_size))
        image.load()
    except ImageError:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, EOFError) as exc:
        raise ImageError(f"{name}: cannot read image ({exc})") from exc
    return image


def to_rgb(image: Image.Image) -> Image.Image:
    """`image` as RGB; transparent pixels become black (like the bars), not random colours."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (0, 0, 0))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def letterbox(
    image: Image.Image, size: int, fill: tuple[int, int, int] = (0, 0, 0), *, scale: float = 1.0,
    offset: tuple[float, float] = (0.5, 0.5),
) -> Image.Image:
    """Resize `image` to fit a `size` x `size` px RGB square, aspect kept, padded with `fill`.

    `scale` (<= 1) shrinks the content inside the square and `offset` (0..1 per axis) places it
    within the free space; both exist for augmentation and default to the centred eval layout.
    """
    image = to_rgb(image)
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
    """An RGB PIL image (H, W) as a normalised (3, H, W) float32 C-contiguous array.

    This is what both ONNX Runtime and torch consume: (x / 255 - mean) / std per channel.
    """
    array = np.asarray(image, dtype=np.float32)
    # One fused affine per channel: (x/255 - mean)/std == x*a + b.
    a = np.asarray([1.0 / (255.0 * s) for s in std], dtype=np.float32)
    b = np.asarray([-m / s for m, s in zip(mean, std, strict=True)], dtype=np.float32)
    return np.ascontiguousarray((array * a + b).transpose(2, 0, 1))


def preprocess(
    image: Image.Image, size: int, mean: tuple[float, ...] = IMAGENET_MEAN,
    std: tuple[float, ...] = IMAGENET_STD,
) -> np.ndarray:
    """The exact eval preprocessing: letterbox to `size` px, normalise; (3, size, size) float32."""
    return normalize_array(letterbox(image, size), mean, std)


def preprocess_batch(
    images: list[Image.Image], size: int, mean: tuple[float, ...] = IMAGENET_MEAN,
    std: tuple[float, ...] = IMAGENET_STD,
) -> np.ndarray:
    """`preprocess` over a list: (N, 3, size, size) float32, ready for a backend."""
    if not images:
        return np.zeros((0, 3, size, size), np.float32)
    return np.stack([preprocess(image, size, mean, std) for image in images])
