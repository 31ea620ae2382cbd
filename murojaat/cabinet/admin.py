from django.contrib import admin

from murojaat.cabinet.models import CorrectionRequest


@admin.register(CorrectionRequest)
class CorrectionRequestAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at", "done_at"]
    list_filter = ["done_at"]
    readonly_fields = ["user", "text", "created_at"]
