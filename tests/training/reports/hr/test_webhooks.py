"""Signed webhooks for the evaluation system: certificate issued, revoked, expired.

The receiver is a real HTTP server on 127.0.0.1 (a thread, port 0) that records every request
and answers with the statuses it is told to (500 then 200, ...). Loopback addresses are refused
in production; these tests allow them (MERIDIAN_WEBHOOK_ALLOW_PRIVATE) except where the refusal
itself is tested. The first attempt runs in the immediate task backend; retries go to the
database queue (MERIDIAN_SCHEDULED_TASKS_BACKEND) with `run_after`, where they are counted, and
are then made by calling the attempt (or the sweep) at the time they are due.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import http.server
import json
import socket
import threading
from io import StringIO
from types import SimpleNamespace

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.training.certificates.conftest import (  # noqa: F401  (fixtures)
    complete,
    course,
    courses,
    default_language,
    template,
)
from training.certificates.models import Certificate
from training.certificates.services import certificate_revoke
from training.people.models import AuditEntry
from training.reports import webhooks
from training.reports.models import WebhookDelivery, WebhookEndpoint
from training.reports.webhooks import (
    Event,
    State,
    event_id_for,
    verify_signature,
    webhook_deliver_once,
    webhook_endpoint_save,
    webhook_event_record,
    webhooks_deliver_due,
    webhooks_expired_record,
)

from .conftest import make_certificate

DELIVER_TASK = "training.reports.tasks.webhook_deliver"
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (the stdlib's name)
        server = self.server
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        server.requests.append(
            SimpleNamespace(path=self.path, headers=dict(self.headers.items()), body=body)
        )
        status = server.statuses.pop(0) if server.statuses else 200
        answer = b"ok" if status < 300 else b"receiver broke"
        self.send_response(status)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    server.requests = []
    server.statuses = []
    server.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/meridian"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def webhook_settings(settings):
    settings.MERIDIAN_WEBHOOK_ALLOW_PRIVATE = True
    settings.MERIDIAN_WEBHOOK_BACKOFF = 60
    settings.MERIDIAN_WEBHOOK_MAX_ATTEMPTS = 8
    return settings


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone"


def endpoint(url: str, events=tuple(Event.values), *, name="评估系统", active=True):
    return webhook_endpoint_save(
        endpoint=WebhookEndpoint(name=name, url=url, events=list(events), is_active=active),
        actor=None,
    )


def retries_queued() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(task_path=DELIVER_TASK).order_by("run_after"))


# --- signing --------------------------------------------------------------------------------


def test_the_signature_is_hmac_sha256_over_timestamp_and_body():
    secret, body = "s3cr3t", '{"data":{"name":"李云"},"id":"x"}'
    expected = hmac.new(
        b"s3cr3t", b"1767225600." + body.encode("utf-8"), hashlib.sha256
    ).hexdigest()
    assert webhooks.sign(secret, 1767225600, body) == expected
    headers = webhooks.signed_headers(
        secret=secret, event_id="e-1", body=body, timestamp=1767225600
    )
    assert headers["Meridian-Webhook-Signature"] == f"v1={expected}"
    assert headers["Meridian-Webhook-Timestamp"] == "1767225600"
    assert headers["Meridian-Webhook-Id"] == "e-1"
    header = headers["Meridian-Webhook-Signature"]

    now = 1767225600 + 299
    assert verify_signature(secret, "1767225600", body.encode(), header, now=now)
    assert verify_signature(secret, "1767225600", body, f"v1=00ff, {header}", now=now)
    # A changed body, another secret, a stale or a future timestamp, garbage: all refused.
    assert not verify_signature(secret, "1767225600", body.replace("李", "王"), header, now=now)
    assert not verify_signature("other", "1767225600", body, header, now=now)
    assert not verify_signature(secret, "1767225600", body, header, now=1767225600 + 301)
    assert not verify_signature(secret, "1767225600", body, header, now=1767225600 - 301)
    assert not verify_signature(secret, "1767225601", body, header, now=now)
    assert not verify_signature(secret, "soon", body, header, now=now)
    assert not verify_signature(secret, "1767225600", body, "v0=" + expected, now=now)
    assert not verify_signature(secret, "1767225600", body, "v1=签名", now=now)
    assert not verify_signature(secret, "1767225600", body, "", now=now)


def test_backoff_doubles_up_to_the_cap(settings):
    assert [webhooks.backoff_delay(n).total_seconds() for n in range(1, 6)] == [
        60,
        120,
        240,
        480,
        960,
    ]
    settings.MERIDIAN_WEBHOOK_BACKOFF = 3600
    assert webhooks.backoff_delay(4).total_seconds() == 6 * 3600  # 8 h, capped at 6 h
    assert webhooks.backoff_delay(200).total_seconds() == 6 * 3600


# --- endpoints ------------------------------------------------------------------------------


def test_an_endpoint_gets_a_secret_and_only_acceptable_urls(org, webhook_settings):
    saved = webhook_endpoint_save(
        endpoint=WebhookEndpoint(
            name="HR system", url="https://hr.example.edu/hook", events=["certificate.revoked"]
        ),
        actor=org.hr.user,
    )
    assert len(saved.secret) >= 43  # token_urlsafe(32)
    secret = saved.secret
    saved.name = "HR system 2"
    webhook_endpoint_save(endpoint=saved, actor=org.hr.user)
    assert saved.secret == secret
    webhook_endpoint_save(endpoint=saved, actor=org.hr.user, rotate_secret=True)
    assert saved.secret != secret
    entries = AuditEntry.objects.filter(action__startswith="webhook_endpoint.")
    assert [e.action for e in entries.order_by("pk")] == [
        "webhook_endpoint.create",
        "webhook_endpoint.update",
        "webhook_endpoint.update",
    ]
    assert all(secret not in json.dumps(e.data) for e in entries)
    assert all(saved.secret not in json.dumps(e.data) for e in entries)

    with pytest.raises(Exception, match="Only HR"):
        webhook_endpoint_save(
            endpoint=WebhookEndpoint(name="x", url="https://a.example/", events=["x"]),
            actor=org.learner.user,
        )
    webhook_settings.MERIDIAN_WEBHOOK_ALLOW_PRIVATE = False
    for url in (
        "ftp://hr.example.edu/hook",
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://[::1]/hook",
        "http://169.254.169.254/latest",
        "https://user:pw@hr.example.edu/hook",
        # Characters that make the address read differently from where it sends.
        "https://eval\u202etxt.exe.example.edu/hook",
        "https://eval.example.edu/\u200bhook",
        "https://评估.example.edu/hook",
        "https://eval.example.edu/ho ok",
    ):
        with pytest.raises(ValidationError) as error:
            webhook_endpoint_save(
                endpoint=WebhookEndpoint(name="x", url=url, events=["certificate.issued"]),
                actor=org.hr.user,
            )
        assert "url" in error.value.message_dict, url
    with pytest.raises(ValidationError) as error:
        webhook_endpoint_save(
            endpoint=WebhookEndpoint(name="x", url="https://a.example/", events=["nope"]),
            actor=org.hr.user,
        )
    assert "events" in error.value.message_dict
    assert WebhookEndpoint.objects.count() == 1


# --- events ---------------------------------------------------------------------------------


def test_issuing_queues_one_delivery_per_subscribed_endpoint_and_sends_it(
    org,
    course,  # noqa: F811  (the imported fixture)
    complete,  # noqa: F811  (the imported fixture)
    receiver,
):
    first = endpoint(receiver.url + "?a", name="A")
    second = endpoint(receiver.url + "?b", events=["certificate.issued"], name="B")
    endpoint(receiver.url + "?off", name="inactive", active=False)
    endpoint(receiver.url + "?revoked-only", events=["certificate.revoked"], name="revocations")

    certificate = complete(org.learner, course)

    deliveries = list(WebhookDelivery.objects.order_by("endpoint__name"))
    assert [d.endpoint for d in deliveries] == [first, second]
    assert {d.state for d in deliveries} == {State.DELIVERED}
    assert {d.attempts for d in deliveries} == {1}
    assert {d.last_status for d in deliveries} == {200}
    event_id = event_id_for("certificate.issued", certificate.code)
    assert {d.event_id for d in deliveries} == {event_id}
    assert sorted(r.path for r in receiver.requests) == [
        "/hooks/meridian?a",
        "/hooks/meridian?b",
    ]
    for request in receiver.requests:
        delivery = deliveries[0] if request.path.endswith("?a") else deliveries[1]
        headers = request.headers
        assert headers["Content-Type"] == "application/json"
        assert headers["User-Agent"] == "Meridian-Webhooks/1"
        assert headers["Meridian-Webhook-Id"] == str(event_id)
        assert request.body == delivery.body.encode("utf-8")  # stored exactly as sent
        assert verify_signature(
            delivery.endpoint.secret,
            headers["Meridian-Webhook-Timestamp"],
            request.body,
            headers["Meridian-Webhook-Signature"],
        )
        other = (deliveries[1] if delivery is deliveries[0] else deliveries[0]).endpoint
        assert not verify_signature(
            other.secret,
            headers["Meridian-Webhook-Timestamp"],
            request.body,
            headers["Meridian-Webhook-Signature"],
        )

    body = deliveries[0].body
    assert body == json.dumps(
        json.loads(body), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    payload = json.loads(body)
    assert payload["id"] == str(event_id)
    assert payload["type"] == "certificate.issued"
    data = payload["data"]
    assert data["certificate"] == certificate.code
    assert data["verify_url"].endswith(f"/verify/{certificate.formatted_code}/")
    assert data["staff_number"] == org.learner.staff_number
    assert data["holder"] == {
        "name_zh": org.learner.name_zh,
        "name_latin": org.learner.name_latin,
    }
    assert data["course"]["title_zh"] == "服务台英语"
    assert data["course"]["title_en"] == "English at the service desk"
    assert data["course"]["key"] == str(certificate.course_key)
    assert data["hours"] == float(certificate.hours)
    assert data["expires_on"] == certificate.expires_on.isoformat()
    assert data["status"] == "valid"
    assert data["revoked_on"] is None
    assert "服务台英语" in body  # UTF-8, not \u escapes

    # Recording the same event again queues nothing (the event id is unique per endpoint).
    assert webhook_event_record(event=Event.ISSUED, certificate=certificate) == []
    assert WebhookDelivery.objects.count() == 2


def test_revoking_sends_certificate_revoked_without_the_reason(
    hr_world, receiver, django_capture_on_commit_callbacks
):
    endpoint(receiver.url, events=["certificate.revoked"])
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(
            certificate=hr_world.li_english, reason="Plagiarised quiz", actor=hr_world.org.hr.user
        )
    delivery = WebhookDelivery.objects.get()
    assert (delivery.event, delivery.state, delivery.certificate_code) == (
        "certificate.revoked",
        State.DELIVERED,
        hr_world.li_english.code,
    )
    data = json.loads(receiver.requests[0].body)["data"]
    assert data["status"] == "revoked"
    assert data["revoked_on"] == timezone.localdate().isoformat()
    assert "Plagiarised" not in delivery.body


def test_the_expiry_sweep_announces_each_recent_expiry_once(
    hr_world, receiver, django_capture_on_commit_callbacks
):
    endpoint(receiver.url, events=["certificate.expired"])
    endpoint(receiver.url + "?issued-only", events=["certificate.issued"], name="issued")
    today = hr_world.today
    make_certificate(  # expired 40 days ago: before the look-back of 30 days
        hr_world.org.learner,
        "ill",
        title_zh="旧课程",
        title_en="Old course",
        hours="1",
        completed_on=today - dt.timedelta(days=800),
        expires_on=today - dt.timedelta(days=40),
    )
    # sun_visiting expired 10 days ago; sun_ill is revoked; zhang_first is superseded.
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks_expired_record(today=today) == 1
    assert webhooks_expired_record(today=today) == 0
    assert webhooks_expired_record(today=today + dt.timedelta(days=1)) == 0
    delivery = WebhookDelivery.objects.get()
    assert delivery.event == "certificate.expired"
    assert delivery.certificate_code == hr_world.sun_visiting.code
    assert delivery.state == State.DELIVERED
    data = json.loads(receiver.requests[0].body)["data"]
    assert data["status"] == "expired"
    assert data["expires_on"] == hr_world.sun_visiting.expires_on.isoformat()


# --- retries --------------------------------------------------------------------------------


def test_a_failed_attempt_is_retried_after_the_backoff(
    hr_world, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 200]
    hook = endpoint(receiver.url, events=["certificate.issued"])
    with time_machine.travel(T0, tick=False), django_capture_on_commit_callbacks(execute=True):
        webhook_event_record(event=Event.ISSUED, certificate=hr_world.li_english)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.last_status) == (State.RETRYING, 1, 500)
    assert delivery.last_error.startswith("HTTP 500")
    assert "receiver broke" in delivery.last_error
    assert delivery.next_attempt_at == T0 + dt.timedelta(seconds=60)
    # The retry is queued for the worker, not before it is due.
    [queued] = retries_queued()
    assert queued.run_after == delivery.next_attempt_at
    assert queued.args_kwargs["kwargs"] == {"delivery_id": delivery.pk}

    assert webhook_deliver_once(delivery_id=delivery.pk, now=T0 + dt.timedelta(seconds=59)) is None
    result = webhook_deliver_once(delivery_id=delivery.pk, now=T0 + dt.timedelta(seconds=60))
    assert result.delivered and result.attempt == 2
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.last_status) == (State.DELIVERED, 2, 200)
    assert delivery.next_attempt_at is None and delivery.last_error == ""
    # Both attempts carried the same event id and body, each with its own signed timestamp.
    first, second = receiver.requests
    assert first.body == second.body
    assert first.headers["Meridian-Webhook-Id"] == second.headers["Meridian-Webhook-Id"]
    assert int(second.headers["Meridian-Webhook-Timestamp"]) == int(T0.timestamp()) + 60
    assert verify_signature(
        hook.secret,
        second.headers["Meridian-Webhook-Timestamp"],
        second.body,
        second.headers["Meridian-Webhook-Signature"],
        now=T0 + dt.timedelta(seconds=60),
    )
    # Nothing more to do: a second worker with the same task finds it delivered.
    assert webhook_deliver_once(delivery_id=delivery.pk, now=T0 + dt.timedelta(hours=1)) is None
    assert len(receiver.requests) == 2


def test_an_unreachable_receiver_is_given_up_after_the_last_attempt(
    hr_world, settings, django_capture_on_commit_callbacks
):
    settings.MERIDIAN_WEBHOOK_MAX_ATTEMPTS = 4
    endpoint(closed_port_url(), events=["certificate.revoked"])
    with time_machine.travel(T0, tick=False), django_capture_on_commit_callbacks(execute=True):
        webhook_event_record(event=Event.REVOKED, certificate=hr_world.sun_ill)
    delivery = WebhookDelivery.objects.get()
    schedule = [delivery.next_attempt_at]
    assert (delivery.state, delivery.attempts, delivery.last_status) == (State.RETRYING, 1, None)
    assert "ConnectionError" in delivery.last_error
    now = T0
    for attempt in (2, 3):
        now = delivery.next_attempt_at
        assert webhooks_deliver_due(now=now) == 1  # the sweep makes the due attempt
        delivery.refresh_from_db()
        assert (delivery.state, delivery.attempts) == (State.RETRYING, attempt)
        schedule.append(delivery.next_attempt_at)
    gaps = [b - a for a, b in zip([T0, *schedule], schedule, strict=False)]
    assert [gap.total_seconds() for gap in gaps] == [60, 120, 240]
    assert [r.run_after for r in retries_queued()] == schedule
    assert webhooks_deliver_due(now=delivery.next_attempt_at) == 1
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.next_attempt_at) == (State.FAILED, 4, None)
    assert webhooks_deliver_due(now=now + dt.timedelta(days=1)) == 0
    assert len(retries_queued()) == 3  # no retry after giving up


def test_the_scheduler_enqueues_a_sweep_for_overdue_deliveries(hr_world):
    hook = endpoint("http://127.0.0.1:9/", events=["certificate.issued"])
    WebhookDelivery.objects.create(
        endpoint=hook,
        event="certificate.issued",
        event_id=event_id_for("certificate.issued", "X"),
        certificate_code="X",
        body="{}",
        state=State.RETRYING,
        attempts=1,
        next_attempt_at=T0,
    )
    out = StringIO()
    with time_machine.travel(T0 + dt.timedelta(minutes=5), tick=False):
        call_command("run_scheduler", "--once", "--at", "23:59", stdout=out)
    assert "Nothing to enqueue." in out.getvalue()  # within the grace: its own task runs it
    with time_machine.travel(T0 + dt.timedelta(minutes=11), tick=False):
        call_command("run_scheduler", "--once", "--at", "23:59", stdout=out)
    assert "Enqueued a webhook sweep: 1 delivery(ies) overdue." in out.getvalue()
    assert (
        DBTaskResult.objects.filter(task_path="training.reports.tasks.webhooks_sweep").count() == 1
    )


def test_an_inactive_endpoint_gets_nothing(hr_world, receiver, django_capture_on_commit_callbacks):
    hook = endpoint(receiver.url, events=["certificate.issued"])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        webhook_event_record(event=Event.ISSUED, certificate=hr_world.li_english)
    hook.is_active = False
    webhook_endpoint_save(endpoint=hook, actor=None)
    for callback in callbacks:
        callback()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts) == (State.FAILED, 0)
    assert receiver.requests == []
    assert webhook_event_record(event=Event.REVOKED, certificate=hr_world.sun_ill) == []


# --- the admin ------------------------------------------------------------------------------


def in_english(user):
    """The admin speaks the user's preferred language (messages are checked in English)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_hr_creates_an_endpoint_and_sees_its_secret(client, org):
    client.force_login(in_english(org.hr.user))
    response = client.post(
        reverse("reports_webhook_endpoints:add"),
        {
            "name": "考核系统",
            "url": "https://eval.example.edu/hooks",
            "events": ["certificate.issued", "certificate.expired"],
            "is_active": "on",
        },
    )
    hook = WebhookEndpoint.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("reports_webhook_endpoints:edit", args=(hook.pk,))
    assert hook.events == ["certificate.issued", "certificate.expired"]
    page = client.get(response.url).content.decode()
    assert hook.secret in page
    assert AuditEntry.objects.filter(action="webhook_endpoint.create").count() == 1
    response = client.post(
        reverse("reports_webhook_endpoints:add"),
        {"name": "bad", "url": "ftp://eval.example.edu/", "events": ["certificate.issued"]},
    )
    assert response.status_code == 200
    assert "Only http and https" in response.content.decode()
    assert WebhookEndpoint.objects.count() == 1


