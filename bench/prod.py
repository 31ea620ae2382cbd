"""The production set-up for the load benchmarks, and a small HTTP/1.1 load client.

`ProductionServer` starts what `scripts/production.sh start` starts (PostgreSQL
cluster `murojaat-prod` on 5440, migrations, granian with 2 processes x 4
threads, two task workers), with these differences only:

- its own PROD_DIR (default /tmp/load-prod) and port (default 8120);
- settings `bench.server.settings`: the site plus the floor endpoint
  `POST /bench/floor` (bench/server/), whose table `migrate --run-syncdb` makes;
- RATE_LIMITS_ENABLED=0: every request comes from 127.0.0.1, which the
  per-address limits would stop after 30 appeals.

Requests say `X-Forwarded-Proto: https`, as the TLS proxy would (README,
"Running in production"); production settings redirect plain HTTP.

The client is asyncio with raw HTTP/1.1 keep-alive, one coroutine per
connection: on 2 cores httpx or aiohttp would spend more of the CPU the server
needs (neither is installed), and requests/urllib cannot hold 64 connections
without 64 threads.
"""

import asyncio
import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "production.sh"

WORDS = (
    "ko‘cha yo‘l suv gaz elektr maktab bog‘cha shifoxona chiqindi ariq ko‘prik avtobus bekat "
    "mahalla uy tom issiqlik quvur chiroq daraxt maydon bozor dorixona poliklinika hovli"
).split()
SURNAMES = "Karimova Rahimov Tursunova Yusupov Aliyeva Nazarov Qodirova Ergashev".split()
NAMES = "Dilnoza Jasur Malika Sherzod Gulnora Bekzod Nodira Otabek".split()


def appeal_body(rng: random.Random, n: int) -> dict:
    """A valid complaint, different every time (so no two are taken for duplicates)."""
    words = " ".join(rng.choice(WORDS) for _ in range(25))
    return {
        "kind": "complaint",
        "text": f"Murojaat {n}-{rng.randrange(10**9)}: {words}. Iltimos, choralar ko‘ring.",
        "category": "road-repair",
        "territory": "1710224",
        "full_name": f"{rng.choice(SURNAMES)} {rng.choice(NAMES)}",
        "address": f"Qarshi tumani, Navoiy ko‘chasi {rng.randrange(1, 200)}",
        "phone": f"+99890{rng.randrange(10**7):07d}",
    }


def floor_body(rng: random.Random, n: int) -> dict:
    return {"name": f"row-{n}-{rng.randrange(10**6)}", "count": rng.randrange(1000)}


# Periodic jobs of the task workers that take seconds of the database's time:
# `ProductionServer.run_long_jobs_due_within` keeps them out of measurements.
LONG_JOBS = ("counts_refresh", "weekly_counts_refresh")


