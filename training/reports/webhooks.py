"""Signed webhooks for the evaluation system: a certificate was issued, revoked or has expired.

How it flows
------------
1. The certificates app sends `certificate_issued` / `certificate_revoked` after its transaction
   committed (receivers.py); the daily round finds certificates that expired
   (`webhooks_expired_record`). Each event becomes one `WebhookDelivery` per active endpoint
   subscribed to it (`webhook_event_record`), with the exact body that will be sent. The event id
   is deterministic (uuid5 of event and certificate code) and unique per endpoint, so an event is
   never queued twice for the same endpoint, however often it is detected.
2. The task worker sends it (`tasks.webhook_deliver` -> `webhook_deliver_once`): one HTTP POST,
   2xx = delivered. Anything else (another status, a redirect, a timeout, a refused address) is a
   failed attempt: it is recorded (attempts, last status, last error) and the next attempt is
   scheduled after an exponential backoff (`backoff_delay`) by enqueueing the task again with
   `run_after`; after `max_attempts()` attempts the delivery is given up ("failed"). HR can retry
   it from the admin (`webhook_delivery_retry`).
3. A safety net: `run_scheduler` enqueues `tasks.webhooks_sweep` when a delivery is overdue (its
   task was lost: a worker died mid-attempt, the queue was down); the sweep sends everything due.

An attempt is claimed before it is sent: the row is locked (`select_for_update`) and the claim is a
conditional UPDATE of the attempt counter, so two workers (or a task and the sweep) never send the
same attempt twice, also on databases without row locks. The HTTP request itself runs outside the
transaction (holding a row lock and a connection for a slow receiver would block everyone else);
the claim moves `next_attempt_at` a lease ahead, so a worker that dies mid-attempt is retried.

The request
-----------
    POST <endpoint url>
    Content-Type: application/json
    User-Agent: Meridian-Webhooks/1
    Meridian-Webhook-Id: <event id, a UUID; the same on every attempt and a retry>
    Meridian-Webhook-Timestamp: <unix seconds of this attempt>
    Meridian-Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>

    {"created":"...","data":{...},"id":"<event id>","type":"certificate.issued"}

The body is compact JSON with sorted keys, UTF-8 (Chinese as is, not escaped). Its `data`:
certificate (code), verify_url, staff_number, holder {name_zh, name_latin}, course {key,
title, title_zh, title_en}, level, hours (number), issued_at, expires_on, status (valid, expired,
revoked or superseded when the event was recorded) and revoked_on (the date, for a revoked
certificate; the reason stays internal).

Verifying it (the receiver)
---------------------------
Take the raw body bytes as received (before any JSON parsing), the timestamp header and the
signature header, and call `verify_signature(secret, timestamp, body, signature)` (or do the same
in another language: HMAC-SHA256 with the endpoint's secret over the bytes of the timestamp, a
full stop and the body; compare in constant time with the hex after "v1="; refuse a timestamp
more than five minutes away from now). Use the event id to ignore a repeated delivery: a retry
after a lost answer sends the same event again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import logging
import re
import secrets
import socket
import time
import uuid
from dataclasses import asdict, dataclass
from functools import partial
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from training.certificates.links import verify_url
from training.certificates.models import Certificate
from training.people import policies
from training.people.services import audit_log

from .models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

Event = WebhookEndpoint.Event
State = WebhookDelivery.State

# Fixed for ever: event ids are uuid5(NAMESPACE, "<event>:<certificate code>").
NAMESPACE = uuid.UUID("3b0f6a52-5d0e-4c8e-9a51-6f3c1d2b7e90")
SIGNATURE_VERSION = "v1"
HEADER_ID = "Meridian-Webhook-Id"
HEADER_TIMESTAMP = "Meridian-Webhook-Timestamp"
HEADER_SIGNATURE = "Meridian-Webhook-Signature"
USER_AGENT = "Meridian-Webhooks/1"
TIMEOUT = (5, 10)  # seconds to connect, seconds to wait for the answer
# How long a claimed attempt may take before another worker may try again (well above TIMEOUT).
LEASE = dt.timedelta(seconds=60)
# A delivery this late for its attempt lost its task: the scheduler's sweep picks it up.
SWEEP_GRACE = dt.timedelta(minutes=10)
ERROR_LIMIT = 1000  # characters of an error kept in last_error
ANSWER_LIMIT = 300  # bytes of a failed answer's body quoted in last_error
OPEN_STATES = (State.PENDING, State.RETRYING)


# --- settings -------------------------------------------------------------------------------


def max_attempts() -> int:
    """MERIDIAN_WEBHOOK_MAX_ATTEMPTS (8): attempts before a delivery is given up."""
    return max(1, int(getattr(settings, "MERIDIAN_WEBHOOK_MAX_ATTEMPTS", 8)))


def backoff_delay(attempts: int) -> dt.timedelta:
    """The wait after the `attempts`-th failed attempt: MERIDIAN_WEBHOOK_BACKOFF (60 s) doubled
    after each attempt (60 s, 2 min, 4 min, ...), at most MERIDIAN_WEBHOOK_BACKOFF_MAX (6 h)."""
    base = float(getattr(settings, "MERIDIAN_WEBHOOK_BACKOFF", 60))
    cap = float(getattr(settings, "MERIDIAN_WEBHOOK_BACKOFF_MAX", 6 * 3600))
    exponent = min(max(attempts, 1) - 1, 32)  # 2**32 minutes is beyond any cap
    return dt.timedelta(seconds=min(base * 2**exponent, cap))


def allow_private() -> bool:
    """MERIDIAN_WEBHOOK_ALLOW_PRIVATE (False): may endpoints be on loopback, private, link-local
    or other non-public addresses (an evaluation system inside the campus network)?"""
    return bool(getattr(settings, "MERIDIAN_WEBHOOK_ALLOW_PRIVATE", False))


def expired_lookback_days() -> int:
    """MERIDIAN_WEBHOOK_EXPIRED_LOOKBACK_DAYS (30): certificates that expired longer ago than
    this are not announced (switching webhooks on does not replay every old expiry)."""
    return max(0, int(getattr(settings, "MERIDIAN_WEBHOOK_EXPIRED_LOOKBACK_DAYS", 30)))


# --- signing --------------------------------------------------------------------------------


def _bytes(value: bytes | str) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")


def sign(secret: str, timestamp: int | str, body: bytes | str) -> str:
    """Hex HMAC-SHA256 with `secret` over "<timestamp>.<body>" (the body's UTF-8 bytes)."""
    message = f"{timestamp}.".encode() + _bytes(body)
    return hmac.new(_bytes(secret), message, hashlib.sha256).hexdigest()


def signed_headers(*, secret: str, event_id, body: bytes | str, timestamp: int) -> dict:
    """Every header of one attempt."""
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        HEADER_ID: str(event_id),
        HEADER_TIMESTAMP: str(timestamp),
        HEADER_SIGNATURE: f"{SIGNATURE_VERSION}={sign(secret, timestamp, body)}",
    }


