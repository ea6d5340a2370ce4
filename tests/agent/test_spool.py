"""The spool: frames wait on disk in capture order; the .json is the commit marker."""

from __future__ import annotations

from agent.runner import Agent
from agent.spool import Spool
from agent.uploader import Uploader


def test_frames_come_back_in_the_order_they_were_put(tmp_path):
    spool = Spool(tmp_path / "spool")
    handles = [spool.put(bytes([i]) * 10, f'{{"n": {i}}}') for i in range(5)]
    assert spool.pending() == handles
    assert [spool.load(h) for h in spool.pending()] == [
        (bytes([i]) * 10, f'{{"n": {i}}}') for i in range(5)]


def test_a_removed_frame_leaves_nothing_behind(tmp_path):
    spool = Spool(tmp_path / "spool")
    handle = spool.put(b"jpeg", "{}")
    spool.remove(handle)
    assert spool.pending() == []
    assert sorted(p.name for p in spool.directory.iterdir()) == ["rejected"]


def test_a_crash_between_the_two_removals_leaves_no_frame_to_replay(tmp_path):
    spool = Spool(tmp_path / "spool")
    handle = spool.put(b"jpeg", "{}")
    handle.unlink()  # what remove() does first; a kill here must not leave a .json alone
    assert spool.pending() == []
    assert Spool(tmp_path / "spool").pending() == []  # and a restart finds nothing to replay


def test_a_rejected_frame_is_moved_aside_with_its_reason(tmp_path):
    spool = Spool(tmp_path / "spool")
    handle = spool.put(b"jpeg", "{}")
    spool.reject(handle, "HTTP 400: meta.captured_at must be ...")
    assert spool.pending() == []
    rejected = spool.directory / "rejected"
    assert (rejected / handle.name).read_text() == "{}"
    assert (rejected / handle.with_suffix(".jpg").name).read_bytes() == b"jpeg"
    assert "HTTP 400" in (rejected / f"{handle.stem}.reason.txt").read_text()


def test_a_metadata_file_without_its_image_is_set_aside_and_never_blocks_the_spool(
        tmp_path, refusing_url):
    spool = Spool(tmp_path / "spool")
    lone = spool.put(b"jpeg", "{}")
    lone.with_suffix(".jpg").unlink()  # what an older agent's remove() left after a kill
    waiting = spool.put(b"jpeg", "{}")
    agent = Agent(screen=None, spool=spool, uploader=Uploader(refusing_url, "x"),
                  interval=1.0)
    agent.flush()  # the server refuses connections: the good frame stays for later
    assert agent.rejected == 1
    assert spool.pending() == [waiting]
    assert "unreadable" in (spool.directory / "rejected" / f"{lone.stem}.reason.txt").read_text()
