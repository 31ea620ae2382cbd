from django.core.management import call_command

from murojaat.appeals.models import Appeal, Status
from murojaat.organisations.models import Organisation
from murojaat.statistics.refresh import counts_rebuild
from murojaat.statistics.selectors import area_resolve, indicators_for, period_resolve


def test_generated_appeals_are_counted_like_any_other(world):
    Organisation.objects.create(code="hokimiyat-1726", name_uz="Toshkent shahar hokimligi", kind="hokimiyat",
                                level="region", territory=world.region.__class__.objects.get(soato="1726"))
    call_command("generate", appeals=400, months=6, batch=150, verbosity=0)
    generated = Appeal.objects.filter(tracking_code__startswith="S")
    assert generated.count() == 400
    assert generated.filter(status=Status.ANSWERED).exists() and generated.filter(rating__isnull=False).exists()
    assert not generated.exclude(organisation__in=Organisation.objects.all()).exists()

    counts_rebuild()
    period = period_resolve(start=generated.order_by("received_at").first().received_at.date())
    values = indicators_for(area=area_resolve(), period=period)["values"]
    assert values["received"] == 400
    assert values["received"] == (values["answered"] + values["left_without_consideration"] + values["merged"]
                                  + values["pending"])
