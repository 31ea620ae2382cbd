"""A person's request to correct what Murojaat holds about them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CorrectionRequest(models.Model):
    """Filed from the cabinet; the operator's administrators see it in the admin
    and mark it done when the data is corrected (or answer why not)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE,
        related_name="correction_requests",
    )
    text = models.TextField(_("what is wrong and what it should be"))
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)

    class Meta:
        verbose_name = _("correction request")
        verbose_name_plural = _("correction requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user} — {self.created_at:%Y-%m-%d}"
