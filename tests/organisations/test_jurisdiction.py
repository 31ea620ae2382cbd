"""competent_body(): which body answers an appeal about a place."""

from murojaat.organisations.jurisdiction import competent_body
from murojaat.organisations.models import Level, OrganisationKind
from murojaat.territories.models import Mahalla
from tests.conftest import category, organisation, territory


def test_a_road_complaint_in_a_district_goes_to_the_district_hokimiyat(world):
    assert competent_body(category=world.roads, territory=world.district_a) == world.body_a
    assert competent_body(category=world.roads, territory=world.district_b) == world.body_b


def test_gas_in_a_district_goes_to_the_regional_gas_supplier(world):
    assert competent_body(category=world.gas, territory=world.district_a) == world.gas_supplier


def test_a_district_without_its_own_department_is_served_by_the_regional_one(world):
    regional = organisation("social-protection-1710", "Qashqadaryo viloyati ijtimoiy himoya boshqarmasi",
                            OrganisationKind.SOCIAL_PROTECTION, Level.REGION, world.region)
    koson = organisation("social-protection-1710229", "Koson tumani ijtimoiy himoya bo‘limi",
                         OrganisationKind.SOCIAL_PROTECTION, Level.DISTRICT, world.district_b, regional)
    benefits = category("social-benefits", "Ijtimoiy nafaqalar", OrganisationKind.SOCIAL_PROTECTION,
                        Level.DISTRICT)

    assert competent_body(category=benefits, territory=world.district_b) == koson
    assert competent_body(category=benefits, territory=world.district_a) == regional


def test_the_fallback_climbs_to_the_national_body_of_the_kind(world):
    fund = organisation("pension-fund", "Pensiya jamg‘armasi", OrganisationKind.PENSION_FUND, Level.NATIONAL)
    pensions = category("pension-payment-delay", "Pensiya kechikishi", OrganisationKind.PENSION_FUND,
                        Level.DISTRICT)

    assert competent_body(category=pensions, territory=world.district_a) == fund


def test_a_national_category_goes_to_the_body_without_territory(world):
    agency = organisation("agency-anti-corruption", "Korrupsiyaga qarshi kurashish agentligi",
                          OrganisationKind.ANTI_CORRUPTION, Level.NATIONAL)
    bribery = category("bribery-report", "Poraxo‘rlik", OrganisationKind.ANTI_CORRUPTION, Level.NATIONAL)

    assert competent_body(category=bribery, territory=world.district_a) == agency
    assert competent_body(category=bribery, territory=None) == agency


def test_a_mahalla_category_goes_to_that_mahallas_assembly(world):
    bogbon = Mahalla.objects.create(territory=world.district_a, code="1710224-001", name_uz="Bog‘bon")
    other = Mahalla.objects.create(territory=world.district_a, code="1710224-002", name_uz="Navro‘z")
    assembly = organisation("mahalla-1710224-001", "Bog‘bon mahalla fuqarolar yig‘ini",
                            OrganisationKind.MAHALLA_ASSEMBLY, Level.MAHALLA, world.district_a, world.body_a,
                            mahalla=bogbon)
    topic = category("mahalla-assembly", "Mahalla yig‘ini", OrganisationKind.MAHALLA_ASSEMBLY, Level.MAHALLA)

    assert competent_body(category=topic, territory=world.district_a, mahalla=bogbon) == assembly
    # A mahalla with no assembly of its own, or none given: the district hokimiyat answers.
    assert competent_body(category=topic, territory=world.district_a, mahalla=other) == world.body_a
    assert competent_body(category=topic, territory=world.district_a) == world.body_a


def test_a_region_level_place_skips_the_district_step(world):
    assert competent_body(category=world.roads, territory=world.region) == world.regional_hokimiyat


def test_inactive_bodies_are_passed_over(world):
    world.body_a.is_active = False
    world.body_a.save()

    assert competent_body(category=world.roads, territory=world.district_a) == world.regional_hokimiyat


def test_with_no_body_of_the_kind_the_hokimiyat_answers(world):
    cadastre = category("land-disputes", "Yer nizolari", OrganisationKind.CADASTRE, Level.DISTRICT)

    assert competent_body(category=cadastre, territory=world.district_b) == world.body_b


def test_none_when_nothing_serves_the_place(world):
    elsewhere = territory("1733", "Xorazm viloyati", "region", "region")
    urganch = territory("1733401", "Urganch shahri", "district", "city", elsewhere)
    cadastre = category("land-disputes", "Yer nizolari", OrganisationKind.CADASTRE, Level.DISTRICT)

    assert competent_body(category=cadastre, territory=urganch) is None


def test_none_when_several_bodies_fit_equally(world):
    organisation("ministry-justice", "Adliya vazirligi", OrganisationKind.MINISTRY, Level.NATIONAL)
    organisation("ministry-higher-education", "Oliy ta’lim vazirligi", OrganisationKind.MINISTRY, Level.NATIONAL)
    higher = category("higher-education", "Oliy ta’lim", OrganisationKind.MINISTRY, Level.NATIONAL)

    assert competent_body(category=higher, territory=world.district_a) is None


def test_none_for_a_group_without_routing(world):
    assert competent_body(category=world.roads.parent, territory=world.district_a) is None
