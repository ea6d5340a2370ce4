"""Celery tasks: thin wrappers that take ids and call one service function each."""

from __future__ import annotations

from celery import shared_task
from celery.signals import worker_init
from django.db import DatabaseError

from tracker import services


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(DatabaseError, OSError),
    retry_backoff=2,
    retry_backoff_max=60,
    max_retries=5,
)
def classify_frame(self, frame_id: int) -> int:
    # The task id is the claim token: a message redelivered after its worker died carries the
    # same id, so it can take back the frames that worker had claimed without waiting a lease.
    request = self.request
    return services.classify_frame(frame_id, token=request.id or "", worker=request.hostname or "")


@shared_task
def requeue_waiting_frames() -> int:
    return services.requeue_waiting_frames()


@worker_init.connect
def preload_ml(**_kwargs) -> None:
    # Import torch/ONNX Runtime once in the worker's main process, before the pool forks:
    # a child that replaces a dead one then loads the model in about a second instead of
    # re-importing torch. (Models and ONNX sessions are still created in the children.)
    services.preload_ml()
