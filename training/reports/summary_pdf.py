"""Appraisal summaries as PDFs: one person (A4 portrait), an org unit's people in one document (a
cover page with a summary table, then each person from a new page), and a ZIP with one PDF per
person and a manifest.

The labels are printed in both Chinese and English (like the certificates), the active
language first; what comes from the records (names, course titles, competency names) is
printed as it is. The PDFs are made by the certificates' WeasyPrint setup
(`training.certificates.render`): its URL fetcher (no network, only the project's files), its
font configuration with the prepared Noto Serif CJK SC fonts and its parsed `fonts.css`, so the
fonts are loaded once per process for certificates and summaries alike, and renders take turns
on its lock (WeasyPrint is not thread-safe). The layout is `reports/pdf/summary.css`, parsed
once per process.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from training.certificates.export import _segment, spreadsheet_safe

from .models import ScoreWeights
from .summaries import Summary, score_formula

Progress = Callable[[int, int], None]
MANIFEST_NAME = "manifest.csv"
SUMMARY_TEMPLATE = "reports/pdf/summary.html"
UNIT_TEMPLATE = "reports/pdf/unit_summaries.html"
STYLESHEET_TEMPLATE = "reports/pdf/summary.css"
FONTS_STYLESHEET = "certificates/pdf/fonts.css"

# (Chinese, English): both are printed, the active language first.
LABELS: dict[str, tuple[str, str]] = {
    "title": ("培训考核摘要", "Training summary for appraisal"),
    "unit_title": ("部门培训考核摘要", "Training summaries of an org unit"),
    "period": ("考核期", "Appraisal period"),
    "name": ("姓名", "Name"),
    "staff_number": ("工号", "Staff number"),
    "unit": ("部门", "Org unit"),
    "role": ("岗位", "Job role"),
    "hours": ("培训学时", "Training hours"),
    "courses": ("完成课程数", "Courses completed"),
    "certificates": ("有效证书", "Valid certificates"),
    "levels_gained": ("能力等级提升", "Levels gained"),
    "mean_quiz": ("测验平均分", "Mean quiz score"),
    "quiz_attempts": ("测验次数", "Quiz attempts"),
    "overdue": ("逾期必修培训", "Overdue mandatory training"),
    "score": ("培训得分", "Training score"),
    "formula": ("计分方法", "How the score is worked out"),
    "completions": ("本期完成的课程", "Courses completed in the period"),
    "course": ("课程", "Course"),
    "completed_on": ("完成日期", "Completed"),
    "code": ("证书编号", "Certificate"),
    "levels": ("能力等级", "Competency levels"),
    "competency": ("能力", "Competency"),
    "required": ("岗位要求", "Required"),
    "start": ("期初", "At the start"),
    "end": ("期末", "At the end"),
    "change": ("变化", "Change"),
    "due_on": ("截止日期", "Due"),
    "kind": ("类型", "Kind"),
    "assignment": ("指派课程逾期", "Assigned course overdue"),
    "renewal": ("证书过期未续", "Certificate lapsed"),
    "none": ("无", "None"),
    "up": ("提升", "up"),
    "down": ("下降", "down"),
    "same": ("不变", "no change"),
    "generated": ("生成日期", "Produced on"),
    "staff": ("人员", "Staff"),
    "people": ("人数", "People"),
    "figure": ("数值", "Figure"),
    "weight": ("权重", "Weight"),
    "points": ("分数", "Points"),
    "raw": ("合计", "Total"),
    "bounded": ("得分（限定在 0 与最高分之间）", "Score (kept between 0 and the highest)"),
    "page": ("页", "Page"),
}


# --- the score with a person's numbers --------------------------------------------------------


@dataclass(frozen=True)
class Term:
    key: str  # a LABELS key: hours, courses, certificates, levels_gained, mean_quiz, overdue
    figure: str  # the person's figure as printed
    weight: str
    points: Decimal  # signed
    quiz: bool = False  # figure is a percentage, divided by 100


def _n(value) -> str:
    """Decimal("6.0") -> "6", Decimal("1.50") -> "1.5"; ints as they are."""
    if value is None:
        return ""
    return f"{Decimal(value).normalize():f}"


WEIGHT_NAMES = (
    "per_hour",
    "per_course",
    "per_certificate",
    "per_level",
    "quiz_weight",
    "per_overdue",
    "maximum",
)


def score_terms(summary: Summary, weights: ScoreWeights) -> tuple[list[Term], Decimal]:
    """The training score's terms with the person's figures (see `summaries.training_score`),
    and their total before it is kept between 0 and the maximum."""
    figures = summary.figures
    quiz = figures.mean_quiz or Decimal(0)
    # An unsaved weighting (the defaults) holds ints; a saved one Decimals.
    weights = SimpleNamespace(
        **{name: Decimal(str(getattr(weights, name))) for name in WEIGHT_NAMES}
    )
    terms = [
        Term("hours", _n(figures.hours), _n(weights.per_hour), figures.hours * weights.per_hour),
        Term(
            "courses",
            str(figures.courses),
            _n(weights.per_course),
            figures.courses * weights.per_course,
        ),
        Term(
            "certificates",
            str(figures.certificates),
            _n(weights.per_certificate),
            figures.certificates * weights.per_certificate,
        ),
        Term(
            "levels_gained",
            str(figures.levels_gained),
            _n(weights.per_level),
            figures.levels_gained * weights.per_level,
        ),
        Term(
            "mean_quiz",
            _n(quiz),
            _n(weights.quiz_weight),
            quiz / 100 * weights.quiz_weight,
            quiz=True,
        ),
        Term(
            "overdue",
            str(figures.overdue),
            _n(weights.per_overdue),
            -figures.overdue * weights.per_overdue,
        ),
    ]
    total = sum((term.points for term in terms), Decimal(0))
    return terms, total


def worked_formula(summary: Summary, weights: ScoreWeights) -> str:
    """ "3.5 × 2 + 1 × 5 + … − 1 × 10 = 12" (numbers and signs only: no language)."""
    terms, total = score_terms(summary, weights)
    parts = []
    for index, term in enumerate(terms):
        figure = f"{term.figure} ÷ 100" if term.quiz else term.figure
        sign = "−" if term.key == "overdue" else "+"
        text = f"{figure} × {term.weight}"
        parts.append(text if index == 0 else f"{sign} {text}")
    return f"{' '.join(parts)} = {_n(total.quantize(Decimal('0.01')))}"


# --- what the templates print -----------------------------------------------------------------


def _zh_first() -> bool:
    return (get_language() or "zh-hans").lower().startswith("zh")


def labels() -> dict[str, tuple[str, str]]:
    """Each label as (first, second): the active language first."""
    if _zh_first():
        return dict(LABELS)
    return {key: (en, zh) for key, (zh, en) in LABELS.items()}


def _change(change: int) -> dict:
    # No arrows: they are not in the basic font (see summary.css).
    if change > 0:
        return {"key": "up", "text": f"+{change}"}
    if change < 0:
        return {"key": "down", "text": f"-{-change}"}
    return {"key": "same", "text": "0"}


def _basic(text: str) -> str:
    """Text for the PDF with U+2212 (minus, only in the full font) as a hyphen-minus."""
    return text.replace("\u2212", "-")


def summary_context(summary: Summary, weights: ScoreWeights) -> dict:
    """One person's part of a PDF."""
    staff = summary.staff
    terms, total = score_terms(summary, weights)
    return {
        "summary": summary,
        "staff": staff,
        "name_zh": staff.name_zh,
        "name_latin": staff.name_latin,
        "unit": staff.org_unit.name if staff.org_unit_id else "",
        "role": staff.job_role.name if staff.job_role_id else "",
        "hours": _n(summary.hours),
        "mean_quiz": "" if summary.mean_quiz_score is None else str(summary.mean_quiz_score),
        "levels": [{"row": level, "change": _change(level.change)} for level in summary.levels],
        "completions": [{"row": item, "hours": _n(item.hours)} for item in summary.completions],
        "terms": [
            {
                "term": term,
                "points": _n(term.points.quantize(Decimal("0.01"))),
            }
            for term in terms
        ],
        "total": _n(total.quantize(Decimal("0.01"))),
        "score": str(summary.score),
        "worked": _basic(worked_formula(summary, weights)),
    }


