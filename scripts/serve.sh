#!/usr/bin/env bash
# Serves the site with a background task worker and the scheduler that enqueues the daily round
# (reminders, manager digests); stopping the server (Ctrl-C) stops both.
set -euo pipefail
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
PY=.venv/bin/python

$PY manage.py db_worker --queue-name='*' --interval 1 &
worker=$!
scheduler=
stop() {
    kill "$worker" ${scheduler:+"$scheduler"} 2>/dev/null || true
    wait "$worker" ${scheduler:+"$scheduler"} 2>/dev/null || true
}
trap stop EXIT INT TERM

$PY manage.py run_scheduler --interval 300 &
scheduler=$!

echo "Task worker running (pid $worker), scheduler running (pid $scheduler)."
echo "Meridian is at http://$HOST:$PORT/ (English: http://$HOST:$PORT/en/, admin: http://$HOST:$PORT/admin/)"
$PY manage.py runserver "$HOST:$PORT" --noreload
