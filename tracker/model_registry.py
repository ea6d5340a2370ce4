"""The model registry: which model artifact classifies, and the loaded model of this process.

A model's classes, input size, temperature and review threshold live only in its artifact's
meta.json; a ModelVersion row references the artifact (path + weights sha256 + version id) and
reads the rest through `model_meta`. This and labeling's services are the only places that talk
to `ml`; they import it lazily so the web server never loads the model runtime.
"""

from __future__ import annotations

import logging
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from django.db import transaction

from ml.meta import ModelArtifactError  # noqa: F401 - stdlib-only; callers catch it from here
from tracker.categories import ensure_categories
from tracker.dispatch import enqueue_requeue
from tracker.models import ModelVersion

if TYPE_CHECKING:
    from ml.inference import Predictor
    from ml.meta import ModelMeta

log = logging.getLogger(__name__)


def active_model() -> ModelVersion | None:
    """The ModelVersion that classifies now (at most one is active), or None."""
    return ModelVersion.objects.filter(active=True).first()


def shipped_model_dir() -> Path:
    """The base model shipped in the checkout (`models/base`; ml.meta owns the path)."""
    from ml.meta import REPO_MODEL_DIR

    return REPO_MODEL_DIR


def model_meta(version: ModelVersion) -> ModelMeta:
    """The artifact's meta.json (classes, input size, temperature, threshold, metrics).
    Raises ml.meta.ModelArtifactError when the artifact is gone or unreadable."""
    return _read_meta(version.path, version.sha256)


@lru_cache(maxsize=32)
def _read_meta(path: str, sha256: str) -> ModelMeta:
    # Keyed by the weights' sha256 too: a model rewritten in place is read again.
    from ml.meta import read_meta

    return read_meta(Path(path))


def activate_model(model_dir: str | Path) -> ModelVersion:
    """Verify a model artifact directory, register it and make it the one that classifies.

    Raises ml.meta.ModelArtifactError for a bad or tampered directory (nothing changes then).
    Once committed, frames that waited for a model are sent to the workers again.
    """
    from ml.inference import Predictor

    path = Path(model_dir).resolve()
    meta = Predictor.load(path).meta  # loads it for real: a model that cannot run is refused
    ensure_categories(meta.classes)
    with transaction.atomic():
        ModelVersion.objects.filter(active=True).update(active=False)
        version, _ = ModelVersion.objects.update_or_create(
            path=str(path), sha256=meta.sha256,
            defaults={"version": meta.version, "active": True})
    transaction.on_commit(enqueue_requeue)
    return version


def register_model(model_dir: str | Path) -> ModelVersion:
    """Record a verified model artifact (a retrain's candidate) without activating it.

    Idempotent by (path, weights sha256). Raises ml.meta.ModelArtifactError for a bad directory.
    """
    from ml.meta import read_verified_meta

    path = Path(model_dir).resolve()
    meta = read_verified_meta(path)
    version, _ = ModelVersion.objects.get_or_create(
        path=str(path), sha256=meta.sha256, defaults={"version": meta.version})
    return version


# One loaded model per worker process, swapped when another version becomes active:
# (key, the version it was loaded for, its Predictor).
_loaded: tuple[tuple, ModelVersion, Predictor] | None = None
# Artifacts that failed to load here, by key -> time.monotonic() of the failure: not retried
# (hashing the weights again) on every task, but after RETRY_FAILED_LOAD_S.
_failed: dict[tuple, float] = {}
RETRY_FAILED_LOAD_S = 60.0


def current_predictor() -> tuple[ModelVersion, Predictor] | None:
    """(version, its loaded Predictor) for the active model, loading it on first use or after a
    switch; None when no model is active.

    A model that cannot be loaded (weights altered so their sha256 no longer matches meta.json,
    a broken ONNX file...) never replaces a working one: this process keeps classifying with
    the model it has (and returns that version, so observations name the model that made
    them), and the error is stored on the failed version (`load_error`, shown on the models
    page). With no model loaded yet, the error is raised (ModelArtifactError): frames wait."""
    global _loaded
    version = active_model()
    if version is None:
        return None
    key = (version.pk, version.path, version.sha256)
    if _loaded is not None and _loaded[0] == key:
        return _loaded[1], _loaded[2]
    failed_at = _failed.get(key)
    if (_loaded is not None and failed_at is not None
            and time.monotonic() - failed_at < RETRY_FAILED_LOAD_S):
        return _loaded[1], _loaded[2]
    from ml.inference import Predictor

    try:
        predictor = Predictor.load(version.path)
    except Exception as exc:  # noqa: BLE001 - whatever breaks a load, keep the working model
        _failed[key] = time.monotonic()
        error = f"{type(exc).__name__}: {exc}"[:2000]
        ModelVersion.objects.filter(pk=version.pk).update(load_error=error)
        if _loaded is None:
            raise
        log.error("model %s cannot be loaded (%s); still classifying with %s", version.version,
                  error, _loaded[1].version)
        return _loaded[1], _loaded[2]
    _loaded = (key, version, predictor)
    _failed.pop(key, None)
    if version.load_error:
        ModelVersion.objects.filter(pk=version.pk).update(load_error="")
    log.info("loaded model %s from %s (%s)", version.version, version.path, predictor.backend)
    return version, predictor
