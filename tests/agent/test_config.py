"""The agent's configuration: flags over environment over defaults, bad values refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agent.config import CHECKOUT_DATA_DIR, ConfigError, from_args


def test_defaults_come_from_the_environment(tmp_path):
    env = {"TIMENET_DATA_DIR": str(tmp_path), "TIMENET_PORT": "8123",
           "TIMENET_CAPTURE_INTERVAL": "2.5"}
    config = from_args([], env)
    assert config.server_url == "http://127.0.0.1:8123"
    assert config.interval == 2.5
    assert config.token_file == tmp_path / "agent.token"
    assert config.spool_dir == tmp_path / "spool"
    assert config.count is None


def test_flags_win_over_the_environment(tmp_path):
    env = {"TIMENET_DATA_DIR": str(tmp_path), "TIMENET_SERVER_URL": "http://a:1",
           "TIMENET_CAPTURE_INTERVAL": "2.5"}
    config = from_args(["--server", "https://b:2", "--interval", "30", "--spool",
                        str(tmp_path / "s"), "--token-file", str(tmp_path / "t"), "--count", "3"],
                       env)
    assert (config.server_url, config.interval, config.count) == ("https://b:2", 30.0, 3)
    assert (config.spool_dir, config.token_file) == (tmp_path / "s", tmp_path / "t")


def test_without_a_data_dir_the_agent_uses_the_servers_default_data_dir():
    """`python -m agent --pause` typed beside `make run` must reach make run's agent, which is
    given the server's data directory: both default to var/ in the checkout (a new user's
    pause went to ~/.local/share/timenet and paused nothing)."""
    from django.conf import settings  # the server's default, read the way make run reads it

    config = from_args([], {})
    assert config.spool_dir == CHECKOUT_DATA_DIR / "spool"
    assert config.token_file == CHECKOUT_DATA_DIR / "agent.token"
    assert config.pause_path() == CHECKOUT_DATA_DIR / "capture.paused"
    if not os.environ.get("TIMENET_DATA_DIR"):
        assert Path(settings.DATA_DIR) == CHECKOUT_DATA_DIR


def test_the_token_comes_from_the_environment_or_the_token_file(tmp_path):
    (tmp_path / "agent.token").write_text("from-file\n")
    assert from_args([], {"TIMENET_DATA_DIR": str(tmp_path)}).read_token() == "from-file"
    env = {"TIMENET_DATA_DIR": str(tmp_path), "TIMENET_DEVICE_TOKEN": "from-env"}
    assert from_args([], env).read_token() == "from-env"


def test_a_missing_token_file_says_how_to_get_a_token(tmp_path):
    config = from_args([], {"TIMENET_DATA_DIR": str(tmp_path)})
    with pytest.raises(ConfigError, match="no device token.*add_device"):
        config.read_token()


@pytest.mark.parametrize(("argv", "env", "message"), [
    (["--interval", "0"], {}, "interval must be >= 0.2"),
    (["--interval", "nan"], {}, "interval must be >= 0.2"),
    ([], {"TIMENET_CAPTURE_INTERVAL": "often"}, "must be a number"),
    (["--server", "127.0.0.1:8000"], {}, "must start with http"),
    (["--count", "0"], {}, "--count must be >= 1"),
])
def test_bad_values_are_refused_with_a_clear_message(tmp_path, argv, env, message):
    with pytest.raises(ConfigError, match=message):
        from_args(argv, {"TIMENET_DATA_DIR": str(tmp_path), **env})
