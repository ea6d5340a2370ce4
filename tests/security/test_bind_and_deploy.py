"""The server listens on 127.0.0.1 unless the team profile (TLS + tokens) is configured, and
`manage.py check --deploy` is clean in the team profile.

How these were checked to fail: with `bind_refusal` allowing every valid address, the
profile/address table fails for 0.0.0.0 and 10.1.2.3 in the local profile (and `make run` goes
on to migrate and start on them); without the team block in settings.py, check --deploy
reports W004/W008/W012/W016 — the local-profile test below shows those very warnings.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timenet_site import run

ROOT = Path(__file__).resolve().parents[2]
TEAM = {"TIMENET_PROFILE": "team", "TIMENET_SERVER_URL": "https://timenet.example",
        "TIMENET_ALLOWED_HOSTS": "timenet.example"}


def start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """`make run`'s entry point with `env`; these cases must stop before starting anything."""
    full = {**os.environ, "TIMENET_DATA_DIR": str(tmp_path), "TIMENET_PORT": "18999", **env}
    full.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "timenet_site.run"], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("bind", ["0.0.0.0", "192.0.2.10", "::"])
def test_another_interface_without_the_team_profile_exits_2_before_anything_starts(
        tmp_path, bind):
    done = start(tmp_path, TIMENET_BIND=bind)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"refusing to listen on {bind}" in done.stderr and "TIMENET_PROFILE=team" in done.stderr
    assert not (tmp_path / "supervisord.conf").exists()
    assert not (tmp_path / "timenet.sqlite3").exists()  # not even migrated


def test_the_team_profile_without_tls_exits_2_with_the_reason(tmp_path):
    done = start(tmp_path, TIMENET_PROFILE="team", TIMENET_BIND="0.0.0.0",
                 TIMENET_SERVER_URL="http://timenet.example")
    assert done.returncode == 2
    assert "team profile needs TLS" in done.stderr and "Traceback" not in done.stderr


def test_a_bind_value_that_is_not_an_address_exits_2(tmp_path):
    done = start(tmp_path, TIMENET_BIND="everywhere")
    assert done.returncode == 2 and "must be an IP address" in done.stderr


@pytest.mark.parametrize(("bind", "profile", "allowed"), [
    ("127.0.0.1", "local", True), ("::1", "local", True), ("127.0.0.2", "local", True),
    ("0.0.0.0", "local", False), ("10.1.2.3", "local", False),
    ("0.0.0.0", "team", True), ("10.1.2.3", "team", True), ("nope", "team", False)])
def test_which_addresses_each_profile_may_listen_on(bind, profile, allowed):
    assert (run.bind_refusal(bind, profile) is None) == allowed


def test_the_web_server_listens_on_loopback_by_default(settings):
    assert settings.TIMENET_BIND == "127.0.0.1" and settings.TIMENET_PROFILE == "local"
    web = run.programs(settings, redis_socket=None)["web"]
    assert f"--listen=127.0.0.1:{settings.TIMENET_PORT}" in web


def check_deploy(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    full = {**os.environ, "TIMENET_DATA_DIR": str(tmp_path), **env}
    for name in ("TIMENET_PROFILE", "TIMENET_DEBUG"):
        if name not in env:
            full.pop(name, None)
    return subprocess.run([sys.executable, "manage.py", "check", "--deploy",
                           "--fail-level", "WARNING"], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=120)


def test_check_deploy_is_clean_in_the_team_profile(tmp_path):
    done = check_deploy(tmp_path, TEAM)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_check_deploy_flags_the_local_profile_for_what_the_team_profile_sets(tmp_path):
    """The local profile (loopback, plain HTTP) is not meant to pass --deploy: the checks the
    team profile fixes are exactly the TLS ones."""
    done = check_deploy(tmp_path, {})
    assert done.returncode != 0
    for code in ("W004", "W008", "W012", "W016"):
        assert code in done.stderr + done.stdout
