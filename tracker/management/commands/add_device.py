"""`manage.py add_device NAME --owner USER`: register a capture agent and print its token."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tracker import devices


class Command(BaseCommand):
    help = "Register a capture agent (device) and print its token once."

    def add_arguments(self, parser) -> None:
        parser.add_argument("name")
        parser.add_argument("--owner", required=True, help="user name of the device's owner")

    def handle(self, *args, **options) -> None:
        try:
            owner = get_user_model().objects.get_by_natural_key(options["owner"])
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"no user {options['owner']!r}") from exc
        try:
            _, token = devices.create_device(owner, options["name"])
        except devices.DeviceNameError as exc:
            raise CommandError(str(exc), returncode=2) from exc
        self.stdout.write(token)
