from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatisticsConfig(AppConfig):
    name = "murojaat.statistics"
    label = "statistics"
    verbose_name = _("Statistics and open data")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from murojaat.categories.models import Category
        from murojaat.organisations.models import Organisation
        from murojaat.statistics.selectors import LABELS
        from murojaat.territories.models import Territory

        # A renamed body, category or place is shown by its new name at once.
        for model in (Category, Organisation, Territory):
            label = model._meta.label_lower
            post_save.connect(LABELS.forget_now_and_after_commit, sender=model, dispatch_uid=f"stats-labels.{label}.saved")
            post_delete.connect(
                LABELS.forget_now_and_after_commit, sender=model, dispatch_uid=f"stats-labels.{label}.deleted"
            )
