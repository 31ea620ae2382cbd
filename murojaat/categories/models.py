"""Categories (topics) of appeals: a two-level taxonomy that also says who answers."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from murojaat.core.i18n import LocalizedNameMixin
from murojaat.organisations.models import Level, OrganisationKind


class Category(LocalizedNameMixin):
    """A topic. Top-level categories group leaf categories; an appeal is filed
    under a leaf, whose responsible kind and level route it (a road complaint in
    a district goes to that district's hokimiyat)."""

    code = models.SlugField(_("code"), max_length=64, unique=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("group"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    responsible_kind = models.CharField(
        _("kind of body that answers"), max_length=32, choices=OrganisationKind.choices, blank=True
    )
    responsible_level = models.CharField(
        _("level of body that answers"), max_length=16, choices=Level.choices, blank=True
    )
    # When one named body answers a topic for the whole country (several
    # ministries share the kind "ministry"), routing goes straight to it.
    responsible_body = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("body that answers"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    description_uz = models.TextField(_("description (Uzbek, Latin)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["position", "code"]
