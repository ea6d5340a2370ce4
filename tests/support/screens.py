"""Synthetic screenshots drawn with Pillow, for tests that need classifiable screens fast.

Each kind has a recognisable layout (an editor, a terminal, a video page, ...) and every image
varies colours, window geometry and text, so a classifier has to learn the layout rather than
memorise pixels. These are test fixtures, not the product's training data (that is the screen
generator's job).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image, ImageDraw

KINDS = ("code", "terminal", "youtube", "pdf", "desktop")
DEFAULT_SIZE = (640, 400)


def _jitter(rng: random.Random, rgb: tuple[int, int, int], amount: int = 18) -> tuple[int, ...]:
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in rgb)


def _text_line(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, max_w: int,
               height: int, colors: Sequence[tuple[int, ...]]) -> None:
    """A line of 'words': short filled bars, which reads as text at thumbnail scale."""
    while max_w > 8:
        word = min(max_w, rng.randint(4, 14) * max(2, height // 3))
        draw.rectangle((x, y, x + word, y + height), fill=rng.choice(colors))
        x += word + height
        max_w -= word + height
        if rng.random() < 0.15:
            break


def _code(rng: random.Random, w: int, h: int) -> Image.Image:
    image = Image.new("RGB", (w, h), _jitter(rng, (30, 30, 36)))
    draw = ImageDraw.Draw(image)
    side = rng.randint(w // 8, w // 5)
    draw.rectangle((0, 0, side, h), fill=_jitter(rng, (37, 37, 42)))
    draw.rectangle((0, 0, w, h // 22 + 4), fill=_jitter(rng, (50, 50, 58)))
    palette = [_jitter(rng, c) for c in ((86, 156, 214), (206, 145, 120), (181, 206, 168),
                                         (197, 134, 192), (220, 220, 170), (156, 220, 254))]
    line_h, y = max(3, h // 60), h // 22 + 10
    while y < h - line_h:
        indent = rng.randint(0, 4) * line_h * 2
        draw.rectangle((side + 4, y, side + 4 + line_h * 2, y + line_h), fill=(90, 90, 90))
        _text_line(draw, rng, side + line_h * 4 + indent, y, rng.randint(w // 8, w // 2),
                   line_h, palette)
        y += line_h * 2 + rng.randint(0, 1) * line_h
    return image


def _terminal(rng: random.Random, w: int, h: int) -> Image.Image:
    image = Image.new("RGB", (w, h), _jitter(rng, (8, 8, 8), 8))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, w, h // 28 + 3), fill=_jitter(rng, (60, 60, 60)))
    fg = [_jitter(rng, (0, 220, 0)), _jitter(rng, (200, 200, 200)), _jitter(rng, (120, 120, 120))]
    line_h, y = max(3, h // 55), h // 28 + 8
    while y < h * rng.uniform(0.5, 0.95):
        draw.rectangle((6, y, 6 + line_h, y + line_h), fill=fg[0])  # the prompt
        _text_line(draw, rng, 6 + line_h * 3, y, rng.randint(w // 10, int(w * 0.8)), line_h, fg)
        y += int(line_h * 1.8)
    return image


def _youtube(rng: random.Random, w: int, h: int) -> Image.Image:
    image = Image.new("RGB", (w, h), _jitter(rng, (249, 249, 249), 6))
    draw = ImageDraw.Draw(image)
    bar = h // 14
    draw.rectangle((w // 40, bar // 4, w // 40 + bar, bar * 3 // 4), fill=_jitter(rng, (255, 0, 0)))
    draw.rectangle((w // 4, bar // 4, w * 3 // 5, bar * 3 // 4), outline=(200, 200, 200), width=2)
    px, py = w // 40, bar + h // 40
    pw = int(w * rng.uniform(0.6, 0.7))
    ph = pw * 9 // 16
    draw.rectangle((px, py, px + pw, py + ph), fill=_jitter(rng, (12, 12, 12), 10))
    draw.rectangle((px, py + ph - 6, px + int(pw * rng.random()), py + ph - 3), fill=(255, 0, 0))
    thumb_x, thumb_y = px + pw + w // 60, py
    while thumb_y < h - h // 12:
        color = tuple(rng.randint(40, 230) for _ in range(3))
        draw.rectangle((thumb_x, thumb_y, thumb_x + w // 9, thumb_y + h // 12), fill=color)
        _text_line(draw, rng, thumb_x + w // 9 + 4, thumb_y + 2, w - thumb_x - w // 9 - 8,
                   max(2, h // 90), [(30, 30, 30), (120, 120, 120)])
        thumb_y += h // 12 + h // 40
    return image


def _pdf(rng: random.Random, w: int, h: int) -> Image.Image:
    image = Image.new("RGB", (w, h), _jitter(rng, (82, 86, 89), 10))
    draw = ImageDraw.Draw(image)
    page_w = int(w * rng.uniform(0.4, 0.55))
    left = (w - page_w) // 2 + rng.randint(-w // 20, w // 20)
    draw.rectangle((left, h // 16, left + page_w, h), fill=(255, 255, 255))
    line_h, y = max(2, h // 90), h // 16 + h // 14
    while y < h - line_h:
        _text_line(draw, rng, left + page_w // 10, y, page_w * 8 // 10, line_h, [(20, 20, 20)])
        y += line_h * 2 + (line_h * 3 if rng.random() < 0.1 else 0)
    return image


def _desktop(rng: random.Random, w: int, h: int) -> Image.Image:
    top, bottom = _jitter(rng, (40, 90, 160), 60), _jitter(rng, (150, 60, 120), 60)
    image = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(image)
    for y in range(h):  # a gradient wallpaper
        t = y / max(1, h - 1)
        color = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line((0, y, w, y), fill=color)
    icon = max(6, w // 24)
    for i in range(rng.randint(3, 8)):
        y = h // 20 + i * icon * 2
        draw.rectangle((w // 40, y, w // 40 + icon, y + icon), fill=_jitter(rng, (230, 230, 230)))
    draw.rectangle((0, h - h // 18, w, h), fill=_jitter(rng, (20, 20, 25), 8))
    return image


_DRAWERS: dict[str, Callable[[random.Random, int, int], Image.Image]] = {
    "code": _code, "terminal": _terminal, "youtube": _youtube, "pdf": _pdf, "desktop": _desktop,
}


def synthetic_screen(kind: str, seed: int, size: tuple[int, int] = DEFAULT_SIZE) -> Image.Image:
    """One synthetic RGB screenshot of `kind` (see KINDS); the same seed draws the same image."""
    if kind not in _DRAWERS:
        raise ValueError(f"unknown synthetic screen kind {kind!r}; known: {', '.join(KINDS)}")
    rng = random.Random(f"{kind}:{seed}")
    return _DRAWERS[kind](rng, *size)


def make_synthetic_screens(out_dir: Path, kinds: Sequence[str] = ("code", "terminal", "youtube"),
                           per_class: int = 12, seed: int = 0,
                           size: tuple[int, int] = DEFAULT_SIZE, fmt: str = "png") -> Path:
    """Write an ImageFolder tree `out_dir/<kind>/<kind>_<n>.<fmt>`; returns `out_dir`.

    Different `seed`s give disjoint images, so a second tree works as a held-out test set.
    """
    out_dir = Path(out_dir)
    for kind in kinds:
        folder = out_dir / kind
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(per_class):
            image = synthetic_screen(kind, seed * 100_003 + n, size)
            image.save(folder / f"{kind}_{seed}_{n:03d}.{fmt}")
    return out_dir
