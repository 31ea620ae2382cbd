"""Reusable answer texts, kept per organisation."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AnswerTemplate(models.Model):
    """A text an organisation's officials start answers from (it prefills the
    answer; the official adapts it before sending)."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="answer_templates",
    )
    title = models.CharField(_("title"), max_length=150)
    text = models.TextField(_("text"), max_length=20000)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("answer template")
        verbose_name_plural = _("answer templates")
        ordering = ["title", "pk"]

    def __str__(self) -> str:
        return self.title
