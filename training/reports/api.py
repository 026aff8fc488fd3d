"""The evaluation system's feed: `/api/v1/` (django-ninja), read-only, token-authenticated."""

from ninja import NinjaAPI

api = NinjaAPI(title="Meridian", version="1", urls_namespace="api-v1")
