from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "murojaat.search"
    label = "search"
    verbose_name = _("Search and similar appeals")

    def ready(self) -> None:
        from murojaat.appeals.presenters import register_official_section
        from murojaat.search import signals  # noqa: F401  (connects the receivers)
        from murojaat.search.similar import similar_for_official

        # An official's view of an appeal in the API lists the similar ones.
        register_official_section("similar", similar_for_official)
