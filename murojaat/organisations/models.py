"""State bodies and organisations that receive and answer appeals."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from murojaat.core.i18n import LocalizedNameMixin


class OrganisationKind(models.TextChoices):
    MINISTRY = "ministry", _("ministry")
    AGENCY = "agency", _("agency or committee")
    HOKIMIYAT = "hokimiyat", _("hokimiyat")
    PEOPLES_RECEPTION = "peoples_reception", _("People's Reception")
    PUBLIC_SERVICE_CENTRE = "public_service_centre", _("public service centre")
    MAHALLA_ASSEMBLY = "mahalla_assembly", _("mahalla citizens' assembly")
    WATER_SUPPLIER = "water_supplier", _("water supplier")
    GAS_SUPPLIER = "gas_supplier", _("gas supplier")
    ELECTRICITY_SUPPLIER = "electricity_supplier", _("electricity supplier")
    INTERNAL_AFFAIRS = "internal_affairs", _("internal affairs body")
    PROSECUTOR = "prosecutor", _("prosecutor's office")
    HEALTH = "health", _("health department")
    EDUCATION = "education", _("education department")
    SOCIAL_PROTECTION = "social_protection", _("social protection department")
    EMPLOYMENT = "employment", _("employment centre")
    CADASTRE = "cadastre", _("cadastre office")
    ANTI_CORRUPTION = "anti_corruption", _("anti-corruption agency")
    PENSION_FUND = "pension_fund", _("pension fund")
    OTHER = "other", _("other organisation")


class Level(models.TextChoices):
    """The territorial level at which a body works."""

    NATIONAL = "national", _("national")
    REGION = "region", _("region")
    DISTRICT = "district", _("district or city")
    MAHALLA = "mahalla", _("mahalla")


class Organisation(LocalizedNameMixin):
    """A body in the tree of state bodies. `parent` is the body that supervises
    it (escalations and contested answers go there); `territory` is where it has
    jurisdiction (none: the whole country)."""

    code = models.SlugField(_("code"), max_length=64, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=OrganisationKind.choices, db_index=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("supervising body"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    territory = models.ForeignKey(
        "territories.Territory",
        verbose_name=_("territory of jurisdiction"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    mahalla = models.ForeignKey(
        "territories.Mahalla",
        verbose_name=_("mahalla"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["code"]
        indexes = [models.Index(fields=["kind", "level", "territory"])]

    def ancestors(self) -> list["Organisation"]:
        """Supervising bodies from the nearest up to the top."""
        chain, node, seen = [], self.parent, {self.pk}
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return chain
