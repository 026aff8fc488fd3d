"""gunicorn configuration of a Meridian app server (docs/deploy.md).

    gunicorn --config python:config.gunicorn config.wsgi:application

Every value can be changed from the environment, and an option given on the command line wins
over this file. The app server is stateless (database, cache and files are elsewhere), so any
number of them can run behind the reverse proxy.
"""

from __future__ import annotations

import os

# Where the reverse proxy reaches this server. Loopback by default: the proxy runs on the same
# machine; set GUNICORN_BIND=0.0.0.0:8000 (and a firewall) when it runs on another.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Processes: WEB_CONCURRENCY, by default the cores plus one; one thread each (GUNICORN_THREADS).
# Meridian's pages are CPU-bound (about 27 ms of Python per page view, the database wait is
# short), so more processes or threads than that only queue behind the interpreter lock: on two
# cores under 100 browsing learners the page p95 was 198 ms with 3 x 1, 260 ms with 4 x 1,
# 458 ms with 2 x 4 and 441 ms with 5 x 2 (bench/README.md, "Load and soak"). Each process holds
# one database connection per thread, so the total over all app servers must stay below
# PostgreSQL's max_connections (with room for the workers).
workers = int(os.environ.get("WEB_CONCURRENCY", str((os.cpu_count() or 1) + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"

# A request running longer than this is killed (and logged): big exports run as background
# jobs, so nothing legitimate takes a minute.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# On SIGTERM (a deployment), requests in flight get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Must exceed the proxy's keep-alive to the upstream, or the proxy reuses closed sockets.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle a worker after this many requests (plus jitter, so they do not restart together):
# bounds the memory of a long-lived process.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "200"))

# The proxy's X-Forwarded-* headers are trusted only from these addresses (Django reads
# X-Forwarded-Proto itself, see SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Logs to standard error, in the same format as Django's (LOG_FORMAT: json or plain), so that one
# collector reads both. The access log is off by default: the reverse proxy writes one already;
# GUNICORN_ACCESS_LOG=1 turns it on (one JSON line per request with the request id).
_json = os.environ.get("LOG_FORMAT", "json").strip().lower() == "json"
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "") in {"1", "true", "yes"} else None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms id=%({x-request-id}i)s'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "config.logging.JsonFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if _json else "plain",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
