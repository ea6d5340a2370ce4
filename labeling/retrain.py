"""Retraining from the person's labels: candidate, promotion gate, registry, rollback.

`retrain()` takes the retrain lock (one RUNNING RetrainRun row: a second caller gets
AlreadyRunning), trains a candidate with the head-only retrain on cached embeddings
(`ml.head.retrain_head` over the backbone the active model was built on) from the training
labels only (`labeling.services.training_labels`: gold frames are never trained on), registers
it as an inactive ModelVersion, judges it on the gold set against the active model
(`labeling.promotion`, rule in its docstring) and activates it when it passes. Every candidate
is kept under DATA_DIR/models/<version>/ (weights, meta.json with classes, input size,
temperature, review threshold, metrics, data snapshot, sha256). The review threshold is chosen
on the held-out 20% of the training labels so that auto-accepted frames are >= 98% accurate
(TIMENET_AUTO_ACCEPT_TARGET). Workers notice a new active version on their next task
(tracker.model_registry.current_predictor compares version id, path and sha256 per call).

Not done here: the deeper retrain (last backbone stage unfrozen, replayed generated screens).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from labeling import promotion
from labeling.models import Label, RetrainRun
from labeling.request_parsing import as_id
from labeling.services import gold_labels, rescore_queue, training_labels
from tracker import frame_store
from tracker.model_registry import activate_model, active_model, register_model, shipped_model_dir
from tracker.models import ModelVersion

log = logging.getLogger(__name__)
Item = tuple[Path, str]  # (image file, class code), as ml.data lists them


class AlreadyRunning(RuntimeError):
    """Another retrain (or rollback) holds the lock."""


class RollbackError(ValueError):
    """No model to roll back to (none named, none active before), or an unknown version."""


def setting(name: str, default):
    return getattr(settings, name, default)


def models_root() -> Path:
    """Where every trained version is kept: DATA_DIR/models/<version>/."""
    return Path(settings.DATA_DIR) / "models"


@contextmanager
def retrain_lock(kind: str, trigger: str) -> Iterator[RetrainRun]:
    """Hold the retrain lock for the block: the RUNNING row, finished (or FAILED) on exit.

    Raises AlreadyRunning when another run holds it. A RUNNING row older than
    TIMENET_RETRAIN_LOCK_TTL seconds (a crashed run) is marked FAILED first, so a dead process
    cannot block retraining forever.
    """
    stale = timezone.now() - timedelta(seconds=setting("TIMENET_RETRAIN_LOCK_TTL", 3600))
    RetrainRun.objects.filter(status=RetrainRun.Status.RUNNING, started_at__lt=stale).update(
        status=RetrainRun.Status.FAILED, message="lock expired", finished_at=timezone.now())
    try:
        with transaction.atomic():
            run = RetrainRun.objects.create(kind=kind, trigger=trigger, baseline=active_model())
    except IntegrityError as exc:
        raise AlreadyRunning("a retrain is already running") from exc
    try:
        yield run
    except Exception as exc:
        finish(run, RetrainRun.Status.FAILED, f"{type(exc).__name__}: {exc}")
        raise
    finally:
        if run.status == RetrainRun.Status.RUNNING:
            finish(run, RetrainRun.Status.FAILED, run.message or "ended without a verdict")


def finish(run: RetrainRun, status: str, message: str = "") -> RetrainRun:
    run.status, run.finished_at = status, timezone.now()
    run.message = message or run.message
    run.save()
    return run


def backbone_dir(version: ModelVersion | None) -> Path:
    """The model whose frozen backbone a head retrain builds on: the one the active model was
    itself built on (so cached embeddings stay valid across versions), else the active model,
    else the shipped one."""
    from ml.meta import ModelArtifactError, read_meta

    if version is None:
        return shipped_model_dir()
    try:
        root = read_meta(Path(version.path)).data.get("backbone_dir")
    except ModelArtifactError:
        root = None
    return Path(root) if root and Path(root).is_dir() else Path(version.path)


def candidate_classes(base_classes: Sequence[str], items: Sequence[Item]) -> list[str]:
    """The base model's classes, plus a person's new class once it has enough examples
    (TIMENET_NEW_CLASS_MIN_EXAMPLES, default 5: not predicted before then)."""
    minimum = setting("TIMENET_NEW_CLASS_MIN_EXAMPLES", 5)
    counts: dict[str, int] = {}
    for _, code in items:
        counts[code] = counts.get(code, 0) + 1
    extra = sorted(c for c, n in counts.items() if c not in base_classes and n >= minimum)
    return [*base_classes, *extra]


def train_candidate(items: Sequence[Item], base_dir: Path, *, version: str | None = None,
                    out_root: Path | None = None, seed: int = 0) -> Path:
    """Head-only retrain on `items` over `base_dir`'s backbone; returns the artifact directory.

    Items whose class the candidate does not have (a new class under its minimum) are left out.
    Raises ValueError when nothing readable is left to train on.
    """
    from ml.head import retrain_head
    from ml.meta import META_FILE, new_version, read_meta
    from timenet_core.files import atomic_write

    classes = candidate_classes(read_meta(base_dir).classes, items)
    kept = [(Path(p), c) for p, c in items if c in classes]
    version = version or new_version("r")
    out = (out_root or models_root()) / version
    # Frames are encrypted at rest and ml opens files itself: decrypted copies for the fit only.
    with frame_store.plain_copies(kept) as plain:
        retrain_head(base_dir, plain, classes, out, seed=seed, version=version,
                     cache_dir=Path(settings.DATA_DIR) / "cache" / "embeddings",
                     threshold_target=setting("TIMENET_AUTO_ACCEPT_TARGET", 0.98))
    meta = read_meta(out)  # the data snapshot gains what the next retrain needs
    meta.data.update(backbone_dir=str(Path(base_dir).resolve()),
                     last_label_id=Label.objects.order_by("-pk").values_list("pk", flat=True)
                     .first())
    atomic_write(out / META_FILE, meta.to_json())  # the weights (and their sha256) unchanged
    return out


def labelled_items() -> list[Item]:
    """The person's training labels as (image, code), image files that still exist only."""
    return [(f.image, f.code) for f in training_labels() if f.image.is_file()]


