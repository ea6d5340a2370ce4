"""Redis restarted (kill -9) with classification tasks queued in it (issue 15, Reliability):
with persistence (appendonly, fsync always) the queued tasks survive the restart; without it
they are gone and the beat job (`requeue_waiting_frames`) sends them again from the database.
Either way every frame is classified exactly once. The database is the source of truth.

tests/tracker/test_broker_outage.py covers Redis down while the agent captures (frames stored
during the outage, classified once it is back).

Checked without the protection: with beat not started in the no-persistence case (i.e. no
requeue job), the wait for the frames to be classified times out — they wait for ever.
"""

from __future__ import annotations

import json
import signal
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
import redis
from django.db.models import Count

from tests.conftest import RedisServer, require_binary, screen_jpeg, wait_until
from timenet_site.celery import app
from tracker import ingest
from tracker.models import Frame, Observation

pytestmark = pytest.mark.django_db(transaction=True)
FRAMES = 12


class PersistentRedis(RedisServer):
    """A redis-server that may keep its data across a restart (AOF, fsync on every write)."""

    persistent: bool = False

    def start(self) -> None:
        self.socket_path.unlink(missing_ok=True)
        save = ["--appendonly", "yes", "--appendfsync", "always"] if self.persistent else [
            "--appendonly", "no"]
        self.process = subprocess.Popen(
            [require_binary("redis-server"), "--port", "0", "--unixsocket",
             str(self.socket_path), "--save", "", *save, "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_until(self.ping, 20, "redis-server to accept connections")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.process = None

    def queued(self) -> int:
        """Classification tasks waiting in the default queue."""
        messages = redis.Redis(unix_socket_path=str(self.socket_path)).lrange("celery", 0, -1)
        return sum(json.loads(m)["headers"]["task"] == "tracker.tasks.classify_frame"
                   for m in messages)


@pytest.fixture
def own_redis(redis_server, tmp_path, request):
    """This test's Redis as the broker of the test process and its workers; the session's
    Redis is the broker again afterwards."""
    server = PersistentRedis(tmp_path / "redis")
    server.directory.mkdir()
    server.persistent = request.param
    server.start()
    app.conf.broker_url, app._pool, app.amqp._producer_pool = server.url, None, None
    try:
        yield server
    finally:
        server.stop()
        app.conf.broker_url, app._pool, app.amqp._producer_pool = redis_server.url, None, None


@pytest.mark.parametrize("own_redis", [True, False], ids=["persistent", "no-persistence"],
                         indirect=True)
def test_tasks_queued_in_redis_survive_or_are_resent_after_a_kill_9_restart(
        own_redis, services, device_token, active_model):
    services.env["REDIS_URL"] = own_redis.url
    start = datetime.now(UTC) - timedelta(hours=1)
    for i in range(FRAMES):  # no worker yet: the tasks wait in Redis
        meta = {"captured_at": (start + timedelta(seconds=10 * i)).isoformat(), "duration": 10}
        ingest.ingest_frame(device_token[0], screen_jpeg("code", i), json.dumps(meta))
    wait_until(lambda: own_redis.queued() == FRAMES, 30, f"{FRAMES} tasks queued in Redis")

    own_redis.kill()
    own_redis.start()
    assert own_redis.queued() == (FRAMES if own_redis.persistent else 0)

    services.worker("w1")
    if not own_redis.persistent:
        # min age 0: the frames are only seconds old; the job sends them again
        services.beat(TIMENET_REQUEUE_EVERY="2")
    wait_until(lambda: Frame.objects.filter(status=Frame.Status.DONE).count() == FRAMES, 240,
               f"all {FRAMES} frames classified after the restart")
    per_frame = Observation.objects.values("frame").annotate(n=Count("pk"))
    assert len(per_frame) == FRAMES and {row["n"] for row in per_frame} == {1}
