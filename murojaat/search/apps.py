from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "murojaat.search"
    label = "search"
    verbose_name = _("Search and similar appeals")

    def ready(self) -> None:
        from murojaat.search import signals  # noqa: F401  (connects the receivers)
