"""`python -m agent`: run the capture agent (see agent/config.py for flags and environment)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from agent.capture import NoDisplayError
from agent.config import ConfigError, from_args
from agent.runner import run

EXIT_USAGE = 2  # as argparse: the agent cannot start with this configuration or environment


def main(argv: Sequence[str] | None = None) -> int:
    """Parse flags, run until stopped; returns the exit status (0, or 2 with a message)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s agent: %(message)s")
    try:
        run(from_args(argv), say=lambda line: print(line, flush=True))
    except (NoDisplayError, ConfigError) as exc:
        print(f"agent: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return 0


if __name__ == "__main__":
    sys.exit(main())