def retrain(trigger: str = "command", items: Sequence[Item] | None = None) -> RetrainRun:
    """Train a candidate, judge it on the gold set, promote it or not; returns the finished run.

    `items` overrides the training labels (an experiment, or a test's shuffled labels).
    Raises AlreadyRunning when another retrain holds the lock; a failure inside is recorded as
    a FAILED run and re-raised.
    """
    with retrain_lock(RetrainRun.Kind.RETRAIN, trigger) as run:
        items = list(labelled_items() if items is None else items)
        run.n_labels = len(items)
        minimum = setting("TIMENET_RETRAIN_MIN_LABELS", 10)
        if len(items) < minimum:
            return finish(run, RetrainRun.Status.SKIPPED,
                          f"{len(items)} training labels, fewer than {minimum}")
        started = time.perf_counter()
        path = train_candidate(items, backbone_dir(run.baseline))
        run.candidate = register_model(path)
        run.report["train_s"] = round(time.perf_counter() - started, 2)
        return judge_and_promote(run)


def judge_and_promote(run: RetrainRun) -> RetrainRun:
    """Evaluate candidate and baseline on the gold set, apply the rule, activate on a pass."""
    gold = gold_labels()
    run.n_gold = len(gold)
    started = time.perf_counter()
    candidate = promotion.evaluate_on_gold(run.candidate.path, gold)
    baseline = promotion.evaluate_on_gold(run.baseline.path, gold) if run.baseline else None
    held_out = read_candidate_metrics(run)  # n_valid, valid_accuracy(_base)
    promote, reasons = promotion.judge(candidate, baseline, held_out)
    run.report.update(candidate=candidate, baseline=baseline, reasons=reasons,
                      rule=promotion.rule_settings(),
                      evaluate_s=round(time.perf_counter() - started, 2))
    if not promote:
        return finish(run, RetrainRun.Status.REJECTED, "; ".join(reasons))
    activate_model(run.candidate.path)
    finish(run, RetrainRun.Status.PROMOTED, "; ".join(reasons))
    after_switch()
    return run


