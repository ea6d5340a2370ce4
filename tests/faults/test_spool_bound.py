"""The spool is bounded: when full, the newest capture is refused (the waiting frames are kept)
with a clear warning, and capture resumes once the server has taken some."""

from __future__ import annotations

import json
import logging

import pytest

from agent.runner import Agent
from agent.spool import Spool, SpoolFull
from agent.uploader import Uploader
from tests.agent.recording_server import Recorder, recorder_fixture  # noqa: F401 - fixture


def test_a_full_spool_refuses_the_newest_frame_and_keeps_the_waiting_ones(tmp_path):
    """Checked failing with the room_for check removed from Spool.put (a 4th frame landed)."""
    spool = Spool(tmp_path / "spool", max_frames=3)
    kept = [spool.put(b"x" * 10, "{}") for _ in range(3)]
    with pytest.raises(SpoolFull, match="spool full: 3 frames"):
        spool.put(b"x" * 10, "{}")
    assert spool.pending() == kept
    assert len(list(spool.directory.glob("*.jpg"))) == 3  # nothing of the 4th written
    spool.remove(kept[0])
    spool.put(b"x" * 10, "{}")  # room again
    assert len(spool.pending()) == 3


def test_the_byte_bound_counts_the_frames_already_on_disk_after_a_restart(tmp_path):
    """Checked failing with usage() starting from zero instead of scanning the directory."""
    Spool(tmp_path / "spool", max_bytes=None).put(b"x" * 600, "{}")
    restarted = Spool(tmp_path / "spool", max_bytes=1000)
    with pytest.raises(SpoolFull):
        restarted.put(b"y" * 500, "{}")
    restarted.put(b"y" * 300, "{}")  # 600 + 2 + 300 + 2 <= 1000
    assert restarted.usage() == (2, 904)


def test_a_rejected_frame_frees_its_room(tmp_path):
    spool = Spool(tmp_path / "spool", max_frames=1)
    spool.reject(spool.put(b"x", "{}"), "HTTP 400")
    spool.put(b"x", "{}")
    assert spool.usage()[0] == 1


def test_the_agent_warns_once_while_full_and_captures_again_after_a_flush(
        tmp_path, recorder: Recorder, caplog):
    """Checked failing with SpoolFull not caught in Agent.capture_once (it escaped to the
    display back-off, which blamed the display)."""
    from agent.privacy import ExclusionRules
    from agent.state import CaptureGuard

    class StillScreen:  # the pixels do not matter here: the spool's behaviour does
        def grab_shrunk(self):
            from PIL import Image

            return Image.new("RGB", (64, 48))

        def close(self):
            pass

    spool = Spool(tmp_path / "spool", max_frames=2)
    agent = Agent(screen=StillScreen(), spool=spool, uploader=Uploader(recorder.url, "t"),
                  interval=1.0, guard=CaptureGuard(rules=ExclusionRules(skip_private=False)))
    with caplog.at_level(logging.INFO, logger="timenet.agent"):
        for _ in range(5):
            assert agent.capture_or_back_off() == 0.0  # never a display back-off
    assert (agent.captured, agent.skipped, len(spool.pending())) == (2, 3, 2)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "spool full: 2 frames" in warnings[0].getMessage()
    assert "new captures are not kept" in warnings[0].getMessage()
    agent.flush()
    assert len(recorder.uploads()) == 2 and spool.pending() == []
    agent.capture_or_back_off()
    assert agent.captured == 3 and json.loads(spool.load(spool.pending()[0])[1])["duration"] == 1


def scanned(spool: Spool) -> tuple[int, int]:
    """(frames, bytes) counted from disk, as a restarted agent would."""
    return Spool(spool.directory, max_frames=None, max_bytes=None).usage()


def test_the_running_count_matches_the_disk_after_every_put_remove_and_reject(tmp_path):
    """The bound uses a running count (no directory scan per capture), so every operation must
    keep it equal to what is on disk. Found by mutation testing: `remove`/`reject` subtracting
    two frames, or adding the bytes back, survived every other test."""
    spool = Spool(tmp_path / "spool", max_frames=None, max_bytes=None)
    spool.usage()  # start the running count
    handles = [spool.put(b"x" * (100 + i), json.dumps({"i": i})) for i in range(5)]
    assert spool.usage() == scanned(spool) == (5, sum(100 + i + 8 for i in range(5)))
    spool.remove(handles[0])
    assert spool.usage() == scanned(spool) == (4, sum(100 + i + 8 for i in range(1, 5)))
    spool.reject(handles[1], "HTTP 400")
    assert spool.usage() == scanned(spool) == (3, sum(100 + i + 8 for i in range(2, 5)))
    spool.remove(handles[0])  # removing twice changes nothing
    assert spool.usage() == scanned(spool)


def test_a_frame_that_fills_the_byte_cap_exactly_fits(tmp_path):
    """The byte bound is inclusive: 998 + 2 bytes of metadata fill a 1,000-byte spool."""
    spool = Spool(tmp_path / "spool", max_bytes=1000)
    spool.put(b"x" * 998, "{}")
    assert spool.usage() == (1, 1000)
    with pytest.raises(SpoolFull):
        spool.put(b"", "{}")
