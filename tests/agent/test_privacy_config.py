"""The agent's privacy configuration: flags and environment, and `--pause` / `--resume`."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from agent.config import ConfigError, from_args
from agent.privacy import ExclusionRules, PauseFlag, ServerState, pause_until
from tests.conftest import PY, ROOT


def test_exclusions_come_from_the_environment_and_the_flags(tmp_path):
    config = from_args(["--exclude-app", "1password", "--exclude-title", "*bank*"],
                       {"TIMENET_DATA_DIR": str(tmp_path),
                        "TIMENET_EXCLUDE_APPS": "keepassxc, Signal",
                        "TIMENET_EXCLUDE_TITLES": "*Password*"})
    assert config.rules == ExclusionRules(apps=("keepassxc", "Signal", "1password"),
                                          titles=("*Password*", "*bank*"), skip_private=None)
    assert config.pause_path() == tmp_path / "capture.paused"


def test_private_windows_are_skipped_unless_asked_otherwise(tmp_path):
    env = {"TIMENET_DATA_DIR": str(tmp_path)}
    assert from_args([], env).rules.skip_private is None  # the privacy page decides
    assert from_args(["--capture-private"], env).rules.skip_private is False
    assert from_args([], {**env, "TIMENET_SKIP_PRIVATE": "0"}).rules.skip_private is False
    assert from_args([], {**env, "TIMENET_SKIP_PRIVATE": "1"}).rules.skip_private is True


PRIVATE = "Bank - Mozilla Firefox Private Browsing"


@pytest.mark.parametrize("agent_says, page_says, skipped", [
    (None, None, True),  # nobody said anything (no server state yet): skipped
    (None, True, True), (None, False, False),  # the page decides when the agent has no opinion
    (True, False, True), (False, True, False),  # the person at the computer set it explicitly
])
def test_who_decides_about_private_windows(agent_says, page_says, skipped):
    """Checked failing with merged() using `or` (the page's unticked box had no effect)."""
    server = ExclusionRules() if page_says is None else ExclusionRules(skip_private=page_says)
    rules = ExclusionRules(skip_private=agent_says).merged(server)
    assert (rules.match(PRIVATE, "firefox") is not None) is skipped


@pytest.mark.parametrize("argv, env, message", [
    (["--exclude-title", "   "], {}, "cannot be empty"),
    ([], {"TIMENET_EXCLUDE_APPS": "x" * 201}, "at most 200"),
    ([], {"TIMENET_SPOOL_MAX_MB": "lots"}, "TIMENET_SPOOL_MAX_MB must be a whole number"),
    ([], {"TIMENET_SPOOL_MAX_FRAMES": "-1"}, ">= 0"),
    (["--pause", "3 fortnights"], {}, "a pause is 15m, 1h"),
])
def test_bad_privacy_settings_are_refused_with_a_clear_message(tmp_path, argv, env, message):
    with pytest.raises(ConfigError, match=message):
        from_args(argv, {"TIMENET_DATA_DIR": str(tmp_path), **env})


def test_spool_bounds_come_from_the_environment(tmp_path):
    config = from_args([], {"TIMENET_DATA_DIR": str(tmp_path), "TIMENET_SPOOL_MAX_MB": "5",
                            "TIMENET_SPOOL_MAX_FRAMES": "0"})
    assert (config.spool_max_bytes, config.spool_max_frames) == (5 * 2**20, None)


def test_pause_durations():
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    assert pause_until("15m", now) == now + timedelta(minutes=15)
    assert pause_until("1h", now) == now + timedelta(hours=1)
    assert pause_until("90s", now) == now + timedelta(seconds=90)
    assert pause_until("forever", now) is None and pause_until("", now) is None
    tomorrow = pause_until("tomorrow", now).astimezone()
    assert (tomorrow.hour, tomorrow.minute) == (0, 0) and tomorrow > now


def run_agent(*argv: str, data_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "TIMENET_DATA_DIR": str(data_dir)}
    env.pop("DISPLAY", None)  # pausing needs no display and no server
    return subprocess.run([PY, "-m", "agent", *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_pause_and_resume_from_the_command_line_work_offline(tmp_path):
    """Checked failing with set_pause not called from agent.__main__ (the agent then tried to
    capture: "no display", exit 2)."""
    paused = run_agent("--pause", "1h", data_dir=tmp_path)
    assert paused.returncode == 0, paused.stderr
    assert "capture paused on this computer until" in paused.stdout
    flag = PauseFlag(tmp_path / "capture.paused")
    assert flag.active(datetime.now(UTC) + timedelta(minutes=59))
    assert not flag.active(datetime.now(UTC) + timedelta(minutes=61))
    resumed = run_agent("--resume", data_dir=tmp_path)
    assert resumed.returncode == 0 and "capture resumed" in resumed.stdout
    assert not flag.path.exists()
    forever = run_agent("--pause", data_dir=tmp_path)
    assert forever.returncode == 0 and flag.active(datetime.now(UTC) + timedelta(days=999))


@pytest.mark.parametrize("argv", [["--pause", "soon"], ["--pause", "1h", "--resume"]])
def test_a_bad_pause_exits_2_and_writes_nothing(tmp_path, argv):
    result = run_agent(*argv, data_dir=tmp_path)
    assert result.returncode == 2
    assert not (tmp_path / "capture.paused").exists()


def test_a_pause_flag_with_unreadable_content_still_pauses(tmp_path):
    flag = PauseFlag(tmp_path / "capture.paused")
    flag.path.write_text("back after lunch")
    assert flag.active(datetime.now(UTC))


def test_the_server_state_round_trips_through_the_cache_format():
    state = ServerState(paused=True, paused_until=datetime(2026, 1, 1, tzinfo=UTC),
                        rules=ExclusionRules(apps=("a",), titles=("*b*",), skip_private=False))
    assert ServerState.from_json(state.to_json()) == state
    assert ServerState.from_json({"exclusions": {}}).rules.skip_private is True
    with pytest.raises(ValueError):
        ServerState.from_json({"paused": True, "paused_until": "not a time"})
