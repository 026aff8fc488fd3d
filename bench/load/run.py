"""Load and soak scenarios: locust against gunicorn and PostgreSQL on this machine.

    .venv/bin/python bench/load/run.py browsing|exam|soak [--workers 3 --threads 1 ...]

Each run starts gunicorn (tests/servers.py, production settings) on a database of its own
(`meridian_load` on the local PostgreSQL server, created, migrated and given the demo data if
missing), signs the learners in by writing their sessions into the database, runs locust
headless as a subprocess (bench/load/locustfile.py) on loopback, bounded in time and in users,
samples the memory of gunicorn's processes, then checks the database (for the quiz scenarios:
every attempt, every saved and submitted answer) and writes bench/load/results/<scenario>.json.

Every scenario also runs `FloorUser` (two requests a second to `/_floor/`, a bare Django view on
the same server): the figures are reported as a ratio to the floor's p95 of the same run.

The learners are signed in with sessions written here rather than through the login form:
Django hashes a password with PBKDF2 (about 0.3-0.5 s of CPU per login), so 300 logins in 60 s
on two cores would measure password hashing, not the exam. The functions below work inside any
configured Django (the CI smoke test, tests/load/, calls them on its own test database).
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import math
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/meridian_load"
# An error in gunicorn's log, plain or JSON (config/logging.py): a traceback, an error or a
# worker killed for running too long.
SERVER_ERROR = re.compile(r'Traceback|\[(ERROR|CRITICAL)\]|"level": "(ERROR|CRITICAL)"')


@dataclass
class Scenario:
    """One scenario's size and timing (full size by default; the smoke test shrinks them)."""

    name: str
    users: int
    spawn_rate: float
    run_time: float  # seconds: the hard bound of the locust run
    user_class: str
    think: tuple[float, float] = (1.0, 3.0)  # browsing: between pages
    answer_think: tuple[float, float] = (5.0, 11.0)  # quiz users: before each answer
    answers_per_attempt: tuple[int, int] = (3, 8)  # soak: answers before submitting
    right_share: float = 0.7  # share of questions a learner answers right
    targets: dict[str, float] = field(default_factory=dict)  # request kind -> p95 limit (ms)
    memory_every: float = 15.0
    warmup: float = 120.0  # memory samples before this are the warm-up
    start_within: float | None = None  # seconds from the first start to the last
    submit_within: float | None = None  # seconds from the first start to the last submit


SCENARIOS = {
    # 100 learners reading, 1-3 s between pages: p95 <= 150 ms for every page kind.
    "browsing": Scenario(
        name="browsing",
        users=100,
        spawn_rate=10,
        run_time=180,
        user_class="BrowsingLearner",
        targets={"catalog": 150, "course": 150, "lesson": 150, "me": 150},
        warmup=60,
    ),
    # 300 learners start within 60 s (5.5 a second: all in 55 s, then each opens the quiz and
    # starts); 20 questions at 5-11 s each (about 160 s, at most 220 s), so the last one submits
    # about 55 + 160 s after the first start, within the 5 minutes.
    "exam": Scenario(
        name="exam",
        users=300,
        spawn_rate=5.5,
        run_time=420,
        user_class="ExamLearner",
        answer_think=(5.0, 11.0),
        targets={"start": 1000, "submit": 1000},
        start_within=60,
        submit_within=300,
        warmup=90,
    ),
    # 200 quiz takers for 10 minutes, 30-90 s per answer, each answer autosaved.
    "soak": Scenario(
        name="soak",
        users=200,
        spawn_rate=10,
        run_time=600,
        user_class="QuizTaker",
        answer_think=(30.0, 90.0),
        answers_per_attempt=(3, 8),
        warmup=120,
    ),
}


# --- world: learners, sessions, plans -------------------------------------------------------


