"""`python -m screenfarm.shrink SRC DST [--max-side 640] [--quality 92]`: a smaller copy of an
ImageFolder tree.

Training letterboxes every screen to 224 px; decoding a 2560x1440 JPEG for that, every epoch,
costs more CPU than the network on a 2-core machine. A copy at 640 px on the long side keeps
enough detail for the zoom augmentation (a 0.8 crop is still > 2x the input size) and makes
each epoch several times cheaper. Evaluation still reads the full-size screens.

A 384 px model needs no more than 480 px (384 / 0.8, the zoom augmentation's smallest crop); at
quality 75 such a copy (about 16 KB) is small enough to send a few thousand screens to a rented
GPU machine.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image

_EXTS = {".jpg", ".jpeg", ".png"}


def shrink_tree(src: Path, dst: Path, max_side: int = 640, quality: int = 92) -> int:
    """Copy every image of src/<class>/ to dst/<class>/ at most max_side px; returns the count."""
    count = 0
    for path in sorted(src.glob("*/*")):
        if path.suffix.lower() not in _EXTS:
            continue
        out = dst / path.parent.name / (path.stem + ".jpg")
        if out.exists():
            count += 1
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        with Image.open(path) as img:
            img.draft("RGB", (max_side, max_side))  # JPEG DCT scaling: decode small directly
            img = img.convert("RGB")
            img.thumbnail((max_side, max_side), Image.Resampling.BILINEAR, reducing_gap=2.0)
            img.save(out, quality=quality)
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m screenfarm.shrink", description=__doc__)
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--max-side", type=int, default=640)
    ap.add_argument("--quality", type=int, default=92, help="JPEG quality of the copies")
    args = ap.parse_args(argv)
    count = shrink_tree(args.src, args.dst, args.max_side, args.quality)
    print(f"{count} images -> {args.dst}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
