from django.apps import AppConfig
from django.conf import locale


class CoreConfig(AppConfig):
    name = "murojaat.core"
    label = "core"
    verbose_name = "Murojaat"

    def ready(self) -> None:
        # Django knows "uz" but not Uzbek in Cyrillic script nor Karakalpak;
        # without these entries get_language_info() fails for them.
        locale.LANG_INFO.setdefault(
            "uz-cyrl", {"bidi": False, "code": "uz-cyrl", "name": "Uzbek (Cyrillic)", "name_local": "Ўзбекча"}
        )
        locale.LANG_INFO.setdefault(
            "kaa", {"bidi": False, "code": "kaa", "name": "Karakalpak", "name_local": "Qaraqalpaqsha"}
        )
        _let_psycopg_cache_wide_inserts()


def _let_psycopg_cache_wide_inserts() -> None:
    """psycopg parses a query's placeholders once and remembers the result, but
    only for queries of at most 50 parameters; the appeal's INSERT has 52, so
    it was parsed again for every appeal (about 1 ms of intake's CPU). The
    cache stays bounded (an LRU of 128 queries); only the cut-off moves."""
    try:
        from psycopg import _queries
    except ImportError:  # SQLite-only installs
        return
    if getattr(_queries, "MAX_CACHED_STATEMENT_PARAMS", 100) < 100:
        _queries.MAX_CACHED_STATEMENT_PARAMS = 100
