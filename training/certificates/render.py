"""Certificate PDFs: one bilingual A4 landscape page per certificate, made with WeasyPrint.

The HTML comes from a Django template (`certificates/pdf/certificate.html`, autoescaped) fed
only from the certificate's snapshot and its template's wording (`Certificate.design`), so a
certificate renders the same years later. The layouts are `static/certificates/pdf/`. Fonts
are the Noto Serif CJK SC cuts `make setup` prepares in `MERIDIAN_FONT_DIR` (see
`fonts/README.md`): a basic font for nearly everything and a full one for rare characters.

WeasyPrint reads nothing on its own: `CertificateURLFetcher` is the only way in, and it serves
the project's static files, media files (logo and signature renditions), the prepared fonts and
`data:` URLs — no network, no other file.

Speed (bench/certificate_render.py): the font configuration and the parsed stylesheets are made
once per process and reused, since loading the fonts is the expensive part (the first render of
a process takes about half a second, later ones about 60 ms). WeasyPrint objects are not
thread-safe, so renders in one process take turns.
"""

from __future__ import annotations

import base64
import logging
import mimetypes
import os
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote, unquote, unquote_to_bytes, urljoin, urlsplit

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import timezone
from django.utils.safestring import mark_safe
from weasyprint import CSS, HTML
from weasyprint.document import DocumentMetadata
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from training.competencies.levels import level_label

from .links import verify_url
from .models import Certificate, CertificateTemplate

# Relative URLs in the certificate resolve against this address, which is never contacted: the
# fetcher maps its paths to the static files, the media storage and the font directory.
# (`.invalid` is reserved: the name can never resolve.)
BASE_URL = "https://certificate.invalid/"
FONT_PATH = "/_fonts/"
FONT_FILES = (
    "NotoSerifCJKsc-Regular-basic.otf",
    "NotoSerifCJKsc-Bold-basic.otf",
    "NotoSerifCJKsc-Regular-full.otf",
    "NotoSerifCJKsc-Bold-full.otf",
)
STYLESHEETS = ("certificates/pdf/fonts.css", "certificates/pdf/certificate.css")
# Only the layout: a browser showing the HTML preview cannot load the PDF fonts.
PREVIEW_STYLESHEETS = ("certificates/pdf/certificate.css",)
TEMPLATE = "certificates/pdf/certificate.html"
IMAGE_FILTER = "max-400x200"
DEFAULT_ACCENT = "#8a1c2b"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
FONT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.(?:otf|ttf|woff2?)")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


logger = logging.getLogger(__name__)


class FontsMissing(ImproperlyConfigured):
    """The prepared certificate fonts are not there: `make setup` prepares them."""


class URLRefused(ValueError):
    """The certificate asked for something outside what the renderer serves."""


# --- what WeasyPrint may read -----------------------------------------------------------------


class CertificateURLFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that opens nothing but the project's own files.

    It serves URLs (absolute at `BASE_URL`, or paths) under `STATIC_URL` (through the static
    files finders, then the static files storage), under `MEDIA_URL` (through the default
    storage), under `FONT_PATH` (files of `MERIDIAN_FONT_DIR`, by plain name), and `data:` URLs.
    Anything else — another host, http(s), file:, `..` — raises `URLRefused`; WeasyPrint then
    logs it and leaves the resource out. No urllib handler is installed, so even the inherited
    `open` cannot reach the network.
    """

    def __init__(self):
        # Deliberately not URLFetcher.__init__, which installs urllib's network handlers.
        super(URLFetcher, self).__init__()
        self._timeout = 0
        self._http_headers = {}
        self._allowed_protocols = ("data", "https")
        self._fail_on_errors = False
        self._request = None

    def fetch(self, url, headers=None):
        if url[:5].lower() == "data:":
            return self._data(url)
        kind, name = resolve_url(url)
        if kind == "static":
            body = _read_static(name, url)
        elif kind == "media":
            with default_storage.open(name, "rb") as file:
                body = file.read()
        else:
            body = (Path(settings.MERIDIAN_FONT_DIR) / name).read_bytes()
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})

    @staticmethod
    def _data(url: str) -> URLFetcherResponse:
        header, comma, payload = url[5:].partition(",")
        if not comma:
            raise _refused(url[:40], "a malformed data: URL")
        is_base64 = header.lower().endswith(";base64")
        if is_base64:
            header = header[: -len(";base64")]
        body = unquote_to_bytes(payload)
        if is_base64:
            body = base64.b64decode(body)
        return URLFetcherResponse(url[:64], body, {"Content-Type": header or "text/plain"})


def _roots() -> list[tuple[str, str]]:
    """(absolute URL prefix, kind) of what the fetcher serves, longest prefix first."""
    roots = [
        (urljoin(BASE_URL, settings.STATIC_URL), "static"),
        (urljoin(BASE_URL, settings.MEDIA_URL), "media"),
        (urljoin(BASE_URL, FONT_PATH), "font"),
    ]
    return sorted(roots, key=lambda root: len(root[0]), reverse=True)


def _refused(url: object, reason: str) -> URLRefused:
    shown = str(url)
    shown = shown if len(shown) <= 200 else shown[:200] + "…"
    return URLRefused(
        f"The certificate renderer does not fetch {shown!r} ({reason}): it reads only the "
        "project's static files, media files, the certificate fonts and data: URLs."
    )


def resolve_url(url: str) -> tuple[str, str]:
    """('static'|'media'|'font', name inside that root) for a URL the fetcher serves (absolute
    at BASE_URL, or a path); raises URLRefused for everything else."""
    if not isinstance(url, str) or "\\" in url or "\x00" in url:
        raise _refused(url, "not a plain URL")
    parts = urlsplit(url)
    if any(segment in (".", "..") for segment in unquote(parts.path).split("/")):
        raise _refused(url, "dot segments are not allowed")
    if parts.scheme and parts.scheme not in ("http", "https"):
        raise _refused(url, f"{parts.scheme}: URLs are not allowed")
    absolute = urljoin(BASE_URL, url.split("#", 1)[0].split("?", 1)[0])
    matches = [
        (kind, absolute[len(prefix) :]) for prefix, kind in _roots() if absolute.startswith(prefix)
    ]
    if not matches:
        raise _refused(url, "outside the static files, media files and fonts")
    kind, name = matches[0][0], unquote(matches[0][1])
    segments = name.split("/")
    if not name or "\x00" in name or any(seg in ("", ".", "..") for seg in segments):
        raise _refused(url, "not a file name")
    if kind == "font" and not FONT_NAME.fullmatch(name):
        raise _refused(url, "not a font file name")
    return kind, name


def _read_static(name: str, url: str) -> bytes:
    found = finders.find(name)
    if found:
        return Path(found).read_bytes()
    if staticfiles_storage.exists(name):  # collected (e.g. hashed) files in production
        with staticfiles_storage.open(name, "rb") as file:
            return file.read()
    raise FileNotFoundError(f"No static file {name!r} for {url!r}.")


# --- one renderer per process -----------------------------------------------------------------


def check_fonts() -> None:
    """Raise FontsMissing, naming `make setup`, unless every prepared font is there."""
    folder = Path(settings.MERIDIAN_FONT_DIR)
    missing = [name for name in FONT_FILES if not (folder / name).is_file()]
    if missing:
        raise FontsMissing(
            f"The certificate fonts are missing from {folder} ({', '.join(missing)}). "
            "Run `make setup` (or scripts/prepare-fonts.sh) to prepare them from the "
            "system's Noto CJK fonts."
        )


@dataclass
class _Renderer:
    fetcher: CertificateURLFetcher
    font_config: FontConfiguration
    stylesheets: list[CSS]


_renderer: _Renderer | None = None
_lock = threading.RLock()


def _after_fork_in_child() -> None:
    # A process forked while another thread rendered must not inherit a held lock. The
    # renderer itself is reused: its fonts are already loaded.
    global _lock
    _lock = threading.RLock()


os.register_at_fork(after_in_child=_after_fork_in_child)


def _get_renderer() -> _Renderer:
    """The process's font configuration and parsed stylesheets (made on first use)."""
    global _renderer
    if _renderer is None:
        check_fonts()
        fetcher = CertificateURLFetcher()
        font_config = FontConfiguration()
        stylesheets = [
            CSS(
                url=urljoin(BASE_URL, static(path)),
                base_url=BASE_URL,
                url_fetcher=fetcher,
                font_config=font_config,
            )
            for path in STYLESHEETS
        ]
        _renderer = _Renderer(fetcher, font_config, stylesheets)
    return _renderer


