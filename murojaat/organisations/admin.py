from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from murojaat.organisations.models import Organisation
from murojaat.territories.models import Territory

NAME_SEARCH = ("code", "name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")


class RegionFilter(admin.SimpleListFilter):
    """Bodies of one region: the regional ones and those of its districts."""

    title = _("region")
    parameter_name = "region"
    # Which path leads from the admin's model to an Organisation ("" for Organisation itself).
    organisation_path = ""

    def lookups(self, request, model_admin):
        return [(t.soato, t.name) for t in Territory.objects.filter(level=Territory.Level.REGION)]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        prefix = f"{self.organisation_path}__" if self.organisation_path else ""
        return queryset.filter(
            Q(**{f"{prefix}territory__soato": self.value()}) | Q(**{f"{prefix}territory__parent__soato": self.value()})
        )


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("code", "name_uz", "kind", "level", "territory", "parent", "is_active")
    list_filter = ("kind", "level", RegionFilter, "is_active")
    search_fields = NAME_SEARCH
    list_select_related = ("territory", "parent")
    ordering = ("code",)
    fieldsets = (
        (None, {"fields": ("code", "kind", "level", "parent", "territory", "mahalla", "is_active")}),
        (_("Names"), {"fields": ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")}),
        (_("Contacts"), {"fields": ("email", "phone", "address")}),
    )
    autocomplete_fields = ("parent", "territory", "mahalla")
