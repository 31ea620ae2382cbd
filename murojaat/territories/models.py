"""Territories of the country: regions, districts and cities (SOATO), mahallas."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from murojaat.core.i18n import LocalizedNameMixin


class Territory(LocalizedNameMixin):
    """A region (viloyat, the Republic of Karakalpakstan, Tashkent city) or a
    district or city within one, keyed on its SOATO code."""

    class Level(models.TextChoices):
        REGION = "region", _("region")
        DISTRICT = "district", _("district or city")

    class Kind(models.TextChoices):
        REGION = "region", _("region (viloyat)")
        REPUBLIC = "republic", _("republic")
        CAPITAL = "capital", _("capital city")
        DISTRICT = "district", _("district (tuman)")
        CITY = "city", _("city")

    soato = models.CharField(_("SOATO code"), max_length=10, unique=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices, db_index=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )

    class Meta:
        verbose_name = _("territory")
        verbose_name_plural = _("territories")
        ordering = ["soato"]

    @property
    def region(self) -> "Territory":
        return self if self.level == self.Level.REGION else self.parent

    def contains(self, other: "Territory") -> bool:
        return other.pk == self.pk or other.parent_id == self.pk


class Mahalla(LocalizedNameMixin):
    """A mahalla citizens' assembly (MFY) within a district or city.

    No public register exists, so mahallas come from a CSV
    (`murojaat import-mahallas FILE`)."""

    territory = models.ForeignKey(
        Territory, verbose_name=_("district or city"), on_delete=models.PROTECT, related_name="mahallas"
    )
    code = models.CharField(_("code"), max_length=20, unique=True)

    class Meta:
        verbose_name = _("mahalla")
        verbose_name_plural = _("mahallas")
        ordering = ["territory__soato", "name_uz"]
        constraints = [
            models.UniqueConstraint(fields=["territory", "name_uz"], name="mahalla_unique_name_in_district")
        ]
