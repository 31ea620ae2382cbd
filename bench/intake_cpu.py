"""CPU time per request, intake beside the floor, one request at a time (no server, no load client).

    .venv/bin/python bench/intake_cpu.py               # 400 requests each
    .venv/bin/python bench/intake_cpu.py --requests 1000 --profile 40

On a machine as small as ours, bench/intake.py is CPU-bound: the rate of each
endpoint is roughly the machine's CPU divided by what one request costs. This
measures that cost directly, so a change to the hot path can be judged without
the noise of a shared machine: it starts the production set-up as
bench/intake.py does (scripts/production.sh: PostgreSQL `murojaat-prod`, the
task workers), then in a child process with the app's production environment
sends `POST /bench/floor` and `POST /api/v1/appeals` through Django's full
middleware stack with the test client, one after another, and prints the CPU
time per request of
- the app: the child process itself (granian is not used);
- PostgreSQL: every process of the cluster, from the first request until the
  workers have sent the receipts, sealed the audit events and written the
  search entries the requests left;
- the task workers, over the same time.
Each endpoint's run starts right after a CHECKPOINT (as the database
superuser: through runuser as root, else sudo), as production does every
`checkpoint_timeout`: the first change to each page then writes the whole
page to WAL, which is most of what a new appeal costs the database at
national scale, where the indexes are far larger than the pages touched in
one checkpoint's time. `--profile N` prints the N costliest functions of
intake in the app (cProfile, CPU time).

Not counted: granian and the load client, which cost the two endpoints about
the same (bench/intake.py counts them).
"""

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(requests: int, profile: int, port: int, prod_dir: str) -> None:
    import cProfile
    import pstats

    import django

    django.setup()
    from django.test import Client

    from bench.prod import (
        ProductionServer,
        appeal_body,
        cpu_seconds_by_process,
        cpu_spent_by_part,
        floor_body,
    )

    server = ProductionServer(port=port, prod_dir=prod_dir)
    rng = random.Random(7)
    client = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="127.0.0.1")

    def post(path: str, body: dict) -> None:
        response = client.post(path, data=json.dumps(body), content_type="application/json", secure=True)
        if response.status_code not in (200, 201):
            sys.exit(f"{path} answered {response.status_code}: {response.content[:300]!r}")

    for i in range(20):  # warm caches: reference rows, query plans, compiled SQL
        post("/bench/floor", floor_body(rng, i))
        post("/api/v1/appeals", appeal_body(rng, i))
    costs = {}
    checkpointed = True
    for name, path, make in (("floor", "/bench/floor", floor_body), ("intake", "/api/v1/appeals", appeal_body)):
        bodies = [make(rng, 10_000 + i) for i in range(requests)]
        server.drain_seconds()
        # Not the statistics refresh's 45 s of PostgreSQL time in one endpoint's figure.
        server.run_long_jobs_due_within(60 + requests * 0.02)
        checkpointed = server.checkpoint() and checkpointed
        before, started_cpu, started = cpu_seconds_by_process(), time.process_time(), time.perf_counter()
        for body in bodies:
            post(path, body)
        app, wall = time.process_time() - started_cpu, time.perf_counter() - started
        server.drain_seconds()
        spent = cpu_spent_by_part(before, cpu_seconds_by_process())
        costs[name] = [1000 * x / requests for x in (app, spent.get("PostgreSQL", 0), spent.get("task workers", 0))]
        costs[name].append(1000 * wall / requests)
    print(f"CPU ms per request, {requests} requests one at a time"
          + (", each endpoint's run right after a CHECKPOINT" if checkpointed else " (CHECKPOINT could not be run)"))
    print(f"{'endpoint':<8} {'app':>7} {'PostgreSQL':>11} {'workers':>8} {'total':>7}   wall ms/request")
    for name, (app, database, workers, wall) in costs.items():
        print(f"{name:<8} {app:>7.2f} {database:>11.2f} {workers:>8.2f} {app + database + workers:>7.2f}   {wall:.2f}")
    total = {name: sum(c[:3]) for name, c in costs.items()}
    print(f"intake costs {total['intake'] / total['floor']:.1f}x the floor's CPU "
          f"(the app alone: {costs['intake'][0] / costs['floor'][0]:.1f}x)")
    if profile:
        profiler = cProfile.Profile(time.process_time)
        bodies = [appeal_body(rng, 50_000 + i) for i in range(requests)]
        profiler.enable()
        for body in bodies:
            post("/api/v1/appeals", body)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions of intake")
    parser.add_argument("--port", type=int, default=8120)
    parser.add_argument("--prod-dir", default="/tmp/load-prod")
    parser.add_argument("--keep", action="store_true", help="leave the set-up running afterwards")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        measure(args.requests, args.profile, args.port, args.prod_dir)
        return

    from bench.prod import ProductionServer

    server = ProductionServer(port=args.port, prod_dir=args.prod_dir)
    server.start()
    try:
        env = {**server.app_env(), "DJANGO_SETTINGS_MODULE": "bench.server.settings", "PYTHONPATH": str(ROOT)}
        command = [sys.executable, __file__, "--inner", "--requests", str(args.requests), "--profile", str(args.profile),
                   "--port", str(args.port), "--prod-dir", args.prod_dir]
        sys.exit(subprocess.run(command, env=env, cwd=ROOT).returncode)
    finally:
        if not args.keep:
            server.stop()


if __name__ == "__main__":
    main()
