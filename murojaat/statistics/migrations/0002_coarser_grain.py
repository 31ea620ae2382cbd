"""Body, category and district splits are kept per month only, and answer-time
histograms of the splits country-wide only (see `statistics.refresh`): drop
the rows the new grain no longer keeps. Run `murojaat stats rebuild` after to
recount the month rows from the appeals (the numbers stay the same)."""

from django.db import migrations

DAY_DIMENSIONS = ("total", "kind", "channel", "applicant_type", "sex", "age_band", "region")


def drop_fine_rows(apps, schema_editor):
    AppealCount = apps.get_model("statistics", "AppealCount")
    AnswerDaysCount = apps.get_model("statistics", "AnswerDaysCount")
    AppealCount.objects.filter(grain="day").exclude(dimension__in=DAY_DIMENSIONS).delete()
    AnswerDaysCount.objects.filter(grain="day").exclude(dimension="total").delete()
    AnswerDaysCount.objects.exclude(dimension="total").exclude(area="").delete()


class Migration(migrations.Migration):
    dependencies = [("statistics", "0001_initial")]

    operations = [migrations.RunPython(drop_fine_rows, migrations.RunPython.noop)]
