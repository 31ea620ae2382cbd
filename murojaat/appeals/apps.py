from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppealsConfig(AppConfig):
    name = "murojaat.appeals"
    label = "appeals"
    verbose_name = _("Appeals")

    def ready(self) -> None:
        from murojaat.appeals.lifecycle import WITHOUT_CONSIDERATION_GROUNDS
        from murojaat.appeals.references import connect_signals
        from murojaat.notifications.messages import register_labels

        # Intake remembers reference rows per process: forget them when they change.
        connect_signals()
        # The applicant is told the ground in their own words; the message keeps its code.
        register_labels(event="left_without_consideration", key="reason", labels=WITHOUT_CONSIDERATION_GROUNDS)
