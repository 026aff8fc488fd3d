"""Production settings: everything secret or site-specific comes from the environment."""

from django.core.exceptions import ImproperlyConfigured

from config.logging import logging_config

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")  # noqa: F405
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("dev-", "test-", "django-insecure")):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set in the environment to a random value of at least 50 characters "
        "(for example: python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )
if not os.environ.get("ALLOWED_HOSTS"):  # noqa: F405
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment (comma-separated).")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
)
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")  # noqa: F405

# --- Deployment: several app servers and workers (docs/deploy.md) ---------------------------
# Everything below comes from the environment; docs/deploy.md has the table of variables.

# The cache is shared state: the verify page's rate limit counts in it, and sessions are read
# through it. With a per-process cache each gunicorn worker of each server would count on its
# own (N servers x W workers times the limit), so production refuses to start without Redis
# unless the installation says explicitly that it runs a single process.
REDIS_URL = os.environ.get("REDIS_URL", "")  # noqa: F405
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "meridian"),  # noqa: F405
            # A Redis that stops answering must not hang the request (and the health check).
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    # Sessions are written to the database (they survive a Redis restart or flush) and read
    # through the cache (no query per request).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
elif env_bool("MERIDIAN_LOCAL_CACHE"):  # noqa: F405
    # One process only (a trial, a single small server): base.py's local-memory cache, and
    # sessions in the database alone, since a per-process cache would keep a session that
    # another process deleted at logout.
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
else:
    raise ImproperlyConfigured(
        "REDIS_URL must be set in the environment (for example redis://127.0.0.1:6379/0): the "
        "app servers share their cache (rate limits, sessions) through Redis. A single-process "
        "installation may set MERIDIAN_LOCAL_CACHE=1 instead."
    )

# Media (uploaded images and documents, certificate PDFs, export ZIPs) on S3-compatible object
# storage when a bucket is named; otherwise in MEDIA_ROOT, which then has to be one directory
# shared by every app server and worker. The bucket is private: objects are written without an
# ACL (the bucket's own policy applies, which must not allow public reads) and every URL the
# storage hands out is signed and short-lived. Certificates and exports never use those URLs:
# their views read the file and stream it after checking who asks (see docs/deploy.md).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")  # noqa: F405
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    # Credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read from the environment by
    # django-storages itself (or an instance role), so they never sit in the settings.
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None  # noqa: F405
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None  # noqa: F405
    AWS_S3_ADDRESSING_STYLE = os.environ.get("AWS_S3_ADDRESSING_STYLE") or None  # noqa: F405
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "")  # noqa: F405
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_QUERYSTRING_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "600"))  # noqa: F405
    # Two uploads with one name get two objects (Django's suffix), never one overwriting the
    # other, as on the file system.
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_SIGNATURE_VERSION = "s3v4"
# Wagtail documents go through Wagtail's serve view (its permission checks, the document's
# privacy settings), which streams the file; never a redirect to the storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Database connections: kept open for DB_CONN_MAX_AGE seconds (base.py; 60 is a good value
# behind gunicorn), checked before reuse (CONN_HEALTH_CHECKS, base.py).
# Static files: collected into STATIC_ROOT by `manage.py collectstatic` and served by the
# reverse proxy (ManifestStaticFilesStorage above: hashed names, cached for a year).

# Logs: one JSON object per line (LOG_FORMAT=json, the default) or plain text lines.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json").strip().lower()  # noqa: F405
if LOG_FORMAT not in {"json", "plain"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or plain, not {LOG_FORMAT!r}.")
LOGGING = logging_config(log_format=LOG_FORMAT, level=os.environ.get("LOG_LEVEL", "INFO"))  # noqa: F405
# The proxy's X-Request-ID in every log line of the request (config/logging.py).
MIDDLEWARE = ["config.logging.RequestIdMiddleware", *MIDDLEWARE]  # noqa: F405

# --- Security (login throttling, cookies, CSP; base.py has the shared part) -----------------
# The cookies above are HTTPS-only (SESSION_COOKIE_SECURE, CSRF_COOKIE_SECURE) and the browser is
# told to use HTTPS only (HSTS). Uploaded images and audio on object storage are fetched by the
# browser from the storage's own address (signed URLs), which the Content Security Policy must
# name: MERIDIAN_MEDIA_ORIGINS (comma-separated origins), else the endpoint's origin.
MERIDIAN_MEDIA_ORIGINS = env_list("MERIDIAN_MEDIA_ORIGINS")  # noqa: F405
if not MERIDIAN_MEDIA_ORIGINS and os.environ.get("AWS_STORAGE_BUCKET_NAME"):  # noqa: F405
    from urllib.parse import urlsplit

    _endpoint = urlsplit(os.environ.get("AWS_S3_ENDPOINT_URL", ""))  # noqa: F405
    MERIDIAN_MEDIA_ORIGINS = (
        [f"{_endpoint.scheme}://{_endpoint.netloc}"]
        if _endpoint.netloc
        else [f"https://{os.environ['AWS_STORAGE_BUCKET_NAME']}.s3.amazonaws.com"]  # noqa: F405
    )
for _directive in ("img-src", "media-src"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive] = [  # noqa: F405
        *CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive],  # noqa: F405
        *MERIDIAN_MEDIA_ORIGINS,
    ]
