"""Browser tests: Debian's Chromium (/usr/bin/chromium) driven by Playwright against live_server.

`make test` installs Chromium (`scripts/ensure-system-packages.sh --browser`); Playwright never
downloads a browser here. Each pytest-xdist worker runs its own live server (on a free port) and
its own headless Chromium.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.db import connections

from tests.courses.conftest import (  # noqa: F401  (the catalog and its courses, reused)
    catalog,
    courses,
    english,
    home,
    home_en,
    japanese,
    lang_en_competency,
    locales,
)
from tests.factories import make_staff, make_unit

from .helpers import PASSWORD

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run in a
# thread with a running event loop unless told that this is deliberate.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # root in a container: Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BROWSER_TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    """Without Chromium these tests are skipped; in CI (CI=true) they run, and fail, instead."""
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} is missing; `make test` installs it "
        "(scripts/ensure-system-packages.sh --browser)"
    )
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's launch options (headless unless --headed) with Debian's Chromium."""
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def serialized_db_contents(django_db_setup) -> dict[str, str]:
    """The migrations' data that serialized_rollback restores, as set up before Playwright."""
    return {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }


@pytest.fixture(scope="session")
def playwright(serialized_db_contents, playwright):
    """pytest-playwright's Playwright, with the database's serialized contents carried over.

    Playwright's sync API leaves its asyncio loop running in this thread; from then on asgiref
    hands Django new connection objects (a thread-critical Local is per context once a loop
    runs). The contents that `serialized_rollback` restores were kept on the old objects by the
    database setup, which ran before any browser in the whole suite.
    """
    for alias, contents in serialized_db_contents.items():
        connections[alias]._test_serialized_contents = contents
    return playwright


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    """Relative URLs (page.goto("/courses/")) go to this worker's live server."""
    return live_server.url


@pytest.fixture
def screenshots(request) -> Path:
    """test-results/ at the top of the project: git-ignored, kept by CI as an artifact."""
    folder = Path(request.config.rootpath) / "test-results"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture
def learner():
    """A librarian with a password to sign in with (helpers.PASSWORD)."""
    library = make_unit("lib", "library", name_zh="大学图书馆", name_en="University Library")
    unit = make_unit("isss", "department", library, name_en="International Services")
    profile = make_staff(unit, name_zh="李赟", name_latin="LI Yun")
    profile.user.set_password(PASSWORD)
    profile.user.save(update_fields=["password"])
    return profile