class ProductionServer:
    def __init__(
        self,
        *,
        port: int = 8120,
        prod_dir: str = "/tmp/load-prod",
        task_workers: int = 2,
        web_workers: int = 2,
        web_threads: int = 4,
        extra_env: dict | None = None,
    ):
        self.port = port
        self.prod_dir = Path(prod_dir)
        self.env = {
            **os.environ,
            "PROD_DIR": str(self.prod_dir),
            "PORT": str(port),
            "WEB_WORKERS": str(web_workers),
            "WEB_THREADS": str(web_threads),
            "TASK_WORKERS": str(task_workers),
            "DJANGO_SETTINGS_MODULE": "bench.server.settings",
            "PYTHONPATH": str(ROOT),
            "RATE_LIMITS_ENABLED": "0",
            "LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
        for name in ("SECRET_KEY", "DATABASE_URL", "MUROJAAT_ENV", "MUROJAAT_VAR_DIR"):
            self.env.pop(name, None)

    def script(self, command: str) -> str:
        result = subprocess.run(
            ["bash", str(SCRIPT), command],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            sys.exit(f"scripts/production.sh {command} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def app_env(self) -> dict:
        """The environment the app runs with (production.sh env), for management commands."""
        env = dict(self.env)
        for line in self.script("env").splitlines():
            name, _, value = line.partition("=")
            env[name] = value
        return env

    def manage(self, *args: str) -> str:
        result = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "murojaat"), *args],
            env=self.app_env(),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            sys.exit(f"murojaat {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def start(self) -> None:
        print(
            f"== starting the production set-up on 127.0.0.1:{self.port} (PROD_DIR {self.prod_dir})",
            file=sys.stderr,
        )
        self.script("start")
        self.manage("migrate", "--run-syncdb", "--noinput")
        self.manage(
            "shell",
            "-c",
            (
                "from murojaat.organisations.models import Organisation\n"
                "from murojaat.demo.loader import load_reference_data\n"
                "Organisation.objects.exists() or load_reference_data()\n"
            ),
        )

    def stop(self) -> None:
        self.script("stop")

    def backlog(self) -> dict[str, int]:
        """Background work still waiting: receipts not yet sent, audit events not yet sealed,
        new appeals not yet given their search entry and signature."""
        import psycopg

        url = (self.prod_dir / "secrets" / "database_url").read_text().strip()
        with psycopg.connect(url) as conn:
            pending = conn.execute(
                "SELECT count(*) FROM notifications_notification WHERE status IN ('pending', 'sending')"
            ).fetchone()[0]
            unsealed = conn.execute("SELECT count(*) FROM audit_auditevent WHERE seq IS NULL").fetchone()[0]
            unindexed = conn.execute("SELECT count(*) FROM search_pendingsearchentry").fetchone()[0]
        return {"notifications to send": pending, "audit events to seal": unsealed, "search entries to write": unindexed}

    def appeals_stored(self) -> int:
        """Appeals in the database: the bench's archive grows with every run,
        and with it what an index insert costs; the figures say which size
        they were measured at."""
        import psycopg

        url = (self.prod_dir / "secrets" / "database_url").read_text().strip()
        with psycopg.connect(url) as conn:
            return conn.execute("SELECT count(*) FROM appeals_appeal").fetchone()[0]

    def checkpoint(self) -> bool:
        """CHECKPOINT the cluster, as the database superuser (root runs it
        through runuser, others through sudo): afterwards the first change to
        every page writes the whole page to WAL again, as it does in production
        every `checkpoint_timeout`. False when it could not be run."""
        from urllib.parse import urlsplit

        url = (self.prod_dir / "secrets" / "database_url").read_text().strip()
        as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else ["sudo", "-n", "-u", "postgres"]
        result = subprocess.run(
            [*as_postgres, "psql", "-qX", "-p", str(urlsplit(url).port or 5432), "-c", "CHECKPOINT"],
            capture_output=True, text=True, timeout=300,
        )
        return result.returncode == 0

    def run_long_jobs_due_within(self, seconds: float) -> dict[str, float]:
        """Run now the long periodic jobs (`LONG_JOBS`) that would fall due
        within `seconds`, and wait until they and any a task worker is running
        are done: name -> seconds waited.

        Until the tenth session the statistics refresh recounted the current
        month every 10 minutes, and the bench's archive puts every appeal it
        ever posted into this month: at 650,000 appeals that was about 40 s of
        PostgreSQL's time, and a measurement it overlapped lost a third of its
        rate. The refresh now counts only what changed (a few seconds after a
        measurement), but a first refresh after a migration rebuilds, and the
        trends job reads whole weeks. Run between measurements, they still run
        as often, and the bench says so."""
        import psycopg

        intervals = self._job_intervals()
        url = (self.prod_dir / "secrets" / "database_url").read_text().strip()
        with psycopg.connect(url, autocommit=True) as conn:
            asked = conn.execute("SELECT now()").fetchone()[0]
            due = [
                row[0]
                for row in conn.execute(
                    "UPDATE jobs_scheduledjob SET next_run_at = %s WHERE name = ANY(%s)"
                    " AND next_run_at <= %s + make_interval(secs => %s) RETURNING name",
                    [asked, list(LONG_JOBS), asked, seconds],
                )
            ]
            started = time.perf_counter()
            if due:
                self.manage("worker", "--once")

            def unfinished() -> list[str]:
                # A claim moves next_run_at to (claim time + 0.9 interval), and the
                # run then sets last_run_at: a job whose last run is older than its
                # claim is being run (a task worker may have claimed it first).
                return [
                    name
                    for name, next_run, last_run in conn.execute(
                        "SELECT name, next_run_at, last_run_at FROM jobs_scheduledjob WHERE name = ANY(%s)",
                        [list(LONG_JOBS)],
                    )
                    if next_run > asked
                    and (last_run is None or last_run < next_run - 0.9 * timedelta(seconds=intervals[name]))
                ]

            waited = set(due)
            while (running := unfinished()) and time.perf_counter() - started < 600:
                waited.update(running)
                time.sleep(0.5)
            return {name: time.perf_counter() - started for name in sorted(waited)}

    def _job_intervals(self) -> dict[str, float]:
        """Seconds between runs of each long job, as the workers use them."""
        if not hasattr(self, "_intervals"):
            out = self.manage(
                "shell",
                "-c",
                "import json; from murojaat.jobs.registry import periodic_jobs; "
                "I = {j.name: j.every for j in periodic_jobs()}; "
                f"print(json.dumps({{n: I[n].total_seconds() for n in {list(LONG_JOBS)!r}}}))",
            )
            self._intervals = json.loads(out.strip().splitlines()[-1])
        return self._intervals

    def drain_seconds(self, limit: float = 600) -> tuple[dict[str, int], float | None]:
        """The backlog now, and how long the workers take to clear it (None: not within `limit`)."""
        started = time.perf_counter()
        first = self.backlog()
        current = first
        while any(current.values()):
            if time.perf_counter() - started > limit:
                return first, None
            time.sleep(0.25)
            current = self.backlog()
        return first, time.perf_counter() - started

    # --- processes -----------------------------------------------------------------------

    def web_pid(self) -> int:
        return int((self.prod_dir / "run" / "web.pid").read_text())

    def web_workers(self) -> list[int]:
        """The granian worker processes (children of the main granian process)."""
        return children(self.web_pid())

    def rss_mb(self) -> dict[str, float]:
        """Resident memory of the granian main process and each worker, in MB."""
        main = self.web_pid()
        return {"main": rss_mb(main), **{f"worker {pid}": rss_mb(pid) for pid in children(main)}}


def cpu_seconds_by_process() -> dict[int, tuple[str, float]]:
    """CPU seconds used so far by each process of the set-up on this machine,
    with its part: the app (granian), PostgreSQL (cluster murojaat-prod), the
    task workers, and this process (the load client). Read from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    found: dict[int, tuple[str, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if "murojaat-prod" in command:
            part = "PostgreSQL"
        elif "granian" in command:
            part = "app"
        elif "murojaat" in command and " worker" in command:
            part = "task workers"
        elif int(entry.name) == os.getpid():
            part = "load client"
        else:
            continue
        # utime and stime, fields 14 and 15 of /proc/PID/stat (12 and 13 after the comm).
        found[int(entry.name)] = (part, (int(fields[11]) + int(fields[12])) / ticks)
    return found


def cpu_spent_by_part(before: dict, after: dict) -> dict[str, float]:
    """CPU seconds each part used between two `cpu_seconds_by_process()`
    readings. A process started in between counts from zero; one that ended
    in between (an autovacuum worker, say) is missed, a small undercount."""
    spent: dict[str, float] = {}
    for pid, (part, seconds) in after.items():
        earlier = before.get(pid)
        spent[part] = spent.get(part, 0.0) + seconds - (earlier[1] if earlier and earlier[0] == part else 0.0)
    return spent


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after the last ")".
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return sorted(found)


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# --- the load client ---------------------------------------------------------------------


@dataclass
class Results:
    statuses: dict = field(default_factory=dict)
    latencies: list = field(default_factory=list)  # seconds, of the accepted requests
    errors: int = 0  # connection failures

    def record(self, status: int, seconds: float, accepted: int = 201) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status == accepted:
            self.latencies.append(seconds)

    def accepted(self, code: int = 201) -> int:
        return self.statuses.get(code, 0)


def percentile(samples: list[float], p: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Connection:
    """One keep-alive HTTP/1.1 connection to 127.0.0.1."""

    def __init__(self, port: int):
        self.port = port
        self.reader = self.writer = None

    async def request(
        self,
        method: str,
        path: str,
        body: dict | None = None,
        headers: dict | None = None,
        timeout: float = 30,
        payload: bytes | None = None,
    ) -> tuple[int, bytes]:
        """`body` as JSON, or `payload`: a body already encoded."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        if payload is None:
            payload = json.dumps(body).encode() if body is not None else b""
        head = [
            f"{method} {path} HTTP/1.1",
            f"Host: 127.0.0.1:{self.port}",
            "X-Forwarded-Proto: https",
            "Accept-Language: uz",
            "Content-Type: application/json",
            f"Content-Length: {len(payload)}",
        ]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        try:
            self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + payload)
            return await asyncio.wait_for(self._response(), timeout)
        except BaseException:
            self.close()
            raise

    async def _response(self) -> tuple[int, bytes]:
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionResetError("closed by the server")
        status = int(status_line.split()[1])
        length, close = 0, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "connection" and value.strip().lower() == "close":
                close = True
        body = await self.reader.readexactly(length) if length else b""
        if close:
            self.close()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


# Bodies made before the clock starts, per second of load: more than this
# machine accepts of either endpoint, so the load client spends its CPU (which
# the server needs) on sending, not on making random text.
BODIES_PER_SECOND = 1500


def prepared_bodies(make_body, seconds: float, seed: int | None = None) -> "Bodies":
    """The bodies of a `closed_loop` run, made and encoded beforehand, from a
    new seed every run unless one is given: texts repeated from run to run
    would make the signatures' band indexes (and the database's pages) hotter
    than real appeals do."""
    return Bodies(make_body, int(BODIES_PER_SECOND * seconds), seed)


class Bodies:
    def __init__(self, make_body, count: int, seed: int | None):
        self.make_body = make_body
        self.rng = random.Random(seed if seed is not None else random.SystemRandom().randrange(2**63))
        self.ready = iter([json.dumps(make_body(self.rng, n)).encode() for n in range(count)])
        self.counter = iter(range(count, 10**9))

    def next(self) -> bytes:
        """The next body; made now once the prepared ones are used up."""
        return next(self.ready, None) or json.dumps(self.make_body(self.rng, next(self.counter))).encode()


async def closed_loop(port: int, *, path: str, bodies: Bodies, connections: int, seconds: float) -> Results:
    """`connections` clients each posting `bodies` back to back for `seconds`."""
    results = Results()
    deadline = time.perf_counter() + seconds

    async def client(i: int) -> None:
        conn = Connection(port)
        while time.perf_counter() < deadline:
            payload = bodies.next()
            started = time.perf_counter()
            try:
                status, _ = await conn.request("POST", path, payload=payload)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                results.errors += 1
                await asyncio.sleep(0.05)
                continue
            results.record(status, time.perf_counter() - started)
        conn.close()

    await asyncio.gather(*(client(i) for i in range(connections)))
    return results


async def open_loop(
    port: int,
    *,
    path: str,
    bodies: Bodies,
    connections: int,
    rate: float,
    seconds: float,
    record=None,
) -> Results:
    """Requests at a steady `rate` for `seconds`, over `connections`: request
    i is due at start + i/rate, whatever happened to the ones before, and its
    latency is counted from when it was due. A server that falls behind makes
    the requests wait for a free connection, and that wait is counted: no
    coordinated omission, unlike `closed_loop`, whose latency at saturation is
    only the number of connections over the rate.

    `record(due_offset, status, latency)` also sees each answer (None as
    status for a connection failure): the soak sorts them into minutes."""
    results = Results()
    total = int(rate * seconds)
    queue: asyncio.Queue = asyncio.Queue()
    started = time.perf_counter()

    async def schedule() -> None:
        for i in range(total):
            due = started + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            queue.put_nowait(due)
        for _ in range(connections):
            queue.put_nowait(None)

    async def client() -> None:
        conn = Connection(port)
        while (due := await queue.get()) is not None:
            try:
                status, _ = await conn.request("POST", path, payload=bodies.next())
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                results.errors += 1
                if record is not None:
                    record(due - started, None, None)
                continue
            latency = time.perf_counter() - due
            results.record(status, latency)
            if record is not None:
                record(due - started, status, latency)
        conn.close()

    await asyncio.gather(schedule(), *(client() for _ in range(connections)))
    return results
