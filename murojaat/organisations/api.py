"""Public directory of state bodies: GET /api/v1/organisations[/{code}].

Names come in the language of Accept-Language (see murojaat.core.i18n)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from ninja import Field, Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from murojaat.core.api_schemas import ErrorOut
from murojaat.core.errors import NotFound
from murojaat.organisations.models import Level, Organisation, OrganisationKind

router = Router(tags=["organisations"])

NAME_COLUMNS = ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")


class OrganisationOut(Schema):
    code: str
    name: str
    kind: OrganisationKind
    level: Level
    parent: str | None = Field(None, description="code of the supervising body")
    territory: str | None = Field(None, description="SOATO code of the territory; null for the whole country")

    @staticmethod
    def resolve_parent(obj: Organisation) -> str | None:
        return obj.parent.code if obj.parent_id else None

    @staticmethod
    def resolve_territory(obj: Organisation) -> str | None:
        return obj.territory.soato if obj.territory_id else None


class OrganisationDetailOut(OrganisationOut):
    email: str
    phone: str
    address: str


class OrganisationFilters(Schema):
    kind: OrganisationKind | None = None
    level: Level | None = None
    territory: str | None = Field(
        None, max_length=10, description="SOATO code: bodies of that territory and, for a region, of its districts"
    )
    q: str | None = Field(None, max_length=100, description="part of the name (any language) or of the code")


@router.get("", response={200: list[OrganisationOut], 422: ErrorOut}, summary="List state bodies")
@paginate(LimitOffsetPagination, max_limit=200)
def list_organisations(request, filters: Query[OrganisationFilters]):
    bodies = Organisation.objects.filter(is_active=True).select_related("parent", "territory")
    if filters.kind:
        bodies = bodies.filter(kind=filters.kind)
    if filters.level:
        bodies = bodies.filter(level=filters.level)
    if filters.territory:
        bodies = bodies.filter(Q(territory__soato=filters.territory) | Q(territory__parent__soato=filters.territory))
    if filters.q and filters.q.strip():
        text = filters.q.strip()
        matches = Q(code__icontains=text)
        for column in NAME_COLUMNS:
            matches |= Q(**{f"{column}__icontains": text})
        bodies = bodies.filter(matches)
    return bodies.order_by("code")


@router.get("/{code}", response={200: OrganisationDetailOut, 404: ErrorOut}, summary="One state body")
def get_organisation(request, code: str):
    body = Organisation.objects.select_related("parent", "territory").filter(code=code, is_active=True).first()
    if body is None:
        raise NotFound(_("No state body has this code."))
    return body
