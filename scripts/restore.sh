#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the database of DATABASE_URL (which must exist
# and be empty: create it with createdb) and the media storage of the environment (a new bucket,
# or MEDIA_ROOT). Restoring into new names first, then switching the app servers' environment to
# them, leaves the old data untouched until the restore is known to be good.
#
#   scripts/restore.sh DIRECTORY
#
# Afterwards run `manage.py migrate` (a no-op for a backup of the same version) and start the
# app servers and workers.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIRECTORY" >&2
    exit 2
fi
source=$1
python=${PYTHON:-.venv/bin/python}
: "${DATABASE_URL:?DATABASE_URL must be set (the empty database to restore into)}"
if [ ! -f "$source/database.dump" ] || [ ! -f "$source/media/manifest.json" ]; then
    echo "$source is not a backup of scripts/backup.sh (database.dump, media/manifest.json)" >&2
    exit 2
fi
tables=$(psql "$DATABASE_URL" --no-psqlrc -tAc \
    "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
    echo "The database of DATABASE_URL is not empty ($tables tables): restore into a new one" >&2
    exit 2
fi

pg_restore --no-owner --no-acl --exit-on-error --dbname="$DATABASE_URL" "$source/database.dump"
"$python" manage.py media_restore "$source/media"
echo "Restored $source. Next: manage.py migrate, then start the servers."
