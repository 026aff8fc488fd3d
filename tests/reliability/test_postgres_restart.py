"""Fault: PostgreSQL restarts in the middle of an exam.

Learners (threads with their own signed-in sessions) start a quiz and autosave their answers
through gunicorn while the database server is stopped and started again. During the outage every
request is answered 503 with Retry-After (a translated page, or JSON for the autosave and the
API), never a 500 and never a hang; afterwards the same gunicorn serves again; every answer the
site acknowledged before the outage is kept and every attempt is graded exactly once.

The database is a PostgreSQL cluster of this test's own (tests/servers.py), so the server the rest
of the suite uses is never stopped.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

import psycopg
import pytest
import requests
from django.utils import translation
from django.utils.translation import gettext

from tests import servers
from tests.reliability.conftest import postgres_binaries_present

pytestmark = [
    pytest.mark.skipif(
        not postgres_binaries_present(),
        reason="needs PostgreSQL's server binaries (initdb, pg_ctl)",
    ),
    # The scenario brings its own cluster, so it does not depend on the suite's database; CI runs
    # it once, in the PostgreSQL run of the suite, rather than paying its minute twice.
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="runs in the PostgreSQL run of the suite (DATABASE_URL=postgres://...)",
    ),
]

LEARNERS = 6
QUESTIONS = 8
# A request that takes longer than this is a hang: the site must answer, even if only 503.
REQUEST_TIMEOUT = 10
HEADING = "Meridian is temporarily unavailable"
RADIO = re.compile(r'<input[^>]*type="radio"[^>]*>')
ATTRIBUTE = re.compile(r'(name|value)="([^"]*)"')
REVISION = re.compile(r'name="revision" value="(\d+)"')


def manage(env: dict, *args: str, timeout: float = 300) -> str:
    done = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, *args],
        cwd=servers.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


@dataclass
class Learner:
    """One learner's browser: a signed-in session that starts the quiz and autosaves."""

    base: str
    quiz_path: str
    session_key: str
    http: requests.Session = field(default_factory=requests.Session)
    attempt_path: str = ""
    choices: dict[str, list[str]] = field(default_factory=dict)  # position -> option keys
    revision: int = 0
    answers: dict[str, str] = field(default_factory=dict)  # sent with every save (whole form)
    acknowledged: dict[str, str] = field(default_factory=dict)  # as of the last 200 save
    acknowledged_at: float = 0.0
    log: list[tuple[float, float, int, str]] = field(default_factory=list)  # sent, got, status
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.session_key:
            self.http.cookies.set("sessionid", self.session_key, domain="127.0.0.1")

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        sent = time.monotonic()
        response = self.http.request(
            method, self.base + path, timeout=REQUEST_TIMEOUT, allow_redirects=False, **kwargs
        )
        self.log.append((sent, time.monotonic(), response.status_code, path))
        return response

    def post(self, path: str, data: dict, **headers) -> requests.Response:
        token = self.http.cookies.get("csrftoken", domain="127.0.0.1") or ""
        return self.request("POST", path, data=data, headers={"X-CSRFToken": token, **headers})

    def start(self) -> None:
        assert self.request("GET", self.quiz_path).status_code == 200
        response = self.post(self.quiz_path + "start/", {})
        assert response.status_code == 302, response.text[:500]
        self.attempt_path = response.headers["Location"]
        self.read_form()

    def read_form(self) -> None:
        page = self.request("GET", self.attempt_path)
        assert page.status_code == 200, page.status_code
        self.revision = int(REVISION.search(page.text).group(1))
        self.choices = {}
        for tag in RADIO.findall(page.text):
            attributes = dict(ATTRIBUTE.findall(tag))
            if attributes.get("name", "").startswith("q"):
                position = attributes["name"][1:]
                self.choices.setdefault(position, []).append(attributes["value"])

    def form(self) -> dict:
        data = {"revision": str(self.revision)}
        data.update({f"q{position}": key for position, key in self.answers.items()})
        return data

    def autosave(self) -> requests.Response:
        response = self.post(self.attempt_path + "save/", self.form(), Accept="application/json")
        if response.status_code == 200:
            self.revision = response.json()["revision"]
            self.acknowledged = dict(self.answers)
            self.acknowledged_at = time.monotonic()
        elif response.status_code == 409:
            # A save whose answer was lost on its way back still counted: read the revision.
            self.read_form()
        return response

    def answer_next(self) -> None:
        unanswered = [p for p in sorted(self.choices, key=int) if p not in self.answers]
        if unanswered:
            position = unanswered[0]
            self.answers[position] = self.choices[position][int(position) % 3]

    def run(self, outage_over: threading.Event, finish: threading.Event) -> None:
        try:
            while not finish.is_set():
                if len(self.answers) < QUESTIONS - 1 and (
                    not self.answers or self.acknowledged == self.answers
                ):
                    self.answer_next()  # next question once the last one is saved
                self.autosave()
                time.sleep(0.05)
            self.answer_next()
            while self.autosave().status_code != 200:
                time.sleep(0.2)
            submitted = self.post(self.attempt_path + "submit/", self.form())
            assert submitted.status_code == 302, submitted.status_code
            assert submitted.headers["Location"].endswith("/review/")
        except Exception as error:  # reported by the test
            self.errors.append(f"{type(error).__name__}: {error}")


