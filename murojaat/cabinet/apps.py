from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CabinetConfig(AppConfig):
    name = "murojaat.cabinet"
    label = "cabinet"
    verbose_name = _("My cabinet")

    def ready(self) -> None:
        from murojaat.cabinet import sections, selectors

        sections.register_section(
            "appeals", _("Appeals"), selectors.appeal_rows, template="cabinet/section_appeals.html", order=10
        )