def signed_in_sessions(users, *, secret_key: str) -> list[dict]:
    """A session in the database for each user, signed with the app server's `secret_key`
    (both the session data and the password-change hash inside it depend on it)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.test.utils import override_settings
    from django.utils import translation

    from training.people.templatetags.people_tags import person_name

    # The database backend whatever this process's own setting: the app servers read sessions
    # from the database (`db`, or `cached_db` with Redis, which falls back on the database).
    store = import_module("django.contrib.sessions.backends.db").SessionStore
    backend = "django.contrib.auth.backends.ModelBackend"
    sessions = []
    with override_settings(SECRET_KEY=secret_key):
        for user in users:
            session = store()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = backend
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.save()
            profile = getattr(user, "staff_profile", None)
            with translation.override("zh-hans"):  # the header of a Chinese page, as base.html
                name = person_name(profile, alternate=False, default=user.get_username())
            sessions.append(
                {
                    "username": user.get_username(),
                    "session": session.session_key,
                    # Every page shows who is signed in: the check that the session works.
                    "expect": f'<span class="user-name">{name}</span>',
                }
            )
    return sessions


def reference_layout(quiz) -> list[dict]:
    """The items every attempt at `quiz` gets, in order (option order aside).

    The plan gives each learner the form fields of its answers by position, so the quiz must
    give every learner the same questions in the same order: fixed questions, not shuffled.
    Option keys are the options' ids, so a shuffled option order does not matter.
    """
    from assessments.layout import item_from_question

    if quiz.shuffle_questions:
        raise ValueError(f"{quiz}: the load quiz must not shuffle its questions")
    slots = list(quiz.slots.select_related("question").prefetch_related("question__options"))
    if any(slot.question_id is None for slot in slots):
        raise ValueError(f"{quiz}: the load quiz must have fixed questions, no random draws")
    rng = random.Random(0)  # noqa: S311 (no secrecy: only which wrong answer to give)
    return [
        item_from_question(slot.question, position=i, rng=rng, shuffle=False)
        for i, slot in enumerate(slots)
    ]


def answer_plans(layout: list[dict], count: int, *, right_share: float, seed: int = 8):
    """For each of `count` learners: (responses by position, form fields by position).

    Responses come from the demo's `simulated_response`, fields from the tests' `form_data`:
    the same answers and encoding the rest of the suite uses."""
    from types import SimpleNamespace

    from assessments.demo.loader import simulated_response
    from tests.assessments.conftest import form_data

    rng = random.Random(seed)  # noqa: S311
    plans = []
    for _ in range(count):
        responses, fields = {}, []
        for item in layout:
            response = simulated_response(item, rng.random() < right_share, rng)
            position = str(item["position"])
            if response not in (None, {}, []):
                responses[position] = response
            one = form_data(SimpleNamespace(revision=0, layout=[item]), {position: response})
            one.pop("revision")
            fields.append(one)
        plans.append((responses, fields))
    return plans


def browse_pages(*, catalog, courses, lessons) -> dict:
    def entry(page):
        return {"url": page.url, "expect": html.escape(page.title)}

    return {
        "catalog": entry(catalog),
        "courses": [entry(page) for page in courses],
        "lessons": [entry(page) for page in lessons],
        "me": "/me/",
    }


def reset_quiz(quiz) -> None:
    """Remove earlier runs' attempts, so the checks count this run's only."""
    from assessments.models import Attempt

    Attempt.objects.filter(quiz_key=quiz.translation_key).delete()


# --- the run -------------------------------------------------------------------------------


class MemorySampler(threading.Thread):
    """The resident memory of gunicorn's master and workers, every `every` seconds."""

    def __init__(self, pid: int, every: float) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.samples: list[tuple[float, int, tuple]] = []  # (seconds, total RSS, pids)
        self.cpu: list[float] = []  # CPU seconds of gunicorn's processes, at each sample
        self.stopping = threading.Event()
        self.started_at = time.monotonic()

    def sample(self) -> None:
        import psutil

        try:
            master = psutil.Process(self.pid)
            processes = [master, *master.children(recursive=True)]
            total, cpu = 0, 0.0
            for process in processes:
                with contextlib.suppress(psutil.NoSuchProcess):
                    total += process.memory_info().rss
                    times = process.cpu_times()
                    cpu += times.user + times.system
        except psutil.NoSuchProcess:
            return
        self.cpu.append(cpu)
        pids = tuple(sorted(process.pid for process in processes))
        self.samples.append((time.monotonic() - self.started_at, total, pids))

    def run(self) -> None:
        while not self.stopping.is_set():
            self.sample()
            self.stopping.wait(self.every)

    def stop(self) -> None:
        self.stopping.set()
        self.join()
        self.sample()


