"""Pre-aggregated counts for the analytics pages: they read this table, never
raw appeals (see `trends.counts.weekly_counts_refresh`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WeeklyCount(models.Model):
    """Appeals received in one week (Monday, Tashkent time) on one category in
    one territory. Each appeal counts twice: in its district or city and in
    its region, so both levels read one row per week."""

    week_start = models.DateField(_("week starting"))
    category = models.ForeignKey("categories.Category", on_delete=models.CASCADE, related_name="+")
    territory = models.ForeignKey("territories.Territory", on_delete=models.CASCADE, related_name="+")
    count = models.PositiveIntegerField(_("appeals"))

    class Meta:
        verbose_name = _("weekly count")
        verbose_name_plural = _("weekly counts")
        constraints = [
            models.UniqueConstraint(fields=["week_start", "category", "territory"], name="weeklycount_unique")
        ]
        indexes = [models.Index(fields=["territory", "week_start"], name="weeklycount_place_week")]

    def __str__(self) -> str:
        return f"{self.week_start} {self.category_id}@{self.territory_id}: {self.count}"
