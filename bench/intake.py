"""Benchmark: appeals accepted per second by POST /api/v1/appeals, beside a floor.

    .venv/bin/python bench/intake.py                      # 16 and 64 connections, 20 s each
    .venv/bin/python bench/intake.py --seconds 30 --connections 16,64 --keep
    .venv/bin/python bench/intake.py --seconds 10 --rounds 5     # medians of 5 alternating rounds

Starts the production set-up (scripts/production.sh: PostgreSQL cluster
`murojaat-prod` on 127.0.0.1:5440 with durable settings, granian 2 processes x
4 threads, two task workers) on 127.0.0.1:8120 with PROD_DIR /tmp/load-prod,
settings `bench.server.settings` (the site plus the floor endpoint) and rate
limits off; see bench/prod.py. Then, for each number of connections, posts
for a bounded time:

- floor: `POST /bench/floor`, a minimal django-ninja endpoint that validates a
  small JSON body and inserts one row, through the same server, middleware and
  database settings;
- intake: `POST /api/v1/appeals` with a valid complaint (different text each
  time), as a citizen's app would.

Each measurement starts once the workers have cleared the background work
an earlier one left, and lasts until they have cleared its own: receipts to
send, audit events to seal, search entries to write. The workers run below
the web app's CPU priority, so under load that work waits for spare moments.

Prints accepted requests a second and p50/p99 latency of each, and whether
intake reaches the target: half the floor's rate, and p99 under 100 ms at 64
connections. Beside the rate, the sustained rate: accepted requests over the
load's time plus the time the workers then took to catch up, what the
machine could keep up for good. Then the backlog each load left and how long
it took to clear, and the CPU each accepted request cost in all (until its
backlog was cleared) in the app, PostgreSQL, the task workers and the load
client (from /proc). The load client runs on the same 2 cores as the server.
A shared machine has slow spells: with --rounds N the floor and intake are
measured N times each, alternately, and the share is the median of the
rounds' shares, each from two measurements taken back to back.

Then, at the most connections, intake at steady offered rates (`--paced`,
by default 25, 50, 75 and 90% of the rate it reached at saturation), open
loop: request i is due at start + i/rate and its latency is counted from
then, so waiting for a free connection counts too. A saturating closed loop
cannot show a latency below connections / rate (64 / 260 a second is 246 ms
on average, whatever the code does); the steady rates show the latency a
citizen sees at a given load, and the highest of them with p99 under 100 ms.
The task workers' long periodic jobs (the statistics refresh, every 10
minutes) are run between measurements when they would fall due during one,
and listed at the end: one overlapping a measurement took a third off its rate.
Stops the set-up afterwards (PostgreSQL included) unless --keep.
"""

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.prod import (  # noqa: E402
    Bodies,
    ProductionServer,
    appeal_body,
    closed_loop,
    cpu_seconds_by_process,
    cpu_spent_by_part,
    floor_body,
    open_loop,
    percentile,
    prepared_bodies,
)

TARGET_SHARE = 0.5
TARGET_P99_MS = 100
# A measurement lasts its seconds plus the workers' catching up (up to ~10 s).
JOB_MARGIN_S = 60


def run(server: ProductionServer, path: str, make_body, connections: int, seconds: float):
    """One measurement: the load for `seconds`, then until the workers have
    cleared the background work it left. It starts with none left by an
    earlier one, whose receipts and seals would otherwise be done on this
    one's time."""
    server.drain_seconds()
    jobs = server.run_long_jobs_due_within(seconds + JOB_MARGIN_S)
    bodies = prepared_bodies(make_body, seconds)
    cpu_before = cpu_seconds_by_process()
    started = time.perf_counter()
    results = asyncio.run(
        closed_loop(server.port, path=path, bodies=bodies, connections=connections, seconds=seconds)
    )
    elapsed = time.perf_counter() - started
    backlog, drain = server.drain_seconds()
    return {
        # Counted until the backlog is cleared: what an accepted request
        # costs in all, whenever the workers do their part of it.
        "cpu_s": cpu_spent_by_part(cpu_before, cpu_seconds_by_process()),
        "rate": results.accepted() / elapsed,
        # The rate the machine could keep up for good: the load's time plus
        # the time the workers then took to catch up.
        "sustained": results.accepted() / (elapsed + (drain if drain is not None else float("inf"))),
        "backlog": backlog,
        "drain": drain,
        "accepted": results.accepted(),
        "latencies": results.latencies,
        "statuses": results.statuses,
        "errors": results.errors,
        "jobs": jobs,
    }


