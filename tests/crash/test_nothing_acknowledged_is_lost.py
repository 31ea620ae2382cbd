"""Nothing acknowledged is lost: appeals posted while the app's workers are
killed (SIGKILL) and PostgreSQL crashes and restarts are all there afterwards,
with their audit events, and a client retrying with its Idempotency-Key never
files twice.

The app runs as in production (granian, 2 processes x 4 threads, production
settings behind a TLS proxy, persistent database connections) on a free
127.0.0.1 port against the test database. Clients post appeals, each with its
own Idempotency-Key, retrying the same key and body on any failure until they
get 201. Meanwhile the test kills both granian workers (granian starts new
ones), stops PostgreSQL in immediate mode (a crash: no checkpoint, recovery
from the WAL at start) and starts it again, and kills the workers once more.

Needs PostgreSQL (it skips on the SQLite pass) and the right to restart the
cluster that serves DATABASE_URL (`pg_ctlcluster`, as root or with
passwordless sudo). Restarting the cluster would break any test running on it
at the same moment, so scripts/test.sh runs this folder in its own pytest
invocation after the PostgreSQL pass, and sets MUROJAAT_CRASH_TESTS=required
so that it fails, rather than skips, when it cannot run.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.db import connection, connections

from murojaat.appeals import codes
from murojaat.appeals.models import Appeal, AppealEvent, IdempotencyRecord
from murojaat.audit.models import AuditEvent
from tests.appeals.test_api import BODY

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 6
POSTING_SECONDS = 24  # new appeals are started for this long; retries may go on a little
GIVE_UP_SECONDS = 60  # a client retrying one key longer than this fails the test


# --- the cluster -------------------------------------------------------------------------------


def _required() -> bool:
    return os.environ.get("MUROJAAT_CRASH_TESTS") == "required"


def _cannot_run(reason: str):
    if _required():
        pytest.fail(f"the crash test cannot run: {reason}")
    pytest.skip(reason)


def _as_root(args: list[str]) -> list[str]:
    return args if os.geteuid() == 0 else ["sudo", "-n", *args]


def _cluster_on(port: int) -> tuple[str, str]:
    """Debian's (version, name) of the cluster listening on `port`."""
    try:
        listing = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, timeout=20).stdout
    except OSError:
        _cannot_run("pg_lsclusters is not installed (Debian's postgresql-common)")
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 3 and fields[2] == str(port):
            return fields[0], fields[1]
    _cannot_run(f"no Debian PostgreSQL cluster listens on port {port}")


def _pg_ctl(version: str, name: str, *action: str) -> None:
    result = subprocess.run(
        _as_root(["pg_ctlcluster", version, name, *action]), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, f"pg_ctlcluster {' '.join(action)}: {result.stderr}"


def _wait_for_postgres(host: str, port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if subprocess.run(["pg_isready", "-q", "-h", host, "-p", str(port)], timeout=10).returncode == 0:
            return
        time.sleep(0.3)
    raise AssertionError(f"PostgreSQL on {host}:{port} did not come back in {seconds} s")


@pytest.fixture
def cluster():
    if connection.vendor != "postgresql":
        pytest.skip("the crash test needs PostgreSQL (it runs on the PostgreSQL pass)")
    db = connection.settings_dict
    host, port = db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)
    version, name = _cluster_on(port)
    if os.geteuid() != 0 and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode != 0:
        _cannot_run("restarting PostgreSQL needs root or passwordless sudo")
    # Acknowledged means committed to the WAL: the test cluster runs with
    # synchronous_commit off for speed, production with it on. New connections
    # to this (throw-away) test database get production's setting.
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER DATABASE {connection.ops.quote_name(db['NAME'])} SET synchronous_commit = on")

    class Cluster:
        def crash_and_start(self) -> None:
            _pg_ctl(version, name, "stop", "-m", "immediate")
            _pg_ctl(version, name, "start")
            _wait_for_postgres(host, port)

    yield Cluster()
    # Whatever happened, leave PostgreSQL running for the tests after this one.
    if subprocess.run(["pg_isready", "-q", "-h", host, "-p", str(port)], timeout=10).returncode != 0:
        subprocess.run(_as_root(["pg_ctlcluster", version, name, "start"]), timeout=60)
        _wait_for_postgres(host, port)
    connections.close_all()


# --- the app -----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url() -> str:
    db = connection.settings_dict
    user, password = quote(db["USER"] or "", safe=""), quote(db["PASSWORD"] or "", safe="")
    return f"postgres://{user}:{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                pass
    return found


class App:
    def __init__(self, port: int, process: subprocess.Popen):
        self.port, self.process = port, process

    def workers(self) -> list[int]:
        return _children(self.process.pid)

    def kill_workers(self) -> list[int]:
        killed = self.workers()
        for pid in killed:
            os.kill(pid, signal.SIGKILL)
        return killed

    def wait_until_serving(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "granian exited"
            try:
                conn = HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"the app did not serve /healthz in {seconds} s")


@pytest.fixture
def app(world, cluster, tmp_path):
    """The app as scripts/production.sh runs it, against the test database."""
    port = _free_port()
    env = {
        **os.environ,
        "MUROJAAT_ENV": "production",
        "SECRET_KEY": "crash-test-" + uuid.uuid4().hex * 2,
        "DATABASE_URL": _database_url(),
        "MUROJAAT_VAR_DIR": str(tmp_path),
        "ALLOWED_HOSTS": "127.0.0.1",
        "BEHIND_TLS_PROXY": "1",
        "RATE_LIMITS_ENABLED": "0",
        "LOG_LEVEL": "ERROR",
        "DJANGO_SETTINGS_MODULE": "murojaat.settings",
    }
    env.pop("DATABASE_REPLICA_URL", None)
    log = open(tmp_path / "web.log", "wb")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("granian")),
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "2",
            "--blocking-threads",
            "4",
            "--respawn-failed-workers",
            "--workers-kill-timeout",
            "5",
            "--no-ws",
            "--log-level",
            "warning",
            "murojaat.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    app = App(port, process)
    try:
        app.wait_until_serving()
        yield app
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout=15)
        log.close()


