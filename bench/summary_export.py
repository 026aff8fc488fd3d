"""Appraisal summaries of 1,000 staff: built, written as CSV and XLSX, and (for a subset) as PDFs.

Run from the repository root (the PDFs need the prepared certificate fonts, `make setup`):

    .venv/bin/python bench/summary_export.py [--staff 1000] [--repeat 5] [--pdfs 50]

It works on a throwaway SQLite database and media folder in a temporary directory (migrated
first, removed afterwards), never on the project's own database. It inserts `--staff` staff in
16 teams with four job roles and 12 competencies, 1-3 pieces of evidence per staff member and
competency and open assignments (some overdue) with `build_team` (tests/training/reports/
conftest.py, as bench/team_matrix.py), then for each person three certificates (two completed
this year, one last year; one in twenty revoked, some expired) and 0-4 quiz attempts graded
this year, all with bulk inserts. The appraisal period is 1 January to today.

Then it times, `--repeat` times each (median and p95 of wall-clock seconds):

- `summaries_for` over every staff member (the same call the exports and the API make), with
  its number of SQL queries;
- `summaries_csv` and `summaries_xlsx` (training/reports/exports.py) writing those summaries,
  and once each the two together (what an export job does after choosing the staff);
- once: the ZIP of `--pdfs` people's PDFs (`write_summaries_zip`) and one combined PDF of the
  same people (`unit_summaries_pdf`),

and prints rows per second, the output sizes and the process's peak resident memory, checking
each output (row counts, one PDF per person). The whole run stays within a few minutes.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--staff", type=int, default=1000)
parser.add_argument("--repeat", type=int, default=5)
parser.add_argument("--pdfs", type=int, default=50, help="people in the ZIP and the unit PDF")
ARGS = parser.parse_args()

WORK = Path(tempfile.mkdtemp(prefix="meridian-bench-summaries-"))
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
os.environ["MEDIA_ROOT"] = str(WORK / "media")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.getLogger("weasyprint").setLevel(logging.WARNING)  # dev settings log every step

import csv  # noqa: E402
import datetime as dt  # noqa: E402
import random  # noqa: E402
import uuid  # noqa: E402
from decimal import Decimal  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from assessments.models import Attempt  # noqa: E402
from tests.training.reports.conftest import build_team  # noqa: E402
from training.certificates.export import _peak_rss_kib  # noqa: E402
from training.certificates.models import Certificate, CertificateRevocation, new_code  # noqa: E402
from training.people.models import StaffProfile  # noqa: E402
from training.progress.models import Enrolment  # noqa: E402
from training.reports.models import AppraisalPeriod, ScoreWeights  # noqa: E402
from training.reports.summaries import summaries_for, summary_staff  # noqa: E402

COURSES = [
    ("服务台英语", "English at the service desk", "B1"),
    ("跨文化沟通基础", "Intercultural communication basics", ""),
    ("国际学生咨询服务", "Advising international students", "B2"),
    ("学术诚信与引用规范", "Academic integrity and citation", ""),
]


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[max(0, int(len(values) * share + 0.5) - 1)]


def at_noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=timezone.get_current_timezone())


def make_data(staff: int) -> AppraisalPeriod:
    call_command("migrate", verbosity=0)
    team = build_team(staff=staff, competencies=12, evidence=(1, 3), prefix="bench")
    rng = random.Random(2026)
    today = timezone.localdate()
    first = dt.date(today.year, 1, 1)
    period = AppraisalPeriod.objects.create(
        name=f"{today.year} 年度考核", starts_on=first, ends_on=today
    )
    keys = [uuid.UUID(int=n + 1) for n in range(len(COURSES))]
    people = list(StaffProfile.objects.filter(pk__in=[p.pk for p in team.staff]))
    this_year_days = max(1, (today - first).days)
    plans = []  # (person, course index, completed on, expires on)
    for person in people:
        for index, course in enumerate(rng.sample(range(len(COURSES)), 3)):
            if index < 2:
                day = first + dt.timedelta(days=rng.randrange(this_year_days))
            else:
                day = dt.date(today.year - 1, rng.randint(1, 12), rng.randint(1, 28))
            expires = day + dt.timedelta(days=rng.choice([200, 365, 730]))
            plans.append((person, course, day, expires))
    enrolments = Enrolment.objects.bulk_create(
        [
            Enrolment(
                staff=person,
                course_key=keys[course],
                source="self",
                completed_at=at_noon(day),
                completed_locale="zh-hans",
            )
            for person, course, day, _expires in plans
        ],
        batch_size=2000,
    )
    certificates = []
    for enrolment, (person, course, day, expires) in zip(enrolments, plans, strict=True):
        title_zh, title_en, level = COURSES[course]
        certificates.append(
            Certificate(
                code=new_code(),
                staff=person,
                enrolment=enrolment,
                course_key=keys[course],
                locale="zh-hans",
                holder_name_zh=person.name_zh,
                holder_name_latin=person.name_latin,
                staff_number=person.staff_number,
                course_title=title_zh,
                course_title_zh=title_zh,
                course_title_en=title_en,
                level=level,
                hours=Decimal(rng.choice(["1.0", "1.5", "2.0", "3.5", "6.0"])),
                score=Decimal(rng.randint(70, 100)),
                completed_at=at_noon(day),
                issued_at=at_noon(day) + dt.timedelta(minutes=5),
                expires_on=expires,
                design={},
            )
        )
    certificates = Certificate.objects.bulk_create(certificates, batch_size=2000)
    CertificateRevocation.objects.bulk_create(
        [
            CertificateRevocation(certificate=certificate, reason="bench")
            for certificate in certificates[::20]
        ]
    )
    quiz = [uuid.UUID(int=1000 + n) for n in range(4)]
    Attempt.objects.bulk_create(
        [
            Attempt(
                staff=person,
                quiz_key=quiz[n],
                number=1,
                state=Attempt.State.FINISHED,
                started_at=at_noon(day) - dt.timedelta(minutes=20),
                finished_at=at_noon(day),
                pass_mark=Decimal(60),
                score=Decimal(percent),
                max_score=Decimal(100),
                percent=Decimal(percent),
                passed=percent >= 60,
                graded_at=at_noon(day),
            )
            for person in people
            for n in range(rng.randint(0, 4))
            for day, percent in [
                (first + dt.timedelta(days=rng.randrange(this_year_days)), rng.randint(40, 100))
            ]
        ],
        batch_size=2000,
    )
    print(
        f"{len(people)} staff, {team.evidence} pieces of evidence, {len(certificates)} "
        f"certificates, {Attempt.objects.count()} quiz attempts"
    )
    return period


def timed(label: str, repeat: int, rows: int, work) -> object:
    seconds, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    print(
        f"{label:<40} median {median:7.3f} s  p95 {percentile(seconds, 0.95):7.3f} s"
        f"  {rows / median:9.0f} rows/s"
    )
    return result


def main() -> None:
    started = time.perf_counter()
    try:
        start = time.perf_counter()
        period = make_data(ARGS.staff)
        print(
            f"inserted in {time.perf_counter() - start:.1f} s (throwaway SQLite database, "
            f"{os.cpu_count()} cores)"
        )
        staff = summary_staff(StaffProfile.objects.all())
        count = staff.count()
        weights = ScoreWeights.current()

        with CaptureQueriesContext(connection) as queries:
            summaries = summaries_for(staff, period, weights=weights)
        assert len(summaries) == count
        assert sum(s.courses_completed for s in summaries) > 0
        print(f"summaries_for: {len(queries)} SQL queries for {count} staff")
        summaries = timed(
            f"summaries_for ({count} staff)",
            ARGS.repeat,
            count,
            lambda: summaries_for(staff, period, weights=weights),
        )

        try:
            from training.reports.exports import summaries_csv, summaries_xlsx
        except ImportError:
            print("training/reports/exports.py has no summaries_csv/summaries_xlsx: skipped")
        else:

            def write(writer):
                buffer = io.BytesIO()
                assert writer(summaries, buffer) == count
                return buffer.getvalue()

            data = timed("summaries_csv", ARGS.repeat, count, lambda: write(summaries_csv))
            rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
            assert len(rows) == count + 1, len(rows)
            print(f"{'':40} CSV {len(data) / 1024:.0f} KiB")
            data = timed("summaries_xlsx", ARGS.repeat, count, lambda: write(summaries_xlsx))
            print(f"{'':40} XLSX {len(data) / 1024:.0f} KiB")

            def end_to_end(writer):
                buffer = io.BytesIO()
                writer(summaries_for(staff, period, weights=weights), buffer)

            timed("summaries_for + CSV (once)", 1, count, lambda: end_to_end(summaries_csv))
            timed("summaries_for + XLSX (once)", 1, count, lambda: end_to_end(summaries_xlsx))

        from training.reports.summary_pdf import unit_summaries_pdf, write_summaries_zip

        subset = summaries[: ARGS.pdfs]
        unit_summaries_pdf(subset[:1], title="warm-up")  # loads the fonts once per process
        buffer = io.BytesIO()
        timed(
            f"ZIP of {len(subset)} PDFs",
            1,
            len(subset),
            lambda: write_summaries_zip(subset, buffer, weights=weights),
        )
        with zipfile.ZipFile(buffer) as archive:
            pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
            assert len(pdfs) == len(subset)
            assert archive.read(pdfs[0]).startswith(b"%PDF")
        print(f"{'':40} ZIP {buffer.getbuffer().nbytes / 1024 / 1024:.1f} MiB")
        document = timed(
            f"one PDF of {len(subset)} people",
            1,
            len(subset),
            lambda: unit_summaries_pdf(subset, title="Bench unit", weights=weights),
        )
        print(f"{'':40} PDF {len(document) / 1024 / 1024:.1f} MiB")
        whole = time.perf_counter() - started
        print(f"peak RSS {_peak_rss_kib() / 1024:.0f} MiB; whole run {whole:.0f} s")
        load = os.getloadavg()[0]
        if load > 1.5:
            print(f"(load average {load:.1f} on {os.cpu_count()} cores: other work shared the CPU)")
    finally:
        connection.close()
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
