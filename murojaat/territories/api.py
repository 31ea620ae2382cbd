"""Territories and mahallas: public reference data, no sign-in."""

from typing import Literal

from ninja import Field, Query, Router, Schema

from murojaat.core.api_schemas import ErrorOut
from murojaat.core.i18n import localized
from murojaat.territories import selectors

router = Router(tags=["territories"])


class Names(Schema):
    """The name in every language we keep; empty where not known."""

    uz: str
    uz_cyrl: str = Field(alias="uz-cyrl")
    kaa: str
    ru: str
    en: str


class TerritoryOut(Schema):
    soato: str
    level: Literal["region", "district"]
    kind: Literal["region", "republic", "capital", "district", "city"]
    parent: str | None = Field(description="SOATO code of the region; null for a region")
    name: str = Field(description="The name in the language of Accept-Language")
    names: Names


class MahallaOut(Schema):
    code: str
    district: str = Field(description="SOATO code of the district or city")
    name: str = Field(description="The name in the language of Accept-Language")
    names: Names


def _names(obj) -> dict:
    return {"uz": obj.name_uz, "uz-cyrl": obj.name_uz_cyrl, "kaa": obj.name_kaa, "ru": obj.name_ru,
            "en": obj.name_en}


def _territory_out(territory) -> dict:
    return {
        "soato": territory.soato,
        "level": territory.level,
        "kind": territory.kind,
        "parent": territory.parent.soato if territory.parent else None,
        "name": localized(territory),
        "names": _names(territory),
    }


@router.get("", response={200: list[TerritoryOut], 422: ErrorOut}, by_alias=True, summary="Regions, districts and cities")
def list_territories(
    request,
    level: Literal["region", "district"] | None = Query(None, description="Only regions, or only districts and cities"),
    parent: str | None = Query(None, description="SOATO code of a region: only its districts and cities"),
    q: str | None = Query(None, description="Part of a name in any language or script, or the start of a SOATO code"),
):
    """Regions, districts and cities of Uzbekistan by SOATO code. `parent` takes a
    region's SOATO code; `q` finds a name in any of our languages and scripts."""
    return [_territory_out(t) for t in selectors.territory_list(level=level, parent=parent, query=q)]


@router.get("/{soato}/mahallas", response={200: list[MahallaOut], 404: ErrorOut}, by_alias=True, summary="Mahallas of a district")
def list_mahallas(request, soato: str):
    """The mahallas of a district or city (none are kept for a region as a whole)."""
    return [
        {"code": m.code, "district": m.territory.soato, "name": localized(m), "names": _names(m)}
        for m in selectors.mahalla_list(soato=soato)
    ]
