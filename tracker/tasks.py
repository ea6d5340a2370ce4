"""Celery tasks: thin wrappers that take ids and call one service function each.

Services never import this module (they publish tasks by name, see tracker/dispatch.py), so
there is no tasks <-> services import circle.
"""

from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError

from tracker import classify


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
    return classify.classify_frame(frame_id, token=request.id or "", worker=request.hostname or "")


@shared_task
def requeue_waiting_frames(min_age: float | None = None) -> int:
    return classify.requeue_waiting_frames(min_age=min_age)

