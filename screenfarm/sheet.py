"""Contact sheets of a generated folder: one PNG per class, its screens as thumbnails in a grid,
each captioned with its file name (and, when the manifest has them, the app or page layout and
the window's application as the X server reported it).

    python -m screenfarm.sheet DIR --out docs/screenfarm [--columns 4] [--width 320] [--max 12]

Writes OUT/<class>.png for every class folder of DIR; prints one line per sheet.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

_PAD, _CAPTION = 8, 30  # px around each thumbnail; px for its two caption lines


def _font(size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:  # no DejaVu installed: Pillow's built-in bitmap font
        return ImageFont.load_default()


def _captions(folder: Path) -> dict[str, str]:
    """file (relative to DIR) -> "layout or app · window app", from DIR/manifest.jsonl."""
    path = folder / "manifest.jsonl"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text().splitlines():
        row = json.loads(line)
        what = row.get("layout") or row.get("app", "")
        window = row.get("window_app", "")
        out[row["file"]] = f"{what} · {window}" if window else what
    return out


def sheet(files: list[Path], root: Path, captions: dict[str, str], columns: int = 4,
          width: int = 320) -> Image.Image:
    """A grid of `files` (screens) scaled to `width` px wide, captioned; RGB, white background.
    Raises ValueError for an empty list."""
    if not files:
        raise ValueError("no screens to put on a sheet")
    height = int(width * 10 / 16)  # screens are 16:9 to 16:10; letterboxed into this cell
    cell_w, cell_h = width + 2 * _PAD, height + _CAPTION + 2 * _PAD
    rows = -(-len(files) // columns)
    page = Image.new("RGB", (cell_w * min(columns, len(files)), cell_h * rows), "white")
    draw, font = ImageDraw.Draw(page), _font(11)
    for i, path in enumerate(files):
        x, y = (i % columns) * cell_w + _PAD, (i // columns) * cell_h + _PAD
        with Image.open(path) as img:
            img.thumbnail((width, height))
            page.paste(img.convert("RGB"), (x + (width - img.width) // 2, y))
        rel = path.relative_to(root).as_posix()
        draw.text((x, y + height + 3), path.name[:52], fill="#222", font=font)
        draw.text((x, y + height + 16), captions.get(rel, "")[:52], fill="#666", font=font)
    return page


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m screenfarm.sheet", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a generated folder (DIR/<class>/*.jpg)")
    ap.add_argument("--out", type=Path, required=True, help="folder for <class>.png")
    ap.add_argument("--columns", type=int, default=4)
    ap.add_argument("--width", type=int, default=320, help="thumbnail width, px")
    ap.add_argument("--max", type=int, default=12, help="screens per class at most")
    args = ap.parse_args(argv)
    captions = _captions(args.folder)
    args.out.mkdir(parents=True, exist_ok=True)
    classes = sorted(p for p in args.folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    for folder in classes:
        files = sorted(p for p in folder.iterdir() if p.suffix in (".jpg", ".png"))[:args.max]
        if files:
            target = args.out / f"{folder.name}.png"
            sheet(files, args.folder, captions, args.columns, args.width).save(target)
            print(f"{target}: {len(files)} screens", flush=True)
    return 0 if classes else 1


if __name__ == "__main__":
    raise SystemExit(main())
