"""Settings shared by every environment.

Configuration that differs between machines comes from the environment (12-factor style);
the defaults here are the ones that make `make run` work on a fresh machine with SQLite.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Meridian, top layer first (see docs/architecture.md)
    "home",
    "training.reports",
    "training.certificates",
    "training.progress",
    "assessments",
    "courses",
    "training.competencies",
    "training.people",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    # django-ninja: its bundled Swagger UI for /api/v1/docs (no CDN).
    "ninja",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Security (see "Security" below): login throttling, and django-csp's system checks.
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # The Content Security Policy header (home/security.py): early, so every response has it.
    "home.security.MeridianCSPMiddleware",
    # Database out of reach: 503 + Retry-After instead of 500 (home/middleware.py); above the
    # session and auth middleware, so that errors loading the user are covered too.
    "home.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a login refused by django-axes into the lockout page; axes wants to be last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "home" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.navigation.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# One variable for the database: SQLite for `make run`, PostgreSQL in production and in CI.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        # A persistent connection broken by a database restart is dropped, not used (and failed).
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the task worker write to the same file: wait for the lock rather than
    # failing with "database is locked", and let readers go on while a writer commits.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username + address before the password is even checked. It
    # needs the request, which every login form passes (tests use force_login, or pass one).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Internationalisation: Simplified Chinese first, English second, for the interface and content.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [
    ("zh-hans", "简体中文"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and numbers as each language writes them (config/formats/: day-month English, 24 hours).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# E-mail: console in development, SMTP configured from the environment in production.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Meridian <meridian@localhost>")

# Background jobs: the database backend and its db_worker (see `make run`).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Tasks that must run later (closing an abandoned quiz attempt at its time limit) need a backend
# that can defer; tests point this at a database backend while everything else runs immediately.
MERIDIAN_SCHEDULED_TASKS_BACKEND = "default"

# Wagtail
WAGTAIL_SITE_NAME = "Meridian"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "mp3", "ogg"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Meridian
MERIDIAN_LIBRARY_NAME = {
    "zh-hans": os.environ.get("MERIDIAN_LIBRARY_NAME_ZH", "大学图书馆"),
    "en": os.environ.get("MERIDIAN_LIBRARY_NAME_EN", "University Library"),
}
MERIDIAN_ROSTER_MAX_BYTES = 5 * 1024 * 1024
# The address printed on certificates (verify links and QR codes): the public site.
MERIDIAN_SITE_URL = os.environ.get("MERIDIAN_SITE_URL", WAGTAILADMIN_BASE_URL)
# Certificate holders are reminded this many days before a certificate expires.
MERIDIAN_CERTIFICATE_REMINDER_DAYS = tuple(
    int(day) for day in os.environ.get("MERIDIAN_CERTIFICATE_REMINDER_DAYS", "60,30,7").split(",")
)
# Assignment reminders: days before the due date, then days after it (overdue, weekly for a month).
MERIDIAN_ASSIGNMENT_REMINDER_DAYS = tuple(
    int(day) for day in os.environ.get("MERIDIAN_ASSIGNMENT_REMINDER_DAYS", "7,1").split(",")
)
MERIDIAN_ASSIGNMENT_OVERDUE_REMINDER_DAYS = tuple(
    int(day)
    for day in os.environ.get("MERIDIAN_ASSIGNMENT_OVERDUE_REMINDER_DAYS", "1,8,15,22,29").split(
        ","
    )
)
# The scheduler (`manage.py run_scheduler`) queues the daily reminder round from this local time.
MERIDIAN_REMINDERS_AT = os.environ.get("MERIDIAN_REMINDERS_AT", "07:00")
# Fonts the certificate PDFs embed, prepared from the system's Noto CJK fonts by `make setup`.
MERIDIAN_FONT_DIR = BASE_DIR / "var" / "fonts"
# Processes that render certificate PDFs in parallel for a big ZIP export.
MERIDIAN_CERTIFICATE_EXPORT_PROCESSES = int(
    os.environ.get("MERIDIAN_CERTIFICATE_EXPORT_PROCESSES", "2")
)
# Public verification: requests per client address per minute before answering 429.
MERIDIAN_VERIFY_RATE_LIMIT = int(os.environ.get("MERIDIAN_VERIFY_RATE_LIMIT", "30"))
# How many reverse proxies of our own stand in front of the site: the rate limit then reads the
# client address from X-Forwarded-For that many hops back (0: use the connection's address).
MERIDIAN_TRUSTED_PROXIES = int(os.environ.get("MERIDIAN_TRUSTED_PROXIES", "0"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per task state change is too chatty for a terminal; failures still show.
        "django_tasks": {"level": os.environ.get("TASKS_LOG_LEVEL", "WARNING")},
        # WeasyPrint reports every step of every PDF at INFO: seven lines per certificate.
        "weasyprint": {"level": "WARNING"},
    },
}

# --- HR and the staff evaluation system (training/reports) ---
# Register and summary exports up to this many rows download at once; bigger ones run as jobs.
MERIDIAN_EXPORT_INLINE_MAX = int(os.environ.get("MERIDIAN_EXPORT_INLINE_MAX", "2000"))
# API tokens: the default lifetime of a new token, in days.
MERIDIAN_API_TOKEN_DAYS = int(os.environ.get("MERIDIAN_API_TOKEN_DAYS", "365"))
# Webhooks (training/reports/webhooks.py): attempts before giving up, the first wait (doubled
# after each failure) and the longest wait, in seconds; whether endpoints may be on loopback or
# private addresses; how recent an expiry must be to be announced.
MERIDIAN_WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("MERIDIAN_WEBHOOK_MAX_ATTEMPTS", "8"))
MERIDIAN_WEBHOOK_BACKOFF = int(os.environ.get("MERIDIAN_WEBHOOK_BACKOFF", "60"))
MERIDIAN_WEBHOOK_BACKOFF_MAX = int(os.environ.get("MERIDIAN_WEBHOOK_BACKOFF_MAX", "21600"))
MERIDIAN_WEBHOOK_ALLOW_PRIVATE = env_bool("MERIDIAN_WEBHOOK_ALLOW_PRIVATE")
MERIDIAN_WEBHOOK_EXPIRED_LOOKBACK_DAYS = int(
    os.environ.get("MERIDIAN_WEBHOOK_EXPIRED_LOOKBACK_DAYS", "30")
)
# Export jobs (certificate ZIPs, register and summary exports) beat once per batch, every few
# seconds; a running job silent for this long lost its worker, and `run_scheduler` queues it again.
MERIDIAN_EXPORT_STALE_SECONDS = int(os.environ.get("MERIDIAN_EXPORT_STALE_SECONDS", "600"))
# Retention: the training records of staff who left this many years ago are removed.
MERIDIAN_RETENTION_YEARS = int(os.environ.get("MERIDIAN_RETENTION_YEARS", "6"))

# --- Security: login throttling, sessions and cookies, Content Security Policy ---
# Tested in tests/security/test_hardening.py and tests/browser/test_csp.py; production.py adds
# the HTTPS-only flags.
from datetime import timedelta  # noqa: E402

from csp.constants import NONCE, NONE, SELF  # noqa: E402

# django-axes: 5 failed logins for one username from one client address lock that pair out for
# 15 minutes, on the site's sign-in page and the Wagtail admin's alike (both are Django logins).
# Counting the pair, not the address alone, keeps a library's shared NAT address from locking
# every colleague out because one of them mistyped; counting the pair, not the username alone,
# keeps a stranger from locking a colleague out. A correct password resets the count.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The translated lockout page (home/templates/home/lockout.html), 429 with Retry-After.
AXES_LOCKOUT_CALLABLE = "home.security.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# The client behind our reverse proxies, read like the verify page's rate limit does.
AXES_CLIENT_IP_CALLABLE = "home.security.axes_client_ip"
# Attempts are kept in the database (shared by every app server); successful logins are not
# logged a second time (the audit log and the web server's access log have them).
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# Sessions: staff sign in at the start of a working day; a session ends 8 hours after sign-in
# (SESSION_COOKIE_AGE, not renewed by activity so that the sessions table is not written on every
# request during an exam) or when the browser closes: service-desk computers are shared.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The CSRF cookie stays readable by scripts: lesson-heartbeat.js falls back on it.
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# The admin's "new Wagtail release" banner fetches releases.wagtail.org from the browser: a
# third-party request the policy (connect-src 'self') refuses, and upgrades are the operators'.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Content Security Policy (django-csp 4): only the site's own scripts and styles, no inline code
# (a template that cannot avoid an inline <script> or <style> gives it `{{ request.csp_nonce }}`;
# the nonce is only added to the header of responses that use it). Wagtail's admin inline
# scripts are given the nonce, or replaced, by home/templates/wagtailadmin/.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}
