"""Make the new-category test data: screens of Gnumeric, a program no TimeNet class uses.

    .venv/bin/python tests/data/new_category/make_screens.py --out DIR --n 40 --seed 12

Each screen is a fresh screenfarm desktop look (resolution, theme, fonts, panel, wallpaper;
`screenfarm.style.random_style`) with Gnumeric opened on a generated spreadsheet (random
columns of names, numbers, dates), maximised or placed like screenfarm's own scenes. Screens
are saved shrunk to 480 px on the long side at JPEG quality 75 (as the base model's training
copies, `screenfarm.shrink`), so 40 of them stay well under 1 MB. Needs Xvfb, openbox and
gnumeric (`apt-get install gnumeric`); run as root like screenfarm (programs run as its user).
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from pathlib import Path

from screenfarm.content import Content
from screenfarm.desktop import Desktop
from screenfarm.style import random_style


def write_sheet(path: Path, rng: random.Random, text: Content) -> None:
    """A CSV of 20-80 rows: a name column, a word column, numbers and a date."""
    columns = rng.randint(3, 9)
    with path.open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([text.word().title() for _ in range(columns)])
        for _ in range(rng.randint(20, 80)):
            row: list[object] = [text.name(), text.word()]
            row += [round(rng.uniform(-500, 5000), rng.choice([0, 2]))
                    for _ in range(columns - 3)]
            row.append(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            out.writerow(row[:columns])


def geometry(rng: random.Random, size: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """Maximised half the time, else a placed window (screenfarm's proportions)."""
    sw, sh = size
    if rng.random() < .55:
        return None
    w, h = int(sw * rng.uniform(.5, .95)), int(sh * rng.uniform(.55, .92))
    return rng.randint(0, sw - w), rng.randint(0, max(0, sh - h - 40)), w, h


def one_screen(index: int, seed: int, out: Path, work: Path) -> Path:
    """Start a desktop, show Gnumeric on a new sheet, grab the settled screen, save it."""
    rng = random.Random(seed * 1000 + index)
    text = Content(rng, held_out=False)
    style = random_style(rng, text)
    with Desktop(style, work / f"g{index}") as desk:
        sheet = desk.workdir / f"{text.word()}_{text.word()}.csv"
        write_sheet(sheet, rng, text)
        proc = desk.launch(["gnumeric", "--no-splash", str(sheet)])
        wid = desk.find_window(cls="gnumeric", timeout=40)
        time.sleep(0.5)
        desk.place(wid, geometry(rng, style.resolution))
        image = desk.settle(min_wait=1.0)
        desk.close(proc)
        desk.stop_dbus()
    image.thumbnail((480, 480))
    target = out / "spreadsheet" / f"gnumeric-{seed}-{index:03d}.jpg"
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target, quality=75)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--work", type=Path, default=Path("/tmp/gnumeric-work"))
    args = parser.parse_args()
    for index in range(args.n):
        try:
            print(one_screen(index, args.seed, args.out, args.work), flush=True)
        except (TimeoutError, RuntimeError) as exc:  # one stuck window must not end the run
            print(f"skipped {index}: {exc}", flush=True)


if __name__ == "__main__":
    main()
