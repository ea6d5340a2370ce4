"""Fixtures that keep one test run from colliding with another run or another test.

Imported by tests/conftest.py so pytest registers them for the whole suite.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest


def run_suffix() -> str:
    """A name part unique to this pytest process: its pid plus random bits (pids recycle)."""
    return f"{os.getpid()}_{secrets.token_hex(3)}"


def suffixed_test_name(db: dict, suffix: str) -> str | None:
    """The test database name of one DATABASES entry with `suffix` added, or None to keep it.

    PostgreSQL: `test_<NAME>_<suffix>` (63 bytes at most, PostgreSQL's identifier limit).
    SQLite: the file name gets `-<suffix>` before its extension; an in-memory one is kept.
    """
    name = db.get("TEST", {}).get("NAME")
    if db["ENGINE"].endswith("sqlite3"):
        if not name or name == ":memory:" or name.startswith("file:"):
            return None
        path = Path(name)
        return str(path.with_name(f"{path.stem}-{suffix}{path.suffix}"))
    return f"{name or 'test_' + db['NAME']}_{suffix}"[:63]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix) -> None:
    """A per-run test database name (pytest-django's hook for changing DATABASES first).

    With one fixed name, two checkouts testing against one PostgreSQL server (or two runs in
    one checkout, on the SQLite file) drop each other's database mid-run.
    """
    from django.conf import settings

    suffix = run_suffix()
    for db in settings.DATABASES.values():
        name = suffixed_test_name(db, suffix)
        if name is not None:
            db.setdefault("TEST", {})["NAME"] = name


@pytest.fixture
def refusing_url() -> Iterator[str]:
    """An http:// URL on 127.0.0.1 where a connection is refused, for as long as the test runs.

    The port is bound by a socket this fixture owns and never listens on: the kernel answers a
    connect with RST, and no other process can start listening there meanwhile (unlike a
    "surely closed" port such as 9, or a port probed free and released).
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as owned:
        owned.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{owned.getsockname()[1]}"
