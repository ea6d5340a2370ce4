"""Removing a spooled frame is idempotent: a frame the agent already forgot (a re-sent frame, or a
crash between the two removals) is removed again without an error, never blocking the replay.
Written for surviving mutants of agent.spool.Spool.remove (missing_ok=True -> False/None)."""

from __future__ import annotations

from agent.spool import Spool


def test_removing_a_frame_twice_is_no_error(tmp_path):
    spool = Spool(tmp_path / "spool")
    handle = spool.put(b"jpeg", "{}")
    spool.remove(handle)
    spool.remove(handle)
    assert spool.pending() == []


def test_a_stray_image_left_by_a_crash_is_removed_with_its_gone_marker(tmp_path):
    spool = Spool(tmp_path / "spool")
    handle = spool.put(b"jpeg", "{}")
    handle.unlink()  # the crash came after the marker's removal
    spool.remove(handle)
    assert not handle.with_suffix(".jpg").exists()


def test_a_marker_whose_image_is_already_gone_is_removed(tmp_path):
    spool = Spool(tmp_path / "spool")
    handle = spool.put(b"jpeg", "{}")
    handle.with_suffix(".jpg").unlink()
    spool.remove(handle)
    assert not handle.exists() and spool.pending() == []
