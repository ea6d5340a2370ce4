"""Fixtures shared by the fault tests."""

from __future__ import annotations

import pytest

from tests.conftest import start_xvfb, stop_process


@pytest.fixture
def doomed_display():
    """An Xvfb of this test's own (killed by the test); yields (process, ":N")."""
    process, number = start_xvfb("800x600x24")
    yield process, f":{number}"
    stop_process(process)
