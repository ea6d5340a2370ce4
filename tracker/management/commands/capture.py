"""`manage.py capture`: a thin alias for `python -m agent` (the agent itself imports no Django).

It only fills the agent's defaults from the server's settings (server URL, interval, and the
token and spool in DATA_DIR, where `make run` writes the token) and maps the agent's start-up
errors to a CommandError.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from agent import runner
from agent.capture import NoDisplayError
from agent.config import AgentConfig, ConfigError, validated


class Command(BaseCommand):
    help = "Capture the screen every TIMENET_CAPTURE_INTERVAL seconds and send it to the server."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--server", default=settings.TIMENET_SERVER_URL)
        parser.add_argument("--interval", type=float, default=settings.TIMENET_CAPTURE_INTERVAL)
        parser.add_argument("--token-file", default=str(settings.DATA_DIR / "agent.token"),
                            help="file holding the device token (or set TIMENET_DEVICE_TOKEN)")
        parser.add_argument("--spool", default=str(settings.DATA_DIR / "spool"))
        parser.add_argument("--count", type=int, default=None,
                            help="stop after this many captures (default: run until stopped)")

    def handle(self, *args, **options) -> None:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s agent: %(message)s")
        try:
            config = validated(AgentConfig(
                server_url=options["server"], interval=options["interval"],
                token_file=Path(options["token_file"]), spool_dir=Path(options["spool"]),
                token=os.environ.get("TIMENET_DEVICE_TOKEN", "").strip(),
                count=options["count"]))
            runner.run(config, say=self.stdout.write)
        except (NoDisplayError, ConfigError) as exc:
            raise CommandError(str(exc)) from exc
