"""A fixed-window request counter per client address, kept in Django's cache.

Used by the public verification page (`MERIDIAN_VERIFY_RATE_LIMIT` requests per client address
per minute, page and JSON together): codes are far too many to guess, but the page is public and
each request is a database lookup, so a client that asks too often is answered 429 with a
`Retry-After` header until its minute is over.

The client address is `REMOTE_ADDR`. `X-Forwarded-For` is trusted only when the setting
`MERIDIAN_TRUSTED_PROXIES` says how many reverse proxies of our own stand in front of the site
(each appends the address it received the request from): the client is then the entry that many
places from the right. Anything further left was written by the client and is ignored. IPv6
clients are counted per /64 network, which one host usually has to itself.

The counter lives in the `default` cache: shared by every worker with Redis (production), per
process with the local-memory cache (development, tests). If the cache fails, requests are let
through (verification matters more than the limit).
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60


def client_address(request) -> str:
    """The address requests are counted under (see the module's docstring)."""
    address = request.META.get("REMOTE_ADDR", "") or ""
    proxies = int(getattr(settings, "MERIDIAN_TRUSTED_PROXIES", 0) or 0)
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:64] or "unknown"
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


@dataclass(frozen=True)
class RateLimit:
    allowed: bool
    limit: int
    count: int
    retry_after: int  # seconds until the window ends (when not allowed)


def hit(request, *, scope: str, limit: int, window: int = WINDOW_SECONDS) -> RateLimit:
    """Count one request of the client in `scope`; say whether it is within `limit` per `window`
    seconds. A limit of 0 or less means no limit (nothing is counted)."""
    if limit <= 0:
        return RateLimit(allowed=True, limit=limit, count=0, retry_after=0)
    now = time.time()
    window_start = int(now // window) * window
    key = f"meridian:ratelimit:{scope}:{window_start}:{client_address(request)}"
    try:
        cache.add(key, 0, timeout=window + 5)
        try:
            count = cache.incr(key)
        except ValueError:  # expired or evicted between add and incr
            cache.set(key, 1, timeout=window + 5)
            count = 1
    except Exception:  # a cache outage must not take verification down with it
        logger.exception("Rate limit counter unavailable; request allowed")
        return RateLimit(allowed=True, limit=limit, count=0, retry_after=0)
    retry_after = max(1, math.ceil(window_start + window - now))
    return RateLimit(allowed=count <= limit, limit=limit, count=count, retry_after=retry_after)


def verify_limit() -> int:
    """Requests per client address per minute on the verify page (page and JSON together)."""
    return int(getattr(settings, "MERIDIAN_VERIFY_RATE_LIMIT", 30))