def verify_signature(
    secret: str,
    timestamp: str | int,
    body: bytes | str,
    header: str,
    *,
    tolerance: int = 300,
    now: float | dt.datetime | None = None,
) -> bool:
    """Is `header` (Meridian-Webhook-Signature) a valid signature of `body` at `timestamp`
    (Meridian-Webhook-Timestamp) with `secret`, and is the timestamp within `tolerance` seconds
    of `now` (default: the current time)? For receivers and tests.

    `body` must be the raw bytes received. The header may carry several signatures separated by
    commas or spaces ("v1=...,v1=..."); one valid "v1" signature is enough. The comparison is in
    constant time; a malformed timestamp or header is simply not valid."""
    try:
        stamp = int(str(timestamp).strip())
    except (TypeError, ValueError):
        return False
    if now is None:
        now = time.time()
    elif isinstance(now, dt.datetime):
        now = now.timestamp()
    if abs(now - stamp) > tolerance:
        return False
    expected = sign(secret, stamp, body).encode()
    for part in re.split(r"[,\s]+", header or ""):
        scheme, _sep, value = part.partition("=")
        if scheme == SIGNATURE_VERSION and hmac.compare_digest(value.encode(), expected):
            return True
    return False


def new_secret() -> str:
    return secrets.token_urlsafe(32)


# --- addresses ------------------------------------------------------------------------------


class WebhookAddressError(ValueError):
    """An endpoint URL that Meridian does not send to."""


