from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FilingConfig(AppConfig):
    name = "murojaat.filing"
    label = "filing"
    verbose_name = _("Filing an appeal")
