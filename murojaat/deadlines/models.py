from django.db import models
from django.utils.translation import gettext_lazy as _


class DayOff(models.Model):
    """A date that an administrator declares a day off (or, with
    `is_working_day`, a working day, for a Saturday worked in exchange for a
    bridge holiday). Added to the `holidays` package's calendar of the country."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=255)
    is_working_day = models.BooleanField(
        _("working day instead"), default=False,
        help_text=_("Tick for a weekend date that a decree made a working day."),
    )

    class Meta:
        verbose_name = _("day off")
        verbose_name_plural = _("days off")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.name}"