def _refused_ip(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def check_url(url: str, *, resolve: bool = False) -> None:
    """Raise WebhookAddressError unless `url` is an http(s) URL Meridian may send to: a host, no
    user name or password, and (unless MERIDIAN_WEBHOOK_ALLOW_PRIVATE) no loopback, private,
    link-local or otherwise non-public address. With `resolve`, every address the host name
    resolves to is checked too (at sending time: a name may point anywhere)."""
    if not url.isascii() or not url.isprintable() or any(ch.isspace() for ch in url):
        # What HR reads must be where the events go: no invisible or direction-changing
        # characters (U+202E can show "https://abc\u202etxt.exe" reversed); an international
        # domain name is written in its xn-- form.
        raise WebhookAddressError(
            _(
                "Write the URL in plain characters, without spaces or invisible characters "
                "(an international domain name in its xn-- form)."
            )
        )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise WebhookAddressError(_("This is not a valid URL.")) from None
    if parts.scheme not in {"http", "https"}:
        raise WebhookAddressError(_("Only http and https URLs can receive webhooks."))
    host = parts.hostname
    if not host:
        raise WebhookAddressError(_("The URL has no host name."))
    if parts.username is not None or parts.password is not None:
        raise WebhookAddressError(_("Put no user name or password in the URL."))
    if allow_private():
        return
    refused = _("The URL points to a local or private address, which is not allowed.")
    if host == "localhost" or host.endswith(".localhost"):
        raise WebhookAddressError(refused)
    try:
        literal = _refused_ip(host)
    except ValueError:
        literal = None  # a host name, not an address
    if literal:
        raise WebhookAddressError(refused)
    if literal is None and resolve:
        default = 443 if parts.scheme == "https" else 80
        try:
            infos = socket.getaddrinfo(host, port or default, proto=socket.IPPROTO_TCP)
        except OSError as error:
            raise WebhookAddressError(
                _("The host name could not be resolved: %(error)s") % {"error": error}
            ) from None
        if any(_refused_ip(info[4][0]) for info in infos):
            raise WebhookAddressError(refused)


# --- events and their bodies ----------------------------------------------------------------


def event_id_for(event: str, code: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{event}:{code}")


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else None


def certificate_data(certificate: Certificate, *, today: dt.date | None = None) -> dict:
    """What an event says about a certificate (no revocation reason: that is internal)."""
    revocation = certificate.revocation_or_none()
    return {
        "certificate": certificate.code,
        "verify_url": verify_url(certificate.code),
        "staff_number": certificate.staff_number,
        "holder": {
            "name_zh": certificate.holder_name_zh,
            "name_latin": certificate.holder_name_latin,
        },
        "course": {
            "key": str(certificate.course_key),
            "title": certificate.course_title,
            "title_zh": certificate.course_title_zh,
            "title_en": certificate.course_title_en,
        },
        "level": certificate.level,
        "hours": float(certificate.hours),
        "issued_at": _iso(certificate.issued_at),
        "expires_on": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "status": str(certificate.status_on(today)),
        "revoked_on": (
            timezone.localdate(revocation.revoked_at).isoformat() if revocation else None
        ),
    }


def event_body(*, event: str, certificate: Certificate, created: dt.datetime) -> str:
    """The body of an event, exactly as it is stored and sent: compact JSON, sorted keys."""
    payload = {
        "id": str(event_id_for(event, certificate.code)),
        "type": str(event),
        "created": _iso(created),
        "data": certificate_data(certificate, today=timezone.localdate(created)),
    }
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def endpoints_for(event: str) -> list[WebhookEndpoint]:
    """The active endpoints subscribed to `event` (a handful: filtered here, which works the
    same on every database, instead of a JSON containment lookup)."""
    return [e for e in WebhookEndpoint.objects.filter(is_active=True) if event in (e.events or [])]


def webhook_event_record(
    *,
    event: str,
    certificate: Certificate,
    now: dt.datetime | None = None,
    endpoints: list[WebhookEndpoint] | None = None,
) -> list[WebhookDelivery]:
    """Queue `event` about `certificate` for every active endpoint subscribed to it (or for
    `endpoints`); return the deliveries created. Idempotent: an endpoint that has the event
    already (the same event id) gets nothing new. The deliveries are sent by the task worker,
    enqueued when this transaction commits."""
    if event not in Event.values:
        raise ValueError(f"Unknown webhook event {event!r}")
    endpoints = endpoints_for(event) if endpoints is None else endpoints
    if not endpoints:
        return []
    now = now or timezone.now()
    event_id = event_id_for(event, certificate.code)
    body = event_body(event=event, certificate=certificate, created=now)
    created = []
    with transaction.atomic():
        for endpoint in endpoints:
            if WebhookDelivery.objects.filter(endpoint=endpoint, event_id=event_id).exists():
                continue
            try:
                with transaction.atomic():
                    delivery = WebhookDelivery.objects.create(
                        endpoint=endpoint,
                        event=event,
                        event_id=event_id,
                        certificate_code=certificate.code,
                        body=body,
                        state=State.PENDING,
                        next_attempt_at=now,
                        created_at=now,
                    )
            except IntegrityError:
                continue  # recorded a moment ago by a concurrent run
            created.append(delivery)
            transaction.on_commit(partial(enqueue_delivery, delivery.pk))
    return created


def webhooks_expired_record(*, today: dt.date | None = None) -> int:
    """Queue certificate.expired for current certificates (neither revoked nor superseded) that
    expired before `today` (default: the local date) and within the look-back
    (`expired_lookback_days`), for each subscribed endpoint that has not had it; return how many
    deliveries were queued. Safe to run any number of times a day."""
    today = today or timezone.localdate()
    endpoints = endpoints_for(Event.EXPIRED)
    if not endpoints:
        return 0
    since = today - dt.timedelta(days=expired_lookback_days())
    candidates = (
        Certificate.objects.current()
        .with_status_data()
        .filter(expires_on__lt=today, expires_on__gte=since)
        .order_by("expires_on", "pk")
    )
    now = timezone.now()
    queued = 0
    for endpoint in endpoints:
        announced = WebhookDelivery.objects.filter(
            endpoint=endpoint, event=Event.EXPIRED, certificate_code=OuterRef("code")
        )
        for certificate in candidates.exclude(Exists(announced)):
            queued += len(
                webhook_event_record(
                    event=Event.EXPIRED, certificate=certificate, now=now, endpoints=[endpoint]
                )
            )
    return queued


# --- sending --------------------------------------------------------------------------------


def enqueue_delivery(delivery_id: int, *, run_after: dt.datetime | None = None) -> None:
    """Hand a delivery to the task worker: now (the default task backend) or not before
    `run_after` (the backend that can defer, MERIDIAN_SCHEDULED_TASKS_BACKEND). A queue that is
    down is logged, not raised: the scheduler's sweep sends what is overdue."""
    from .tasks import webhook_deliver  # the tasks module imports this one

    try:
        if run_after is None:
            webhook_deliver.enqueue(delivery_id=delivery_id)
        else:
            webhook_deliver.using(
                backend=settings.MERIDIAN_SCHEDULED_TASKS_BACKEND, run_after=run_after
            ).enqueue(delivery_id=delivery_id)
    except Exception:
        logger.exception("Could not queue webhook delivery %s", delivery_id)


@dataclass(frozen=True)
class AttemptResult:
    """One attempt: `delivered`, or the failure and when the next attempt is due (None: gave
    up, or nothing was sent)."""

    delivery_id: int
    attempt: int
    delivered: bool
    status: int | None
    error: str
    retry_at: dt.datetime | None
    state: str

    def as_dict(self) -> dict:
        data = asdict(self)
        data["retry_at"] = _iso(self.retry_at)
        return data


def _post(url: str, body: bytes, headers: dict) -> tuple[int | None, str]:
    """POST once; (status, error): status None when no answer came, error "" when delivered."""
    try:
        check_url(url, resolve=True)
        response = requests.post(
            url, data=body, headers=headers, timeout=TIMEOUT, allow_redirects=False, stream=True
        )
    except WebhookAddressError as error:
        return None, str(error)
    except requests.RequestException as error:
        return None, f"{type(error).__name__}: {error}"
    with response:
        status = response.status_code
        if 200 <= status < 300:
            return status, ""
        try:
            answer = response.raw.read(ANSWER_LIMIT, decode_content=True) or b""
        except Exception:  # the answer's body is only quoted for the log
            answer = b""
        text = answer.decode("utf-8", "replace").strip()
        error = f"HTTP {status} {response.reason or ''}".strip()
        if 300 <= status < 400 and response.headers.get("Location"):
            error += f" (redirects are not followed: {response.headers['Location']})"
        return status, f"{error}: {text}" if text else error


def webhook_deliver_once(
    *, delivery_id: int, now: dt.datetime | None = None
) -> AttemptResult | None:
    """Make the next attempt of a delivery if one is due at `now` (default: now); return what
    happened, or None when there was nothing to do (delivered, given up, not due yet, or claimed
    by another worker). Does not enqueue the retry (see `tasks.webhook_deliver`)."""
    now = now or timezone.now()
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("endpoint")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.state not in OPEN_STATES:
            return None
        if delivery.next_attempt_at is not None and delivery.next_attempt_at > now:
            return None
        endpoint = delivery.endpoint
        if not endpoint.is_active:
            delivery.state = State.FAILED
            delivery.next_attempt_at = None
            delivery.last_error = _("Not sent: the endpoint is not active.")
            delivery.save(update_fields=["state", "next_attempt_at", "last_error"])
            return AttemptResult(
                delivery_id, delivery.attempts, False, None, delivery.last_error, None, State.FAILED
            )
        attempt = delivery.attempts + 1
        # The claim: only one worker moves the counter from `attempts` to `attempt`.
        claimed = WebhookDelivery.objects.filter(
            pk=delivery.pk, attempts=delivery.attempts, state__in=OPEN_STATES
        ).update(attempts=attempt, next_attempt_at=now + LEASE)
        if not claimed:
            return None
    body = delivery.body.encode("utf-8")
    headers = signed_headers(
        secret=endpoint.secret,
        event_id=delivery.event_id,
        body=body,
        timestamp=int(now.timestamp()),
    )
    status, error = _post(endpoint.url, body, headers)
    delivered = status is not None and not error
    retry_at = None
    if delivered:
        state = State.DELIVERED
        changes = {"delivered_at": timezone.now(), "last_error": "", "next_attempt_at": None}
    elif attempt >= max_attempts():
        state = State.FAILED
        changes = {"last_error": error[:ERROR_LIMIT], "next_attempt_at": None}
    else:
        state = State.RETRYING
        retry_at = now + backoff_delay(attempt)
        changes = {"last_error": error[:ERROR_LIMIT], "next_attempt_at": retry_at}
    WebhookDelivery.objects.filter(pk=delivery.pk, attempts=attempt).update(
        state=state, last_status=status, **changes
    )
    if not delivered:
        logger.warning("Webhook delivery %s attempt %s failed: %s", delivery.pk, attempt, error)
    return AttemptResult(delivery.pk, attempt, delivered, status, error, retry_at, state)


def overdue_deliveries(*, now: dt.datetime | None = None, grace: dt.timedelta = SWEEP_GRACE):
    """Open deliveries whose next attempt is more than `grace` late (their task was lost)."""
    now = now or timezone.now()
    return WebhookDelivery.objects.filter(state__in=OPEN_STATES, next_attempt_at__lte=now - grace)


def webhooks_deliver_due(*, now: dt.datetime | None = None, limit: int = 200) -> int:
    """Attempt every open delivery that is due at `now` (at most `limit`, the most overdue
    first), scheduling the retries of those that fail; return how many were attempted."""
    now = now or timezone.now()
    due = (
        WebhookDelivery.objects.filter(state__in=OPEN_STATES, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    attempted = 0
    for delivery_id in list(due):
        result = webhook_deliver_once(delivery_id=delivery_id, now=now)
        if result is None:
            continue
        attempted += 1
        if result.retry_at is not None:
            enqueue_delivery(delivery_id, run_after=result.retry_at)
    return attempted


# --- services for HR (the admin) --------------------------------------------------------------


def _require_hr(actor: User | None) -> None:
    if actor is not None and not policies.is_hr(actor):
        raise PermissionDenied("Only HR may manage webhooks.")


def _clean_events(events) -> list[str]:
    chosen = set(events or [])
    unknown = chosen - set(Event.values)
    if unknown:
        raise ValidationError({"events": _("Unknown event: %(e)s") % {"e": sorted(unknown)[0]}})
    if not chosen:
        raise ValidationError({"events": _("Choose at least one event.")})
    return [value for value in Event.values if value in chosen]


@transaction.atomic
def webhook_endpoint_save(
    *, endpoint: WebhookEndpoint, actor: User | None, rotate_secret: bool = False
) -> WebhookEndpoint:
    """Create or change an endpoint (HR and admins). A new endpoint gets a fresh signing secret
    (`secrets.token_urlsafe(32)`), an existing one keeps it unless `rotate_secret`. The URL must
    pass `check_url`. The secret never reaches the audit log."""
    _require_hr(actor)
    created = endpoint.pk is None
    rotated = created or rotate_secret or not endpoint.secret
    if rotated:
        endpoint.secret = new_secret()
    endpoint.events = _clean_events(endpoint.events)
    endpoint.name = (endpoint.name or "").strip()
    endpoint.url = (endpoint.url or "").strip()
    endpoint.full_clean()
    try:
        check_url(endpoint.url)
    except WebhookAddressError as error:
        raise ValidationError({"url": str(error)}) from None
    endpoint.save()
    audit_log(
        actor=actor,
        action="webhook_endpoint.create" if created else "webhook_endpoint.update",
        target=endpoint,
        summary=f"{endpoint.name} {endpoint.url}",
        data={
            "url": endpoint.url,
            "events": endpoint.events,
            "is_active": endpoint.is_active,
            "secret_rotated": rotated and not created,
        },
    )
    return endpoint


@transaction.atomic
def webhook_endpoint_delete(*, endpoint: WebhookEndpoint, actor: User | None) -> None:
    """Delete an endpoint with its delivery log (HR and admins)."""
    _require_hr(actor)
    locked = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
    deliveries = locked.deliveries.count()
    audit_log(
        actor=actor,
        action="webhook_endpoint.delete",
        target=locked,
        summary=f"{locked.name} {locked.url}",
        data={"url": locked.url, "deliveries": deliveries},
    )
    locked.delete()


@transaction.atomic
def webhook_delivery_retry(
    *, delivery: WebhookDelivery, actor: User | None, now: dt.datetime | None = None
) -> WebhookDelivery:
    """Send a delivery that failed (or is waiting for its next attempt) again now (HR and
    admins). A delivery that was given up gets one more attempt; if that fails too, it is given
    up again. A delivered one is refused (ValidationError)."""
    _require_hr(actor)
    now = now or timezone.now()
    locked = WebhookDelivery.objects.select_for_update().get(pk=delivery.pk)
    if locked.state == State.DELIVERED:
        raise ValidationError(_("This delivery has been delivered; there is nothing to retry."))
    previous = locked.state
    locked.state = State.RETRYING
    locked.next_attempt_at = now
    locked.save(update_fields=["state", "next_attempt_at"])
    audit_log(
        actor=actor,
        action="webhook_delivery.retry",
        target=locked,
        summary=f"{locked.event} {locked.certificate_code} to endpoint {locked.endpoint_id}",
        data={"previous_state": previous, "attempts": locked.attempts},
    )
    transaction.on_commit(partial(enqueue_delivery, locked.pk))
    return locked


@dataclass(frozen=True)
class PingResult:
    status: int | None
    error: str

    @property
    def ok(self) -> bool:
        return self.status is not None and not self.error


def webhook_endpoint_ping(*, endpoint: WebhookEndpoint, actor: User | None) -> PingResult:
    """Send a signed test event ("type": "ping", no certificate) to an endpoint now and report
    the answer (HR and admins). Not a delivery: nothing is retried or logged but the audit."""
    _require_hr(actor)
    now = timezone.now()
    event_id = uuid.uuid4()
    body = json.dumps(
        {"id": str(event_id), "type": "ping", "created": _iso(now), "data": {}},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    headers = signed_headers(
        secret=endpoint.secret, event_id=event_id, body=body, timestamp=int(now.timestamp())
    )
    status, error = _post(endpoint.url, body, headers)
    audit_log(
        actor=actor,
        action="webhook_endpoint.ping",
        target=endpoint,
        summary=f"{endpoint.name}: {status or '-'}",
        data={"status": status, "error": error[:200]},
    )
    return PingResult(status=status, error=error)
