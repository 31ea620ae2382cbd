from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficeConfig(AppConfig):
    name = "murojaat.office"
    label = "office"
    verbose_name = _("Officials' workspace")
