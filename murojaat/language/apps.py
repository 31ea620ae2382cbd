from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguageConfig(AppConfig):
    name = "murojaat.language"
    label = "language"
    verbose_name = _("Language and scripts")

    def ready(self):
        from murojaat.core.i18n import use_uzbek_to_cyrillic
        from murojaat.language.scripts import latin_to_cyrillic

        use_uzbek_to_cyrillic(latin_to_cyrillic)
