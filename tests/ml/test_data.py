"""ml.data: ImageFolder scanning and stratified, seeded train/validation splits."""

from __future__ import annotations

from pathlib import Path

import pytest

from ml.data import UnknownClassError, classes_for, scan_image_folder, split_items
from tests.support.screens import make_synthetic_screens


def test_scanning_a_folder_tree_ignores_non_images_and_rejects_unknown_classes(tmp_path):
    root = make_synthetic_screens(tmp_path / "tree", per_class=3, size=(64, 40))
    (root / "code" / "notes.txt").write_text("not an image")
    (root / "code" / ".hidden.png").write_bytes(b"")
    assert len(scan_image_folder(root)) == 9
    (root / "figma").mkdir()
    with pytest.raises(UnknownClassError, match="figma"):
        scan_image_folder(root)
    (root / "figma" / "a.png").write_bytes((root / "code" / "code_0_000.png").read_bytes())
    items = scan_image_folder(root, allow_new=True)
    assert classes_for(items) == ["code", "terminal", "youtube", "figma"]


def test_splits_are_stratified_and_reproducible_from_the_seed():
    items = [(Path(f"{label}/{i}.png"), label) for label in ("a", "b") for i in range(10)]
    items.append((Path("c/0.png"), "c"))
    train, valid = split_items(items, valid_pct=0.2, seed=3)
    assert split_items(list(reversed(items)), valid_pct=0.2, seed=3) == (train, valid)
    assert sorted(label for _, label in valid) == ["a", "a", "b", "b"]
    assert ("c/0.png", "c") in {(str(p), label) for p, label in train}  # a lone item trains
    assert split_items(items, valid_pct=0.2, seed=4)[1] != valid
