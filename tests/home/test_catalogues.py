"""The zh-Hans and English catalogues are complete: every string marked for translation has one.

The catalogues are regenerated from the sources the way a developer does (`makemessages`), in a
copy of the project so that the working tree is left alone. makemessages merges the committed
translations into what it finds in the code, so:

- a string added to the code without a translation comes back untranslated;
- a string whose English was edited comes back fuzzy (msgmerge's guess from the old one);
- a catalogue entry with a translation that does not fit (placeholders lost) fails msgfmt --check.

Demo content (courses/demo, home/demo, assessments/demo) is prose written in both languages and is
not translated through the catalogues; tests/, bench/ and generated folders are not read either.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
LANGUAGES = ("zh_Hans", "en")
EXTENSIONS = {".py", ".html", ".txt"}
SKIPPED = {
    ".git",
    ".venv",
    "tests",
    "bench",
    "var",
    "media",
    "static_collected",
    "test-results",
    "node_modules",
    "__pycache__",
    "docs",
    "scripts",
}
SKIPPED_PATHS = {Path("courses/demo"), Path("home/demo"), Path("assessments/demo")}
MSGCAT = shutil.which("msgcat") or "msgcat"  # gettext (scripts/ensure-system-packages.sh)
MSGFMT = shutil.which("msgfmt") or "msgfmt"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Chinese translations that are rightly the same as the English: names, formats and codes.
SAME_IN_CHINESE = re.compile(
    r"^(Meridian|CEFR|PDF|CSV|XLSX|ZIP|JSON|API|URL|GIFT|Moodle XML|CASE|HR|IP|ID|OK|Excel|"
    r"Windows:?|macOS:?|Linux:?|[A-C][12]|[A-Z]{2,5}|[\W\d_]*|(%\(\w+\)[sd]|[\W_])*)$"
)


@dataclass
class Entry:
    msgid: str
    msgid_plural: str = ""
    msgstrs: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    where: str = ""

    def describe(self) -> str:
        return f"{self.msgid!r} ({self.where or 'no reference'})"


def read_catalogue(path: Path) -> list[Entry]:
    """The entries of a PO file, read through `msgcat --no-wrap` (one line per string)."""
    text = subprocess.run(  # noqa: S603 (gettext's own tool on our catalogue)
        [MSGCAT, "--no-wrap", "--add-location=file", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    entries = []
    for block in text.split("\n\n"):
        entry, strings = Entry(msgid=""), []
        for line in block.splitlines():
            if line.startswith("#,"):
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#:"):
                entry.where = entry.where or line[2:].strip().split()[0]
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):  # the header's lines: one string over several lines
                strings[-1][1] += ast.literal_eval(line)
            elif line.startswith(("msgctxt", "msgid", "msgstr")):
                keyword, quoted = line.split(" ", 1)
                strings.append([keyword, ast.literal_eval(quoted)])
        for keyword, text_ in strings:
            if keyword == "msgid":
                entry.msgid = text_
            elif keyword == "msgid_plural":
                entry.msgid_plural = text_
            elif keyword.startswith("msgstr"):
                entry.msgstrs.append(text_)
        if entry.msgid:
            entries.append(entry)
    return entries


def copy_sources(target: Path) -> None:
    for folder, dirnames, filenames in os.walk(ROOT):
        here = Path(folder).relative_to(ROOT)
        dirnames[:] = [
            name
            for name in dirnames
            if name not in SKIPPED and here / name not in SKIPPED_PATHS and not name.startswith(".")
        ]
        for name in filenames:
            if Path(name).suffix in EXTENSIONS:
                (target / here).mkdir(parents=True, exist_ok=True)
                shutil.copy2(Path(folder) / name, target / here / name)
    shutil.copytree(ROOT / "locale", target / "locale", ignore=shutil.ignore_patterns("*.mo"))


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> dict[str, Path]:
    """The catalogues as makemessages leaves them after reading today's sources."""
    project = tmp_path_factory.mktemp("catalogues")
    copy_sources(project)
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-v0"]
    for language in LANGUAGES:
        command += ["-l", language]
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    environment.pop("DATABASE_URL", None)  # makemessages needs no database
    result = subprocess.run(  # noqa: S603 (this interpreter, our own manage.py)
        command, cwd=project, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return {lang: project / "locale" / lang / "LC_MESSAGES" / "django.po" for lang in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(regenerated, language):
    entries = read_catalogue(regenerated[language])
    assert len(entries) > 1000, "makemessages found too little: is the copy of the sources right?"
    untranslated = [entry for entry in entries if not all(entry.msgstrs)]
    fuzzy = [entry for entry in entries if "fuzzy" in entry.flags]
    problems = [f"untranslated: {entry.describe()}" for entry in untranslated]
    problems += [f"fuzzy (check and clear the flag): {entry.describe()}" for entry in fuzzy]
    assert not problems, (
        f"locale/{language}/LC_MESSAGES/django.po is not complete; run `make catalogues` "
        "and translate:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders(regenerated, language):
    """msgfmt --check: python-format placeholders, plural forms and the header are consistent."""
    for catalogue in (regenerated[language], ROOT / "locale" / language / "LC_MESSAGES/django.po"):
        result = subprocess.run(  # noqa: S603 (gettext's own tool on our catalogue)
            [MSGFMT, "--check", "--output-file=/dev/null", str(catalogue)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr


def test_chinese_translations_are_chinese(regenerated):
    """A zh-Hans entry copied from the English is not a translation (codes and names excepted)."""
    entries = read_catalogue(regenerated["zh_Hans"])
    copied = [
        entry
        for entry in entries
        if entry.msgid in entry.msgstrs
        and not any(HAN.search(text) for text in entry.msgstrs)
        and not SAME_IN_CHINESE.match(entry.msgid)
    ]
    assert not copied, "zh-Hans entries with no Chinese in them:\n" + "\n".join(
        entry.describe() for entry in copied
    )


def test_the_committed_catalogues_are_the_regenerated_ones(regenerated):
    """No stale entries: what is committed is exactly what the code marks (msgids and contexts)."""
    for language in LANGUAGES:
        committed = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
        ours = {(entry.msgid, entry.msgid_plural) for entry in read_catalogue(committed)}
        theirs = {
            (entry.msgid, entry.msgid_plural) for entry in read_catalogue(regenerated[language])
        }
        missing, stale = theirs - ours, ours - theirs
        assert not missing and not stale, (
            f"locale/{language}: run `make catalogues`; missing {sorted(missing)[:10]}, "
            f"no longer used {sorted(stale)[:10]}"
        )
