"""CPU time per request, intake beside the floor, inside one process (no server, no load client).

    .venv/bin/python bench/intake_cpu.py               # 400 requests each
    .venv/bin/python bench/intake_cpu.py --requests 1000 --profile 40

On a machine as small as ours, bench/intake.py is CPU-bound: the rate of each
endpoint is roughly the machine's CPU divided by what one request costs. This
measures that cost directly, so a change to the hot path can be judged without
the noise of a shared machine: it starts the production set-up's database as
bench/intake.py does (scripts/production.sh, PostgreSQL `murojaat-prod`),
then in a child process with the app's production environment sends
`POST /bench/floor` and `POST /api/v1/appeals` through Django's full
middleware stack with the test client, and prints the process CPU time per
request of each and their ratio. `--profile N` prints the N costliest
functions of intake (cProfile, CPU time).

Not counted: granian, PostgreSQL's own CPU, and the workers that later send
the receipts and seal the audit records (bench/intake.py shows the backlog).
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


def measure(requests: int, profile: int) -> None:
    import cProfile
    import pstats

    import django

    django.setup()
    from django.test import Client

    from bench.prod import appeal_body, floor_body

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
    for name, path, make in (("floor", "/bench/floor", floor_body), ("intake", "/api/v1/appeals", appeal_body)):
        bodies = [make(rng, 10_000 + i) for i in range(requests)]
        started_cpu, started = time.process_time(), time.perf_counter()
        for body in bodies:
            post(path, body)
        costs[name] = (
            1000 * (time.process_time() - started_cpu) / requests,
            1000 * (time.perf_counter() - started) / requests,
        )
    print(f"{'endpoint':<8} {'CPU ms/request':>15} {'wall ms/request':>16}   ({requests} requests, one thread)")
    for name, (cpu, wall) in costs.items():
        print(f"{name:<8} {cpu:>15.2f} {wall:>16.2f}")
    print(f"intake costs {costs['intake'][0] / costs['floor'][0]:.1f}x the floor's CPU")
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
        measure(args.requests, args.profile)
        return

    from bench.prod import ProductionServer

    server = ProductionServer(port=args.port, prod_dir=args.prod_dir)
    server.start()
    try:
        env = {**server.app_env(), "DJANGO_SETTINGS_MODULE": "bench.server.settings", "PYTHONPATH": str(ROOT)}
        command = [sys.executable, __file__, "--inner", "--requests", str(args.requests), "--profile", str(args.profile)]
        sys.exit(subprocess.run(command, env=env, cwd=ROOT).returncode)
    finally:
        if not args.keep:
            server.stop()


if __name__ == "__main__":
    main()
