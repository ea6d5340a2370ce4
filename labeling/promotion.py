"""The promotion gate: a retrained candidate replaces the active model only when the gold set
says it is no worse.

The gold set (labeling.gold: every 5th labelling action per class, never trained on) is fixed
evaluation data from the person's own screens. Both models classify every gold frame through
the serving path (ml.inference.Predictor, calibrated probabilities), and the rule is:

PROMOTION RULE — the candidate is promoted when, on the gold set,
  1. there are at least TIMENET_PROMOTION_MIN_GOLD frames (default 5), so that a verdict means
     something (with no active model at all, any candidate that trained is promoted);
  2. it gets at least as many frames right as the active model (not worse overall); and
  3. no class loses more than TIMENET_PROMOTION_MAX_CLASS_DROP correct frames (k, default 1)
     against the active model, so a gain on a big class cannot hide a collapse of a small one.
SMALL GOLD SET — while the gold set has fewer than TIMENET_PROMOTION_MIN_GOLD frames (its first
~40 labels: gold is every 5th action *per class*), the candidate is promoted only when it is
clearly not worse on the evidence there is:
  a. its held-out check has frames: the retrain's validation fit (80% of the training labels)
     scored on the other 20%, which it never saw (meta.json metrics `n_valid`,
     `valid_accuracy`, from ml.head.held_out_check), and there it is at least as accurate as the
     base model's head on the same frames (`valid_accuracy_base`; the base never trained on
     them, so the comparison is unbiased); and
  b. rules 2 and 3 hold on the gold frames there are, with k = 0: no class loses a single
     correct gold frame.
Early promotion is safe because the head fit cannot stray far on few labels: it is anchored to
the base model's head by an L2-SP prior worth ~ml.head.DEFAULT_L2 labels, and classes without
labels keep the base logits (ml.head.fit_linear_head). Without that rule every candidate before
the 5th gold frame was rejected, and the first ~40 labels changed nothing (docs/active_learning.md).
Otherwise it is rejected and kept (registered, inactive) for inspection. A candidate trained on
shuffled labels fails rule 2 (tests/labeling/test_promotion.py). ml.simulate plays the same rule
(`passes_gate`; a test checks the two agree).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from django.conf import settings

from labeling.gold import LabelledFrame
from tracker import frame_store

RELIABILITY_BINS = 10  # equal-width confidence bins for ECE and the reliability diagram


def rule_settings() -> dict[str, int]:
    """The rule's parameters as configured (settings, else the documented defaults)."""
    return {"min_gold": int(getattr(settings, "TIMENET_PROMOTION_MIN_GOLD", 5)),
            "max_class_drop": int(getattr(settings, "TIMENET_PROMOTION_MAX_CLASS_DROP", 1))}


def rule_text() -> str:
    """The promotion rule in one sentence, with the configured numbers (for the models page)."""
    rule = rule_settings()
    return (f"A candidate is promoted only if the gold set has at least {rule['min_gold']} frames, "
            "it gets at least as many gold frames right as the active model, and no class "
            f"loses more than {rule['max_class_drop']} correct frame(s). While the gold set is "
            "smaller, it must lose no correct gold frame and be at least as accurate as the base "
            "model on its own held-out 20% of the training labels.")


def reliability(confidence: np.ndarray, correct: np.ndarray,
                bins: int = RELIABILITY_BINS) -> tuple[float, list[dict[str, float]]]:
    """Expected calibration error and the reliability diagram's bins.

    `confidence` (N,) top-1 probabilities, `correct` (N,) bools. ECE = sum over bins of
    |accuracy - mean confidence| weighted by the bin's share (Guo et al. 2017, "On Calibration
    of Modern Neural Networks"). Empty bins are left out of the list.
    """
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    ece, rows = 0.0, []
    for b in range(bins):
        mask = which == b
        if not mask.any():
            continue
        conf, acc = float(confidence[mask].mean()), float(correct[mask].mean())
        ece += mask.mean() * abs(acc - conf)
        rows.append({"lo": round(float(edges[b]), 2), "hi": round(float(edges[b + 1]), 2),
                     "confidence": round(conf, 4), "accuracy": round(acc, 4),
                     "n": int(mask.sum())})
    return round(float(ece), 4), rows


def _predict(model_dir: Path, gold: Sequence[LabelledFrame]) -> tuple[list[str], np.ndarray, list]:
    """(model classes, (N, C) calibrated probs, gold frames kept) — unreadable images skipped."""
    from ml.inference import ImageError, Predictor, open_image

    predictor = Predictor.load(model_dir)
    images, kept = [], []
    for frame in gold:
        try:
            images.append(open_image(frame_store.read_frame(frame.image)))
            kept.append(frame)
        except (ImageError, OSError):
            continue
    if not images:
        return list(predictor.classes), np.zeros((0, len(predictor.classes)), np.float32), []
    return list(predictor.classes), predictor.predict(images).probs, kept