def translated(language: str) -> str:
    with translation.override(language):
        return gettext(HEADING)


def check_unavailable(response: requests.Response, *, json_body: bool, language: str) -> None:
    assert response.status_code == 503, (response.request.url, response.status_code)
    assert int(response.headers["Retry-After"]) > 0
    if json_body:
        assert response.headers["Content-Type"].startswith("application/json")
        assert response.json()["unavailable"] is True
    else:
        assert response.headers["Content-Type"].startswith("text/html")
        assert translated(language) in response.text


def test_postgres_restart_during_an_exam(log_dir):
    with servers.postgres_cluster() as cluster:
        env = servers.scenario_env(
            database_url=cluster.url, MERIDIAN_LOCAL_CACHE="1", DB_CONN_MAX_AGE="60"
        )
        manage(env, "manage.py", "migrate", "--noinput")
        seed = json.loads(
            manage(env, "-m", "tests.reliability.seed_exam", str(LEARNERS), str(QUESTIONS))
        )
        port = servers.free_port()
        base = f"http://127.0.0.1:{port}"
        app = servers.gunicorn(env=env, port=port, log_dir=log_dir, workers=2, threads=4)
        try:
            learners = [Learner(base, seed["quiz_path"], key) for key in seed["sessions"]]
            for learner in learners:
                learner.start()
                assert len(learner.choices) == QUESTIONS
            outage_over, finish = threading.Event(), threading.Event()
            threads = [
                threading.Thread(target=learner.run, args=(outage_over, finish), daemon=True)
                for learner in learners
            ]
            for thread in threads:
                thread.start()
            while min(len(learner.acknowledged) for learner in learners) < 2:
                time.sleep(0.1)

            cluster.stop("fast")
            down = time.monotonic()
            saved_before = [dict(learner.acknowledged) for learner in learners]
            visitor = Learner(base, seed["quiz_path"], seed["sessions"][0])
            visitor.http.cookies.update(learners[0].http.cookies)  # its CSRF cookie too
            visitor.attempt_path = learners[0].attempt_path
            visitor.revision = learners[0].revision
            # The visitor's pages during the outage: signed in (the session cannot be loaded)
            # and anonymous, Chinese and English, HTML, the autosave and the API.
            pages = [
                (visitor, "GET", seed["quiz_path"], False, "zh-hans"),
                (visitor, "GET", "/en" + seed["quiz_path"], False, "en"),
                (visitor, "GET", "/me/", False, "zh-hans"),
                (Learner(base, "/", ""), "GET", "/", False, "zh-hans"),
                (Learner(base, "/", ""), "GET", "/en/", False, "en"),
                (Learner(base, "/", ""), "GET", "/api/v1/staff", True, "zh-hans"),
            ]
            for who, method, path, json_body, language in pages:
                # A token makes the API look it up in the database.
                headers = {"Authorization": f"Bearer mrd_abcd1234_{'x' * 43}"}
                check_unavailable(
                    who.request(method, path, headers=headers),
                    json_body=json_body,
                    language=language,
                )
            check_unavailable(visitor.autosave(), json_body=True, language="zh-hans")
            time.sleep(2)  # the learners keep autosaving against the stopped server
            up = time.monotonic()  # before the start: the server may answer before it returns
            cluster.start()

            # The same gunicorn answers again once the server is back, without a restart.
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if visitor.request("GET", seed["quiz_path"]).status_code == 200:
                    break
                time.sleep(0.2)
            assert visitor.request("GET", "/en/").status_code == 200
            finish.set()
            for thread in threads:
                thread.join(120)
                assert not thread.is_alive()
        finally:
            app.stop()
        for learner in learners:
            assert not learner.errors, learner.errors
            statuses = {status for _sent, _got, status, _path in learner.log}
            assert 500 not in statuses, learner.log
            # Sent after the server had stopped, answered before it was started again: 503 only.
            during = [s for sent, got, s, _p in learner.log if sent > down and got < up]
            assert during, "no request fell inside the outage"
            assert set(during) == {503}, during

        with psycopg.connect(cluster.url) as db:
            rows = db.execute(
                "SELECT a.id, a.state, a.responses, a.graded_at IS NOT NULL, u.username,"
                " (SELECT count(*) FROM assessments_attemptanswer x WHERE x.attempt_id = a.id),"
                " (SELECT count(*) FROM people_auditentry e"
                "   WHERE e.action = 'assessments.attempt_graded' AND e.target_id = a.id::text)"
                " FROM assessments_attempt a JOIN people_staffprofile s ON s.id = a.staff_id"
                " JOIN auth_user u ON u.id = s.user_id ORDER BY u.username"
            ).fetchall()
        assert len(rows) == LEARNERS  # one attempt each, none started twice
        for learner, before, row in zip(learners, saved_before, rows, strict=True):
            _id, state, responses, graded, _username, answers, graded_entries = row
            assert (state, graded, answers, graded_entries) == ("finished", True, QUESTIONS, 1)
            assert before.items() <= responses.items()  # nothing saved before the outage lost
            assert responses == learner.answers
