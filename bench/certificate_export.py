"""ZIP export of 1,000 certificates: rendered from scratch, and copied once stored.

Run from the repository root (it needs the prepared certificate fonts, `make setup`):

    .venv/bin/python bench/certificate_export.py [--certificates 1000] [--processes 2] [--compare]

It works on a throwaway SQLite database and media folder in a temporary directory (migrated
first, removed afterwards), never on the project's own database. It inserts `--certificates`
certificates directly (250 staff with Chinese and Latin names, four courses each, plausible
snapshots), then times HR's export job (`certificate_export_build`, the body of the background
task) end to end:

(a) every PDF missing: rendered (in `--processes` processes), stored, zipped;
(b) every PDF stored: copied into the ZIP.

It reports seconds, certificates per second, the CPU time used (by the job and the processes it
started: on a busy machine the wall-clock figures grow, the CPU time much less), the ZIP's size
and the peak resident memory (RSS) of each process that rendered and of the job's own process,
and checks the archive (one PDF per certificate, the manifest). `--compare` also times (a) in a
single process.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

WORK = Path(tempfile.mkdtemp(prefix="meridian-bench-export-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
os.environ["MEDIA_ROOT"] = str(WORK / "media")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.getLogger("weasyprint").setLevel(logging.WARNING)  # dev settings log every step

import datetime as dt  # noqa: E402
import random  # noqa: E402
import uuid  # noqa: E402
from decimal import Decimal  # noqa: E402

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from training.certificates import export  # noqa: E402
from training.certificates.models import (  # noqa: E402
    Certificate,
    CertificateExport,
    CertificateTemplate,
    new_code,
)
from training.people.models import OrgUnit, StaffProfile  # noqa: E402
from training.progress.models import Enrolment  # noqa: E402

SURNAMES = [
    ("王", "WANG"),
    ("李", "LI"),
    ("张", "ZHANG"),
    ("刘", "LIU"),
    ("陈", "CHEN"),
    ("杨", "YANG"),
    ("赵", "ZHAO"),
    ("黄", "HUANG"),
    ("周", "ZHOU"),
    ("吴", "WU"),
    ("欧阳", "OUYANG"),
    ("钱", "QIAN"),
]
GIVEN = [
    ("芳", "Fang"),
    ("伟", "Wei"),
    ("娜", "Na"),
    ("敏", "Min"),
    ("静", "Jing"),
    ("晓明", "Xiaoming"),
    ("婷婷", "Tingting"),
    ("浩然", "Haoran"),
    ("赟", "Yun"),
    ("喆", "Zhe"),
    ("玥", "Yue"),
    ("堃", "Kun"),
]
COURSES = [
    ("服务台英语", "English at the service desk", "B1"),
    ("跨文化沟通基础", "Intercultural communication basics", ""),
    ("国际学生咨询服务", "Advising international students", "B2"),
    ("学术诚信与引用规范", "Academic integrity and citation", ""),
]


def peak_rss_mib() -> float:
    return export._peak_rss_kib() / 1024


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def reset_peak_rss() -> None:
    """Start this process's peak-RSS count afresh (Linux: write 5 to clear_refs)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass


