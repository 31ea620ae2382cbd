"""A small per-process cache for rows that change rarely and are read on every request.

Intake looks up the same few hundred categories, territories, mahallas and
bodies for every appeal; reading them from the database each time was a
quarter of intake's CPU (bench/intake.py). A `ProcessMemo` keeps what was
read for `ttl` seconds. Writers of those rows call `forget()` through
post_save/post_delete (in this process at once, and again after commit);
other processes see a change within `ttl` seconds.

A value read while a change is under way must not be stored after the
change forgot the old ones: every `forget()` bumps a generation, and a value
loaded under an older generation is returned but not kept.
"""

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any

from django.db import transaction

_MISSING = object()


class ProcessMemo:
    def __init__(self, name: str, *, ttl: float = 60.0, max_entries: int = 50_000):
        self.name = name
        self.ttl = ttl
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._entries: dict[Hashable, tuple[Any, float]] = {}
        self._generation = 0

    def get(self, key: Hashable, load: Callable[[], Any]) -> Any:
        """The remembered value for `key`, or `load()`'s. None is never remembered:
        an unknown code is an error path, and a row created elsewhere must be
        found at once."""
        entry = self._entries.get(key, _MISSING)
        now = time.monotonic()
        if entry is not _MISSING and 0 <= now - entry[1] < self.ttl:
            return entry[0]
        generation = self._generation
        value = load()
        if value is not None:
            with self._lock:
                if generation == self._generation:
                    if len(self._entries) >= self.max_entries:
                        self._entries.clear()
                    self._entries[key] = (value, now)
        return value

    def forget(self, **_signal_kwargs) -> None:
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def forget_now_and_after_commit(self, *, using: str = "default", **_signal_kwargs) -> None:
        """For post_save/post_delete: forget now (this transaction's reads) and
        again after commit (other threads may have read the old rows in between)."""
        self.forget()
        transaction.on_commit(self.forget, using=using)


_all: list[ProcessMemo] = []


def process_memo(name: str, **options) -> ProcessMemo:
    memo = ProcessMemo(name, **options)
    _all.append(memo)
    return memo


def forget_all() -> None:
    """Tests roll back rows between cases: they start each case with nothing remembered."""
    for memo in _all:
        memo.forget()
