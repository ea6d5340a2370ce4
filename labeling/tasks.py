"""Celery tasks for labeling (thin: each calls one service function).

Scheduled by django-celery-beat (settings.CELERY_BEAT_SCHEDULE is written to the database when
beat starts; edit it in the admin under "Periodic tasks"): `retrain_nightly` once a night and
`retrain_on_labels` every few minutes, which retrains only when >= N new labels arrived.
"""

from __future__ import annotations

from celery import shared_task

from labeling import retrain as service


@shared_task(name="labeling.tasks.retrain_model", acks_late=True)
def retrain_model(trigger: str = "task") -> dict:
    """Retrain now (the models page's button); "already running" when the lock is held."""
    try:
        return service.run_summary(service.retrain(trigger))
    except service.AlreadyRunning as exc:
        return {"status": "already_running", "message": str(exc)}


@shared_task(name="labeling.tasks.retrain_nightly", acks_late=True)
def retrain_nightly() -> dict:
    return retrain_model("nightly")


@shared_task(name="labeling.tasks.retrain_on_labels", acks_late=True)
def retrain_on_labels() -> dict | None:
    """Retrain when >= TIMENET_RETRAIN_NEW_LABELS labels arrived since the last retrain."""
    run = service.retrain_if_enough_labels("labels")
    return service.run_summary(run) if run else None
