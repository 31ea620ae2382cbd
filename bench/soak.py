"""Soak: appeals at a steady rate for ten minutes, memory and latency sampled each minute.

    .venv/bin/python bench/soak.py                        # 50 appeals/s for 10 minutes
    .venv/bin/python bench/soak.py --rate 100 --minutes 30 # heavier and longer

Starts the production set-up as bench/intake.py does (scripts/production.sh on
127.0.0.1:8120, PostgreSQL `murojaat-prod`, granian 2x4, two task workers,
rate limits off; see bench/prod.py) and posts valid appeals to
`POST /api/v1/appeals` open-loop: request i is due at start + i/rate, whatever
happened to the ones before, and its latency is counted from when it was due,
so a server that falls behind shows it (no coordinated omission).

Each minute prints one line: appeals accepted, other answers, latency p50/p99,
the resident memory (RSS) of the granian processes and of the task workers,
and the machine's load average (other work on a shared machine shows there).
At the end, a verdict: memory grows when the app's RSS in the last minute
exceeds the second minute's (after warm-up) by more than 10% and 20 MB;
latency grows when the p50 of the last three minutes exceeds the first three's
by half. Exits non-zero when either grows or when fewer than 99% of the
appeals were accepted.
"""

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.prod import Bodies, ProductionServer, appeal_body, open_loop, percentile, rss_mb  # noqa: E402


def task_worker_pids(server: ProductionServer) -> list[int]:
    pids = []
    for pidfile in sorted((server.prod_dir / "run").glob("worker-*.pid")):
        try:
            pids.append(int(pidfile.read_text()))
        except (OSError, ValueError):
            pass
    return pids


async def soak(server: ProductionServer, *, rate: float, minutes: int, connections: int) -> list[dict]:
    samples: list[dict] = [{"latencies": [], "statuses": {}, "errors": 0} for _ in range(minutes)]
    # Every body made before the clock starts, as bench/intake.py does.
    bodies = Bodies(appeal_body, int(rate * minutes * 60), seed=None)
    started = time.perf_counter()

    def record(due_offset: float, status: int | None, latency: float | None) -> None:
        sample = samples[min(minutes - 1, int(due_offset // 60))]
        if status is None:
            sample["errors"] += 1
            return
        sample["statuses"][status] = sample["statuses"].get(status, 0) + 1
        if status == 201:
            sample["latencies"].append(latency)

    async def report() -> None:
        print(
            f"{'min':>3} {'accepted':>8} {'other':>6} {'p50 ms':>8} {'p99 ms':>8} "
            f"{'web RSS MB':>10} {'workers RSS MB':>14} {'load':>5}",
            flush=True,
        )
        for minute in range(minutes):
            await asyncio.sleep(max(0.0, started + (minute + 1) * 60 - time.perf_counter()))
            await asyncio.sleep(2)  # the minute's last requests come back
            sample = samples[minute]
            web = server.rss_mb()
            sample["web_rss"] = sum(web.values())
            sample["workers_rss"] = sum(rss_mb(pid) for pid in task_worker_pids(server))
            sample["p50"] = percentile(sample["latencies"], 50) * 1000
            sample["p99"] = percentile(sample["latencies"], 99) * 1000
            other = sum(v for k, v in sample["statuses"].items() if k != 201) + sample["errors"]
            print(
                f"{minute + 1:>3} {len(sample['latencies']):>8} {other:>6} {sample['p50']:>8.1f} "
                f"{sample['p99']:>8.1f} {sample['web_rss']:>10.1f} {sample['workers_rss']:>14.1f} "
                f"{os.getloadavg()[0]:>5.1f}",
                flush=True,
            )

    await asyncio.wait_for(
        asyncio.gather(
            open_loop(
                server.port,
                path="/api/v1/appeals",
                bodies=bodies,
                connections=connections,
                rate=rate,
                seconds=minutes * 60,
                record=record,
            ),
            report(),
        ),
        timeout=minutes * 60 + 120,
    )
    return samples


def verdict(samples: list[dict], rate: float) -> bool:
    ok = True
    base = samples[1] if len(samples) > 1 else samples[0]
    last = samples[-1]
    grown = last["web_rss"] - base["web_rss"]
    memory_grows = grown > max(20.0, 0.10 * base["web_rss"])
    print(
        f"memory: app RSS {base['web_rss']:.0f} MB in minute 2, {last['web_rss']:.0f} MB in minute "
        f"{len(samples)} ({grown:+.0f} MB); task workers {base['workers_rss']:.0f} -> "
        f"{last['workers_rss']:.0f} MB: {'GROWS' if memory_grows else 'steady'}"
    )
    ok &= not memory_grows
    k = min(3, len(samples) // 2) or 1
    first = statistics.median(s["p50"] for s in samples[:k])
    end = statistics.median(s["p50"] for s in samples[-k:])
    latency_grows = end > 1.5 * first
    print(
        f"latency: p50 {first:.1f} ms in the first {k} minutes, {end:.1f} ms in the last {k}: "
        f"{'GROWS' if latency_grows else 'steady'}"
    )
    ok &= not latency_grows
    accepted = sum(len(s["latencies"]) for s in samples)
    expected = int(rate * len(samples) * 60)
    share = accepted / expected if expected else 0
    print(f"accepted {accepted} of {expected} appeals ({share:.2%})")
    ok &= share >= 0.99
    print("verdict:", "neither memory nor latency grows" if ok else "NOT steady (see above)")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=8120)
    parser.add_argument("--prod-dir", default="/tmp/load-prod")
    parser.add_argument("--rate", type=float, default=50, help="appeals a second (default 50)")
    parser.add_argument("--minutes", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32, help="connections to spread the rate over")
    parser.add_argument("--keep", action="store_true", help="leave the set-up running afterwards")
    args = parser.parse_args()
    if not (0 < args.rate <= 2000 and 1 <= args.minutes <= 120 and 1 <= args.connections <= 256):
        parser.error("rate must be in (0, 2000], minutes in [1, 120], connections in [1, 256]")

    server = ProductionServer(port=args.port, prod_dir=args.prod_dir)
    server.start()
    try:
        print(
            f"Soak: {args.rate:g} appeals/s for {args.minutes} min over {args.connections} connections, "
            f"granian 2x4 on 127.0.0.1:{args.port}, PostgreSQL murojaat-prod",
            flush=True,
        )
        samples = asyncio.run(
            soak(server, rate=args.rate, minutes=args.minutes, connections=args.connections)
        )
    finally:
        if not args.keep:
            server.stop()
    sys.exit(0 if verdict(samples, args.rate) else 1)


if __name__ == "__main__":
    main()
