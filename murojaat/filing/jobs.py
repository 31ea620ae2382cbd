"""The filing app's background work, run by `murojaat worker` (murojaat/jobs/)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from murojaat.filing.draft import drafts_purge
from murojaat.jobs.registry import periodic_job


def drafts_purge_job() -> dict:
    """Files uploaded to drafts whose session expired without "Send"."""
    cutoff = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    return {"deleted": drafts_purge(older_than=cutoff)}


periodic_job("drafts_purge", drafts_purge_job, every=timedelta(hours=1))