def test_the_delivery_log_is_for_hr_only(
    client, hr_world, settings, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    settings.MERIDIAN_WEBHOOK_MAX_ATTEMPTS = 1
    hook = endpoint(closed_port_url(), events=["certificate.issued", "certificate.revoked"])
    with django_capture_on_commit_callbacks(execute=True):
        webhook_event_record(event=Event.ISSUED, certificate=hr_world.li_english)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == State.FAILED
    index = reverse("reports_webhook_deliveries:index")
    inspect = reverse("reports_webhook_deliveries:inspect", args=(delivery.pk,))
    retry = reverse("reports_webhook_deliveries:retry", args=(delivery.pk,))

    for user in (hr_world.org.editor.user, hr_world.org.learner.user):
        client.force_login(user)
        for url in (index, inspect, reverse("reports_webhook_endpoints:index")):
            response = client.get(url)
            assert response.status_code in (302, 403), url
            assert delivery.certificate_code not in response.content.decode()
        assert client.post(retry).status_code in (302, 403)
    delivery.refresh_from_db()
    assert delivery.attempts == 1

    client.force_login(hr_world.org.hr.user)
    page = client.get(index).content.decode()
    assert hr_world.li_english.formatted_code in page
    assert hook.name in page
    page = client.get(inspect).content.decode()
    assert "Meridian-Webhook-Signature" in page
    assert str(delivery.event_id) in page
    assert "服务台英语" in page  # the body
    assert "ConnectionError" in page  # the last error
    assert retry in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(retry)
    assert response.status_code == 302
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (State.FAILED, 2)  # one more attempt, failed
    assert AuditEntry.objects.filter(action="webhook_delivery.retry").count() == 1

    # The listing's queries do not grow with the log.
    with django_assert_max_num_queries(12) as small:
        assert client.get(index).status_code == 200
    certificates = list(Certificate.objects.all())
    for certificate in certificates:
        webhook_event_record(event=Event.REVOKED, certificate=certificate, endpoints=[hook])
    WebhookDelivery.objects.bulk_create(
        WebhookDelivery(
            endpoint=hook,
            event="certificate.expired",
            event_id=event_id_for("certificate.expired", f"C{n}"),
            certificate_code=f"C{n}",
            body="{}",
        )
        for n in range(40)
    )
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(index).status_code == 200


def test_hr_sends_a_test_event_and_deletes_an_endpoint(client, org, receiver):
    hook = endpoint(receiver.url, events=["certificate.issued"])
    ping = reverse("reports_webhook_endpoints:ping", args=(hook.pk,))
    client.force_login(org.editor.user)
    assert client.post(ping).status_code == 403
    assert receiver.requests == []

    client.force_login(in_english(org.hr.user))
    assert "Send a test event" in client.get(ping).content.decode()
    response = client.post(ping, follow=True)
    assert "The test event was delivered (HTTP 200)." in response.content.decode()
    [request] = receiver.requests
    assert json.loads(request.body)["type"] == "ping"
    assert verify_signature(
        hook.secret,
        request.headers["Meridian-Webhook-Timestamp"],
        request.body,
        request.headers["Meridian-Webhook-Signature"],
    )
    assert WebhookDelivery.objects.count() == 0  # a test event is not a delivery

    delete = reverse("reports_webhook_endpoints:delete", args=(hook.pk,))
    assert client.post(delete).status_code == 302
    assert not WebhookEndpoint.objects.exists()
    assert AuditEntry.objects.filter(action="webhook_endpoint.delete").count() == 1