def evaluate_on_gold(model_dir: str | Path, gold: Sequence[LabelledFrame]) -> dict[str, Any]:
    """Score a model artifact on gold frames.

    Returns n, correct, accuracy, per_class {code: {"n", "correct"}}, confusion (rows true,
    columns predicted, in `codes` order), ece, reliability bins, and the share and accuracy of
    frames at or over the model's review threshold (auto-accepted). Raises ModelArtifactError.
    """
    from ml.meta import read_meta

    threshold = read_meta(Path(model_dir)).threshold
    classes, probs, kept = _predict(Path(model_dir), gold)
    truth = [frame.code for frame in kept]
    predicted = [classes[i] for i in probs.argmax(axis=1)] if len(kept) else []
    correct = np.asarray([p == t for p, t in zip(predicted, truth, strict=True)], bool)
    confidence = probs.max(axis=1) if len(kept) else np.zeros(0)
    codes = sorted(set(truth) | set(predicted))
    confusion = [[sum(1 for p, t in zip(predicted, truth, strict=True) if t == row and p == col)
                  for col in codes] for row in codes]
    per_class = {code: {"n": truth.count(code),
                        "correct": int(sum(c for c, t in zip(correct, truth, strict=True)
                                           if t == code))} for code in sorted(set(truth))}
    ece, bins = reliability(confidence, correct)
    accepted = confidence >= threshold
    return {"n": len(kept), "correct": int(correct.sum()),
            "accuracy": round(float(correct.mean()), 4) if len(kept) else None,
            "per_class": per_class, "codes": codes, "confusion": confusion, "ece": ece,
            "reliability": bins, "threshold": threshold,
            "accepted_share": round(float(accepted.mean()), 4) if len(kept) else None,
            "accepted_accuracy": round(float(correct[accepted].mean()), 4)
            if accepted.any() else None}


def _losses(candidate: dict[str, Any], baseline: dict[str, Any], max_drop: int) -> list[str]:
    """Rules 2 and 3 on gold evaluations: the reasons to reject (empty: none)."""
    reasons = []
    if candidate["correct"] < baseline["correct"]:
        reasons.append(f"worse on the gold set: {candidate['correct']}/{candidate['n']} right "
                       f"against {baseline['correct']}/{baseline['n']}")
    for code, row in baseline["per_class"].items():
        drop = row["correct"] - candidate["per_class"].get(code, {"correct": 0})["correct"]
        if drop > max_drop:
            reasons.append(f"class {code} loses {drop} correct frame(s) (more than {max_drop})")
    return reasons


def _small_gold(candidate: dict[str, Any], baseline: dict[str, Any],
                held_out: dict[str, Any] | None, min_gold: int) -> tuple[bool, list[str]]:
    """The SMALL GOLD SET rule (module docstring)."""
    small = f"gold set too small to judge alone ({candidate['n']} < {min_gold})"
    if not held_out or not held_out.get("n_valid"):
        return False, [f"{small}, and no held-out check"]
    ours, base = held_out.get("valid_accuracy"), held_out.get("valid_accuracy_base")
    if ours is None or base is None or ours < base:
        return False, [f"{small}, and held-out accuracy {ours} < the base model's {base} "
                       f"({held_out['n_valid']} frames)"]
    reasons = _losses(candidate, baseline, 0)
    if reasons:
        return False, [small, *reasons]
    return True, [f"{small}: held-out accuracy {ours} >= the base model's {base} "
                  f"({held_out['n_valid']} frames), no gold frame lost "
                  f"({candidate['correct']}/{candidate['n']} against "
                  f"{baseline['correct']}/{baseline['n']})"]


def judge(candidate: dict[str, Any], baseline: dict[str, Any] | None,
          held_out: dict[str, Any] | None = None) -> tuple[bool, list[str]]:
    """Apply the PROMOTION RULE (module docstring): (promote?, reasons in plain words).

    `candidate`, `baseline`: evaluate_on_gold results. `held_out`: the candidate's meta.json
    metrics (n_valid, valid_accuracy, valid_accuracy_base), used only while the gold set is
    under its minimum."""
    rule = rule_settings()
    if baseline is None:
        return True, ["no model is active: the first trained candidate is promoted"]
    if candidate["n"] < rule["min_gold"]:
        return _small_gold(candidate, baseline, held_out, rule["min_gold"])
    reasons = _losses(candidate, baseline, rule["max_class_drop"])
    if reasons:
        return False, reasons
    return True, [f"gold set {candidate['correct']}/{candidate['n']} right against "
                  f"{baseline['correct']}/{baseline['n']}, no class worse by more than "
                  f"{rule['max_class_drop']}"]
