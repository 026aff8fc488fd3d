"""Structured logs: one JSON object per line, for a log shipper (journald, Loki, ELK) to parse.

Every record becomes `{"time", "level", "logger", "message"}` plus, when there is one, the
request id (`request_id`, from the reverse proxy's `X-Request-ID` header, see RequestIdMiddleware),
the process id, the HTTP status and method/path of Django's request log, and the formatted
exception (`exception`) — so a traceback is one line too, never a run of lines that a shipper
would split into separate events.

Selected with `LOG_FORMAT=json` (the production default; `plain` for a terminal).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re

# The id of the request being handled by this thread (or task), for every log line it writes.
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")

# What a proxy may put in X-Request-ID and still be logged: anything else is replaced, so a
# client cannot write arbitrary text (or a fake JSON field) into the logs through the header.
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


class JsonFormatter(logging.Formatter):
    """A logging formatter writing each record as a single line of JSON."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, tz=dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        # Django logs a 4xx/5xx response after the middleware returned (the context variable
        # is reset by then), with the request attached to the record: read the id from it.
        request = getattr(record, "request", None)
        current = getattr(request, "request_id", "") or request_id.get()
        if current:
            entry["request_id"] = current
        # django.request and django.server attach these to their records.
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if request is not None and hasattr(request, "method"):
            entry["method"] = request.method
            entry["path"] = getattr(request, "path", "")
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # default=str: an argument that is not JSON (a model instance) is logged as its text.
        return json.dumps(entry, ensure_ascii=False, default=str)


class RequestIdMiddleware:
    """Takes the request id the reverse proxy sets (`X-Request-ID`; nginx: `$request_id`) and
    makes it part of every log line written while the request is handled; echoes it back in the
    response so that a user's report can be matched with the logs. Without a header (or with a
    malformed one) nothing is logged for it: the app servers do not invent ids of their own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        value = request.META.get("HTTP_X_REQUEST_ID", "")
        value = value if _REQUEST_ID.fullmatch(value) else ""
        request.request_id = value
        token = request_id.set(value)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        if value:
            response["X-Request-ID"] = value
        return response


def logging_config(*, log_format: str, level: str) -> dict:
    """The LOGGING setting: Django's loggers, gunicorn's and ours to standard error, in the
    chosen format. The quiet levels are those of config/settings/base.py."""
    import os

    formatter = "json" if log_format == "json" else "plain"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {"()": "config.logging.JsonFormatter"},
        },
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": formatter}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            "django_tasks": {"level": os.environ.get("TASKS_LOG_LEVEL", "WARNING")},
            "weasyprint": {"level": "WARNING"},
            # boto's own debug chatter is large and would carry request signatures.
            "botocore": {"level": "WARNING"},
            "boto3": {"level": "WARNING"},
            "s3transfer": {"level": "WARNING"},
        },
    }
