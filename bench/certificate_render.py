"""Render time of certificate PDFs: one at a time in a warm process, in export batches, and the
baseline of one fresh process per certificate.

Run from the repository root after `make setup` (which prepares the fonts in var/fonts/):

    .venv/bin/python bench/certificate_render.py [--repeat 200] [--batch 50] [--fresh 20]
                                                 [--name 李赟] [--layout classic]

No database is needed: the certificates are unsaved ones printed with an unsaved template (as
the admin preview does), holder `--name` (default 李赟, whose 赟 is a rarer character), the
course "服务台英语 / English at the service desk", level B1, two competencies, a signatory
and a footer; each render gets its own verification code (so its own QR code).

- warm: `render.certificate_pdf` `--repeat` times after one warm-up render (the first render of
  a process loads the fonts; its time is shown separately), wall-clock ms per PDF;
- batch: `render.certificates_pdfs` over `--batch` certificates (laid out together, written one
  PDF per certificate), ms per certificate;
- fresh process: `--fresh` times a new Python process that sets up Django and renders one
  certificate (`--one`), timed from outside: what rendering each certificate as a separate
  WeasyPrint document in its own process costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from training.certificates import render  # noqa: E402
from training.certificates.models import (  # noqa: E402
    CODE_ALPHABET,
    CODE_LENGTH,
    Certificate,
    CertificateTemplate,
)


def code_for(number: int) -> str:
    """A distinct, valid verification code per render."""
    digits = []
    for _ in range(CODE_LENGTH):
        number, digit = divmod(number, len(CODE_ALPHABET))
        digits.append(CODE_ALPHABET[digit])
    return "".join(reversed(digits))


def certificate(number: int, name_zh: str, layout: str) -> Certificate:
    template = CertificateTemplate(
        name="Bench",
        layout=layout,
        issuer_zh="滨江大学图书馆",
        issuer_en="Binjiang University Library",
        signatory_name_zh="钱琤",
        signatory_name_en="QIAN Cheng",
        signatory_title_zh="馆长",
        signatory_title_en="University Librarian",
        footer_zh="本证书由滨江大学图书馆员工培训系统颁发。",
        footer_en="Issued by the staff training system of Binjiang University Library.",
    )
    issued = timezone.now().replace(microsecond=0)
    return Certificate(
        code=code_for(10**12 + number),
        locale="zh-hans",
        holder_name_zh=name_zh,
        holder_name_latin="LI Yun",
        staff_number=f"S{number:05d}",
        course_title="服务台英语",
        course_title_zh="服务台英语",
        course_title_en="English at the service desk",
        level="B1",
        competencies=[
            {
                "code": "EN",
                "name_zh": "英语服务沟通",
                "name_en": "English for service",
                "scale": "cefr",
                "level": 3,
            },
            {
                "code": "IC",
                "name_zh": "跨文化沟通",
                "name_en": "Intercultural communication",
                "scale": "five",
                "level": 3,
            },
        ],  # fmt: skip
        hours=Decimal("6.0"),
        completed_at=issued - dt.timedelta(hours=1),
        issued_at=issued,
        expires_on=issued.date() + dt.timedelta(days=730),
        design=template.design(),
    )


def percentile(sorted_values: list[float], fraction: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * fraction))]


def one(args) -> None:
    """Child of the fresh-process baseline: render one certificate and exit."""
    pdf = render.certificate_pdf(certificate(args.one, args.name, args.layout))
    assert pdf.startswith(b"%PDF")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--fresh", type=int, default=20)
    parser.add_argument("--name", default="李赟")
    parser.add_argument("--layout", default="classic", choices=["classic", "modern"])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        one(args)
        return

    start = time.perf_counter()
    pdf = render.certificate_pdf(certificate(0, args.name, args.layout))
    first = (time.perf_counter() - start) * 1000
    timings = []
    for number in range(1, args.repeat + 1):
        item = certificate(number, args.name, args.layout)
        start = time.perf_counter()
        pdf = render.certificate_pdf(item)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    warm_median = statistics.median(timings)
    print(f"holder {args.name}, layout {args.layout}; PDF {len(pdf) / 1024:.0f} KiB")
    print(f"first render of the process (loads the fonts): {first:.0f} ms")
    print(
        f"warm, {args.repeat} renders: median {warm_median:.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, max {timings[-1]:.1f} ms"
    )

    if args.batch:
        items = [certificate(10_000 + n, args.name, args.layout) for n in range(args.batch)]
        start = time.perf_counter()
        count = sum(1 for _item, _pdf in render.certificates_pdfs(items))
        per = (time.perf_counter() - start) * 1000 / count
        print(f"batch of {count} (certificates_pdfs): {per:.1f} ms per certificate")

    if args.fresh:
        fresh = []
        command = [sys.executable, str(Path(__file__).resolve()), "--name", args.name]
        for number in range(args.fresh):
            start = time.perf_counter()
            subprocess.run(  # noqa: S603 (this script, with the same interpreter)
                [*command, "--layout", args.layout, "--one", str(20_000 + number)],
                check=True,
                cwd=ROOT,
            )
            fresh.append((time.perf_counter() - start) * 1000)
        fresh.sort()
        fresh_median = statistics.median(fresh)
        print(
            f"fresh process per certificate, {args.fresh} runs: median {fresh_median:.0f} ms, "
            f"p95 {percentile(fresh, 0.95):.0f} ms; "
            f"{fresh_median / warm_median:.1f} times the warm median"
        )


if __name__ == "__main__":
    main()