def paced(server: ProductionServer, rate: float, connections: int, seconds: float) -> dict:
    """Intake at a steady offered rate (open loop), its latency counted from
    when each request was due; like `run`, from and until a cleared backlog."""
    server.drain_seconds()
    jobs = server.run_long_jobs_due_within(seconds + JOB_MARGIN_S)
    bodies = Bodies(appeal_body, int(rate * seconds) + 1, seed=None)
    results = asyncio.run(
        open_loop(
            server.port,
            path="/api/v1/appeals",
            bodies=bodies,
            connections=connections,
            rate=rate,
            seconds=seconds,
        )
    )
    backlog, drain = server.drain_seconds()
    other = {k: v for k, v in results.statuses.items() if k != 201}
    return {
        "offered": rate,
        "accepted": results.accepted(),
        "expected": int(rate * seconds),
        "p50": percentile(results.latencies, 50) * 1000,
        "p99": percentile(results.latencies, 99) * 1000,
        "other": other,
        "errors": results.errors,
        "drain": drain,
        "backlog": backlog,
        "jobs": jobs,
    }


def paced_rates(spec: str, saturated: float) -> list[float]:
    """`--paced`: appeals a second ("120,180"), or shares of the rate intake
    reached at saturation ("50%,75%"), or "off"."""
    if spec == "off":
        return []
    rates = []
    for item in spec.split(","):
        item = item.strip()
        rate = saturated * float(item[:-1]) / 100 if item.endswith("%") else float(item)
        if rate > 0:
            rates.append(round(rate))
    return rates