def read_candidate_metrics(run: RetrainRun) -> dict:
    """The candidate's meta.json metrics (its held-out check among them)."""
    from ml.meta import read_meta

    return read_meta(Path(run.candidate.path)).metrics


def after_switch() -> None:
    """Re-score the open review queue with the newly active model (best effort: a failure
    leaves old scores, which the next switch replaces)."""
    try:
        rescore_queue()
    except Exception:  # noqa: BLE001 - the switch itself has succeeded
        log.exception("re-scoring the review queue after a model switch failed")


def previous_version(current: ModelVersion | None) -> ModelVersion | None:
    """The version that was active before `current` became active (by promotion or rollback)."""
    if current is None:
        return None
    run = (RetrainRun.objects.filter(candidate=current, baseline__isnull=False,
                                     status__in=[RetrainRun.Status.PROMOTED,
                                                 RetrainRun.Status.ROLLED_BACK])
           .order_by("-started_at", "-pk").select_related("baseline").first())
    return run.baseline if run else None


def find_version(name: str) -> ModelVersion:
    """A registered version by its version id (or row id). Raises RollbackError if unknown."""
    found = ModelVersion.objects.filter(version=name).order_by("-pk").first()
    row_id = as_id(name)  # ASCII digits within bigint only: "²" or 10**30 are no row id
    if found is None and row_id is not None:
        found = ModelVersion.objects.filter(pk=row_id).first()
    if found is None:
        raise RollbackError(f"no model version {name!r}")
    return found


def rollback(version: str | None = None, trigger: str = "command") -> RetrainRun:
    """Make `version` (default: the one active before the current one) active again.

    Raises RollbackError when there is nothing to roll back to or the target's artifact is gone
    or tampered with (nothing changes then), AlreadyRunning during a retrain.
    """
    from ml.meta import ModelArtifactError

    with retrain_lock(RetrainRun.Kind.ROLLBACK, trigger) as run:
        target = find_version(version) if version else previous_version(run.baseline)
        if target is None:
            raise RollbackError("no previous model to roll back to")
        try:
            activate_model(target.path)
        except ModelArtifactError as exc:  # deleted or tampered with since it was registered
            raise RollbackError(f"{target.version} cannot be used: {exc}") from exc
        run.candidate = target
        finish(run, RetrainRun.Status.ROLLED_BACK,
               f"{run.baseline.version if run.baseline else 'none'} -> {target.version}")
    after_switch()
    return run


def new_labels_since_last_run() -> int:
    """Labels recorded since the latest retrain started (all labels when none ran yet)."""
    last = (RetrainRun.objects.filter(kind=RetrainRun.Kind.RETRAIN)
            .order_by("-started_at").values_list("started_at", flat=True).first())
    labels = Label.objects.all() if last is None else Label.objects.filter(created_at__gt=last)
    return labels.count()


def retrain_if_enough_labels(trigger: str = "labels") -> RetrainRun | None:
    """Retrain when >= TIMENET_RETRAIN_NEW_LABELS (N, default 50) labels arrived since the last
    retrain; None when fewer (or when a retrain is already running)."""
    if new_labels_since_last_run() < setting("TIMENET_RETRAIN_NEW_LABELS", 50):
        return None
    try:
        return retrain(trigger)
    except AlreadyRunning:
        return None


def run_summary(run: RetrainRun) -> dict:
    """A run as plain JSON-able values (commands, tasks' results, logs)."""
    report = run.report or {}
    return {"id": run.pk, "kind": run.kind, "status": run.status, "trigger": run.trigger,
            "baseline": run.baseline.version if run.baseline else None,
            "candidate": run.candidate.version if run.candidate else None,
            "n_labels": run.n_labels, "n_gold": run.n_gold, "message": run.message,
            "gold_accuracy": (report.get("candidate") or {}).get("accuracy"),
            "baseline_gold_accuracy": (report.get("baseline") or {}).get("accuracy"),
            "train_s": report.get("train_s")}
