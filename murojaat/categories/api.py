"""Public taxonomy of appeal categories: GET /api/v1/categories.

Groups with their leaf categories, in the order citizens see them, named in
the language of Accept-Language."""

from django.db.models import Prefetch
from ninja import Router, Schema

from murojaat.categories.models import Category
from murojaat.core.i18n import localized

router = Router(tags=["categories"])


class CategoryOut(Schema):
    code: str
    name: str
    description: str
    responsible_kind: str | None = None
    responsible_level: str | None = None

    @staticmethod
    def resolve_description(obj: Category) -> str:
        return localized(obj, "description")

    @staticmethod
    def resolve_responsible_kind(obj: Category) -> str | None:
        return obj.responsible_kind or None

    @staticmethod
    def resolve_responsible_level(obj: Category) -> str | None:
        return obj.responsible_level or None


class CategoryGroupOut(CategoryOut):
    children: list[CategoryOut]

    @staticmethod
    def resolve_children(obj: Category) -> list[Category]:
        return obj.active_children


@router.get("", response=list[CategoryGroupOut], summary="Categories of appeals, as a tree")
def list_categories(request):
    leaves = Category.objects.filter(is_active=True).order_by("position", "code")
    return list(
        Category.objects.filter(parent__isnull=True, is_active=True)
        .order_by("position", "code")
        .prefetch_related(Prefetch("children", queryset=leaves, to_attr="active_children"))
    )
