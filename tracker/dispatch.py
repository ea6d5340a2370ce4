"""Sending work to the Celery workers, by task name.

Tasks are published by name rather than by importing `tracker.tasks`, so the service modules
never import the task module that calls them (no tasks <-> services import circle).
"""

from __future__ import annotations

import logging

from timenet_site.celery import app

log = logging.getLogger(__name__)

CLASSIFY_TASK = "tracker.tasks.classify_frame"
REQUEUE_TASK = "tracker.tasks.requeue_waiting_frames"


def enqueue_classification(frame_ids: list[int]) -> int:
    """Send one classify task per frame id; returns how many were sent.

    A broker outage must not fail ingest: the rows are committed, and the beat job
    (`requeue_waiting_frames`) sends them again once Redis is back.
    """
    sent = 0
    for frame_id in frame_ids:
        try:
            app.send_task(CLASSIFY_TASK, args=(frame_id,))
            sent += 1
        except Exception as exc:  # noqa: BLE001 - any broker error: the beat job retries later
            log.warning("broker unavailable, frame %s waits for the requeue job: %s", frame_id, exc)
            break
    return sent


def enqueue_requeue() -> bool:
    """Ask a worker to re-send every waiting frame now (e.g. a model was just activated).
    Returns False when the broker is away (the beat job does it on its next run)."""
    try:
        app.send_task(REQUEUE_TASK, kwargs={"min_age": 0.0})
    except Exception as exc:  # noqa: BLE001 - any broker error: the beat job retries later
        log.warning("broker unavailable, waiting frames wait for the beat job: %s", exc)
        return False
    return True
