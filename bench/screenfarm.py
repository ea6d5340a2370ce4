"""Print generation figures from a screenfarm manifest: seconds per screen by app and class,
the spread of resolutions, themes and window states, and the window application the X server
reported per class (a speed/variety report, no asserts).

    .venv/bin/python bench/screenfarm.py var/screens/train [var/screens/test ...]
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path


def report(folder: Path) -> None:
    rows = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines()]
    print(f"{folder}: {len(rows)} screens")
    by_app: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        by_app[row["app"]].append(row["seconds"])
    for app, secs in sorted(by_app.items()):
        print(f"  {app:<16} n={len(secs):<4} median {statistics.median(secs):5.2f} s/screen")
    for key in ("class", "resolution", "theme", "maximised", "notification"):
        counts = Counter(str(row[key]) for row in rows)
        print(f"  {key}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    layouts = Counter(row.get("layout") for row in rows if row.get("layout"))
    print("  layouts: " + ", ".join(f"{k} {v}" for k, v in sorted(layouts.items())))
    window_apps: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        window_apps[row["class"]][row.get("window_app", "?") or "(none)"] += 1
    for code, counts in sorted(window_apps.items()):
        print(f"  window_app[{code}]: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["var/screens/train"]:
        report(Path(arg))
