"""The agent's configuration: command-line flags over environment variables over defaults.

    --server URL        $TIMENET_SERVER_URL, else http://127.0.0.1:$TIMENET_PORT (port 8000)
    --interval SECONDS  $TIMENET_CAPTURE_INTERVAL, else 10
    --data-dir DIR      $TIMENET_DATA_DIR, else var/ in the checkout (as the server's)
    --token-file PATH   $TIMENET_TOKEN_FILE, else DATA_DIR/agent.token
                        ($TIMENET_DEVICE_TOKEN, when set, is the token itself)
    --spool DIR         DATA_DIR/spool
    --count N           stop after N captures (default: run until SIGINT/SIGTERM)

Privacy (agent/privacy.py; the server's settings page adds its own rules to these):
    --pause [DURATION]  pause capture on this computer and exit: 15m, 1h, tomorrow, forever
                        (the default); works with no server. The running agent obeys it.
    --resume            lift that local pause and exit (a dashboard pause still holds)
    --exclude-app GLOB  $TIMENET_EXCLUDE_APPS (comma-separated): WM_CLASS never captured
    --exclude-title GLOB  $TIMENET_EXCLUDE_TITLES (comma-separated): window titles never captured
    --capture-private   $TIMENET_SKIP_PRIVATE=0: do capture private/incognito browser windows
                        ($TIMENET_SKIP_PRIVATE=1: always skip them; unset: as the privacy page
                        says, which skips them by default)
    $TIMENET_SPOOL_MAX_FRAMES (20000), $TIMENET_SPOOL_MAX_MB (1024): the spool's bounds; when
                        full, new captures are refused (agent/spool.py says why)

Nothing here creates the server's data: the agent only reads its token and writes its spool.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from agent.privacy import ExclusionRules, PatternError, check_pattern, pause_until, split_patterns
from agent.spool import DEFAULT_MAX_BYTES, DEFAULT_MAX_FRAMES

DEFAULT_PORT = 8000
DEFAULT_INTERVAL = 10.0  # seconds; the product's default capture interval
MIN_INTERVAL = 0.2  # seconds; faster would spend the CPU the agent must not take
PAUSE_FILE = "capture.paused"  # in the data directory: the local pause flag
STATE_FILE = "capture-state.json"  # in the data directory: the server's last capture state


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
    rules: ExclusionRules = ExclusionRules()  # the agent's own exclusions
    data_dir: Path | None = None  # pause flag and state cache; None = beside the spool
    spool_max_frames: int | None = DEFAULT_MAX_FRAMES
    spool_max_bytes: int | None = DEFAULT_MAX_BYTES
    action: str = "capture"  # or "pause" / "resume" (set the local flag and exit)
    pause_for: str = ""  # the --pause DURATION ("" = until resumed)

    def pause_path(self) -> Path:
        return (self.data_dir or self.spool_dir.parent) / PAUSE_FILE

    def state_path(self) -> Path:
        return (self.data_dir or self.spool_dir.parent) / STATE_FILE

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


# The same default as the server's (timenet_site/settings.py: $TIMENET_DATA_DIR, else var/ in
# the checkout), so `python -m agent --pause` typed beside `make run` writes the pause flag where
# make run's agent reads it.
CHECKOUT_DATA_DIR = Path(__file__).resolve().parent.parent / "var"


def default_data_dir(env: Mapping[str, str]) -> Path:
    if env.get("TIMENET_DATA_DIR"):
        return Path(env["TIMENET_DATA_DIR"]).expanduser()
    return CHECKOUT_DATA_DIR


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
    privacy = parser.add_argument_group("privacy")
    actions = privacy.add_mutually_exclusive_group()
    actions.add_argument("--pause", nargs="?", const="forever", default=None, metavar="DURATION",
                         help="pause capture on this computer (15m, 1h, tomorrow, forever) "
                         "and exit")
    actions.add_argument("--resume", action="store_true", help="lift the local pause and exit")
    privacy.add_argument("--exclude-app", action="append", default=[], metavar="GLOB",
                         help="never capture this application (WM_CLASS glob; repeatable)")
    privacy.add_argument("--exclude-title", action="append", default=[], metavar="GLOB",
                         help="never capture a window whose title matches (glob; repeatable)")
    privacy.add_argument("--capture-private", action="store_true",
                         help="capture private/incognito browser windows too")
    return parser


def env_limit(env: Mapping[str, str], name: str, default: int, scale: int = 1) -> int | None:
    """A spool bound from the environment: a whole number, 0 = unbounded (None)."""
    raw = env.get(name, "").strip()
    try:
        value = int(raw) if raw else None
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from exc
    if value is None:
        return default
    if value < 0:
        raise ConfigError(f"{name} must be >= 0 (0 = unbounded), got {value}")
    return value * scale or None


def rules_from(args: argparse.Namespace, env: Mapping[str, str]) -> ExclusionRules:
    """The agent's own exclusion rules. Raises ConfigError for an unusable pattern."""
    try:
        apps = split_patterns(env.get("TIMENET_EXCLUDE_APPS", "")) + tuple(
            check_pattern(p) for p in args.exclude_app)
        titles = split_patterns(env.get("TIMENET_EXCLUDE_TITLES", "")) + tuple(
            check_pattern(p) for p in args.exclude_title)
    except PatternError as exc:
        raise ConfigError(f"exclusion pattern: {exc}") from exc
    skip_env = env.get("TIMENET_SKIP_PRIVATE", "").strip().lower()
    skip_private = None  # no opinion here: the privacy page decides (default: skip)
    if args.capture_private or skip_env in ("0", "false", "no", "off"):
        skip_private = False
    elif skip_env:
        skip_private = True
    return ExclusionRules(apps=apps, titles=titles, skip_private=skip_private)


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
        token=env.get("TIMENET_DEVICE_TOKEN", "").strip(), count=args.count,
        rules=rules_from(args, env), data_dir=data_dir,
        spool_max_frames=env_limit(env, "TIMENET_SPOOL_MAX_FRAMES", DEFAULT_MAX_FRAMES),
        spool_max_bytes=env_limit(env, "TIMENET_SPOOL_MAX_MB", DEFAULT_MAX_BYTES, 2**20),
        action="pause" if args.pause is not None else "resume" if args.resume else "capture",
        pause_for=args.pause or ""))


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
    if config.action == "pause":
        try:
            pause_until(config.pause_for, datetime.now(UTC))
        except ValueError as exc:
            raise ConfigError(str(exc)) from exc
    return config
