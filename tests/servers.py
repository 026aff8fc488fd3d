"""Real processes for the scenarios that need more than Django's test client: gunicorn app
servers, `db_worker` task workers and a throwaway PostgreSQL cluster, all on this machine.

Used by the fault and deployment scenarios (tests/) and the load scenarios (bench/load/). The
processes run the production settings (config/settings/production.py) through
tests/scenario_settings.py, which only lets them speak plain HTTP on loopback.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PG_BIN = Path("/usr/lib/postgresql")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scenario_env(*, database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a production process on this machine (see docs/deploy.md)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.scenario_settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(extra)
    if not env.get("REDIS_URL"):
        # Production refuses to start without Redis unless told it is one process; a scenario
        # that does not test the shared cache says so (its rate limits count per process).
        env.setdefault("MERIDIAN_LOCAL_CACHE", "1")
    return env


def current_database_url() -> str:
    """The URL of the database the current test uses (PostgreSQL: shared with subprocesses)."""
    from django.db import connection

    params = connection.settings_dict
    if connection.vendor != "postgresql":
        raise RuntimeError("only a PostgreSQL test database can be shared with other processes")
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    user = params.get("USER") or "postgres"
    return f"postgres://{user}@{host}:{port}/{params['NAME']}"


@dataclass
class Process:
    """A child process whose output goes to a file, readable when something goes wrong."""

    name: str
    args: list[str]
    env: dict[str, str]
    log: Path
    popen: subprocess.Popen | None = None

    def start(self) -> Process:
        handle = self.log.open("ab")
        self.popen = subprocess.Popen(  # noqa: S603 (our own executables and arguments)
            self.args,
            cwd=ROOT,
            env=self.env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        handle.close()
        return self

    @property
    def pid(self) -> int:
        assert self.popen is not None
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL to the whole process group: a crash, not a shutdown."""
        if self.alive():
            os.killpg(self.pid, signal.SIGKILL)
            self.popen.wait(10)

    def stop(self, timeout: float = 15) -> None:
        if not self.alive():
            return
        os.killpg(self.pid, signal.SIGTERM)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()


def wait_for_http(url: str, *, timeout: float = 60, process: Process | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and not process.alive():
            raise RuntimeError(f"{process.name} exited:\n{process.output()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback)
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    tail = process.output()[-4000:] if process else ""
    raise TimeoutError(f"{url} did not answer within {timeout} s\n{tail}")


def gunicorn(
    *,
    env: dict[str, str],
    port: int,
    log_dir: Path,
    workers: int = 2,
    threads: int = 1,
    config: bool = False,
) -> Process:
    """An app server (started and answering when this returns); `config=True` loads the
    production gunicorn configuration (config/gunicorn.py) under the options given here."""
    process = Process(
        name=f"gunicorn:{port}",
        args=[
            str(VENV_BIN / "gunicorn"),
            *(["--config", "python:config.gunicorn"] if config else []),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
        ],
        env=env,
        log=log_dir / f"gunicorn-{port}.log",
    ).start()
    wait_for_http(f"http://127.0.0.1:{port}/_floor/", process=process)
    return process


def db_worker(*, env: dict[str, str], log_dir: Path, name: str = "worker") -> Process:
    """A task worker on every queue, as `make run` and docs/deploy.md start it."""
    return Process(
        name=name,
        args=[
            sys.executable,
            "manage.py",
            "db_worker",
            "--queue-name=*",
            "--interval",
            "0.2",
            "--worker-id",
            name,
        ],
        env=env,
        log=log_dir / f"{name}.log",
    ).start()


@dataclass
class PostgresCluster:
    """A PostgreSQL server of its own (initdb in a temporary directory), so that a scenario can
    stop and restart it without touching the server the rest of the suite uses."""

    port: int
    directory: Path
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.directory / "postgres.log"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/meridian"

    def _run(self, *args: str) -> None:
        command = [str(pg_bin() / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603

    def start(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            str(self.directory / "data"),
            "-l",
            str(self.log),
            "-o",
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1",
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.directory / "data"), "-m", mode, "-w", "stop")


def pg_bin() -> Path:
    versions = sorted(PG_BIN.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0)
    return versions[-1] / "bin"


@contextlib.contextmanager
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A fresh, running cluster with an empty `meridian` database; removed afterwards."""
    directory = Path(tempfile.mkdtemp(prefix="meridian-pg-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    cluster = PostgresCluster(port=free_port(), directory=directory)
    try:
        cluster._run(
            "initdb", "-D", str(directory / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8"
        )
        cluster.start()
        cluster._run(
            "createdb", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "meridian"
        )
        yield cluster
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            cluster.stop("immediate")
        shutil.rmtree(directory, ignore_errors=True)
