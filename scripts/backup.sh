#!/usr/bin/env bash
# Back up Meridian: the PostgreSQL database (pg_dump, custom format) and every media file
# (the S3 bucket or MEDIA_ROOT, read through Django's storage) into a new directory.
#
#   scripts/backup.sh DIRECTORY
#
# Reads the same environment as the app servers (DATABASE_URL, AWS_*, ...; docs/deploy.md).
# The database is dumped first, then the media: a file uploaded in between is in the media copy
# without a row pointing at it, which is harmless; the other order could lose a certificate PDF.
# Run it on any machine with the app's environment, e.g. nightly from cron on a worker host.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIRECTORY" >&2
    exit 2
fi
target=$1
python=${PYTHON:-.venv/bin/python}
: "${DATABASE_URL:?DATABASE_URL must be set (the database to back up)}"
case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) echo "backup.sh backs up PostgreSQL only (DATABASE_URL is not a postgres:// URL)" >&2; exit 2 ;;
esac
if [ -e "$target" ] && [ -n "$(ls -A "$target")" ]; then
    echo "$target is not empty: back up into a new directory" >&2
    exit 2
fi
mkdir -p "$target"

# Custom format: compressed, and pg_restore can restore it into a database of another name.
pg_dump --format=custom --no-owner --no-acl --file="$target/database.dump" "$DATABASE_URL"
"$python" manage.py media_backup "$target/media"
{
    echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "git=$(git rev-parse HEAD 2>/dev/null || echo unknown)"
    echo "migrations=$("$python" manage.py showmigrations --plan | grep -c '\[X\]')"
} >"$target/backup.txt"
echo "Backup written to $target (database.dump, media/, backup.txt)."