def memory_figures(samples: list[tuple[float, int, tuple]], warmup: float) -> dict:
    """First and last RSS after the warm-up and the least-squares slope.

    Flat means: the fitted slope, continued for an hour, would add less than 10 % to the mean
    RSS after warm-up (a leak of a request's worth of memory per request grows far faster), and
    no worker was replaced (the same processes throughout)."""
    after = [s for s in samples if s[0] >= warmup] or samples
    mib = 1024 * 1024
    xs = [s[0] / 60 for s in after]
    ys = [s[1] / mib for s in after]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = (
        sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
        if (spread)
        else 0.0
    )
    processes = {tuple(s[2]) for s in samples}
    return {
        "samples": len(samples),
        "samples_after_warmup": len(after),
        "warmup_s": warmup,
        "first_mib": round(ys[0], 1),
        "last_mib": round(ys[-1], 1),
        "mean_mib": round(mean_y, 1),
        "slope_mib_per_min": round(slope, 3),
        "flat_rule": "slope x 60 min < 10 % of the mean RSS after warm-up, same process count",
        "flat": slope * 60 < 0.1 * mean_y and len(processes) == 1,
        "processes": len(samples[-1][2]),
        "workers_replaced": len(processes) > 1,
        "series": [(round(s[0]), round(s[1] / mib, 1)) for s in samples],
    }


def cpu_figures(
    *, gunicorn: float, machine: float, locust: float, requests: int, duration: float
) -> dict:
    used = {
        "gunicorn": gunicorn,
        "locust": locust,
        "postgresql_and_rest": max(0.0, machine - gunicorn - locust),
        "machine": machine,
    }
    return {
        **{name: round(value, 1) for name, value in used.items()},
        "cores_busy": {name: round(value / duration, 2) for name, value in used.items()},
        "ms_per_request": {
            name: round(1000 * value / max(requests, 1), 1) for name, value in used.items()
        },
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def request_figures(samples: list) -> dict:
    kinds: dict[str, list] = {}
    for name, elapsed, ok, _started in samples:
        kinds.setdefault(name, []).append((elapsed, ok))
    figures = {}
    for name, values in sorted(kinds.items()):
        times = [v[0] for v in values]
        figures[name] = {
            "requests": len(values),
            "failures": sum(1 for v in values if not v[1]),
            "median_ms": round(percentile(times, 0.5), 1),
            "p95_ms": round(percentile(times, 0.95), 1),
            "p99_ms": round(percentile(times, 0.99), 1),
            "max_ms": round(max(times), 1),
        }
    return figures


def machine_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all cores): what gunicorn and locust do
    not account for is PostgreSQL's (its backends come and go with DB_CONN_MAX_AGE, so their
    own counters cannot be summed) and the kernel's, on a quiet machine."""
    import psutil

    times = psutil.cpu_times()
    return times.user + times.nice + times.system + times.irq + times.softirq


def warm_up(host: str, plan: dict, rounds: int) -> None:
    """Read each page kind a few times before measuring, as any server that has been up for a
    while has: each worker's first request compiles templates and fills Wagtail's caches. Only
    pages that change nothing for the scenario (no attempt is started here)."""
    import urllib.request

    learner = plan["learners"][0]
    urls = ["/_floor/"]
    if plan.get("browse"):
        browse = plan["browse"]
        urls += [browse["catalog"]["url"], browse["courses"][0]["url"], browse["me"]]
        urls += [browse["lessons"][0]["url"]]
    if plan.get("quiz"):
        urls.append(plan["quiz"]["url"])
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", f"{plan['session_cookie']}={learner['session']}")]
    for _ in range(rounds):
        for url in urls:
            with opener.open(host + url, timeout=30) as response:  # noqa: S310 (loopback)
                response.read()


