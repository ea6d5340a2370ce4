"""Fixtures shared by the fault tests."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.conftest import require_binary, stop_process


@pytest.fixture
def doomed_display():
    """An Xvfb of this test's own (killed by the test); yields (process, ":N")."""
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [require_binary("Xvfb"), "-displayfd", str(write_fd), "-screen", "0", "800x600x24",
         "-nolisten", "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield process, f":{number}"
    stop_process(process)
