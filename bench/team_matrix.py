"""The team dashboard's matrix at 500 staff x 20 competencies, rendered whole, as HR.

Run from the repository root:

    .venv/bin/python bench/team_matrix.py [--staff 500] [--competencies 20] [--repeat 50]

It works on a throwaway database, never on the project's own: SQLite in a temporary directory,
or with `--postgres SERVER_URL` a new database on that PostgreSQL server; either is migrated
first and removed afterwards.
It inserts `--staff` staff in 16 teams, `--competencies` competencies (a quarter of them
languages), four job roles requiring 8-12 of them, 3-6 pieces of evidence per staff member and
competency (courses, quizzes, managers' assessments and self-assessments; some expired or
withdrawn) and open assignments, some overdue (the builder is `build_team` in
tests/training/reports/conftest.py, which the query-count tests use too).

Then it fetches `/team/?per_page=500` (every row on one page) through Django's test client as an
HR member, `--repeat` times after two warm-up requests, checks the page (every staff row, every
column) and prints the median and p95 wall-clock milliseconds and the number of SQL queries of
one request; the same for the CSV export of the same matrix.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--staff", type=int, default=500)
parser.add_argument("--competencies", type=int, default=20)
parser.add_argument("--repeat", type=int, default=50)
parser.add_argument(
    "--postgres",
    metavar="SERVER_URL",
    help="a PostgreSQL server (postgres://user@host:port) to create the throwaway database on",
)
parser.add_argument("--profile", action="store_true", help="print a cProfile of one request")
parser.add_argument(
    "--gc-freeze",
    action="store_true",
    help="gc.freeze() after the warm-up, as a server process does after it has loaded the code",
)
ARGS = parser.parse_args()

WORK = Path(tempfile.mkdtemp(prefix="meridian-bench-team-"))
PG_NAME = f"meridian_bench_team_{os.getpid()}"


def postgres_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{ARGS.postgres.rstrip('/')}/postgres", autocommit=True) as admin:
        admin.execute(sql)


if ARGS.postgres:
    postgres_admin(f"CREATE DATABASE {PG_NAME}")
    os.environ["DATABASE_URL"] = f"{ARGS.postgres.rstrip('/')}/{PG_NAME}"
else:
    os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from tests.training.reports.conftest import build_team  # noqa: E402
from training.people.roles import HR  # noqa: E402

URL = "/team/?per_page=500"


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[max(0, int(len(values) * share + 0.5) - 1)]


def measure(client: Client, url: str, repeat: int, check) -> dict:
    """Wall-clock and CPU milliseconds per request (nothing is cached between requests: every
    one computes the 10,000 levels from the evidence)."""
    for _ in range(2):
        check(client.get(url))
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        check(client.get(url))
    return {
        "median": statistics.median(wall),
        "p95": percentile(wall, 0.95),
        "cpu": statistics.median(cpu),
        "cpu95": percentile(cpu, 0.95),
        "queries": len(queries),
    }


def main() -> None:
    try:
        call_command("migrate", verbosity=0)
        start = time.perf_counter()
        team = build_team(staff=ARGS.staff, competencies=ARGS.competencies, prefix="bench")
        # An HR account without a staff record of its own, so the matrix has exactly --staff rows.
        hr = User.objects.create_user("bench-hr", "bench-hr@library.example.edu")
        hr.groups.add(Group.objects.get(name=HR))
        print(
            f"{ARGS.staff} staff x {ARGS.competencies} competencies, {team.evidence} pieces of "
            f"evidence inserted in {time.perf_counter() - start:.1f} s "
            f"({connection.vendor}, {os.cpu_count()} cores)"
        )
        if ARGS.gc_freeze:
            # What config/wsgi.py does once the application is loaded: everything alive now is
            # kept out of the collector's full passes (before any request is served).
            gc.collect()
            gc.freeze()
        client = Client()
        client.force_login(hr)
        rows = ARGS.staff

        def check_page(response) -> None:
            assert response.status_code == 200
            html = response.content.decode()
            assert html.count('<th scope="row" class="mx-name">') == rows, "rows"
            assert html.count('class="mx-head"') == ARGS.competencies, "columns"

        def check_csv(response) -> None:
            assert response.status_code == 200
            assert response.content.decode("utf-8-sig").count("\n") == rows + 1

        if ARGS.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            client.get(URL)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)

        print(
            f"{'request':44} {'median ms':>9} {'p95 ms':>7} {'CPU median':>10} {'CPU p95':>8}"
            f" {'queries':>7}"
        )
        for name, url, check in (
            (f"/team/ ({rows} rows, per_page=500)", URL, check_page),
            ("/team/matrix.csv (same matrix)", "/team/matrix.csv", check_csv),
        ):
            r = measure(client, url, ARGS.repeat, check)
            print(
                f"{name:44} {r['median']:9.1f} {r['p95']:7.1f} {r['cpu']:10.1f}"
                f" {r['cpu95']:8.1f} {r['queries']:7d}"
            )
        load = os.getloadavg()[0]
        if load > 1.5:
            print(f"(load average {load:.1f} on {os.cpu_count()} cores: other work shared the CPU)")
    finally:
        connection.close()
        if ARGS.postgres:
            postgres_admin(f"DROP DATABASE IF EXISTS {PG_NAME}")
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
