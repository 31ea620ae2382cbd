"""The claims of the periodic jobs."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ScheduledJob(models.Model):
    """One row per periodic job of `murojaat worker` (the deadline scan, the
    statistics refresh...). Several workers may run at once; each claims a run
    with a conditional UPDATE on `next_run_at`, and only the one whose UPDATE
    changed the row runs the job (see `murojaat.jobs.periodic`)."""

    name = models.CharField(_("name"), max_length=64, unique=True)
    next_run_at = models.DateTimeField(_("next run"), default=timezone.now)
    last_run_at = models.DateTimeField(_("last run"), null=True, blank=True)
    last_result = models.JSONField(_("last result"), default=dict, blank=True)

    class Meta:
        verbose_name = _("scheduled job")
        verbose_name_plural = _("scheduled jobs")

    def __str__(self) -> str:
        return self.name