@contextmanager
def shared_renderer() -> Iterator[_Renderer]:
    """The process's restricted fetcher, font configuration and parsed stylesheets, held for
    one rendering (WeasyPrint's font configuration is not thread-safe). Other documents that
    print with the certificates' fonts (appraisal summaries, training records) render inside
    it, so the fonts are loaded once per process."""
    with _lock:
        yield _get_renderer()


# --- what a certificate prints ----------------------------------------------------------------


def accent_colours(value: object) -> tuple[str, str]:
    """The accent colour (validated again: it goes into CSS) and a light tint of it."""
    colour = value if isinstance(value, str) and HEX_COLOUR.fullmatch(value) else DEFAULT_ACCENT
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    tint = "#" + "".join(f"{round(c + (255 - c) * 0.7):02x}" for c in (red, green, blue))
    return colour.lower(), tint


def _dates(value) -> dict[str, str] | None:
    if value is None:
        return None
    day = timezone.localtime(value).date() if hasattr(value, "hour") else value
    return {
        "zh": f"{day.year}年{day.month}月{day.day}日",
        "en": f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
    }


def _hours(hours) -> str:
    """Decimal("6.0") -> "6", Decimal("1.5") -> "1.5"."""
    return f"{Decimal(str(hours or 0)).normalize():f}"


def _competencies(rows) -> list[dict[str, str]]:
    result = []
    for row in rows or []:
        if not isinstance(row, dict):
            continue
        level = row.get("level")
        try:
            label = level_label(str(row.get("scale", "")), int(level)) if level else ""
        except (TypeError, ValueError, IndexError):
            label = str(level)
        result.append(
            {
                "name_zh": str(row.get("name_zh") or ""),
                "name_en": str(row.get("name_en") or row.get("code") or ""),
                "level": label,
            }
        )
    return result


def qr_svg(url: str) -> str:
    """The QR code of `url` as an inline SVG: one path, with its quiet zone."""
    return segno.make(url, error="m").svg_inline(omitsize=True, border=4, svgclass="qr-code")


def _image_url(image_id, cache: dict | None) -> str:
    """The media URL of a Wagtail image's rendition for print, or '' if it is gone."""
    if not image_id:
        return ""
    if cache is not None and image_id in cache:
        return cache[image_id]
    from wagtail.images import get_image_model

    image = get_image_model().objects.filter(pk=image_id).first()
    url = ""
    if image is not None:
        try:
            # Under MEDIA_URL, not the storage's own URL: on object storage that is a signed
            # address on another host, which the fetcher (rightly) refuses to download.
            url = settings.MEDIA_URL + quote(image.get_rendition(IMAGE_FILTER).file.name)
        except Exception:  # a missing or broken source file: print without the image
            logger.warning("Certificate image %s has no usable rendition", image_id, exc_info=True)
    if cache is not None:
        cache[image_id] = url
    return url


def _design(certificate) -> dict:
    """The certificate's wording and look, with the defaults for anything it lacks."""
    design = dict(certificate.design or {})
    for key, value in CertificateTemplate().design().items():
        if design.get(key) is None:
            design[key] = value
    return design


