from django.contrib import admin

from murojaat.office.models import AnswerTemplate


@admin.register(AnswerTemplate)
class AnswerTemplateAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "updated_at"]
    list_filter = ["organisation__kind"]
    search_fields = ["title", "text", "organisation__code", "organisation__name_uz"]
    autocomplete_fields = ["organisation"]
