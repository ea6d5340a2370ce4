"""What the models page shows: every registered version with its metrics (meta.json) and its
gold-set evaluation (the promotion gate's report), label counts, the learning curve and the
promotion history. Read-only; the page's buttons call labeling.retrain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.db.models import Count

from labeling import promotion
from labeling.models import Label, RetrainRun
from labeling.services import gold_labels, training_labels
from tracker.model_registry import active_model, model_meta
from tracker.models import ModelVersion

REPORT_FILES = ("curves.png", "confusion.png")  # written next to a model by ml.train / ml.head


def _meta(version: ModelVersion):
    from ml.meta import ModelArtifactError

    try:
        return model_meta(version)
    except ModelArtifactError:
        return None


def _gold_of(version: ModelVersion) -> tuple[RetrainRun | None, dict | None]:
    """The latest retrain run that judged `version`, and its gold evaluation of it (as the
    candidate, or else as the baseline a later candidate was compared with)."""
    run = (RetrainRun.objects.filter(kind=RetrainRun.Kind.RETRAIN, candidate=version)
           .exclude(status=RetrainRun.Status.RUNNING).order_by("-started_at").first())
    if run and run.report.get("candidate"):
        return run, run.report["candidate"]
    later = (RetrainRun.objects.filter(kind=RetrainRun.Kind.RETRAIN, baseline=version)
             .exclude(report__baseline=None).order_by("-started_at").first())
    return run, (later.report.get("baseline") if later else None)


def version_row(version: ModelVersion) -> dict[str, Any]:
    """One version: identity, meta.json metrics, the gate's gold evaluation and verdict."""
    meta = _meta(version)
    run, gold = _gold_of(version)
    metrics = meta.metrics if meta else {}
    return {
        "id": version.pk, "version": version.version, "active": version.active,
        "created": version.created_at, "missing": meta is None,
        "load_error": version.load_error,
        "mode": metrics.get("mode", ""), "n_items": (meta.data.get("n_items") if meta else None),
        "valid_accuracy": metrics.get("valid_accuracy"), "ece": metrics.get("ece"),
        "threshold": meta.threshold if meta else None,
        "temperature": round(meta.temperature, 3) if meta else None,
        "accepted_accuracy": metrics.get("valid_accepted_accuracy"),
        "classes": len(meta.classes) if meta else None,
        "gold": gold, "verdict": run.status if run else "", "reasons": run.message if run else "",
        "reports": [name for name in REPORT_FILES
                    if meta is not None and (Path(version.path) / name).is_file()],
    }


def label_counts() -> dict[str, Any]:
    """Labels in all, frames for training and in the gold set, labels per class."""
    per_class = (Label.objects.values("category__code").annotate(n=Count("pk"))
                 .order_by("category__code"))
    return {"labels": Label.objects.count(), "training": len(training_labels()),
            "gold": len(gold_labels()),
            "per_class": {row["category__code"]: row["n"] for row in per_class}}


def learning_curve() -> list[dict[str, Any]]:
    """Gold accuracy against the number of training labels, one point per judged candidate
    (the learning-curve study of seed 002, on the person's own labels)."""
    runs = (RetrainRun.objects.filter(kind=RetrainRun.Kind.RETRAIN)
            .exclude(report__candidate=None).order_by("started_at"))
    return [{"labels": run.n_labels, "accuracy": run.report["candidate"]["accuracy"],
             "baseline": (run.report.get("baseline") or {}).get("accuracy"),
             "status": run.status, "version": run.candidate.version if run.candidate else ""}
            for run in runs if run.report["candidate"].get("accuracy") is not None]


def overview(selected: str | None = None) -> dict[str, Any]:
    """Everything the models page shows; `selected` names the version whose details
    (confusion, reliability) are drawn, default the active one."""
    versions = [version_row(v) for v in ModelVersion.objects.order_by("-created_at", "-pk")]
    active = active_model()
    focus = next((r for r in versions if r["version"] == selected), None) or next(
        (r for r in versions if active and r["id"] == active.pk), None)
    history = RetrainRun.objects.select_related("baseline", "candidate").order_by("-started_at")
    return {"versions": versions, "focus": focus, "active": active,
            "counts": label_counts(), "curve": learning_curve(),
            "runs": list(history[:20]), "rule": promotion.rule_text(),
            "running": RetrainRun.objects.filter(status=RetrainRun.Status.RUNNING).first(),
            "previous": previous_name(active)}


def previous_name(active: ModelVersion | None) -> str | None:
    from labeling.retrain import previous_version

    previous = previous_version(active)
    return previous.version if previous else None


def report_file(version_id: int, name: str) -> Path | None:
    """A version's training report image (curves/confusion) if it exists, else None."""
    version = ModelVersion.objects.filter(pk=version_id).first()
    if version is None or name not in REPORT_FILES:
        return None
    path = Path(version.path) / name
    return path if path.is_file() else None
