"""Pictures for generated pages and desktops: thumbnails, posters, avatars, wallpapers.

Real photographs come from the sample images that scikit-image and matplotlib ship inside their
wheels (no download); each picture is a random crop, zoom and colour grade of one of them, mixed
with drawn landscapes and overlaid captions, so no two thumbnails look alike.
"""

from __future__ import annotations

import colorsys
import io
import random
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

_SKIMAGE_PHOTOS = ("astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg",
                   "motorcycle_left.png", "motorcycle_right.png", "hubble_deep_field.jpg",
                   "retina.jpg", "ihc.png", "color.png")
_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")


@lru_cache(maxsize=1)
def photo_paths() -> tuple[Path, ...]:
    """The photographs found in the installed wheels (missing ones are skipped)."""
    paths: list[Path] = []
    try:
        import skimage

        base = Path(skimage.__file__).parent / "data"
        paths += [base / n for n in _SKIMAGE_PHOTOS if (base / n).exists()]
    except ImportError:
        pass
    try:
        import matplotlib

        sample = Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg"
        paths += [sample] if sample.exists() else []
    except ImportError:
        pass
    return tuple(paths)


@lru_cache(maxsize=16)
def _photo(path: Path) -> Image.Image:
    return Image.open(path).convert("RGB")


@lru_cache(maxsize=1)
def _faces():  # noqa: ANN202 - numpy array or None
    """LFW face crops shipped by scikit-image: real faces for avatars."""
    try:
        import numpy as np
        import skimage

        return np.load(Path(skimage.__file__).parent / "data" / "lfw_subset.npy")
    except (ImportError, OSError):
        return None


def font(size: int, bold: bool = False) -> ImageFont.ImageFont:
    names = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf") if bold else (
        "DejaVuSans.ttf", "LiberationSans-Regular.ttf")
    for folder in _FONT_DIRS:
        for name in names:
            if Path(folder, name).exists():
                return ImageFont.truetype(str(Path(folder, name)), size)
    return ImageFont.load_default()


def _hex(rng: random.Random, lum: float, sat: float = .7) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb(rng.random(), lum, sat)
    return int(r * 255), int(g * 255), int(b * 255)


def _landscape(rng: random.Random, w: int, h: int) -> Image.Image:
    """A drawn scene: sky gradient, sun, layered hills; photo-like at thumbnail size."""
    img = Image.new("RGB", (w, h))
    top, bottom = _hex(rng, rng.uniform(.3, .8)), _hex(rng, rng.uniform(.5, .9))
    draw = ImageDraw.Draw(img)
    for y in range(h):
        t = y / max(1, h - 1)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (w, y)], fill=colour)
    cx, cy, r = rng.uniform(0, w), rng.uniform(0, h / 2), rng.uniform(h / 12, h / 5)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=_hex(rng, .8, .9))
    for layer in range(rng.randint(2, 4)):
        base = h * (0.45 + 0.15 * layer)
        pts = [(0, h)] + [(x, base - rng.uniform(0, h / 4)) for x in range(0, w + 40, 40)]
        draw.polygon(pts + [(w, h)], fill=_hex(rng, .15 + .1 * layer, .5))
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0, 1.5)))


def photo(rng: random.Random, w: int, h: int) -> Image.Image:
    """A w x h picture: a graded crop of a real photo or a drawn landscape."""
    paths = photo_paths()
    if not paths or rng.random() < .3:
        return _landscape(rng, w, h)
    src = _photo(rng.choice(paths))
    scale = rng.uniform(.35, 1.0)
    cw, ch = int(src.width * scale), int(src.width * scale * h / w)
    ch = min(ch, src.height)
    cw = min(cw, int(ch * w / h))
    x, y = rng.randint(0, src.width - cw), rng.randint(0, src.height - ch)
    img = src.crop((x, y, x + cw, y + ch)).resize((w, h), Image.BILINEAR)
    img = ImageEnhance.Color(img).enhance(rng.uniform(.6, 1.6))
    img = ImageEnhance.Brightness(img).enhance(rng.uniform(.7, 1.2))
    tint = Image.new("RGB", (w, h), _hex(rng, .5, .8))
    return Image.blend(img, tint, rng.uniform(0, .35))


def thumbnail(rng: random.Random, w: int, h: int, caption: str | None = None) -> Image.Image:
    """A video thumbnail: picture plus, often, a big bold caption with an outline."""
    img = photo(rng, w, h)
    if caption and rng.random() < .6:
        draw = ImageDraw.Draw(img)
        size = max(10, int(h * rng.uniform(.12, .2)))
        words = caption.upper().split()[:4]
        text = " ".join(words[:2]) + ("\n" + " ".join(words[2:]) if len(words) > 2 else "")
        fill = rng.choice([(255, 255, 255), (255, 230, 0), (255, 60, 60)])
        draw.multiline_text((w * .06, h * rng.uniform(.05, .5)), text, font=font(size, True),
                            fill=fill, stroke_width=max(1, size // 12), stroke_fill=(0, 0, 0))
    return img


def avatar(rng: random.Random, size: int) -> Image.Image:
    """A round-able square avatar: a real face, a photo crop or coloured initials."""
    faces = _faces()
    roll = rng.random()
    if faces is not None and roll < .45:
        face = Image.fromarray((faces[rng.randrange(len(faces))] * 255).astype("uint8"))
        img = ImageOps.colorize(face.convert("L"), _hex(rng, .15, .4), _hex(rng, .85, .3))
        return img.resize((size, size), Image.BICUBIC)
    if roll < .75:
        return photo(rng, size, size)
    img = Image.new("RGB", (size, size), _hex(rng, .45, .6))
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ") for _ in range(rng.randint(1, 2)))
    draw = ImageDraw.Draw(img)
    draw.text((size / 2, size / 2), letters, font=font(int(size * .42)), fill="white", anchor="mm")
    return img


def wallpaper(rng: random.Random, w: int, h: int) -> Image.Image:
    """A desktop wallpaper: blurred photo, drawn landscape, gradient or flat colour."""
    kind = rng.choice(["photo", "landscape", "gradient", "flat", "photo"])
    if kind == "photo" and photo_paths():
        small = photo(rng, 480, int(480 * h / w))
        return small.filter(ImageFilter.GaussianBlur(rng.uniform(0, 3))).resize((w, h))
    if kind in ("landscape", "photo"):
        return _landscape(rng, 480, int(480 * h / w)).resize((w, h), Image.BICUBIC)
    if kind == "flat":
        return Image.new("RGB", (w, h), _hex(rng, rng.uniform(.15, .6), .4))
    a, b = _hex(rng, rng.uniform(.1, .5)), _hex(rng, rng.uniform(.3, .7))
    grad = Image.linear_gradient("L").rotate(rng.choice([0, 45, 90, 135])).resize((w, h))
    return Image.composite(Image.new("RGB", (w, h), a), Image.new("RGB", (w, h), b), grad)


def to_bytes(img: Image.Image, fmt: str = "JPEG", quality: int = 85) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, quality=quality) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()
