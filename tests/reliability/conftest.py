"""Shared pieces of the fault scenarios: real processes (tests/servers.py) on PostgreSQL."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import servers
from tests.training.certificates.conftest import (  # noqa: F401 (fixtures used here)
    complete,
    course,
    courses,
    default_language,
    template,
)


def postgres_binaries_present() -> bool:
    try:
        return (servers.pg_bin() / "initdb").exists() and shutil.which("pg_ctlcluster") is not None
    except (FileNotFoundError, ValueError):
        return False


@pytest.fixture
def log_dir() -> Iterator[Path]:
    """Where the processes of one scenario write their output (read when something fails)."""
    directory = Path(tempfile.mkdtemp(prefix="meridian-faults-"))
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def issued(org, course, complete):  # noqa: F811 (the fixtures imported above)
    """One certificate, issued as a learner's completion issues it."""
    return complete(org.learner, course)
