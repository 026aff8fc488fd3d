from .base import *  # noqa: F403

DEBUG = True
# A development key only: production.py refuses to start without a real one.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405, S105
ALLOWED_HOSTS = ["*"]
# Local receivers (a test endpoint on this machine) may get webhooks in development.
MERIDIAN_WEBHOOK_ALLOW_PRIVATE = True
