"""`manage.py activate_model PATH`: verify a model directory and make it the active model."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from tracker import model_registry


class Command(BaseCommand):
    help = "Verify a model artifact directory (weights + meta.json) and activate it."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path")

    def handle(self, *args, **options) -> None:
        try:
            version = model_registry.activate_model(options["path"])
        except model_registry.ModelArtifactError as exc:
            raise CommandError(f"cannot activate {options['path']}: {exc}") from exc
        self.stdout.write(f"active model: {version.version} ({version.path})")