def _common(weights: ScoreWeights) -> dict:
    return {
        "L": labels(),
        "lang": "zh-Hans" if _zh_first() else "en",
        "formula": _basic(score_formula(weights)),
        "maximum": _n(weights.maximum),
        "today": timezone.localdate().isoformat(),
    }


def _period_text(summary: Summary) -> str:
    period = summary.period
    return f"{period.name} ({period.starts_on.isoformat()} – {period.ends_on.isoformat()})"


# --- rendering --------------------------------------------------------------------------------


@dataclass
class _Setup:
    base: object  # training.certificates.render._Renderer
    stylesheets: list


_setup: _Setup | None = None


def _get_setup(base) -> _Setup:
    """The summary layout on top of the certificates' renderer `base` (its fetcher, fonts and
    fonts.css), parsed once per process."""
    global _setup
    from weasyprint import CSS

    from training.certificates import render

    if _setup is None or _setup.base is not base:
        fonts = base.stylesheets[render.STYLESHEETS.index(FONTS_STYLESHEET)]
        layout = CSS(
            string=render_to_string(STYLESHEET_TEMPLATE),
            base_url=render.BASE_URL,
            url_fetcher=base.fetcher,
            font_config=base.font_config,
        )
        _setup = _Setup(base, [fonts, layout])
    return _setup


