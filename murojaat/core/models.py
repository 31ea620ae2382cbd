"""Counters of the rate limiter (see ratelimit.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RateCounter(models.Model):
    """Hits of one key in one fixed window.

    `key` is a keyed hash of the limit's name, who is counted (an address, an
    account, a tracking code) and the window's start, so the table holds no
    address or user name in clear and each window is a row of its own. Rows
    are deleted once `expires` (seconds since the epoch) has passed."""

    key = models.CharField(max_length=64, primary_key=True)
    hits = models.PositiveIntegerField(default=0)
    expires = models.BigIntegerField(db_index=True)

    class Meta:
        verbose_name = _("rate counter")
        verbose_name_plural = _("rate counters")

    def __str__(self) -> str:
        return f"{self.key[:12]}… {self.hits}"
