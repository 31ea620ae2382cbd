from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    name = "murojaat.deadlines"
    label = "deadlines"
    verbose_name = _("Deadlines and days off")

    def ready(self) -> None:
        from django.core.signals import setting_changed
        from django.db.models.signals import post_delete, post_save

        from murojaat.deadlines.calendar import day_off_changed, deadline_setting_changed
        from murojaat.deadlines.models import DayOff

        # The process-wide calendar caches DayOff rows: drop it when they change.
        post_save.connect(day_off_changed, sender=DayOff, dispatch_uid="deadlines.day_off_saved")
        post_delete.connect(day_off_changed, sender=DayOff, dispatch_uid="deadlines.day_off_deleted")
        setting_changed.connect(deadline_setting_changed, dispatch_uid="deadlines.setting_changed")
