from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "murojaat.search"
    label = "search"
    verbose_name = _("Search and similar appeals")

    def ready(self) -> None:
        from murojaat.appeals.registry import new_appeal_rows_register
        from murojaat.search.index import new_appeal_index_rows

        # Every new appeal is written with its entry (or the worker's queue row for it).
        new_appeal_rows_register("search", new_appeal_index_rows)
