from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "murojaat.search"
    label = "search"
    verbose_name = _("Search and similar appeals")

    def ready(self) -> None:
        from murojaat.appeals.presenters import register_official_section
        from murojaat.appeals.registry import new_appeal_rows_register
        from murojaat.search.index import new_appeal_index_rows
        from murojaat.search.similar import similar_for_official

        # An official's view of an appeal in the API lists the similar ones.
        register_official_section("similar", similar_for_official)
        # Every new appeal is written with its entry (or the worker's queue row for it).
        new_appeal_rows_register("search", new_appeal_index_rows)
