"""`murojaat purge-drafts`: delete files held for appeals that were never sent."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from murojaat.filing.draft import drafts_purge


class Command(BaseCommand):
    help = "Delete files uploaded to drafts whose session has expired (never sent as an appeal)."

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
        deleted = drafts_purge(older_than=cutoff)
        self.stdout.write(f"{deleted} held file(s) deleted")
