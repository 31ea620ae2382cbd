"""Stored routing models: one row per trained version and target."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Target(models.TextChoices):
    CATEGORY = "category", _("category")
    ORGANISATION = "organisation", _("responsible body")


class RouterModel(models.Model):
    version = models.PositiveIntegerField(_("version"))
    target = models.CharField(_("what it suggests"), max_length=16, choices=Target.choices)
    created_at = models.DateTimeField(_("trained"), default=timezone.now)
    trained_on = models.PositiveIntegerField(_("appeals learned from"))
    metrics = models.JSONField(_("held-out metrics"), default=dict)
    threshold = models.FloatField(_("auto-routing threshold"))
    # A pickle of `murojaat.routing.learner.Router`. Trust boundary: unpickling
    # runs code, so only our own trainer (`store.router_save`) writes this
    # column; it is never filled from an upload, an import or the API.
    blob = models.BinaryField()

    class Meta:
        verbose_name = _("routing model")
        verbose_name_plural = _("routing models")
        constraints = [models.UniqueConstraint(fields=["target", "version"], name="router_model_version")]
        ordering = ["target", "-version"]

    def __str__(self) -> str:
        return f"{self.target} v{self.version}"
