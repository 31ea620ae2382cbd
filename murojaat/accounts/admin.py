from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from murojaat.accounts.models import ApiToken, Membership, User
from murojaat.organisations.admin import RegionFilter


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "user"
    extra = 0
    fields = ("organisation", "role", "is_active", "created_at")
    autocomplete_fields = ("organisation",)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ("username", "last_name", "first_name", "middle_name", "kind", "pinfl", "tin", "is_staff",
                    "is_active")
    list_filter = ("kind", "memberships__role", "is_staff", "is_superuser", "is_active")
    search_fields = ("username", "first_name", "last_name", "middle_name", "email", "phone", "pinfl", "tin",
                     "organisation_name")
    inlines = (MembershipInline,)
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (_("Identity"), {"fields": ("kind", "last_name", "first_name", "middle_name", "pinfl", "tin",
                                    "organisation_name", "sex", "birth_date")}),
        (_("Contacts"), {"fields": ("email", "phone", "preferred_language")}),
        (_("Permissions"), {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("username", "kind", "usable_password", "password1", "password2")}),
    )


class MembershipRegionFilter(RegionFilter):
    organisation_path = "organisation"


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "role", "is_active", "created_at")
    list_filter = ("role", "is_active", "organisation__kind", "organisation__level", MembershipRegionFilter)
    search_fields = ("user__username", "user__last_name", "user__first_name", "user__pinfl",
                     "organisation__code", "organisation__name_uz", "organisation__name_uz_cyrl",
                     "organisation__name_kaa", "organisation__name_ru", "organisation__name_en")
    list_select_related = ("user", "organisation")
    autocomplete_fields = ("user", "organisation")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are issued by signing in to the API, never here. Deleting one
    revokes it, which is why delete stays allowed."""

    list_display = ("user", "created_at", "expires_at")
    search_fields = ("user__username", "user__last_name", "user__pinfl")
    list_select_related = ("user",)
    fields = ("user", "created_at", "expires_at")
    readonly_fields = fields
    ordering = ("-created_at",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
