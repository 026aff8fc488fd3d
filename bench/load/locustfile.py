"""Simulated Meridian users for the load and soak scenarios (run by bench/load/run.py).

The orchestrator writes a plan (a JSON file named by the MERIDIAN_LOAD_PLAN environment
variable): the signed-in sessions of the learners, the pages to browse, the quiz and, for each
learner, the form fields that answer each question. This file never touches the database or
Django: it speaks HTTP only, as browsers would, and it records two things for the orchestrator
to check afterwards: every request's time (exact percentiles, not locust's rounded ones) and,
for each learner, the answers the server acknowledged (last autosave) and submitted.

User classes (named on locust's command line):
- FloorUser: a low, steady rate of requests to `/_floor/`, the bare Django view of the same
  server, so that every scenario's figures come with the floor measured in the same run;
- BrowsingLearner: catalog, course, lesson and `/me/` with 1-3 s think time;
- ExamLearner: one attempt at the quiz: open it, start, answer each question (autosave after
  each, as quiz-attempt.js does 800 ms after a change), submit, read the review; then idle;
- QuizTaker: the soak: attempts one after the other, a few answers each with a long think time.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
from http.cookiejar import Cookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import gevent
from locust import FastHttpUser, constant, constant_pacing, events, task

PLAN = json.loads(Path(os.environ["MERIDIAN_LOAD_PLAN"]).read_text(encoding="utf-8"))
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
REVISION_FIELD = re.compile(r'name="revision" value="(\d+)"')
FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}

_learners = itertools.count()
# What the orchestrator reads back: request samples and, per learner, what was acknowledged.
SAMPLES: list[tuple[str, float, bool, float]] = []
RECORDS: dict[str, dict] = {}
FINISHED: set[str] = set()
CAPPED: list[bool] = []
ENVIRONMENT = None


@events.request.add_listener
def _sample(name, response_time, exception, start_time=0.0, context=None, **kwargs) -> None:
    SAMPLES.append((name, response_time, exception is None, start_time))
    if len(SAMPLES) == PLAN["max_requests"] and ENVIRONMENT and ENVIRONMENT.runner:
        # The run is bounded in requests as well as in time (--run-time).
        CAPPED.append(True)
        gevent.spawn(ENVIRONMENT.runner.quit)


@events.init.add_listener
def _keep_environment(environment, **kwargs) -> None:
    global ENVIRONMENT
    ENVIRONMENT = environment


@events.quitting.add_listener
def _write_results(environment, **kwargs) -> None:
    Path(PLAN["results"]).write_text(
        json.dumps({"samples": SAMPLES, "learners": RECORDS, "capped": bool(CAPPED)}),
        encoding="utf-8",
    )


def _signed_in(user: FastHttpUser) -> dict:
    """The next learner of the plan, its session cookie set as a browser would hold it."""
    learner = PLAN["learners"][next(_learners) % len(PLAN["learners"])]
    host = urlsplit(user.host).hostname
    user.client.cookiejar.set_cookie(
        Cookie(
            version=0,
            name=PLAN["session_cookie"],
            value=learner["session"],
            port=None,
            port_specified=False,
            domain=host,
            domain_specified=False,
            domain_initial_dot=False,
            path="/",
            path_specified=True,
            secure=False,
            expires=None,
            discard=True,
            comment=None,
            comment_url=None,
            rest={},
        )
    )
    return learner


def _answers(fields: dict) -> dict:
    """The answer fields of a form (q0, q3-b1, ...), without the token and the revision."""
    return {name: value for name, value in fields.items() if name.startswith("q")}


def _page(user: FastHttpUser, url: str, name: str, expect: str, *also: str) -> str | None:
    """GET a page: its HTML, or None (and a failure) unless it answers 200 with `expect` and
    every one of `also` in it."""
    with user.client.get(url, name=name, catch_response=True, allow_redirects=False) as response:
        text = response.text or ""
        if response.status_code != 200:
            response.failure(f"{name}: status {response.status_code}")
            return None
        missing = [part for part in (expect, *also) if part not in text]
        if missing:
            response.failure(f"{name}: {missing[:3]} not in the page")
            return None
        return text


class FloorUser(FastHttpUser):
    """The floor: two requests a second to a view that does nothing, through the whole stack."""

    fixed_count = 1
    wait_time = constant_pacing(0.5)

    @task
    def floor(self) -> None:
        with self.client.get("/_floor/", name="floor", catch_response=True) as response:
            if response.status_code != 200 or response.text != "ok":
                response.failure(f"floor: status {response.status_code}")


class BrowsingLearner(FastHttpUser):
    """A learner reading courses: catalog, course, lesson and the dashboard, 1-3 s apart.
    Each page must have its title and the learner's own name (the session works)."""

    weight = 100
    wait_time = lambda self: random.uniform(*PLAN["think"])  # noqa: E731, S311

    def on_start(self) -> None:
        self.learner = _signed_in(self)

    @task(1)
    def catalog(self) -> None:
        page = PLAN["browse"]["catalog"]
        _page(self, page["url"], "catalog", page["expect"], self.learner["expect"])

    @task(2)
    def course(self) -> None:
        page = random.choice(PLAN["browse"]["courses"])  # noqa: S311
        _page(self, page["url"], "course", page["expect"], self.learner["expect"])

    @task(4)
    def lesson(self) -> None:
        page = random.choice(PLAN["browse"]["lessons"])  # noqa: S311
        _page(self, page["url"], "lesson", page["expect"], self.learner["expect"])

    @task(1)
    def dashboard(self) -> None:
        _page(self, PLAN["browse"]["me"], "me", self.learner["expect"])


