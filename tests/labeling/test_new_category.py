"""A person's new activity is learnt from 10 labelled frames (seed 003: new classes by
extending the final layer).

The frames are real Gnumeric screens (tests/data/new_category/README.md), a program the shipped
model never saw. The product's retrain (`labeling.retrain.train_candidate` over the shipped
model's backbone: head-only, new rows for new classes, old rows kept) runs on 10 of them plus
the person's other corrections (the committed unseen-layout screens of the 14 classes, as a
review queue would have them), and the candidate must find >= 90% of the 30 held-out
spreadsheets while keeping the held-out test screens of the old classes right.
Runs the real models/base (about 1-4 minutes on 2 cores).
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from labeling.retrain import candidate_classes, train_candidate
from ml.inference import Predictor
from tests.conftest import ROOT
from tracker.model_registry import shipped_model_dir

DATA = ROOT / "tests" / "data" / "new_category" / "spreadsheet"
EVAL = ROOT / "tests" / "data" / "eval"
N_LABELLED = 10

pytestmark = pytest.mark.django_db


def split_screens() -> tuple[list[Path], list[Path]]:
    """10 labelled, 30 held out: a fixed shuffle of the committed screens."""
    files = sorted(DATA.glob("*.jpg"))
    random.Random(0).shuffle(files)
    return files[:N_LABELLED], files[N_LABELLED:]


def predicted_codes(model_dir: Path, paths: list[Path]) -> list[str]:
    predictor = Predictor.load(model_dir)
    return predictor.predict([Image.open(p).convert("RGB") for p in paths]).codes


def test_a_new_class_needs_its_minimum_of_labelled_frames_before_it_gets_an_output():
    base = ["code", "terminal"]
    four = [(Path(f"s{i}.jpg"), "spreadsheet") for i in range(4)]
    assert candidate_classes(base, four) == base
    assert candidate_classes(base, [*four, (Path("s4.jpg"), "spreadsheet")]) == [
        *base, "spreadsheet"]


def test_ten_labelled_spreadsheets_teach_the_model_a_new_activity(tmp_path, settings):
    settings.DATA_DIR = tmp_path
    labelled, held_out = split_screens()
    assert len(held_out) == 30
    corrections = [(p, p.parent.name) for p in sorted((EVAL / "unseen").rglob("*.jpg"))]
    items = [(p, "spreadsheet") for p in labelled] + corrections
    out = train_candidate(items, shipped_model_dir(), version="r-newcat", out_root=tmp_path)
    codes = predicted_codes(out, held_out)
    recall = float(np.mean([c == "spreadsheet" for c in codes]))
    print(f"new class recall {recall:.3f} ({codes.count('spreadsheet')}/{len(held_out)})")
    assert recall >= 0.9
    old = [(p, p.parent.name) for p in sorted((EVAL / "test").rglob("*.jpg"))]
    old_codes = predicted_codes(out, [p for p, _ in old])
    old_accuracy = float(np.mean([c == label for c, (_, label) in zip(old_codes, old,
                                                                       strict=True)]))
    print(f"old classes, held-out test screens: {old_accuracy:.3f}")
    assert "spreadsheet" not in old_codes
    assert old_accuracy >= 0.9
