"""The promotion gate, the retrain lock and rollback: a candidate no worse on the gold set is
promoted, one trained on shuffled labels is rejected, rollback restores the previous model, and
two retrains at once give one run and one "already running"."""

from __future__ import annotations

import pytest

from labeling import promotion, retrain
from labeling.models import RetrainRun
from tests.labeling.labelled import label_screens, rotated
from tracker.model_registry import active_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def labelled(owner, device_token, small_model, categories, frames_dir, settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return label_screens(owner, device_token[0], small_model, tmp_path, per_class=10)


def test_a_candidate_no_worse_on_the_gold_set_is_promoted_and_rollback_restores_the_old_one(
        labelled):
    before = active_model()
    run = retrain.retrain("test")
    assert run.status == RetrainRun.Status.PROMOTED, run.message
    report = run.report
    assert report["candidate"]["correct"] >= report["baseline"]["correct"]
    assert report["candidate"]["n"] == 6
    assert active_model().pk == run.candidate.pk
    back = retrain.rollback()
    assert back.status == RetrainRun.Status.ROLLED_BACK
    assert active_model().pk == before.pk
    assert back.candidate.pk == before.pk and back.baseline.pk == run.candidate.pk


def test_a_candidate_trained_on_shuffled_labels_is_rejected_and_kept_inactive(labelled):
    before = active_model()
    run = retrain.retrain("test", items=rotated(retrain.labelled_items()))
    assert run.status == RetrainRun.Status.REJECTED
    assert run.report["candidate"]["correct"] < run.report["baseline"]["correct"]
    assert "worse on the gold set" in run.message
    assert active_model().pk == before.pk
    run.candidate.refresh_from_db()
    assert run.candidate.active is False  # registered, kept, not used


def test_before_the_fifth_gold_frame_a_candidate_is_promoted_on_its_held_out_check(
        owner, device_token, small_model, categories, frames_dir, settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    label_screens(owner, device_token[0], small_model, tmp_path, per_class=4)  # 12, no gold
    run = retrain.retrain("test")
    assert run.n_gold == 0 and run.n_labels == 12
    assert run.status == RetrainRun.Status.PROMOTED, run.message
    assert "gold set too small to judge alone (0 < 5): held-out accuracy" in run.message
    metrics = retrain.read_candidate_metrics(run)
    assert metrics["n_valid"] == 3
    assert metrics["valid_accuracy"] >= metrics["valid_accuracy_base"]


def test_two_retrains_at_once_one_runs_and_the_other_is_told_it_is_already_running(labelled):
    with retrain.retrain_lock(RetrainRun.Kind.RETRAIN, "first") as first:
        with pytest.raises(retrain.AlreadyRunning):
            retrain.retrain("second")
        with pytest.raises(retrain.AlreadyRunning):
            retrain.rollback()
        retrain.finish(first, RetrainRun.Status.SKIPPED, "test")
    assert RetrainRun.objects.count() == 1
    assert retrain.retrain("third").status == RetrainRun.Status.PROMOTED  # lock released


def test_a_lock_left_by_a_crashed_run_expires(labelled, settings):
    from datetime import timedelta

    from django.utils import timezone

    stale = RetrainRun.objects.create(trigger="crashed")
    RetrainRun.objects.filter(pk=stale.pk).update(started_at=timezone.now() - timedelta(hours=2))
    assert retrain.retrain("after").status == RetrainRun.Status.PROMOTED
    stale.refresh_from_db()
    assert stale.status == RetrainRun.Status.FAILED and stale.message == "lock expired"


def test_rollback_without_a_previous_model_is_refused(labelled):
    with pytest.raises(retrain.RollbackError):
        retrain.rollback()
    with pytest.raises(retrain.RollbackError):
        retrain.rollback("no-such-version")


def base_eval(per_class: dict[str, tuple[int, int]]) -> dict:
    rows = {c: {"correct": ok, "n": n} for c, (ok, n) in per_class.items()}
    return {"n": sum(n for _, n in per_class.values()), "per_class": rows,
            "correct": sum(ok for ok, _ in per_class.values())}


def test_the_rule_rejects_a_class_collapse_hidden_by_a_gain_elsewhere(settings):
    settings.TIMENET_PROMOTION_MAX_CLASS_DROP = 1
    settings.TIMENET_PROMOTION_MIN_GOLD = 5
    baseline = base_eval({"code": (5, 10), "pdf": (4, 4)})
    candidate = base_eval({"code": (10, 10), "pdf": (1, 4)})  # 11 >= 9 right overall
    promote, reasons = promotion.judge(candidate, baseline)
    assert not promote and reasons == ["class pdf loses 3 correct frame(s) (more than 1)"]
    assert promotion.judge(base_eval({"code": (6, 10), "pdf": (3, 4)}), baseline)[0]
    assert not promotion.judge(base_eval({"code": (2, 2)}), baseline)[0]  # gold too small


def test_with_a_small_gold_set_a_candidate_is_promoted_only_on_held_out_evidence(settings):
    settings.TIMENET_PROMOTION_MAX_CLASS_DROP = 1
    settings.TIMENET_PROMOTION_MIN_GOLD = 5
    baseline = base_eval({"code": (1, 2), "pdf": (1, 1)})
    better = {"n_valid": 4, "valid_accuracy": 0.75, "valid_accuracy_base": 0.5}
    promote, reasons = promotion.judge(base_eval({"code": (2, 2), "pdf": (1, 1)}), baseline,
                                       better)
    assert promote and "held-out accuracy 0.75 >= the base model's 0.5" in reasons[0]
    # no held-out frames, or worse than the base model on them: rejected
    assert not promotion.judge(base_eval({"code": (2, 2), "pdf": (1, 1)}), baseline)[0]
    assert not promotion.judge(base_eval({"code": (2, 2), "pdf": (1, 1)}), baseline,
                               {**better, "n_valid": 0})[0]
    worse = {"n_valid": 4, "valid_accuracy": 0.25, "valid_accuracy_base": 0.5}
    promote, reasons = promotion.judge(base_eval({"code": (2, 2), "pdf": (1, 1)}), baseline, worse)
    assert not promote and "< the base model's 0.5" in reasons[0]
    # with few gold frames not one correct gold frame may be lost (k = 0), even for a gain
    promote, reasons = promotion.judge(base_eval({"code": (2, 2), "pdf": (0, 1)}), baseline,
                                       better)
    assert not promote and "class pdf loses 1 correct frame(s) (more than 0)" in reasons


def test_reliability_bins_and_ece():
    import numpy as np

    ece, bins = promotion.reliability(np.array([0.95, 0.95, 0.55, 0.55]),
                                      np.array([True, True, True, False]))
    assert [b["n"] for b in bins] == [2, 2]
    assert ece == pytest.approx(0.5 * 0.05 + 0.5 * 0.05, abs=1e-4)


def test_rollback_to_a_tampered_artifact_is_refused_and_changes_nothing(labelled):
    before = active_model()
    promoted = retrain.retrain("test")
    assert promoted.status == RetrainRun.Status.PROMOTED
    with open(f"{before.path}/weights.safetensors", "ab") as weights:
        weights.write(b"tampered")
    with pytest.raises(retrain.RollbackError, match="cannot be used"):
        retrain.rollback()
    assert active_model().pk == promoted.candidate.pk
