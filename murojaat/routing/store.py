"""Saving, loading and using the current routing model of each target.

The model is loaded once per process and kept; a cheap query for the newest
version number, at most every CHECK_EVERY seconds, notices when the worker has
trained a newer one.
"""

import io
import threading
import time
from collections.abc import Sequence

import joblib
from django.db import transaction
from django.db.models import Max

from murojaat.routing.learner import Router, train_router
from murojaat.routing.models import RouterModel, Target

CHECK_EVERY = 60.0

_lock = threading.Lock()
# target -> (version, router, monotonic time of the last version check)
_loaded: dict[str, tuple[int, Router, float]] = {}


class Suggestions(list):
    """(label, probability) pairs, best first, with the threshold of the model
    that made them so that `should_auto_route` needs nothing else."""

    def __init__(self, pairs=(), *, threshold: float | None = None, version: int | None = None):
        super().__init__(pairs)
        self.threshold = threshold
        self.version = version


def router_save(*, target: str, router: Router, trained_on: int, metrics: dict) -> RouterModel:
    """Store a trained router as the next version of `target`."""
    if target not in Target.values:
        raise ValueError(f"unknown routing target {target!r}")
    buffer = io.BytesIO()
    joblib.dump(router, buffer, compress=3)
    with transaction.atomic():
        latest = RouterModel.objects.select_for_update().filter(target=target).aggregate(v=Max("version"))["v"]
        return RouterModel.objects.create(
            version=(latest or 0) + 1, target=target, trained_on=trained_on, metrics=metrics,
            threshold=router.threshold, blob=buffer.getvalue(),
        )


def router_train_and_save(*, target: str, texts: Sequence[str], labels: Sequence[str],
                          label_names: dict[str, list[str]] | None = None) -> RouterModel:
    router, metrics = train_router(texts, labels, label_names=label_names)
    return router_save(target=target, router=router, trained_on=len(texts), metrics=metrics)


def load_current(target: str) -> Router | None:
    """The newest stored router of `target`, or None when none was trained."""
    now = time.monotonic()
    cached = _loaded.get(target)
    if cached and now - cached[2] < CHECK_EVERY:
        return cached[1]
    with _lock:
        newest = RouterModel.objects.filter(target=target).aggregate(v=Max("version"))["v"]
        if newest is None:
            _loaded.pop(target, None)
            return None
        if cached and cached[0] == newest:
            _loaded[target] = (newest, cached[1], now)
            return cached[1]
        row = RouterModel.objects.get(target=target, version=newest)
        router = joblib.load(io.BytesIO(bytes(row.blob)))  # our own trainer wrote it, see the model
        _loaded[target] = (newest, router, now)
        return router


def forget_loaded() -> None:
    """Drop the per-process cache (tests; after deleting models)."""
    with _lock:
        _loaded.clear()


def suggest(text: str, target: str, k: int = 3) -> Suggestions:
    """The `k` likeliest labels for `text` with probabilities; empty when no
    model of `target` has been trained yet."""
    router = load_current(target)
    if router is None:
        return Suggestions()
    version = _loaded.get(target, (None,))[0]
    return Suggestions(router.suggest(text, k), threshold=router.threshold, version=version)


def should_auto_route(suggestions: Sequence[tuple[str, float]], *, threshold: float | None = None) -> bool:
    """True only when the best suggestion is at least as sure as the threshold
    at which the model was right 95% of the time on appeals it had not seen.
    Anything less is shown to the registrar, who decides."""
    if not suggestions:
        return False
    if threshold is None:
        threshold = getattr(suggestions, "threshold", None)
    if threshold is None:
        return False
    return suggestions[0][1] >= threshold