def _write(html: str, *, title: str, cache: dict) -> bytes:
    from weasyprint import HTML
    from weasyprint.document import DocumentMetadata

    from training.certificates import render

    with render.shared_renderer() as base:
        setup = _get_setup(base)
        document = HTML(
            string=html, base_url=render.BASE_URL, url_fetcher=setup.base.fetcher
        ).render(font_config=setup.base.font_config, stylesheets=setup.stylesheets, cache=cache)
        now = timezone.localtime().isoformat(timespec="seconds")
        document.metadata = DocumentMetadata(
            title=title, created=now, modified=now, lang="zh-Hans" if _zh_first() else "en"
        )
        return document.write_pdf()


def _title(summary: Summary) -> str:
    first = labels()["title"][0]
    name = " ".join(n for n in (summary.staff.name_zh, summary.staff.name_latin) if n)
    return f"{first}: {name}, {summary.period.name}"


def _summary_html(summary: Summary, weights: ScoreWeights) -> str:
    context = {
        **_common(weights),
        "person": summary_context(summary, weights),
        "period_text": _period_text(summary),
        "meta_title": _title(summary),
    }
    return render_to_string(SUMMARY_TEMPLATE, context)


def summary_pdf(summary: Summary, *, weights: ScoreWeights | None = None) -> bytes:
    """One person's summary as an A4 portrait PDF."""
    weights = weights or ScoreWeights.current()
    return _write(_summary_html(summary, weights), title=_title(summary), cache={})


def summaries_pdfs(
    summaries: Iterable[Summary], *, weights: ScoreWeights | None = None
) -> Iterable[tuple[Summary, bytes]]:
    """Each summary with its PDF, in order; the fonts, styles and image cache are shared."""
    weights = weights or ScoreWeights.current()
    cache: dict = {}
    for summary in summaries:
        yield summary, _write(_summary_html(summary, weights), title=_title(summary), cache=cache)


def unit_summaries_pdf(
    summaries: Sequence[Summary],
    *,
    title: str,
    unit=None,
    weights: ScoreWeights | None = None,
) -> bytes:
    """Several people's summaries (an org unit's) as one PDF: a cover page with the unit, the
    period and a table of everyone's figures, then each person from a new page."""
    weights = weights or ScoreWeights.current()
    summaries = list(summaries)
    period = summaries[0].period if summaries else None
    context = {
        **_common(weights),
        "title": title,
        "unit_name": unit.name if unit is not None else "",
        "period_text": _period_text(summaries[0]) if summaries else "",
        "period": period,
        "people": [summary_context(summary, weights) for summary in summaries],
        "meta_title": title,
    }
    return _write(render_to_string(UNIT_TEMPLATE, context), title=title, cache={})


# --- the ZIP ----------------------------------------------------------------------------------


