"""Each app registers its own background work in its jobs.py; the engine finds it."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from murojaat.jobs.registry import outbox_drain, outbox_drains, periodic_job, periodic_jobs


def test_the_engine_finds_every_apps_jobs():
    assert {job.name for job in periodic_jobs()} == {
        "deadlines_scan",
        "idempotency_keys_purge",
        "counts_refresh",
        "weekly_counts_refresh",
        "drafts_purge",
        "routers_retrain",
    }
    assert {drain.name for drain in outbox_drains()} == {
        "audit_events_seal",
        "notifications_send_due",
        "search_entries_write",
    }


def test_a_name_is_registered_once():
    periodic_jobs()  # every app's jobs.py imported
    with pytest.raises(ImproperlyConfigured, match="deadlines_scan"):
        periodic_job("deadlines_scan", lambda: {})
    with pytest.raises(ImproperlyConfigured, match="audit_events_seal"):
        outbox_drain("audit_events_seal", lambda: 0, batch=1)
