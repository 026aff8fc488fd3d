#!/usr/bin/env bash
# Serves the site with a background task worker; stopping the server (Ctrl-C) stops the worker.
set -euo pipefail
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
PY=.venv/bin/python

$PY manage.py db_worker --queue-name='*' --interval 1 &
worker=$!
trap 'kill "$worker" 2>/dev/null || true; wait "$worker" 2>/dev/null || true' EXIT INT TERM

echo "Task worker running (pid $worker)."
echo "Meridian is at http://$HOST:$PORT/ (English: http://$HOST:$PORT/en/, admin: http://$HOST:$PORT/admin/)"
$PY manage.py runserver "$HOST:$PORT" --noreload