def combine(runs: list[dict]) -> dict:
    """One figure per endpoint from its rounds: the median rate, latency
    percentiles over every request of every round, CPU per accepted request
    over all rounds."""
    accepted = sum(r["accepted"] for r in runs)
    latencies = [x for r in runs for x in r["latencies"]]
    cpu: dict[str, float] = {}
    statuses: dict = {}
    for r in runs:
        for part, seconds in r["cpu_s"].items():
            cpu[part] = cpu.get(part, 0.0) + seconds
        for status, count in r["statuses"].items():
            statuses[status] = statuses.get(status, 0) + count
    return {
        "cpu_ms": {part: 1000 * seconds / max(accepted, 1) for part, seconds in cpu.items()},
        "rate": statistics.median(r["rate"] for r in runs),
        "rates": [r["rate"] for r in runs],
        "sustained": statistics.median(r["sustained"] for r in runs),
        "backlog": max((r["backlog"] for r in runs), key=lambda b: sum(b.values())),
        "drain": None if any(r["drain"] is None for r in runs) else max(r["drain"] for r in runs),
        "accepted": accepted,
        "p50": percentile(latencies, 50) * 1000,
        "p99": percentile(latencies, 99) * 1000,
        "other": {k: v for k, v in statuses.items() if k != 201},
        "errors": sum(r["errors"] for r in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=8120)
    parser.add_argument("--prod-dir", default="/tmp/load-prod")
    parser.add_argument("--seconds", type=float, default=20, help="per measurement (default 20)")
    parser.add_argument("--warmup", type=float, default=3, help="seconds of load before measuring")
    parser.add_argument("--connections", default="16,64", help="comma-separated (default 16,64)")
    parser.add_argument("--task-workers", type=int, default=2)
    parser.add_argument("--web-workers", type=int, default=2, help="granian processes (default 2)")
    parser.add_argument("--web-threads", type=int, default=4, help="threads per granian process (default 4)")
    parser.add_argument(
        "--rounds", type=int, default=1,
        help="measure floor and intake this many times each, alternating, and report medians (default 1)",
    )
    parser.add_argument(
        "--paced",
        default="25%,50%,75%,90%",
        help="then intake at these steady rates at the most connections: appeals/s or shares of the "
        "saturated intake rate (default 25%%,50%%,75%%,90%%; 'off' to skip)",
    )
    parser.add_argument(
        "--paced-seconds", type=float, help="per steady rate (default: --seconds); minutes show rarer stalls"
    )
    parser.add_argument("--keep", action="store_true", help="leave the set-up running afterwards")
    args = parser.parse_args()
    if not 1 <= args.seconds <= 600:
        parser.error("--seconds must be between 1 and 600")
    args.paced_seconds = args.paced_seconds or args.seconds
    if not 1 <= args.paced_seconds <= 600:
        parser.error("--paced-seconds must be between 1 and 600")
    if not 1 <= args.rounds <= 20:
        parser.error("--rounds must be between 1 and 20")

    server = ProductionServer(
        port=args.port,
        prod_dir=args.prod_dir,
        task_workers=args.task_workers,
        web_workers=args.web_workers,
        web_threads=args.web_threads,
    )
    server.start()
    try:
        stored = server.appeals_stored()
        levels = [int(c) for c in args.connections.split(",")]
        endpoints = (("floor", "/bench/floor", floor_body), ("intake", "/api/v1/appeals", appeal_body))
        rows = []
        shares: dict[int, list[float]] = {}
        jobs_run: list[tuple[str, float]] = []
        for connections in levels:
            runs: dict[str, list[dict]] = {"floor": [], "intake": []}
            for _, path, make in endpoints:
                jobs_run += run(server, path, make, connections, args.warmup)["jobs"].items()
            for round_ in range(args.rounds):
                # Alternate which goes first, so a slow spell of a shared
                # machine weighs on both alike; each round's share compares
                # two measurements taken back to back.
                for name, path, make in endpoints if round_ % 2 == 0 else endpoints[::-1]:
                    print(f"   {name} at {connections} connections, round {round_ + 1} ...", file=sys.stderr)
                    runs[name].append(run(server, path, make, connections, args.seconds))
                    jobs_run += runs[name][-1]["jobs"].items()
            shares[connections] = [
                i["rate"] / f["rate"] if f["rate"] else 0.0 for f, i in zip(runs["floor"], runs["intake"], strict=True)
            ]
            rows += [(name, connections, combine(runs[name])) for name, _, _ in endpoints]
        most = max(levels)
        saturated = next(r["rate"] for n, c, r in rows if n == "intake" and c == most)
        steady = []
        for rate in paced_rates(args.paced, saturated):
            print(f"   intake at {rate} a second, {most} connections ...", file=sys.stderr)
            steady.append(paced(server, rate, most, args.paced_seconds))
            jobs_run += steady[-1]["jobs"].items()
    finally:
        if not args.keep:
            server.stop()

    print()
    print(
        f"Intake against the floor, {args.seconds:g} s each, granian {args.web_workers}x{args.web_threads} "
        f"on 127.0.0.1:{args.port}, "
        f"PostgreSQL murojaat-prod (fsync on) holding {stored:,} appeals at the start"
    )
    print(
        f"{'endpoint':<8} {'conns':>5} {'accepted/s':>11} {'p50 ms':>8} {'p99 ms':>8} {'accepted':>9}"
        f" {'sustained/s':>12}  other"
    )
    for name, connections, r in rows:
        other = ", ".join(f"{k}: {v}" for k, v in sorted(r["other"].items()))
        if r["errors"]:
            other = (other + ", " if other else "") + f"connection errors: {r['errors']}"
        print(
            f"{name:<8} {connections:>5} {r['rate']:>11.0f} {r['p50']:>8.1f} {r['p99']:>8.1f} "
            f"{r['accepted']:>9} {r['sustained']:>12.0f}  {other}"
        )
    print("(sustained: accepted over the load's time plus the time the workers then took to clear its backlog)")
    print()
    # Workers run below the web app's priority (scripts/production.sh), so
    # under load receipts and audit sealing queue up: show what was left
    # and how long the workers took to catch up once the load stopped.
    for name, connections, r in rows:
        waiting = ", ".join(f"{n}: {v}" for n, v in r["backlog"].items())
        caught_up = f"cleared in {r['drain']:.1f} s" if r["drain"] is not None else "NOT cleared in 10 min"
        print(f"{name:<8} {connections:>5}  left at most: {waiting}; {caught_up}")
    print()
    # On a machine this small the rates follow CPU: where each accepted request's CPU went.
    parts = ["app", "PostgreSQL", "task workers", "load client"]
    print("CPU per accepted request (ms), until its backlog was cleared, by process: " + ", ".join(parts))
    for name, connections, r in rows:
        spent = [r["cpu_ms"].get(part, 0.0) for part in parts]
        print(f"{name:<8} {connections:>5} " + " ".join(f"{v:>12.2f}" for v in spent) + f"   total {sum(spent):.2f}")
    print()
    verdicts = []
    for connections in levels:
        intake = next(r for n, c, r in rows if n == "intake" and c == connections)
        share = statistics.median(shares[connections])
        line = f"{connections} connections: intake at {share:.0%} of the floor's rate, p99 {intake['p99']:.0f} ms"
        if len(shares[connections]) > 1:
            line += f" (median of rounds: {', '.join(f'{x:.0%}' for x in shares[connections])})"
        if connections == 64:
            ok = share >= TARGET_SHARE and intake["p99"] < TARGET_P99_MS
            verdicts.append(ok)
            line += (
                f" -> target (>= {TARGET_SHARE:.0%}, p99 < {TARGET_P99_MS} ms) {'met' if ok else 'MISSED'}"
            )
        print(line)
    if steady:
        report_steady(steady, most, saturated, args.paced_seconds)
    if jobs_run:
        print()
        print(
            "Run between measurements, as they would have fallen due during one: "
            + ", ".join(f"{name} ({took:.0f} s)" for name, took in jobs_run)
        )
    sys.exit(0 if all(verdicts) else 1)


def report_steady(steady: list[dict], connections: int, saturated: float, seconds: float) -> None:
    """At saturation a closed loop's latency is the number of connections over
    the rate (64 / 260 a second = 246 ms on average, whatever the code): the
    latency a citizen sees at a given load is the open-loop figure."""
    print()
    print(
        f"Intake at a steady offered rate, {connections} connections, {seconds:g} s each "
        "(open loop: latency counted from when each request was due)"
    )
    print(
        f"{'offered/s':>9} {'of saturated':>12} {'accepted':>9} {'p50 ms':>8} {'p99 ms':>8}  backlog cleared  other"
    )
    for r in steady:
        other = ", ".join(f"{k}: {v}" for k, v in sorted(r["other"].items()))
        if r["errors"]:
            other = (other + ", " if other else "") + f"connection errors: {r['errors']}"
        cleared = f"{r['drain']:.1f} s" if r["drain"] is not None else "NOT in 10 min"
        print(
            f"{r['offered']:>9.0f} {r['offered'] / saturated:>12.0%} {r['accepted']:>4}/{r['expected']:<4} "
            f"{r['p50']:>8.1f} {r['p99']:>8.1f}  {cleared:>15}  {other}"
        )
    within = [
        r["offered"] for r in steady if r["p99"] < TARGET_P99_MS and r["accepted"] >= 0.99 * r["expected"]
    ]
    print(
        f"p99 under {TARGET_P99_MS} ms at a steady {max(within):.0f} appeals a second"
        if within
        else f"p99 under {TARGET_P99_MS} ms at none of these rates"
    )


if __name__ == "__main__":
    main()
