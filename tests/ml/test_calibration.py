"""ml.calibrate: temperature scaling, uncertainty scores and the review threshold."""

from __future__ import annotations

import numpy as np
import pytest

from ml.calibrate import (
    choose_threshold,
    expected_calibration_error,
    fit_temperature,
    softmax,
    uncertainty,
)


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
