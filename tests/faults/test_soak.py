"""Soak (issue 15): frames at a steady rate through the real ingest view (a live server) ->
Redis -> a real Celery worker -> the classifier, on SQLite, with two retrains started at the same
moment in the middle (one runs, the other is told "already running"): zero "database is
locked", zero frames lost, zero duplicates (every 25th frame is sent twice, as an agent retrying
after a timeout does).

Marked `slow`, and run by `make test` like every other test. The issue asks for 10 minutes at
20 frames/s: that run (TIMENET_SOAK_SECONDS=600) passed inside `make test` on 2026-11-30 (12,000
frames, nothing lost or duplicated, no "database is locked") but took 21 minutes, because on
this 2-core box one core classifies while the other serves the feed, which then reaches about
10 frames/s. To keep `make test` inside its 40-minute budget the default is 240 s at 20
frames/s (4,800 frames) on SQLite, where "database is locked" can happen, and the Makefile sets
120 s for the PostgreSQL pass. TIMENET_SOAK_RATE (frames/s) and TIMENET_SOAK_SECONDS set both.
The figures (frames sent, achieved rate, statuses, drain time, CPU) are printed as "soak: ..."
and written to var/test-artifacts/faults/soak-<vendor>.json.

Checked to fail: with SQLite's IMMEDIATE transactions (timenet_site/settings.py
`sqlite_options`) turned back to DEFERRED on a scratch copy of the tree, a 30 s run at 20/s
fails on "database is locked" in the worker's log.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.db.models import Count

from agent.uploader import multipart_body
from labeling.models import RetrainRun
from tests.conftest import PY, ROOT, screen_jpeg, wait_until
from tests.labeling.labelled import label_screens
from tracker.models import Frame, Observation

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
RATE = float(os.environ.get("TIMENET_SOAK_RATE", "20"))  # frames per second
SECONDS = float(os.environ.get("TIMENET_SOAK_SECONDS", "240"))
ARTIFACTS = ROOT / "var" / "test-artifacts" / "faults"
RESEND_EVERY = 25  # every Nth frame is posted twice (an agent's retry after a timeout)
IMAGES = [screen_jpeg(kind, seed) for kind in ("code", "terminal", "youtube")
          for seed in range(4)]


class Feeder:
    """Posts frames to the live server at RATE for SECONDS; counts the answers."""

    def __init__(self, url: str, token: str, start: datetime) -> None:
        self.url, self.token, self.start = url + "/api/frames", token, start
        self.statuses: Counter = Counter()
        self.errors: list[str] = []
        self.ids: dict[int, int] = {}  # frame number -> row id
        self.lock = threading.Lock()

    def post(self, number: int) -> int:
        meta = json.dumps({"captured_at": (self.start + timedelta(seconds=number / RATE))
                           .isoformat(), "duration": 1 / RATE, "window_title": f"soak {number}"})
        body, content_type = multipart_body(IMAGES[number % len(IMAGES)], meta)
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Authorization": f"Device {self.token}", "Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, answer = response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            status, answer = exc.code, {"error": exc.read()[:300].decode(errors="replace")}
        with self.lock:
            self.statuses[status] += 1
            if status in (200, 201):
                assert self.ids.setdefault(number, answer["id"]) == answer["id"]
            else:
                self.errors.append(f"frame {number}: {status} {answer}")
        return status

    def run(self, midway) -> float:
        """Feed on a fixed schedule; calls `midway()` halfway; returns the achieved rate."""
        total = int(RATE * SECONDS)
        began = time.monotonic()
        with ThreadPoolExecutor(max_workers=6) as pool:
            for number in range(total):
                delay = began + number / RATE - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(self.post, number)
                if number % RESEND_EVERY == 0:
                    pool.submit(self.post, number)
                if number == total // 2:
                    midway()
        return total / (time.monotonic() - began)


def retrain_processes(services) -> list[subprocess.Popen]:
    """Two `manage.py retrain` started at the same moment (the models page's button pressed
    twice, or the nightly run meeting the N-new-labels one)."""
    return [services.start(f"retrain-{name}", [PY, "manage.py", "retrain", "--json"])
            for name in ("a", "b")]


@pytest.mark.timeout(int(SECONDS) + 1800)
def test_a_soak_with_two_retrains_loses_nothing_and_duplicates_nothing(
        services, live_server, owner, device_token, small_model, tmp_path):
    device, token = device_token
    label_screens(owner, device, small_model, tmp_path, per_class=10)  # what retraining needs
    labelled = set(Frame.objects.values_list("pk", flat=True))
    services.worker("w1", concurrency=2)
    services.beat(TIMENET_REQUEUE_EVERY="5")
    feeder = Feeder(live_server.url, token, datetime.now(UTC) - timedelta(seconds=SECONDS + 600))
    retrains: list[subprocess.Popen] = []
    cpu0 = time.process_time()
    rate = feeder.run(lambda: retrains.extend(retrain_processes(services)))
    feed_cpu = time.process_time() - cpu0
    sent = len(feeder.ids)

    def soak_frames():
        return Frame.objects.exclude(pk__in=labelled)

    drain0 = time.monotonic()
    wait_until(lambda: soak_frames().filter(status=Frame.Status.DONE).count() == sent,
               max(900, SECONDS * 3), f"all {sent} soak frames classified")
    drained = time.monotonic() - drain0
    for process in retrains:
        process.wait(timeout=900)
    logs = b"".join(services.log(name) for name in ("w1", "beat", "retrain-a", "retrain-b"))
    print(f"\nsoak: {sent} frames at {rate:.1f}/s target {RATE:g}/s for {SECONDS:g} s; "
          f"answers {dict(feeder.statuses)}; drained {drained:.0f} s after the feed; "
          f"feeder+server CPU {feed_cpu:.0f} s; retrain exits "
          f"{[p.returncode for p in retrains]}")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)  # the figures, also when output is captured
    (ARTIFACTS / f"soak-{connection.vendor}.json").write_text(json.dumps({
        "frames": sent, "rate_per_s": round(rate, 2), "target_per_s": RATE, "seconds": SECONDS,
        "answers": {str(k): v for k, v in feeder.statuses.items()},
        "drained_after_feed_s": round(drained, 1), "feeder_server_cpu_s": round(feed_cpu, 1),
        "retrain_exits": [p.returncode for p in retrains]}, indent=2))

    assert feeder.errors == []  # no 5xx (a locked database would be a 503), no refusal
    assert b"database is locked" not in logs
    assert sent == int(RATE * SECONDS)
    assert soak_frames().count() == sent  # nothing lost, no extra row from a re-send
    assert sorted(feeder.ids.values()) == sorted(soak_frames().values_list("pk", flat=True))
    per_frame = Observation.objects.filter(frame__in=soak_frames()).values("frame").annotate(
        n=Count("pk"))
    assert len(per_frame) == sent and {row["n"] for row in per_frame} == {1}  # no duplicate
    assert feeder.statuses[200] == len(range(0, sent, RESEND_EVERY))  # re-sends: same row

    codes = sorted(p.returncode for p in retrains)
    assert codes == [0, 1], logs.decode(errors="replace")[-3000:]  # one ran, one refused
    assert b"already running" in logs
    assert RetrainRun.objects.filter(kind=RetrainRun.Kind.RETRAIN, trigger="command").count() == 1
