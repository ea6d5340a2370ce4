"""The pipeline with a real Redis and real Celery workers: volume, crashes, team profile."""

from __future__ import annotations

import json
import os
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.db.models import Count, Sum

from tests.conftest import on_postgres, screen_jpeg, wait_until
from tracker import ingest
from tracker.models import Frame, Observation, UsageRollup

pytestmark = pytest.mark.django_db(transaction=True)
START = datetime(2026, 11, 22, 8, tzinfo=UTC)
KINDS = ("code", "terminal", "youtube")
IMAGES = {kind: screen_jpeg(kind, 7) for kind in KINDS}


def ingest_many(device, count: int) -> list[int]:
    """Ingest `count` frames as the web view does (commit, then enqueue on commit)."""
    ids = []
    for i in range(count):
        meta = {"captured_at": (START + timedelta(seconds=i)).isoformat(), "duration": 1.0}
        frame, _ = ingest.ingest_frame(device, IMAGES[KINDS[i % 3]], json.dumps(meta))
        ids.append(frame.pk)
    return ids


def all_done(count: int) -> bool:
    return Frame.objects.filter(status=Frame.Status.DONE).count() == count


def assert_classified_exactly_once(count: int) -> None:
    assert Frame.objects.count() == count
    assert Frame.objects.exclude(status=Frame.Status.DONE).count() == 0
    assert Observation.objects.count() == count
    per_frame = Observation.objects.values("frame").annotate(n=Count("pk"))
    assert {row["n"] for row in per_frame} == {1}
    day = UsageRollup.objects.filter(granularity="day").aggregate(s=Sum("seconds"))["s"]
    assert day == pytest.approx(count * 1.0)  # every second counted once, none twice


def test_a_hundred_frames_in_make_a_hundred_observations(services, device_token, active_model):
    services.worker("w1")
    ingest_many(device_token[0], 100)
    wait_until(lambda: all_done(100), 180, "100 frames classified")
    assert_classified_exactly_once(100)


def process_state(pid: int) -> str:
    """The one-letter state in /proc/PID/stat ("T" once a SIGSTOP has taken effect)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rsplit(")", 1)[1].split()[0]


def freeze_pool_mid_task(services, name: str) -> list[int]:
    """SIGSTOP the worker's pool processes at a moment when one of them holds a claimed frame.

    Stopped, a process cannot finish its task: a frame still PROCESSING then proves that the
    kill that follows lands mid-task (not on an idle process between two tasks). When the
    stop catches no claim, the pool is resumed and the next moment tried.
    """
    def stopped_holding_a_claim() -> list[int] | None:
        children = services.children(name)
        for pid in children:
            os.kill(pid, signal.SIGSTOP)
        wait_until(lambda: all(process_state(pid) in "Tt" for pid in children), 10,
                   "the pool processes to stop", every=0.001)
        if children and Frame.objects.filter(status=Frame.Status.PROCESSING).exists():
            return children
        for pid in children:
            os.kill(pid, signal.SIGCONT)
        return None

    return wait_until(stopped_holding_a_claim, 120, "a pool process holding a claimed frame",
                      every=0.005)


def test_killing_the_worker_child_mid_task_still_classifies_every_frame_once(
        services, device_token, active_model):
    # Small batches so the kill lands while many tasks are still queued or running.
    worker = services.worker("w1", TIMENET_CLASSIFY_BATCH="4")
    ingest_many(device_token[0], 40)
    for pid in freeze_pool_mid_task(services, "w1"):
        os.kill(pid, signal.SIGKILL)
    wait_until(lambda: all_done(40), 180, "every frame classified after the kill")
    assert_classified_exactly_once(40)
    assert worker.poll() is None  # the pool replaced its child; the worker kept running
    # What billiard logs when a process dies while it runs a job (acks_late: redelivered).
    assert b"WorkerLostError" in services.log("w1")


def test_the_team_profile_spreads_frames_over_two_workers(services, device_token, active_model):
    if not on_postgres():
        pytest.skip("the team profile is PostgreSQL + external Redis: run with DATABASE_URL")
    services.worker("alpha", TIMENET_CLASSIFY_BATCH="2")
    services.worker("beta", TIMENET_CLASSIFY_BATCH="2")
    ingest_many(device_token[0], 60)
    wait_until(lambda: all_done(60), 180, "60 frames classified by two workers")
    assert_classified_exactly_once(60)
    workers = {w.split("@")[0] for w in Observation.objects.values_list("worker", flat=True)}
    assert workers == {"alpha", "beta"}
