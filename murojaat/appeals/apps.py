from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppealsConfig(AppConfig):
    name = "murojaat.appeals"
    label = "appeals"
    verbose_name = _("Appeals")

    def ready(self) -> None:
        from murojaat.appeals.references import connect_signals

        # Intake remembers reference rows per process: forget them when they change.
        connect_signals()
