"""Render time of the pages every learner opens, on the demo data.

Run from the repository root after `make run` (or at least `migrate` and `load_demo`):

    .venv/bin/python bench/pages.py [--repeat 50]

Each page is fetched through Django's test client (no network, no web server), as the `learner`
demo account, `--repeat` times after two warm-up requests; the figures are wall-clock
milliseconds per request and the number of SQL queries of one request.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from courses.models import CoursePage, LessonPage  # noqa: E402


def pages() -> dict[str, str]:
    course = CoursePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    lesson = LessonPage.objects.live().child_of(course).order_by("path").first()
    return {
        "home": "/",
        "catalog": "/courses/",
        "course": course.url,
        "lesson": lesson.url,
        "dashboard /me/": "/me/",
        "team /team/ (as manager)": "/team/",
    }


def measure(client: Client, url: str, repeat: int) -> tuple[float, float, int]:
    for _ in range(2):
        assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    learner, manager = Client(), Client()
    learner.force_login(User.objects.get(username="learner"))
    manager.force_login(User.objects.get(username="manager"))
    print(f"database: {connection.vendor}; {args.repeat} requests per page")
    print(f"{'page':28} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, url in pages().items():
        client = manager if "team" in name else learner
        median, p95, queries = measure(client, url, args.repeat)
        print(f"{name:28} {median:10.1f} {p95:8.1f} {queries:8d}")


if __name__ == "__main__":
    main()
