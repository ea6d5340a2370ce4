"""Redis stopped for 30 s while the agent captures: after it is back, no frame is lost."""

from __future__ import annotations

import re
import signal
import subprocess
import time

import pytest

from tests.conftest import PY, ROOT, wait_until
from tracker.models import Frame, Observation

pytestmark = pytest.mark.django_db(transaction=True)
OUTAGE_SECONDS = 30


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
        redis_server.stop()
        before = Frame.objects.count()
        time.sleep(OUTAGE_SECONDS)
        assert Frame.objects.count() > before  # the agent kept capturing; ingest kept storing
        redis_server.start()
        time.sleep(2)
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