def run_locust(
    scenario: Scenario, *, host: str, plan: dict, work: Path, log: Path
) -> tuple[dict, list[str], list[str]]:
    """Run locust headless as a subprocess; returns its records, failures and command line."""
    plan = {**plan, "results": str(work / "locust-results.json")}
    plan_file = work / "plan.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    classes = [scenario.user_class, "FloorUser"]
    command = [
        str(Path(sys.executable).parent / "locust"),
        "-f",
        str(LOCUSTFILE.relative_to(ROOT)),  # run from the repository's root
        *classes,
        "--headless",
        "--host",
        host,
        "-u",
        str(scenario.users + 1),  # + the floor user
        "-r",
        str(scenario.spawn_rate),
        "--run-time",
        f"{math.ceil(scenario.run_time)}s",
        "--stop-timeout",
        "5",
        "--only-summary",
        "--csv",
        str(work / "locust"),
        "--loglevel",
        "WARNING",
    ]
    env = {**os.environ, "MERIDIAN_LOAD_PLAN": str(plan_file), "PYTHONPATH": str(ROOT)}
    env.pop("DJANGO_SETTINGS_MODULE", None)  # the load generator knows no Django
    import resource

    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with log.open("ab") as out:
        subprocess.run(  # noqa: S603 (our own locust and arguments)
            command,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=scenario.run_time + 120,
            check=False,
        )
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    results = json.loads((work / "locust-results.json").read_text(encoding="utf-8"))
    results["cpu_s"] = (children.ru_utime - children_before.ru_utime) + (
        children.ru_stime - children_before.ru_stime
    )
    failures = []
    failures_csv = work / "locust_failures.csv"
    if failures_csv.exists():
        failures = failures_csv.read_text(encoding="utf-8").splitlines()[1:21]
    # As recorded in the figures file: no paths of this machine (the CSV goes to a temporary
    # directory of the run).
    shown = [str(Path(command[0]).name), *command[1:]]
    shown = [part.replace(str(work), "<run directory>") for part in shown]
    return results, failures, shown


# --- database checks -----------------------------------------------------------------------


def _expected_responses(attempt, fields: dict) -> dict:
    """What the server should hold after a form with `fields`: read as the view reads it."""
    from django.http import QueryDict

    from assessments.layout import responses_from_form

    form = QueryDict(mutable=True)
    for key, value in fields.items():
        form.setlist(key, value if isinstance(value, list) else [value])
    return responses_from_form(attempt.layout, form)


