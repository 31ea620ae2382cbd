"""Attachments in the admin: read-only. Files arrive only through
`services.attachment_add`, which inspects, cleans and audits them; the admin
never uploads, edits or deletes one.

Attachments belong to appeals, and appeals know nothing of attachments: this
module adds the attachments to the appeal's admin page itself.
"""

from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from murojaat.appeals.admin import AppealAdmin
from murojaat.appeals.models import Appeal
from murojaat.attachments.models import Attachment

READ_ONLY_FIELDS = [
    "code",
    "original_name",
    "content_type",
    "human_size",
    "sha256",
    "stored_as",
    "uploaded_at",
]


class ReadOnlyAttachmentMixin:
    # The storage path is shown as text, not a link: media files are not
    # served publicly, and downloads go through the access-checked API.
    @admin.display(description=_("stored as"))
    def stored_as(self, obj: Attachment) -> str:
        return obj.file.name

    @admin.display(description=_("size"))
    def human_size(self, obj: Attachment) -> str:
        return filesizeformat(obj.size)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AttachmentInline(ReadOnlyAttachmentMixin, admin.TabularInline):
    """For the appeal's admin page, below its timeline."""

    model = Attachment
    fields = READ_ONLY_FIELDS
    readonly_fields = READ_ONLY_FIELDS
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyAttachmentMixin, admin.ModelAdmin):
    list_display = ["original_name", "appeal", "content_type", "human_size", "uploaded_at"]
    list_filter = ["content_type"]
    search_fields = ["appeal__tracking_code", "sha256", "original_name"]
    list_select_related = ["appeal"]
    date_hierarchy = "uploaded_at"
    fields = ["appeal", *READ_ONLY_FIELDS]
    readonly_fields = fields


# The appeal's admin page with its attachments: appeals/admin.py registers the
# appeal (importing it here makes sure it has), this replaces that registration
# with one that adds the inline.
admin.site.unregister(Appeal)


@admin.register(Appeal)
class AppealWithAttachmentsAdmin(AppealAdmin):
    inlines = [*AppealAdmin.inlines, AttachmentInline]