# --- clients -----------------------------------------------------------------------------------


def _post(port: int, key: str, body: dict) -> tuple[int, dict]:
    conn = HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(
            "POST",
            "/api/v1/appeals",
            json.dumps(body),
            {
                "Content-Type": "application/json",
                "Idempotency-Key": key,
                "X-Forwarded-Proto": "https",
                "Accept-Language": "en",
            },
        )
        response = conn.getresponse()
        payload = response.read()
        try:
            return response.status, json.loads(payload)
        except ValueError:
            return response.status, {}
    finally:
        conn.close()


class Client(threading.Thread):
    """Files appeals one after another; each is retried with the same key and
    body until it gets 201, as a careful mobile app would."""

    def __init__(self, n: int, port: int, stop_at: float):
        super().__init__(daemon=True)
        self.n, self.port, self.stop_at = n, port, stop_at
        self.acknowledged: dict[str, dict] = {}  # key -> the 201's body
        self.bodies: dict[str, dict] = {}
        self.failures: list[str] = []
        self.retries = 0

    def run(self) -> None:
        i = 0
        while time.monotonic() < self.stop_at and not self.failures:
            key = f"crash-{self.n}-{i}-{uuid.uuid4().hex}"
            body = dict(BODY, text=f"{BODY['text']} ({self.n}/{i} {uuid.uuid4().hex[:8]})")
            self.bodies[key] = body
            self.file(key, body)
            i += 1

    def file(self, key: str, body: dict) -> None:
        give_up = time.monotonic() + GIVE_UP_SECONDS
        while time.monotonic() < give_up:
            try:
                status, answer = _post(self.port, key, body)
            except OSError:
                status, answer = None, {}
            if status == 201:
                self.acknowledged[key] = answer
                return
            if status is not None and 400 <= status < 500:
                self.failures.append(f"{key}: {status} {answer}")
                return
            self.retries += 1  # the connection broke or the app answered 5xx: try again
            time.sleep(0.2)
        self.failures.append(f"{key}: no 201 in {GIVE_UP_SECONDS} s")


# --- the test ----------------------------------------------------------------------------------


def test_appeals_acknowledged_through_worker_kills_and_a_database_crash_are_all_kept(app, cluster):
    started = time.monotonic()
    clients = [Client(n, app.port, started + POSTING_SECONDS) for n in range(CLIENTS)]
    for client in clients:
        client.start()

    time.sleep(4)
    assert len(app.kill_workers()) == 2, "granian should run two workers"
    time.sleep(4)
    cluster.crash_and_start()
    time.sleep(4)
    app.kill_workers()
    time.sleep(2)
    cluster.crash_and_start()

    for client in clients:
        client.join(timeout=POSTING_SECONDS + GIVE_UP_SECONDS + 30)
        assert not client.is_alive(), "a client is still posting"
    failures = [f for c in clients for f in c.failures]
    assert not failures, failures[:5]
    acknowledged = {key: answer for c in clients for key, answer in c.acknowledged.items()}
    retries = sum(c.retries for c in clients)
    assert len(acknowledged) >= 30, f"only {len(acknowledged)} appeals acknowledged"
    assert retries > 0, "the faults should have made some clients retry"

    # Every retry of an acknowledged key, even now, answers the first answer.
    bodies = {key: body for c in clients for key, body in c.bodies.items()}
    for key in list(acknowledged)[:: max(1, len(acknowledged) // 10)]:
        assert _post(app.port, key, bodies[key]) == (201, acknowledged[key])

    connections.close_all()  # the test's own connection died with the database
    appeals = {a.tracking_code: a for a in Appeal.objects.all()}
    for answer in acknowledged.values():
        code = codes.normalise(answer["tracking_code"])
        assert code in appeals, f"appeal {answer['tracking_code']} was acknowledged but is missing"
        appeal = appeals[code]
        assert AppealEvent.objects.filter(appeal=appeal, action="received").count() == 1
        assert AuditEvent.objects.filter(action="appeal.received", object_id=str(appeal.pk)).count() == 1
    # No appeal twice: every appeal belongs to exactly one key (every request
    # carried one), and each key to the appeal its client was told of.
    records = {r.key: r for r in IdempotencyRecord.objects.all()}
    assert len(records) == len(appeals)
    assert {r.appeal_id for r in records.values()} == {a.pk for a in appeals.values()}
    for key, answer in acknowledged.items():
        assert records[key].response["tracking_code"] == answer["tracking_code"]

    call_command("audit", "verify")
    print(
        f"{len(acknowledged)} appeals acknowledged and kept, {len(appeals)} in the database, {retries} retries"
    )
