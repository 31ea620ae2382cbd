"""Count tables: what every statistics page and download reads instead of raw appeals.

One row holds the base counts (see `indicators.BASE_COUNTS`) of the appeals
*received* on one local day (or in one month) that share one value of one
dimension within one area. For example the row

    grain="day", day=2026-01-31, area="1710", dimension="channel", value="web"

counts the appeals received on 31 January 2026 (Tashkent time) in the
Qashqadaryo region through the web portal, as they stand at the last refresh.

Why a wide row (one column per base count) and one row per dimension rather
than one per combination of every dimension: a combination of ten dimensions
is nearly one row per appeal, which is no faster than the raw table; a row per
(area, dimension, value) keeps a country-wide breakdown for a year to a few
thousand rows. Month rows are sums of day rows, so a period of whole months
reads twelve rows where days would read 365.

`area` is "" for the whole country, else the SOATO code of a region or of a
district; every appeal is counted in the country, its region and its district.

The rows are written only by `murojaat.statistics.refresh`.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Grain(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")


class AppealCount(models.Model):
    grain = models.CharField(max_length=5, choices=Grain.choices)
    # The local day of receipt; for a month row, the first day of the month.
    day = models.DateField()
    area = models.CharField(max_length=10, blank=True)
    dimension = models.CharField(max_length=16)
    # The dimension's value: a code (kind, channel...), a SOATO code (region,
    # district), an organisation or category code; "" when not known.
    value = models.CharField(max_length=64, blank=True)

    # Plain integers, not PositiveIntegerField: the refresh adds negative
    # differences with INSERT ... ON CONFLICT DO UPDATE, and a CHECK (>= 0) is
    # tested on the proposed row before the conflict is (PostgreSQL and SQLite).
    received = models.IntegerField(default=0)
    answered = models.IntegerField(default=0)
    answered_on_time = models.IntegerField(default=0)
    answered_on_time_extended = models.IntegerField(default=0)
    left_without_consideration = models.IntegerField(default=0)
    merged = models.IntegerField(default=0)
    pending = models.IntegerField(default=0)
    overdue = models.IntegerField(default=0)
    overdue_open = models.IntegerField(default=0)
    repeated = models.IntegerField(default=0)
    rated = models.IntegerField(default=0)
    rated_satisfied = models.IntegerField(default=0)
    rating_sum = models.IntegerField(default=0)
    complaints_about_answers = models.IntegerField(default=0)
    answers_contested = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("appeal count")
        verbose_name_plural = _("appeal counts")
        constraints = [
            models.UniqueConstraint(
                fields=["grain", "area", "dimension", "day", "value"], name="statistics_count_key"
            )
        ]
        # A refresh can take a row's last appeal away (it moved to another body,
        # district...): it finds the emptied rows through this index, which
        # holds only them, and deletes them.
        indexes = [models.Index(fields=["grain"], condition=models.Q(received=0), name="statistics_count_emptied")]

    def __str__(self) -> str:
        return f"{self.grain} {self.day} {self.area or '-'} {self.dimension}={self.value}"


class AnswerDaysCount(models.Model):
    """How many appeals of a row of AppealCount were answered after `days`
    local days (0: the day they were received). The median is read from it."""

    grain = models.CharField(max_length=5, choices=Grain.choices)
    day = models.DateField()
    area = models.CharField(max_length=10, blank=True)
    dimension = models.CharField(max_length=16)
    value = models.CharField(max_length=64, blank=True)
    days = models.PositiveSmallIntegerField()
    answered = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("answer time count")
        verbose_name_plural = _("answer time counts")
        constraints = [
            models.UniqueConstraint(
                fields=["grain", "area", "dimension", "day", "value", "days"], name="statistics_days_key"
            )
        ]
        indexes = [models.Index(fields=["grain"], condition=models.Q(answered=0), name="statistics_days_emptied")]

    def __str__(self) -> str:
        return f"{self.grain} {self.day} {self.area or '-'} {self.dimension}={self.value} {self.days}d"


class FillState(models.Model):
    """How far a refresh job got. The next run starts from here."""

    name = models.CharField(max_length=40, unique=True)
    filled_until = models.DateTimeField()
    # Every lifecycle step and every intake writes an AppealEvent, whose ids
    # only grow: the sure way to find appeals changed by back-dated steps
    # (imports, the demo loader), whose `updated_at` lies in the past.
    last_event_id = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("fill state")
        verbose_name_plural = _("fill states")

    def __str__(self) -> str:
        return f"{self.name}: {self.filled_until:%Y-%m-%d %H:%M}"


class PeriodMedian(models.Model):
    """The median answer time of one value of a split over a standard period
    of whole months (`refresh.median_windows`), worked out by the refresh job
    from the month rows of AnswerDaysCount, so that a ranking of every body
    with its median reads one row per body instead of its histogram (a
    hundred rows per body and month). Other periods are read from the
    histograms; the numbers are the same."""

    first_month = models.DateField()
    last_month = models.DateField()
    area = models.CharField(max_length=10, blank=True)
    dimension = models.CharField(max_length=16)
    value = models.CharField(max_length=64, blank=True)
    median_days = models.FloatField(null=True)

    class Meta:
        verbose_name = _("median over a period")
        verbose_name_plural = _("medians over periods")
        constraints = [
            models.UniqueConstraint(
                fields=["first_month", "last_month", "area", "dimension", "value"], name="statistics_median_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.first_month:%Y-%m}..{self.last_month:%Y-%m} {self.area or '-'} {self.dimension}={self.value}"


class AppealFact(models.Model):
    """What one appeal adds to the count tables, as of the last refresh that counted it.

    One row per appeal, with the same columns as the refresh's stage
    (`refresh._stage_columns`): its day and month of receipt, its areas, its
    value of every dimension, its answer time and a 0/1 column per base count.
    The refresh takes a changed appeal's old row away from the counts and adds
    its new one, so its cost follows what changed, not the size of the month
    (recounting a month of 850,000 appeals took 50 s of PostgreSQL every ten
    minutes). Written only by `murojaat.statistics.refresh`."""

    # Not a foreign key: a fact is written from the stage by INSERT ... SELECT,
    # and must outlive nothing; the refresh replaces it whenever the appeal changes.
    appeal_id = models.BigIntegerField(primary_key=True)
    s_day = models.DateField()
    s_month = models.DateField(db_index=True)
    a_region = models.CharField(max_length=20, null=True)
    a_district = models.CharField(max_length=20, null=True)
    v_kind = models.CharField(max_length=64, null=True)
    v_channel = models.CharField(max_length=64, null=True)
    v_applicant_type = models.CharField(max_length=64, null=True)
    v_sex = models.CharField(max_length=64, null=True)
    v_age_band = models.CharField(max_length=64, null=True)
    v_region = models.CharField(max_length=20, null=True)
    v_district = models.CharField(max_length=20, null=True)
    v_organisation = models.CharField(max_length=64, null=True)
    v_category = models.CharField(max_length=64, null=True)
    s_days = models.IntegerField(null=True)
    c_answered = models.IntegerField()
    c_answered_on_time = models.IntegerField()
    c_answered_on_time_extended = models.IntegerField()
    c_left_without_consideration = models.IntegerField()
    c_merged = models.IntegerField()
    c_pending = models.IntegerField()
    c_overdue = models.IntegerField()
    c_overdue_open = models.IntegerField()
    c_repeated = models.IntegerField()
    c_rated = models.IntegerField()
    c_rated_satisfied = models.IntegerField()
    c_rating_sum = models.IntegerField()
    c_complaints_about_answers = models.IntegerField()
    c_answers_contested = models.IntegerField()

    class Meta:
        verbose_name = _("appeal's counted state")
        verbose_name_plural = _("appeals' counted states")

    def __str__(self) -> str:
        return f"appeal {self.appeal_id} counted on {self.s_day}"
