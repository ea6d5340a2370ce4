"""The agent offline for an hour of captures (issue 15, Reliability): 360 frames (one every
10 s) wait in the spool while the server is unreachable; once it is back they are replayed
oldest first through the real ingest view of a live server — all stored, in capture order,
none twice, the spool empty. A replay cut short after the server stored a frame but before the
agent removed it (a kill between the two) re-sends it: the same row (200), never a second one.

The spool's bound and its warning when full: tests/agent/test_spool.py (privacy's owner);
a refused frame set aside without blocking the rest: tests/agent/test_uploader.py.

Checked without the protection: with ingest's duplicate lookup and unique constraint bypassed
(`existing` forced to None and the IntegrityError branch re-raised, on a scratch copy), the
re-sent frames are 500s (IntegrityError) and stay in the spool: `sent == 365` fails.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agent.runner import Agent
from agent.spool import Spool
from agent.uploader import Uploader
from tests.conftest import screen_jpeg
from timenet_core.frame_meta import FrameMeta
from tracker.models import Frame

pytestmark = pytest.mark.django_db(transaction=True)
HOUR_OF_FRAMES = 360  # one every 10 s (the default capture interval)


def offline_agent(spool_dir, url: str, token: str) -> Agent:
    return Agent(screen=None, spool=Spool(spool_dir, max_frames=None, max_bytes=None),
                 uploader=Uploader(url, token, timeout=30), interval=10.0)


def test_an_hour_of_spooled_frames_is_replayed_in_order_once_the_server_is_back(
        live_server, refusing_url, device_token, frames_dir, redis_server, categories,
        tmp_path):
    token = device_token[1]
    images = [screen_jpeg(kind, seed) for kind in ("code", "terminal") for seed in range(3)]
    start = datetime.now(UTC) - timedelta(hours=1, minutes=5)
    offline = offline_agent(tmp_path / "spool", refusing_url, token)
    for i in range(HOUR_OF_FRAMES):
        meta = FrameMeta(captured_at=start + timedelta(seconds=10 * i), duration=10.0,
                         window_title=f"frame {i}")
        offline.spool.put(images[i % len(images)], meta.to_json())
    offline.flush()
    assert (offline.sent, offline.server_up) == (0, False)
    assert len(offline.spool.pending()) == HOUR_OF_FRAMES and not Frame.objects.exists()

    keep = [(p.read_text(), p.with_suffix(".jpg").read_bytes()) for p in
            offline.spool.pending()[:5]]  # copies, to replay a cut-short removal below
    online = offline_agent(tmp_path / "spool", live_server.url, token)
    online.flush()
    assert (online.sent, online.rejected, online.server_up) == (HOUR_OF_FRAMES, 0, True)
    assert online.spool.pending() == []
    titles = list(Frame.objects.order_by("pk").values_list("window_title", flat=True))
    assert titles == [f"frame {i}" for i in range(HOUR_OF_FRAMES)]  # all, oldest first, once

    for meta_json, jpeg in keep:  # the server stored these, the agent died before removing
        online.spool.put(jpeg, meta_json)
    online.flush()
    assert online.sent == HOUR_OF_FRAMES + 5 and online.spool.pending() == []
    assert Frame.objects.count() == HOUR_OF_FRAMES  # re-sent: the same rows, no duplicate
