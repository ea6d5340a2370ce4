"""Models are verified (sha256 of the weights against meta.json) before use; a corrupt model is
refused at activation, and one corrupted after activation leaves a worker on the model it had,
with the error stored on the version and shown on the models page.

How these were checked to fail: with tracker.model_registry.current_predictor loading without
the fallback (the old `_loaded = (key, Predictor.load(...))`), the second test raises
ModelArtifactError from classify_frame and its frame stays pending; with the `load_error`
update removed, the models-page assertion fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ml.meta import ModelArtifactError
from tests.conftest import screen_jpeg
from tests.support.model_copies import copy_with_threshold
from tracker import classify, model_registry
from tracker.ingest import ingest_frame
from tracker.models import Frame, ModelVersion, Observation

pytestmark = pytest.mark.django_db
META = {"captured_at": "2026-11-30T10:00:00+00:00", "duration": 10}


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """As in a newly started worker: nothing loaded, no failures remembered."""
    monkeypatch.setattr(model_registry, "_loaded", None)
    monkeypatch.setattr(model_registry, "_failed", {})


def corrupt(model_dir: Path) -> None:
    weights = model_dir / "weights.safetensors"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))


def test_a_corrupt_model_is_refused_at_activation_and_the_active_one_stays(
        small_model, categories, tmp_path):
    good = model_registry.activate_model(small_model)
    bad = copy_with_threshold(small_model, tmp_path / "bad", 0.5)
    corrupt(bad)
    with pytest.raises(ModelArtifactError, match="sha256"):
        model_registry.activate_model(bad)
    assert model_registry.active_model() == good


def test_a_model_corrupted_after_activation_leaves_the_worker_on_the_previous_one(
        small_model, categories, device_token, frames_dir, tmp_path, client, owner):
    good = model_registry.activate_model(small_model)
    assert model_registry.current_predictor()[0] == good  # the worker has loaded it
    other = copy_with_threshold(small_model, tmp_path / "other", 0.5)
    newer = model_registry.activate_model(other)  # verified: fine at activation
    corrupt(other)  # then altered on disk (a bad sync, a tampered file)

    version, predictor = model_registry.current_predictor()
    assert version == good and predictor.meta.threshold != 0.5
    newer.refresh_from_db()
    assert "sha256" in newer.load_error and newer.active
    frame, _ = ingest_frame(device_token[0], screen_jpeg("code", 1), json.dumps(META))
    assert classify.classify_frame(frame.pk, token="t-1") == 1
    assert Observation.objects.get(frame=frame).model_version == good  # who really classified

    client.force_login(owner)
    page = client.get("/models/").content.decode()
    assert 'data-testid="model-load-error"' in page and "sha256" in page


def test_the_failed_model_loads_once_repaired_and_its_error_clears(
        small_model, categories, tmp_path, monkeypatch):
    model_registry.activate_model(small_model)
    model_registry.current_predictor()
    other = copy_with_threshold(small_model, tmp_path / "other", 0.5)
    newer = model_registry.activate_model(other)
    original = (other / "weights.safetensors").read_bytes()
    corrupt(other)
    assert model_registry.current_predictor()[0] != newer
    (other / "weights.safetensors").write_bytes(original)
    monkeypatch.setattr(model_registry, "RETRY_FAILED_LOAD_S", 0.0)
    version, predictor = model_registry.current_predictor()
    assert version == newer and predictor.meta.threshold == 0.5
    assert ModelVersion.objects.get(pk=newer.pk).load_error == ""


def test_a_new_worker_with_only_a_corrupt_model_waits_instead_of_guessing(
        small_model, categories, device_token, frames_dir, tmp_path):
    other = copy_with_threshold(small_model, tmp_path / "only", 0.5)
    model_registry.activate_model(other)
    corrupt(other)
    frame, _ = ingest_frame(device_token[0], screen_jpeg("code", 2), json.dumps(META))
    with pytest.raises(ModelArtifactError):
        classify.classify_frame(frame.pk, token="t-2")
    frame.refresh_from_db()
    assert frame.status == Frame.Status.PENDING and not Observation.objects.exists()
