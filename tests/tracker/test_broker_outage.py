"""Redis stopped while the agent captures: after it is back, no frame is lost."""

from __future__ import annotations

import re
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.conftest import PY, ROOT, RedisServer, wait_until
from tracker.models import Frame, Observation

pytestmark = pytest.mark.django_db(transaction=True)
# Frames the agent must get stored while Redis is down (one every 0.5 s): the outage lasts as
# long as that takes, not a fixed time.
OUTAGE_FRAMES = 8


@contextmanager
def redis_down(server: RedisServer) -> Iterator[None]:
    """Stop the session's Redis for the block; it is back afterwards even if the block fails,
    so a failed assertion here cannot leave every later test without a broker."""
    server.stop()
    try:
        yield
    finally:
        if not server.ping():
            server.start()


def test_no_frame_is_lost_while_redis_is_down(services, redis_server, live_server, xvfb,
                                              device_token, active_model, tmp_path):
    services.worker("w1")
    # The beat job is what re-sends frames whose task could not be queued during the outage.
    services.beat(TIMENET_REQUEUE_EVERY="2")
    agent = subprocess.Popen(
        [PY, "manage.py", "capture", "--server", live_server.url, "--interval", "0.5",
         "--spool", str(tmp_path / "spool")],
        cwd=ROOT, env={**xvfb.env, "TIMENET_DEVICE_TOKEN": device_token[1],
                       "TIMENET_DATA_DIR": str(tmp_path / "agent")},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        wait_until(lambda: Frame.objects.filter(status=Frame.Status.DONE).count() >= 3, 180,
                   "the pipeline to classify its first frames")
        with redis_down(redis_server):
            before = Frame.objects.count()
            # the agent keeps capturing and ingest keeps storing while the broker is away
            wait_until(lambda: Frame.objects.count() >= before + OUTAGE_FRAMES, 180,
                       f"{OUTAGE_FRAMES} frames stored while Redis is down")
    finally:
        agent.send_signal(signal.SIGTERM)
        output, _ = agent.communicate(timeout=60)
    summary = re.search(r"captured (\d+), sent (\d+), rejected (\d+), waiting in spool (\d+)",
                        output)
    assert summary, output[-2000:]
    captured, sent, rejected, waiting = map(int, summary.groups())
    assert (sent, rejected, waiting) == (captured, 0, 0)
    wait_until(lambda: Observation.objects.count() >= captured, 180,
               "every captured frame to be classified after Redis came back")
    assert Frame.objects.count() == captured
    assert Frame.objects.filter(status=Frame.Status.DONE).count() == captured
    assert Observation.objects.count() == captured
