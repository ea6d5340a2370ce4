"""Datasets: ImageFolder trees (`DIR/<class code>/*.png|jpg`) and (path, label) lists.

The Django side hands labelled frames over as (path, label) lists; the command line reads
folder trees. Both end up as the same list of items, split deterministically from a seed so a
retrain can be reproduced exactly. No torch here: the transform passed to `ScreenDataset`
decides what a sample becomes.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ml.classes import DEFAULT_CODES
from ml.preprocess import ImageError, open_image

if TYPE_CHECKING:
    import torch

IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".webp", ".bmp"})

Item = tuple[Path, str]


class UnknownClassError(ValueError):
    """A folder or label that is not one of the known class codes."""


def _is_image(path: Path) -> bool:
    visible = not path.name.startswith(".")
    return visible and path.suffix.lower() in IMAGE_EXTENSIONS and path.is_file()


def scan_image_folder(root: Path, classes: Sequence[str] | None = None, *,
                      allow_new: bool = False) -> list[Item]:
    """All (image path, class code) pairs under `root/<code>/`, sorted for determinism.

    A sub-folder whose name is not in `classes` (default: the 14 default codes) raises
    UnknownClassError unless `allow_new`, which accepts it as a user-defined class.
    """
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"data directory {root} does not exist")
    known = list(classes) if classes is not None else list(DEFAULT_CODES)
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    unknown = [p.name for p in folders if p.name not in known]
    if unknown and not allow_new:
        raise UnknownClassError(
            f"{root}: folder(s) {', '.join(unknown)} are not known classes "
            f"(known: {', '.join(known)})")
    items = [(path, folder.name) for folder in folders
             for path in sorted(folder.rglob("*")) if _is_image(path)]
    if not items:
        raise ValueError(f"{root} holds no images in class folders ({root}/<class>/*.png|jpg)")
    return items


def classes_for(items: Iterable[Item], base: Sequence[str] = DEFAULT_CODES) -> list[str]:
    """Codes of `base` that occur in `items` (base order), then any new codes, sorted."""
    present = {label for _, label in items}
    ordered = [code for code in base if code in present]
    return ordered + sorted(present - set(base))


def check_labels(items: Iterable[Item], classes: Sequence[str]) -> None:
    unknown = sorted({label for _, label in items} - set(classes))
    if unknown:
        raise UnknownClassError(f"label(s) {', '.join(unknown)} are not in the class list "
                                f"({', '.join(classes)})")


def split_items(items: Sequence[Item], valid_pct: float = 0.2,
                seed: int = 0) -> tuple[list[Item], list[Item]]:
    """A stratified split: per class, a seeded shuffle sends ~valid_pct to validation.

    A class with a single item stays in training (a model cannot learn a class it never sees).
    """
    by_label: dict[str, list[Item]] = {}
    for item in sorted(items, key=lambda it: (it[1], str(it[0]))):
        by_label.setdefault(item[1], []).append(item)
    rng = random.Random(seed)
    train, valid = [], []
    for label in sorted(by_label):
        group = by_label[label]
        rng.shuffle(group)
        n_valid = min(len(group) - 1, round(len(group) * valid_pct)) if valid_pct > 0 else 0
        if len(group) >= 2 and valid_pct > 0:
            n_valid = max(1, n_valid)
        valid.extend(group[:n_valid])
        train.extend(group[n_valid:])
    return train, valid


def readable_items(items: Sequence[Item]) -> tuple[list[Item], list[dict[str, str]]]:
    """Items whose image decodes, and one {file, error} record per item that does not."""
    good, bad = [], []
    for path, label in items:
        try:
            open_image(path, draft_size=256)
        except ImageError as exc:
            bad.append({"file": str(path), "error": str(exc)})
        else:
            good.append((path, label))
    return good, bad


def summarize(items: Sequence[Item]) -> dict[str, int]:
    return dict(sorted(Counter(label for _, label in items).items()))


class ScreenDataset:
    """(path, label) items -> (transformed tensor, class index).

    A map-style dataset (`__len__` + `__getitem__`), which is all torch's and fastai's
    DataLoader need; not subclassing torch's Dataset keeps this module, and so `ml.evaluate`,
    free of torch.
    """

    def __init__(self, items: Sequence[Item], classes: Sequence[str],
                 transform: Callable[..., torch.Tensor]) -> None:
        check_labels(items, classes)
        self.items = list(items)
        self.classes = list(classes)
        self.index = {code: i for i, code in enumerate(self.classes)}
        self.transform = transform

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> tuple[torch.Tensor, int]:
        path, label = self.items[i]
        return self.transform(open_image(path)), self.index[label]

    def targets(self) -> list[int]:
        return [self.index[label] for _, label in self.items]
