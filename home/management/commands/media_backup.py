"""Copy every file of the media storage (S3 bucket or MEDIA_ROOT) into a local directory, with
a manifest of names, sizes and SHA-256 sums; `media_restore` puts them back (docs/deploy.md).

    manage.py media_backup DIRECTORY

The files are read through Django's storage, so the same command backs up a bucket on any
S3-compatible service and a media directory on disk, with the credentials the app already has.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

MANIFEST = "manifest.json"


def walk(storage, directory: str = ""):
    """Every file name under `directory` of the storage, depth first, sorted."""
    folders, files = storage.listdir(directory)
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for folder in sorted(folders):
        yield from walk(storage, f"{directory}/{folder}" if directory else folder)


def safe_target(root: Path, name: str) -> Path:
    """The local path of a storage name, refusing anything that would leave `root`."""
    target = (root / name).resolve()
    if root.resolve() not in target.parents:
        raise CommandError(f"Refusing the file name {name!r}: it leaves the backup directory.")
    return target


class Command(BaseCommand):
    help = "Copy every media file (bucket or MEDIA_ROOT) into DIRECTORY, with a manifest."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="An empty or new local directory.")

    def handle(self, *args, directory, **options):
        root = Path(directory)
        if root.exists() and any(root.iterdir()):
            raise CommandError(f"{root} is not empty: back up into a new directory.")
        root.mkdir(parents=True, exist_ok=True)
        storage = storages["default"]
        entries = []
        for name in walk(storage):
            target = safe_target(root / "files", name)
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            with storage.open(name, "rb") as source, target.open("wb") as copy:
                for chunk in iter(lambda: source.read(1024 * 1024), b""):
                    digest.update(chunk)
                    size += len(chunk)
                    copy.write(chunk)
            entries.append({"name": name, "size": size, "sha256": digest.hexdigest()})
        (root / MANIFEST).write_text(
            json.dumps({"files": entries}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        total = sum(entry["size"] for entry in entries)
        self.stdout.write(f"Backed up {len(entries)} media files ({total} bytes) into {root}.")
