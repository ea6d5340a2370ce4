"""`manage.py capture`: run the capture agent (see tracker/agent.py)."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tracker import agent


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
            screen = agent.Screen()
        except agent.NoDisplayError as exc:
            raise CommandError(str(exc)) from exc
        token = os.environ.get("TIMENET_DEVICE_TOKEN") or self.read_token(options["token_file"])
        runner = agent.Agent(
            screen=screen, spool=agent.Spool(Path(options["spool"])),
            uploader=agent.Uploader(options["server"], token), interval=options["interval"],
            window_info=agent.open_window_info())
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: runner.stop_event.set())
        self.stdout.write(f"capturing every {options['interval']:g} s to {options['server']}")
        try:
            runner.run(count=options["count"])
        finally:
            screen.close()
            self.stdout.write(f"capture agent stopped: {runner.summary()}")

    @staticmethod
    def read_token(path: str) -> str:
        try:
            return Path(path).read_text().strip()
        except OSError as exc:
            raise CommandError(
                f"no device token: {path} is unreadable ({exc}). `make run` creates it; "
                "or create a device with `manage.py add_device NAME` and set "
                "TIMENET_DEVICE_TOKEN") from exc
