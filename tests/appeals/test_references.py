"""Intake remembers reference rows per process, and forgets them when they change."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from murojaat.appeals.models import Appeal
from murojaat.core.errors import InvalidInput
from tests.appeals.factories import file_appeal

REFERENCE_TABLES = ("categories_category", "territories_territory", "territories_mahalla", "organisations_organisation")


def _reads_of_reference_tables(captured) -> list[str]:
    return [q["sql"] for q in captured if q["sql"].startswith("SELECT") and any(t in q["sql"] for t in REFERENCE_TABLES)]


def test_the_second_appeal_about_the_same_place_and_topic_reads_no_reference_rows(world):
    file_appeal(world)
    with CaptureQueriesContext(connection) as second:
        receipt = file_appeal(world, text="Yana bir murojaat: ko‘chadagi chuqurlar hali ham ko‘p, iltimos.")
    assert receipt.appeal.organisation == world.body_a
    assert _reads_of_reference_tables(second.captured_queries) == []


def test_a_body_deactivated_is_not_routed_to_even_if_it_was_remembered(world):
    assert file_appeal(world, addressed_to=world.body_b.code).appeal.organisation == world.body_b
    world.body_b.is_active = False
    world.body_b.save()
    try:
        file_appeal(world, addressed_to=world.body_b.code, text="Boshqa murojaat matni, yetarlicha uzun.")
    except InvalidInput as refused:
        assert "addressed_to" in refused.fields
    else:
        raise AssertionError("an inactive body was still accepted as the addressee")
    assert Appeal.objects.filter(organisation=world.body_b).count() == 1


def test_a_topic_rerouted_to_another_body_sends_the_next_appeal_there(world):
    assert file_appeal(world).appeal.organisation == world.body_a
    world.roads.responsible_body = world.body_b
    world.roads.save()
    assert file_appeal(world, text="Yo‘l yana buzildi, chuqurlar ko‘paydi, iltimos.").appeal.organisation == world.body_b
