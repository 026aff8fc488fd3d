"""The production settings as the multi-process scenarios on this machine run them.

Everything comes from config/settings/production.py and the environment (tests/servers.py sets
it), except what loopback forces: the scenarios speak plain HTTP to gunicorn, with no TLS-
terminating proxy in front, so the cookies cannot be Secure-only and nothing redirects to https.
Static files are not collected: the pages are requested, never their stylesheets.
"""

from config.settings.production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# The floor of the load figures: a bare Django view on the same server (bench/README.md).
ROOT_URLCONF = "tests.scenario_urls"
