"""`manage.py encrypt_frames`: encrypt frame files stored before encryption at rest existed.

Idempotent (encrypted files are skipped) and safe to run while the system runs: each file is
replaced atomically, and readers accept both forms. Exit status 1 if any file could not be
converted (named on stderr; left as it was)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from tracker import frame_store


class Command(BaseCommand):
    help = "Encrypt (and strip metadata from) plain frame files left from older versions."

    def handle(self, *args, **options) -> None:
        done, skipped, errors = frame_store.encrypt_existing()
        self.stdout.write(f"encrypted {done} frame files; {skipped} were already encrypted; "
                          f"key: {frame_store.key_file()}")
        for line in errors:
            self.stderr.write(line)
        if errors:
            raise CommandError(f"{len(errors)} files could not be encrypted (left as they were)",
                               returncode=1)
