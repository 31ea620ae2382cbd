"""Reading territories and mahallas for the API and forms."""

from django.utils.translation import gettext_lazy as _

from murojaat.core.errors import NotFound
from murojaat.language.keys import search_key
from murojaat.territories.models import Mahalla, Territory

NAME_FIELDS = ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")


def _matches(obj, query_key: str) -> bool:
    return any(query_key in search_key(getattr(obj, f)) for f in NAME_FIELDS) or obj.soato.startswith(query_key)


def territory_list(*, level: str | None = None, parent: str | None = None, query: str | None = None) -> list:
    """Territories in SOATO order, narrowed by level, parent SOATO and a name query.

    The name query is matched in Python: there are about two hundred rows, and
    SQLite cannot compare Cyrillic without regard to case."""
    territories = Territory.objects.select_related("parent")
    if level:
        territories = territories.filter(level=level)
    if parent:
        territories = territories.filter(parent__soato=parent)
    query_key = search_key(query or "")
    if not query_key:
        return list(territories)
    return [t for t in territories if _matches(t, query_key)]


def territory_get(*, soato: str) -> Territory:
    try:
        return Territory.objects.get(soato=soato)
    except Territory.DoesNotExist:
        raise NotFound(_("There is no territory with this SOATO code.")) from None


def mahalla_list(*, soato: str) -> list[Mahalla]:
    """The mahallas of a district or city, by name."""
    territory = territory_get(soato=soato)
    return list(Mahalla.objects.filter(territory=territory).select_related("territory"))