def certificate_context(certificate, *, images: dict | None = None) -> dict:
    """What the template prints for one certificate (and the PDF's metadata)."""
    design = _design(certificate)
    accent, accent_light = accent_colours(design.get("accent_colour"))
    layout = design.get("layout") if design.get("layout") in ("classic", "modern") else "classic"
    if str(certificate.locale or "").startswith("zh"):
        other_title = certificate.course_title_en
    else:
        other_title = certificate.course_title_zh
    if other_title == certificate.course_title:
        other_title = ""
    url = verify_url(certificate.code)
    holder = " ".join(
        name for name in (certificate.holder_name_zh, certificate.holder_name_latin) if name
    )
    text = {key: str(design.get(key) or "") for key in _TEXT_KEYS}
    return {
        **text,
        "layout": layout,
        "accent": accent,
        "accent_light": accent_light,
        "meta_title": (
            f"{text['title_zh']} {text['title_en']}: {holder}, {certificate.course_title}"
        ),
        "meta_author": " ".join(n for n in (text["issuer_zh"], text["issuer_en"]) if n),
        "meta_created": timezone.localtime(certificate.issued_at).isoformat(timespec="seconds"),
        "logo_url": _image_url(design.get("logo_id"), images),
        "signature_url": _image_url(design.get("signature_id"), images),
        "holder_name_zh": certificate.holder_name_zh,
        "holder_name_latin": certificate.holder_name_latin,
        "course_title": certificate.course_title,
        "course_title_other": other_title,
        "level": certificate.level,
        "competencies": _competencies(certificate.competencies),
        "hours": _hours(certificate.hours),
        "completed": _dates(certificate.completed_at),
        "issued": _dates(certificate.issued_at),
        "expires": _dates(certificate.expires_on),
        "code": certificate.formatted_code,
        "verify_url": url,
        "qr_svg": mark_safe(qr_svg(url)),  # noqa: S308 (segno's SVG path: no text from outside)
        "stylesheet_urls": [],
    }


_TEXT_KEYS = (
    "title_zh",
    "title_en",
    "statement_zh",
    "statement_en",
    "issuer_zh",
    "issuer_en",
    "signatory_name_zh",
    "signatory_name_en",
    "signatory_title_zh",
    "signatory_title_en",
    "footer_zh",
    "footer_en",
)


def certificate_html(certificate, *, for_browser: bool = False, images: dict | None = None) -> str:
    """The certificate as an HTML document. `for_browser` links the layout stylesheet (for the
    HTML preview); the PDF renderer adds its parsed stylesheets itself."""
    context = certificate_context(certificate, images=images)
    if for_browser:
        context["stylesheet_urls"] = [static(path) for path in PREVIEW_STYLESHEETS]
    return render_to_string(TEMPLATE, context)


# --- PDFs -------------------------------------------------------------------------------------


def _metadata(context: dict) -> DocumentMetadata:
    return DocumentMetadata(
        title=context["meta_title"],
        authors=[context["meta_author"]] if context["meta_author"] else [],
        created=context["meta_created"],
        modified=context["meta_created"],
        lang="zh-Hans",
    )


def _layout(html: str, renderer: _Renderer, cache: dict):
    return HTML(string=html, base_url=BASE_URL, url_fetcher=renderer.fetcher).render(
        font_config=renderer.font_config, stylesheets=renderer.stylesheets, cache=cache
    )


def _pdf(certificate, images: dict | None, cache: dict) -> bytes:
    context = certificate_context(certificate, images=images)
    html = render_to_string(TEMPLATE, context)
    with _lock:
        document = _layout(html, _get_renderer(), cache)
        document.metadata = _metadata(context)
        return document.write_pdf()


def certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate as a one-page PDF."""
    return _pdf(certificate, None, {})


def certificates_pdfs(certificates: Sequence[Certificate]) -> Iterator[tuple[Certificate, bytes]]:
    """Each certificate with its PDF, in order; for exports. The fonts and stylesheets are the
    process's (as for one PDF); the images (logo, signature) are looked up and read once for the
    whole run. Each certificate is its own document: laying out a batch as one document and
    writing each page on its own measured no faster (bench/README.md)."""
    images: dict = {}
    cache: dict = {}
    for certificate in certificates:
        yield certificate, _pdf(certificate, images, cache)
