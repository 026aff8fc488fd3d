"""One world for the authorisation matrix, built once per test module and rolled back after it.

The matrix makes hundreds of requests; building the org, the HR data and a course with a quiz
for each of them would take minutes. `world` builds them once (inside a transaction that is
rolled back when the module ends) from the suite's own fixtures (tests/conftest.py `org`,
tests/training/reports/conftest.py `framework`/`team`, tests/training/reports/hr/conftest.py
`hr_world`, tests/assessments/conftest.py `quizzes`); each test runs in a savepoint inside it
(pytest-django's `db`), so a write made by a test is undone before the next one.

Who is who (the six roles of the matrix):

- anonymous;
- learner: LI Yun (ISSS desk team);
- other_manager: ZHAO Kun, manager of Circulation (another unit);
- manager: ZHANG Zhe, manager of ISSS (LI Yun's and SUN Yue's department);
- hr: ZHOU Jun (HR group);
- editor: WU Yi (Editors group).

Other people whose ids are used: SUN Yue (ISSS visiting team: the manager's subtree, not the
learner's), QIAN Sheng (Circulation: the other manager's staff).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.utils import timezone, translation

ROLES = ("anonymous", "learner", "other_manager", "manager", "hr", "editor")


def _fixture(function):
    """The plain function behind a pytest fixture (to build the world once, not per test)."""
    return function.__wrapped__


def _without_index_updates():
    """As tests/conftest.py `_index_updates`: no search or reference index work while building
    (the matrix reads neither index)."""
    from django.db.models.signals import post_save
    from modelsearch import signal_handlers
    from modelsearch.index import get_indexed_models
    from wagtail.signal_handlers import disable_reference_index_auto_update

    class Off:
        def __enter__(self):
            self.models = [
                m for m in get_indexed_models() if getattr(m, "search_auto_update", True)
            ]
            for model in self.models:
                post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
            self.refs = disable_reference_index_auto_update()
            self.refs.__enter__()

        def __exit__(self, *exc):
            self.refs.__exit__(*exc)
            for model in self.models:
                post_save.connect(signal_handlers.post_save_signal_handler, sender=model)

    return Off()


def build_world() -> SimpleNamespace:
    from django.contrib.auth.models import User
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.log_actions import log

    from assessments import services as assessment_services
    from assessments.models import Attempt
    from tests.assessments import conftest as assessment_fixtures
    from tests.conftest import org as org_fixture
    from tests.training.reports import conftest as team_fixtures
    from tests.training.reports.hr import conftest as hr_fixtures
    from training.certificates.models import CertificateExport, CertificateTemplate
    from training.people.models import AuditEntry
    from training.progress.models import RoleCourse
    from training.progress.services import role_course_save
    from training.reports import tokens, webhooks
    from training.reports.models import (
        ApiToken,
        ReportExport,
        WebhookDelivery,
        WebhookEndpoint,
    )

    org = _fixture(org_fixture)(None)
    framework = _fixture(team_fixtures.framework)(None)
    team = _fixture(team_fixtures.team)(org, framework)
    hr = _fixture(hr_fixtures.hr_world)(team)
    quizzes = _fixture(assessment_fixtures.quizzes)(None, org)

    # Attempts: LI Yun has attempt 1 in progress; SUN Yue has attempts 1 (finished) and 2 (in
    # progress), so "attempt 2" exists only for someone else when LI Yun asks for it.
    li_attempt = assessment_services.attempt_start(staff=org.learner, quiz=quizzes.quiz)
    sun_first = assessment_services.attempt_start(staff=org.visiting, quiz=quizzes.quiz)
    assessment_services.attempt_submit(
        attempt_id=sun_first.pk, staff=org.visiting, responses={}, revision=sun_first.revision
    )
    sun_second = assessment_services.attempt_start(staff=org.visiting, quiz=quizzes.quiz)
    assert sun_second.number == 2 and sun_second.state == Attempt.State.IN_PROGRESS

    template = CertificateTemplate.objects.create(
        name="Library default template",
        is_default=True,
        issuer_zh="滨江大学图书馆",
        issuer_en="Binjiang University Library",
    )
    role_course = role_course_save(
        role_course=RoleCourse(job_role=framework.desk, course=quizzes.course), actor=None
    )

    now = timezone.now()
    full_token, full_raw = tokens.api_token_create(
        actor=org.hr.user,
        name="Evaluation system (all scopes)",
        scopes=list(ApiToken.Scope.values),
        expires_at=now + dt.timedelta(days=30),
    )
    staff_token, staff_raw = tokens.api_token_create(
        actor=org.hr.user,
        name="Staff only",
        scopes=["staff:read"],
        expires_at=now + dt.timedelta(days=30),
    )
    revoked_token, revoked_raw = tokens.api_token_create(
        actor=org.hr.user,
        name="Revoked",
        scopes=list(ApiToken.Scope.values),
        expires_at=now + dt.timedelta(days=30),
    )
    tokens.api_token_revoke(actor=org.hr.user, token=revoked_token)

    endpoint = webhooks.webhook_endpoint_save(
        endpoint=WebhookEndpoint(
            name="Evaluation system hook",
            url="https://evaluation.example.edu/hooks/meridian",
            events=[WebhookEndpoint.Event.values[0]],
        ),
        actor=org.hr.user,
    )
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint,
        event=WebhookEndpoint.Event.values[0],
        event_id="00000000-0000-4000-8000-00000000d001",
        certificate_code=hr.li_english.code,
        body='{"event": "certificate.issued", "holder": "LI Yun"}',
        state=WebhookDelivery.State.FAILED,
        attempts=1,
        last_error="Connection refused",
    )

    report_export = ReportExport.objects.create(
        kind=ReportExport.Kind.REGISTER_CSV,
        requested_by=org.hr.user,
        description="Register, all certificates",
        state=ReportExport.State.DONE,
        total=5,
        done=5,
        finished_at=now,
    )
    report_export.file.save("register.csv", ContentFile(b"holder\nLI Yun\n"))
    certificate_export = CertificateExport.objects.create(
        requested_by=org.hr.user,
        description="Certificates, all",
        state=CertificateExport.State.DONE,
        total=1,
        done=1,
        finished_at=now,
    )
    certificate_export.file.save("certificates.zip", ContentFile(b"PK\x05\x06" + b"\0" * 18))

    image = Image.objects.create(title="Desk photo", file=get_test_image_file())
    document = Document.objects.create(
        title="Loan desk phrasebook", file=ContentFile(b"phrases\n", name="phrasebook.txt")
    )
    audit_entry = AuditEntry.objects.filter(action__startswith="certificate.").first()
    assert audit_entry is not None
    # An HR edit of LI Yun's staff record in Wagtail's own log (as the staff admin writes it):
    # the site history report must show it to HR only.
    log(instance=org.learner, action="wagtail.edit", user=org.hr.user, content_changed=True)

    return SimpleNamespace(
        org=org,
        framework=framework,
        hr=hr,
        quizzes=quizzes,
        li_attempt=li_attempt,
        sun_first=sun_first,
        sun_second=sun_second,
        template=template,
        role_course=role_course,
        full_token=full_token,
        full_raw=full_raw,
        staff_token=staff_token,
        staff_raw=staff_raw,
        revoked_token=revoked_token,
        revoked_raw=revoked_raw,
        endpoint=endpoint,
        delivery=delivery,
        report_export=report_export,
        certificate_export=certificate_export,
        image=image,
        document=document,
        audit_entry=audit_entry,
        admin=User.objects.get(username="admin"),
        users={
            "anonymous": None,
            "learner": org.learner.user,
            "other_manager": org.circ_manager.user,
            "manager": org.isss_manager.user,
            "hr": org.hr.user,
            "editor": org.editor.user,
        },
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The world, built once for the module inside a transaction rolled back at its end."""
    with (
        django_db_blocker.unblock(),
        translation.override(settings.LANGUAGE_CODE),
        transaction.atomic(),
    ):
        with _without_index_updates():
            built = build_world()
        # One session per role for the whole module: a request's session changes (messages)
        # are rolled back with its test, and no case pays for a sign-in.
        built.sessions = {}
        for role, user in built.users.items():
            if user is not None:
                client = Client()
                client.force_login(user)
                built.sessions[role] = client.cookies[settings.SESSION_COOKIE_NAME].value
        yield built
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _fresh_state():
    """Each case starts in the default language with an empty cache (the verify page counts
    requests per address in the cache: hundreds of cases must not reach its limit)."""
    cache.clear()
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def client_for(world, db):
    """client_for(role) -> a Client signed in as the role's user (the module's session made by
    force_login: no password hashing, no throttling in the way), or an anonymous one."""

    def make(role: str) -> Client:
        client = Client()
        if role in world.sessions:
            client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]
        return client

    return make
