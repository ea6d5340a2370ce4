"""Datasets, splits, temperature scaling and uncertainty scores."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ml.calibrate import (
    choose_threshold,
    expected_calibration_error,
    fit_temperature,
    softmax,
    uncertainty,
)
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


def test_temperature_scaling_recovers_the_temperature_that_generated_labels():
    rng = np.random.default_rng(0)
    logits = rng.normal(0, 3, size=(4000, 5))
    true_temperature = 2.5
    probs = softmax(logits, true_temperature)
    labels = np.array([rng.choice(5, p=row) for row in probs])
    fitted = fit_temperature(logits, labels)
    assert abs(fitted - true_temperature) < 0.25
    assert (expected_calibration_error(softmax(logits, fitted), labels)
            < expected_calibration_error(softmax(logits), labels))


def test_perfectly_separated_validation_data_does_not_sharpen_confidence():
    logits = np.array([[5.0, 0.0], [0.0, 5.0]])
    assert fit_temperature(logits, np.array([0, 1])) == 1.0


@pytest.mark.parametrize("strategy", ["margin", "entropy", "least_confidence"])
def test_uncertainty_ranks_a_hesitant_frame_above_a_sure_one(strategy):
    probs = np.array([[0.98, 0.01, 0.01], [0.4, 0.38, 0.22]])
    sure, hesitant = uncertainty(probs, strategy)
    assert hesitant > sure


def test_review_threshold_is_the_lowest_confidence_that_keeps_accepted_frames_accurate():
    confident_right = [[0.95, 0.05]] * 30
    unsure_wrong = [[0.55, 0.45]] * 5  # true class is 1: these must go to review
    probs = np.array(confident_right + unsure_wrong)
    labels = np.array([0] * 30 + [1] * 5)
    threshold = choose_threshold(probs, labels, target=0.95)
    assert 0.55 < threshold <= 0.95
    accepted = probs.max(axis=1) >= threshold
    assert (probs[accepted].argmax(axis=1) == labels[accepted]).all()
