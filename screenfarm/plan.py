"""What to generate: scenes (class, app, seed) grouped into desktop sessions, from one seed.

The apps and page layouts of each class are split in two: the train and test splits use the
first group, the `unseen` split only the second, so it measures generalisation to apps and
layouts the model never saw. Train and test differ in seeds and content (see content.py).
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

from .classes import DEFAULT_CODES
from .sites import WEB_CLASSES

SPLITS = ("train", "test", "unseen")

# class -> (apps for train/test, apps for the unseen split). "web" = the class's page layouts
# in Chromium (sites.LAYOUTS, or sites.APP_PAGES for code, jupyter and notes); the other names
# are desktop programs (apps.NATIVE) or special scenes (runner).
APPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "code": (("geany", "gvim", "emacs", "pluma", "gedit", "web"), ("mousepad",)),
    "desktop": (("desktop-empty", "pcmanfm", "desktop-empty", "thunar", "caja"),
                ("desktop-menu",)),
    "jupyter": (("jupyterlab", "jupyterlab", "web"), ("notebook7",)),
    "notes": (("xpad", "cherrytree", "gnote", "web"), ("zim",)),
    "pdf": (("mupdf", "zathura", "chromium-pdf", "evince", "atril", "xpdf"), ("qpdfview",)),
    "terminal": (("xterm", "xfce4-terminal", "urxvt", "sakura", "mate-terminal", "terminator"),
                 ("lxterminal",)),
    **{code: (("web",), ("web",)) for code in WEB_CLASSES},
}


@dataclass(frozen=True)
class Scene:
    split: str
    code: str
    app: str
    index: int
    seed: int

    @property
    def name(self) -> str:
        return f"{self.split}_{self.code}_{self.index:04d}_{self.seed:08x}"


@dataclass(frozen=True)
class Session:
    index: int
    seed: int
    scenes: tuple[Scene, ...]


def stable_seed(*parts: object) -> int:
    return zlib.crc32("/".join(map(str, parts)).encode())


def plan(seed: int, split: str, per_class: int, classes: tuple[str, ...] = DEFAULT_CODES,
         session_size: int = 10) -> list[Session]:
    """Scenes for every class, shuffled and cut into desktop sessions (one look each)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    scenes = []
    for code in classes:
        seen, unseen = APPS[code]
        apps = unseen if split == "unseen" else seen
        for i in range(per_class):
            scene_seed = stable_seed(seed, split, code, i)
            scenes.append(Scene(split, code, apps[i % len(apps)], i, scene_seed))
    random.Random(stable_seed(seed, split, "order")).shuffle(scenes)
    return [Session(n, stable_seed(seed, split, "session", n),
                    tuple(scenes[k:k + session_size]))
            for n, k in enumerate(range(0, len(scenes), session_size))]