class _QuizUser(FastHttpUser):
    """Takes attempts at the plan's quiz through the same requests as the browser's form."""

    abstract = True
    wait_time = constant(0)

    def on_start(self) -> None:
        self.learner = _signed_in(self)
        self.record = RECORDS.setdefault(self.learner["username"], {"attempts": []})

    def _post(self, url: str, name: str, fields: dict, accept: str | None = None):
        # The form body is url-encoded here (a list is a repeated field, as a browser sends it).
        headers = {**FORM_HEADERS, **({"Accept": accept} if accept else {})}
        return self.client.post(
            url,
            data=urlencode(fields, doseq=True),
            headers=headers,
            name=name,
            catch_response=True,
            allow_redirects=False,
        )

    def attempt(self, positions: list[int], think: tuple[float, float]) -> None:
        """One attempt: start, answer `positions` (autosave after each), submit, review."""
        quiz = PLAN["quiz"]
        overview = _page(
            self,
            quiz["url"],
            "quiz page",
            quiz["expect"],
            self.learner["expect"],
            "csrfmiddlewaretoken",
        )
        if overview is None:
            return
        token = CSRF_FIELD.search(overview).group(1)
        with self._post(quiz["url"] + "start/", "start", {"csrfmiddlewaretoken": token}) as r:
            location = r.headers.get("Location", "") if r.status_code == 302 else ""
            if "/attempts/" not in location:
                r.failure(f"start: status {r.status_code}, to {location!r}")
                return
        attempt_url = urlsplit(location).path
        # `pending`: a request sent and not yet answered when locust stopped the user; the
        # server may have carried it out, so the check accepts either outcome.
        record = {"url": attempt_url, "saved": None, "submitted": None, "pending": None}
        self.record["attempts"].append(record)
        plan = self.learner["answers"]
        # The form must have a field for every answer of the plan (else the plan does not fit
        # this quiz, and the check after the run would fail: say why now).
        names = [f'name="{name}"' for position in positions for name in plan[position]]
        page = _page(
            self, attempt_url, "attempt page", 'name="revision"', "csrfmiddlewaretoken", *names
        )
        if page is None:
            return
        csrf = CSRF_FIELD.search(page)
        revision = REVISION_FIELD.search(page)
        fields = {"csrfmiddlewaretoken": csrf.group(1), "revision": revision.group(1)}
        for position in positions:
            gevent.sleep(random.uniform(*think))  # noqa: S311
            fields.update(plan[position])
            record["pending"] = {"kind": "save", "fields": _answers(fields)}
            with self._post(
                attempt_url + "save/", "autosave", fields, accept="application/json"
            ) as response:
                try:
                    body = response.json() if response.status_code == 200 else {}
                except ValueError:
                    body = {}
                if "revision" not in body:
                    response.failure(f"autosave: status {response.status_code}")
                    continue
                fields["revision"] = str(body["revision"])
                record["saved"], record["pending"] = _answers(fields), None
        record["pending"] = {"kind": "submit", "fields": _answers(fields)}
        with self._post(attempt_url + "submit/", "submit", fields) as r:
            if r.status_code != 302 or not r.headers.get("Location", "").endswith("/review/"):
                r.failure(f"submit: status {r.status_code}, to {r.headers.get('Location')!r}")
                return
            record["submitted"], record["pending"] = _answers(fields), None
        _page(self, attempt_url + "review/", "review", quiz["expect"])


class ExamLearner(_QuizUser):
    """The exam burst: one attempt answering every question, then nothing more."""

    weight = 100

    @task
    def exam(self) -> None:
        positions = list(range(len(self.learner["answers"])))
        self.attempt(positions, tuple(PLAN["answer_think"]))
        FINISHED.add(self.learner["username"])
        if len(FINISHED) >= PLAN["expected_learners"] and self.environment.runner is not None:
            # Every learner has submitted: end the run now rather than at --run-time.
            gevent.spawn_later(1, self.environment.runner.quit)
        while True:
            gevent.sleep(3600)


class QuizTaker(_QuizUser):
    """The soak: attempt after attempt, a few answers each with a long think time."""

    weight = 100

    @task
    def take(self) -> None:
        count = len(self.learner["answers"])
        low, high = PLAN["answers_per_attempt"]
        positions = sorted(random.sample(range(count), min(count, random.randint(low, high))))  # noqa: S311
        self.attempt(positions, tuple(PLAN["answer_think"]))