def make_data(count: int) -> User:
    call_command("migrate", verbosity=0)
    design = CertificateTemplate(
        name="Bench", issuer_zh="滨江大学图书馆", issuer_en="Binjiang University Library"
    ).design()
    library = OrgUnit.objects.create(
        code="lib", kind="library", name_zh="大学图书馆", name_en="University Library", path=""
    )
    OrgUnit.objects.filter(pk=library.pk).update(path=f"/{library.pk}/")
    admin = User.objects.create_superuser("bench-hr", "bench-hr@library.example.edu", "x")
    rng = random.Random(2026)
    staff_count = -(-count // len(COURSES))
    users = User.objects.bulk_create(
        User(username=f"bench-export-{i:04d}") for i in range(staff_count)
    )
    profiles = []
    for i, user in enumerate(users):
        (surname_zh, surname_en), (given_zh, given_en) = rng.choice(SURNAMES), rng.choice(GIVEN)
        profiles.append(
            StaffProfile(
                user=user,
                staff_number=f"BX{i:05d}",
                name_zh=surname_zh + given_zh,
                name_latin=f"{surname_en} {given_en}",
                org_unit=library,
            )
        )
    profiles = StaffProfile.objects.bulk_create(profiles)
    keys = [uuid.uuid4() for _ in COURSES]
    now = timezone.now()
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            staff=profile,
            course_key=keys[c],
            source="self",
            completed_at=now - dt.timedelta(days=rng.randint(1, 300)),
            completed_locale="zh-hans",
        )
        for profile in profiles
        for c in range(len(COURSES))
    )[:count]
    certificates = []
    for n, enrolment in enumerate(enrolments):
        profile = enrolment.staff
        title_zh, title_en, level = COURSES[n % len(COURSES)]
        issued = enrolment.completed_at + dt.timedelta(minutes=5)
        certificates.append(
            Certificate(
                code=new_code(),
                staff=profile,
                enrolment=enrolment,
                course_key=enrolment.course_key,
                locale="zh-hans",
                holder_name_zh=profile.name_zh,
                holder_name_latin=profile.name_latin,
                staff_number=profile.staff_number,
                course_title=title_zh,
                course_title_zh=title_zh,
                course_title_en=title_en,
                level=level,
                hours=Decimal(rng.choice(["1.0", "1.5", "2.0", "3.5", "6.0"])),
                score=Decimal(rng.randint(70, 100)),
                completed_at=enrolment.completed_at,
                issued_at=issued,
                expires_on=timezone.localdate(issued) + dt.timedelta(days=730),
                design=design,
            )
        )
    Certificate.objects.bulk_create(certificates, batch_size=500)
    return admin


def clear_pdfs() -> None:
    Certificate.objects.update(pdf="", pdf_sha256="", pdf_rendered_at=None)
    shutil.rmtree(WORK / "media" / "certificates", ignore_errors=True)


def timed_export(requester: User, processes: int, label: str, count: int) -> float:
    job = CertificateExport.objects.create(requested_by=requester, filters={}, total=count)
    reset_peak_rss()
    captured = {}
    real = export.write_certificates_zip

    def spy(*args, **kwargs):
        stats = real(*args, **kwargs)
        captured["stats"] = stats
        return stats

    export.write_certificates_zip = spy
    try:
        with override_settings(MERIDIAN_CERTIFICATE_EXPORT_PROCESSES=processes):
            cpu_before = cpu_seconds()
            start = time.perf_counter()
            done = export.certificate_export_build(export_id=job.pk)
            seconds = time.perf_counter() - start
            cpu = cpu_seconds() - cpu_before
    finally:
        export.write_certificates_zip = real
    stats = captured["stats"]
    assert done.state == CertificateExport.State.DONE, done.error
    with done.file.open("rb") as file:
        archive = zipfile.ZipFile(file)
        pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
        assert len(pdfs) == count, len(pdfs)
        assert archive.read(pdfs[0]).startswith(b"%PDF")
        manifest = archive.read(export.MANIFEST_NAME).decode("utf-8-sig")
        assert manifest.count("\n") == count + 1
        size = done.file.size
    workers = ", ".join(
        f"{kib / 1024:.0f}" for pid, kib in sorted(stats.peak_rss_kib.items()) if pid != os.getpid()
    )
    print(
        f"{label:<34} {seconds:7.2f} s {count / seconds:7.1f}/s  CPU {cpu:6.1f} s"
        f" ({cpu / count * 1000:5.1f} ms each)  rendered {stats.rendered:5d}"
        f"  copied {stats.copied:5d}  ZIP {size / 1024 / 1024:5.1f} MiB"
        f"  job RSS {peak_rss_mib():4.0f} MiB"
        + (f"  render processes RSS {workers} MiB" if workers else "")
    )
    busy = os.getloadavg()[0]
    if busy > 2.5:
        print(f"    (load average {busy:.1f} on {os.cpu_count()} cores: other work shared the CPU)")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--certificates", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--compare", action="store_true", help="also render in one process")
    args = parser.parse_args()
    try:
        start = time.perf_counter()
        requester = make_data(args.certificates)
        print(
            f"{args.certificates} certificates inserted in {time.perf_counter() - start:.1f} s "
            f"(throwaway database, {os.cpu_count()} cores)"
        )
        count = args.certificates
        timed_export(
            requester, args.processes, f"(a) from scratch, {args.processes} processes", count
        )
        timed_export(requester, args.processes, "(b) all stored", count)
        if args.compare:
            clear_pdfs()
            timed_export(requester, 1, "(a) from scratch, 1 process", count)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
