from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from murojaat.categories.models import Category


class GroupFilter(admin.SimpleListFilter):
    title = _("group")
    parameter_name = "group"

    def lookups(self, request, model_admin):
        return [(c.code, c.name) for c in Category.objects.filter(parent__isnull=True)]

    def queryset(self, request, queryset):
        return queryset.filter(parent__code=self.value()) if self.value() else queryset


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("code", "name_uz", "parent", "responsible_kind", "responsible_level", "position", "is_active")
    list_editable = ("position",)
    list_filter = (GroupFilter, "responsible_kind", "responsible_level", "is_active")
    search_fields = ("code", "name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)
    fieldsets = (
        (None, {"fields": ("code", "parent", "responsible_kind", "responsible_level", "position", "is_active")}),
        (_("Names"), {"fields": ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")}),
        (_("Descriptions"), {"fields": ("description_uz", "description_ru", "description_en")}),
    )
