"""`python -m agent`: run the capture agent (see agent/config.py for flags and environment)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from agent.capture import NoDisplayError
from agent.config import AgentConfig, ConfigError, from_args
from agent.privacy import PauseFlag, pause_until
from agent.runner import run

EXIT_USAGE = 2  # as argparse: the agent cannot start with this configuration or environment


def main(argv: Sequence[str] | None = None) -> int:
    """Parse flags, run until stopped; returns the exit status (0, or 2 with a message)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s agent: %(message)s")
    try:
        config = from_args(argv)
        if config.action != "capture":
            return set_pause(config)
        run(config, say=lambda line: print(line, flush=True))
    except (NoDisplayError, ConfigError) as exc:
        print(f"agent: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return 0


def set_pause(config: AgentConfig) -> int:
    """`--pause [DURATION]` / `--resume`: write or remove the local pause flag (no display, no
    server needed); a running agent reads it before its next capture. Returns 0 (or 2 when
    the flag cannot be written)."""
    flag = PauseFlag(config.pause_path())
    try:
        if config.action == "resume":
            had = flag.clear()
            print("capture resumed on this computer" if had else "capture was not paused "
                  "on this computer", "(a pause set on the dashboard still holds)")
            return 0
        until = pause_until(config.pause_for, datetime.now(UTC))
        flag.set(until)
    except OSError as exc:
        print(f"agent: cannot change the pause flag {flag.path}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    when = f"until {until.astimezone():%Y-%m-%d %H:%M %Z}" if until else "until --resume"
    print(f"capture paused on this computer {when} ({flag.path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
