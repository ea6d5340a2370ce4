"""Quiet, readable logs: a real Celery worker at INFO prints one line per classified batch, not
Celery's two lines per task (a task per frame)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import wait_until
from tests.tracker.test_pipeline_celery import all_done, ingest_many

pytestmark = pytest.mark.django_db(transaction=True)
BATCH_LINE = re.compile(rb"INFO tracker\.tasks: classified a batch of (\d+) frames in ")


def test_a_worker_at_info_prints_one_line_per_batch_not_two_per_frame(services, device_token,
                                                                       active_model):
    # The frames wait in Redis before the worker starts, so a task claims up to a batch of 8
    # waiting frames and the tasks of frames already classified find nothing: 20 frames, 20
    # tasks (40 lines from Celery before), 3 batches (8, 7, 5 with tracker.classify's claim).
    ingest_many(device_token[0], 20)
    services.worker("quiet", TIMENET_CLASSIFY_BATCH="8")
    wait_until(lambda: all_done(20), 180, "20 frames classified")
    wait_until(lambda: len(BATCH_LINE.findall(services.log("quiet"))) >= 3, 30,
               "the batch lines")
    log = services.log("quiet")
    batches = [int(n) for n in BATCH_LINE.findall(log)]
    assert sum(batches) == 20 and max(batches) <= 8 and len(batches) <= 4, batches
    assert b"] received" not in log and b"] succeeded in" not in log
    lines = log[log.index(b" ready."):].splitlines()[1:]
    # Besides the batches, only one-off lines (the model loaded, the start-up requeue).
    others = [line for line in lines if b" INFO " in line and not BATCH_LINE.search(line)]
    assert len(others) <= 3 and not any(b"Task " in line for line in others), others
