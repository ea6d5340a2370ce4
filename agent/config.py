"""The agent's configuration: command-line flags over environment variables over defaults.

    --server URL        $TIMENET_SERVER_URL, else http://127.0.0.1:$TIMENET_PORT (port 8000)
    --interval SECONDS  $TIMENET_CAPTURE_INTERVAL, else 10
    --data-dir DIR      $TIMENET_DATA_DIR, else ~/.local/share/timenet ($XDG_DATA_HOME)
    --token-file PATH   $TIMENET_TOKEN_FILE, else DATA_DIR/agent.token
                        ($TIMENET_DEVICE_TOKEN, when set, is the token itself)
    --spool DIR         DATA_DIR/spool
    --count N           stop after N captures (default: run until SIGINT/SIGTERM)

Nothing here creates the server's data: the agent only reads its token and writes its spool.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PORT = 8000
DEFAULT_INTERVAL = 10.0  # seconds; the product's default capture interval
MIN_INTERVAL = 0.2  # seconds; faster would spend the CPU the agent must not take


class ConfigError(ValueError):
    """A flag, variable or token file the agent cannot work with; the message says which."""


@dataclass(frozen=True)
class AgentConfig:
    server_url: str
    interval: float  # seconds between captures
    token_file: Path
    spool_dir: Path
    token: str = ""  # the token itself (from the environment); empty = read token_file
    count: int | None = None  # captures before stopping; None = until stopped

    def read_token(self) -> str:
        """The device token: the configured one, else the token file's content.
        Raises ConfigError when neither gives one."""
        if self.token:
            return self.token
        try:
            token = self.token_file.read_text().strip()
        except OSError as exc:
            raise ConfigError(
                f"no device token: {self.token_file} is unreadable ({exc}). `make run` creates "
                "it; or create a device with `manage.py add_device NAME --owner USER` and set "
                "TIMENET_DEVICE_TOKEN or --token-file") from exc
        if not token:
            raise ConfigError(f"no device token: {self.token_file} is empty")
        return token


def default_data_dir(env: Mapping[str, str]) -> Path:
    if env.get("TIMENET_DATA_DIR"):
        return Path(env["TIMENET_DATA_DIR"]).expanduser()
    xdg = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg).expanduser() / "timenet"


def env_interval(env: Mapping[str, str]) -> float:
    raw = env.get("TIMENET_CAPTURE_INTERVAL", "")
    try:
        return float(raw) if raw else DEFAULT_INTERVAL
    except ValueError as exc:
        raise ConfigError(f"TIMENET_CAPTURE_INTERVAL must be a number, got {raw!r}") from exc


def build_parser(env: Mapping[str, str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m agent", description="Capture the screen every N seconds and send it to "
        "the TimeNet server (frames wait in a local spool while the server is away).")
    port = env.get("TIMENET_PORT") or str(DEFAULT_PORT)
    parser.add_argument("--server", default=env.get("TIMENET_SERVER_URL")
                        or f"http://127.0.0.1:{port}", help="the server's base URL")
    parser.add_argument("--interval", type=float, default=None, help="seconds between captures")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--token-file", type=Path, default=env.get("TIMENET_TOKEN_FILE") or None,
                        help="file holding the device token (or set TIMENET_DEVICE_TOKEN)")
    parser.add_argument("--spool", type=Path, default=None, help="spool directory")
    parser.add_argument("--count", type=int, default=None,
                        help="stop after this many captures (default: run until stopped)")
    return parser


def from_args(argv: Sequence[str] | None = None,
              env: Mapping[str, str] | None = None) -> AgentConfig:
    """The configuration from `argv` (default sys.argv[1:]) and `env` (default os.environ).

    Raises ConfigError for a bad value; argparse exits with status 2 for an unknown flag."""
    env = os.environ if env is None else env
    args = build_parser(env).parse_args(argv)
    data_dir = args.data_dir or default_data_dir(env)
    interval = env_interval(env) if args.interval is None else args.interval
    return validated(AgentConfig(
        server_url=args.server, interval=interval,
        token_file=args.token_file or data_dir / "agent.token",
        spool_dir=args.spool or data_dir / "spool",
        token=env.get("TIMENET_DEVICE_TOKEN", "").strip(), count=args.count))


def validated(config: AgentConfig) -> AgentConfig:
    """`config` itself, once its values are checked. Raises ConfigError."""
    if not config.interval >= MIN_INTERVAL:  # also refuses NaN
        raise ConfigError(f"the capture interval must be >= {MIN_INTERVAL} s, "
                          f"got {config.interval}")
    if not config.server_url.startswith(("http://", "https://")):
        raise ConfigError(f"the server URL must start with http:// or https://, "
                          f"got {config.server_url!r}")
    if config.count is not None and config.count < 1:
        raise ConfigError(f"--count must be >= 1, got {config.count}")
    return config
