"""The retrain service: a candidate trained on the person's training labels (never the gold
set), kept under DATA_DIR/models/<version>/ with a complete meta.json, its review threshold
chosen so that auto-accepted held-out frames are >= 98% accurate."""

from __future__ import annotations

import json

import pytest

from labeling import retrain
from labeling.models import RetrainRun
from labeling.services import gold_labels, training_labels
from ml.data import scan_image_folder
from tests.labeling.labelled import label_screens
from tests.support.screens import make_synthetic_screens
from tracker.models import ModelVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


@pytest.fixture
def labelled(owner, device_token, small_model, categories, frames_dir, data_dir, tmp_path):
    return label_screens(owner, device_token[0], small_model, tmp_path, per_class=10)


def test_a_retrain_trains_a_candidate_on_the_training_labels_and_never_on_gold(labelled):
    gold = {f.frame_id for f in gold_labels()}
    train = {f.frame_id for f in training_labels()}
    assert len(gold) == 6 and len(train) == 24  # every 5th of 10 actions per class is gold
    assert not gold & train
    run = retrain.retrain("test")
    assert run.status in (RetrainRun.Status.PROMOTED, RetrainRun.Status.REJECTED)
    assert run.n_labels == 24 and run.n_gold == 6
    meta = json.loads((retrain.models_root() / run.candidate.version / "meta.json").read_text())
    assert meta["data"]["n_items"] == 24  # the 6 gold frames were not in the training data
    assert sum(meta["data"]["per_class"].values()) == 24
    assert meta["metrics"]["mode"] == "head"
    assert meta["classes"][:3] == ["code", "terminal", "youtube"]
    assert len(meta["sha256"]) == 64
    assert ModelVersion.objects.filter(pk=run.candidate.pk, path__endswith=meta["version"]).exists()


def test_gold_frames_stay_out_of_training_even_when_relabelled(labelled, owner):
    from labeling.corrections import apply_label
    from tracker.models import Category

    frame_id = gold_labels()[0].frame_id
    apply_label(owner, [frame_id], Category.objects.get(code="pdf"))  # a later, non-gold label
    assert frame_id not in {f.frame_id for f in training_labels()}
    assert frame_id in {f.frame_id for f in gold_labels()}


def test_too_few_labels_skip_the_retrain(owner, device_token, small_model, categories,
                                         frames_dir, data_dir, tmp_path, settings):
    settings.TIMENET_RETRAIN_MIN_LABELS = 10
    label_screens(owner, device_token[0], small_model, tmp_path, per_class=2)
    run = retrain.retrain("test")
    assert run.status == RetrainRun.Status.SKIPPED and run.candidate is None
    assert "fewer than 10" in run.message


def test_the_review_threshold_keeps_auto_accepted_held_out_frames_98_percent_right(
        small_model, data_dir, tmp_path):
    tree = make_synthetic_screens(tmp_path / "tree", ("code", "terminal", "youtube"), 20,
                                  seed=7, size=(480, 300))
    items = scan_image_folder(tree, classes=["code", "terminal", "youtube"])
    out = retrain.train_candidate(items, small_model, version="r-threshold")
    meta = json.loads((out / "meta.json").read_text())
    assert out == retrain.models_root() / "r-threshold"
    metrics = meta["metrics"]
    assert metrics["threshold_target"] == 0.98 and metrics["n_valid"] >= 10
    assert metrics["valid_accepted_accuracy"] >= 0.98
    assert 0.5 <= meta["threshold"] <= 0.98
    assert meta["data"]["backbone_dir"] == str(small_model.resolve())
    assert 0 < meta["temperature"] < 10
