"""Appeals in the Django admin: for looking, never for changing.

Status and deadlines change only through the lifecycle, so the admin is
read-only. The applicant's personal data sits on its own page, and every
opening of that page is written to the audit trail like any other access.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from murojaat.appeals.models import Appeal, AppealEvent, Applicant, IdempotencyRecord
from murojaat.audit.chain import audit_record


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AppealEventInline(admin.TabularInline):
    model = AppealEvent
    fields = ["at", "action", "organisation", "actor", "note", "public"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    list_display = ["tracking_code", "kind", "status", "organisation", "category", "territory", "received_at",
                    "due_at", "is_repeated"]
    list_filter = ["status", "kind", "channel", "applicant_type", "language", "is_repeated", "is_collective",
                   ("category", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["tracking_code", "summary", "organisation__code", "organisation__name_uz"]
    date_hierarchy = "received_at"
    list_select_related = ["organisation", "category", "territory"]
    # Apps above appeals add their own inlines (attachments/admin.py).
    inlines = [AppealEventInline]
    exclude = ["access_key_hash", "text_fingerprint"]
    show_full_result_count = False  # COUNT(*) over millions of rows on every page is wasted work


@admin.register(Applicant)
class ApplicantAdmin(ReadOnlyAdmin):
    # The list shows no names: a name is personal data, opened one at a time.
    list_display = ["appeal", "identity_verification"]
    list_filter = ["identity_verification"]
    search_fields = ["appeal__tracking_code"]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        applicant = self.get_object(request, object_id)
        if applicant is not None:
            audit_record(action="personal_data.viewed", actor=request.user, object_type="appeal",
                         object_id=str(applicant.appeal_id), payload={"via": "admin", "tracking_code": applicant.appeal.tracking_code})
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(IdempotencyRecord)
class IdempotencyRecordAdmin(ReadOnlyAdmin):
    list_display = ["key", "status_code", "created_at"]
    search_fields = ["key"]


admin.site.site_header = _("Murojaat administration")
admin.site.site_title = _("Murojaat")
