"""Put the files of a `media_backup` directory back into the media storage (a new, empty bucket
or MEDIA_ROOT, or the old one after a loss), checking every file against the manifest.

    manage.py media_restore DIRECTORY [--replace]

A file already in the storage with the same SHA-256 is left alone; with a different content it
is an error unless --replace is given (then the stored one is deleted and the backup's copy
written). Names are kept exactly: certificates and documents point at them from the database.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from django.core.files import File
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from .media_backup import MANIFEST, safe_target


def sha256_of(handle) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
    return digest.hexdigest()


class Command(BaseCommand):
    help = "Restore the media files of a media_backup DIRECTORY into the media storage."

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Overwrite stored files whose content differs from the backup.",
        )

    def handle(self, *args, directory, replace=False, **options):
        root = Path(directory)
        try:
            manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{root / MANIFEST} cannot be read: {error}") from None
        storage = storages["default"]
        # Every file is checked before anything is written: a damaged backup changes nothing.
        for entry in manifest["files"]:
            source = safe_target(root / "files", entry["name"])
            if not source.is_file():
                raise CommandError(f"{entry['name']} is in the manifest but not in the backup.")
            with source.open("rb") as handle:
                if sha256_of(handle) != entry["sha256"]:
                    raise CommandError(f"{entry['name']} does not match its SHA-256 sum.")
        written = kept = 0
        for entry in manifest["files"]:
            name = entry["name"]
            if storage.exists(name):
                with storage.open(name, "rb") as stored:
                    same = sha256_of(stored) == entry["sha256"]
                if same:
                    kept += 1
                    continue
                if not replace:
                    raise CommandError(
                        f"{name} is already stored with another content; use --replace."
                    )
                storage.delete(name)
            with safe_target(root / "files", name).open("rb") as handle:
                saved = storage.save(name, File(handle, name=name))
            if saved != name:
                raise CommandError(f"{name} was stored as {saved}: the storage renamed it.")
            written += 1
        self.stdout.write(f"Restored {written} media files; {kept} were already there.")
