"""What the worker runs: each app registers its own background work here.

An app lists its periodic jobs and outbox drains in its `jobs.py` module,
calling `periodic_job` and `outbox_drain` at import; the engine imports every
installed app's `jobs.py` the first time the worker asks (as the admin finds
`admin.py`). So the engine never names a domain app, and an app's work lives
beside the rest of the app.

Names are `<entity>_<verb>` (`deadlines_scan`, `counts_refresh`): a periodic
job's name is its `ScheduledJob` row, so renaming one needs a migration.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    run: Callable[[], dict]  # its result is stored as JSON on the job's row
    # At most this often; None: every `--scan-interval` (a minute by default).
    every: timedelta | None = None


@dataclass(frozen=True)
class OutboxDrain:
    name: str
    run: Callable[[], int]  # handles up to `batch` rows; returns how many it handled
    batch: int
    # Batches per round at most: a backlog clears over a few rounds while the
    # other outboxes and the queued tasks still get their turn every round.
    batches_per_round: int = 1


_periodic: dict[str, PeriodicJob] = {}
_drains: dict[str, OutboxDrain] = {}
_discovered = False


def periodic_job(name: str, run: Callable[[], dict], *, every: timedelta | None = None) -> None:
    """Run `run` once per `every` across all workers (and at least one scan interval apart)."""
    _register(_periodic, PeriodicJob(name=name, run=run, every=every))


def outbox_drain(name: str, run: Callable[[], int], *, batch: int, batches_per_round: int = 1) -> None:
    """Call `run` every worker round, again while it handles full batches, at most `batches_per_round` times."""
    _register(_drains, OutboxDrain(name=name, run=run, batch=batch, batches_per_round=batches_per_round))


def _register(registry: dict, work) -> None:
    if work.name in _periodic or work.name in _drains:
        raise ImproperlyConfigured(f"background work {work.name!r} is registered twice")
    registry[work.name] = work


def periodic_jobs() -> list[PeriodicJob]:
    """Every registered periodic job, in the order of INSTALLED_APPS."""
    _discover()
    return list(_periodic.values())


def outbox_drains() -> list[OutboxDrain]:
    """Every registered outbox drain, in the order of INSTALLED_APPS."""
    _discover()
    return list(_drains.values())


def _discover() -> None:
    # On first use rather than in AppConfig.ready(): the web processes never
    # run background work and need not import it, and by now every app is
    # ready, so an app's jobs.py may import whatever it needs.
    global _discovered
    if not _discovered:
        autodiscover_modules("jobs")
        _discovered = True