def check_attempts(quiz, records: dict, plans: dict, *, expected_attempts: int | None) -> dict:
    """Compare what every learner sent and the server acknowledged with the database.

    - a submitted attempt is finished, graded, has one AttemptAnswer per question whose
      `answered` and credit are those of the answers sent, and holds exactly those answers;
    - an attempt still in progress holds exactly the answers of its last acknowledged autosave;
    - every answer of the last acknowledged autosave is in the database either way;
    - the answers sent are the plan's answers (the form encoding lost nothing).
    """
    from decimal import Decimal

    from assessments import grading
    from assessments.layout import clean_response, spec_of
    from assessments.models import Attempt

    attempts = {
        (a.staff.user.username, a.number): a
        for a in Attempt.objects.filter(quiz_key=quiz.translation_key)
        .select_related("staff__user")
        .prefetch_related("answers")
    }
    problems: list[str] = []
    seen = set()
    counts = {"submitted": 0, "in_progress": 0, "answers_checked": 0, "saved_answers_checked": 0}
    for username, record in records.items():
        planned = plans[username]
        for entry in record["attempts"]:
            number = int(entry["url"].rstrip("/").rsplit("/", 1)[1])
            attempt = attempts.get((username, number))
            seen.add((username, number))
            if attempt is None:
                problems.append(f"{username} #{number}: no such attempt")
                continue
            saved = _expected_responses(attempt, entry["saved"] or {})
            for position, response in saved.items():
                counts["saved_answers_checked"] += 1
                if attempt.responses.get(position) != response:
                    problems.append(f"{username} #{number} q{position}: saved answer lost")
            pending = entry.get("pending") or {}
            submitted = entry["submitted"]
            if submitted is None and pending.get("kind") == "submit" and attempt.is_finished:
                submitted = pending["fields"]  # sent as locust stopped; the server had it
            if submitted is None:
                counts["in_progress"] += 1
                in_flight = (
                    _expected_responses(attempt, pending["fields"])
                    if pending.get("kind") == "save"
                    else None
                )
                if attempt.is_finished:
                    problems.append(f"{username} #{number}: finished but never submitted")
                elif attempt.responses not in (saved, in_flight):
                    problems.append(f"{username} #{number}: responses differ from the last save")
                continue
            counts["submitted"] += 1
            sent = _expected_responses(attempt, submitted)
            for position, response in sent.items():
                item = attempt.layout[int(position)]
                if response != clean_response(item, planned.get(position)):
                    problems.append(f"{username} #{number} q{position}: sent is not the plan")
            if not attempt.is_finished or attempt.percent is None:
                problems.append(f"{username} #{number}: submitted but not graded")
                continue
            if attempt.responses != sent:
                problems.append(f"{username} #{number}: graded answers differ from those sent")
            rows = {row.position: row for row in attempt.answers.all()}
            if sorted(rows) != [item["position"] for item in attempt.layout]:
                problems.append(f"{username} #{number}: {len(rows)} answer rows")
                continue
            for item in attempt.layout:
                position = str(item["position"])
                result = grading.grade(spec_of(item), sent.get(position))
                row = rows[item["position"]]
                counts["answers_checked"] += 1
                if row.answered != (position in sent) or Decimal(row.fraction) != Decimal(
                    result.fraction
                ).quantize(Decimal("0.0001")):
                    problems.append(f"{username} #{number} q{position}: answer row differs")
    # Attempts nobody recorded: started while locust stopped, before the answer came back.
    unrecorded = [a for key, a in attempts.items() if key not in seen]
    for attempt in unrecorded:
        if attempt.responses or attempt.is_finished:
            problems.append(f"{attempt.staff.user.username} #{attempt.number}: unrecorded answers")
    graded = sum(1 for a in attempts.values() if a.is_finished and a.percent is not None)
    checks = {
        **counts,
        "attempts_in_database": len(attempts),
        "graded_in_database": graded,
        "unrecorded_empty_attempts": len(unrecorded),
        "problems": problems[:50],
        "problem_count": len(problems),
    }
    if expected_attempts is not None:
        checks["expected_graded"] = expected_attempts
        if graded != expected_attempts or len(attempts) != expected_attempts:
            checks["problems"].append(
                f"{len(attempts)} attempts, {graded} graded; expected {expected_attempts}"
            )
            checks["problem_count"] += 1
    checks["ok"] = checks["problem_count"] == 0
    return checks


# --- one scenario --------------------------------------------------------------------------