def entry_name(summary: Summary) -> str:
    """`<staff number>_<Latin name>_<period>.pdf`, made safe as certificate entries are."""
    parts = [
        _segment(summary.staff.staff_number, 40),
        _segment(summary.staff.name_latin, 60),
        _segment(summary.period.name, 60),
    ]
    return "_".join(part for part in parts if part) + ".pdf"


def entry_names(summaries: Sequence[Summary]) -> list[str]:
    """A unique entry name per summary, in order (a clash gets a number)."""
    names: list[str] = []
    taken: set[str] = {MANIFEST_NAME.casefold()}
    for summary in summaries:
        name = entry_name(summary)
        if name == ".pdf":
            name = "summary.pdf"
        stem, number = name[: -len(".pdf")], 2
        while name.casefold() in taken:
            name, number = f"{stem}-{number}.pdf", number + 1
        taken.add(name.casefold())
        names.append(name)
    return names


MANIFEST_HEADER = (
    ("File", "文件"),
    ("Staff number", "工号"),
    ("Name (Chinese)", "姓名"),
    ("Name (Latin letters)", "拼音姓名"),
    ("Org unit", "部门"),
    ("Job role", "岗位"),
    ("Appraisal period", "考核期"),
    ("First day", "开始日期"),
    ("Last day", "结束日期"),
    ("Training hours", "培训学时"),
    ("Courses completed", "完成课程数"),
    ("Valid certificates", "有效证书"),
    ("Levels gained", "能力等级提升"),
    ("Mean quiz score (%)", "测验平均分（%）"),
    ("Overdue mandatory training", "逾期必修培训"),
    ("Training score", "培训得分"),
)


def manifest_csv(summaries: Sequence[Summary], names: Sequence[str]) -> bytes:
    """A row per PDF: UTF-8 with a byte-order mark, every cell safe from formula injection.
    The header is bilingual, the active language first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([f"{zh} {en}" if _zh_first() else f"{en} {zh}" for en, zh in MANIFEST_HEADER])
    for summary, name in zip(summaries, names, strict=True):
        staff, period = summary.staff, summary.period
        writer.writerow(
            [
                spreadsheet_safe(value)
                for value in (
                    name,
                    staff.staff_number,
                    staff.name_zh,
                    staff.name_latin,
                    staff.org_unit.name if staff.org_unit_id else "",
                    staff.job_role.name if staff.job_role_id else "",
                    period.name,
                    period.starts_on.isoformat(),
                    period.ends_on.isoformat(),
                    _n(summary.hours),
                    summary.courses_completed,
                    summary.valid_certificates,
                    summary.levels_gained,
                    "" if summary.mean_quiz_score is None else str(summary.mean_quiz_score),
                    summary.overdue_mandatory,
                    str(summary.score),
                )
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _zip_info(name: str, compress_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=timezone.localtime().timetuple()[:6])
    info.compress_type = compress_type
    info.external_attr = 0o644 << 16
    return info


def write_summaries_zip(
    summaries: Iterable[Summary],
    fileobj,
    progress: Progress | None = None,
    *,
    weights: ScoreWeights | None = None,
) -> int:
    """Write a ZIP with one PDF per summary and `manifest.csv` to `fileobj` (binary); call
    `progress(done, total)` after each person. Returns the number of PDFs."""
    summaries = list(summaries)
    names = entry_names(summaries)
    total = len(summaries)
    with zipfile.ZipFile(fileobj, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        for done, ((_summary, pdf), name) in enumerate(
            zip(summaries_pdfs(summaries, weights=weights), names, strict=True), start=1
        ):
            archive.writestr(_zip_info(name, zipfile.ZIP_STORED), pdf)
            if progress is not None:
                progress(done, total)
        archive.writestr(
            _zip_info(MANIFEST_NAME, zipfile.ZIP_DEFLATED), manifest_csv(summaries, names)
        )
    return total


def download_name(summary: Summary) -> str:
    """The file name of one summary downloaded on its own."""
    return entry_name(summary)


__all__ = [
    "Term",
    "download_name",
    "entry_name",
    "manifest_csv",
    "score_terms",
    "summary_pdf",
    "summaries_pdfs",
    "unit_summaries_pdf",
    "worked_formula",
    "write_summaries_zip",
]
