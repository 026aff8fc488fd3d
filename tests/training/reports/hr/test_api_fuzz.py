"""Schemathesis fuzzes every operation of `/api/v1/` in-process (the WSGI app, the test
database): no answer is a 5xx, every status is documented, and every body matches the schema.
Positive cases (what the schema allows: arbitrary text in the filters, any page) and negative
ones (what it does not) for each operation, with a token that has every scope."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from training.people.models import AuditEntry
from training.reports.tokens import api_token_create

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# Six operations x two modes x this many examples: the whole run stays well under 30 s.
EXAMPLES = 12


@pytest.fixture
def wsgi_app(db):
    """The project's WSGI app, run in this thread inside the test's transaction. Like Django's
    test client, keep the request signals from closing the test's database connection."""
    from django.core.handlers.wsgi import WSGIHandler

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def fuzz(operation, mode: GenerationMode, headers: dict) -> int:
    """Run `EXAMPLES` cases of one operation in one mode; return how many were sent."""
    sent = 0

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        nonlocal sent
        sent += 1
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()
    return sent


def test_fuzz_finds_no_server_error(hr_world, wsgi_app):
    _token, raw = api_token_create(
        actor=hr_world.org.hr.user,
        name="Fuzz",
        scopes=["staff:read", "certificates:read", "summaries:read"],
    )
    headers = {"Authorization": f"Bearer {raw}"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_app)
    schema.validate()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6

    calls = {GenerationMode.POSITIVE: 0, GenerationMode.NEGATIVE: 0}
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            calls[mode] += fuzz(operation, mode, headers)
    assert calls[GenerationMode.POSITIVE] >= len(operations)
    # The calls went through the token (and were audited), not around it. (A negative case
    # whose path no operation matches gets the JSON 404 of `/api/v1/` without an audit.)
    audited = AuditEntry.objects.filter(action="api.call").count()
    assert calls[GenerationMode.POSITIVE] <= audited <= sum(calls.values())