def run_scenario(
    scenario: Scenario,
    *,
    database_url: str,
    learners: list,
    quiz=None,
    browse: dict | None = None,
    workers: int = 3,
    threads: int = 1,
    conn_max_age: int = 60,
    results_dir: Path | None = RESULTS,
    label: str = "",
    command: str = "",
    log_dir: Path | None = None,
    warm_rounds: int | None = None,
) -> dict:
    """Run `scenario` against a fresh gunicorn on `database_url` and return its figures
    (also written to `results_dir`/<name>.json unless `results_dir` is None)."""
    import secrets

    from tests import servers

    work = Path(tempfile.mkdtemp(prefix=f"meridian-load-{scenario.name}-"))
    log_dir = log_dir or work
    secret_key = secrets.token_urlsafe(64)
    plan: dict = {
        "session_cookie": "sessionid",
        "think": list(scenario.think),
        "answer_think": list(scenario.answer_think),
        "answers_per_attempt": list(scenario.answers_per_attempt),
        "expected_learners": scenario.users,
        "browse": browse,
        # A bound on requests as well as on time: no user can send more than one request per
        # think time, so this is never reached unless something loops.
        "max_requests": int(
            scenario.users * scenario.run_time / min(scenario.think[0], scenario.answer_think[0])
            + 4 * scenario.run_time
        ),
    }
    from django.conf import settings

    plan["session_cookie"] = settings.SESSION_COOKIE_NAME
    learners = learners[: scenario.users]
    if len(learners) < scenario.users:
        raise ValueError(f"{scenario.name}: {scenario.users} users need as many learners")
    sessions = signed_in_sessions(learners, secret_key=secret_key)
    responses_by_learner: dict[str, dict] = {}
    if quiz is not None:
        reset_quiz(quiz)
        layout = reference_layout(quiz)
        plans = answer_plans(layout, len(sessions), right_share=scenario.right_share)
        for session, (responses, fields) in zip(sessions, plans, strict=True):
            session["answers"] = fields
            responses_by_learner[session["username"]] = responses
        plan["quiz"] = {"url": quiz.url, "expect": html.escape(quiz.title)}
    plan["learners"] = sessions

    env = servers.scenario_env(
        database_url=database_url,
        SECRET_KEY=secret_key,
        DB_CONN_MAX_AGE=str(conn_max_age),
        # The production configuration recycles a worker every ~2,000 requests: a safety net
        # that would hide a leak from the memory figures, so it is off here.
        GUNICORN_MAX_REQUESTS="0",
        # config/gunicorn.py picks the worker class from these (sync for one thread).
        WEB_CONCURRENCY=str(workers),
        GUNICORN_THREADS=str(threads),
    )
    port = servers.free_port()
    started = datetime.now(UTC)
    load_before = os.getloadavg()
    app = servers.gunicorn(
        env=env, port=port, log_dir=log_dir, workers=workers, threads=threads, config=True
    )
    sampler = MemorySampler(app.pid, scenario.memory_every)
    try:
        rounds = 2 * workers * threads if warm_rounds is None else warm_rounds
        warm_up(f"http://127.0.0.1:{port}", plan, rounds=rounds)
        sampler.start()
        machine_before = machine_cpu_seconds()
        began = time.monotonic()
        records, failures, locust_command = run_locust(
            scenario,
            host=f"http://127.0.0.1:{port}",
            plan=plan,
            work=work,
            log=log_dir / "locust.log",
        )
        duration = time.monotonic() - began
        machine_used = machine_cpu_seconds() - machine_before
        sampler.stop()
    finally:
        app.stop()
        if log_dir != work:
            # The plan holds live session keys: it does not outlast the run.
            shutil.rmtree(work, ignore_errors=True)
    from django.contrib.sessions.models import Session

    # The learners are signed out again: the sessions were only for this run.
    Session.objects.filter(session_key__in=[learner["session"] for learner in sessions]).delete()
    server_errors = [line for line in app.output().splitlines() if SERVER_ERROR.search(line)]

    samples = records["samples"]
    figures = request_figures(samples)
    floor = figures.pop("floor", None)
    load = [s for s in samples if s[0] != "floor"]
    total = request_figures([("all", *s[1:]) for s in load]).get("all", {})
    floor_p95 = floor["p95_ms"] if floor else None
    result: dict = {
        "scenario": scenario.name,
        "date": started.isoformat(timespec="seconds"),
        "command": command,
        "locust_command": " ".join(shlex.quote(part) for part in locust_command),
        "settings": {
            **{k: v for k, v in asdict(scenario).items() if k != "targets"},
            "gunicorn": "config/gunicorn.py, max_requests off",
            "gunicorn_workers": workers,
            "gunicorn_threads": threads,
            "db_conn_max_age": conn_max_age,
            "database": database_url.rsplit("/", 1)[-1],
            "cpus": os.cpu_count(),
        },
        "duration_s": round(duration, 1),
        # The machine's load average (1, 5, 15 min) before and after: was it quiet?
        "load_average": {
            "before": [round(x, 2) for x in load_before],
            "after": [round(x, 2) for x in os.getloadavg()],
        },
        "requests": figures,
        "total": {**total, "per_second": round(total.get("requests", 0) / duration, 1)},
        "floor": floor,
        "ratio_to_floor_p95": {
            kind: round(values["p95_ms"] / floor_p95, 1) for kind, values in figures.items()
        }
        if floor_p95
        else {},
        "request_cap_reached": records.get("capped", False),
        # Where the machine's CPU went during the run, and per request (floor included).
        "cpu_seconds": cpu_figures(
            gunicorn=sampler.cpu[-1] - sampler.cpu[0] if sampler.cpu else 0.0,
            machine=machine_used,
            locust=records["cpu_s"],
            requests=len(samples),
            duration=duration,
        ),
        "failure_lines": failures,
        "server_errors": server_errors[:20],
    }
    targets = {}
    for kind, limit in scenario.targets.items():
        value = figures.get(kind, {}).get("p95_ms")
        targets[f"{kind} p95 <= {limit:g} ms"] = {
            "value": value,
            "met": value is not None and value <= limit,
        }
    targets["no failed request"] = {
        "value": total.get("failures"),
        "met": not total.get("failures") and (not floor or not floor["failures"]),
    }
    if quiz is not None:
        starts = sorted(s[3] for s in samples if s[0] == "start")
        submits = sorted(s[3] for s in samples if s[0] == "submit")
        if starts:
            result["start_window_s"] = round(starts[-1] - starts[0], 1)
        if starts and submits:
            result["submit_window_s"] = round(submits[-1] - starts[0], 1)
        expected = scenario.users if scenario.user_class == "ExamLearner" else None
        result["db_checks"] = check_attempts(
            quiz, records["learners"], responses_by_learner, expected_attempts=expected
        )
        targets["database checks"] = {
            "value": result["db_checks"]["problem_count"],
            "met": result["db_checks"]["ok"],
        }
        if scenario.start_within is not None:
            targets[f"every learner started within {scenario.start_within:g} s"] = {
                "value": result.get("start_window_s"),
                "met": result.get("start_window_s", math.inf) <= scenario.start_within,
            }
        if scenario.submit_within is not None:
            targets[f"every learner submitted within {scenario.submit_within:g} s"] = {
                "value": result.get("submit_window_s"),
                "met": result.get("submit_window_s", math.inf) <= scenario.submit_within,
            }
    result["memory"] = memory_figures(sampler.samples, scenario.warmup)
    if scenario.user_class == "QuizTaker":
        targets["memory flat"] = {
            "value": result["memory"]["slope_mib_per_min"],
            "met": result["memory"]["flat"],
        }
    result["targets"] = targets
    result["passed"] = all(t["met"] for t in targets.values())
    if results_dir is not None:
        results_dir.mkdir(parents=True, exist_ok=True)
        (results_dir / f"{result_name(scenario.name, label)}.json").write_text(
            json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return result


def result_name(scenario: str, label: str) -> str:
    return f"{scenario}-{label}" if label else scenario


def summary(result: dict) -> str:
    lines = [
        f"{result['scenario']}: {result['settings']['users']} users, {result['duration_s']} s, "
        f"gunicorn {result['settings']['gunicorn_workers']} workers x "
        f"{result['settings']['gunicorn_threads']} threads, "
        f"{result['total'].get('per_second')} requests/s, load average before/after "
        f"{result['load_average']['before'][0]}/{result['load_average']['after'][0]}",
        f"{'request':<14} {'n':>6} {'fail':>5} {'median':>8} {'p95':>8} {'p99':>8} {'max':>8} "
        f"{'p95/floor':>9}",
    ]
    rows = dict(result["requests"])
    if result["floor"]:
        rows["floor"] = result["floor"]
    for kind, f in rows.items():
        ratio = result["ratio_to_floor_p95"].get(kind, 1.0 if kind == "floor" else "")
        lines.append(
            f"{kind:<14} {f['requests']:>6} {f['failures']:>5} {f['median_ms']:>8} "
            f"{f['p95_ms']:>8} {f['p99_ms']:>8} {f['max_ms']:>8} {ratio:>9}"
        )
    cpu = result["cpu_seconds"]
    lines.append(
        f"CPU cores busy: {cpu['cores_busy']}; CPU ms per request: {cpu['ms_per_request']}"
    )
    memory = result["memory"]
    lines.append(
        f"memory (gunicorn, {memory['processes']} processes, replaced: "
        f"{memory['workers_replaced']}): first {memory['first_mib']} MiB, "
        f"last {memory['last_mib']} MiB after {memory['warmup_s']:g} s warm-up, slope "
        f"{memory['slope_mib_per_min']} MiB/min, flat: {memory['flat']}"
    )
    if "db_checks" in result:
        checks = {k: v for k, v in result["db_checks"].items() if k != "problems"}
        lines.append(f"database: {checks}")
        lines.extend(f"  problem: {p}" for p in result["db_checks"]["problems"][:10])
    for name, target in result["targets"].items():
        lines.append(f"{'ok  ' if target['met'] else 'MISS'} {name}: {target['value']}")
    lines.extend(f"  failure: {line}" for line in result["failure_lines"][:10])
    lines.extend(f"  server: {line}" for line in result["server_errors"][:5])
    return "\n".join(lines)


# --- the bench database ---------------------------------------------------------------------


def ensure_database(url: str) -> None:
    """Create the bench database if it does not exist (PostgreSQL only: several processes)."""
    import dj_database_url
    import psycopg

    params = dj_database_url.parse(url)
    if params["ENGINE"] != "django.db.backends.postgresql":
        raise SystemExit("the load scenarios need PostgreSQL (gunicorn and the checks share it)")
    with psycopg.connect(
        host=params["HOST"] or "127.0.0.1",
        port=params["PORT"] or 5432,
        user=params["USER"] or "postgres",
        password=params["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [params["NAME"]]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{params["NAME"]}"')


def bench_world(scenario: Scenario, *, learners: int, questions: int) -> dict:
    """The demo world of the bench database, plus the bench quiz and learners of
    bench/quiz_submit.py (created there, reused here)."""
    from django.conf import settings
    from django.core.management import call_command

    from courses.models import CourseIndexPage, CoursePage, LessonPage

    call_command("migrate", verbosity=0)
    if not CoursePage.objects.exists():
        with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
            call_command("load_demo", stdout=out, stderr=out)
    from bench.quiz_submit import bench_learners, bench_quiz

    language = settings.LANGUAGE_CODE
    catalog = CourseIndexPage.objects.live().filter(locale__language_code=language).first()
    courses = list(CoursePage.objects.live().filter(locale__language_code=language))
    lessons = list(LessonPage.objects.live().filter(locale__language_code=language))
    return {
        "learners": bench_learners(learners),
        "quiz": bench_quiz(questions) if scenario.user_class != "BrowsingLearner" else None,
        "browse": browse_pages(catalog=catalog, courses=courses, lessons=lessons),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--users", type=int, help="simulated users (default: the scenario's)")
    parser.add_argument("--run-time", type=float, help="seconds (default: the scenario's)")
    parser.add_argument("--spawn-rate", type=float)
    parser.add_argument("--think", type=float, nargs=2, help="browsing: seconds between pages")
    parser.add_argument("--answer-think", type=float, nargs=2, help="seconds before an answer")
    # Measured on 2 cores (bench/README.md): 3 synchronous workers gave the shortest tail.
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker")
    parser.add_argument("--conn-max-age", type=int, default=60, help="DB_CONN_MAX_AGE, seconds")
    parser.add_argument("--questions", type=int, default=20, help="questions of the bench quiz")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the figures go")
    parser.add_argument("--label", default="", help="figures file <scenario>-<label>.json")
    args = parser.parse_args()

    scenario = SCENARIOS[args.scenario]
    for name in ("users", "run_time", "spawn_rate", "think", "answer_think"):
        if getattr(args, name) is not None:
            setattr(scenario, name, getattr(args, name))
    ensure_database(args.database_url)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    log_dir = Path(tempfile.mkdtemp(prefix="meridian-load-logs-"))
    world = bench_world(scenario, learners=scenario.users, questions=args.questions)
    result = run_scenario(
        scenario,
        database_url=args.database_url,
        learners=world["learners"],
        quiz=world["quiz"],
        browse=world["browse"],
        workers=args.workers,
        threads=args.threads,
        conn_max_age=args.conn_max_age,
        results_dir=args.results,
        label=args.label,
        command=" ".join([".venv/bin/python", "bench/load/run.py", *sys.argv[1:]]),
        log_dir=log_dir,
    )
    print(summary(result))
    print(f"logs (gunicorn, locust): {log_dir}")
    print(f"figures: {args.results / (result_name(scenario.name, args.label) + '.json')}")
    sys.exit(0 if result["passed"] else 1)


if __name__ == "__main__":
    main()
