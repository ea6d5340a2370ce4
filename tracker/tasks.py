"""Celery tasks: thin wrappers that take ids and call one service function each.

Services never import this module (they publish tasks by name, see tracker/dispatch.py), so
there is no tasks <-> services import circle. Each task that did work logs one INFO line
(Celery's own per-task lines are filtered out: timenet_site.celery.PerTaskLines).
"""

from __future__ import annotations

import logging
import time

from celery import shared_task
from django.db import DatabaseError

from tracker import classify

log = logging.getLogger(__name__)


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
    began = time.monotonic()
    written = classify.classify_frame(frame_id, token=request.id or "",
                                      worker=request.hostname or "")
    # One line per batch: the other tasks of the batch's frames find nothing left to claim.
    if written:
        log.info("classified a batch of %d frames in %.2f s (task %s)", written,
                 time.monotonic() - began, request.id)
    return written


@shared_task
def requeue_waiting_frames(min_age: float | None = None) -> int:
    sent = classify.requeue_waiting_frames(min_age=min_age)
    if sent:
        log.info("requeued waiting frames: %d tasks sent", sent)
    return sent
