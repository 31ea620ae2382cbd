from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from murojaat.territories.models import Mahalla, Territory

NAME_SEARCH = ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")


class RegionFilter(admin.SimpleListFilter):
    """Filter by region: the region itself and everything in it."""

    title = _("region")
    parameter_name = "region"
    # The path from the filtered model to its district-or-region territory.
    territory_path = ""

    def lookups(self, request, model_admin):
        return [(str(r.pk), str(r)) for r in Territory.objects.filter(level=Territory.Level.REGION)]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        prefix = f"{self.territory_path}__" if self.territory_path else ""
        return queryset.filter(Q(**{f"{prefix}pk": self.value()}) | Q(**{f"{prefix}parent_id": self.value()}))


class MahallaRegionFilter(RegionFilter):
    territory_path = "territory"


@admin.register(Territory)
class TerritoryAdmin(admin.ModelAdmin):
    list_display = ("soato", "name_uz", "name_ru", "level", "kind", "parent")
    list_filter = ("level", "kind", RegionFilter)
    search_fields = ("soato", *NAME_SEARCH)
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)
    ordering = ("soato",)
    list_per_page = 250

    def get_readonly_fields(self, request, obj=None):
        # Appeals, bodies and statistics are keyed on the SOATO code: once a
        # territory exists its code is not edited, a new one is added instead.
        return ("soato",) if obj else ()


@admin.register(Mahalla)
class MahallaAdmin(admin.ModelAdmin):
    list_display = ("code", "name_uz", "name_ru", "territory")
    list_filter = (MahallaRegionFilter, "territory__kind")
    search_fields = ("code", "territory__soato", *NAME_SEARCH)
    list_select_related = ("territory",)
    autocomplete_fields = ("territory",)

    def get_readonly_fields(self, request, obj=None):
        # The import matches rows on the code; changing it would make a re-import duplicate the mahalla.
        return ("code",) if obj else ()
